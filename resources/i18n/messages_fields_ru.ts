<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>fields</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Название на кыргызском</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Молодёжь</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>Criterion text</source>
        <translation>Текст критерия</translation>
    </message>
    <message>
        <source>Answers to choose from</source>
        <translation>Варианты ответа</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Проходной балл</translation>
    </message>
    <message>
        <source>Group weight</source>
        <translation>Весовой коэффициент группы</translation>
    </message>
    <message>
        <source>Criterion weight</source>
        <translation>Весовой коэффициент критерия</translation>
    </message>
    <message>
        <source>Star bands</source>
        <translation>Пороги звёзд</translation>
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
        <translation>Срок действия, месяцев</translation>
    </message>
    <message>
        <source>Surveillance interval, months</source>
        <translation>Интервал надзорных проверок, месяцев</translation>
    </message>
    <message>
        <source>Expiry warning, days</source>
        <translation>Предупреждение об истечении, дней</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Numbering format</source>
        <translation>Формат нумерации</translation>
    </message>
    <message>
        <source>Languages on documents</source>
        <translation>Языки документов</translation>
    </message>
    <message>
        <source>Verification address</source>
        <translation>Адрес проверки</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>Дата изготовления</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Срок годности</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион / город</translation>
    </message>
</context>
</TS>
