<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuditLogTab</name>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>The newest {count} entries that match; narrow the filters to see older ones.</source>
        <translation>Новейшие {count} подходящих записей; сузьте фильтры, чтобы увидеть более старые.</translation>
    </message>
    <message>
        <source>{count} entries.</source>
        <translation>Записей: {count}.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>✓ The chain is unbroken: {entries} entries.</source>
        <translation>✓ Цепочка не нарушена: {entries} записей.</translation>
    </message>
    <message>
        <source>✗ The chain is broken at entry {seq}: {problem}.</source>
        <translation>✗ Цепочка нарушена на записи {seq}: {problem}.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>certificate number, user, lot…</source>
        <translation>номер сертификата, пользователь, партия…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Проверить цепочку</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Backup {file} made and checked: {size} MB in {seconds} s.</source>
        <translation>Копия {file} сделана и проверена: {size} МБ за {seconds} с.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <source>Belgi backups (*.sqlite3)</source>
        <translation>Копии Belgi (*.sqlite3)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Проверка {file}…</translation>
    </message>
    <message>
        <source>{file} is whole: {certificates} certificates, {entries} audit entries in an unbroken chain, schema {revision}.</source>
        <translation>{file} цел: сертификатов {certificates}, записей аудита {entries} в непрерывной цепочке, схема {revision}.</translation>
    </message>
    <message>
        <source>Replace the register with {file}? Work done since it was made is set aside (a copy of today&apos;s register is kept first).</source>
        <translation>Заменить реестр копией {file}? Работа, сделанная после неё, откладывается (сначала сохраняется копия сегодняшнего реестра).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>The register is restored. The register it replaced is kept in {file}; {raised} counters were moved above numbers already given out. Sign in again to see it everywhere.</source>
        <translation>Реестр восстановлен. Заменённый реестр сохранён в {file}; {raised} счётчиков поднято выше уже выданных номеров. Войдите заново, чтобы видеть его везде.</translation>
    </message>
    <message>
        <source>Register: {register}
Backups are kept in: {folder}</source>
        <translation>Реестр: {register}
Копии хранятся в: {folder}</translation>
    </message>
    <message>
        <source>The register lies on a network share ({kind}). SQLite can be damaged there when the connection drops: keep it on this computer&apos;s disk, or use PostgreSQL for several workstations.</source>
        <translation>Реестр лежит на сетевом ресурсе ({kind}). При обрыве связи SQLite может повредиться: храните его на диске этого компьютера или используйте PostgreSQL для нескольких рабочих мест.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <source>Check the selected backup</source>
        <translation>Проверить выбранную копию</translation>
    </message>
    <message>
        <source>Check another file…</source>
        <translation>Проверить другой файл…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Choose the image</source>
        <translation>Выберите изображение</translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <source>(only one)</source>
        <translation>(только один)</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>The next certificate: {number}</source>
        <translation>Следующий сертификат: {number}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Only an administrator changes the settings.</source>
        <translation>Настройки меняет только администратор.</translation>
    </message>
</context>
<context>
    <name>administration</name>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>сделана вручную</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Сделана</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size, MB</source>
        <translation>Размер, МБ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>её содержание изменено</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>она не следует за предыдущей записью</translation>
    </message>
    <message>
        <source>an entry before it is missing</source>
        <translation>предыдущая запись отсутствует</translation>
    </message>
    <message>
        <source>entries at the end were removed</source>
        <translation>записи в конце удалены</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
</context>
</TS>
