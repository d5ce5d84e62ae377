<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>колдонулушу: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished">орундук аргументтер</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>ушул жардамды көрсөтүп, чыгуу</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s аргументи: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>белгисиз аргументтер: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s аргументи менен бирге болбойт</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ашыкча аргумент эске алынган жок: %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>бул аргументтер керек: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>бул аргументтердин бири керек: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>бир аргумент керек</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>эң көп дегенде бир аргумент керек</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>жок дегенде бир аргумент керек</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>так эмес параметр: %(option)s — булардын бири болушу мүмкүн: %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>күтүлбөгөн параметр: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>туура эмес маани: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>мындай тандоо жок: %(value)r (булардан тандаңыз: %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ката: %(message)s
</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>«%(filename)s» ачылбайт: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>мындай буйрук жок: %(parser_name)r (буйруктар: %(choices)s)</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>%n аргумент керек</numerusform>
            <numerusform>%n аргумент керек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Wrong command line: {where} is not valid UTF-8 text. Nothing was done.</source>
        <translation>Буйрук сабы туура эмес: {where} — UTF-8 текст эмес. Эч нерсе жасалган жок.</translation>
    </message>
    <message>
        <source>Wrong command line: {detail}. See --help.</source>
        <translation>Буйрук сабы туура эмес: {detail}. --help караңыз.</translation>
    </message>
    <message>
        <source>the number {value}… is too large</source>
        <translation>{value}… саны өтө чоң</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>«{value}» — сан эмес</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>анын мазмуну өзгөртүлгөн</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>ал мурунку жазуудан кийин келбейт</translation>
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
        <source>Audit log broken at entry {seq}: {problem}.</source>
        <translation>Аракеттер журналы {seq}-жазууда бузулган: {problem}.</translation>
    </message>
    <message>
        <source>Certificate {number} is now {status}.</source>
        <translation>{number} сертификаты эми: {status}.</translation>
    </message>
    <message>
        <source>Certificate {number} written to {path}.</source>
        <translation>{number} сертификаты {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>There is no register at {where}: check --db (a new register is made only by the first start of the app or by `demo`).</source>
        <translation>{where} дарегинде реестр жок: --db текшериңиз (жаңы реестр колдонмону биринчи ачканда же `demo` буйругу менен гана түзүлөт).</translation>
    </message>
    <message>
        <source>Belgi keeps its register in SQLite or PostgreSQL, not in “{where}”.</source>
        <translation>Belgi реестрди «{where}» эмес, SQLite же PostgreSQL ичинде сактайт.</translation>
    </message>
    <message>
        <source>“{where}” is not a database address.</source>
        <translation>«{where}» — маалымат базасынын дареги эмес.</translation>
    </message>
    <message>
        <source>The register at {where} can only be read here; nothing was changed.</source>
        <translation>{where} реестрин бул жерде окууга гана болот; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>The register at {where} can only be read and needs an upgrade first: open it once where it can be written.</source>
        <translation>{where} реестрин окууга гана болот жана адегенде жаңыртуу керек: аны жазууга мүмкүн болгон жерде бир жолу ачыңыз.</translation>
    </message>
    <message>
        <source>The register&apos;s server cannot be reached; nothing was changed. Try again when it is back.</source>
        <translation>Реестрдин серверине жетүү мүмкүн эмес; эч нерсе өзгөргөн жок. Сервер кайра иштегенде дагы аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The register is busy with another user&apos;s work; try again in a moment.</source>
        <translation>Реестр башка колдонуучунун иши менен бош эмес; бир аздан кийин кайталаңыз.</translation>
    </message>
    <message>
        <source>Say who acts: --user NAME (or BELGI_USER).</source>
        <translation>Ким аткарарын көрсөтүңүз: --user АТЫ (же BELGI_USER).</translation>
    </message>
    <message>
        <source>No password: type it at the prompt or set BELGI_PASSWORD.</source>
        <translation>Сырсөз жок: аны суроо боюнча териңиз же BELGI_PASSWORD коюңуз.</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>{user} үчүн сырсөз: </translation>
    </message>
    <message>
        <source>The database cannot be used: {detail}</source>
        <translation>Маалымат базасын колдонууга болбойт: {detail}</translation>
    </message>
    <message>
        <source>File error: {detail}</source>
        <translation>Файл катасы: {detail}</translation>
    </message>
    <message>
        <source>Demo database ready: {producers} producers, {products} products, {inspections} inspections, {certificates} certificates, {lots} lots. Users admin, chair, inspector and clerk; password: demo.</source>
        <translation>Демо базасы даяр: {producers} өндүрүүчү, {products} продукт, {inspections} текшерүү, {certificates} сертификат, {lots} партия. Колдонуучулар admin, chair, inspector жана clerk; сырсөз: demo.</translation>
    </message>
    <message>
        <source>Give exactly one code: TEXT, --image FILE, or - for standard input.</source>
        <translation>Бир гана код бериңиз: TEXT, --image FILE же стандарттык киргизүү үчүн -.</translation>
    </message>
    <message>
        <source>No such image file: {file}</source>
        <translation>Мындай сүрөт файлы жок: {file}</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
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
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Сериялык номер</translation>
    </message>
    <message>
        <source>Recorded as spoiled</source>
        <translation>Жараксыз деп катталган</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Күчүндө болуу мөөнөтү</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>Абалдын күнү</translation>
    </message>
    <message>
        <source>There is no page “{page}”; the pages: {pages}.</source>
        <translation>«{page}» деген бет жок; беттер: {pages}.</translation>
    </message>
    <message>
        <source>The page “{page}” has no scanner field.</source>
        <translation>«{page}» бетинде сканер талаасы жок.</translation>
    </message>
    <message>
        <source>The page “{page}” has no dialog “{dialog}”.</source>
        <translation>«{page}» барагында «{dialog}» терезеси жок.</translation>
    </message>
    <message>
        <source>Size “{size}” is not like 1366x768.</source>
        <translation>«{size}» өлчөмү 1366x768 түрүндө эмес.</translation>
    </message>
    <message>
        <source>Name the user to show: --user NAME.</source>
        <translation>Колдонуучуну көрсөтүңүз: --user NAME.</translation>
    </message>
    <message>
        <source>Lot {lot} ({certificate}): {allocated} serials allocated — {printed} printed (of which {reprinted} printed again), {spoiled} spoiled, {pending} in unfinished jobs, {unrecorded} without a print job.</source>
        <translation>{lot} партиясы ({certificate}): берилген номерлер — {allocated}; басылганы — {printed} (анын ичинде кайра басылганы — {reprinted}), бузулганы — {spoiled}, бүтпөгөн тапшырмаларда — {pending}, басып чыгаруу тапшырмасы жогу — {unrecorded}.</translation>
    </message>
    <message>
        <source>{added} templates added, {skipped} already known or too small for a code.</source>
        <translation>Кошулган үлгүлөр: {added}; мурунтан бар же код үчүн өтө кичине: {skipped}.</translation>
    </message>
    <message>
        <source>Template {template} removed.</source>
        <translation>{template} үлгүсү өчүрүлдү.</translation>
    </message>
    <message>
        <source>Printer offset for {template}: {dx} mm across, {dy} mm down.</source>
        <translation>{template} үчүн принтердин жылышы: оңго {dx} мм, ылдый {dy} мм.</translation>
    </message>
    <message>
        <source>Outline page of {template} written to {path}.</source>
        <translation>{template} үлгүсүнүн контур барагы {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>No passphrase for the signing key: type it at the prompt or set BELGI_PASSPHRASE.</source>
        <translation>Кол коюу ачкычынын сырсөзү жок: аны суроо боюнча териңиз же BELGI_PASSPHRASE коюңуз.</translation>
    </message>
    <message>
        <source>Passphrase of the signing key: </source>
        <translation>Кол коюу ачкычынын сырсөзү: </translation>
    </message>
    <message>
        <source>The public register was written to {folder}:</source>
        <translation>Ачык реестр {folder} папкасына жазылды:</translation>
    </message>
    <message>
        <source>The verification page v/ has no signed lists yet and cannot check labels: publish with --status-list.</source>
        <translation>v/ текшерүү барагында кол коюлган тизмелер азырынча жок, ошондуктан ал этикеткаларды текшере албайт: --status-list менен жарыялаңыз.</translation>
    </message>
    <message>
        <source>Report of inspection {inspection} ({product}) written to {path}.</source>
        <translation>Текшерүүнүн актысы (№ {inspection}, {product}) {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>The figures were written to {path}.</source>
        <translation>Көрсөткүчтөр {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>Warning: the register lies on a network share ({kind}); SQLite can be damaged there. Keep it on a local disk, or use PostgreSQL for several workstations.</source>
        <translation>Эскертүү: реестр тармактык папкада жайгашкан ({kind}); SQLite ал жерде бузулушу мүмкүн. Аны жергиликтүү дискте сактаңыз же бир нече жумушчу орун үчүн PostgreSQL колдонуңуз.</translation>
    </message>
    <message>
        <source>Restoring replaces the register: confirm with --yes.</source>
        <translation>Калыбына келтирүү реестрди алмаштырат: --yes менен ырастаңыз.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Эч нерсе калыбына келтирилген жок.</translation>
    </message>
    <message>
        <source>Passphrase of the signing key, to sign the restore (Enter: not signed): </source>
        <translation>Кол коюу ачкычынын сырсөзү, калыбына келтирүүгө кол коюу үчүн (Enter: кол коюлбайт): </translation>
    </message>
    <message>
        <source>The restore is not signed: audit verify reports the checkpoints of the register it replaced as entries removed.</source>
        <translation type="unfinished">Калыбына келтирүүгө кол коюлган жок: audit verify алмаштырылган реестрдин текшерүү белгилерин журналдан өчүрүлгөн жазуулар катары көрсөтөт.</translation>
    </message>
    <message>
        <source>No lots under certificate {number}.</source>
        <translation>{number} сертификаты боюнча бир да партия жок.</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} ({quantity} {unit}) recorded under certificate {number}.</source>
        <translation>{product} продукциясынын {lot} партиясы ({quantity} {unit}) {number} сертификаты боюнча катталды.</translation>
    </message>
    <message>
        <source>The page “{page}” has no tab “{tab}”.</source>
        <translation>«{page}» барагында «{tab}» өтмөгү жок.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>өчүрүлгөн</translation>
    </message>
    <message>
        <source>User {user} added: {roles}.</source>
        <translation>{user} колдонуучусу кошулду: {roles}.</translation>
    </message>
    <message>
        <source>The password of {user} is changed.</source>
        <translation>{user} колдонуучусунун сырсөзү өзгөртүлдү.</translation>
    </message>
    <message>
        <source>User {user} is deactivated.</source>
        <translation>{user} колдонуучусу өчүрүлдү.</translation>
    </message>
    <message>
        <source>User {user} may sign in again.</source>
        <translation>{user} колдонуучусу кайра кире алат.</translation>
    </message>
    <message>
        <source>User {user}: {roles}.</source>
        <translation>{user} колдонуучусу: {roles}.</translation>
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
        <source>No signing key yet: make one with `key generate`.</source>
        <translation>Кол коюу ачкычы азырынча жок: `key generate` менен түзүңүз.</translation>
    </message>
    <message>
        <source>(from {day})</source>
        <translation>({day} баштап)</translation>
    </message>
    <message>
        <source>Key {key} signs from {day}; its fingerprint: {fingerprint}.</source>
        <translation>{key} ачкычы {day} баштап кол коёт; анын изи: {fingerprint}.</translation>
    </message>
    <message>
        <source>Key {key} signs no more after {day}.</source>
        <translation>{key} ачкычы {day} кийин кол койбойт.</translation>
    </message>
    <message>
        <source>Key {key} is compromised from {day}: codes it signed since then raise an alarm.</source>
        <translation>{key} ачкычынын коопсуздугу {day} баштап бузулган: ошондон бери ал кол койгон коддор эскертүү берет.</translation>
    </message>
    <message>
        <source>Trust list written to {path}.</source>
        <translation>Ишеним тизмеси жазылды: {path}.</translation>
    </message>
    <message>
        <source>Status list written to {path}.</source>
        <translation>Статус тизмеси жазылды: {path}.</translation>
    </message>
    <message>
        <source>The first list from this committee: compare its key fingerprint {fingerprint} with the one its office read out to you, then run again with --fingerprint.</source>
        <translation>Бул комитеттин биринчи тизмеси: анын ачкычынын изин {fingerprint} алардын кеңсеси сизге окуп берген из менен салыштырып, андан кийин --fingerprint менен кайра иштетиңиз.</translation>
    </message>
    <message>
        <source>Trust list no. {sequence} of {committee} taken in (issued {issued}, {days} d ago). Keys trusted: {keys}.</source>
        <translation>{committee} комитетинин № {sequence} ишеним тизмеси кабыл алынды (чыгарылган: {issued}, {days} күн мурун): ишенимдүү ачкычтар: {keys}.</translation>
    </message>
    <message>
        <source>Status list no. {sequence} of {committee} taken in (as of {issued}, {days} d ago). Certificates suspended or withdrawn: {count}.</source>
        <translation>{committee} комитетинин № {sequence} статус тизмеси кабыл алынды ({issued} абалы боюнча, {days} күн мурун): токтотулган же кайтарып алынган сертификаттар: {count}.</translation>
    </message>
    <message>
        <source>It was due to be replaced on {day}: ask {committee} for a newer one.</source>
        <translation>Ал {day} алмаштырылышы керек эле: {committee} комитетинен жаңысын сураңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %Ln entry(ies).</source>
        <translation>
            <numerusform>Аракеттер журналы бүтүн: %Ln жазуу.</numerusform>
            <numerusform>Аракеттер журналы бүтүн: %Ln жазуу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) of lot {lot} ({certificate}), serials {serials}, written to {path}.</source>
        <translation>
            <numerusform>{lot} партиясынын ({certificate}) %Ln этикеткасы, номерлери {serials}, {path} файлына жазылды.</numerusform>
            <numerusform>{lot} партиясынын ({certificate}) %Ln этикеткасы, номерлери {serials}, {path} файлына жазылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) of lot {lot} recorded as spoiled: {serials}.</source>
        <translation>
            <numerusform>{lot} партиясынын %Ln этикеткасы жараксыз деп катталды: {serials}.</numerusform>
            <numerusform>{lot} партиясынын %Ln этикеткасы жараксыз деп катталды: {serials}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template {template} added: %n label(s) a page.</source>
        <translation>
            <numerusform>{template} үлгүсү кошулду: бир баракта %n этикетка.</numerusform>
            <numerusform>{template} үлгүсү кошулду: бир баракта %n этикетка.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written to {path}: {size} KB, %Ln audit entry(ies) checked, {seconds} s.</source>
        <translation>
            <numerusform>Камдык көчүрмө {path} файлына жазылды: {size} КБ, аудиттин %Ln жазуусу текшерилди, {seconds} с.</numerusform>
            <numerusform>Камдык көчүрмө {path} файлына жазылды: {size} КБ, аудиттин %Ln жазуусу текшерилди, {seconds} с.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the register with {path} ({certificates}, {entries})? Type yes: </source>
        <translation>Реестрди {path} менен алмаштырабы ({certificates}, {entries})? ооба деп жазыңыз: </translation>
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s)</source>
        <translation>
            <numerusform>%Ln сертификат</numerusform>
            <numerusform>%Ln сертификат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entry(ies)</source>
        <translation>
            <numerusform>аудиттин %Ln жазуусу</numerusform>
            <numerusform>аудиттин %Ln жазуусу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register restored from {path}; the register it replaced is kept in {safety}. %Ln counter(s) moved above numbers already given out.</source>
        <translation>
            <numerusform>Реестр {path} файлынан калыбына келтирилди; алмаштырылган реестр {safety} файлында сакталды. %Ln эсептегич мурун берилген номерлерден жогору жылдырылды.</numerusform>
            <numerusform>Реестр {path} файлынан калыбына келтирилди; алмаштырылган реестр {safety} файлында сакталды. %Ln эсептегич мурун берилген номерлерден жогору жылдырылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli help</name>
    <message>
        <source>Belgi — OVOP brand committee workstation</source>
        <translation>Belgi — «Бир айыл — бир продукт» бренд-комитетинин жумушчу орду</translation>
    </message>
    <message>
        <source>database URL or SQLite file (or BELGI_DB)</source>
        <translation>маалымат базасынын дареги же SQLite файлы (же BELGI_DB)</translation>
    </message>
    <message>
        <source>language (or BELGI_LANG)</source>
        <translation>тил (же BELGI_LANG)</translation>
    </message>
    <message>
        <source>fill an empty database with sample data</source>
        <translation>бош маалымат базасын үлгү маалыматтар менен толтуруу</translation>
    </message>
    <message>
        <source>list certificates</source>
        <translation>сертификаттардын тизмеси</translation>
    </message>
    <message>
        <source>act on one certificate</source>
        <translation>бир сертификат менен иштөө</translation>
    </message>
    <message>
        <source>lots reported under a certificate</source>
        <translation>сертификат боюнча катталган партиялар</translation>
    </message>
    <message>
        <source>record a lot of certified product</source>
        <translation>сертификатталган продукциянын партиясын каттоо</translation>
    </message>
    <message>
        <source>print labels of a lot with new serials</source>
        <translation>партиянын этикеткаларын жаңы сериялык номерлер менен басып чыгаруу</translation>
    </message>
    <message>
        <source>label stock: reprints, spoilage, templates</source>
        <translation>этикеткалар: кайра басуу, жараксыздар, шаблондор</translation>
    </message>
    <message>
        <source>documents to publish or file</source>
        <translation>жарыялана турган же сактала турган документтер</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>аудит журналы</translation>
    </message>
    <message>
        <source>copy the register to FILE and check the copy</source>
        <translation>реестрди FILE файлына көчүрүп, көчүрмөнү текшерүү</translation>
    </message>
    <message>
        <source>replace the register with a checked backup</source>
        <translation>реестрди текшерилген камдык көчүрмө менен алмаштыруу</translation>
    </message>
    <message>
        <source>the committee&apos;s users and their roles</source>
        <translation>комитеттин колдонуучулары жана алардын ролдору</translation>
    </message>
    <message>
        <source>add a user, set a password, roles, deactivate</source>
        <translation>колдонуучу кошуу, сырсөз, ролдор, өчүрүү</translation>
    </message>
    <message>
        <source>this committee&apos;s signing keys</source>
        <translation>ушул комитеттин кол коюу ачкычтары</translation>
    </message>
    <message>
        <source>signed trust and status lists</source>
        <translation>кол коюлган ишеним жана статус тизмелери</translation>
    </message>
    <message>
        <source>check a label&apos;s or certificate&apos;s code</source>
        <translation>этикетканын же сертификаттын кодун текшерүү</translation>
    </message>
    <message>
        <source>render a page of the main window offscreen to a PNG</source>
        <translation>башкы терезенин барагын экранга чыгарбай PNG сүрөтүнө тартуу</translation>
    </message>
    <message>
        <source>number prefix or name fragment</source>
        <translation>номердин башы же аталыштын бөлүгү</translation>
    </message>
    <message>
        <source>suspend a certificate</source>
        <translation>сертификатты убактылуу токтотуу</translation>
    </message>
    <message>
        <source>withdraw a certificate</source>
        <translation>сертификатты кайтарып алуу</translation>
    </message>
    <message>
        <source>restore a certificate</source>
        <translation>сертификатты калыбына келтирүү</translation>
    </message>
    <message>
        <source>one certificate and its history</source>
        <translation>бир сертификат жана анын тарыхы</translation>
    </message>
    <message>
        <source>the certificate as a PDF with its signed QR code</source>
        <translation>кол коюлган QR коду менен сертификаттын PDF файлы</translation>
    </message>
    <message>
        <source>record a lot under a certificate in force</source>
        <translation>күчүндөгү сертификат боюнча партияны каттоо</translation>
    </message>
    <message>
        <source>the producer&apos;s lot number</source>
        <translation>өндүрүүчүнүн партия номери</translation>
    </message>
    <message>
        <source>DD.MM.YYYY or YYYY-MM-DD</source>
        <translation>КК.АА.ЖЖЖЖ же ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>needed when the scope has several</source>
        <translation>сертификатта бир нече продукт болсо керек</translation>
    </message>
    <message>
        <source>pcs, kg, g, l, ml, pack</source>
        <translation>pcs (даана), kg, g, l, ml, pack (таңгак)</translation>
    </message>
    <message>
        <source>print spoiled labels again, same serials</source>
        <translation>жараксыз этикеткаларды ошол эле номерлер менен кайра басуу</translation>
    </message>
    <message>
        <source>record spoiled labels, with the reason</source>
        <translation>жараксыз этикеткаларды себеби менен каттоо</translation>
    </message>
    <message>
        <source>what became of every serial of a lot</source>
        <translation>партиянын ар бир сериялык номерине эмне болгону</translation>
    </message>
    <message>
        <source>label sheets and rolls to print on</source>
        <translation>басуу үчүн этикетка барактары жана ролдору</translation>
    </message>
    <message>
        <source>take in a gLabels template file</source>
        <translation>gLabels шаблон файлын кошуу</translation>
    </message>
    <message>
        <source>a template typed in from the sheet&apos;s packaging</source>
        <translation>барактын кутусунан жазылып алынган шаблон</translation>
    </message>
    <message>
        <source>hide an own template</source>
        <translation>өз шаблонун жашыруу</translation>
    </message>
    <message>
        <source>calibrate the printer for a template (mm)</source>
        <translation>принтерди шаблонго тууралоо (мм)</translation>
    </message>
    <message>
        <source>a test page of label outlines</source>
        <translation>этикетка контурлорунун сыноо барагы</translation>
    </message>
    <message>
        <source>e.g. 5,7-9</source>
        <translation>мисалы, 5,7-9</translation>
    </message>
    <message>
        <source>misprint, jammed, damaged, lost or other (with --note)</source>
        <translation>misprint (туура эмес басылган), jammed (тыгылган), damaged (бузулган), lost (жоголгон) же other (--note менен)</translation>
    </message>
    <message>
        <source>the public register, ready to publish</source>
        <translation>жарыялоого даяр ачык реестр</translation>
    </message>
    <message>
        <source>the report of one inspection</source>
        <translation>бир текшерүүнүн отчету</translation>
    </message>
    <message>
        <source>the committee&apos;s figures for a period</source>
        <translation>комитеттин бир мезгилдеги көрсөткүчтөрү</translation>
    </message>
    <message>
        <source>also the signed status list (passphrase)</source>
        <translation>кол коюлган статус тизмеси да (ачкычтын сырсөзү)</translation>
    </message>
    <message>
        <source>check that no entry was edited, removed or moved, and that the register agrees with the log</source>
        <translation>журналдын бир да жазуусу өзгөртүлбөгөнүн, өчүрүлбөгөнүн же жылдырылбаганын жана реестр журнал менен дал келерин текшерүү</translation>
    </message>
    <message>
        <source>a signed checkpoint file, or a folder of them (a published register, exported lists); the backup folder is always read</source>
        <translation type="unfinished">кол коюлган текшерүү чекитинин файлы же алардын папкасы (жарыяланган реестр, экспорттолгон тизмелер); камдык көчүрмөлөрдүн папкасы дайыма окулат</translation>
    </message>
    <message>
        <source>open this dialog of the page and picture it (labels: print, calibration)</source>
        <translation>барактын ушул диалогун ачып, сүрөткө тартуу (labels: print, calibration)</translation>
    </message>
    <message>
        <source>an administrator (or BELGI_USER)</source>
        <translation>администратор (же BELGI_USER)</translation>
    </message>
    <message>
        <source>replace without asking</source>
        <translation>сурабай алмаштыруу</translation>
    </message>
    <message>
        <source>a new user (password: prompt or BELGI_NEW_PASSWORD)</source>
        <translation>жаңы колдонуучу (сырсөз: суралат же BELGI_NEW_PASSWORD)</translation>
    </message>
    <message>
        <source>a new password (prompt or BELGI_NEW_PASSWORD)</source>
        <translation>жаңы сырсөз (суралат же BELGI_NEW_PASSWORD)</translation>
    </message>
    <message>
        <source>the user can no longer sign in (the record stays)</source>
        <translation>колдонуучу мындан ары кире албайт (жазуусу калат)</translation>
    </message>
    <message>
        <source>a deactivated user may sign in again</source>
        <translation>өчүрүлгөн колдонуучу кайра кире алат</translation>
    </message>
    <message>
        <source>replace the user&apos;s roles</source>
        <translation>колдонуучунун ролдорун алмаштыруу</translation>
    </message>
    <message>
        <source>as printed (default: NAME)</source>
        <translation>басылгандай (демейки: NAME)</translation>
    </message>
    <message>
        <source>who acts (or BELGI_USER)</source>
        <translation>ким аткарат (же BELGI_USER)</translation>
    </message>
    <message>
        <source>every key, its period and state</source>
        <translation>ар бир ачкыч, анын мөөнөтү жана абалы</translation>
    </message>
    <message>
        <source>a new key from today; the key in force stops today</source>
        <translation>бүгүндөн баштап жаңы ачкыч; күчүндөгү ачкыч бүгүн токтойт</translation>
    </message>
    <message>
        <source>the key stops signing today</source>
        <translation>ачкыч бүгүндөн тартып кол койбойт</translation>
    </message>
    <message>
        <source>codes signed from DATE alarm</source>
        <translation>DATE күнүнөн бери кол коюлган коддор эскертүү берет</translation>
    </message>
    <message>
        <source>this committee&apos;s trust and status lists</source>
        <translation>ушул комитеттин ишеним жана статус тизмелери</translation>
    </message>
    <message>
        <source>another committee&apos;s trust or status list</source>
        <translation>башка комитеттин ишеним же статус тизмеси</translation>
    </message>
    <message>
        <source>the sender&apos;s key fingerprint, read out by them</source>
        <translation>жөнөтүүчүнүн ачкычынын изи, өзү окуп берген</translation>
    </message>
    <message>
        <source>the code&apos;s text, or - for stdin</source>
        <translation>коддун тексти, же стандарттык киргизүү үчүн -</translation>
    </message>
    <message>
        <source>a photo or scan of the code</source>
        <translation>коддун сүрөтү же сканы</translation>
    </message>
    <message>
        <source>where the label was found</source>
        <translation>этикетка табылган жер</translation>
    </message>
    <message>
        <source>do not log this check</source>
        <translation>бул текшерүүнү журналга жазбоо</translation>
    </message>
    <message>
        <source>register, standards, inspections, …, administration; login, first-start</source>
        <translation>register, standards, inspections, …, administration; login, first-start (барактар)</translation>
    </message>
    <message>
        <source>the PNG file to write</source>
        <translation>жазыла турган PNG файлы</translation>
    </message>
    <message>
        <source>signed in as (default: admin)</source>
        <translation>ким катары кирүү (демейки: admin)</translation>
    </message>
    <message>
        <source>window size, e.g. 1920x1080</source>
        <translation>терезенин өлчөмү, мисалы, 1920x1080</translation>
    </message>
    <message>
        <source>type TEXT into the scanner field and press Enter (verify); the check is logged</source>
        <translation>сканер талаасына TEXT жазып, Enter басуу (verify); текшерүү журналга жазылат</translation>
    </message>
    <message>
        <source>the place of the checks of --scan</source>
        <translation>--scan текшерүүлөрүнүн орду</translation>
    </message>
    <message>
        <source>the tab to show, on a page with tabs</source>
        <translation>өтмөктөрү бар барактагы көрсөтүлө турган өтмөк</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>active</source>
        <translation>күчүндө</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>убактылуу токтотулган</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>кайтарылып алынган</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>мөөнөтү бүткөн</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>алмаштырылган</translation>
    </message>
</context>
</TS>
