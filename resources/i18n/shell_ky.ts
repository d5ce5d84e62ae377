<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>Header</name>
    <message>
        <source>{name} ({roles})</source>
        <translation>{name} ({roles})</translation>
    </message>
    <message>
        <source>Signed in as {username}</source>
        <translation>{username} катары кирди</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Чыгуу</translation>
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
        <translation>Сырсөзүмдү &amp;өзгөртүү…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Программаны жабуу</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тил</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Database: {name}</source>
        <translation>Маалымат базасы: {name}</translation>
    </message>
    <message>
        <source>Signing key {key_id} is in force</source>
        <translation>{key_id} кол коюу ачкычы күчүндө</translation>
    </message>
    <message>
        <source>No signing key in force today: make a new one in Administration</source>
        <translation>Бүгүн күчүндө турган кол коюу ачкычы жок: «Башкаруу» бөлүмүндө жаңысын түзүңүз</translation>
    </message>
    <message>
        <source>No signing key yet: labels cannot be signed</source>
        <translation>Кол коюу ачкычы али жок: этикеткаларга кол коюуга болбойт</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Иштеп жатат…</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>{code}, version {version}</source>
        <translation>{code}, {version}-версия</translation>
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
