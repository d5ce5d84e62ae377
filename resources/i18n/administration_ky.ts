<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Колдонуучу кошуу</translation>
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
        <source>Roles</source>
        <translation>Ролдор</translation>
    </message>
    <message>
        <source>one word, e.g. aigul</source>
        <translation>бир сөз, мисалы aigul</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Эки сырсөз дал келбейт.</translation>
    </message>
</context>
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
        <source>Verifying…</source>
        <translation>Текшерилүүдө…</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln entry(ies) that match; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Туура келген эң жаңы %Ln жазуу; эскилерин көрүү үчүн чыпкаларды тактаңыз.</numerusform>
            <numerusform>Туура келген эң жаңы %Ln жазуу; эскилерин көрүү үчүн чыпкаларды тактаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies).</source>
        <translation>
            <numerusform>%Ln жазуу.</numerusform>
            <numerusform>%Ln жазуу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ The chain is unbroken: %Ln entry(ies).</source>
        <translation>
            <numerusform>✓ Чынжыр бүтүн: %Ln жазуу.</numerusform>
            <numerusform>✓ Чынжыр бүтүн: %Ln жазуу.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The register is restored. The register it replaced is kept in {file}; %Ln counter(s) moved above numbers already given out. Sign in again to see it everywhere.</source>
        <translation>
            <numerusform>Реестр калыбына келтирилди. Алмаштырылган реестр {file} файлында сакталды; %Ln эсептегич мурун берилген номерлерден жогору жылдырылды. Баардык жерде көрүү үчүн кайра кириңиз.</numerusform>
            <numerusform>Реестр калыбына келтирилди. Алмаштырылган реестр {file} файлында сакталды; %Ln эсептегич мурун берилген номерлерден жогору жылдырылды. Баардык жерде көрүү үчүн кайра кириңиз.</numerusform>
        </translation>
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
    <message>
        <source>Signing key passphrase (signs the restore)</source>
        <translation type="unfinished">Кол коюу ачкычынын сырсөзү (калыбына келтирүүгө кол коёт)</translation>
    </message>
</context>
<context>
    <name>CompromiseDialog</name>
    <message>
        <source>Key {key} compromised</source>
        <translation>{key} ачкычынын коопсуздугу бузулду</translation>
    </message>
    <message>
        <source>Codes signed with this key from that day on raise an alarm when checked, here and at the committees that receive the next trust list; the key can no longer be unlocked.</source>
        <translation>Ошол күндөн баштап бул ачкыч менен кол коюлган коддор текшерүүдө эскертүү берет — бул жерде жана кийинки ишеним тизмесин алган комитеттерде; ачкычты мындан ары ачууга болбойт.</translation>
    </message>
    <message>
        <source>Compromised from</source>
        <translation>Коопсуздугу бузулган күн</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <source>e.g. the office computer was stolen</source>
        <translation>мисалы, кеңсенин компьютери уурдалган</translation>
    </message>
</context>
<context>
    <name>ExportListsDialog</name>
    <message>
        <source>Export the signed lists</source>
        <translation>Кол коюлган тизмелерди экспорттоо</translation>
    </message>
    <message>
        <source>This committee&apos;s trust list (its public keys) and status list (its suspended and withdrawn certificates as of now), signed with the key in force, for the other committees. Each carries the next sequence number.</source>
        <translation>Бул комитеттин ишеним тизмеси (ачык ачкычтары) жана статус тизмеси (азыркы учурда токтотулган жана кайтарып алынган сертификаттары), күчүндөгү ачкыч менен кол коюлган, башка комитеттер үчүн. Ар бири кийинки катар номерин алат.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Ачкычтын сырсөзү</translation>
    </message>
