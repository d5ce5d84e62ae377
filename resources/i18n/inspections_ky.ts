<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>CriterionRow</name>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished">критикалык</translation>
    </message>
    <message>
        <source>score 0 to {maximum}</source>
        <translation>0дөн {maximum}га чейин баа</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>бааланбайт</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>коэффициенти {weight}</translation>
    </message>
    <message>
        <source>Add photos from files…</source>
        <translation>Файлдардан сүрөт кошуу…</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>Сүрөттү чаптоо</translation>
    </message>
    <message>
        <source>Photos: choose files, drop them here or paste</source>
        <translation>Сүрөттөр: файлдарды тандаңыз, бул жерге сүйрөп таштаңыз же чаптаңыз</translation>
    </message>
    <message>
        <source>allowed {low}–{high}{unit}</source>
        <translation>уруксат {low}–{high}{unit}</translation>
    </message>
    <message>
        <source>at most {high}{unit}</source>
        <translation>эң көп {high}{unit}</translation>
    </message>
    <message>
        <source>at least {low}{unit}</source>
        <translation>эң аз {low}{unit}</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Сүрөттөр</translation>
    </message>
    <message>
        <source>Photos for criterion {code}</source>
        <translation>{code} критерийинин сүрөттөрү</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Сүрөттөр (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>weight {weight}</source>
        <translation>коэффициенти {weight}</translation>
    </message>
    <message>
        <source>Critical criterion not met:</source>
        <translation type="unfinished">Критикалык критерий аткарылган жок:</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Result</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>{score} of 100</source>
        <translation>{score} / 100</translation>
    </message>
    <message>
        <source>Pass mark: {mark}</source>
        <translation>Өтүү баллы: {mark}</translation>
    </message>
    <message>
        <source>{stars} stars</source>
        <translation>{stars} жылдыз</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Өттү</translation>
    </message>
    <message>
        <source>Does not pass</source>
        <translation>Өткөн жок</translation>
    </message>
    <message>
        <source>not answered yet: {count}</source>
        <translation>жооп жок: {count}</translation>
    </message>
</context>
<context>
    <name>inspection form</name>
    <message>
        <source>The score {value} is below the pass mark {minimum}.</source>
        <translation>{value} балл өтүү баллынан ({minimum}) төмөн.</translation>
    </message>
    <message>
        <source>{code} {text}: the answer is “no”.</source>
        <translation>{code} {text}: жооп — «жок».</translation>
    </message>
    <message>
        <source>{code} {text}: {value} of {maximum}, less than half.</source>
        <translation>{code} {text}: {maximum} баллдан {value}, жарымынан аз.</translation>
    </message>
    <message>
        <source>{code} {text}: {value}{unit} is above the maximum {maximum}{unit} by {by}{unit}.</source>
        <translation>{code} {text}: {value}{unit} максимумдан ({maximum}{unit}) {by}{unit} жогору.</translation>
    </message>
    <message>
        <source>{code} {text}: {value}{unit} is below the minimum {minimum}{unit} by {by}{unit}.</source>
        <translation>{code} {text}: {value}{unit} минимумдан ({minimum}{unit}) {by}{unit} төмөн.</translation>
    </message>
    <message>
        <source>{code} {text}: “{value}” is not an acceptable answer.</source>
        <translation>{code} {text}: «{value}» — кабыл алынбаган жооп.</translation>
    </message>
    <message>
        <source>{code} {text}: not answered yet.</source>
        <translation>{code} {text}: жооп али берилген жок.</translation>
    </message>
    <message>
        <source>Critical criterion {code} {text} is not met.</source>
        <translation type="unfinished">{code} {text} критикалык критерийи аткарылган жок.</translation>
    </message>
    <message>
        <source>Critical criterion not met:</source>
        <translation type="unfinished">Критикалык критерий аткарылган жок:</translation>
    </message>
    <message>
        <source>Not answered yet: {codes}.</source>
        <translation>Жооп берилбегендер: {codes}.</translation>
    </message>
</context>
</TS>
