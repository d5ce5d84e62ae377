<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>actions</name>
    <message>
        <source>suspend</source>
        <translation>приостановить</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>восстановить</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>отозвать</translation>
    </message>
    <message>
        <source>renew</source>
        <translation>продлить</translation>
    </message>
    <message>
        <source>re-issue</source>
        <translation>переоформить</translation>
    </message>
</context>
<context>
    <name>spoilage</name>
    <message>
        <source>misprinted</source>
        <translation>ошибка печати</translation>
    </message>
    <message>
        <source>jammed in the printer</source>
        <translation>застревание в принтере</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждение</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>утеря</translation>
    </message>
    <message>
        <source>print job failed</source>
        <translation>сбой печати</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>заменён</translation>
    </message>
</context>
</TS>
