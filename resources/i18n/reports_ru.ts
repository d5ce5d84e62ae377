<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Page</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Since the beginning</source>
        <translation>С самого начала</translation>
    </message>
    <message>
        <source>Dates chosen</source>
        <translation>Выбранные даты</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Publish the register…</source>
        <translation>Опубликовать реестр…</translation>
    </message>
    <message>
        <source>The public register and the verification page, written into a folder</source>
        <translation>Открытый реестр и страница проверки записываются в папку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>За этот период ничего нет.</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Экспорт показателей</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Электронная таблица (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>The figures were written to {path}.</source>
        <translation>Показатели записаны в {path}.</translation>
    </message>
    <message>
        <source>The public register, the signed status list and the verification page were written to {folder} ({count} files).</source>
        <translation>Открытый реестр, подписанный список статусов и страница проверки записаны в {folder} (файлов: {count}).</translation>
    </message>
    <message>
        <source>The public register and the verification page were written to {folder} ({count} files). The page checks labels once it is published with the signed status list.</source>
        <translation>Открытый реестр и страница проверки записаны в {folder} (файлов: {count}). Страница сможет проверять этикетки, когда реестр будет опубликован с подписанным списком статусов.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish the public register</source>
        <translation>Публикация открытого реестра</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Пароль ключа подписи</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>With the signed status list, so the verification page can check labels</source>
        <translation>С подписанным списком статусов, чтобы страница проверки могла проверять этикетки</translation>
    </message>
    <message>
        <source>Publish into the folder</source>
        <translation>Опубликовать в папку</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Since the beginning, to {end}</source>
        <translation>С начала по {end}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>All producers</source>
        <translation>Все производители</translation>
    </message>
    <message>
        <source>Kind of producer</source>
        <translation>Вид производителя</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Производители</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
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
        <source>Members, women and youth as registered for each producer.</source>
        <translation>Члены, женщины и молодёжь — как записано у каждого производителя.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Certificates issued in the period: {count}</source>
        <translation>Выдано сертификатов за период: {count}</translation>
    </message>
    <message>
        <source>State today</source>
        <translation>Состояние сегодня</translation>
    </message>
    <message>
        <source>Certificates issued, by region</source>
        <translation>Выданные сертификаты по регионам</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион / город</translation>
    </message>
    <message>
        <source>Certificates issued, by product category</source>
        <translation>Выданные сертификаты по категориям продукции</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>A certificate whose products are of several categories counts under each.</source>
        <translation>Сертификат на продукцию нескольких категорий учтён в каждой из них.</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Сегодня, {day}</translation>
    </message>
    <message>
        <source>Certificates in force</source>
        <translation>Действующие сертификаты</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действуют</translation>
    </message>
    <message>
        <source>Surveillance visit overdue</source>
        <translation>Надзорный визит просрочен</translation>
    </message>
    <message>
        <source>All inspections</source>
        <translation>Все инспекции</translation>
    </message>
    <message>
        <source>Inspections in the period</source>
        <translation>Инспекции за период</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Инспекция</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не пройдено</translation>
    </message>
    <message>
        <source>Label checks in the period: {count}</source>
        <translation>Проверок этикеток за период: {count}</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>No place given</source>
        <translation>Место не указано</translation>
    </message>
    <message>
        <source>{count} other places</source>
        <translation>Другие места: {count}</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Все места</translation>
    </message>
    <message>
        <source>Label checks by place</source>
        <translation>Проверки этикеток по местам</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Possible copies</source>
        <translation>Возможные копии</translation>
    </message>
    <message>
        <source>A label is a possible copy when it was checked at more than one place.</source>
        <translation>Этикетка — возможная копия, если её проверяли в нескольких местах.</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>Поддельные</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Истекают в течение %n дня</numerusform>
            <numerusform>Истекают в течение %n дней</numerusform>
            <numerusform>Истекают в течение %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Surveillance visit due within %n day(s)</source>
        <translation>
            <numerusform>Надзорный визит в течение %n дня</numerusform>
            <numerusform>Надзорный визит в течение %n дней</numerusform>
            <numerusform>Надзорный визит в течение %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Producers certified in the period</source>
        <translation>Производители, сертифицированные за период</translation>
    </message>
    <message>
        <source>Producers holding a certificate in force</source>
        <translation>Производители с действующим сертификатом</translation>
    </message>
    <message>
        <source>Figures of the committee</source>
        <translation>Показатели комитета</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Период: {period}</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>Составлено {day}</translation>
    </message>
</context>
</TS>
