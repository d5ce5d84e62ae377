<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>First start</source>
        <translation>Первый запуск</translation>
    </message>
    <message>
        <source>This register is empty. Set up your brand committee and its first administrator, or open the demo database to look around first.</source>
        <translation>Этот реестр пуст. Настройте свой бренд-комитет и его первого администратора или сначала откройте демо-базу, чтобы осмотреться.</translation>
    </message>
    <message>
        <source>Brand committee</source>
        <translation>Бренд-комитет</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <source>Signing key for label codes (can be made later)</source>
        <translation>Ключ подписи для кодов на этикетках (можно создать позже)</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Название на кыргызском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион / город</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>Краткий код</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Пароль ключа</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Пароль ключа ещё раз</translation>
    </message>
    <message>
        <source>Choose the region</source>
        <translation>Выберите регион</translation>
    </message>
    <message>
        <source>e.g. Y1</source>
        <translation>например, Y1</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Настроить</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Открыть демо-базу</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Пароли ключа не совпадают.</translation>
    </message>
    <message>
        <source>Building the demo database…</source>
        <translation>Создаётся демо-база…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <comment>window title</comment>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Demo database: users admin, chair, inspector and clerk; password: demo.</source>
        <translation>Демо-база: пользователи admin, chair, inspector и clerk; пароль: demo.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Too many attempts: wait {seconds} s.</source>
        <translation>Неверное имя пользователя или пароль. Слишком много попыток: подождите {seconds} с.</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>Opening the register…</source>
        <translation>Открывается реестр…</translation>
    </message>
    <message>
        <source>The register cannot be opened: {detail}</source>
        <translation>Не удаётся открыть реестр: {detail}</translation>
    </message>
</context>
</TS>
