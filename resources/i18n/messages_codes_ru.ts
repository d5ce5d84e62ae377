<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <source>Key {key_id} is already marked compromised.</source>
        <translation>Ключ {key_id} уже отмечен как скомпрометированный.</translation>
    </message>
    <message>
        <source>Key {key_id} is already retired.</source>
        <translation>Ключ {key_id} уже выведен из обращения.</translation>
    </message>
    <message>
        <source>Key {key_id} may not sign today (outside its signing period).</source>
        <translation>Ключ {key_id} сегодня не может подписывать (вне срока подписи).</translation>
    </message>
    <message>
        <source>Signing key {key_id} not found.</source>
        <translation>Ключ подписи {key_id} не найден.</translation>
    </message>
    <message>
        <source>The list&apos;s signature does not match: the file was changed or is forged.</source>
        <translation>Подпись списка не совпадает: файл изменён или подделан.</translation>
    </message>
    <message>
        <source>Confirm the sender&apos;s key fingerprint {fingerprint} with them before importing.</source>
        <translation>Перед импортом сверьте с отправителем отпечаток ключа {fingerprint}.</translation>
    </message>
    <message>
        <source>This list comes from this committee itself; nothing to import.</source>
        <translation>Этот список выпущен самим комитетом; импортировать нечего.</translation>
    </message>
    <message>
        <source>This list (number {sequence}) is not newer than the one held ({held}).</source>
        <translation>Этот список (№ {sequence}) не новее имеющегося ({held}).</translation>
    </message>
    <message>
        <source>The list names another region for committee {committee} than before.</source>
        <translation>В списке для комитета {committee} указан другой регион, чем раньше.</translation>
    </message>
    <message>
        <source>The list is signed with key {key_id}, which is marked compromised.</source>
        <translation>Список подписан ключом {key_id}, отмеченным как скомпрометированный.</translation>
    </message>
    <message>
        <source>The list file is too large.</source>
        <translation>Файл списка слишком большой.</translation>
    </message>
    <message>
        <source>The file is not a trust or status list Belgi knows.</source>
        <translation>Файл не является известным Belgi списком доверия или статусов.</translation>
    </message>
    <message>
        <source>The list names an unknown region “{region}”.</source>
        <translation>В списке указан неизвестный регион «{region}».</translation>
    </message>
    <message>
        <source>The list file cannot be read.</source>
        <translation>Файл списка не читается.</translation>
    </message>
    <message>
        <source>No key of the committee may sign today: its keys have ended or are marked compromised. Create a new one in Administration.</source>
        <translation>Сегодня ни один ключ комитета не может подписывать: срок ключей истёк или они отмечены как скомпрометированные. Создайте новый в разделе «Администрирование».</translation>
    </message>
    <message>
        <source>The committee has no signing key yet: create one in Administration.</source>
        <translation>У комитета ещё нет ключа подписи: создайте его в разделе «Администрирование».</translation>
    </message>
    <message>
        <source>The passphrase needs at least {minimum} characters.</source>
        <translation>Пароль ключа должен содержать не менее {minimum} символов.</translation>
    </message>
    <message>
        <source>A key cannot be retired before its signing period begins.</source>
        <translation>Ключ нельзя вывести из обращения до начала срока подписи.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key.</source>
        <translation>Неверный пароль ключа подписи.</translation>
    </message>
    <message>
        <source>The committee is not set up in this database yet.</source>
        <translation>Комитет в этой базе данных ещё не настроен.</translation>
    </message>
    <message>
        <source>Print from 1 to {maximum} labels at a time.</source>
        <translation>Печатайте от 1 до {maximum} этикеток за раз.</translation>
    </message>
    <message>
        <source>Labels cannot be printed: the certificate is {status}.</source>
        <translation>Этикетки печатать нельзя: сертификат — {status}.</translation>
    </message>
    <message>
        <source>This certificate has used all its label lot numbers.</source>
        <translation>Этот сертификат исчерпал номера партий для этикеток.</translation>
    </message>
    <message>
        <source>This lot has only {left} label serials left.</source>
        <translation>В этой партии осталось серийных номеров этикеток: только {left}.</translation>
    </message>
    <message>
        <source>Complaint {complaint} is already closed.</source>
        <translation>Жалоба {complaint} уже закрыта.</translation>
    </message>
    <message>
        <source>Check {check} not found.</source>
        <translation>Проверка {check} не найдена.</translation>
    </message>
    <message>
        <source>Check {check} found a genuine, valid label: there is nothing to complain of.</source>
        <translation>Проверка {check} показала подлинную действующую этикетку: жаловаться не на что.</translation>
    </message>
    <message>
        <source>Describe the complaint in 1 to {maximum} characters.</source>
        <translation>Опишите жалобу (от 1 до {maximum} символов).</translation>
    </message>
    <message>
        <source>Complaint {complaint} not found.</source>
        <translation>Жалоба {complaint} не найдена.</translation>
    </message>
    <message>
        <source>Say how the complaint was resolved.</source>
        <translation>Укажите, как решена жалоба.</translation>
    </message>
</context>
</TS>
