<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>errors</name>
    <message>
        <source>File error: {detail}</source>
        <translation>Файл катасы: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed. Details are in the log.</source>
        <translation>Бир нерсе туура эмес болду, эч нерсе өзгөргөн жок. Толугураак маалымат журналда.</translation>
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
        <translation>Стандарттар</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Текшерүүлөр</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Отурумдар</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <source>Lots and labels</source>
        <translation>Партиялар жана этикеткалар</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Аныктыгын текшерүү</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Башкаруу</translation>
    </message>
    <message>
        <source>This part is not ready yet.</source>
        <translation>Бул бөлүм али даяр эмес.</translation>
    </message>
</context>
</TS>
