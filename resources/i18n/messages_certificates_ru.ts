<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <source>Only the chair or an administrator may suspend, restore, withdraw or re-issue a certificate: these are the committee&apos;s decisions.</source>
        <translation>Приостановить, восстановить, отозвать или переоформить сертификат может только председатель или администратор: это решения комитета.</translation>
    </message>
    <message>
        <source>A renewal starts with an inspection: only an inspector or an administrator may start it.</source>
        <translation>Продление начинается с проверки: начать её может только инспектор или администратор.</translation>
    </message>
    <message>
        <source>Certificate {number} covers the producer&apos;s only product: there is no other scope to re-issue it for.</source>
        <translation>Сертификат {number} охватывает единственный продукт производителя: переоформить его на другой состав нельзя.</translation>
    </message>
    <message>
        <source>The register cannot be sorted by {value}.</source>
        <translation>Реестр нельзя упорядочить по «{value}».</translation>
    </message>
    <message>
        <source>Give a number of days from 0 to 3660 (it was {value}).</source>
        <translation>Укажите число дней от 0 до 3660 (было {value}).</translation>
    </message>
</context>
</TS>
