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
        <source>{path} is not a file (but a folder, device, pipe or link); nothing was written.</source>
        <translation>{path} файл эмес (папка, түзмөк, канал же шилтеме); эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <source>The printer {printer} could not be started; nothing was printed.</source>
        <translation>{printer} принтери иштебей калды; эч нерсе басылып чыккан жок.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>{path} файлын жазууга мүмкүн болгон жок: {reason}.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>{path} файлы жок.</translation>
    </message>
    <message>
        <source>{path} is not a file (but a folder, device or pipe); nothing was read.</source>
        <translation>{path} файл эмес (папка, түзмөк же канал); эч нерсе окулган жок.</translation>
    </message>
    <message>
        <source>The file {path} is larger than {limit} MB; nothing was read.</source>
        <translation>{path} файлы {limit} МБдан чоң; эч нерсе окулган жок.</translation>
    </message>
    <message>
        <source>The file unpacks to more than {limit} MB; nothing was read.</source>
        <translation>Файл ачылганда {limit} МБдан ашат; эч нерсе окулган жок.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>{path} файлын окуу мүмкүн эмес: {reason}.</translation>
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
    <message>
        <source>{count} labels cannot be printed in one job (1 to 10,000).</source>
        <translation>Бир тапшырмада {count} этикетка басып чыгарууга болбойт (1ден 10 000ге чейин).</translation>
    </message>
    <message>
        <source>The file holds no rectangular label templates Belgi can use.</source>
        <translation>Файлда Belgi колдоно турган тик бурчтуу этикетка үлгүлөрү жок.</translation>
    </message>
    <message>
        <source>The file is not a gLabels template file.</source>
        <translation>Файл gLabels үлгүлөрүнүн файлы эмес.</translation>
    </message>
    <message>
        <source>The template file is too large ({size} bytes).</source>
        <translation>Үлгү файлы өтө чоң ({size} байт).</translation>
    </message>
    <message>
        <source>The template file cannot be read.</source>
        <translation>Үлгү файлын окууга болбойт.</translation>
    </message>
    <message>
        <source>A printer offset may be at most {limit} mm.</source>
        <translation>Принтердин жылышы эң көп {limit} мм болушу мүмкүн.</translation>
    </message>
    <message>
        <source>A label serial appears twice in the job; nothing was printed.</source>
        <translation>Тапшырмада этикетканын номери эки жолу кездешти; эч нерсе басылган жок.</translation>
    </message>
    <message>
        <source>Start position {start}: the sheet has positions 1 to {per_page}.</source>
        <translation>Баштапкы орун {start}: барактагы орундар 1–{per_page}.</translation>
    </message>
    <message>
        <source>A label template in the file lacks a required size.</source>
        <translation>Файлдагы этикетка үлгүсүндө керектүү өлчөм жок.</translation>
    </message>
    <message>
        <source>“{value}” is not a number of labels across or down (1 to {most}).</source>
        <translation>«{value}» туурасынан же узунунан жайгашкан этикеткалардын саны эмес (1–{most}).</translation>
    </message>
    <message>
        <source>“{value}” is not a length a template can use.</source>
        <translation>«{value}» үлгүдө колдонула турган узундук эмес.</translation>
    </message>
    <message>
        <source>Template {template} has labels that overlap or do not fit.</source>
        <translation>{template} үлгүсүндө бири-бирине кирген же батпаган этикеткалар бар.</translation>
    </message>
    <message>
        <source>No label template {template}.</source>
        <translation>{template} этикетка үлгүсү жок.</translation>
    </message>
    <message>
        <source>Template {template} places labels outside the page.</source>
        <translation>{template} үлгүсү этикеткаларды барактан сыртка жайгаштырат.</translation>
    </message>
    <message>
        <source>Template {template} uses an unknown paper size “{paper}”.</source>
        <translation>{template} үлгүсү белгисиз кагаз өлчөмүн колдонот: «{paper}».</translation>
    </message>
    <message>
        <source>The labels of template {template} are too small for a readable code.</source>
        <translation>{template} үлгүсүнүн этикеткалары окула турган код үчүн өтө кичине.</translation>
    </message>
    <message>
        <source>The status list file {path} does not exist.</source>
        <translation>{path} статус тизмесинин файлы жок.</translation>
    </message>
    <message>
        <source>Certificate {number} has an unknown state “{status}”.</source>
        <translation>{number} сертификатынын абалы белгисиз: «{status}».</translation>
    </message>
</context>
</TS>
