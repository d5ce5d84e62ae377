<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Добавить пользователя</translation>
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
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>one word, e.g. aigul</source>
        <translation>одно слово, например aigul</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
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
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln entry(ies) that match; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Показана %Ln новейшая подходящая запись; сузьте фильтры, чтобы увидеть более старые.</numerusform>
            <numerusform>Показаны %Ln новейшие подходящие записи; сузьте фильтры, чтобы увидеть более старые.</numerusform>
            <numerusform>Показаны %Ln новейших подходящих записей; сузьте фильтры, чтобы увидеть более старые.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies).</source>
        <translation>
            <numerusform>%Ln запись.</numerusform>
            <numerusform>%Ln записи.</numerusform>
            <numerusform>%Ln записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ The chain is unbroken: %Ln entry(ies).</source>
        <translation>
            <numerusform>✓ Цепочка не нарушена: %Ln запись.</numerusform>
            <numerusform>✓ Цепочка не нарушена: %Ln записи.</numerusform>
            <numerusform>✓ Цепочка не нарушена: %Ln записей.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The register is restored. The register it replaced is kept in {file}; %Ln counter(s) moved above numbers already given out. Sign in again to see it everywhere.</source>
        <translation>
            <numerusform>Реестр восстановлен. Заменённый реестр сохранён в {file}; %Ln счётчик поднят выше уже выданных номеров. Войдите заново, чтобы видеть его везде.</numerusform>
            <numerusform>Реестр восстановлен. Заменённый реестр сохранён в {file}; %Ln счётчика подняты выше уже выданных номеров. Войдите заново, чтобы видеть его везде.</numerusform>
            <numerusform>Реестр восстановлен. Заменённый реестр сохранён в {file}; %Ln счётчиков поднято выше уже выданных номеров. Войдите заново, чтобы видеть его везде.</numerusform>
        </translation>
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
    <message>
        <source>Signing key passphrase (signs the restore)</source>
        <translation>Пароль ключа подписи (подписывает восстановление)</translation>
    </message>
</context>
<context>
    <name>CompromiseDialog</name>
    <message>
        <source>Key {key} compromised</source>
        <translation>Ключ {key} скомпрометирован</translation>
    </message>
    <message>
        <source>Codes signed with this key from that day on raise an alarm when checked, here and at the committees that receive the next trust list; the key can no longer be unlocked.</source>
        <translation>Коды, подписанные этим ключом с этого дня, при проверке вызывают тревогу — здесь и в комитетах, получивших следующий список доверия; ключ больше нельзя разблокировать.</translation>
    </message>
    <message>
        <source>Compromised from</source>
        <translation>Скомпрометирован с</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <source>e.g. the office computer was stolen</source>
        <translation>например, украден компьютер офиса</translation>
    </message>
</context>
<context>
    <name>ExportListsDialog</name>
    <message>
        <source>Export the signed lists</source>
        <translation>Экспорт подписанных списков</translation>
    </message>
    <message>
        <source>This committee&apos;s trust list (its public keys) and status list (its suspended and withdrawn certificates as of now), signed with the key in force, for the other committees. Each carries the next sequence number.</source>
        <translation>Список доверия этого комитета (его открытые ключи) и список статусов (приостановленные и отозванные сертификаты на текущий момент), подписанные действующим ключом, для других комитетов. Каждый получает следующий порядковый номер.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Пароль ключа</translation>
    </message>
