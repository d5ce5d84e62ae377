<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>fields</name>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Кыргызча аталышы</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толук аты-жөнү</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Мүчөлөрү</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Аялдар</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Жаштар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Топтун аталышы</translation>
    </message>
    <message>
        <source>Criterion text</source>
        <translation>Критерийдин тексти</translation>
    </message>
    <message>
        <source>Answers to choose from</source>
        <translation>Тандоо үчүн жооптор</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Өтүү баллы</translation>
    </message>
    <message>
        <source>Group weight</source>
        <translation>Топтун салмактык коэффициенти</translation>
    </message>
    <message>
        <source>Criterion weight</source>
        <translation>Критерийдин салмактык коэффициенти</translation>
    </message>
    <message>
        <source>Star bands</source>
        <translation>Жылдыз чектери</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Validity, months</source>
        <translation>Күчүндө болуу мөөнөтү, ай</translation>
    </message>
    <message>
        <source>Surveillance interval, months</source>
        <translation>Көзөмөл текшерүүсүнүн аралыгы, ай</translation>
    </message>
    <message>
        <source>Expiry warning, days</source>
        <translation>Мөөнөтү бүтөөрү тууралуу эскертүү, күн</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Numbering format</source>
        <translation>Номерлөө форматы</translation>
    </message>
    <message>
        <source>Languages on documents</source>
        <translation>Документтердеги тилдер</translation>
    </message>
    <message>
        <source>Verification address</source>
        <translation>Текшерүү дареги</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>Текшерүү күнү</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>Өндүрүлгөн күнү</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Жарактуулук мөөнөтү</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Аткаруу мөөнөтү</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Аймак / шаар</translation>
    </message>
</context>
</TS>
