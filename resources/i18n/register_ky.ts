<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>Page</name>
    <message numerus="yes">
        <source>{producers}, of them %Ln group(s) · members: {members}, women: {women}, youth: {youth}</source>
        <translation>
            <numerusform>{producers}, анын ичинде %Ln топ · мүчөлөр: {members}, аялдар: {women}, жаштар: {youth}</numerusform>
            <numerusform>{producers}, анын ичинде %Ln топ · мүчөлөр: {members}, аялдар: {women}, жаштар: {youth}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln producer(s)</source>
        <translation>
            <numerusform>%Ln өндүрүүчү</numerusform>
            <numerusform>%Ln өндүрүүчү</numerusform>
        </translation>
    </message>
    <message>
        <source>New producer</source>
        <translation>Жаңы өндүрүүчү</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Бардык аймактар</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Бардык категориялар</translation>
    </message>
    <message>
        <source>Search: name, village or product</source>
        <translation>Издөө: аталышы, айыл же продукт</translation>
    </message>
    <message>
        <source>New producer…</source>
        <translation>Жаңы өндүрүүчү…</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Products and photos</source>
        <translation>Продукциялар жана сүрөттөр</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add photos</source>
        <translation>Сүрөт кошуу</translation>
    </message>
    <message>
        <source>Remove photos</source>
        <translation>Сүрөттөрдү өчүрүү</translation>
    </message>
    <message>
        <source>Remove the chosen photos ({count}) of this product?</source>
        <translation>Бул продуктунун тандалган сүрөттөрү ({count}) өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Drop photos here, or copy one and paste it with Ctrl+V.</source>
        <translation>Сүрөттөрдү бул жерге сүйрөп таштаңыз, же сүрөттү көчүрүп, Ctrl+V менен коюңуз.</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Сүрөт кошуу…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Коюу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
</context>
<context>
    <name>ProducerEditor</name>
    <message>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Аймак / шаар</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланышуучу адам</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондук почта</translation>
    </message>
    <message>
        <source>Tax number (INN)</source>
        <translation>ИСН</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Мүчөлөр</translation>
    </message>
    <message>
        <source>of them women</source>
        <translation>анын ичинде аялдар</translation>
    </message>
    <message>
        <source>of them youth</source>
        <translation>анын ичинде жаштар</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 цифра</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
</context>
<context>
    <name>ProducerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Аймак / шаар</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Мүчөлөр</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Аялдар</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Жаштар</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категориясы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <source>Change product</source>
        <translation>Продуктту өзгөртүү</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Жаңы продукт</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категориясы</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Сүрөттөр</translation>
    </message>
</context>
<context>
    <name>ProductsPanel</name>
    <message>
        <source>Add product…</source>
        <translation>Продукт кошуу…</translation>
    </message>
    <message>
        <source>Change product…</source>
        <translation>Продуктту өзгөртүү…</translation>
    </message>
    <message>
        <source>Photos of the chosen product</source>
        <translation>Тандалган продуктунун сүрөттөрү</translation>
    </message>
</context>
</TS>
