<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Open a complaint</source>
        <translation>Открыть жалобу</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Scan a label or type its code, then Enter</source>
        <translation>Отсканируйте этикетку или введите её код, затем Enter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>&amp;Place of the check:</source>
        <translation>&amp;Место проверки:</translation>
    </message>
    <message>
        <source>market, shop or village</source>
        <translation>рынок, магазин или село</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Check the code or the picture on the clipboard</source>
        <translation>Проверить код или картинку из буфера обмена</translation>
    </message>
    <message>
        <source>Open an image…</source>
        <translation>Открыть изображение…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Open a complaint…</source>
        <translation>Открыть жалобу…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>What the code says</source>
        <translation>Что говорит код</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
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
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписи</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Recorded as spoiled</source>
        <translation>Отмечена как испорченная</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Seen before, the first sighting first ({count})</source>
        <translation>Встречалась раньше, сначала первая встреча ({count})</translation>
    </message>
    <message>
        <source>{count} codes in the image, {failed} of them not genuine and valid:</source>
        <translation>Кодов на изображении: {count}, из них не подлинных и действующих: {failed}</translation>
    </message>
    <message>
        <source>Today&apos;s checks ({count})</source>
        <translation>Проверки сегодня ({count})</translation>
    </message>
    <message>
        <source>Complaints ({open} open)</source>
        <translation>Жалобы (открытых: {open})</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Изображение читается…</translation>
    </message>
    <message>
        <source>The clipboard holds no code or image.</source>
        <translation>В буфере обмена нет ни кода, ни изображения.</translation>
    </message>
    <message>
        <source>Open a photo or scan of labels</source>
        <translation>Открыть фото или скан этикеток</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <source>No camera could be opened.</source>
        <translation>Не удалось открыть камеру.</translation>
    </message>
    <message>
        <source>Complaint № {number} is opened ({state}).</source>
        <translation>Жалоба № {number} открыта (состояние: {state}).</translation>
    </message>
    <message>
        <source>Export today&apos;s checks</source>
        <translation>Экспорт сегодняшних проверок</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Электронная таблица (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Checks {day}</source>
        <translation>Проверки {day}</translation>
    </message>
    <message>
        <source>{count} checks written to {path}.</source>
        <translation>Проверок записано: {count}, файл {path}.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Scan a label, or drop a photo of it here</source>
        <translation>Отсканируйте этикетку или перетащите сюда её фото</translation>
    </message>
    <message>
        <source>The scanner types into the field above and Enter checks the code. A photo of a whole sheet checks every label on it.</source>
        <translation>Сканер вводит код в поле выше, Enter проверяет его. Фото целого листа проверяет каждую этикетку на нём.</translation>
    </message>
    <message>
        <source>The certificate was replaced by {number}, which keeps its labels.</source>
        <translation>Сертификат заменён сертификатом {number}, его этикетки остаются в силе.</translation>
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
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Recorded as spoiled</source>
        <translation>Отмечена как испорченная</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>scanned or typed</source>
        <translation>отсканирован или введён</translation>
    </message>
    <message>
        <source>read from a file</source>
        <translation>прочитан из файла</translation>
    </message>
    <message>
        <source>read from an image</source>
        <translation>прочитан с изображения</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>вставлен из буфера</translation>
    </message>
    <message>
        <source>read by the camera</source>
        <translation>прочитан камерой</translation>
    </message>
    <message>
        <source>Code read</source>
        <translation>Код прочитан</translation>
    </message>
    <message>
        <source>A label&apos;s code, {how}</source>
        <translation>Код этикетки, {how}</translation>
    </message>
    <message>
        <source>A certificate&apos;s code, {how}</source>
        <translation>Код сертификата, {how}</translation>
    </message>
    <message>
        <source>A committee&apos;s code, {how}</source>
        <translation>Код комитета, {how}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Not checked: no code.</source>
        <translation>Не проверялась: кода нет.</translation>
    </message>
    <message>
        <source>Matches the committee&apos;s key.</source>
        <translation>Совпадает с ключом комитета.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Not checked: no trusted key.</source>
        <translation>Не проверялся: нет доверенного ключа.</translation>
    </message>
    <message>
        <source>this committee&apos;s key</source>
        <translation>ключ этого комитета</translation>
    </message>
    <message>
        <source>signs from {start} to {end}</source>
        <translation>подписывает с {start} по {end}</translation>
    </message>
    <message>
        <source>signs from {start}</source>
        <translation>подписывает с {start}</translation>
    </message>
    <message>
        <source>reported compromised on {day}</source>
        <translation>скомпрометирован с {day}</translation>
    </message>
    <message>
        <source>not reported compromised</source>
        <translation>о компрометации не сообщалось</translation>
    </message>
    <message>
        <source>In force until {until}</source>
        <translation>Действителен до {until}</translation>
    </message>
    <message>
        <source>Expired: valid until {until}</source>
        <translation>Срок истёк: действовал до {until}</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Certificate status</source>
        <translation>Статус сертификата</translation>
    </message>
    <message>
        <source>Not checked: not genuine.</source>
        <translation>Не проверялся: код не подлинный.</translation>
    </message>
    <message>
        <source>status as of {time}</source>
        <translation>статус на {time}</translation>
    </message>
    <message>
        <source>out of date: import a newer status list</source>
        <translation>устарел: импортируйте более новый список статусов</translation>
    </message>
    <message>
        <source>Label serial</source>
        <translation>Серийный номер этикетки</translation>
    </message>
    <message>
        <source>A certificate&apos;s code has no serial.</source>
        <translation>В коде сертификата нет серийного номера.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Не проверялся.</translation>
    </message>
    <message>
        <source>Serial {serial}: the other committee keeps its own label stock.</source>
        <translation>Серийный номер {serial}: этикетки учитывает другой комитет.</translation>
    </message>
    <message>
        <source>Serial {serial} was never printed: {printed} printed for this lot.</source>
        <translation>Серийный номер {serial} никогда не печатался: для этой партии напечатано {printed}.</translation>
    </message>
    <message>
        <source>Serial {serial} is recorded as spoiled ({why}) and not printed again.</source>
        <translation>Серийный номер {serial} отмечен как испорченный ({why}) и не перепечатан.</translation>
    </message>
    <message numerus="yes">
        <source>Serial {serial} of %Ln printed for this lot.</source>
        <translation>
            <numerusform>Серийный номер {serial} из %Ln напечатанного для этой партии.</numerusform>
            <numerusform>Серийный номер {serial} из %Ln напечатанных для этой партии.</numerusform>
            <numerusform>Серийный номер {serial} из %Ln напечатанных для этой партии.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan history</source>
        <translation>История проверок</translation>
    </message>
    <message>
        <source>Not a printed label.</source>
        <translation>Не напечатанная этикетка.</translation>
    </message>
    <message>
        <source>First check of this label.</source>
        <translation>Эта этикетка проверяется впервые.</translation>
    </message>
    <message>
        <source>Earlier checks: {count}, at other places too: see where and when.</source>
        <translation>Прежних проверок: {count}, в том числе в других местах: см. где и когда.</translation>
    </message>
    <message>
        <source>Earlier checks: {count}, all at this place.</source>
        <translation>Прежних проверок: {count}, все в этом месте.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Кто проверил</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Кто открыл</translation>
    </message>
</context>
</TS>
