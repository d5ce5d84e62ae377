<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>Действие отклонено ({code}).</translation>
    </message>
</context>
</TS>
