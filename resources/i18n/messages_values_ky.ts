<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>actions</name>
    <message>
        <source>suspend</source>
        <translation>убактылуу токтотуу</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>калыбына келтирүү</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation type="unfinished">кайтарып алуу</translation>
    </message>
    <message>
        <source>renew</source>
        <translation>узартуу</translation>
    </message>
    <message>
        <source>re-issue</source>
        <translation>кайра берүү</translation>
    </message>
</context>
<context>
    <name>spoilage</name>
    <message>
        <source>misprinted</source>
        <translation>туура эмес басылган</translation>
    </message>
    <message>
        <source>jammed in the printer</source>
        <translation>принтерде тыгылып калган</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>бузулган</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>жоголгон</translation>
    </message>
    <message>
        <source>print job failed</source>
        <translation>басып чыгаруу ишке ашкан жок</translation>
    </message>
    <message>
        <source>other</source>
        <translation>башка</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>active</source>
        <translation>күчүндө</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>убактылуу токтотулган</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished">кайтарылып алынган</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>мөөнөтү бүткөн</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>алмаштырылган</translation>
    </message>
</context>
</TS>
