<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>audit</name>
    <message>
        <source>Entries were removed from the end of the log: a checkpoint signed on {signed_at} ({source}) counts {entries} entries, the log now has {now}.</source>
        <translation>Из конца журнала удалены записи: в контрольной точке, подписанной {signed_at} ({source}), записей {entries}, сейчас в журнале {now}.</translation>
    </message>
    <message numerus="yes">
        <source>A checkpoint of %Ln entry(ies) dated {signed_at} ({source}) is not signed by a key of this committee.</source>
        <translation>
            <numerusform>Контрольная точка на %Ln запись от {signed_at} ({source}) не подписана ключом этого комитета.</numerusform>
            <numerusform>Контрольная точка на %Ln записи от {signed_at} ({source}) не подписана ключом этого комитета.</numerusform>
            <numerusform>Контрольная точка на %Ln записей от {signed_at} ({source}) не подписана ключом этого комитета.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log was rewritten: it differs from the checkpoint of %Ln entry(ies) signed on {signed_at} ({source}).</source>
        <translation>
            <numerusform>Журнал переписан: он расходится с контрольной точкой на %Ln запись, подписанной {signed_at} ({source}).</numerusform>
            <numerusform>Журнал переписан: он расходится с контрольной точкой на %Ln записи, подписанной {signed_at} ({source}).</numerusform>
            <numerusform>Журнал переписан: он расходится с контрольной точкой на %Ln записей, подписанной {signed_at} ({source}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate {number} is “{stored}” in the register, but the log (entry {seq}) says “{logged}”.</source>
        <translation>Сертификат {number} в реестре «{stored}», но в журнале (запись {seq}) — «{logged}».</translation>
    </message>
    <message>
        <source>Certificate {number} is valid until {stored} in the register, but was issued valid until {logged}.</source>
        <translation>Сертификат {number} в реестре действителен до {stored}, но был выдан действительным до {logged}.</translation>
    </message>
    <message>
        <source>Certificate {number} has no “{kind}” event in the register, though the log records one (entry {seq}).</source>
        <translation>У сертификата {number} в реестре нет события «{kind}», хотя журнал его записал (запись {seq}).</translation>
    </message>
    <message>
        <source>Lot {lot} of certificate {number} counts {stored} serials given out, but its jobs and the log hold {held}.</source>
        <translation>Партия {lot} сертификата {number}: выданных серийных номеров по реестру — {stored}, а по заданиям печати и журналу — {held}.</translation>
    </message>
    <message>
        <source>Print job {job} is “{stored}” in the register, but the log (entry {seq}) says “{logged}”.</source>
        <translation>Задание печати {job} в реестре «{stored}», но в журнале (запись {seq}) — «{logged}».</translation>
    </message>
    <message>
        <source>Print job {job} is missing from the register; the log records it (entry {seq}).</source>
        <translation>Задания печати {job} нет в реестре; журнал его записал (запись {seq}).</translation>
    </message>
    <message>
        <source>kept in the register</source>
        <translation>хранится в реестре</translation>
    </message>
    <message>
        <source>Signed checkpoints compared with the chain: {count}.</source>
        <translation>Подписанных контрольных точек сверено с цепочкой: {count}.</translation>
    </message>
    <message>
        <source>The register agrees with its log.</source>
        <translation>Реестр согласуется со своим журналом.</translation>
    </message>
</context>
<context>
    <name>audit action</name>
    <message>
        <source>product category added</source>
        <translation>добавлена категория продукции</translation>
    </message>
    <message>
        <source>certificate issued</source>
        <translation>сертификат выдан</translation>
    </message>
    <message>
        <source>certificate re-issued</source>
        <translation>сертификат переоформлен</translation>
    </message>
    <message>
        <source>renewal requested</source>
        <translation>запрошено продление</translation>
    </message>
    <message>
        <source>certificate superseded</source>
        <translation>сертификат заменён</translation>
    </message>
    <message>
        <source>certificate suspended</source>
        <translation>сертификат приостановлен</translation>
    </message>
    <message>
        <source>certificate restored</source>
        <translation>сертификат восстановлен</translation>
    </message>
    <message>
        <source>certificate withdrawn</source>
        <translation>сертификат отозван</translation>
    </message>
    <message>
        <source>surveillance visit passed</source>
        <translation>инспекционный контроль пройден</translation>
    </message>
    <message>
        <source>committee set up</source>
        <translation>комитет создан</translation>
    </message>
    <message>
        <source>complaint opened</source>
        <translation>жалоба открыта</translation>
    </message>
    <message>
        <source>complaint closed</source>
        <translation>жалоба закрыта</translation>
    </message>
    <message>
        <source>conflict of interest declared</source>
        <translation>заявлен конфликт интересов</translation>
    </message>
    <message>
        <source>decision: granted</source>
        <translation>решение: выдать</translation>
    </message>
    <message>
        <source>decision: refused</source>
        <translation>решение: отказать</translation>
    </message>
    <message>
        <source>decision: deferred</source>
        <translation>решение: отложить</translation>
    </message>
    <message>
        <source>inspection answers saved</source>
        <translation>ответы проверки сохранены</translation>
    </message>
    <message>
        <source>non-conformity recorded</source>
        <translation>зарегистрировано несоответствие</translation>
    </message>
    <message>
        <source>inspection photo added</source>
        <translation>добавлено фото проверки</translation>
    </message>
    <message>
        <source>inspection photo removed</source>
        <translation>удалено фото проверки</translation>
    </message>
    <message>
        <source>inspection started</source>
        <translation>проверка начата</translation>
    </message>
    <message>
        <source>inspection submitted</source>
        <translation>проверка сдана</translation>
    </message>
    <message>
        <source>label stock added</source>
        <translation>добавлен формат этикеток</translation>
    </message>
    <message>
        <source>label stock imported</source>
        <translation>импортирован формат этикеток</translation>
    </message>
    <message>
        <source>label stock removed</source>
        <translation>удалён формат этикеток</translation>
    </message>
    <message>
        <source>label serials allocated</source>
        <translation>выделены серийные номера этикеток</translation>
    </message>
    <message>
        <source>labels sent to print</source>
        <translation>этикетки отправлены на печать</translation>
    </message>
    <message>
        <source>spoiled labels sent to print again</source>
        <translation>испорченные этикетки отправлены на повторную печать</translation>
    </message>
    <message>
        <source>labels printed</source>
        <translation>этикетки напечатаны</translation>
    </message>
    <message>
        <source>label printing failed</source>
        <translation>печать этикеток не удалась</translation>
    </message>
    <message>
        <source>labels spoiled</source>
        <translation>этикетки испорчены</translation>
    </message>
    <message>
        <source>lot reported</source>
        <translation>партия зарегистрирована</translation>
    </message>
    <message>
        <source>non-conformity closed</source>
        <translation>несоответствие закрыто</translation>
    </message>
    <message>
        <source>printer offset set</source>
        <translation>задано смещение принтера</translation>
    </message>
    <message>
        <source>producer registered</source>
        <translation>производитель зарегистрирован</translation>
    </message>
    <message>
        <source>producer changed</source>
        <translation>производитель изменён</translation>
    </message>
    <message>
        <source>product added</source>
        <translation>продукция добавлена</translation>
    </message>
    <message>
        <source>product changed</source>
        <translation>продукция изменена</translation>
    </message>
    <message>
        <source>product photo added</source>
        <translation>добавлено фото продукции</translation>
    </message>
    <message>
        <source>product photo removed</source>
        <translation>удалено фото продукции</translation>
    </message>
    <message>
        <source>register restored from a backup</source>
        <translation>реестр восстановлен из резервной копии</translation>
    </message>
    <message>
        <source>session opened</source>
        <translation>заседание открыто</translation>
    </message>
    <message>
        <source>session attendance recorded</source>
        <translation>отмечены присутствующие на заседании</translation>
    </message>
    <message>
        <source>session closed</source>
        <translation>заседание закрыто</translation>
    </message>
    <message>
        <source>setting changed</source>
        <translation>настройка изменена</translation>
    </message>
    <message>
        <source>signing key made</source>
        <translation>создан ключ подписи</translation>
    </message>
    <message>
        <source>signing key retired</source>
        <translation>ключ подписи выведен из использования</translation>
    </message>
    <message>
        <source>signing key reported compromised</source>
        <translation>ключ подписи объявлен скомпрометированным</translation>
    </message>
    <message>
        <source>standard created</source>
        <translation>стандарт создан</translation>
    </message>
    <message>
        <source>new version of a standard</source>
        <translation>новая версия стандарта</translation>
    </message>
    <message>
        <source>standard saved</source>
        <translation>стандарт сохранён</translation>
    </message>
    <message>
        <source>status list signed</source>
        <translation>подписан список статусов</translation>
    </message>
    <message>
        <source>status list received</source>
        <translation>получен список статусов</translation>
    </message>
    <message>
        <source>trust list signed</source>
        <translation>подписан список доверия</translation>
    </message>
    <message>
        <source>trust list received</source>
        <translation>получен список доверия</translation>
    </message>
    <message>
        <source>user added</source>
        <translation>пользователь добавлен</translation>
    </message>
    <message>
        <source>user deactivated</source>
        <translation>пользователь отключён</translation>
    </message>
    <message>
        <source>user reactivated</source>
        <translation>пользователь снова включён</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>пароль изменён</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>роли изменены</translation>
    </message>
    <message>
        <source>wrong password at log-in</source>
        <translation>неверный пароль при входе</translation>
    </message>
</context>
</TS>
