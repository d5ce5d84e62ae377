<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>messages</name>
    <message>
        <source>{username} is the only active administrator: make someone else an administrator first.</source>
        <translation>{username} — жалгыз активдүү администратор: адегенде башка бирөөнү администратор кылыңыз.</translation>
    </message>
    <message>
        <source>User {username} is already deactivated.</source>
        <translation>{username} колдонуучусу буга чейин өчүрүлгөн.</translation>
    </message>
    <message>
        <source>User {username} is already active.</source>
        <translation>{username} колдонуучусу буга чейин активдүү.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Азыркы сырсөз туура эмес.</translation>
    </message>
    <message>
        <source>Key id “{value}”: eight hexadecimal digits, e.g. 0A1B2C3D.</source>
        <translation>«{value}» ачкыч идентификатору: сегиз он алтылык цифра, мисалы 0A1B2C3D.</translation>
    </message>
    <message>
        <source>A compromise is reported from a day that has come: today or earlier.</source>
        <translation>Коопсуздугу бузулган күн бүгүнкү же андан мурунку күн болушу керек.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>{folder} папкасы жок.</translation>
    </message>
    <message>
        <source>The lists could not be written ({reason}); neither was written.</source>
        <translation>Тизмелерди жазуу мүмкүн болгон жок ({reason}); бири да жазылган жок.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>{path} файлы жок.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>{path} файлын окуу мүмкүн эмес: {reason}.</translation>
    </message>
</context>
</TS>
