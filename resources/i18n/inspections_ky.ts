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
        <translation>критикалык</translation>
    </message>
    <message>
        <source>score 0–{maximum}</source>
        <translation>баа: 0–{maximum}</translation>
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
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>weight {weight}</source>
        <translation>коэффициенти {weight}</translation>
    </message>
    <message>
        <source>Critical criterion not met:</source>
        <translation>Критикалык критерий аткарылган жок:</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <source>← Inspections</source>
        <translation>← Текшерүүлөр</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Sample lot</source>
        <translation>Сыноо партиясы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>Add a non-conformity…</source>
        <translation>Шайкеш келбөөнү кошуу…</translation>
    </message>
    <message>
        <source>Mark as corrected</source>
        <translation>Оңдолду деп белгилөө</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Долбоорду сактоо</translation>
    </message>
    <message>
        <source>Submit…</source>
        <translation>Жөнөтүү…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Актыны басып чыгаруу…</translation>
    </message>
    <message>
        <source>The inspection report as a PDF: answers, score, photos, non-conformities</source>
        <translation>Текшерүүнүн актысы PDF түрүндө: жооптор, балл, сүрөттөр, шайкеш келбөөлөр</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерийлер</translation>
    </message>
    <message>
        <source>Non-conformities ({count})</source>
        <translation>Шайкеш келбөөлөр ({count})</translation>
    </message>
    <message>
        <source>Submitted: answers can no longer change.</source>
        <translation>Жөнөтүлдү: жоопторду эми өзгөртүүгө болбойт.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сакталбаган өзгөртүүлөр бар</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сакталды</translation>
    </message>
    <message>
        <source>Submit this inspection to the committee?</source>
        <translation>Бул текшерүүнү комитетке жөнөтөсүзбү?</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Жөнөтүү</translation>
    </message>
    <message>
        <source>After submitting, the answers can no longer change.</source>
        <translation>Жөнөтүлгөндөн кийин жоопторду өзгөртүүгө болбойт.</translation>
    </message>
    <message>
        <source>Save the inspection report as</source>
        <translation>Текшерүүнүн актысын сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>Акт {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>Remove this photo from the inspection?</source>
        <translation>Бул сүрөттү текшерүүдөн өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Only {name}, who started this draft, changes it.</source>
        <translation>Долбоорду аны баштаган инспектор гана өзгөртөт: {name}.</translation>
    </message>
    <message>
        <source>Save the changes to this inspection?</source>
        <translation>Бул текшерүүдөгү өзгөртүүлөрдү сактайсызбы?</translation>
    </message>
</context>
<context>
    <name>NonConformityDialog</name>
    <message>
        <source>(the whole product)</source>
        <translation>(продукт толугу менен)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Эмне туура эмес</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Оңдоо аракети</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Аткаруу мөөнөтү</translation>
    </message>
    <message>
        <source>by this date:</source>
        <translation>ушул күнгө чейин:</translation>
    </message>
    <message>
        <source>Non-conformity</source>
        <translation>Шайкеш келбөө</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>All states</source>
        <translation>Бардык абалдар</translation>
    </message>
    <message>
        <source>Search: product, producer, inspector</source>
        <translation>Издөө: продукт, өндүрүүчү, инспектор</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>Жаңы текшерүү…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln inspection(s)</source>
        <translation>
            <numerusform>%Ln текшерүүнүн ичинен {shown}</numerusform>
            <numerusform>%Ln текшерүүнүн ичинен {shown}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>Photo for criterion {code}</source>
        <translation>{code} критерийинин сүрөтү</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Сүрөт жүктөлүүдө…</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} пиксел</translation>
    </message>
</context>
<context>
    <name>PhotoThumbnail</name>
    <message>
        <source>Click to see the photo whole</source>
        <translation>Сүрөттү толук көрүү үчүн басыңыз</translation>
    </message>
    <message>
        <source>Remove this photo</source>
        <translation>Бул сүрөттү өчүрүү</translation>
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
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n жылдыз</numerusform>
            <numerusform>%n жылдыз</numerusform>
        </translation>
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
    <name>StartDialog</name>
    <message>
        <source>Find a product</source>
        <translation>Продуктту издөө</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Sample lot</source>
        <translation>Сыноо партиясы</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Жаңы текшерүү</translation>
    </message>
    <message>
        <source>product or producer, any part of the name</source>
        <translation>продукт же өндүрүүчү, аталышынын каалаган бөлүгү</translation>
    </message>
    <message>
        <source>village, workshop or market</source>
        <translation>айыл, цех же базар</translation>
    </message>
    <message>
        <source>No standard for this category yet.</source>
        <translation>Бул категория үчүн азырынча стандарт жок.</translation>
    </message>
    <message>
        <source>none: an initial inspection</source>
        <translation>жок: алгачкы текшерүү</translation>
    </message>
    <message>
        <source>this product has no certificate</source>
        <translation>бул продукттун сертификаты жок</translation>
    </message>
    <message>
        <source>Choose the product to inspect.</source>
        <translation>Текшериле турган продуктту тандаңыз.</translation>
    </message>
</context>
<context>
    <name>_Choices</name>
    <message>
        <source>Clear the answer</source>
        <translation>Жоопту тазалоо</translation>
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
        <translation>{code} {text} критикалык критерийи аткарылган жок.</translation>
    </message>
    <message>
        <source>Critical criterion not met:</source>
        <translation>Критикалык критерий аткарылган жок:</translation>
    </message>
    <message>
        <source>Not answered yet: {codes}.</source>
        <translation>Жооп берилбегендер: {codes}.</translation>
    </message>
</context>
<context>
    <name>inspections</name>
    <message>
        <source>passes</source>
        <translation>өттү</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>өткөн жок</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
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
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Жылдыз</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Non-conformity</source>
        <translation>Шайкеш келбөө</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Оңдоо аракети</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Продукциянын категориясы</translation>
    </message>
</context>
</TS>
