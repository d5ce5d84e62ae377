<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <source>{field}: “{value}” is not one of the choices.</source>
        <translation>{field}: «{value}» нет среди вариантов.</translation>
    </message>
    <message>
        <source>{field}: at most {maximum} characters.</source>
        <translation>{field}: не более {maximum} символов.</translation>
    </message>
    <message>
        <source>{field}: the image is larger than {maximum} MB.</source>
        <translation>{field}: изображение больше {maximum} МБ.</translation>
    </message>
    <message>
        <source>{field}: a PNG or JPEG image is needed, not {format}.</source>
        <translation>{field}: нужно изображение PNG или JPEG, а не {format}.</translation>
    </message>
    <message>
        <source>{field}: the image is {width}×{height} pixels; each side must be from {minimum} to {maximum}.</source>
        <translation>{field}: изображение {width}×{height} пикселей; каждая сторона должна быть от {minimum} до {maximum}.</translation>
    </message>
    <message>
        <source>{field}: the file is not a readable image.</source>
        <translation>{field}: файл не является читаемым изображением.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>The committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Documents and codes</source>
        <translation>Документы и коды</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Бумага для этикеток</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Название на кыргызском</translation>
    </message>
    <message>
        <source>As printed on certificates and shown in the window&apos;s header.</source>
        <translation>Как печатается в сертификатах и показывается в заголовке окна.</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>The region in certificate numbers ({region}).</source>
        <translation>Регион в номерах сертификатов ({region}).</translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation>Эмблема</translation>
    </message>
    <message>
        <source>PNG or JPEG, at least 64 pixels a side; printed on certificates.</source>
        <translation>PNG или JPEG, не меньше 64 пикселей по стороне; печатается на сертификатах.</translation>
    </message>
    <message>
        <source>Brand mark</source>
        <translation>Знак бренда</translation>
    </message>
    <message>
        <source>PNG or JPEG, at least 64 pixels a side; printed on certificates and labels.</source>
        <translation>PNG или JPEG, не меньше 64 пикселей по стороне; печатается на сертификатах и этикетках.</translation>
    </message>
    <message>
        <source>Numbering format</source>
        <translation>Формат номера</translation>
    </message>
    <message>
        <source>{region} the region, {year} the year, {seq:05d} the number in the year, {committee} the committee&apos;s code.</source>
        <translation>{region} регион, {year} год, {seq:05d} номер в году, {committee} код комитета.</translation>
    </message>
    <message>
        <source>Validity (months)</source>
        <translation>Срок действия (месяцев)</translation>
    </message>
    <message>
        <source>How long a new certificate is valid.</source>
        <translation>Сколько действует новый сертификат.</translation>
    </message>
    <message>
        <source>Surveillance every (months)</source>
        <translation>Надзор каждые (месяцев)</translation>
    </message>
    <message>
        <source>Warn of expiry (days before)</source>
        <translation>Предупреждать об истечении (за дней)</translation>
    </message>
    <message>
        <source>Quorum of a session</source>
        <translation>Кворум заседания</translation>
    </message>
    <message>
        <source>Members present who may decide, at least.</source>
        <translation>Присутствующих членов с правом решения, не меньше.</translation>
    </message>
    <message>
        <source>Document languages</source>
        <translation>Языки документов</translation>
    </message>
    <message>
        <source>One or two; the first is the main one.</source>
        <translation>Один или два; первый — основной.</translation>
    </message>
    <message>
        <source>Verification address</source>
        <translation>Адрес проверки</translation>
    </message>
    <message>
        <source>Put before each code, e.g. https://belgi.kg/v/ (empty: the code alone).</source>
        <translation>Ставится перед каждым кодом, напр. https://belgi.kg/v/ (пусто: только код).</translation>
    </message>
    <message>
        <source>The sheet or roll labels are printed on unless another is chosen.</source>
        <translation>Лист или рулон, на котором печатаются этикетки, если не выбран другой.</translation>
    </message>
    <message>
        <source>Printer offset right (mm)</source>
        <translation>Сдвиг принтера вправо (мм)</translation>
    </message>
    <message>
        <source>Measured on the outline page; for the label stock above.</source>
        <translation>Измеряется по странице контуров; для бумаги этикеток выше.</translation>
    </message>
    <message>
        <source>Printer offset down (mm)</source>
        <translation>Сдвиг принтера вниз (мм)</translation>
    </message>
    <message>
        <source>Signing key stays unlocked (minutes)</source>
        <translation>Ключ подписи остаётся открытым (минут)</translation>
    </message>
    <message>
        <source>While printing labels, jobs in a row do not ask again for the passphrase; kept in memory only.</source>
        <translation>При печати этикеток задания подряд не запрашивают пароль снова; хранится только в памяти.</translation>
    </message>
    <message>
        <source>Daily backups kept (days)</source>
        <translation>Хранить ежедневные копии (дней)</translation>
    </message>
    <message>
        <source>A backup is made once a day when the app starts; 0 turns that off.</source>
        <translation>Копия делается раз в день при запуске программы; 0 отключает это.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Empty: the folder “backups” beside the register.</source>
        <translation>Пусто: папка «backups» рядом с реестром.</translation>
    </message>
</context>
</TS>
