<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>verify</name>
    <message>
        <source>Genuine and valid</source>
        <translation>Подлинный и действующий</translation>
    </message>
    <message>
        <source>Genuine, but the certificate has expired</source>
        <translation>Подлинный, но срок сертификата истёк</translation>
    </message>
    <message>
        <source>Genuine, but the certificate is suspended</source>
        <translation>Подлинный, но сертификат приостановлен</translation>
    </message>
    <message>
        <source>Genuine, but the certificate is withdrawn</source>
        <translation>Подлинный, но сертификат отозван</translation>
    </message>
    <message>
        <source>Genuine; the certificate&apos;s status is not known here</source>
        <translation>Подлинный; статус сертификата здесь неизвестен</translation>
    </message>
    <message>
        <source>Signed with a misused key: alarm</source>
        <translation>Подписан неправомерно использованным ключом: тревога</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>Поддельный</translation>
    </message>
    <message>
        <source>Signed by an unknown key</source>
        <translation>Подписан неизвестным ключом</translation>
    </message>
    <message>
        <source>Not a valid code</source>
        <translation>Недействительный код</translation>
    </message>
    <message>
        <source>No code found</source>
        <translation>Код не найден</translation>
    </message>
    <message>
        <source>Issued by the committee; the certificate is in force.</source>
        <translation>Выдан комитетом; сертификат действует.</translation>
    </message>
    <message>
        <source>Issued by the committee for a certificate in force, but this label was recorded as spoiled and not printed again: it should not be on a product.</source>
        <translation>Выдана комитетом по действующему сертификату, но эта этикетка отмечена как испорченная и повторно не печаталась: её не должно быть на продукции.</translation>
    </message>
    <message>
        <source>Issued by the committee, but the certificate&apos;s validity has ended.</source>
        <translation>Выдан комитетом, но срок действия сертификата истёк.</translation>
    </message>
    <message>
        <source>Issued by the committee, but the certificate is suspended.</source>
        <translation>Выдан комитетом, но сертификат приостановлен.</translation>
    </message>
    <message>
        <source>Issued by the committee, but the certificate has been withdrawn.</source>
        <translation>Выдан комитетом, но сертификат отозван.</translation>
    </message>
    <message>
        <source>Issued by another committee whose status list is not held here: ask that committee.</source>
        <translation>Выдан другим комитетом, чьего списка статусов здесь нет: обратитесь в тот комитет.</translation>
    </message>
    <message>
        <source>The other committee&apos;s status list is out of date: import a newer one.</source>
        <translation>Список статусов другого комитета устарел: импортируйте более новый.</translation>
    </message>
    <message>
        <source>Signed with this committee&apos;s key, but the register has no such certificate.</source>
        <translation>Подписан ключом этого комитета, но в реестре нет такого сертификата.</translation>
    </message>
    <message>
        <source>The key belongs to another region than the code names.</source>
        <translation>Ключ принадлежит другому региону, чем указан в коде.</translation>
    </message>
    <message>
        <source>The key signed this outside its signing period (after retirement?).</source>
        <translation>Ключ подписал это вне срока подписи (после вывода из употребления?).</translation>
    </message>
    <message>
        <source>The code is dated after today: check this computer&apos;s clock; otherwise the key is misused.</source>
        <translation>Код датирован позже сегодняшнего дня: проверьте часы компьютера; иначе ключ используется неправомерно.</translation>
    </message>
    <message>
        <source>Signed on or after the date the key was reported compromised.</source>
        <translation>Подписан в день или после дня, когда ключ объявлен скомпрометированным.</translation>
    </message>
    <message>
        <source>The signature does not match: the code was altered or made up.</source>
        <translation>Подпись не совпадает: код изменён или выдуман.</translation>
    </message>
    <message>
        <source>No trusted committee has this key: import that committee&apos;s trust list.</source>
        <translation>Этого ключа нет ни у одного доверенного комитета: импортируйте список доверия того комитета.</translation>
    </message>
    <message>
        <source>Nothing was scanned or typed.</source>
        <translation>Ничего не отсканировано и не введено.</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>На изображении не найден QR-код.</translation>
    </message>
    <message>
        <source>The image is too large (over 50 megapixels or 64 MB).</source>
        <translation>Изображение слишком большое (более 50 мегапикселей или 64 МБ).</translation>
    </message>
    <message>
        <source>The file is not a readable PNG, JPEG, WebP, BMP or TIFF image.</source>
        <translation>Файл не является читаемым изображением PNG, JPEG, WebP, BMP или TIFF.</translation>
    </message>
    <message>
        <source>Only PNG, JPEG, WebP, BMP and TIFF images are read.</source>
        <translation>Читаются только изображения PNG, JPEG, WebP, BMP и TIFF.</translation>
    </message>
    <message>
        <source>The text is far longer than any code.</source>
        <translation>Текст намного длиннее любого кода.</translation>
    </message>
    <message>
        <source>A code of a format version this program does not know.</source>
        <translation>Код версии формата, неизвестной этой программе.</translation>
    </message>
    <message>
        <source>The text is not a code of a brand committee.</source>
        <translation>Этот текст не является кодом бренд-комитета.</translation>
    </message>
    <message>
        <source>Possible copy: this label was checked at another place too, or never printed.</source>
        <translation>Возможна копия: эту этикетку проверяли и в другом месте, или она никогда не печаталась.</translation>
    </message>
    <message>
        <source>Alarm: tell the committee&apos;s chair.</source>
        <translation>Тревога: сообщите председателю комитета.</translation>
    </message>
    <message>
        <source>The status list used is out of date.</source>
        <translation>Использованный список статусов устарел.</translation>
    </message>
    <message>
        <source>Spoiled label: ask who had the spoiled labels of this lot, and where they went.</source>
        <translation>Испорченная этикетка: выясните, у кого были испорченные этикетки этой партии и куда они делись.</translation>
    </message>
    <message>
        <source>Its print job never reported the labels printed: ask the office whether this sheet was printed.</source>
        <translation>Задание печати не сообщило, что этикетки напечатаны: уточните в офисе, был ли напечатан этот лист.</translation>
    </message>
</context>
</TS>