</context>
<context>
    <name>GenerateKeyDialog</name>
    <message>
        <source>Generate a signing key</source>
        <translation>Создать ключ подписи</translation>
    </message>
    <message>
        <source>The new key signs labels and certificates from today. Its passphrase is asked each time something is printed; without it the key cannot be used, and nobody can recover it.</source>
        <translation>Новый ключ подписывает этикетки и сертификаты с сегодняшнего дня. Его пароль запрашивается при каждой печати; без него ключом нельзя пользоваться, и восстановить его никто не сможет.</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Сменить ключ подписи</translation>
    </message>
    <message>
        <source>A new key signs from today; key {key} stops signing today. Labels it signed stay genuine. Send the new trust list to the other committees.</source>
        <translation>Новый ключ подписывает с сегодняшнего дня; ключ {key} перестаёт подписывать сегодня. Подписанные им этикетки остаются подлинными. Отправьте новый список доверия другим комитетам.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль ключа</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Пароль ключа ещё раз</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Пароли ключа не совпадают.</translation>
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
    <name>ImportListDialog</name>
    <message>
        <source>Import a list from another committee</source>
        <translation>Импорт списка другого комитета</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Its office read me this same fingerprint (by phone or in person).</source>
        <translation>В его офисе мне продиктовали именно этот отпечаток (по телефону или лично).</translation>
    </message>
    <message>
        <source>Compare the fingerprint, then tick the box.</source>
        <translation>Сверьте отпечаток, затем поставьте отметку.</translation>
    </message>
    <message>
        <source>This is the first list from that committee: compare its key&apos;s fingerprint with the one its office reads out to you.</source>
        <translation>Это первый список от этого комитета: сверьте отпечаток его ключа с тем, что вам продиктуют в его офисе.</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Retire…</source>
        <translation>Вывести из работы…</translation>
    </message>
    <message>
        <source>Mark compromised…</source>
        <translation>Отметить скомпрометированным…</translation>
    </message>
    <message>
        <source>Only an administrator generates, rotates, retires or reports keys.</source>
        <translation>Только администратор создаёт, сменяет, выводит из работы ключи и сообщает об их компрометации.</translation>
    </message>
    <message>
        <source>No key signs today: generate one before printing labels or certificates.</source>
        <translation>Сегодня ни один ключ не подписывает: создайте ключ до печати этикеток или сертификатов.</translation>
    </message>
    <message>
        <source>Key {key} signs today; its fingerprint: {fingerprint}.</source>
        <translation>Сегодня подписывает ключ {key}; его отпечаток: {fingerprint}.</translation>
    </message>
    <message>
        <source>Rotate the key…</source>
        <translation>Сменить ключ…</translation>
    </message>
    <message>
        <source>Generate a key…</source>
        <translation>Создать ключ…</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Это может сделать только администратор.</translation>
    </message>
    <message>
        <source>Choose a key in the list first.</source>
        <translation>Сначала выберите ключ в списке.</translation>
    </message>
    <message>
        <source>This key signs no more.</source>
        <translation>Этот ключ больше не подписывает.</translation>
    </message>
    <message>
        <source>This key is marked compromised already.</source>
        <translation>Этот ключ уже отмечен скомпрометированным.</translation>
    </message>
    <message>
        <source>Key {key} signs from today.</source>
        <translation>Ключ {key} подписывает с сегодняшнего дня.</translation>
    </message>
    <message>
        <source>Read its fingerprint to the other committees when they import your trust list: {fingerprint}</source>
        <translation>Продиктуйте его отпечаток другим комитетам, когда они будут импортировать ваш список доверия: {fingerprint}</translation>
    </message>
    <message>
        <source>Retire key {key}?</source>
        <translation>Вывести из работы ключ {key}?</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Вывести из работы</translation>
    </message>
    <message>
        <source>It signs nothing after today; what it signed until then stays genuine. Without a key in force, nothing can be printed.</source>
        <translation>После сегодняшнего дня он ничего не подписывает; подписанное до этого остаётся подлинным. Без действующего ключа ничего нельзя напечатать.</translation>
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
    <name>ListsTab</name>
    <message>
        <source>Export our lists…</source>
        <translation>Экспортировать наши списки…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Импортировать список…</translation>
    </message>
    <message>
        <source>Lists received from other committees</source>
        <translation>Списки, полученные от других комитетов</translation>
    </message>
    <message>
        <source>No list received yet. Codes signed by another committee are checked once its trust list is imported; their status once its status list is.</source>
        <translation>Списков пока нет. Коды, подписанные другим комитетом, проверяются после импорта его списка доверия, их статус — после импорта его списка статусов.</translation>
    </message>
    <message>
        <source>Only an administrator or a secretary exports the lists.</source>
        <translation>Списки экспортирует только администратор или секретарь.</translation>
    </message>
    <message>
        <source>Only an administrator imports lists.</source>
        <translation>Списки импортирует только администратор.</translation>
    </message>
    <message>
        <source>The signed lists are written.</source>
        <translation>Подписанные списки записаны.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Сменить мой пароль</translation>
    </message>
    <message>
        <source>New password for {user}</source>
        <translation>Новый пароль для {user}</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of {user}</source>
        <translation>Роли: {user}</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>The only active administrator keeps this role.</source>
        <translation>Единственный активный администратор сохраняет эту роль.</translation>
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
    <name>UsersTab</name>
    <message>
        <source>Add a user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <source>Change roles…</source>
        <translation>Изменить роли…</translation>
    </message>
    <message>
        <source>Reset the password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Включить снова</translation>
    </message>
    <message>
        <source>Only an administrator adds users, changes their roles and passwords or deactivates them. Your own password: File ▸ Change my password…</source>
        <translation>Только администратор добавляет пользователей, меняет их роли и пароли или отключает их. Свой пароль: Файл ▸ Сменить мой пароль…</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Это может сделать только администратор.</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Сначала выберите пользователя в списке.</translation>
    </message>
    <message>
        <source>This user is deactivated already.</source>
        <translation>Этот пользователь уже отключён.</translation>
    </message>
    <message>
        <source>The only active administrator cannot be deactivated: make someone else an administrator first.</source>
        <translation>Единственного активного администратора нельзя отключить: сначала назначьте администратором кого-то другого.</translation>
    </message>
    <message>
        <source>This user is active.</source>
        <translation>Этот пользователь активен.</translation>
    </message>
    <message>
        <source>The password of {user} is changed.</source>
        <translation>Пароль пользователя {user} изменён.</translation>
    </message>
    <message>
        <source>Deactivate {user}?</source>
        <translation>Отключить пользователя {user}?</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>They can no longer sign in. Their name stays in the audit log and on what they did; they can be reactivated later.</source>
        <translation>Он больше не сможет войти. Его имя остаётся в журнале действий и в том, что он сделал; позже его можно включить снова.</translation>
    </message>
    <message>
        <source>User {user} added: {roles}.</source>
        <translation>Пользователь {user} добавлен: {roles}.</translation>
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
    <message>
        <source>signs now</source>
        <translation>подписывает сейчас</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>выведен из работы</translation>
    </message>
    <message>
        <source>compromised</source>
        <translation>скомпрометирован</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>ещё не действует</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>сильная</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Signs from</source>
        <translation>Подписывает с</translation>
    </message>
    <message>
        <source>Signs until</source>
        <translation>Подписывает по</translation>
    </message>
    <message>
        <source>Compromised from</source>
        <translation>Скомпрометирован с</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Strength: {level} (about {bits} bits)</source>
        <translation>Надёжность: {level} (около {bits} бит)</translation>
    </message>
    <message>
        <source>trust list</source>
        <translation>список доверия</translation>
    </message>
    <message>
        <source>status list</source>
        <translation>список статусов</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} дн. назад</translation>
    </message>
    <message>
        <source>replaced by a newer one</source>
        <translation>заменён более новым</translation>
    </message>
    <message>
        <source>out of date: ask for a newer one</source>
        <translation>устарел: запросите новый</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выпущен</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Давность</translation>
    </message>
    <message>
        <source>Signed by key</source>
        <translation>Подписан ключом</translation>
    </message>
    <message>
        <source>Keys trusted</source>
        <translation>Доверенные ключи</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Folder for the lists</source>
        <translation>Папка для списков</translation>
    </message>
    <message>
        <source>A list received</source>
        <translation>Полученный список</translation>
    </message>
    <message>
        <source>Signed lists (*.json);;All files (*)</source>
        <translation>Подписанные списки (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Trust list no. {sequence} of {committee}, issued {issued} ({age}). Keys trusted: {keys}.</source>
        <translation>Список доверия № {sequence} комитета {committee}, выпущен {issued} ({age}): доверенных ключей: {keys}.</translation>
    </message>
    <message>
        <source>Status list no. {sequence} of {committee}, as of {issued} ({age}). Certificates suspended or withdrawn: {count}.</source>
        <translation>Список статусов № {sequence} комитета {committee}, на {issued} ({age}): приостановленных или отозванных сертификатов: {count}.</translation>
    </message>
    <message>
        <source>It was due to be replaced on {day}: ask for a newer one.</source>
        <translation>Его следовало заменить {day}: запросите более новый.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Ключи подписи</translation>
    </message>
    <message>
        <source>Trust lists</source>
        <translation>Списки доверия</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключён</translation>
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
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
</context>
</TS>
