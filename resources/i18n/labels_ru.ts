<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation>Калибровка принтера</translation>
    </message>
    <message>
        <source>Print the outline page on plain paper at 100%, hold it against a sheet of labels up to the light, and measure how far the outlines are from the labels. Type how far to move the print: right and down are positive, left and up negative.</source>
        <translation>Напечатайте страницу контуров на простой бумаге в масштабе 100&#xa0;%, приложите её к листу этикеток на просвет и измерьте, насколько контуры смещены относительно этикеток. Укажите, на сколько сдвинуть печать: вправо и вниз — положительные числа, влево и вверх — отрицательные.</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Этикеточный материал</translation>
    </message>
    <message>
        <source>Move right (mm)</source>
        <translation>Сдвиг вправо (мм)</translation>
    </message>
    <message>
        <source>Move down (mm)</source>
        <translation>Сдвиг вниз (мм)</translation>
    </message>
    <message>
        <source>Print the outline page…</source>
        <translation>Напечатать страницу контуров…</translation>
    </message>
    <message>
        <source>Save the outline page…</source>
        <translation>Сохранить страницу контуров…</translation>
    </message>
    <message>
        <source>Outline page printed.</source>
        <translation>Страница контуров напечатана.</translation>
    </message>
    <message>
        <source>Save the outline page as</source>
        <translation>Сохранить страницу контуров как</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Outline page written to {path}.</source>
        <translation>Страница контуров записана в {path}.</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Record a lot</source>
        <translation>Записать партию</translation>
    </message>
    <message>
        <source>Certificate {number}, {producer}</source>
        <translation>Сертификат {number}, {producer}</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Номер партии</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Produced on</source>
        <translation>Дата производства</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Годен до</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Record a lot…</source>
        <translation>Записать партию…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Печать этикеток…</translation>
    </message>
    <message>
        <source>Spoiled labels…</source>
        <translation>Испорченные этикетки…</translation>
    </message>
    <message>
        <source>It was printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>It was not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>Choose a certificate in force to see its lots.</source>
        <translation>Выберите действующий сертификат, чтобы увидеть его партии.</translation>
    </message>
    <message>
        <source>Number, producer or product</source>
        <translation>Номер, производитель или продукция</translation>
    </message>
    <message>
        <source>Reprint spoiled…</source>
        <translation>Перепечатать испорченные…</translation>
    </message>
    <message>
        <source>Import gLabels templates…</source>
        <translation>Импорт шаблонов gLabels…</translation>
    </message>
    <message>
        <source>Printer calibration…</source>
        <translation>Калибровка принтера…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Закрыть сейчас</translation>
    </message>
    <message>
        <source>Key unlocked, locks in {minutes} min</source>
        <translation>Ключ открыт, закроется через {minutes} мин</translation>
    </message>
    <message>
        <source>Certificate {number}: {producer} — {products}, valid until {until}. Lots: {lots}.</source>
        <translation>Сертификат {number}: {producer} — {products}, действителен до {until}. Партий: {lots}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Lot {lot}: {allocated} serials issued — {printed} printed (of which {reprinted} printed again), {spoiled} spoiled, {pending} in jobs not confirmed.</source>
        <translation>Партия {lot}: выдано серийных номеров {allocated} — напечатано {printed} (из них перепечатано {reprinted}), испорчено {spoiled}, в неподтверждённых заданиях {pending}.</translation>
    </message>
    <message>
        <source>Spoiled: {runs}</source>
        <translation>Испорчены: {runs}</translation>
    </message>
    <message>
        <source>Print job {job} of {at} (serials {serials}) never reported: was it printed?</source>
        <translation>Задание печати {job} от {at} (номера {serials}) не сообщило о результате: было ли оно напечатано?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) of lot {lot}, serials {serials}, sent to {printer}.</source>
        <translation>
            <numerusform>%Ln этикетка партии {lot}, № {serials}, отправлена на {printer}.</numerusform>
            <numerusform>%Ln этикетки партии {lot}, № {serials}, отправлены на {printer}.</numerusform>
            <numerusform>%Ln этикеток партии {lot}, № {serials}, отправлены на {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) of lot {lot}, serials {serials}, written to {path}.</source>
        <translation>
            <numerusform>%Ln этикетка партии {lot}, № {serials}, записана в {path}.</numerusform>
            <numerusform>%Ln этикетки партии {lot}, № {serials}, записаны в {path}.</numerusform>
            <numerusform>%Ln этикеток партии {lot}, № {serials}, записаны в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer offsets of {stock} kept: right {dx} mm, down {dy} mm.</source>
        <translation>Сдвиги принтера для {stock} сохранены: вправо {dx} мм, вниз {dy} мм.</translation>
    </message>
    <message>
        <source>Import gLabels templates</source>
        <translation>Импорт шаблонов gLabels</translation>
    </message>
    <message>
        <source>gLabels templates (*.xml *.glabels)</source>
        <translation>Шаблоны gLabels (*.xml *.glabels)</translation>
    </message>
    <message>
        <source>{added} templates added, {skipped} already known or too small for a code.</source>
        <translation>Добавлено шаблонов: {added}; {skipped} уже известны или слишком малы для кода.</translation>
    </message>
    <message>
        <source>Record the labels of job {job} as spoiled, ready for a reprint?</source>
        <translation>Записать этикетки задания {job} как испорченные, для повторной печати?</translation>
    </message>
    <message>
        <source>Record as spoiled</source>
        <translation>Записать как испорченные</translation>
    </message>
