<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>First start</source>
        <translation>Биринчи жолу иштетүү</translation>
    </message>
    <message>
        <source>This register is empty. Set up your brand committee and its first administrator, or open the demo database to look around first.</source>
        <translation>Бул реестр бош. Бренд-комитетиңизди жана анын биринчи администраторун орнотуңуз, же адегенде таанышуу үчүн демо базасын ачыңыз.</translation>
    </message>
    <message>
        <source>Brand committee</source>
        <translation>Бренд-комитет</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Биринчи администратор</translation>
    </message>
    <message>
        <source>Signing key for label codes (can be made later)</source>
        <translation>Этикетка коддоруна кол коюу ачкычы (кийин да түзсө болот)</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Кыргызча аталышы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орусча аталышы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Англисче аталышы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Аймак / шаар</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>Кыска код</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толук аты-жөнү</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Сырсөздү кайталаңыз</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Ачкычтын сырсөзү</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Ачкычтын сырсөзүн кайталаңыз</translation>
    </message>
    <message>
        <source>Choose the region</source>
        <translation>Аймакты тандаңыз</translation>
    </message>
    <message>
        <source>e.g. Y1</source>
        <translation>мисалы, Y1</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Орнотуу</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Демо базасын ачуу</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Эки сырсөз дал келбейт.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Ачкычтын эки сырсөзү дал келбейт.</translation>
    </message>
    <message>
        <source>Building the demo database…</source>
        <translation>Демо базасы түзүлүүдө…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <comment>window title</comment>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Demo database: users admin, chair, inspector and clerk; password: demo.</source>
        <translation>Демо базасы: колдонуучулар admin, chair, inspector жана clerk; сырсөз: demo.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Колдонуучунун атын жазыңыз.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Too many attempts: wait {seconds} s.</source>
        <translation>Колдонуучунун аты же сырсөз туура эмес. Аракет өтө көп болду: {seconds} сек. күтүңүз.</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>Opening the register…</source>
        <translation>Реестр ачылууда…</translation>
    </message>
    <message>
        <source>The register cannot be opened: {detail}</source>
        <translation>Реестрди ачуу мүмкүн эмес: {detail}</translation>
    </message>
</context>
</TS>
