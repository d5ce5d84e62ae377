<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>Page</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Мезгил:</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ушул жыл</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Өткөн жыл</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Акыркы 12 ай</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ушул ай</translation>
    </message>
    <message>
        <source>Since the beginning</source>
        <translation>Башынан бери</translation>
    </message>
    <message>
        <source>Dates chosen</source>
        <translation>Тандалган күндөр</translation>
    </message>
    <message>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Биринчи күн</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Акыркы күн</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <source>Publish the register…</source>
        <translation>Реестрди жарыялоо…</translation>
    </message>
    <message>
        <source>The public register and the verification page, written into a folder</source>
        <translation>Ачык реестр жана текшерүү барагы папкага жазылат</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Бул мезгилде эч нерсе жок.</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Көрсөткүчтөрдү экспорттоо</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF документ (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Электрондук таблица (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV таблица (*.csv)</translation>
    </message>
    <message>
        <source>The figures were written to {path}.</source>
        <translation>Көрсөткүчтөр жазылды: {path}.</translation>
    </message>
    <message>
        <source>The public register, the signed status list and the verification page were written to {folder} ({count} files).</source>
        <translation>Ачык реестр, кол коюлган абалдар тизмеси жана текшерүү барагы жазылды: {folder} (файлдар: {count}).</translation>
    </message>
    <message>
        <source>The public register and the verification page were written to {folder} ({count} files). The page checks labels once it is published with the signed status list.</source>
        <translation>Ачык реестр жана текшерүү барагы жазылды: {folder} (файлдар: {count}). Барак кол коюлган абалдар тизмеси менен жарыяланганда гана этикеткаларды текшере алат.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish the public register</source>
        <translation>Ачык реестрди жарыялоо</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Кол коюу ачкычынын сырсөзү</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>With the signed status list, so the verification page can check labels</source>
        <translation>Кол коюлган абалдар тизмеси менен, текшерүү барагы этикеткаларды текшере алышы үчүн</translation>
    </message>
    <message>
        <source>Publish into the folder</source>
        <translation>Папкага жарыялоо</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Since the beginning, to {end}</source>
        <translation>Башынан бери, {end} чейин</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>All producers</source>
        <translation>Бардык өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>Kind of producer</source>
        <translation>Өндүрүүчүнүн түрү</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Өндүрүүчүлөр</translation>
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
    <message>
        <source>Members, women and youth as registered for each producer.</source>
        <translation>Мүчөлөр, аялдар жана жаштар ар бир өндүрүүчүнүн каттоосундагыдай.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <source>Certificates issued in the period: {count}</source>
        <translation>Мезгилде берилген сертификаттар: {count}</translation>
    </message>
    <message>
        <source>State today</source>
        <translation>Бүгүнкү абалы</translation>
    </message>
    <message>
        <source>Certificates issued, by region</source>
        <translation>Берилген сертификаттар, аймактар боюнча</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Аймак / шаар</translation>
    </message>
    <message>
        <source>Certificates issued, by product category</source>
        <translation>Берилген сертификаттар, продукциянын категориялары боюнча</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>A certificate whose products are of several categories counts under each.</source>
        <translation>Продукциясы бир нече категорияга кирген сертификат ар биринде эсептелет.</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Бүгүн, {day}</translation>
    </message>
    <message>
        <source>Certificates in force</source>
        <translation>Күчүндөгү сертификаттар</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Күчүндө</translation>
    </message>
    <message>
        <source>Surveillance visit overdue</source>
        <translation>Көзөмөл текшерүүсүнүн мөөнөтү өтүп кеткен</translation>
    </message>
    <message>
        <source>All inspections</source>
        <translation>Бардык текшерүүлөр</translation>
    </message>
    <message>
        <source>Inspections in the period</source>
        <translation>Мезгилдеги текшерүүлөр</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өткөн</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Өтпөгөн</translation>
    </message>
    <message>
        <source>Label checks in the period: {count}</source>
        <translation>Мезгилдеги этикетка текшерүүлөр: {count}</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Текшерүүлөр</translation>
    </message>
    <message>
        <source>No place given</source>
        <translation>Орду көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>{count} other places</source>
        <translation>Башка жерлер: {count}</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Бардык жерлер</translation>
    </message>
    <message>
        <source>Label checks by place</source>
        <translation>Этикетка текшерүүлөр, жерлер боюнча</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Жер</translation>
    </message>
    <message>
        <source>Possible copies</source>
        <translation>Көчүрмө болушу мүмкүн</translation>
    </message>
    <message>
        <source>A label is a possible copy when it was checked at more than one place.</source>
        <translation>Бир эле этикетка бир нече жерде текшерилсе, ал көчүрмө болушу мүмкүн.</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>Жасалма</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Мөөнөтү %n күндүн ичинде бүтөт</numerusform>
            <numerusform>Мөөнөтү %n күндүн ичинде бүтөт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Surveillance visit due within %n day(s)</source>
        <translation>
            <numerusform>Көзөмөл текшерүүсү %n күндүн ичинде</numerusform>
            <numerusform>Көзөмөл текшерүүсү %n күндүн ичинде</numerusform>
        </translation>
    </message>
    <message>
        <source>Producers certified in the period</source>
        <translation>Мезгилде сертификат алган өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>Producers holding a certificate in force</source>
        <translation>Күчүндөгү сертификаты бар өндүрүүчүлөр</translation>
    </message>
    <message>
        <source>Figures of the committee</source>
        <translation>Комитеттин көрсөткүчтөрү</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Мезгил: {period}</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>Түзүлгөн күнү: {day}</translation>
    </message>
</context>
</TS>
