<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>Page</name>
    <message>
        <source>Search: the beginning of a number, or part of a producer&apos;s or product&apos;s name</source>
        <translation>Издөө: номердин башы же өндүрүүчүнүн, продукттун аталышынын бөлүгү</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Бардык абалдар</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>Мөөнөтү бүтөт:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Surveillance due</source>
        <translation>Көзөмөл мөөнөтү келди</translation>
    </message>
    <message>
        <source>Active certificates with a surveillance visit due within 30 days</source>
        <translation>30 күндүн ичинде көзөмөл текшерүүсү келе турган күчүндөгү сертификаттар</translation>
    </message>
    <message>
        <source>Open the PDF…</source>
        <translation>PDF ачуу…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Токтотуу…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Калыбына келтирүү…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Кайтарып алуу…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Узартуу…</translation>
    </message>
    <message>
        <source>Re-issue…</source>
        <translation>Кайра берүү…</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Products in scope</source>
        <translation>Камтылган продукция</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Score and stars</source>
        <translation>Балл жана жылдыздар</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берилген күнү</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Күчүндө болуу мөөнөтү</translation>
    </message>
    <message>
        <source>Next surveillance</source>
        <translation>Кийинки көзөмөл</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Ыйгарылган</translation>
    </message>
    <message>
        <source>Replaces / replaced by</source>
        <translation>Мурунку / кийинки сертификат</translation>
    </message>
    <message>
        <source>Its own code</source>
        <translation>Өз коду</translation>
    </message>
    <message>
        <source>Every region</source>
        <translation>Бардык аймактар</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Бардык категориялар</translation>
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s)</source>
        <translation>
            <numerusform>%Ln сертификат</numerusform>
            <numerusform>%Ln сертификат</numerusform>
        </translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>Тарыхы ({count})</translation>
    </message>
    <message>
        <source>Lots ({count})</source>
        <translation>Партиялар ({count})</translation>
    </message>
    <message>
        <source>Choose a certificate from the register.</source>
        <translation>Реестрден сертификатты тандаңыз.</translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>{number} сертификаты</translation>
    </message>
    <message>
        <source>{score} %</source>
        <translation>{score} %</translation>
    </message>
    <message>
        <source>committee session {session}</source>
        <translation>комитеттин {session} отуруму</translation>
    </message>
    <message>
        <source>a QR code signed with the committee&apos;s key when the PDF is made; it verifies this certificate and its status</source>
        <translation>PDF жасалганда комитеттин ачкычы менен кол коюлган QR код; ал ушул сертификатты жана анын абалын тастыктайт</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Certificate {number} as PDF</source>
        <translation>{number} сертификаты PDF түрүндө</translation>
    </message>
    <message>
        <source>The certificate&apos;s own QR code is signed now with the committee&apos;s key; the key locks again when the PDF is made.</source>
        <translation>Сертификаттын өз QR коду азыр комитеттин ачкычы менен кол коюлат; PDF даяр болгондо ачкыч кайра кулпуланат.</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Кол коюу ачкычынын сырсөзү</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Certificate {number}</source>
        <translation>{number} сертификаты</translation>
    </message>
    <message>
        <source>The certificate as it will be printed.</source>
        <translation>Сертификат басылып чыга турган түрүндө.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF катары сактоо…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Save the certificate as</source>
        <translation>Сертификатты сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Suspend certificate {number}</source>
        <translation>{number} сертификатын убактылуу токтотуу</translation>
    </message>
    <message>
        <source>Restore certificate {number}</source>
        <translation>{number} сертификатын калыбына келтирүү</translation>
    </message>
    <message>
        <source>Withdraw certificate {number}</source>
        <translation>{number} сертификатын кайтарып алуу</translation>
    </message>
    <message>
        <source>Renew certificate {number}</source>
        <translation>{number} сертификатын узартуу</translation>
    </message>
    <message>
        <source>Its labels verify as suspended until the committee restores it. Record the committee&apos;s reason.</source>
        <translation>Комитет калыбына келтиргенге чейин анын этикеткалары «убактылуу токтотулган» деп текшерилет. Комитеттин себебин жазыңыз.</translation>
    </message>
    <message>
        <source>Its labels verify as valid again. Record the committee&apos;s reason.</source>
        <translation>Анын этикеткалары кайра күчүндө деп текшерилет. Комитеттин себебин жазыңыз.</translation>
    </message>
    <message>
        <source>Withdrawal is final: the certificate cannot be restored or renewed. Record the committee&apos;s reason.</source>
        <translation>Кайтарып алуу акыркы чечим: сертификатты калыбына келтирүүгө да, узартууга да болбойт. Комитеттин себебин жазыңыз.</translation>
    </message>
    <message>
        <source>A renewal inspection is started for it; the committee grants the renewal in a session. Say why it is renewed.</source>
        <translation>Узартуу үчүн текшерүү башталат; узартууну комитет отурумда чечет. Эмне үчүн узартыларын жазыңыз.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <source>Re-issue certificate {number}</source>
        <translation>{number} сертификатын кайра берүү</translation>
    </message>
    <message>
        <source>A new number covers the products ticked, until the same date; certificate {number} is replaced.</source>
        <translation>Белгиленген продукцияга ошол эле мөөнөткө чейин жаңы номер берилет; {number} сертификаты алмаштырылат.</translation>
    </message>
    <message>
        <source>Products in scope</source>
        <translation>Камтылган продукция</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Аймак / шаар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Жылдыздар</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берилген күнү</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Күчүндө болуу мөөнөтү</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Кийинки текшерүү</translation>
    </message>
    <message>
        <source>labels printed</source>
        <translation>этикеткалар басылды</translation>
    </message>
    <message>
        <source>labels printed again</source>
        <translation>этикеткалар кайра басылды</translation>
    </message>
    <message>
        <source> (failed, recorded as spoiled)</source>
        <translation> (ишке ашкан жок, жараксыз деп катталды)</translation>
    </message>
    <message>
        <source> (interrupted)</source>
        <translation> (үзгүлтүккө учурады)</translation>
    </message>
    <message>
        <source>{kind} inspection ({status})</source>
        <translation>{kind} текшерүү ({status})</translation>
    </message>
    <message>
        <source>session {session}: {outcome}</source>
        <translation>{session} отуруму: {outcome}</translation>
    </message>
    <message>
        <source>lot {lot} recorded ({product})</source>
        <translation>{lot} партиясы катталды ({product})</translation>
    </message>
    <message numerus="yes">
        <source>{what}: lot {lot}, %Ln label(s)</source>
        <translation>
            <numerusform>{what}: {lot} партиясы, %Ln этикетка</numerusform>
            <numerusform>{what}: {lot} партиясы, %Ln этикетка</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} by the grant of session {session}</source>
        <translation>{what}: отурумдун чечими менен ({session})</translation>
    </message>
    <message>
        <source>{what} by {number}</source>
        <translation>{what}: {number} менен</translation>
    </message>
    <message>
        <source>{what}: replaces {number}</source>
        <translation>{what}: {number} ордуна</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Өндүрүлгөн күнү</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Жарактуулук мөөнөтү</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикеткалар</translation>
    </message>
</context>
</TS>
