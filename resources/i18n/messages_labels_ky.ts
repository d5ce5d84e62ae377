<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>messages</name>
    <message>
        <source>The printer {printer} reported a failure after the labels were recorded as printed: record those that did not come out as spoiled, then reprint them.</source>
        <translation>Этикеткалар басылган деп катталгандан кийин {printer} принтери ката билдирди: чыкпай калгандарын жараксыз деп каттап, анан кайра басыңыз.</translation>
    </message>
    <message>
        <source>“{value}” is not a distance in millimetres.</source>
        <translation>«{value}» — миллиметр менен аралык эмес.</translation>
    </message>
    <message>
        <source>No labels can be printed: certificate {number} has expired.</source>
        <translation>Этикеткаларды басып чыгарууга болбойт: {number} сертификатынын мөөнөтү бүткөн.</translation>
    </message>
    <message>
        <source>No labels can be printed: certificate {number} is suspended.</source>
        <translation>Этикеткаларды басып чыгарууга болбойт: {number} сертификаты убактылуу токтотулган.</translation>
    </message>
    <message>
        <source>No labels can be printed: certificate {number} was replaced; print under the new one.</source>
        <translation>Этикеткаларды басып чыгарууга болбойт: {number} сертификаты алмаштырылган; жаңысы боюнча басыңыз.</translation>
    </message>
    <message>
        <source>No labels can be printed: certificate {number} was withdrawn.</source>
        <translation>Этикеткаларды басып чыгарууга болбойт: {number} сертификаты кайтарылып алынган.</translation>
    </message>
    <message>
        <source>Labels {serials} are already recorded as spoiled.</source>
        <translation>{serials} этикеткалары мурунтан эле жараксыз деп катталган.</translation>
    </message>
    <message>
        <source>“{value}” is not a reason for spoiled labels.</source>
        <translation>«{value}» — жараксыз этикеткалардын себеби боло албайт.</translation>
    </message>
    <message>
        <source>“{value}” is not a list of serials (write them like 5, 7-9).</source>
        <translation>«{value}» — номерлердин тизмеси эмес (мисалы: 5, 7-9 деп жазыңыз).</translation>
    </message>
    <message>
        <source>Print job {job} is already finished ({status}).</source>
        <translation>{job} басып чыгаруу тапшырмасы бүткөн ({status}).</translation>
    </message>
    <message>
        <source>Print job {job} not found.</source>
        <translation>{job} басып чыгаруу тапшырмасы табылган жок.</translation>
    </message>
    <message>
        <source>Lot {lot} has only {left} pieces left without a label, not {count}.</source>
        <translation>{lot} партиясында этикеткасыз болгону {left} даана калды, {count} эмес.</translation>
    </message>
    <message>
        <source>Serials {serials} were never issued: this lot has serials 1 to {allocated}.</source>
        <translation>{serials} номерлери эч качан берилген эмес: бул партиянын номерлери 1–{allocated}.</translation>
    </message>
    <message>
        <source>Labels {serials} are not recorded as spoiled; only spoiled labels are printed again.</source>
        <translation>{serials} этикеткалары жараксыз деп катталган эмес; жараксыз этикеткалар гана кайра басылат.</translation>
    </message>
    <message>
        <source>Say what happened to the labels in a note.</source>
        <translation>Этикеткалар менен эмне болгонун эскертүүдө жазыңыз.</translation>
    </message>
    <message>
        <source>“{value}” cannot name a template (1 to 80 characters).</source>
        <translation>«{value}» үлгүнүн аталышы боло албайт (1ден 80ге чейин белги).</translation>
    </message>
    <message>
        <source>There is already a template {template}.</source>
        <translation>{template} үлгүсү мурунтан эле бар.</translation>
    </message>
</context>
</TS>
