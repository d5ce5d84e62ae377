<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>audit</name>
    <message>
        <source>Entries were removed from the end of the log: a checkpoint signed on {signed_at} ({source}) counts {entries} entries, the log now has {now}.</source>
        <translation type="unfinished">Журналдын аягынан жазуулар өчүрүлгөн: {signed_at} кол коюлган текшерүү белгиси ({source}) боюнча жазуулар саны — {entries}, азыр журналда — {now}.</translation>
    </message>
    <message numerus="yes">
        <source>A checkpoint of %Ln entry(ies) dated {signed_at} ({source}) is not signed by a key of this committee.</source>
        <translation type="unfinished">
            <numerusform>{signed_at} датасындагы %Ln жазуунун текшерүү белгиси ({source}) бул комитеттин ачкычы менен кол коюлган эмес.</numerusform>
            <numerusform>{signed_at} датасындагы %Ln жазуунун текшерүү белгиси ({source}) бул комитеттин ачкычы менен кол коюлган эмес.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log was rewritten: it differs from the checkpoint of %Ln entry(ies) signed on {signed_at} ({source}).</source>
        <translation type="unfinished">
            <numerusform>Журнал кайра жазылган: ал {signed_at} кол коюлган %Ln жазуунун текшерүү белгисинен айырмаланат ({source}).</numerusform>
            <numerusform>Журнал кайра жазылган: ал {signed_at} кол коюлган %Ln жазуунун текшерүү белгисинен айырмаланат ({source}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate {number} is “{stored}” in the register, but the log (entry {seq}) says “{logged}”.</source>
        <translation type="unfinished">{number} сертификаты реестрде «{stored}», бирок журналда (жазуу № {seq}) «{logged}».</translation>
    </message>
    <message>
        <source>Certificate {number} is valid until {stored} in the register, but was issued valid until {logged}.</source>
        <translation type="unfinished">{number} сертификаты реестрде {stored} чейин күчүндө, бирок ал {logged} чейин күчүндө болуп берилген.</translation>
    </message>
    <message>
        <source>Certificate {number} has no “{kind}” event in the register, though the log records one (entry {seq}).</source>
        <translation type="unfinished">{number} сертификатынын реестрде «{kind}» окуясы жок, бирок журналда ал жазылган (жазуу № {seq}).</translation>
    </message>
    <message>
        <source>Lot {lot} of certificate {number} counts {stored} serials given out, but its jobs and the log hold {held}.</source>
        <translation type="unfinished">{number} сертификатынын {lot} партиясы боюнча берилген сериялык номерлер саны — {stored}, бирок басып чыгаруу иштеринде жана журналда — {held}.</translation>
    </message>
    <message>
        <source>Print job {job} is “{stored}” in the register, but the log (entry {seq}) says “{logged}”.</source>
        <translation type="unfinished">№ {job} басып чыгаруу иши реестрде «{stored}», бирок журналда (жазуу № {seq}) «{logged}».</translation>
    </message>
    <message>
        <source>Print job {job} is missing from the register; the log records it (entry {seq}).</source>
        <translation type="unfinished">№ {job} басып чыгаруу иши реестрде жок; журналда ал жазылган (жазуу № {seq}).</translation>
    </message>
    <message>
        <source>kept in the register</source>
        <translation type="unfinished">реестрде сакталган</translation>
    </message>
    <message>
        <source>Signed checkpoints compared with the chain: {count}.</source>
        <translation type="unfinished">Чынжыр менен салыштырылган кол коюлган текшерүү белгилери: {count}.</translation>
    </message>
    <message>
        <source>The register agrees with its log.</source>
        <translation type="unfinished">Реестр өз журналына дал келет.</translation>
    </message>
</context>
<context>
    <name>audit action</name>
    <message>
        <source>product category added</source>
        <translation type="unfinished">продукция категориясы кошулду</translation>
    </message>
    <message>
        <source>certificate issued</source>
        <translation type="unfinished">сертификат берилди</translation>
    </message>
    <message>
        <source>certificate re-issued</source>
        <translation type="unfinished">сертификат кайра берилди</translation>
    </message>
    <message>
        <source>renewal requested</source>
        <translation type="unfinished">узартуу суралды</translation>
    </message>
    <message>
        <source>certificate superseded</source>
        <translation type="unfinished">сертификат алмаштырылды</translation>
    </message>
    <message>
        <source>certificate suspended</source>
        <translation type="unfinished">сертификат токтотулду</translation>
    </message>
    <message>
        <source>certificate restored</source>
        <translation type="unfinished">сертификат калыбына келтирилди</translation>
    </message>
    <message>
        <source>certificate withdrawn</source>
        <translation type="unfinished">сертификат жокко чыгарылды</translation>
    </message>
    <message>
        <source>surveillance visit passed</source>
        <translation type="unfinished">көзөмөл текшерүүсүнөн өттү</translation>
    </message>
    <message>
        <source>committee set up</source>
        <translation type="unfinished">комитет түзүлдү</translation>
    </message>
    <message>
        <source>complaint opened</source>
        <translation type="unfinished">даттануу ачылды</translation>
    </message>
    <message>
        <source>complaint closed</source>
        <translation type="unfinished">даттануу жабылды</translation>
    </message>
    <message>
        <source>conflict of interest declared</source>
        <translation type="unfinished">кызыкчылыктардын кагылышы билдирилди</translation>
    </message>
    <message>
        <source>decision: granted</source>
        <translation type="unfinished">чечим: берилди</translation>
    </message>
    <message>
        <source>decision: refused</source>
        <translation type="unfinished">чечим: баш тартылды</translation>
    </message>
    <message>
        <source>decision: deferred</source>
        <translation type="unfinished">чечим: кийинкиге калтырылды</translation>
    </message>
    <message>
        <source>inspection answers saved</source>
        <translation type="unfinished">текшерүүнүн жооптору сакталды</translation>
    </message>
    <message>
        <source>non-conformity recorded</source>
        <translation type="unfinished">дал келбестик катталды</translation>
    </message>
    <message>
        <source>inspection photo added</source>
        <translation type="unfinished">текшерүүнүн сүрөтү кошулду</translation>
    </message>
    <message>
        <source>inspection photo removed</source>
        <translation type="unfinished">текшерүүнүн сүрөтү өчүрүлдү</translation>
    </message>
    <message>
        <source>inspection started</source>
        <translation type="unfinished">текшерүү башталды</translation>
    </message>
    <message>
        <source>inspection submitted</source>
        <translation type="unfinished">текшерүү жөнөтүлдү</translation>
    </message>
    <message>
        <source>label stock added</source>
        <translation type="unfinished">этикетка кагазы кошулду</translation>
    </message>
    <message>
        <source>label stock imported</source>
        <translation type="unfinished">этикетка кагазы импорттолду</translation>
    </message>
    <message>
        <source>label stock removed</source>
        <translation type="unfinished">этикетка кагазы өчүрүлдү</translation>
    </message>
    <message>
        <source>label serials allocated</source>
        <translation type="unfinished">этикеткалардын сериялык номерлери бөлүндү</translation>
    </message>
    <message>
        <source>labels sent to print</source>
        <translation type="unfinished">этикеткалар басып чыгарууга жөнөтүлдү</translation>
    </message>
    <message>
        <source>spoiled labels sent to print again</source>
        <translation type="unfinished">жараксыз этикеткалар кайра басып чыгарууга жөнөтүлдү</translation>
    </message>
    <message>
        <source>labels printed</source>
        <translation type="unfinished">этикеткалар басылды</translation>
    </message>
    <message>
        <source>label printing failed</source>
        <translation type="unfinished">этикеткаларды басып чыгаруу ишке ашкан жок</translation>
    </message>
    <message>
        <source>labels spoiled</source>
        <translation type="unfinished">этикеткалар бузулду</translation>
    </message>
    <message>
        <source>lot reported</source>
        <translation type="unfinished">партия катталды</translation>
    </message>
    <message>
        <source>non-conformity closed</source>
        <translation type="unfinished">дал келбестик жабылды</translation>
    </message>
    <message>
        <source>printer offset set</source>
        <translation type="unfinished">принтердин жылышы коюлду</translation>
    </message>
    <message>
        <source>producer registered</source>
        <translation type="unfinished">өндүрүүчү катталды</translation>
    </message>
    <message>
        <source>producer changed</source>
        <translation type="unfinished">өндүрүүчү өзгөртүлдү</translation>
    </message>
    <message>
        <source>product added</source>
        <translation type="unfinished">продукция кошулду</translation>
    </message>
    <message>
        <source>product changed</source>
        <translation type="unfinished">продукция өзгөртүлдү</translation>
    </message>
    <message>
        <source>product photo added</source>
        <translation type="unfinished">продукциянын сүрөтү кошулду</translation>
    </message>
    <message>
        <source>product photo removed</source>
        <translation type="unfinished">продукциянын сүрөтү өчүрүлдү</translation>
    </message>
    <message>
        <source>register restored from a backup</source>
        <translation type="unfinished">реестр камдык көчүрмөдөн калыбына келтирилди</translation>
    </message>
    <message>
        <source>session opened</source>
        <translation type="unfinished">отурум ачылды</translation>
    </message>
    <message>
        <source>session attendance recorded</source>
        <translation type="unfinished">отурумдун катышуучулары катталды</translation>
    </message>
    <message>
        <source>session closed</source>
        <translation type="unfinished">отурум жабылды</translation>
    </message>
    <message>
        <source>setting changed</source>
        <translation type="unfinished">жөндөө өзгөртүлдү</translation>
    </message>
    <message>
        <source>signing key made</source>
        <translation type="unfinished">кол коюу ачкычы түзүлдү</translation>
    </message>
    <message>
        <source>signing key retired</source>
        <translation type="unfinished">кол коюу ачкычы колдонуудан чыгарылды</translation>
    </message>
    <message>
        <source>signing key reported compromised</source>
        <translation type="unfinished">кол коюу ачкычы бузулган деп билдирилди</translation>
    </message>
    <message>
        <source>standard created</source>
        <translation type="unfinished">стандарт түзүлдү</translation>
    </message>
    <message>
        <source>new version of a standard</source>
        <translation type="unfinished">стандарттын жаңы версиясы</translation>
    </message>
    <message>
        <source>standard saved</source>
        <translation type="unfinished">стандарт сакталды</translation>
    </message>
    <message>
        <source>status list signed</source>
        <translation type="unfinished">статустар тизмесине кол коюлду</translation>
    </message>
    <message>
        <source>status list received</source>
        <translation type="unfinished">статустар тизмеси алынды</translation>
    </message>
    <message>
        <source>trust list signed</source>
        <translation type="unfinished">ишеним тизмесине кол коюлду</translation>
    </message>
    <message>
        <source>trust list received</source>
        <translation type="unfinished">ишеним тизмеси алынды</translation>
    </message>
    <message>
        <source>user added</source>
        <translation type="unfinished">колдонуучу кошулду</translation>
    </message>
    <message>
        <source>user deactivated</source>
        <translation type="unfinished">колдонуучу өчүрүлдү</translation>
    </message>
    <message>
        <source>user reactivated</source>
        <translation type="unfinished">колдонуучу кайра иштетилди</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation type="unfinished">сырсөз өзгөртүлдү</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation type="unfinished">ролдор өзгөртүлдү</translation>
    </message>
    <message>
        <source>wrong password at log-in</source>
        <translation type="unfinished">кирүүдө туура эмес сырсөз</translation>
    </message>
</context>
</TS>
