<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>messages</name>
    <message>
        <source>The action was refused ({code}).</source>
        <translation>Аракет четке кагылды ({code}).</translation>
    </message>
</context>
</TS>
