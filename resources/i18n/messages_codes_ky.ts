<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>messages</name>
    <message>
        <source>Key {key_id} is already marked compromised.</source>
        <translation>{key_id} ачкычынын коопсуздугу бузулганы мурунтан эле белгиленген.</translation>
    </message>
    <message>
        <source>Key {key_id} is already retired.</source>
        <translation>{key_id} ачкычы мурунтан эле колдонуудан чыгарылган.</translation>
    </message>
    <message>
        <source>Key {key_id} may not sign today (outside its signing period).</source>
        <translation>{key_id} ачкычы бүгүн кол коё албайт (кол коюу мөөнөтүнөн тышкары).</translation>
    </message>
    <message>
        <source>Signing key {key_id} not found.</source>
        <translation>{key_id} кол коюу ачкычы табылган жок.</translation>
    </message>
    <message>
        <source>The list&apos;s signature does not match: the file was changed or is forged.</source>
        <translation>Тизменин кол тамгасы дал келбейт: файл өзгөртүлгөн же жасалма.</translation>
    </message>
    <message>
        <source>Confirm the sender&apos;s key fingerprint {fingerprint} with them before importing.</source>
        <translation>Импорттоодон мурун жөнөтүүчүнүн ачкычынын изин {fingerprint} алар менен тактаңыз.</translation>
    </message>
    <message>
        <source>This list comes from this committee itself; nothing to import.</source>
        <translation>Бул тизме ушул комитеттин өзүнөн; импорттоо керек эмес.</translation>
    </message>
    <message>
        <source>This list (number {sequence}) is not newer than the one held ({held}).</source>
        <translation>Бул тизме (№ {sequence}) колдогу тизмеден ({held}) жаңы эмес.</translation>
    </message>
    <message>
        <source>The list names another region for committee {committee} than before.</source>
        <translation>Тизмеде {committee} комитети үчүн мурункудан башка аймак көрсөтүлгөн.</translation>
    </message>
    <message>
        <source>The list is signed with key {key_id}, which is marked compromised.</source>
        <translation>Тизмеге коопсуздугу бузулган деп белгиленген {key_id} ачкычы менен кол коюлган.</translation>
    </message>
    <message>
        <source>The list file is too large.</source>
        <translation>Тизменин файлы өтө чоң.</translation>
    </message>
    <message>
        <source>The file is not a trust or status list Belgi knows.</source>
        <translation>Файл Belgi тааныган ишеним же статус тизмеси эмес.</translation>
    </message>
    <message>
        <source>The list names an unknown region “{region}”.</source>
        <translation>Тизмеде белгисиз аймак көрсөтүлгөн: «{region}».</translation>
    </message>
    <message>
        <source>The list file cannot be read.</source>
        <translation>Тизменин файлын окууга болбойт.</translation>
    </message>
    <message>
        <source>No key of the committee may sign today: its keys have ended or are marked compromised. Create a new one in Administration.</source>
        <translation type="unfinished">Бүгүн комитеттин бир да ачкычы кол коё албайт: ачкычтардын мөөнөтү бүткөн же алардын коопсуздугу бузулганы белгиленген. Башкаруу бөлүмүндө жаңысын түзүңүз.</translation>
    </message>
    <message>
        <source>The committee has no signing key yet: create one in Administration.</source>
        <translation>Комитетте али кол коюу ачкычы жок: аны Башкаруу бөлүмүндө түзүңүз.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {minimum} characters.</source>
        <translation>Ачкычтын сырсөзүндө жок дегенде {minimum} белги болушу керек.</translation>
    </message>
    <message>
        <source>A key cannot be retired before its signing period begins.</source>
        <translation>Ачкычты кол коюу мөөнөтү башталганга чейин колдонуудан чыгарууга болбойт.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key.</source>
        <translation>Кол коюу ачкычынын сырсөзү туура эмес.</translation>
    </message>
    <message>
        <source>The committee is not set up in this database yet.</source>
        <translation>Бул маалымат базасында комитет али түзүлө элек.</translation>
    </message>
    <message>
        <source>Print from 1 to {maximum} labels at a time.</source>
        <translation>Бир жолу басылуучу этикеткалардын саны: 1–{maximum}.</translation>
    </message>
    <message>
        <source>Labels cannot be printed: the certificate is {status}.</source>
        <translation>Этикеткаларды басып чыгарууга болбойт: сертификат — {status}.</translation>
    </message>
    <message>
        <source>This certificate has used all its label lot numbers.</source>
        <translation>Бул сертификат этикетка партияларынын бардык номерлерин колдонуп бүттү.</translation>
    </message>
    <message>
        <source>This lot has only {left} label serials left.</source>
        <translation>Бул партияда болгону {left} этикетка номери калды.</translation>
    </message>
    <message>
        <source>Complaint {complaint} is already closed.</source>
        <translation>{complaint}-даттануу мурунтан жабылган.</translation>
    </message>
    <message>
        <source>Check {check} not found.</source>
        <translation>№ {check} текшерүү табылган жок.</translation>
    </message>
    <message>
        <source>Check {check} found a genuine, valid label: there is nothing to complain of.</source>
        <translation>№ {check} текшерүү этикетка чыныгы жана күчүндө экенин көрсөттү: даттанууга негиз жок.</translation>
    </message>
    <message>
        <source>Describe the complaint in 1 to {maximum} characters.</source>
        <translation>Даттанууну 1ден {maximum} белгиге чейин сүрөттөңүз.</translation>
    </message>
    <message>
        <source>Complaint {complaint} not found.</source>
        <translation>{complaint}-даттануу табылган жок.</translation>
    </message>
    <message>
        <source>Say how the complaint was resolved.</source>
        <translation>Даттануу кандай чечилгенин жазыңыз.</translation>
    </message>
</context>
</TS>