</context>
<context>
    <name>PrintLabelsDialog</name>
    <message>
        <source>Print labels</source>
        <translation>Печать этикеток</translation>
    </message>
    <message>
        <source>Lot {lot}: spoiled labels {serials} printed again, same serials</source>
        <translation>Партия {lot}: испорченные этикетки {serials} печатаются заново с теми же номерами</translation>
    </message>
    <message>
        <source>Lot {lot} of {product}: {left} pieces without a label</source>
        <translation>Партия {lot} продукции «{product}»: без этикетки {left} шт.</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Этикеточный материал</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикеток</translation>
    </message>
    <message>
        <source>First free position on the sheet</source>
        <translation>Первая свободная позиция на листе</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Файл PDF</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Пароль ключа подписи</translation>
    </message>
    <message>
        <source>{count} per sheet</source>
        <translation>{count} на листе</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Закрыть сейчас</translation>
    </message>
    <message>
        <source>Grey: used. Labels on this sheet: {here}, from position {start}; sheets in all: {pages}.</source>
        <translation>Серые: использованы. Этикеток на этом листе: {here}, с позиции {start}; всего листов: {pages}.</translation>
    </message>
    <message>
        <source>Key unlocked, locks in {minutes} min</source>
        <translation>Ключ открыт, закроется через {minutes} мин</translation>
    </message>
    <message>
        <source>The sheets as they will print, with the printer offset of this label stock; the codes are placeholders until printing.</source>
        <translation>Листы так, как они будут напечатаны, со сдвигом принтера для этой бумаги; коды — заглушки до печати.</translation>
    </message>
    <message>
        <source>First {shown} sheets of {pages} shown.</source>
        <translation>Показаны первые листы: {shown} из {pages}.</translation>
    </message>
    <message>
        <source>Save the labels as</source>
        <translation>Сохранить этикетки как</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled: no file was written; serials already taken are recorded as spoiled, ready for a reprint.</source>
        <translation>Отменено: файл не записан; уже взятые номера записаны как испорченные и готовы к повторной печати.</translation>
    </message>
</context>
<context>
    <name>SheetPicker</name>
    <message numerus="yes">
        <source>Sheet of %n label(s): positions 1 to {used} used, printing from {start}, {count} on this sheet. Arrow keys choose the first free position.</source>
        <translation>
            <numerusform>Лист на %n этикетку: позиции с 1 по {used} использованы, печать с позиции {start}, на этом листе {count}. Клавиши со стрелками выбирают первую свободную позицию.</numerusform>
            <numerusform>Лист на %n этикетки: позиции с 1 по {used} использованы, печать с позиции {start}, на этом листе {count}. Клавиши со стрелками выбирают первую свободную позицию.</numerusform>
            <numerusform>Лист на %n этикеток: позиции с 1 по {used} использованы, печать с позиции {start}, на этом листе {count}. Клавиши со стрелками выбирают первую свободную позицию.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpoilDialog</name>
    <message>
        <source>Spoiled labels</source>
        <translation>Испорченные этикетки</translation>
    </message>
    <message>
        <source>Lot {lot}: serials 1 to {allocated} issued</source>
        <translation>Партия {lot}: выданы номера с 1 по {allocated}</translation>
    </message>
    <message>
        <source>e.g. 5, 7-9</source>
        <translation>например, 5, 7-9</translation>
    </message>
    <message>
        <source>Serials</source>
        <translation>Номера</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
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
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Произведено</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Испорчено</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <source>Without a label</source>
        <translation>Без этикетки</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Serials</source>
        <translation>Номера</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикетки</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Этикеточный материал</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
</context>
</TS>
