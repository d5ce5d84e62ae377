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
        <translation>{number} сертификаты реестрде «{stored}», бирок журналда (жазуу № {seq}) «{logged}».</translation>
    </message>
    <message>
        <source>Certificate {number} is valid until {stored} in the register, but was issued valid until {logged}.</source>
        <translation>{number} сертификаты реестрде {stored} чейин күчүндө, бирок ал {logged} чейин күчүндө болуп берилген.</translation>
    </message>
    <message>
        <source>Certificate {number} has no “{kind}” event in the register, though the log records one (entry {seq}).</source>
        <translation>{number} сертификатынын реестрде «{kind}» окуясы жок, бирок журналда ал жазылган (жазуу № {seq}).</translation>
    </message>
    <message>
        <source>Lot {lot} of certificate {number} counts {stored} serials given out, but its jobs and the log hold {held}.</source>
        <translation>{number} сертификатынын {lot} партиясы боюнча берилген сериялык номерлер саны — {stored}, бирок басып чыгаруу тапшырмаларында жана журналда — {held}.</translation>
    </message>
    <message>
        <source>Print job {job} is “{stored}” in the register, but the log (entry {seq}) says “{logged}”.</source>
        <translation>№ {job} басып чыгаруу тапшырмасы реестрде «{stored}», бирок журналда (жазуу № {seq}) «{logged}».</translation>
    </message>
    <message>
        <source>Print job {job} is missing from the register; the log records it (entry {seq}).</source>
        <translation>№ {job} басып чыгаруу тапшырмасы реестрде жок; журналда ал жазылган (жазуу № {seq}).</translation>
    </message>
    <message>
        <source>kept in the register</source>
        <translation>реестрде сакталган</translation>
    </message>
    <message>
        <source>Signed checkpoints compared with the chain: {count}.</source>
        <translation type="unfinished">Чынжыр менен салыштырылган кол коюлган текшерүү белгилери: {count}.</translation>
    </message>
    <message>
        <source>The register agrees with its log.</source>
        <translation>Реестр өз журналына дал келет.</translation>
    </message>
