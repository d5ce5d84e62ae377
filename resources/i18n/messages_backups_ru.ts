<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <source>A PostgreSQL register is backed up on the server with pg_dump (see the README, “Backups”).</source>
        <translation>Резервная копия реестра PostgreSQL делается на сервере через pg_dump (см. README, раздел «Backups»).</translation>
    </message>
    <message>
        <source>This register is kept in memory only: there is no file to back up.</source>
        <translation>Этот реестр хранится только в памяти: копировать нечего.</translation>
    </message>
    <message>
        <source>The backup {path} failed: {reason}.</source>
        <translation>Резервная копия {path} не удалась: {reason}.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>Папки {folder} нет.</translation>
    </message>
    <message>
        <source>{path} exists already: choose a new file name.</source>
        <translation>{path} уже существует: выберите новое имя файла.</translation>
    </message>
    <message>
        <source>{path} is the register itself, not a backup of it.</source>
        <translation>{path} — это сам реестр, а не его копия.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <source>{path} is not a Belgi backup (not an SQLite database).</source>
        <translation>{path} — не копия Belgi (не база данных SQLite).</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored: {detail}.</source>
        <translation>{path} повреждён и не может быть восстановлен: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a Belgi register with a committee set up.</source>
        <translation>{path} — не реестр Belgi с настроенным комитетом.</translation>
    </message>
    <message>
        <source>{path} was made by a newer Belgi (schema {detail}): update Belgi first.</source>
        <translation>{path} сделан более новой версией Belgi (схема {detail}): сначала обновите Belgi.</translation>
    </message>
    <message>
        <source>The audit log in {path} is broken at entry {detail}: it is not restored.</source>
        <translation>Журнал аудита в {path} нарушен на записи {detail}: копия не восстанавливается.</translation>
    </message>
    <message>
        <source>The period ends before it begins: swap the dates.</source>
        <translation>Период кончается раньше, чем начинается: поменяйте даты местами.</translation>
    </message>
</context>
</TS>
