<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>messages</name>
    <message>
        <source>A PostgreSQL register is backed up on the server with pg_dump (see the README, “Backups”).</source>
        <translation>PostgreSQL реестринин камдык көчүрмөсү серверде pg_dump менен жасалат (README, «Backups» бөлүмүн караңыз).</translation>
    </message>
    <message>
        <source>This register is kept in memory only: there is no file to back up.</source>
        <translation>Бул реестр эсте гана сакталат: көчүрө турган файл жок.</translation>
    </message>
    <message>
        <source>The backup {path} failed: {reason}.</source>
        <translation>{path} камдык көчүрмөсү жасалган жок: {reason}.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>{folder} папкасы жок.</translation>
    </message>
    <message>
        <source>{path} exists already: choose a new file name.</source>
        <translation>{path} мурунтан бар: жаңы файл атын тандаңыз.</translation>
    </message>
    <message>
        <source>{path} is the register itself, not a backup of it.</source>
        <translation>{path} реестрдин өзү, анын көчүрмөсү эмес.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>{path} файлы жок.</translation>
    </message>
    <message>
        <source>{path} is not a Belgi backup (not an SQLite database).</source>
        <translation>{path} Belgi көчүрмөсү эмес (SQLite маалымат базасы эмес).</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored: {detail}.</source>
        <translation>{path} бузулган, аны калыбына келтирүүгө болбойт: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a Belgi register with a committee set up.</source>
        <translation>{path} комитети орнотулган Belgi реестри эмес.</translation>
    </message>
    <message>
        <source>{path} was made by a newer Belgi (schema {detail}): update Belgi first.</source>
        <translation>{path} Belgiнин жаңыраак версиясы менен жасалган (схема {detail}): адегенде Belgiни жаңыртыңыз.</translation>
    </message>
    <message>
        <source>The audit log in {path} is broken at entry {detail}: it is not restored.</source>
        <translation>{path} ичиндеги аудит журналы {detail} жазуусунда бузулган: ал калыбына келтирилбейт.</translation>
    </message>
    <message>
        <source>The period ends before it begins: swap the dates.</source>
        <translation>Мезгил башталганга чейин бүтөт: даталарды алмаштырыңыз.</translation>
    </message>
</context>
</TS>
