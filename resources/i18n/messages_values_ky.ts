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
        <translation>кайтарып алуу</translation>
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
    <name>certificate event</name>
    <message>
        <source>issued</source>
        <translation>берилген</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>убактылуу токтотулган</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>калыбына келтирилген</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>кайтарылып алынган</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>алмаштырылган</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>узартылган</translation>
    </message>
</context>
<context>
    <name>criterion kind</name>
    <message>
        <source>Yes / no</source>
        <translation>Ооба / жок</translation>
    </message>
    <message>
        <source>Score on a scale</source>
        <translation>Шкала боюнча баа</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Өлчөө</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Тизмеден тандоо</translation>
    </message>
    <message>
        <source>Note (not scored)</source>
        <translation>Эскертүү (бааланбайт)</translation>
    </message>
</context>
<context>
    <name>inspections</name>
    <message>
        <source>initial</source>
        <translation>алгачкы</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>көзөмөл</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>узартуу</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>долбоор</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>жөнөтүлгөн</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>чечилген</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ачык</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабык</translation>
    </message>
</context>
<context>
    <name>label template</name>
    <message>
        <source>A4, 3 × 8 labels 70 × 37 mm</source>
        <translation>A4, 3 × 8 этикетка 70 × 37 мм</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels 70 × 42.3 mm</source>
        <translation>A4, 3 × 7 этикетка 70 × 42,3 мм</translation>
    </message>
    <message>
        <source>A4, 2 × 7 labels 99.1 × 38.1 mm</source>
        <translation>A4, 2 × 7 этикетка 99,1 × 38,1 мм</translation>
    </message>
    <message>
        <source>A4, 4 × 10 labels 48.5 × 25.4 mm</source>
        <translation>A4, 4 × 10 этикетка 48,5 × 25,4 мм</translation>
    </message>
    <message>
        <source>Thermal roll, labels 58 × 40 mm</source>
        <translation>Терморулон, этикеткалар 58 × 40 мм</translation>
    </message>
    <message>
        <source>Thermal roll, labels 40 × 30 mm</source>
        <translation>Терморулон, этикеткалар 40 × 30 мм</translation>
    </message>
    <message>
        <source>Thermal roll, labels 100 × 50 mm</source>
        <translation>Терморулон, этикеткалар 100 × 50 мм</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>print</source>
        <translation>басуу</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>кайра басуу</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>ырасталган эмес</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>басылган</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ишке ашкан жок</translation>
    </message>
</context>
<context>
    <name>lot unit</name>
    <message>
        <source>pcs</source>
        <translation>даана</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>g</source>
        <translation>г</translation>
    </message>
    <message>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>мл</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>таңгак</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <source>Production group</source>
        <translation>Өндүрүш тобу</translation>
    </message>
    <message>
        <source>Individual producer</source>
        <translation>Жеке өндүрүүчү</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>төрага</translation>
    </message>
    <message>
        <source>member</source>
        <translation>мүчө</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>инспектор</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>катчы</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>open</source>
        <translation>ачык</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабык</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>ыйгарылган</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>четке кагылган</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>кийинкиге калтырылган</translation>
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
        <translation>кайтарылып алынган</translation>
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
