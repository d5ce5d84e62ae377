<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>messages</name>
    <message>
        <source>The period ends on {end}, before it starts on {start}.</source>
        <translation>Мезгилдин аягы ({end}) башынан ({start}) мурун.</translation>
    </message>
    <message>
        <source>Choose a folder to publish into.</source>
        <translation>Жарыялоо үчүн папканы тандаңыз.</translation>
    </message>
</context>
</TS>
