<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <source>{username} is the only active administrator: make someone else an administrator first.</source>
        <translation>{username} — единственный активный администратор: сначала назначьте администратором кого-то другого.</translation>
    </message>
    <message>
        <source>User {username} is already deactivated.</source>
        <translation>Пользователь {username} уже отключён.</translation>
    </message>
    <message>
        <source>User {username} is already active.</source>
        <translation>Пользователь {username} уже активен.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>Key id “{value}”: eight hexadecimal digits, e.g. 0A1B2C3D.</source>
        <translation>Идентификатор ключа «{value}»: восемь шестнадцатеричных цифр, например 0A1B2C3D.</translation>
    </message>
    <message>
        <source>A compromise is reported from a day that has come: today or earlier.</source>
        <translation>Компрометацию указывают с наступившего дня: сегодня или раньше.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>Папки {folder} нет.</translation>
    </message>
    <message>
        <source>The lists could not be written ({reason}); neither was written.</source>
        <translation>Списки не удалось записать ({reason}); не записан ни один.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Файл {path} не читается: {reason}.</translation>
    </message>
</context>
</TS>
