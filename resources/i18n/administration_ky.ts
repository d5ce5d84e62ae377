<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>AuditLogTab</name>
    <message>
        <source>Everyone</source>
        <translation>Баары</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Бардык аракеттер</translation>
    </message>
    <message>
        <source>The newest {count} entries that match; narrow the filters to see older ones.</source>
        <translation>Туура келген эң жаңы {count} жазуу; эскилерин көрүү үчүн чыпкаларды тактаңыз.</translation>
    </message>
    <message>
        <source>{count} entries.</source>
        <translation>{count} жазуу.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Текшерилүүдө…</translation>
    </message>
    <message>
        <source>✓ The chain is unbroken: {entries} entries.</source>
        <translation>✓ Чынжыр бүтүн: {entries} жазуу.</translation>
    </message>
    <message>
        <source>✗ The chain is broken at entry {seq}: {problem}.</source>
        <translation>✗ Чынжыр {seq} жазуусунда бузулган: {problem}.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Мезгил</translation>
    </message>
    <message>
        <source>from</source>
        <translation>башынан</translation>
    </message>
    <message>
        <source>certificate number, user, lot…</source>
        <translation>сертификат номери, колдонуучу, партия…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсөтүү</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Чынжырды текшерүү</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Backup {file} made and checked: {size} MB in {seconds} s.</source>
        <translation>{file} көчүрмөсү жасалды жана текшерилди: {size} МБ, {seconds} с.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Көчүрмөнү тандаңыз</translation>
    </message>
    <message>
        <source>Belgi backups (*.sqlite3)</source>
        <translation>Belgi көчүрмөлөрү (*.sqlite3)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} текшерилүүдө…</translation>
    </message>
    <message>
        <source>{file} is whole: {certificates} certificates, {entries} audit entries in an unbroken chain, schema {revision}.</source>
        <translation>{file} бүтүн: {certificates} сертификат, аудиттин {entries} жазуусу үзгүлтүксүз чынжырда, схема {revision}.</translation>
    </message>
    <message>
        <source>Replace the register with {file}? Work done since it was made is set aside (a copy of today&apos;s register is kept first).</source>
        <translation>Реестрди {file} менен алмаштырабы? Ал жасалгандан кийинки иш четке калат (адегенде бүгүнкү реестрдин көчүрмөсү сакталат).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <source>The register is restored. The register it replaced is kept in {file}; {raised} counters were moved above numbers already given out. Sign in again to see it everywhere.</source>
        <translation>Реестр калыбына келтирилди. Алмаштырылган реестр {file} файлында сакталды; {raised} эсептегич мурун берилген номерлерден жогору жылдырылды. Баардык жерде көрүү үчүн кайра кириңиз.</translation>
    </message>
    <message>
        <source>Register: {register}
Backups are kept in: {folder}</source>
        <translation>Реестр: {register}
Көчүрмөлөр сакталган жер: {folder}</translation>
    </message>
    <message>
        <source>The register lies on a network share ({kind}). SQLite can be damaged there when the connection drops: keep it on this computer&apos;s disk, or use PostgreSQL for several workstations.</source>
        <translation>Реестр тармактык папкада жайгашкан ({kind}). Байланыш үзүлгөндө SQLite бузулушу мүмкүн: аны ушул компьютердин дискинде сактаңыз же бир нече жумушчу орун үчүн PostgreSQL колдонуңуз.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Азыр көчүрүү</translation>
    </message>
    <message>
        <source>Check the selected backup</source>
        <translation>Тандалган көчүрмөнү текшерүү</translation>
    </message>
    <message>
        <source>Check another file…</source>
        <translation>Башка файлды текшерүү…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Калыбына келтирүү…</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Демейки</translation>
    </message>
    <message>
        <source>Choose the image</source>
        <translation>Сүрөттү тандаңыз</translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <source>(only one)</source>
        <translation>(бирөө гана)</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>The next certificate: {number}</source>
        <translation>Кийинки сертификат: {number}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Өзгөртүүлөрдү жокко чыгаруу</translation>
    </message>
    <message>
        <source>Only an administrator changes the settings.</source>
        <translation>Жөндөөлөрдү администратор гана өзгөртөт.</translation>
    </message>
</context>
<context>
    <name>administration</name>
    <message>
        <source>daily</source>
        <translation>күнүмдүк</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>колго жасалган</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Жасалган</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size, MB</source>
        <translation>Көлөмү, МБ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>анын мазмуну өзгөртүлгөн</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>ал мурунку жазуудан келип чыкпайт</translation>
    </message>
    <message>
        <source>an entry before it is missing</source>
        <translation>андан мурунку жазуу жок</translation>
    </message>
    <message>
        <source>entries at the end were removed</source>
        <translation>аягындагы жазуулар өчүрүлгөн</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толугу</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
</context>
</TS>
