<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Page</name>
    <message>
        <source>Search: the beginning of a number, or part of a producer&apos;s or product&apos;s name</source>
        <translation>Поиск: начало номера или часть названия производителя или продукта</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>Истекает в течение</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Surveillance due</source>
        <translation>Пора надзора</translation>
    </message>
    <message>
        <source>Active certificates with a surveillance visit due within 30 days</source>
        <translation>Действующие сертификаты, у которых надзорный визит в ближайшие 30 дней</translation>
    </message>
    <message>
        <source>Open the PDF…</source>
        <translation>Открыть PDF…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Приостановить…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Продлить…</translation>
    </message>
    <message>
        <source>Re-issue…</source>
        <translation>Переоформить…</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Products in scope</source>
        <translation>Охватываемая продукция</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Score and stars</source>
        <translation>Балл и звёзды</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Next surveillance</source>
        <translation>Следующий надзор</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Присвоен</translation>
    </message>
    <message>
        <source>Replaces / replaced by</source>
        <translation>Заменяет / заменён</translation>
    </message>
    <message>
        <source>Its own code</source>
        <translation>Собственный код</translation>
    </message>
    <message>
        <source>Every region</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Все категории</translation>
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s)</source>
        <translation>
            <numerusform>%Ln сертификат</numerusform>
            <numerusform>%Ln сертификата</numerusform>
            <numerusform>%Ln сертификатов</numerusform>
        </translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>История ({count})</translation>
    </message>
    <message>
        <source>Lots ({count})</source>
        <translation>Партии ({count})</translation>
    </message>
    <message>
        <source>Choose a certificate from the register.</source>
        <translation>Выберите сертификат в реестре.</translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>Сертификат {number}</translation>
    </message>
    <message>
        <source>{score} %</source>
        <translation>{score} %</translation>
    </message>
    <message>
        <source>committee session {session}</source>
        <translation>заседание комитета {session}</translation>
    </message>
    <message>
        <source>a QR code signed with the committee&apos;s key when the PDF is made; it verifies this certificate and its status</source>
        <translation>QR-код, подписанный ключом комитета при создании PDF; он подтверждает этот сертификат и его статус</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Certificate {number} as PDF</source>
        <translation>Сертификат {number} в PDF</translation>
    </message>
    <message>
        <source>The certificate&apos;s own QR code is signed now with the committee&apos;s key; the key locks again when the PDF is made.</source>
        <translation>Собственный QR-код сертификата подписывается сейчас ключом комитета; когда PDF готов, ключ снова закрывается.</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Пароль ключа подписи</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Certificate {number}</source>
        <translation>Сертификат {number}</translation>
    </message>
    <message>
        <source>The certificate as it will be printed.</source>
        <translation>Сертификат в том виде, в каком он будет напечатан.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save the certificate as</source>
        <translation>Сохранить сертификат как</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Suspend certificate {number}</source>
        <translation>Приостановить сертификат {number}</translation>
    </message>
    <message>
        <source>Restore certificate {number}</source>
        <translation>Восстановить сертификат {number}</translation>
    </message>
    <message>
        <source>Withdraw certificate {number}</source>
        <translation>Отозвать сертификат {number}</translation>
    </message>
    <message>
        <source>Renew certificate {number}</source>
        <translation>Продлить сертификат {number}</translation>
    </message>
    <message>
        <source>Its labels verify as suspended until the committee restores it. Record the committee&apos;s reason.</source>
        <translation>Пока комитет его не восстановит, его этикетки проверяются как приостановленные. Запишите причину комитета.</translation>
    </message>
    <message>
        <source>Its labels verify as valid again. Record the committee&apos;s reason.</source>
        <translation>Его этикетки снова проверяются как действительные. Запишите причину комитета.</translation>
    </message>
    <message>
        <source>Withdrawal is final: the certificate cannot be restored or renewed. Record the committee&apos;s reason.</source>
        <translation>Отзыв окончателен: сертификат нельзя восстановить или продлить. Запишите причину комитета.</translation>
    </message>
    <message>
        <source>A renewal inspection is started for it; the committee grants the renewal in a session. Say why it is renewed.</source>
        <translation>Начинается проверка для продления; продление утверждает комитет на заседании. Укажите, почему оно продлевается.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <source>Re-issue certificate {number}</source>
        <translation>Переоформить сертификат {number}</translation>
    </message>
    <message>
        <source>A new number covers the products ticked, until the same date; certificate {number} is replaced.</source>
        <translation>Отмеченную продукцию до той же даты покрывает новый номер; сертификат {number} заменяется.</translation>
    </message>
    <message>
        <source>Products in scope</source>
        <translation>Охватываемая продукция</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион / город</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Звёзды</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Следующий визит</translation>
    </message>
    <message>
        <source>labels printed</source>
        <translation>напечатаны этикетки</translation>
    </message>
    <message>
        <source>labels printed again</source>
        <translation>этикетки напечатаны повторно</translation>
    </message>
    <message>
        <source> (failed, recorded as spoiled)</source>
        <translation> (не удалось, учтены как испорченные)</translation>
    </message>
    <message>
        <source> (interrupted)</source>
        <translation> (прервано)</translation>
    </message>
    <message>
        <source>{kind} inspection ({status})</source>
        <translation>проверка: {kind} ({status})</translation>
    </message>
    <message>
        <source>session {session}: {outcome}</source>
        <translation>заседание {session}: {outcome}</translation>
    </message>
    <message>
        <source>lot {lot} recorded ({product})</source>
        <translation>записана партия {lot} ({product})</translation>
    </message>
    <message numerus="yes">
        <source>{what}: lot {lot}, %Ln label(s)</source>
        <translation>
            <numerusform>{what}: партия {lot}, %Ln этикетка</numerusform>
            <numerusform>{what}: партия {lot}, %Ln этикетки</numerusform>
            <numerusform>{what}: партия {lot}, %Ln этикеток</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} by the grant of session {session}</source>
        <translation>{what} решением заседания {session}</translation>
    </message>
    <message>
        <source>{what} by {number}</source>
        <translation>{what} (новый: {number})</translation>
    </message>
    <message>
        <source>{what}: replaces {number}</source>
        <translation>{what}: вместо {number}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Дата изготовления</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Годен до</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Этикетки</translation>
    </message>
</context>
</TS>
