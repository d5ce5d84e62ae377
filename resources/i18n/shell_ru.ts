<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Header</name>
    <message>
        <source>{name} ({roles})</source>
        <translation>{name} ({roles})</translation>
    </message>
    <message>
        <source>Signed in as {username}</source>
        <translation>Вход выполнен как {username}</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Сменить мой &amp;пароль…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Закрыть программу</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message>
        <source>Signing key {key_id} is in force</source>
        <translation>Ключ подписи {key_id} действует</translation>
    </message>
    <message>
        <source>No signing key in force today: make a new one in Administration</source>
        <translation>Сегодня нет действующего ключа подписи: создайте новый в разделе «Администрирование»</translation>
    </message>
    <message>
        <source>No signing key yet: labels cannot be signed</source>
        <translation>Ключа подписи пока нет: этикетки нельзя подписать</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>{code}, version {version}</source>
        <translation>{code}, версия {version}</translation>
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
