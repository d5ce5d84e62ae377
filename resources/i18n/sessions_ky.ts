<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Member</source>
        <translation>Мүчө</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>e.g. a relative is a member of the group</source>
        <translation>мисалы, тууганы топтун мүчөсү</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Кызыкчылыктардын кагылышы</translation>
    </message>
    <message>
        <source>Choose the producer.</source>
        <translation>Өндүрүүчүнү тандаңыз.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Grant the certificate</source>
        <translation>Сертификат ыйгаруу</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Четке кагуу</translation>
    </message>
    <message>
        <source>Defer to a later session</source>
        <translation>Кийинки отурумга калтыруу</translation>
    </message>
    <message>
        <source>Members present who may decide: {count}.</source>
        <translation>Чечим кабыл ала алган катышуучу мүчөлөр: {count}.</translation>
    </message>
    <message>
        <source>May not decide: {names}.</source>
        <translation>Чечим кабыл ала албайт: {names}.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>жактап</translation>
    </message>
    <message>
        <source>against</source>
        <translation>каршы</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Добуштар</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>милдеттүү эмес</translation>
    </message>
    <message>
        <source>required: the committee&apos;s reason</source>
        <translation>милдеттүү: комитеттин себеби</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>(not chosen)</source>
        <translation>(тандалган жок)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төрага</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Катышты</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Отурум ачуу</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Open a session…</source>
        <translation>Отурум ачуу…</translation>
    </message>
    <message>
        <source>Close the session…</source>
        <translation>Отурумду жабуу…</translation>
    </message>
    <message>
        <source>Grant…</source>
        <translation>Ыйгаруу…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Четке кагуу…</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>Кийинкиге калтыруу…</translation>
    </message>
    <message>
        <source>Declare a conflict of interest…</source>
        <translation>Кызыкчылыктардын кагылышын билдирүү…</translation>
    </message>
    <message>
        <source>Tick the members present. Whoever inspected an item, or declared a conflict of interest with its producer, neither decides it nor counts for its quorum.</source>
        <translation>Катышкан мүчөлөрдү белгилеңиз. Текшерүүнү жүргүзгөн же өндүрүүчү менен кызыкчылыктардын кагылышын билдирген мүчө ал маселе боюнча чечим кабыл албайт жана кворумга эсептелбейт.</translation>
    </message>
    <message>
        <source>Agenda ({count})</source>
        <translation>Күн тартиби ({count})</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Катышкан мүчөлөр</translation>
    </message>
    <message>
        <source>Decisions ({count})</source>
        <translation>Чечимдер ({count})</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Кызыкчылыктардын кагылышы</translation>
    </message>
    <message>
        <source>Open a session, or choose one from the list.</source>
        <translation>Отурум ачыңыз же тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>Session {title}</source>
        <translation>{title} отуруму</translation>
    </message>
    <message>
        <source>chair: {name}</source>
        <translation>төрага: {name}</translation>
    </message>
    <message>
        <source>Present: {present} of {members}; quorum {quorum}</source>
        <translation>Катышкандар: {members} мүчөдөн {present}; кворум {quorum}</translation>
    </message>
    <message>
        <source>quorum reached</source>
        <translation>кворум бар</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>кворум жок</translation>
    </message>
    <message>
        <source>The session is closed; its decisions are under “Decisions”.</source>
        <translation>Отурум жабылган; анын чечимдери «Чечимдер» бөлүмүндө.</translation>
    </message>
    <message>
        <source>No submitted inspection awaits a decision.</source>
        <translation>Чечим күткөн жөнөтүлгөн текшерүү жок.</translation>
    </message>
    <message>
        <source>You inspected this item, so you do not decide it.</source>
        <translation>Бул текшерүүнү сиз жүргүзгөнсүз, ошондуктан ал боюнча чечим кабыл албайсыз.</translation>
    </message>
    <message>
        <source>You declared a conflict of interest with this producer, so you do not decide it.</source>
        <translation>Бул өндүрүүчү менен кызыкчылыктардын кагылышын билдиргенсиз, ошондуктан ал боюнча чечим кабыл албайсыз.</translation>
    </message>
    <message>
        <source>Only members ticked present decide.</source>
        <translation>Катышып жатат деп белгиленген мүчөлөр гана чечим кабыл алат.</translation>
    </message>
    <message>
        <source>Certificate {number} is issued to {producer} for {product}.</source>
        <translation>{number} сертификаты {producer} өндүрүүчүсүнө «{product}» үчүн берилди.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Print it now? It can also be printed later from the certificates.</source>
        <translation>Азыр басып чыгарасызбы? Аны кийин «Сертификаттар» бөлүмүнөн да басып чыгарса болот.</translation>
    </message>
    <message>
        <source>Open in Certificates</source>
        <translation>Сертификаттарда ачуу</translation>
    </message>
    <message>
        <source>Certificate {number} written to {path}.</source>
        <translation>{number} сертификаты {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>Items still on the agenda: {count}. They stay for a later session.</source>
        <translation>Күн тартибинде калгандар: {count}. Алар кийинки отурумга калат.</translation>
    </message>
    <message>
        <source>Close session {title}? No decision can be added afterwards.</source>
        <translation>{title} отурумун жабасызбы? Андан кийин чечим кошууга болбойт.</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Отурумду жабуу</translation>
    </message>
</context>
<context>
    <name>PrintCertificateDialog</name>
    <message>
        <source>Certificate {number}</source>
        <translation>Сертификат {number}</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF файл</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Кол коюу ачкычынын сырсөзү</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>Print the certificate</source>
        <translation>Сертификатты басып чыгаруу</translation>
    </message>
    <message>
        <source>Save the certificate as</source>
        <translation>Сертификатты сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>inspected it</source>
        <translation>текшерүүнү жүргүзгөн</translation>
    </message>
    <message>
        <source>conflict of interest: {reason}</source>
        <translation>кызыкчылыктардын кагылышы: {reason}</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>кызыкчылыктардын кагылышы</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Отурум</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Present / quorum</source>
        <translation>Катышкандар / кворум</translation>
    </message>
    <message>
        <source>Present: {present}; needed for a quorum: {quorum}</source>
        <translation>Катышкандар: {present}; кворум үчүн керек: {quorum}</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Катышты</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүчө</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>төрага</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Өндүрүүчү</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Жылдыз</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>May not decide</source>
        <translation>Чечимге катышпайт</translation>
    </message>
    <message>
        <source>{producer} (deferred before)</source>
        <translation>{producer} (мурда кийинкиге калтырылган)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>For / against</source>
        <translation>Жактап / каршы</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Билдирилген</translation>
    </message>
</context>
</TS>
