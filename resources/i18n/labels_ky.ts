<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation>Принтерди тууралоо</translation>
    </message>
    <message>
        <source>Print the outline page on plain paper at 100%, hold it against a sheet of labels up to the light, and measure how far the outlines are from the labels. Type how far to move the print: right and down are positive, left and up negative.</source>
        <translation>Контур барагын жөнөкөй кагазга 100&#xa0;% масштабда басып, этикетка барагына кошуп жарыкка кармаңыз жана контурлар этикеткалардан канчалык алыс экенин өлчөңүз. Басууну канчага жылдыруу керектигин жазыңыз: оңго жана ылдый — оң сан, солго жана өйдө — терс сан.</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Этикетка кагазы</translation>
    </message>
    <message>
        <source>Move right (mm)</source>
        <translation>Оңго жылдыруу (мм)</translation>
    </message>
    <message>
        <source>Move down (mm)</source>
        <translation>Ылдый жылдыруу (мм)</translation>
    </message>
    <message>
        <source>Print the outline page…</source>
        <translation>Контур барагын басып чыгаруу…</translation>
    </message>
    <message>
        <source>Save the outline page…</source>
        <translation>Контур барагын сактоо…</translation>
    </message>
    <message>
        <source>Outline page printed.</source>
        <translation>Контур барагы басылды.</translation>
    </message>
    <message>
        <source>Save the outline page as</source>
        <translation>Контур барагын сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
    <message>
        <source>Outline page written to {path}.</source>
        <translation>Контур барагы жазылды: {path}.</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Record a lot</source>
        <translation>Партияны каттоо</translation>
    </message>
    <message>
        <source>Certificate {number}, {producer}</source>
        <translation>{number} сертификаты, {producer}</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Партиянын номери</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Produced on</source>
        <translation>Өндүрүлгөн күнү</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Жарактуулук мөөнөтү</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Record a lot…</source>
        <translation>Партияны каттоо…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Этикеткаларды басуу…</translation>
    </message>
    <message>
        <source>Spoiled labels…</source>
        <translation>Жараксыз этикеткалар…</translation>
    </message>
    <message>
        <source>It was printed</source>
        <translation>Басылган</translation>
    </message>
    <message>
        <source>It was not printed</source>
        <translation>Басылган эмес</translation>
    </message>
    <message>
        <source>Choose a certificate in force to see its lots.</source>
        <translation>Партияларын көрүү үчүн күчүндөгү сертификатты тандаңыз.</translation>
    </message>
    <message>
        <source>Number, producer or product</source>
        <translation>Номер, өндүрүүчү же продукция</translation>
    </message>
    <message>
        <source>Reprint spoiled…</source>
        <translation>Жараксыздарын кайра басуу…</translation>
    </message>
    <message>
        <source>Import gLabels templates…</source>
        <translation>gLabels калыптарын импорттоо…</translation>
    </message>
    <message>
        <source>Printer calibration…</source>
        <translation>Принтерди тууралоо…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Азыр кулпулоо</translation>
    </message>
    <message>
        <source>Key unlocked, locks in {minutes} min</source>
        <translation>Ачкыч ачык, {minutes} мүнөттөн кийин кулпуланат</translation>
    </message>
    <message>
        <source>Certificate {number}: {producer} — {products}, valid until {until}. Lots: {lots}.</source>
        <translation>{number} сертификаты: {producer} — {products}, {until} чейин күчүндө. Партиялар: {lots}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>азырынча жок</translation>
    </message>
    <message>
        <source>Lot {lot}: {allocated} serials issued — {printed} printed (of which {reprinted} printed again), {spoiled} spoiled, {pending} in jobs not confirmed.</source>
        <translation>{lot} партиясы: {allocated} сериялык номер берилген — {printed} басылган (анын ичинен {reprinted} кайра басылган), {spoiled} жараксыз, {pending} ырасталбаган тапшырмаларда.</translation>
    </message>
    <message>
        <source>Spoiled: {runs}</source>
        <translation>Жараксыз: {runs}</translation>
    </message>
    <message>
        <source>Print job {job} of {at} (serials {serials}) never reported: was it printed?</source>
        <translation>{at} күнкү {job} басуу тапшырмасы (номерлер {serials}) жыйынтыгын билдирген эмес: басылганбы?</translation>
    </message>
    <message>
        <source>Printer offsets of {stock} kept: right {dx} mm, down {dy} mm.</source>
        <translation>{stock} үчүн принтердин жылыштары сакталды: оңго {dx} мм, ылдый {dy} мм.</translation>
    </message>
    <message>
        <source>Import gLabels templates</source>
        <translation>gLabels калыптарын импорттоо</translation>
    </message>
    <message>
        <source>gLabels templates (*.xml *.glabels)</source>
        <translation>gLabels калыптары (*.xml *.glabels)</translation>
    </message>
    <message>
        <source>{added} templates added, {skipped} already known or too small for a code.</source>
        <translation>{added} калып кошулду, {skipped} мурунтан белгилүү же код үчүн өтө кичине.</translation>
    </message>
    <message>
        <source>Record the labels of job {job} as spoiled, ready for a reprint?</source>
        <translation>{job} тапшырмасынын этикеткаларын жараксыз деп каттап, кайра басууга даярдайлыбы?</translation>
    </message>
    <message>
        <source>Record as spoiled</source>
        <translation>Бузулган деп каттоо</translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) of lot {lot}, serials {serials}, sent to {printer}.</source>
        <translation>
            <numerusform>{lot} партиясынын %Ln этикеткасы, номерлер {serials}, принтерге жөнөтүлдү: {printer}.</numerusform>
            <numerusform>{lot} партиясынын %Ln этикеткасы, номерлер {serials}, принтерге жөнөтүлдү: {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) of lot {lot}, serials {serials}, written to {path}.</source>
        <translation>
            <numerusform>{lot} партиясынын %Ln этикеткасы, номерлер {serials}, {path} файлына жазылды.</numerusform>
            <numerusform>{lot} партиясынын %Ln этикеткасы, номерлер {serials}, {path} файлына жазылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintLabelsDialog</name>
    <message>
        <source>Print labels</source>
        <translation>Этикеткаларды басуу</translation>
    </message>
    <message>
        <source>Lot {lot}: spoiled labels {serials} printed again, same serials</source>
        <translation>{lot} партиясы: бузулган {serials} этикеткалары ошол эле номерлер менен кайра басылат</translation>
    </message>
    <message>
        <source>Lot {lot} of {product}: {left} pieces without a label</source>
        <translation>{product} продукциясынын {lot} партиясы: этикеткасыз {left} даана</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Этикетка кагазы</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикеткалар</translation>
    </message>
    <message>
        <source>First free position on the sheet</source>
        <translation>Барактагы биринчи бош орун</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF файлы</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Кол коюу ачкычынын сырсөзү</translation>
    </message>
    <message>
        <source>{count} per sheet</source>
        <translation>баракта {count}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF сактоо</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Азыр кулпулоо</translation>
    </message>
    <message>
        <source>Grey: used. Labels on this sheet: {here}, from position {start}; sheets in all: {pages}.</source>
        <translation>Боз: колдонулган. Бул барактагы этикеткалар: {here}, баштапкы орун: {start}; бардык барактар: {pages}.</translation>
    </message>
    <message>
        <source>Key unlocked, locks in {minutes} min</source>
        <translation>Ачкыч ачык, {minutes} мүнөттөн кийин кулпуланат</translation>
    </message>
    <message>
        <source>The sheets as they will print, with the printer offset of this label stock; the codes are placeholders until printing.</source>
        <translation>Барактар басыла турган түрүндө, ушул этикетка кагазынын принтер жылышы менен; коддор басылганга чейин үлгү гана.</translation>
    </message>
    <message>
        <source>First {shown} sheets of {pages} shown.</source>
        <translation>{pages} барактын алгачкы {shown} барагы көрсөтүлдү.</translation>
    </message>
    <message>
        <source>Save the labels as</source>
        <translation>Этикеткаларды сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled: no file was written; serials already taken are recorded as spoiled, ready for a reprint.</source>
        <translation>Токтотулду: файл жазылган жок; алынып калган номерлер жараксыз деп катталды, кайра басууга даяр.</translation>
    </message>
