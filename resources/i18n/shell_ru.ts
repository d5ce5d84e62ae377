<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>errors</name>
    <message>
        <source>File error: {detail}</source>
        <translation>Ошибка файла: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed. Details are in the log.</source>
        <translation>Что-то пошло не так, ничего не изменено. Подробности — в журнале.</translation>
    </message>
    <message>
        <source>Belgi</source>
        <translation>Belgi</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Lots and labels</source>
        <translation>Партии и этикетки</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверка подлинности</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>This part is not ready yet.</source>
        <translation>Этот раздел ещё не готов.</translation>
    </message>
</context>
</TS>
