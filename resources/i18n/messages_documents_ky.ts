<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>messages</name>
    <message>
        <source>Certificate {number}: the validity ends before the issue date.</source>
        <translation>{number} сертификаты: күчүндө болуу мөөнөтү берилген күнгө чейин бүтөт.</translation>
    </message>
    <message>
        <source>Certificate {number} covers no products.</source>
        <translation>{number} сертификатына бир да продукт кирбейт.</translation>
    </message>
    <message>
        <source>The certificate has no number yet.</source>
        <translation>Сертификаттын али номери жок.</translation>
    </message>
    <message>
        <source>A certificate carries 1 to 5 stars, not {stars}.</source>
        <translation>Сертификатта 1ден 5ке чейин жылдыз болот, {stars} эмес.</translation>
    </message>
    <message>
        <source>Unknown certificate state “{status}”.</source>
        <translation>Сертификаттын белгисиз абалы: «{status}».</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} папкасы жок.</translation>
    </message>
    <message>
        <source>The image {image} cannot be read.</source>
        <translation>{image} сүрөтүн окууга болбойт.</translation>
    </message>
    <message>
        <source>Documents are printed in one to three of ky, ru, en (not “{languages}”).</source>
        <translation>Документтер ky, ru, en тилдеринин бирден үчкө чейинкисинде басылат («{languages}» эмес).</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>{path} файлын жазууга мүмкүн болгон жок: {reason}.</translation>
    </message>
    <message>
        <source>There is nothing to put into the QR code.</source>
        <translation>QR кодго жазыла турган эч нерсе жок.</translation>
    </message>
    <message>
        <source>The text ({length} characters) is too long for a QR code.</source>
        <translation>Текст ({length} белги) QR код үчүн өтө узун.</translation>
    </message>
    <message>
        <source>A {modules}-module QR code does not fit whole printer dots in {box_mm} mm.</source>
        <translation>{modules} модулдуу QR код {box_mm} мм ичине принтердин бүтүн чекиттери менен батпайт.</translation>
    </message>
    <message>
        <source>The QR encoder returned an unexpected image.</source>
        <translation>QR коддогуч күтүлбөгөн сүрөт кайтарды.</translation>
    </message>
    <message>
        <source>QR version {version} is not supported.</source>
        <translation>QR кодунун {version}-версиясы колдоого алынбайт.</translation>
    </message>
</context>
</TS>
