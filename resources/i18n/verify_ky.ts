<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Open a complaint</source>
        <translation>Даттануу ачуу</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Даттануу</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Scan a label or type its code, then Enter</source>
        <translation>Этикетканы сканерлеңиз же кодун териңиз, андан кийин Enter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <source>&amp;Place of the check:</source>
        <translation>Текшерүү &amp;жери:</translation>
    </message>
    <message>
        <source>market, shop or village</source>
        <translation>базар, дүкөн же айыл</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Коюу</translation>
    </message>
    <message>
        <source>Check the code or the picture on the clipboard</source>
        <translation>Алмашуу буфериндеги кодду же сүрөттү текшерүү</translation>
    </message>
    <message>
        <source>Open an image…</source>
        <translation>Сүрөт ачуу…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Open a complaint…</source>
        <translation>Даттануу ачуу…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <source>What the code says</source>
        <translation>Коддо эмне жазылган</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Сериялык номер</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Кол коюлган күнү</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Күчүндө болуу мөөнөтү</translation>
    </message>
    <message>
        <source>Recorded as spoiled</source>
        <translation>Жараксыз деп катталган</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Текшерилди</translation>
    </message>
    <message>
        <source>Seen before, the first sighting first ({count})</source>
        <translation>Мурда кездешкен жерлери, эң биринчиси башында (саны: {count})</translation>
    </message>
    <message>
        <source>{count} codes in the image, {failed} of them not genuine and valid:</source>
        <translation>Сүрөттө коддор: {count}, алардын ичинен чыныгы жана күчүндө эместери: {failed}</translation>
    </message>
    <message>
        <source>Today&apos;s checks ({count})</source>
        <translation>Бүгүнкү текшерүүлөр ({count})</translation>
    </message>
    <message>
        <source>Complaints ({open} open)</source>
        <translation>Даттануулар (ачыгы: {open})</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Сүрөт окулууда…</translation>
    </message>
    <message>
        <source>The clipboard holds no code or image.</source>
        <translation>Алмашуу буферинде код да, сүрөт да жок.</translation>
    </message>
    <message>
        <source>Open a photo or scan of labels</source>
        <translation>Этикеткалардын сүрөтүн же сканын ачуу</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Сүрөттөр ({patterns})</translation>
    </message>
    <message>
        <source>No camera could be opened.</source>
        <translation>Камераны ачуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Complaint № {number} is opened ({state}).</source>
        <translation>№ {number} даттануу ачылды (абалы: {state}).</translation>
    </message>
    <message>
        <source>Export today&apos;s checks</source>
        <translation>Бүгүнкү текшерүүлөрдү экспорттоо</translation>
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
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Checks {day}</source>
        <translation>Текшерүүлөр {day}</translation>
    </message>
    <message>
        <source>{count} checks written to {path}.</source>
        <translation>Текшерүүлөр ({count}) {path} файлына жазылды.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Scan a label, or drop a photo of it here</source>
        <translation>Этикетканы сканерлеңиз же анын сүрөтүн бул жерге таштаңыз</translation>
    </message>
    <message>
        <source>The scanner types into the field above and Enter checks the code. A photo of a whole sheet checks every label on it.</source>
        <translation>Сканер жогорудагы талаага терет, Enter кодду текшерет. Бүтүндөй барактын сүрөтү андагы ар бир этикетканы текшерет.</translation>
    </message>
    <message>
        <source>The certificate was replaced by {number}, which keeps its labels.</source>
        <translation>Сертификаттын ордуна {number} берилген, анын этикеткалары күчүндө калат.</translation>
    </message>
