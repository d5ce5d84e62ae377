<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>verify</name>
    <message>
        <source>Genuine and valid</source>
        <translation>Чыныгы жана күчүндө</translation>
    </message>
    <message>
        <source>Genuine, but the certificate has expired</source>
        <translation>Чыныгы, бирок сертификаттын мөөнөтү бүткөн</translation>
    </message>
    <message>
        <source>Genuine, but the certificate is suspended</source>
        <translation>Чыныгы, бирок сертификат убактылуу токтотулган</translation>
    </message>
    <message>
        <source>Genuine, but the certificate is withdrawn</source>
        <translation>Чыныгы, бирок сертификат кайтарылып алынган</translation>
    </message>
    <message>
        <source>Genuine; the certificate&apos;s status is not known here</source>
        <translation>Чыныгы; сертификаттын абалы бул жерде белгисиз</translation>
    </message>
    <message>
        <source>Signed with a misused key: alarm</source>
        <translation type="unfinished">Туура эмес колдонулган ачкыч менен кол коюлган: коркунуч</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>Жасалма</translation>
    </message>
    <message>
        <source>Signed by an unknown key</source>
        <translation>Белгисиз ачкыч менен кол коюлган</translation>
    </message>
    <message>
        <source>Not a valid code</source>
        <translation>Жарактуу код эмес</translation>
    </message>
    <message>
        <source>No code found</source>
        <translation>Код табылган жок</translation>
    </message>
    <message>
        <source>Issued by the committee; the certificate is in force.</source>
        <translation>Комитет тарабынан берилген; сертификат күчүндө.</translation>
    </message>
    <message>
        <source>Issued by the committee for a certificate in force, but this label was recorded as spoiled and not printed again: it should not be on a product.</source>
        <translation>Комитет тарабынан күчүндөгү сертификатка берилген, бирок бул этикетка жараксыз деп катталган жана кайра басылган эмес: ал продукцияда болбошу керек.</translation>
    </message>
    <message>
        <source>Issued by the committee, but the certificate&apos;s validity has ended.</source>
        <translation>Комитет тарабынан берилген, бирок сертификаттын мөөнөтү бүткөн.</translation>
    </message>
    <message>
        <source>Issued by the committee, but the certificate is suspended.</source>
        <translation>Комитет тарабынан берилген, бирок сертификат убактылуу токтотулган.</translation>
    </message>
    <message>
        <source>Issued by the committee, but the certificate has been withdrawn.</source>
        <translation>Комитет тарабынан берилген, бирок сертификат кайтарылып алынган.</translation>
    </message>
    <message>
        <source>Issued by another committee whose status list is not held here: ask that committee.</source>
        <translation>Башка комитет берген, анын абалдар тизмеси бул жерде жок: ошол комитеттен сураңыз.</translation>
    </message>
    <message>
        <source>The other committee&apos;s status list is out of date: import a newer one.</source>
        <translation>Башка комитеттин абалдар тизмеси эскирген: жаңысын импорттоңуз.</translation>
    </message>
    <message>
        <source>Signed with this committee&apos;s key, but the register has no such certificate.</source>
        <translation>Бул комитеттин ачкычы менен кол коюлган, бирок реестрде мындай сертификат жок.</translation>
    </message>
    <message>
        <source>The key belongs to another region than the code names.</source>
        <translation>Ачкыч коддо көрсөтүлгөн аймакка эмес, башка аймакка таандык.</translation>
    </message>
    <message>
        <source>The key signed this outside its signing period (after retirement?).</source>
        <translation>Ачкыч муну кол коюу мөөнөтүнөн тышкары кол койгон (колдонуудан чыгарылгандан кийин?).</translation>
    </message>
    <message>
        <source>The code is dated after today: check this computer&apos;s clock; otherwise the key is misused.</source>
        <translation>Коддун датасы бүгүнкүдөн кийин: бул компьютердин саатын текшериңиз; болбосо ачкыч туура эмес колдонулууда.</translation>
    </message>
    <message>
        <source>Signed on or after the date the key was reported compromised.</source>
        <translation>Ачкычтын коопсуздугу бузулду деп билдирилген күнү же андан кийин кол коюлган.</translation>
    </message>
    <message>
        <source>The signature does not match: the code was altered or made up.</source>
        <translation>Кол тамга дал келбейт: код өзгөртүлгөн же ойлоп табылган.</translation>
    </message>
    <message>
        <source>No trusted committee has this key: import that committee&apos;s trust list.</source>
        <translation>Бул ачкыч ишенимдүү комитеттердин биринде да жок: ошол комитеттин ишеним тизмесин импорттоңуз.</translation>
    </message>
    <message>
        <source>Nothing was scanned or typed.</source>
        <translation>Эч нерсе сканерленген же терилген жок.</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>Сүрөттөн QR код табылган жок.</translation>
    </message>
    <message>
        <source>The image is too large (over 50 megapixels or 64 MB).</source>
        <translation>Сүрөт өтө чоң (50 мегапикселден же 64 МБдан ашык).</translation>
    </message>
    <message>
        <source>The file is not a readable PNG, JPEG, WebP, BMP or TIFF image.</source>
        <translation>Файл окула турган PNG, JPEG, WebP, BMP же TIFF сүрөтү эмес.</translation>
    </message>
    <message>
        <source>Only PNG, JPEG, WebP, BMP and TIFF images are read.</source>
        <translation>PNG, JPEG, WebP, BMP жана TIFF сүрөттөрү гана окулат.</translation>
    </message>
    <message>
        <source>The text is far longer than any code.</source>
        <translation>Текст ар кандай коддон алда канча узун.</translation>
    </message>
    <message>
        <source>A code of a format version this program does not know.</source>
        <translation>Бул программа билбеген формат версиясындагы код.</translation>
    </message>
    <message>
        <source>The text is not a code of a brand committee.</source>
        <translation>Бул текст бренд-комитеттин коду эмес.</translation>
    </message>
    <message>
        <source>Possible copy: this label was checked at another place too, or never printed.</source>
        <translation>Көчүрмө болушу мүмкүн: бул этикетка башка жерде да текшерилген же эч качан басылган эмес.</translation>
    </message>
    <message>
        <source>Alarm: tell the committee&apos;s chair.</source>
        <translation>Коркунуч: комитеттин төрагасына кабарлаңыз.</translation>
    </message>
    <message>
        <source>The status list used is out of date.</source>
        <translation>Колдонулган абалдар тизмеси эскирген.</translation>
    </message>
    <message>
        <source>Spoiled label: ask who had the spoiled labels of this lot, and where they went.</source>
        <translation>Жараксыз этикетка: бул партиянын жараксыз этикеткалары кимде болгонун жана кайда кеткенин сураңыз.</translation>
    </message>
    <message>
        <source>Its print job never reported the labels printed: ask the office whether this sheet was printed.</source>
        <translation>Анын басып чыгаруу тапшырмасы этикеткалар басылганын билдирген эмес: бул барак басылганбы, кеңседен сураңыз.</translation>
    </message>
</context>
</TS>
