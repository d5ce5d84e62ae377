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
        <source>score 0 to {maximum}</source>
        <translation>оценка от 0 до {maximum}</translation>
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
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Фото (*.jpg *.jpeg *.png *.webp)</translation>
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
    <message>
        <source>{stars} stars</source>
        <translation>Звёзд: {stars}</translation>
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
</TS>