</context>
<context>
    <name>SheetPicker</name>
    <message numerus="yes">
        <source>Sheet of %n label(s): positions 1 to {used} used, printing from {start}, {count} on this sheet. Arrow keys choose the first free position.</source>
        <translation>
            <numerusform>%n этикеткалуу барак: 1–{used} орундар колдонулган, басуу башталган орун: {start}, бул баракта: {count}. Жебе баскычтары биринчи бош орунду тандайт.</numerusform>
            <numerusform>%n этикеткалуу барак: 1–{used} орундар колдонулган, басуу башталган орун: {start}, бул баракта: {count}. Жебе баскычтары биринчи бош орунду тандайт.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpoilDialog</name>
    <message>
        <source>Spoiled labels</source>
        <translation>Жараксыз этикеткалар</translation>
    </message>
    <message>
        <source>Lot {lot}: serials 1 to {allocated} issued</source>
        <translation>{lot} партиясы: берилген номерлер 1–{allocated}</translation>
    </message>
    <message>
        <source>e.g. 5, 7-9</source>
        <translation>мисалы, 5, 7-9</translation>
    </message>
    <message>
        <source>Serials</source>
        <translation>Номерлер</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
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
        <source>Produced</source>
        <translation>Өндүрүлгөн</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Басылган</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Жараксыз</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Ырасталбаган</translation>
    </message>
    <message>
        <source>Without a label</source>
        <translation>Этикеткасыз</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Serials</source>
        <translation>Номерлер</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикеткалар</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Этикетка кагазы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
</context>
</TS>