</context>
<context>
    <name>GenerateKeyDialog</name>
    <message>
        <source>Generate a signing key</source>
        <translation>Кол коюу ачкычын түзүү</translation>
    </message>
    <message>
        <source>The new key signs labels and certificates from today. Its passphrase is asked each time something is printed; without it the key cannot be used, and nobody can recover it.</source>
        <translation>Жаңы ачкыч бүгүндөн баштап этикеткаларга жана сертификаттарга кол коёт. Анын сырсөзү ар бир басып чыгарууда суралат; ансыз ачкычты колдонууга болбойт жана аны эч ким калыбына келтире албайт.</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Кол коюу ачкычын алмаштыруу</translation>
    </message>
    <message>
        <source>A new key signs from today; key {key} stops signing today. Labels it signed stay genuine. Send the new trust list to the other committees.</source>
        <translation>Жаңы ачкыч бүгүндөн баштап кол коёт; {key} ачкычы бүгүн кол коюуну токтотот. Ал кол койгон этикеткалар чыныгы бойдон калат. Жаңы ишеним тизмесин башка комитеттерге жөнөтүңүз.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Ачкычтын сырсөзү</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Ачкычтын сырсөзүн кайталаңыз</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Эки сырсөз дал келбейт.</translation>
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
    <name>ImportListDialog</name>
    <message>
        <source>Import a list from another committee</source>
        <translation>Башка комитеттин тизмесин импорттоо</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Ачкычтын изи</translation>
    </message>
    <message>
        <source>Its office read me this same fingerprint (by phone or in person).</source>
        <translation>Алардын кеңсеси мага дал ушул изди окуп берди (телефон аркылуу же жолугуп).</translation>
    </message>
    <message>
        <source>Compare the fingerprint, then tick the box.</source>
        <translation>Изди салыштырып, андан кийин белгилеңиз.</translation>
    </message>
    <message>
        <source>This is the first list from that committee: compare its key&apos;s fingerprint with the one its office reads out to you.</source>
        <translation>Бул ошол комитеттин биринчи тизмеси: анын ачкычынын изин алардын кеңсеси сизге окуп берген из менен салыштырыңыз.</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Retire…</source>
        <translation>Колдонуудан чыгаруу…</translation>
    </message>
    <message>
        <source>Mark compromised…</source>
        <translation>Коопсуздугу бузулду деп белгилөө…</translation>
    </message>
    <message>
        <source>Only an administrator generates, rotates, retires or reports keys.</source>
        <translation>Ачкычтарды администратор гана түзөт, алмаштырат, колдонуудан чыгарат же алардын коопсуздугу бузулганын билдирет.</translation>
    </message>
    <message>
        <source>No key signs today: generate one before printing labels or certificates.</source>
        <translation>Бүгүн эч бир ачкыч кол койбойт: этикетка же сертификат басып чыгаруудан мурун ачкыч түзүңүз.</translation>
    </message>
    <message>
        <source>Key {key} signs today; its fingerprint: {fingerprint}.</source>
        <translation>Бүгүн {key} ачкычы кол коёт; анын изи: {fingerprint}.</translation>
    </message>
    <message>
        <source>Rotate the key…</source>
        <translation>Ачкычты алмаштыруу…</translation>
    </message>
    <message>
        <source>Generate a key…</source>
        <translation>Ачкыч түзүү…</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Муну администратор гана жасай алат.</translation>
    </message>
    <message>
        <source>Choose a key in the list first.</source>
        <translation>Адегенде тизмеден ачкычты тандаңыз.</translation>
    </message>
    <message>
        <source>This key signs no more.</source>
        <translation>Бул ачкыч мындан ары кол койбойт.</translation>
    </message>
    <message>
        <source>This key is marked compromised already.</source>
        <translation>Бул ачкычтын коопсуздугу бузулганы буга чейин белгиленген.</translation>
    </message>
    <message>
        <source>Key {key} signs from today.</source>
        <translation>{key} ачкычы бүгүндөн баштап кол коёт.</translation>
    </message>
    <message>
        <source>Read its fingerprint to the other committees when they import your trust list: {fingerprint}</source>
        <translation>Башка комитеттер сиздин ишеним тизмеңизди импорттогондо, аларга анын изин окуп бериңиз: {fingerprint}</translation>
    </message>
    <message>
        <source>Retire key {key}?</source>
        <translation>{key} ачкычын колдонуудан чыгарасызбы?</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Колдонуудан чыгаруу</translation>
    </message>
    <message>
        <source>It signs nothing after today; what it signed until then stays genuine. Without a key in force, nothing can be printed.</source>
        <translation>Бүгүндөн кийин ал эч нерсеге кол койбойт; ага чейин кол койгону чыныгы бойдон калат. Күчүндөгү ачкыч болбосо, эч нерсе басып чыгарылбайт.</translation>
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
    <name>ListsTab</name>
    <message>
        <source>Export our lists…</source>
        <translation>Биздин тизмелерди экспорттоо…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Тизмени импорттоо…</translation>
    </message>
    <message>
        <source>Lists received from other committees</source>
        <translation>Башка комитеттерден алынган тизмелер</translation>
    </message>
    <message>
        <source>No list received yet. Codes signed by another committee are checked once its trust list is imported; their status once its status list is.</source>
        <translation>Азырынча тизме алына элек. Башка комитет кол койгон коддор анын ишеним тизмеси импорттолгондо текшерилет; алардын статусу — статус тизмеси импорттолгондо.</translation>
    </message>
    <message>
        <source>Only an administrator or a secretary exports the lists.</source>
        <translation>Тизмелерди администратор же катчы гана экспорттойт.</translation>
    </message>
    <message>
        <source>Only an administrator imports lists.</source>
        <translation>Тизмелерди администратор гана импорттойт.</translation>
    </message>
    <message>
        <source>The signed lists are written.</source>
        <translation>Кол коюлган тизмелер жазылды.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Сырсөзүмдү өзгөртүү</translation>
    </message>
    <message>
        <source>New password for {user}</source>
        <translation>{user} үчүн жаңы сырсөз</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңы сырсөз</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Сырсөздү кайталаңыз</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Азыркы сырсөз</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Эки сырсөз дал келбейт.</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of {user}</source>
        <translation>{user}: ролдор</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ролдор</translation>
    </message>
    <message>
        <source>The only active administrator keeps this role.</source>
        <translation>Жалгыз активдүү администратор бул ролду сактайт.</translation>
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
    <name>UsersTab</name>
    <message>
        <source>Add a user…</source>
        <translation>Колдонуучу кошуу…</translation>
    </message>
    <message>
        <source>Change roles…</source>
        <translation>Ролдорду өзгөртүү…</translation>
    </message>
    <message>
        <source>Reset the password…</source>
        <translation>Сырсөздү жаңылоо…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Кайра иштетүү</translation>
    </message>
    <message>
        <source>Only an administrator adds users, changes their roles and passwords or deactivates them. Your own password: File ▸ Change my password…</source>
        <translation>Колдонуучуларды администратор гана кошот, алардын ролдорун жана сырсөздөрүн өзгөртөт же өчүрөт. Өз сырсөзүңүз: Файл ▸ Сырсөзүмдү өзгөртүү…</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Муну администратор гана жасай алат.</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Адегенде тизмеден колдонуучуну тандаңыз.</translation>
    </message>
    <message>
        <source>This user is deactivated already.</source>
        <translation>Бул колдонуучу буга чейин өчүрүлгөн.</translation>
    </message>
    <message>
        <source>The only active administrator cannot be deactivated: make someone else an administrator first.</source>
        <translation>Жалгыз активдүү администраторду өчүрүүгө болбойт: адегенде башка бирөөнү администратор кылыңыз.</translation>
    </message>
    <message>
        <source>This user is active.</source>
        <translation>Бул колдонуучу активдүү.</translation>
    </message>
    <message>
        <source>The password of {user} is changed.</source>
        <translation>{user} колдонуучусунун сырсөзү өзгөртүлдү.</translation>
    </message>
    <message>
        <source>Deactivate {user}?</source>
        <translation>{user} өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>They can no longer sign in. Their name stays in the audit log and on what they did; they can be reactivated later.</source>
        <translation>Ал мындан ары кире албайт. Анын аты аракеттер журналында жана ал жасаган иштерде калат; кийин кайра иштетүүгө болот.</translation>
    </message>
    <message>
        <source>User {user} added: {roles}.</source>
        <translation>{user} колдонуучусу кошулду: {roles}.</translation>
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
    <message>
        <source>signs now</source>
        <translation>азыр кол коёт</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>колдонуудан чыгарылган</translation>
    </message>
    <message>
        <source>compromised</source>
        <translation>коопсуздугу бузулган</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>азырынча күчүнө кире элек</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>алсыз</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>орточо</translation>
    </message>
    <message>
        <source>good</source>
        <translation>жакшы</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>күчтүү</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ачкыч</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Signs from</source>
        <translation>Кол коё баштаган күн</translation>
    </message>
    <message>
        <source>Signs until</source>
        <translation>Кол коюунун акыркы күнү</translation>
    </message>
    <message>
        <source>Compromised from</source>
        <translation>Коопсуздугу бузулган күн</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Изи</translation>
    </message>
    <message>
        <source>Strength: {level} (about {bits} bits)</source>
        <translation>Бекемдиги: {level} (болжол менен {bits} бит)</translation>
    </message>
    <message>
        <source>trust list</source>
        <translation>ишеним тизмеси</translation>
    </message>
    <message>
        <source>status list</source>
        <translation>статус тизмеси</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгүн</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>кечээ</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} күн мурун</translation>
    </message>
    <message>
        <source>replaced by a newer one</source>
        <translation>жаңысы менен алмаштырылган</translation>
    </message>
    <message>
        <source>out of date: ask for a newer one</source>
        <translation>эскирген: жаңысын сураңыз</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>күчүндө</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Чыгарылган</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Signed by key</source>
        <translation>Кол койгон ачкыч</translation>
    </message>
    <message>
        <source>Keys trusted</source>
        <translation>Ишенимдүү ачкычтар</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорттолгон</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>Folder for the lists</source>
        <translation>Тизмелер үчүн папка</translation>
    </message>
    <message>
        <source>A list received</source>
        <translation>Алынган тизме</translation>
    </message>
    <message>
        <source>Signed lists (*.json);;All files (*)</source>
        <translation>Кол коюлган тизмелер (*.json);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Trust list no. {sequence} of {committee}, issued {issued} ({age}). Keys trusted: {keys}.</source>
        <translation>{committee} комитетинин № {sequence} ишеним тизмеси, чыгарылган: {issued} ({age}): ишенимдүү ачкычтар: {keys}.</translation>
    </message>
    <message>
        <source>Status list no. {sequence} of {committee}, as of {issued} ({age}). Certificates suspended or withdrawn: {count}.</source>
        <translation>{committee} комитетинин № {sequence} статус тизмеси, {issued} абалы боюнча ({age}): токтотулган же кайтарып алынган сертификаттар: {count}.</translation>
    </message>
    <message>
        <source>It was due to be replaced on {day}: ask for a newer one.</source>
        <translation>Ал {day} алмаштырылышы керек эле: жаңысын сураңыз.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Колдонуучулар</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Кол коюу ачкычтары</translation>
    </message>
    <message>
        <source>Trust lists</source>
        <translation>Ишеним тизмелери</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активдүү</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>өчүрүлгөн</translation>
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
        <source>Roles</source>
        <translation>Ролдор</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Сырсөзүңүз өзгөртүлдү.</translation>
    </message>
</context>
</TS>