</context>
<context>
    <name>audit action</name>
    <message>
        <source>product category added</source>
        <translation>продукция категориясы кошулду</translation>
    </message>
    <message>
        <source>certificate issued</source>
        <translation>сертификат берилди</translation>
    </message>
    <message>
        <source>certificate re-issued</source>
        <translation>сертификат кайра берилди</translation>
    </message>
    <message>
        <source>renewal requested</source>
        <translation>узартуу суралды</translation>
    </message>
    <message>
        <source>certificate superseded</source>
        <translation>сертификат алмаштырылды</translation>
    </message>
    <message>
        <source>certificate suspended</source>
        <translation>сертификат токтотулду</translation>
    </message>
    <message>
        <source>certificate restored</source>
        <translation>сертификат калыбына келтирилди</translation>
    </message>
    <message>
        <source>certificate withdrawn</source>
        <translation>сертификат кайтарылып алынды</translation>
    </message>
    <message>
        <source>surveillance visit passed</source>
        <translation>көзөмөл текшерүүсүнөн өттү</translation>
    </message>
    <message>
        <source>committee set up</source>
        <translation>комитет түзүлдү</translation>
    </message>
    <message>
        <source>complaint opened</source>
        <translation>даттануу ачылды</translation>
    </message>
    <message>
        <source>complaint closed</source>
        <translation>даттануу жабылды</translation>
    </message>
    <message>
        <source>conflict of interest declared</source>
        <translation>кызыкчылыктардын кагылышы билдирилди</translation>
    </message>
    <message>
        <source>decision: granted</source>
        <translation>чечим: берилди</translation>
    </message>
    <message>
        <source>decision: refused</source>
        <translation>чечим: баш тартылды</translation>
    </message>
    <message>
        <source>decision: deferred</source>
        <translation>чечим: кийинкиге калтырылды</translation>
    </message>
    <message>
        <source>inspection answers saved</source>
        <translation>текшерүүнүн жооптору сакталды</translation>
    </message>
    <message>
        <source>non-conformity recorded</source>
        <translation>шайкеш келбөө катталды</translation>
    </message>
    <message>
        <source>inspection photo added</source>
        <translation>текшерүүнүн сүрөтү кошулду</translation>
    </message>
    <message>
        <source>inspection photo removed</source>
        <translation>текшерүүнүн сүрөтү өчүрүлдү</translation>
    </message>
    <message>
        <source>inspection started</source>
        <translation>текшерүү башталды</translation>
    </message>
    <message>
        <source>inspection submitted</source>
        <translation>текшерүү жөнөтүлдү</translation>
    </message>
    <message>
        <source>label stock added</source>
        <translation>этикетка кагазы кошулду</translation>
    </message>
    <message>
        <source>label stock imported</source>
        <translation>этикетка кагазы импорттолду</translation>
    </message>
    <message>
        <source>label stock removed</source>
        <translation>этикетка кагазы өчүрүлдү</translation>
    </message>
    <message>
        <source>label serials allocated</source>
        <translation>этикеткалардын сериялык номерлери бөлүндү</translation>
    </message>
    <message>
        <source>labels sent to print</source>
        <translation>этикеткалар басып чыгарууга жөнөтүлдү</translation>
    </message>
    <message>
        <source>spoiled labels sent to print again</source>
        <translation>жараксыз этикеткалар кайра басып чыгарууга жөнөтүлдү</translation>
    </message>
    <message>
        <source>labels printed</source>
        <translation>этикеткалар басылды</translation>
    </message>
    <message>
        <source>label printing failed</source>
        <translation>этикеткаларды басып чыгаруу ишке ашкан жок</translation>
    </message>
    <message>
        <source>labels spoiled</source>
        <translation>этикеткалар жараксыз деп катталды</translation>
    </message>
    <message>
        <source>lot reported</source>
        <translation>партия катталды</translation>
    </message>
    <message>
        <source>non-conformity closed</source>
        <translation>шайкеш келбөө жабылды</translation>
    </message>
    <message>
        <source>printer offset set</source>
        <translation>принтердин жылышы коюлду</translation>
    </message>
    <message>
        <source>producer registered</source>
        <translation>өндүрүүчү катталды</translation>
    </message>
    <message>
        <source>producer changed</source>
        <translation>өндүрүүчү өзгөртүлдү</translation>
    </message>
    <message>
        <source>product added</source>
        <translation>продукция кошулду</translation>
    </message>
    <message>
        <source>product changed</source>
        <translation>продукция өзгөртүлдү</translation>
    </message>
    <message>
        <source>product photo added</source>
        <translation>продукциянын сүрөтү кошулду</translation>
    </message>
    <message>
        <source>product photo removed</source>
        <translation>продукциянын сүрөтү өчүрүлдү</translation>
    </message>
    <message>
        <source>register restored from a backup</source>
        <translation>реестр камдык көчүрмөдөн калыбына келтирилди</translation>
    </message>
    <message>
        <source>session opened</source>
        <translation>отурум ачылды</translation>
    </message>
    <message>
        <source>session attendance recorded</source>
        <translation>отурумдун катышуучулары катталды</translation>
    </message>
    <message>
        <source>session closed</source>
        <translation>отурум жабылды</translation>
    </message>
    <message>
        <source>setting changed</source>
        <translation>жөндөө өзгөртүлдү</translation>
    </message>
    <message>
        <source>signing key made</source>
        <translation>кол коюу ачкычы түзүлдү</translation>
    </message>
    <message>
        <source>signing key retired</source>
        <translation>кол коюу ачкычы колдонуудан чыгарылды</translation>
    </message>
    <message>
        <source>signing key reported compromised</source>
        <translation>кол коюу ачкычынын коопсуздугу бузулган деп билдирилди</translation>
    </message>
    <message>
        <source>standard created</source>
        <translation>стандарт түзүлдү</translation>
    </message>
    <message>
        <source>new version of a standard</source>
        <translation>стандарттын жаңы версиясы</translation>
    </message>
    <message>
        <source>standard saved</source>
        <translation>стандарт сакталды</translation>
    </message>
    <message>
        <source>status list signed</source>
        <translation>статус тизмесине кол коюлду</translation>
    </message>
    <message>
        <source>status list received</source>
        <translation>статус тизмеси алынды</translation>
    </message>
    <message>
        <source>trust list signed</source>
        <translation>ишеним тизмесине кол коюлду</translation>
    </message>
    <message>
        <source>trust list received</source>
        <translation>ишеним тизмеси алынды</translation>
    </message>
    <message>
        <source>user added</source>
        <translation>колдонуучу кошулду</translation>
    </message>
    <message>
        <source>user deactivated</source>
        <translation>колдонуучу өчүрүлдү</translation>
    </message>
    <message>
        <source>user reactivated</source>
        <translation>колдонуучу кайра иштетилди</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>сырсөз өзгөртүлдү</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>ролдор өзгөртүлдү</translation>
    </message>
    <message>
        <source>wrong password at log-in</source>
        <translation>кирүүдө туура эмес сырсөз</translation>
    </message>
</context>
</TS>
