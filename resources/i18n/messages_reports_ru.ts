<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <source>The period ends on {end}, before it starts on {start}.</source>
        <translation>Период заканчивается {end}, раньше своего начала ({start}).</translation>
    </message>
    <message>
        <source>Choose a folder to publish into.</source>
        <translation>Выберите папку для публикации.</translation>
    </message>
</context>
</TS>
