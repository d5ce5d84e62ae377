<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>messages</name>
    <message>
        <source>Only the chair or an administrator may suspend, restore, withdraw or re-issue a certificate: these are the committee&apos;s decisions.</source>
        <translation>Сертификатты убактылуу токтотууга, калыбына келтирүүгө, кайтарып алууга же кайра берүүгө төрага же администратор гана укуктуу: булар комитеттин чечимдери.</translation>
    </message>
    <message>
        <source>A renewal starts with an inspection: only an inspector or an administrator may start it.</source>
        <translation>Узартуу текшерүүдөн башталат: аны инспектор же администратор гана баштай алат.</translation>
    </message>
    <message>
        <source>Certificate {number} covers the producer&apos;s only product: there is no other scope to re-issue it for.</source>
        <translation>{number} сертификаты өндүрүүчүнүн жалгыз продуктун камтыйт: аны башка продукцияга кайра берүүгө болбойт.</translation>
    </message>
    <message>
        <source>The register cannot be sorted by {value}.</source>
        <translation>Реестрди «{value}» боюнча иреттөөгө болбойт.</translation>
    </message>
    <message>
        <source>Give a number of days from 0 to 3660 (it was {value}).</source>
        <translation>0дөн 3660ка чейинки күндөрдүн санын жазыңыз ({value} берилди).</translation>
    </message>
</context>
</TS>
