<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>cli</name>
    <message>
        <source>Wrong command line: {where} is not valid UTF-8 text. Nothing was done.</source>
        <translation>Неверная командная строка: {where} — не текст в UTF-8. Ничего не сделано.</translation>
    </message>
    <message>
        <source>Wrong command line: {detail}. See --help.</source>
        <translation>Неверная командная строка: {detail}. См. --help.</translation>
    </message>
    <message>
        <source>the number {value}… is too large</source>
        <translation>число {value}… слишком велико</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <source>Audit log intact: {entries} entries.</source>
        <translation>Журнал действий цел: записей — {entries}.</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>её содержимое изменено</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>она не следует за предыдущей записью</translation>
    </message>
    <message>
        <source>an entry before it is missing</source>
        <translation>предшествующая запись отсутствует</translation>
    </message>
    <message>
        <source>entries at the end were removed</source>
        <translation>записи в конце удалены</translation>
    </message>
    <message>
        <source>Audit log broken at entry {seq}: {problem}.</source>
        <translation>Журнал действий нарушен на записи {seq}: {problem}.</translation>
    </message>
    <message>
        <source>Certificate {number} is now {status}.</source>
        <translation>Сертификат {number} теперь: {status}.</translation>
    </message>
    <message>
        <source>Certificate {number} written to {path}.</source>
        <translation>Сертификат {number} записан в {path}.</translation>
    </message>
    <message>
        <source>There is no register at {where}: check --db (a new register is made only by the first start of the app or by `demo`).</source>
        <translation>Реестра по адресу {where} нет: проверьте --db (новый реестр создаётся только при первом запуске приложения или командой `demo`).</translation>
    </message>
    <message>
        <source>Belgi keeps its register in SQLite or PostgreSQL, not in “{where}”.</source>
        <translation>Belgi хранит реестр в SQLite или PostgreSQL, а не в «{where}».</translation>
    </message>
    <message>
        <source>“{where}” is not a database address.</source>
        <translation>«{where}» — не адрес базы данных.</translation>
    </message>
    <message>
        <source>The register at {where} can only be read here; nothing was changed.</source>
        <translation>Реестр {where} здесь доступен только для чтения; ничего не изменено.</translation>
    </message>
    <message>
        <source>The register at {where} can only be read and needs an upgrade first: open it once where it can be written.</source>
        <translation>Реестр {where} доступен только для чтения и сначала требует обновления: откройте его один раз там, где в него можно записывать.</translation>
    </message>
    <message>
        <source>The register&apos;s server cannot be reached; nothing was changed. Try again when it is back.</source>
        <translation type="unfinished">Сервер реестра недоступен; ничего не изменено. Повторите, когда он снова будет работать.</translation>
    </message>
    <message>
        <source>The register is busy with another user&apos;s work; try again in a moment.</source>
        <translation>Реестр занят работой другого пользователя; повторите через минуту.</translation>
    </message>
    <message>
        <source>Say who acts: --user NAME (or BELGI_USER).</source>
        <translation>Укажите, кто действует: --user ИМЯ (или BELGI_USER).</translation>
    </message>
    <message>
        <source>No password: type it at the prompt or set BELGI_PASSWORD.</source>
        <translation>Нет пароля: введите его по запросу или задайте BELGI_PASSWORD.</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Пароль для {user}: </translation>
    </message>
    <message>
        <source>The database cannot be used: {detail}</source>
        <translation>Базу данных нельзя использовать: {detail}</translation>
    </message>
    <message>
        <source>File error: {detail}</source>
        <translation>Ошибка файла: {detail}</translation>
    </message>
    <message>
        <source>Demo database ready: {producers} producers, {products} products, {inspections} inspections, {certificates} certificates, {lots} lots. Users admin, chair, inspector and clerk; password: demo.</source>
        <translation>Демо-база готова: производителей — {producers}, продуктов — {products}, проверок — {inspections}, сертификатов — {certificates}, партий — {lots}. Пользователи admin, chair, inspector и clerk; пароль: demo.</translation>
    </message>
    <message>
        <source>Give exactly one code: TEXT, --image FILE, or - for standard input.</source>
        <translation>Укажите ровно один код: TEXT, --image FILE или - для стандартного ввода.</translation>
    </message>
    <message>
        <source>No such image file: {file}</source>
        <translation>Нет такого файла изображения: {file}</translation>
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
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Recorded as spoiled</source>
        <translation>Отмечена как испорченная</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>Статус на момент</translation>
    </message>
    <message>
        <source>There is no page “{page}”; the pages: {pages}.</source>
        <translation>Страницы «{page}» нет; страницы: {pages}.</translation>
    </message>
    <message>
        <source>Cannot write {file}.</source>
        <translation>Не удаётся записать {file}.</translation>
    </message>
    <message>
        <source>The page “{page}” has no scanner field.</source>
        <translation>На странице «{page}» нет поля сканера.</translation>
    </message>
    <message>
        <source>Size “{size}” is not like 1366x768.</source>
        <translation>Размер «{size}» не в виде 1366x768.</translation>
    </message>
    <message>
        <source>Name the user to show: --user NAME.</source>
        <translation>Укажите пользователя: --user NAME.</translation>
    </message>
    <message>
        <source>{count} labels of lot {lot} ({certificate}), serials {serials}, written to {path}.</source>
        <translation>Этикетки партии {lot} ({certificate}): {count} шт., номера {serials}, записаны в {path}.</translation>
    </message>
    <message>
        <source>{count} labels of lot {lot} recorded as spoiled: {serials}.</source>
        <translation>Этикетки партии {lot} отмечены как испорченные ({count} шт.): {serials}.</translation>
    </message>
    <message>
        <source>Lot {lot} ({certificate}): {allocated} serials allocated — {printed} printed (of which {reprinted} printed again), {spoiled} spoiled, {pending} in unfinished jobs, {unrecorded} without a print job.</source>
        <translation>Партия {lot} ({certificate}): выдано номеров — {allocated}; напечатано — {printed} (из них повторно — {reprinted}), испорчено — {spoiled}, в незавершённых заданиях — {pending}, без задания печати — {unrecorded}.</translation>
    </message>
    <message>
        <source>{added} templates added, {skipped} already known or too small for a code.</source>
        <translation>Добавлено шаблонов: {added}; уже известных или слишком малых для кода: {skipped}.</translation>
    </message>
    <message>
        <source>Template {template} added: {count} labels a page.</source>
        <translation>Шаблон {template} добавлен: этикеток на листе — {count}.</translation>
    </message>
    <message>
        <source>Template {template} removed.</source>
        <translation>Шаблон {template} удалён.</translation>
    </message>
    <message>
        <source>Printer offset for {template}: {dx} mm across, {dy} mm down.</source>
        <translation>Смещение принтера для {template}: {dx} мм вправо, {dy} мм вниз.</translation>
    </message>
    <message>
        <source>Outline page of {template} written to {path}.</source>
        <translation>Контурная страница шаблона {template} записана в {path}.</translation>
    </message>
    <message>
        <source>No passphrase for the signing key: type it at the prompt or set BELGI_PASSPHRASE.</source>
        <translation>Нет парольной фразы ключа подписи: введите её по запросу или задайте BELGI_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Passphrase of the signing key: </source>
        <translation>Парольная фраза ключа подписи: </translation>
    </message>
    <message>
        <source>The public register was written to {folder}:</source>
        <translation>Открытый реестр записан в папку {folder}:</translation>
    </message>
    <message>
        <source>The verification page v/ has no signed lists yet and cannot check labels: publish with --status-list.</source>
        <translation>На странице проверки v/ ещё нет подписанных списков, и она не может проверять этикетки: опубликуйте с --status-list.</translation>
    </message>
    <message>
        <source>Report of inspection {inspection} ({product}) written to {path}.</source>
        <translation>Акт проверки {inspection} ({product}) записан в {path}.</translation>
    </message>
    <message>
        <source>The figures were written to {path}.</source>
        <translation>Показатели записаны в {path}.</translation>
    </message>
    <message>
        <source>Warning: the register lies on a network share ({kind}); SQLite can be damaged there. Keep it on a local disk, or use PostgreSQL for several workstations.</source>
        <translation>Внимание: реестр лежит на сетевом ресурсе ({kind}); там SQLite может повредиться. Держите его на локальном диске или используйте PostgreSQL для нескольких рабочих мест.</translation>
    </message>
    <message>
        <source>Backup written to {path}: {size} KB, {entries} audit entries checked, {seconds} s.</source>
        <translation>Резервная копия записана в {path}: {size} КБ, проверено {entries} записей аудита, {seconds} с.</translation>
    </message>
    <message>
        <source>Replace the register with {path} ({certificates} certificates, {entries} audit entries)? Type yes: </source>
        <translation>Заменить реестр копией {path} ({certificates} сертификатов, {entries} записей аудита)? Введите да: </translation>
    </message>
    <message>
        <source>Restoring replaces the register: confirm with --yes.</source>
        <translation>Восстановление заменяет реестр: подтвердите с --yes.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Register restored from {path}; the register it replaced is kept in {safety}. {raised} counters moved above numbers already given out.</source>
        <translation>Реестр восстановлен из {path}; заменённый реестр сохранён в {safety}. {raised} счётчиков поднято выше уже выданных номеров.</translation>
    </message>
    <message>
        <source>No lots under certificate {number}.</source>
        <translation>По сертификату {number} партий нет.</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} ({quantity} {unit}) recorded under certificate {number}.</source>
        <translation>Партия {lot} продукции «{product}» ({quantity} {unit}) записана по сертификату {number}.</translation>
    </message>
    <message>
        <source>The page “{page}” has no tab “{tab}”.</source>
        <translation>На странице «{page}» нет вкладки «{tab}».</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>User {user} added: {roles}.</source>
        <translation>Пользователь {user} добавлен: {roles}.</translation>
    </message>
    <message>
        <source>The password of {user} is changed.</source>
        <translation>Пароль пользователя {user} изменён.</translation>
    </message>
    <message>
        <source>User {user} is deactivated.</source>
        <translation>Пользователь {user} отключён.</translation>
    </message>
    <message>
        <source>User {user} may sign in again.</source>
        <translation>Пользователь {user} снова может входить.</translation>
    </message>
    <message>
        <source>User {user}: {roles}.</source>
        <translation>Пользователь {user}: {roles}.</translation>
    </message>
    <message>
        <source>signs now</source>
        <translation>подписывает сейчас</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>выведен из работы</translation>
    </message>
    <message>
        <source>compromised</source>
        <translation>скомпрометирован</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>ещё не действует</translation>
    </message>
    <message>
        <source>No signing key yet: make one with `key generate`.</source>
        <translation>Ключа подписи пока нет: создайте его командой `key generate`.</translation>
    </message>
    <message>
        <source>(from {day})</source>
        <translation>(с {day})</translation>
    </message>
    <message>
        <source>Key {key} signs from {day}; its fingerprint: {fingerprint}.</source>
        <translation>Ключ {key} подписывает с {day}; его отпечаток: {fingerprint}.</translation>
    </message>
    <message>
        <source>Key {key} signs no more after {day}.</source>
        <translation>Ключ {key} больше не подписывает после {day}.</translation>
    </message>
    <message>
        <source>Key {key} is compromised from {day}: codes it signed since then raise an alarm.</source>
        <translation>Ключ {key} скомпрометирован с {day}: коды, подписанные им с этого дня, вызывают тревогу.</translation>
    </message>
    <message>
        <source>Trust list written to {path}.</source>
        <translation>Список доверия записан в {path}.</translation>
    </message>
    <message>
        <source>Status list written to {path}.</source>
        <translation>Список статусов записан в {path}.</translation>
    </message>
    <message>
        <source>The first list from this committee: compare its key fingerprint {fingerprint} with the one its office read out to you, then run again with --fingerprint.</source>
        <translation>Первый список от этого комитета: сверьте отпечаток его ключа {fingerprint} с тем, что вам продиктовали в его офисе, и запустите снова с --fingerprint.</translation>
    </message>
    <message>
        <source>Trust list no. {sequence} of {committee} taken in (issued {issued}, {days} days ago): {keys} keys trusted.</source>
        <translation>Принят список доверия № {sequence} комитета {committee} (выпущен {issued}, дней назад: {days}): доверенных ключей: {keys}.</translation>
    </message>
    <message>
        <source>Status list no. {sequence} of {committee} taken in (as of {issued}, {days} days ago): {count} certificates suspended or withdrawn.</source>
        <translation>Принят список статусов № {sequence} комитета {committee} (на {issued}, дней назад: {days}): приостановленных или отозванных сертификатов: {count}.</translation>
    </message>
    <message>
        <source>It was due to be replaced on {day}: ask {committee} for a newer one.</source>
        <translation>Его следовало заменить {day}: запросите у {committee} более новый.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>заменён</translation>
    </message>
</context>
</TS>
