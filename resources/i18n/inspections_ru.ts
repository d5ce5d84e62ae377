<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CriterionRow</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критический</translation>
    </message>
    <message>
        <source>score 0–{maximum}</source>
        <translation>оценка: 0–{maximum}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>не оценивается</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>коэффициент {weight}</translation>
    </message>
    <message>
        <source>Add photos from files…</source>
        <translation>Добавить фото из файлов…</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>Вставить фото</translation>
    </message>
    <message>
        <source>Photos: choose files, drop them here or paste</source>
        <translation>Фото: выберите файлы, перетащите сюда или вставьте</translation>
    </message>
    <message>
        <source>allowed {low}–{high}{unit}</source>
        <translation>допустимо {low}–{high}{unit}</translation>
    </message>
    <message>
        <source>at most {high}{unit}</source>
        <translation>не более {high}{unit}</translation>
    </message>
    <message>
        <source>at least {low}{unit}</source>
        <translation>не менее {low}{unit}</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Photos for criterion {code}</source>
        <translation>Фото к критерию {code}</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>weight {weight}</source>
        <translation>коэффициент {weight}</translation>
    </message>
    <message>
        <source>Critical criterion not met:</source>
        <translation>Критический критерий не выполнен:</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <source>← Inspections</source>
        <translation>← Проверки</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Sample lot</source>
        <translation>Пробная партия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Add a non-conformity…</source>
        <translation>Добавить несоответствие…</translation>
    </message>
    <message>
        <source>Mark as corrected</source>
        <translation>Отметить как исправленное</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Submit…</source>
        <translation>Отправить…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Печать акта…</translation>
    </message>
    <message>
        <source>The inspection report as a PDF: answers, score, photos, non-conformities</source>
        <translation>Акт проверки в PDF: ответы, баллы, фото, несоответствия</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Non-conformities ({count})</source>
        <translation>Несоответствия ({count})</translation>
    </message>
    <message>
        <source>Submitted: answers can no longer change.</source>
        <translation>Отправлена: ответы больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Submit this inspection to the committee?</source>
        <translation>Отправить эту проверку в комитет?</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>After submitting, the answers can no longer change.</source>
        <translation>После отправки ответы изменить нельзя.</translation>
    </message>
    <message>
        <source>Save the inspection report as</source>
        <translation>Сохранить акт проверки как</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>Акт записан в {path}.</translation>
    </message>
    <message>
        <source>Remove this photo from the inspection?</source>
        <translation>Удалить это фото из проверки?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Only {name}, who started this draft, changes it.</source>
        <translation>Черновик изменяет только начавший его инспектор: {name}.</translation>
    </message>
    <message>
        <source>Save the changes to this inspection?</source>
        <translation>Сохранить изменения этой проверки?</translation>
    </message>
</context>
<context>
    <name>NonConformityDialog</name>
    <message>
        <source>(the whole product)</source>
        <translation>(продукт в целом)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Корректирующее действие</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>by this date:</source>
        <translation>до даты:</translation>
    </message>
    <message>
        <source>Non-conformity</source>
        <translation>Несоответствие</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Search: product, producer, inspector</source>
        <translation>Поиск: продукт, производитель, инспектор</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>Новая проверка…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln inspection(s)</source>
        <translation>
            <numerusform>{shown} из %Ln проверки</numerusform>
            <numerusform>{shown} из %Ln проверок</numerusform>
            <numerusform>{shown} из %Ln проверок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Photo for criterion {code}</source>
        <translation>Фото к критерию {code}</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Загрузка фото…</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} пикселей</translation>
    </message>
</context>
<context>
    <name>PhotoThumbnail</name>
    <message>
        <source>Click to see the photo whole</source>
        <translation>Нажмите, чтобы увидеть фото целиком</translation>
    </message>
    <message>
        <source>Remove this photo</source>
        <translation>Удалить это фото</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>{score} of 100</source>
        <translation>{score} из 100</translation>
    </message>
    <message>
        <source>Pass mark: {mark}</source>
        <translation>Проходной балл: {mark}</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n звезда</numerusform>
            <numerusform>%n звезды</numerusform>
            <numerusform>%n звёзд</numerusform>
        </translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Пройдена</translation>
    </message>
    <message>
        <source>Does not pass</source>
        <translation>Не пройдена</translation>
    </message>
    <message>
        <source>not answered yet: {count}</source>
        <translation>без ответа: {count}</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Find a product</source>
        <translation>Найти продукт</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Sample lot</source>
        <translation>Пробная партия</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Новая проверка</translation>
    </message>
    <message>
        <source>product or producer, any part of the name</source>
        <translation>продукт или производитель, любая часть названия</translation>
    </message>
    <message>
        <source>village, workshop or market</source>
        <translation>село, цех или рынок</translation>
    </message>
    <message>
        <source>No standard for this category yet.</source>
        <translation>Для этой категории пока нет стандарта.</translation>
    </message>
    <message>
        <source>none: an initial inspection</source>
        <translation>нет: первичная инспекция</translation>
    </message>
    <message>
        <source>this product has no certificate</source>
        <translation>у этого продукта нет сертификата</translation>
    </message>
    <message>
        <source>Choose the product to inspect.</source>
        <translation>Выберите продукт для проверки.</translation>
    </message>
</context>
<context>
    <name>_Choices</name>
    <message>
        <source>Clear the answer</source>
        <translation>Очистить ответ</translation>
    </message>
</context>
<context>
    <name>inspection form</name>
    <message>
        <source>The score {value} is below the pass mark {minimum}.</source>
        <translation>Балл {value} ниже проходного ({minimum}).</translation>
    </message>
    <message>
        <source>{code} {text}: the answer is “no”.</source>
        <translation>{code} {text}: ответ «нет».</translation>
    </message>
    <message>
        <source>{code} {text}: {value} of {maximum}, less than half.</source>
        <translation>{code} {text}: {value} из {maximum}, меньше половины.</translation>
    </message>
    <message>
        <source>{code} {text}: {value}{unit} is above the maximum {maximum}{unit} by {by}{unit}.</source>
        <translation>{code} {text}: {value}{unit} выше максимума {maximum}{unit} на {by}{unit}.</translation>
    </message>
    <message>
        <source>{code} {text}: {value}{unit} is below the minimum {minimum}{unit} by {by}{unit}.</source>
        <translation>{code} {text}: {value}{unit} ниже минимума {minimum}{unit} на {by}{unit}.</translation>
    </message>
    <message>
        <source>{code} {text}: “{value}” is not an acceptable answer.</source>
        <translation>{code} {text}: «{value}» — недопустимый ответ.</translation>
    </message>
    <message>
        <source>{code} {text}: not answered yet.</source>
        <translation>{code} {text}: ответа ещё нет.</translation>
    </message>
    <message>
        <source>Critical criterion {code} {text} is not met.</source>
        <translation>Критический критерий {code} {text} не выполнен.</translation>
    </message>
    <message>
        <source>Critical criterion not met:</source>
        <translation>Критический критерий не выполнен:</translation>
    </message>
    <message>
        <source>Not answered yet: {codes}.</source>
        <translation>Ещё без ответа: {codes}.</translation>
    </message>
</context>
<context>
    <name>inspections</name>
    <message>
        <source>passes</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>не пройдена</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
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
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Звёзды</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Non-conformity</source>
        <translation>Несоответствие</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Корректирующее действие</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория продукции</translation>
    </message>
</context>
</TS>
