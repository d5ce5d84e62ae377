<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <source>Certificate {number}: the validity ends before the issue date.</source>
        <translation>Сертификат {number}: срок действия заканчивается раньше даты выдачи.</translation>
    </message>
    <message>
        <source>Certificate {number} covers no products.</source>
        <translation>Сертификат {number} не охватывает ни одного продукта.</translation>
    </message>
    <message>
        <source>The certificate has no number yet.</source>
        <translation>У сертификата ещё нет номера.</translation>
    </message>
    <message>
        <source>A certificate carries 1 to 5 stars, not {stars}.</source>
        <translation>У сертификата от 1 до 5 звёзд, а не {stars}.</translation>
    </message>
    <message>
        <source>Unknown certificate state “{status}”.</source>
        <translation>Неизвестное состояние сертификата «{status}».</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <source>The image {image} cannot be read.</source>
        <translation>Изображение {image} не читается.</translation>
    </message>
    <message>
        <source>Documents are printed in one to three of ky, ru, en (not “{languages}”).</source>
        <translation>Документы печатаются на одном–трёх языках из ky, ru, en (не «{languages}»).</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>Не удалось записать файл {path}: {reason}.</translation>
    </message>
    <message>
        <source>There is nothing to put into the QR code.</source>
        <translation>Нечего поместить в QR-код.</translation>
    </message>
    <message>
        <source>The text ({length} characters) is too long for a QR code.</source>
        <translation>Текст ({length} символов) слишком длинный для QR-кода.</translation>
    </message>
    <message>
        <source>A {modules}-module QR code does not fit whole printer dots in {box_mm} mm.</source>
        <translation>QR-код из {modules} модулей не помещается в {box_mm} мм целыми точками принтера.</translation>
    </message>
    <message>
        <source>The QR encoder returned an unexpected image.</source>
        <translation>Кодировщик QR вернул неожиданное изображение.</translation>
    </message>
    <message>
        <source>QR version {version} is not supported.</source>
        <translation>Версия QR {version} не поддерживается.</translation>
    </message>
</context>
</TS>
