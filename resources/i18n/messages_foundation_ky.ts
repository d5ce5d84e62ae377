<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>messages</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Колдонуучунун аты же сырсөзү туура эмес.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this user name: wait {seconds} s, then try again.</source>
        <translation>Бул колдонуучунун аты үчүн сырсөз өтө көп жолу туура эмес терилди: {seconds} с күтүп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>User {username} may not do this (it needs the role: {roles}).</source>
        <translation>{username} колдонуучусу муну аткара албайт (керектүү роль: {roles}).</translation>
    </message>
    <message>
        <source>Category code “{value}”: use Latin letters, digits, “-” or “_”.</source>
        <translation>Категориянын коду «{value}»: латын тамгаларын, сандарды, «-» же «_» колдонуңуз.</translation>
    </message>
    <message>
        <source>Category “{value}” already exists.</source>
        <translation>«{value}» категориясы мурунтан эле бар.</translation>
    </message>
    <message>
        <source>No such product category: {code}.</source>
        <translation>Мындай продукция категориясы жок: {code}.</translation>
    </message>
    <message>
        <source>The products of a certificate must all belong to its producer.</source>
        <translation>Сертификаттагы бардык продукциялар анын өндүрүүчүсүнө таандык болушу керек.</translation>
    </message>
    <message>
        <source>“{value}” is not a change of a certificate&apos;s state.</source>
        <translation>«{value}» — сертификаттын абалын өзгөртүү эмес.</translation>
    </message>
    <message>
        <source>Certificate {number} not found.</source>
        <translation>{number} сертификаты табылган жок.</translation>
    </message>
    <message>
        <source>The number {number} is already in use: check the numbering format in the settings.</source>
        <translation>{number} номери мурунтан колдонулууда: жөндөөлөрдөгү номерлөө форматын текшериңиз.</translation>
    </message>
    <message>
        <source>Give the reason for changing the certificate&apos;s state.</source>
        <translation>Сертификаттын абалын өзгөртүүнүн себебин көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Choose the products the new certificate covers (a different list).</source>
        <translation>Жаңы сертификат камтый турган продукцияларды тандаңыз (башка тизме).</translation>
    </message>
    <message>
        <source>Certificate {number} is {status}: the action “{action}” is not allowed.</source>
        <translation>{number} сертификаты — {status}: «{action}» аракетине жол берилбейт.</translation>
    </message>
    <message>
        <source>This database already belongs to a committee.</source>
        <translation>Бул маалымат базасы мурунтан эле бир комитетке таандык.</translation>
    </message>
    <message>
        <source>Committee code “{value}”: 1 to 8 Latin letters or digits.</source>
        <translation>Комитеттин коду «{value}»: 1ден 8ге чейин латын тамгасы же сан.</translation>
    </message>
    <message>
        <source>The committee is not set up in this database yet.</source>
        <translation>Бул маалымат базасында комитет али түзүлө элек.</translation>
    </message>
    <message>
        <source>The votes do not add up: {eligible} members may vote on this item.</source>
        <translation>Добуштар туура келбейт: бул маселе боюнча {eligible} мүчө добуш бере алат.</translation>
    </message>
    <message>
        <source>{username} declared a conflict of interest with {producer} and cannot decide this.</source>
        <translation>{username} {producer} менен кызыкчылыктардын кагылышын билдирген, ошондуктан бул маселени чече албайт.</translation>
    </message>
    <message>
        <source>Inspection {id} did not pass (score {score}); a certificate cannot be granted on it.</source>
        <translation>№ {id} текшерүүнүн жыйынтыгы терс (балл: {score}); анын негизинде сертификат ыйгарууга болбойт.</translation>
    </message>
    <message>
        <source>{username} carried out inspection {id} and cannot decide on it.</source>
        <translation>{username} № {id} текшерүүнү жүргүзгөн, ошондуктан ал боюнча чечим чыгара албайт.</translation>
    </message>
    <message>
        <source>A grant needs a majority: {votes_for} of {eligible} voted for it.</source>
        <translation>Ыйгаруу үчүн көпчүлүк добуш керек: {eligible} мүчөдөн {votes_for} колдоду.</translation>
    </message>
    <message>
        <source>No quorum: {eligible} members present may decide this, {quorum} are needed.</source>
        <translation>Кворум жок: катышкан мүчөлөрдөн {eligible} чечим чыгара алат, {quorum} керек.</translation>
    </message>
    <message>
        <source>{username} is not marked present at this session.</source>
        <translation>{username} бул отурумда катышкан деп белгиленген эмес.</translation>
    </message>
    <message>
        <source>Inspection {id} is not waiting for a decision.</source>
        <translation>№ {id} текшерүү чечим күтүп жаткан жок.</translation>
    </message>
    <message>
        <source>Give the reason for refusing or deferring.</source>
        <translation>Четке кагуунун же кийинкиге калтыруунун себебин көрсөтүңүз.</translation>
    </message>
    <message>
        <source>The demo needs an empty database; this one already holds a committee.</source>
        <translation>Демо үчүн бош маалымат базасы керек; бул базада комитет мурунтан бар.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field}: «{value}» сан эмес.</translation>
    </message>
    <message>
        <source>{field}: this must be filled in.</source>
        <translation>{field}: толтурулушу керек.</translation>
    </message>
    <message>
        <source>{field}: at most {maximum} characters.</source>
        <translation>{field}: эң көп {maximum} белги.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (write 26.11.2026 or 2026-11-26).</source>
        <translation>{field}: «{value}» күн эмес (26.11.2026 же 2026-11-26 деп жазыңыз).</translation>
    </message>
    <message>
        <source>Criterion {field}: choose one of the listed answers.</source>
        <translation>{field} критерийи: берилген жооптордун бирин тандаңыз.</translation>
    </message>
    <message>
        <source>A surveillance or renewal inspection needs the certificate it checks.</source>
        <translation>Көзөмөл же узартуу текшерүүсү үчүн текшерилүүчү сертификат керек.</translation>
    </message>
    <message>
        <source>The due date {value} is before the inspection.</source>
        <translation>Аткаруу мөөнөтү {value} текшерүүдөн мурун.</translation>
    </message>
    <message>
        <source>The inspection date {value} is in the future.</source>
        <translation>Текшерүү күнү {value} келечекте.</translation>
    </message>
    <message>
        <source>Answer every criterion before submitting; still open: {codes}.</source>
        <translation>Жөнөтүүдөн мурун бардык критерийлерге жооп бериңиз; жооп жок: {codes}.</translation>
    </message>
    <message>
        <source>Inspection {id} has been submitted and can no longer be changed.</source>
        <translation>№ {id} текшерүү жөнөтүлгөн, аны өзгөртүүгө болбойт.</translation>
    </message>
    <message>
        <source>Inspection {id} not found.</source>
        <translation>№ {id} текшерүү табылган жок.</translation>
    </message>
    <message>
        <source>Inspection {id} belongs to another inspector.</source>
        <translation>№ {id} текшерүү башка инспекторго таандык.</translation>
    </message>
    <message>
        <source>{product} is not covered by certificate {number}.</source>
        <translation>{product} {number} сертификатына кирбейт.</translation>
    </message>
    <message>
        <source>Criterion {field}: give a score from 0 to {maximum}.</source>
        <translation>{field} критерийи: балл коюңуз (0–{maximum}).</translation>
    </message>
    <message>
        <source>The standard has no criterion {field}.</source>
        <translation>Стандартта {field} критерийи жок.</translation>
    </message>
    <message>
        <source>Standard {standard} is for another product category than {product}.</source>
        <translation>{standard} стандарты {product} продукциясынан башка категория үчүн.</translation>
    </message>
    <message>
        <source>Lot number “{value}”: up to 20 Latin letters, digits, “-”, “/” or “.”.</source>
        <translation>Партиянын номери «{value}»: 20га чейин латын тамгасы, сан, «-», «/» же «.».</translation>
    </message>
    <message>
        <source>Quantity “{value}”: give a positive number.</source>
        <translation>Саны «{value}»: оң сан жазыңыз.</translation>
    </message>
    <message>
        <source>Unknown unit “{value}”.</source>
        <translation>Белгисиз өлчөө бирдиги «{value}».</translation>
    </message>
    <message>
        <source>The best-before date {value} must come after the production date.</source>
        <translation>Жарактуулук мөөнөтү {value} өндүрүлгөн күндөн кийин болушу керек.</translation>
    </message>
    <message>
        <source>Certificate {number} is {status}: no new lots can be reported under it.</source>
        <translation>{number} сертификаты — {status}: ага жаңы партияларды каттоого болбойт.</translation>
    </message>
    <message>
        <source>{producer} already has a lot numbered {lot_number}.</source>
        <translation>{producer} өндүрүүчүсүндө {lot_number} номерлүү партия мурунтан бар.</translation>
    </message>
    <message>
        <source>Lot {lot_number} not found under certificate {number}.</source>
        <translation>{number} сертификаты боюнча {lot_number} партиясы табылган жок.</translation>
    </message>
    <message>
        <source>The lot was produced on {value}, before the certificate was issued ({issued}).</source>
        <translation>Партия {value} өндүрүлгөн, сертификат берилгенге чейин ({issued}).</translation>
    </message>
    <message>
        <source>The production date {value} is in the future.</source>
        <translation>Өндүрүлгөн күнү {value} келечекте.</translation>
    </message>
    <message>
        <source>Certificate {number} covers several products; name one: {products}.</source>
        <translation>{number} сертификаты бир нече продукцияны камтыйт; бирин атаңыз: {products}.</translation>
    </message>
    <message>
        <source>This non-conformity is already closed.</source>
        <translation>Бул шайкеш келбөө мурунтан жабылган.</translation>
    </message>
    <message>
        <source>Non-conformity {id} not found.</source>
        <translation>{id}-шайкеш келбөө табылган жок.</translation>
    </message>
    <message>
        <source>Photos must be JPEG, PNG or WebP (this one is {format}).</source>
        <translation>Сүрөт JPEG, PNG же WebP болушу керек (бул — {format}).</translation>
    </message>
    <message>
        <source>Photo {id} not found.</source>
        <translation>{id}-сүрөт табылган жок.</translation>
    </message>
    <message>
        <source>The photo is {size_mb} MB; the limit is {limit_mb} MB.</source>
        <translation>Сүрөттүн көлөмү {size_mb} МБ; чеги {limit_mb} МБ.</translation>
    </message>
    <message>
        <source>The photo is {width}×{height} pixels, more than 50 megapixels.</source>
        <translation>Сүрөт {width}×{height} пиксель, 50 мегапикселден ашык.</translation>
    </message>
    <message>
        <source>The file is not a readable photo.</source>
        <translation>Файл окула турган сүрөт эмес.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a sensible number of people.</source>
        <translation>{field}: «{value}» адамдардын санына окшобойт.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>«{value}» электрондук почтанын дареги эмес.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (e.g. +996 555 123 456).</source>
        <translation>«{value}» телефон номери эмес (мисалы, +996 555 123 456).</translation>
    </message>
    <message>
        <source>The tax number (INN) has 14 digits; “{value}” does not.</source>
        <translation>ИСН 14 цифрадан турат; «{value}» андай эмес.</translation>
    </message>
    <message>
        <source>An individual producer counts as one member.</source>
        <translation>Жеке өндүрүүчү бир мүчө катары эсептелет.</translation>
    </message>
    <message>
        <source>{field}: cannot be more than the {members} members.</source>
        <translation>{field}: {members} мүчөдөн ашык болушу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>Producer {id} not found.</source>
        <translation>{id}-өндүрүүчү табылган жок.</translation>
    </message>
    <message>
        <source>{name} is certified: its category cannot change while the certificate is in force.</source>
        <translation>{name} сертификатталган: сертификат күчүндө турганда анын категориясын өзгөртүүгө болбойт.</translation>
    </message>
    <message>
        <source>Product {id} not found.</source>
        <translation>{id}-продукт табылган жок.</translation>
    </message>
    <message>
        <source>Unknown region “{value}”.</source>
        <translation>Белгисиз аймак «{value}».</translation>
    </message>
    <message>
        <source>Choose who chairs the session.</source>
        <translation>Отурумга ким төрагалык кыларын тандаңыз.</translation>
    </message>
    <message>
        <source>The chair, {name}, must be among those present.</source>
        <translation>Төрага ({name}) катышкандардын арасында болушу керек.</translation>
    </message>
    <message>
        <source>{value} cannot chair a session (not a chair of the committee).</source>
        <translation>{value} отурумду алып бара албайт (комитеттин төрагасы эмес).</translation>
    </message>
    <message>
        <source>Quorum “{value}”: give a number from 1 to {maximum}.</source>
        <translation>Кворум «{value}»: 1–{maximum} аралыгындагы сан жазыңыз.</translation>
    </message>
    <message>
        <source>Session {title} is closed.</source>
        <translation>{title} отуруму жабылган.</translation>
    </message>
    <message>
        <source>The committee has no members yet: add users with the member role.</source>
        <translation>Комитетте али мүчөлөр жок: «мүчө» ролу бар колдонуучуларды кошуңуз.</translation>
    </message>
    <message>
        <source>Not members of the committee: {names}.</source>
        <translation>Комитеттин мүчөлөрү эмес: {names}.</translation>
    </message>
    <message>
        <source>Session {id} not found.</source>
        <translation>{id}-отурум табылган жок.</translation>
    </message>
    <message>
        <source>Documents can carry one or two of the languages ky, ru, en.</source>
        <translation>Документтерде ky, ru, en тилдеринин бирөө же экөө болушу мүмкүн.</translation>
    </message>
    <message>
        <source>Numbering format “{value}” must contain {{seq}} and may use {{region}}, {{year}}, {{committee}}.</source>
        <translation>«{value}» номерлөө форматында {{seq}} болушу керек; {{region}}, {{year}}, {{committee}} колдонсо болот.</translation>
    </message>
    <message>
        <source>The verification address “{value}” may hold only Latin letters, digits, “.”, “-”, “/”.</source>
        <translation>«{value}» текшерүү дарегинде латын тамгалары, сандар, «.», «-», «/» гана болушу мүмкүн.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not accepted.</source>
        <translation>{field}: «{value}» кабыл алынбайт.</translation>
    </message>
    <message>
        <source>{field}: give a number from {minimum} to {maximum}.</source>
        <translation>{field}: {minimum}–{maximum} аралыгындагы сан жазыңыз.</translation>
    </message>
    <message>
        <source>There is no setting “{field}”.</source>
        <translation>«{field}» деген жөндөө жок.</translation>
    </message>
    <message>
        <source>Criterion {code}: give at least two answers and mark the acceptable ones.</source>
        <translation>{code} критерийи: жок дегенде эки жооп жазып, алгылыктууларын белгилеңиз.</translation>
    </message>
    <message>
        <source>Standard code “{value}”: 2 to 32 Latin letters, digits or “-”.</source>
        <translation>Стандарттын коду «{value}»: 2ден 32ге чейин латын тамгасы, сан же «-».</translation>
    </message>
    <message>
        <source>Criterion number “{value}”: use digits, letters and dots, e.g. 2.3.</source>
        <translation>Критерийдин номери «{value}»: сандарды, тамгаларды жана чекитти колдонуңуз, мисалы 2.3.</translation>
    </message>
    <message>
        <source>The pass mark “{value}” must be between 0 and 100.</source>
        <translation>«{value}» өтүү баллы 0 менен 100дүн ортосунда болушу керек.</translation>
    </message>
    <message>
        <source>Criterion {code}: a scale needs a top score from 1 to 100.</source>
        <translation>{code} критерийи: шкаланын эң жогорку баллы 1ден 100гө чейин болушу керек.</translation>
    </message>
    <message>
        <source>Star bands: 1 to 5 stars, each needing a higher score than the one before.</source>
        <translation>Жылдыздар: 1ден 5ке чейин, ар бири мурункусунан жогору балл талап кылат.</translation>
    </message>
    <message>
        <source>{group}: the weight must be greater than zero.</source>
        <translation>{group}: салмактык коэффициент нөлдөн чоң болушу керек.</translation>
    </message>
    <message>
        <source>Criterion number {value} is used twice.</source>
        <translation>{value} критерий номери эки жолу колдонулган.</translation>
    </message>
    <message>
        <source>Group “{group}” has no criteria.</source>
        <translation>«{group}» тобунда критерийлер жок.</translation>
    </message>
    <message>
        <source>Standard {value} already exists.</source>
        <translation>{value} стандарты мурунтан бар.</translation>
    </message>
    <message>
        <source>{code} version {version} is used by inspections and cannot change; make a new version.</source>
        <translation>{code} стандартынын {version}-версиясы текшерүүлөрдө колдонулган, аны өзгөртүүгө болбойт; жаңы версия түзүңүз.</translation>
    </message>
    <message>
        <source>Criterion {code}: the minimum is above the maximum.</source>
        <translation>{code} критерийи: минимум максимумдан чоң.</translation>
    </message>
    <message>
        <source>A standard needs at least one group of criteria.</source>
        <translation>Стандартта жок дегенде бир критерийлер тобу болушу керек.</translation>
    </message>
    <message>
        <source>Criterion {code}: a measurement needs a minimum, a maximum or both.</source>
        <translation>{code} критерийи: өлчөө үчүн минимум, максимум же экөө тең керек.</translation>
    </message>
    <message>
        <source>Standard {id} not found.</source>
        <translation>{id} стандарты табылган жок.</translation>
    </message>
    <message>
        <source>Criterion {code}: a note is not scored, so it cannot be critical.</source>
        <translation>{code} критерийи: эскертүү бааланбайт, ошондуктан ал критикалык боло албайт.</translation>
    </message>
    <message>
        <source>A standard needs at least one scored criterion.</source>
        <translation>Стандартта жок дегенде бир бааланган критерий болушу керек.</translation>
    </message>
    <message>
        <source>Standard version {id} not found.</source>
        <translation>{id} стандарт версиясы табылган жок.</translation>
    </message>
    <message>
        <source>User name “{value}”: one word, up to 64 characters.</source>
        <translation>Колдонуучунун аты «{value}»: бир сөз, 64 белгиге чейин.</translation>
    </message>
    <message>
        <source>User {username} already exists.</source>
        <translation>{username} колдонуучусу мурунтан бар.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Колдонуучуга жок дегенде бир роль бериңиз.</translation>
    </message>
    <message>
        <source>User {username} not found.</source>
        <translation>{username} колдонуучусу табылган жок.</translation>
    </message>
    <message>
        <source>The password needs at least {minimum} characters.</source>
        <translation>Сырсөздө жок дегенде {minimum} белги болушу керек.</translation>
    </message>
</context>
</TS>