</context>
<context>
    <name>verifydesk</name>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Сериялык номер</translation>
    </message>
    <message>
        <source>Recorded as spoiled</source>
        <translation>Жараксыз деп катталган</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Күчүндө болуу мөөнөтү</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Текшерилди</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>scanned or typed</source>
        <translation>сканерленген же терилген</translation>
    </message>
    <message>
        <source>read from a file</source>
        <translation>файлдан окулган</translation>
    </message>
    <message>
        <source>read from an image</source>
        <translation>сүрөттөн окулган</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>буферден коюлган</translation>
    </message>
    <message>
        <source>read by the camera</source>
        <translation>камера менен окулган</translation>
    </message>
    <message>
        <source>Code read</source>
        <translation>Код окулду</translation>
    </message>
    <message>
        <source>A label&apos;s code, {how}</source>
        <translation>Этикетканын коду, {how}</translation>
    </message>
    <message>
        <source>A certificate&apos;s code, {how}</source>
        <translation>Сертификаттын коду, {how}</translation>
    </message>
    <message>
        <source>A committee&apos;s code, {how}</source>
        <translation>Комитеттин коду, {how}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Кол тамга</translation>
    </message>
    <message>
        <source>Not checked: no code.</source>
        <translation>Текшерилген жок: код жок.</translation>
    </message>
    <message>
        <source>Matches the committee&apos;s key.</source>
        <translation>Комитеттин ачкычына дал келет.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ачкыч</translation>
    </message>
    <message>
        <source>Not checked: no trusted key.</source>
        <translation>Текшерилген жок: ишенимдүү ачкыч жок.</translation>
    </message>
    <message>
        <source>this committee&apos;s key</source>
        <translation>ушул комитеттин ачкычы</translation>
    </message>
    <message>
        <source>signs from {start} to {end}</source>
        <translation>кол коюу мөөнөтү: {start} – {end}</translation>
    </message>
    <message>
        <source>signs from {start}</source>
        <translation>кол коюу мөөнөтүнүн башы: {start}</translation>
    </message>
    <message>
        <source>reported compromised on {day}</source>
        <translation>коопсуздугу бузулганы кабарланган күн: {day}</translation>
    </message>
    <message>
        <source>not reported compromised</source>
        <translation>коопсуздугу бузулганы кабарланган эмес</translation>
    </message>
    <message>
        <source>In force until {until}</source>
        <translation>{until} чейин күчүндө</translation>
    </message>
    <message>
        <source>Expired: valid until {until}</source>
        <translation>Мөөнөтү бүткөн: {until} чейин күчүндө болгон</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Убактылуу токтотулган</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Кайтарылып алынган</translation>
    </message>
    <message>
        <source>Certificate status</source>
        <translation>Сертификаттын абалы</translation>
    </message>
    <message>
        <source>Not checked: not genuine.</source>
        <translation>Текшерилген жок: чыныгы эмес.</translation>
    </message>
    <message>
        <source>status as of {time}</source>
        <translation>{time} абалы боюнча</translation>
    </message>
    <message>
        <source>out of date: import a newer status list</source>
        <translation>эскирген: жаңыраак абал тизмесин импорттоңуз</translation>
    </message>
    <message>
        <source>Label serial</source>
        <translation>Этикетканын сериялык номери</translation>
    </message>
    <message>
        <source>A certificate&apos;s code has no serial.</source>
        <translation>Сертификаттын кодунда сериялык номер жок.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Текшерилген жок.</translation>
    </message>
    <message>
        <source>Serial {serial}: the other committee keeps its own label stock.</source>
        <translation>Сериялык номер {serial}: этикеткаларды башка комитет өзү эсепке алат.</translation>
    </message>
    <message>
        <source>Serial {serial} was never printed: {printed} printed for this lot.</source>
        <translation>{serial} сериялык номери эч качан басылган эмес: бул партия үчүн басылганы — {printed}.</translation>
    </message>
    <message>
        <source>Serial {serial} is recorded as spoiled ({why}) and not printed again.</source>
        <translation>{serial} сериялык номери жараксыз деп катталган ({why}) жана кайра басылган эмес.</translation>
    </message>
    <message numerus="yes">
        <source>Serial {serial} of %Ln printed for this lot.</source>
        <translation>
            <numerusform>Сериялык номер {serial}; бул партия үчүн басылганы — %Ln.</numerusform>
            <numerusform>Сериялык номер {serial}; бул партия үчүн басылганы — %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan history</source>
        <translation>Текшерүүлөрдүн тарыхы</translation>
    </message>
    <message>
        <source>Not a printed label.</source>
        <translation>Басылган этикетка эмес.</translation>
    </message>
    <message>
        <source>First check of this label.</source>
        <translation>Бул этикетка биринчи жолу текшерилүүдө.</translation>
    </message>
    <message>
        <source>Earlier checks: {count}, at other places too: see where and when.</source>
        <translation>Мурунку текшерүүлөр: {count}, башка жерлерде да: кайда жана качан экенин караңыз.</translation>
    </message>
    <message>
        <source>Earlier checks: {count}, all at this place.</source>
        <translation>Мурунку текшерүүлөр: {count}, баары ушул жерде.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ачык</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабык</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Даттануу</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Ким текшерди</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ачылган күнү</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Ким ачты</translation>
    </message>
</context>
</TS>
