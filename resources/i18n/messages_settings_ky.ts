<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>messages</name>
    <message>
        <source>{field}: “{value}” is not one of the choices.</source>
        <translation>{field}: «{value}» тандоолордун ичинде жок.</translation>
    </message>
    <message>
        <source>{field}: at most {maximum} characters.</source>
        <translation>{field}: эң көп {maximum} белги.</translation>
    </message>
    <message>
        <source>{field}: the image is larger than {maximum} MB.</source>
        <translation>{field}: сүрөт {maximum} МБдан чоң.</translation>
    </message>
    <message>
        <source>{field}: a PNG or JPEG image is needed, not {format}.</source>
        <translation>{field}: {format} эмес, PNG же JPEG сүрөт керек.</translation>
    </message>
    <message>
        <source>{field}: the image is {width}×{height} pixels; each side must be from {minimum} to {maximum}.</source>
        <translation>{field}: сүрөт {width}×{height} пиксель; ар бир тарабы {minimum}–{maximum} пиксель болушу керек.</translation>
    </message>
    <message>
        <source>{field}: the file is not a readable image.</source>
        <translation>{field}: файл окулуучу сүрөт эмес.</translation>
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
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <source>Documents and codes</source>
        <translation>Документтер жана коддор</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Этикетка кагазы</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Кыргызча аталышы</translation>
    </message>
    <message>
        <source>As printed on certificates and shown in the window&apos;s header.</source>
        <translation>Сертификаттарда басылгандай жана терезенин башында көрсөтүлгөндөй.</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орусча аталышы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Англисче аталышы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <source>The region in certificate numbers ({region}).</source>
        <translation>Сертификат номерлериндеги аймак ({region}).</translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation>Эмблема</translation>
    </message>
    <message>
        <source>PNG or JPEG, at least 64 pixels a side; printed on certificates.</source>
        <translation>PNG же JPEG, ар бир тарабы кеминде 64 пиксель; сертификаттарда басылат.</translation>
    </message>
    <message>
        <source>Brand mark</source>
        <translation>Бренд белгиси</translation>
    </message>
    <message>
        <source>PNG or JPEG, at least 64 pixels a side; printed on certificates and labels.</source>
        <translation>PNG же JPEG, ар бир тарабы кеминде 64 пиксель; сертификаттарда жана этикеткаларда басылат.</translation>
    </message>
    <message>
        <source>Numbering format</source>
        <translation>Номерлөө форматы</translation>
    </message>
    <message>
        <source>{region} the region, {year} the year, {seq:05d} the number in the year, {committee} the committee&apos;s code.</source>
        <translation>{region} аймак, {year} жыл, {seq:05d} жылдагы номер, {committee} комитеттин коду.</translation>
    </message>
    <message>
        <source>Validity (months)</source>
        <translation>Жарактуулугу (ай)</translation>
    </message>
    <message>
        <source>How long a new certificate is valid.</source>
        <translation>Жаңы сертификат канча убакыт жарактуу.</translation>
    </message>
    <message>
        <source>Surveillance every (months)</source>
        <translation>Көзөмөл ар бир (ай)</translation>
    </message>
    <message>
        <source>Warn of expiry (days before)</source>
        <translation>Мөөнөтү бүтөрүн эскертүү (күн мурун)</translation>
    </message>
    <message>
        <source>Quorum of a session</source>
        <translation>Жыйындын кворуму</translation>
    </message>
    <message>
        <source>Members present who may decide, at least.</source>
        <translation>Чечим кабыл ала алган катышкан мүчөлөр, кеминде.</translation>
    </message>
    <message>
        <source>Document languages</source>
        <translation>Документтердин тилдери</translation>
    </message>
    <message>
        <source>One or two; the first is the main one.</source>
        <translation>Бир же эки; биринчиси негизгиси.</translation>
    </message>
    <message>
        <source>Verification address</source>
        <translation>Текшерүү дареги</translation>
    </message>
    <message>
        <source>Put before each code, e.g. https://belgi.kg/v/ (empty: the code alone).</source>
        <translation>Ар бир коддун алдына коюлат, мис. https://belgi.kg/v/ (бош: код гана).</translation>
    </message>
    <message>
        <source>The sheet or roll labels are printed on unless another is chosen.</source>
        <translation>Башкасы тандалбаса, этикеткалар басылуучу барак же түрмөк.</translation>
    </message>
    <message>
        <source>Printer offset right (mm)</source>
        <translation>Принтердин оңго жылышы (мм)</translation>
    </message>
    <message>
        <source>Measured on the outline page; for the label stock above.</source>
        <translation>Контур барагында өлчөнөт; жогорудагы этикетка кагазы үчүн.</translation>
    </message>
    <message>
        <source>Printer offset down (mm)</source>
        <translation>Принтердин ылдый жылышы (мм)</translation>
    </message>
    <message>
        <source>Signing key stays unlocked (minutes)</source>
        <translation>Кол коюу ачкычы ачык турат (мүнөт)</translation>
    </message>
    <message>
        <source>While printing labels, jobs in a row do not ask again for the passphrase; kept in memory only.</source>
        <translation>Этикеткаларды басып чыгарууда катар тапшырмалар ачкычтын сырсөзүн кайра сурабайт; ал эс тутумда гана сакталат.</translation>
    </message>
    <message>
        <source>Daily backups kept (days)</source>
        <translation>Күнүмдүк көчүрмөлөр сакталат (күн)</translation>
    </message>
    <message>
        <source>A backup is made once a day when the app starts; 0 turns that off.</source>
        <translation>Программа ачылганда күнүнө бир жолу көчүрмө жасалат; 0 муну өчүрөт.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Көчүрмөлөр папкасы</translation>
    </message>
    <message>
        <source>Empty: the folder “backups” beside the register.</source>
        <translation>Бош: реестрдин жанындагы «backups» папкасы.</translation>
    </message>
</context>
</TS>
