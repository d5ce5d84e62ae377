<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Page</name>
    <message numerus="yes">
        <source>{producers}, of them %Ln group(s) · members: {members}, women: {women}, youth: {youth}</source>
        <translation>
            <numerusform>{producers}, из них %Ln группа · участников: {members}, женщин: {women}, молодёжи: {youth}</numerusform>
            <numerusform>{producers}, из них %Ln группы · участников: {members}, женщин: {women}, молодёжи: {youth}</numerusform>
            <numerusform>{producers}, из них %Ln групп · участников: {members}, женщин: {women}, молодёжи: {youth}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln producer(s)</source>
        <translation>
            <numerusform>%Ln производитель</numerusform>
            <numerusform>%Ln производителя</numerusform>
            <numerusform>%Ln производителей</numerusform>
        </translation>
    </message>
    <message>
        <source>New producer</source>
        <translation>Новый производитель</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Search: name, village or product</source>
        <translation>Поиск: название, село или продукт</translation>
    </message>
    <message>
        <source>New producer…</source>
        <translation>Новый производитель…</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Products and photos</source>
        <translation>Продукция и фото</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add photos</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <source>Remove photos</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <source>Remove the chosen photos ({count}) of this product?</source>
        <translation>Удалить выбранные фото этого продукта ({count})?</translation>
    </message>
    <message>
        <source>Drop photos here, or copy one and paste it with Ctrl+V.</source>
        <translation>Перетащите фото сюда или скопируйте фото и вставьте его через Ctrl+V.</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ProducerEditor</name>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион / город</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Tax number (INN)</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>of them women</source>
        <translation>из них женщин</translation>
    </message>
    <message>
        <source>of them youth</source>
        <translation>из них молодёжи</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 цифр</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ProducerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион / город</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
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
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Change product</source>
        <translation>Изменить продукт</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый продукт</translation>
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
        <translation>Категория</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
</context>
<context>
    <name>ProductsPanel</name>
    <message>
        <source>Add product…</source>
        <translation>Добавить продукт…</translation>
    </message>
    <message>
        <source>Change product…</source>
        <translation>Изменить продукт…</translation>
    </message>
    <message>
        <source>Photos of the chosen product</source>
        <translation>Фото выбранного продукта</translation>
    </message>
</context>
</TS>
