<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>PagesPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Мурунку бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Кийинки бет</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation>Беттин туурасына батыруу</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кичирейтүү</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Чоңойтуу</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Бет {page} / {pages}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The register is busy with another user&apos;s work; try again in a moment.</source>
        <translation>Реестр башка колдонуучунун иши менен бош эмес; бир аздан кийин кайталаңыз.</translation>
    </message>
    <message>
        <source>The register&apos;s server cannot be reached; nothing was changed. Try again when it is back.</source>
        <translation>Реестрдин серверине жетүү мүмкүн эмес; эч нерсе өзгөргөн жок. Сервер кайра иштегенде дагы аракет кылыңыз.</translation>
    </message>
    <message>
        <source>File error: {detail}</source>
        <translation>Файл катасы: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed. Details are in the log.</source>
        <translation>Бир нерсе туура эмес болду, эч нерсе өзгөргөн жок. Толугураак маалымат журналда.</translation>
    </message>
</context>
<context>
    <name>permits</name>
    <message>
        <source>This needs the role: {roles}.</source>
        <translation>Бул үчүн керектүү роль: {roles}.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Сүрөттөр (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Write the date as day.month.year, for example {example}.</source>
        <translation>Күндү күн.ай.жыл түрүндө жазыңыз, мисалы {example}.</translation>
    </message>
    <message>
        <source>The date cannot be earlier than {date}.</source>
        <translation>Күн {date} датасынан мурда боло албайт.</translation>
    </message>
    <message>
        <source>The date cannot be later than {date}.</source>
        <translation>Күн {date} датасынан кийин боло албайт.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
</context>
</TS>
