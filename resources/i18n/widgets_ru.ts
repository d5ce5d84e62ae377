<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>PagesPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation>По ширине страницы</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The register is busy with another user&apos;s work; try again in a moment.</source>
        <translation>Реестр занят работой другого пользователя; повторите через минуту.</translation>
    </message>
    <message>
        <source>The register&apos;s server cannot be reached; nothing was changed. Try again when it is back.</source>
        <translation>Сервер реестра недоступен; ничего не изменено. Повторите, когда он снова будет работать.</translation>
    </message>
    <message>
        <source>File error: {detail}</source>
        <translation>Ошибка файла: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed. Details are in the log.</source>
        <translation>Что-то пошло не так, ничего не изменено. Подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>permits</name>
    <message>
        <source>This needs the role: {roles}.</source>
        <translation>Для этого нужна роль: {roles}.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Фото (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Write the date as day.month.year, for example {example}.</source>
        <translation>Введите дату как день.месяц.год, например {example}.</translation>
    </message>
    <message>
        <source>The date cannot be earlier than {date}.</source>
        <translation>Дата не может быть раньше {date}.</translation>
    </message>
    <message>
        <source>The date cannot be later than {date}.</source>
        <translation>Дата не может быть позже {date}.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
</context>
</TS>
