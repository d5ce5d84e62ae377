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
        <source>{path} is not a file (but a folder, device, pipe or link); nothing was written.</source>
        <translation>{path} — не файл (а папка, устройство, канал или ссылка); ничего не записано.</translation>
    </message>
    <message>
        <source>The printer {printer} could not be started; nothing was printed.</source>
        <translation>Не удалось запустить принтер {printer}; ничего не напечатано.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>Не удалось записать файл {path}: {reason}.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Файл {path} не существует.</translation>
    </message>
    <message>
        <source>{path} is not a file (but a folder, device or pipe); nothing was read.</source>
        <translation>{path} — не файл (а папка, устройство или канал); ничего не прочитано.</translation>
    </message>
    <message>
        <source>The file {path} is larger than {limit} MB; nothing was read.</source>
        <translation>Файл {path} больше {limit} МБ; ничего не прочитано.</translation>
    </message>
    <message>
        <source>The file unpacks to more than {limit} MB; nothing was read.</source>
        <translation>Распакованный файл больше {limit} МБ; ничего не прочитано.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Файл {path} не читается: {reason}.</translation>
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
    <message>
        <source>{count} labels cannot be printed in one job (1 to 10,000).</source>
        <translation>В одном задании — от 1 до 10 000 этикеток, а не {count}.</translation>
    </message>
    <message>
        <source>The file holds no rectangular label templates Belgi can use.</source>
        <translation>В файле нет прямоугольных шаблонов этикеток, которые Belgi может использовать.</translation>
    </message>
    <message>
        <source>The file is not a gLabels template file.</source>
        <translation>Файл не является файлом шаблонов gLabels.</translation>
    </message>
    <message>
        <source>The template file is too large ({size} bytes).</source>
        <translation>Файл шаблонов слишком большой ({size} байт).</translation>
    </message>
    <message>
        <source>The template file cannot be read.</source>
        <translation>Файл шаблонов не читается.</translation>
    </message>
    <message>
        <source>A printer offset may be at most {limit} mm.</source>
        <translation>Смещение принтера — не более {limit} мм.</translation>
    </message>
    <message>
        <source>A label serial appears twice in the job; nothing was printed.</source>
        <translation>Серийный номер этикетки встречается в задании дважды; ничего не напечатано.</translation>
    </message>
    <message>
        <source>Start position {start}: the sheet has positions 1 to {per_page}.</source>
        <translation>Начальная позиция {start}: на листе позиции от 1 до {per_page}.</translation>
    </message>
    <message>
        <source>A label template in the file lacks a required size.</source>
        <translation>В шаблоне этикетки в файле не хватает обязательного размера.</translation>
    </message>
    <message>
        <source>“{value}” is not a number of labels across or down (1 to {most}).</source>
        <translation>«{value}» — не число этикеток по горизонтали или вертикали (от 1 до {most}).</translation>
    </message>
    <message>
        <source>“{value}” is not a length a template can use.</source>
        <translation>«{value}» — не длина, пригодная для шаблона.</translation>
    </message>
    <message>
        <source>Template {template} has labels that overlap or do not fit.</source>
        <translation>В шаблоне {template} этикетки перекрываются или не помещаются.</translation>
    </message>
    <message>
        <source>No label template {template}.</source>
        <translation>Нет шаблона этикеток {template}.</translation>
    </message>
    <message>
        <source>Template {template} places labels outside the page.</source>
        <translation>Шаблон {template} размещает этикетки за пределами листа.</translation>
    </message>
    <message>
        <source>Template {template} uses an unknown paper size “{paper}”.</source>
        <translation>Шаблон {template} использует неизвестный формат бумаги «{paper}».</translation>
    </message>
    <message>
        <source>The labels of template {template} are too small for a readable code.</source>
        <translation>Этикетки шаблона {template} слишком малы для читаемого кода.</translation>
    </message>
    <message>
        <source>The status list file {path} does not exist.</source>
        <translation>Файл списка статусов {path} не существует.</translation>
    </message>
    <message>
        <source>Certificate {number} has an unknown state “{status}”.</source>
        <translation>У сертификата {number} неизвестное состояние «{status}».</translation>
    </message>
</context>
</TS>
