<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>неизвестные аргументы: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя вместе с аргументом %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>лишний аргумент пропущен: %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>нужны аргументы: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>нужен один из аргументов: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>нужен один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>нужно не больше одного аргумента</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>нужен хотя бы один аргумент</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>неожиданный параметр: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>неверное значение: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>нет такого варианта: %(value)r (выберите из: %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удаётся открыть «%(filename)s»: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>нет такой команды: %(parser_name)r (команды: %(choices)s)</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>нужен %n аргумент</numerusform>
            <numerusform>нужно %n аргумента</numerusform>
            <numerusform>нужно %n аргументов</numerusform>
        </translation>
    </message>
</context>
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
        <translation>Сервер реестра недоступен; ничего не изменено. Повторите, когда он снова будет работать.</translation>
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
        <source>The page “{page}” has no scanner field.</source>
        <translation>На странице «{page}» нет поля сканера.</translation>
    </message>
    <message>
        <source>The page “{page}” has no dialog “{dialog}”.</source>
        <translation>На странице «{page}» нет диалога «{dialog}».</translation>
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
        <source>Lot {lot} ({certificate}): {allocated} serials allocated — {printed} printed (of which {reprinted} printed again), {spoiled} spoiled, {pending} in unfinished jobs, {unrecorded} without a print job.</source>
        <translation>Партия {lot} ({certificate}): выдано номеров — {allocated}; напечатано — {printed} (из них повторно — {reprinted}), испорчено — {spoiled}, в незавершённых заданиях — {pending}, без задания печати — {unrecorded}.</translation>
    </message>
    <message>
        <source>{added} templates added, {skipped} already known or too small for a code.</source>
        <translation>Добавлено шаблонов: {added}; уже известных или слишком малых для кода: {skipped}.</translation>
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
        <translation>Нет пароля ключа подписи: введите его по запросу или задайте BELGI_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Passphrase of the signing key: </source>
        <translation>Пароль ключа подписи: </translation>
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
        <source>Passphrase of the signing key, to sign the restore (Enter: not signed): </source>
        <translation>Пароль ключа подписи, чтобы подписать восстановление (Enter: без подписи): </translation>
    </message>
    <message>
        <source>The restore is not signed: audit verify reports the checkpoints of the register it replaced as entries removed.</source>
        <translation>Восстановление не подписано: audit verify покажет контрольные точки заменённого реестра как удалённые записи.</translation>
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
        <source>Trust list no. {sequence} of {committee} taken in (issued {issued}, {days} d ago). Keys trusted: {keys}.</source>
        <translation>Принят список доверия № {sequence} комитета {committee} (выпущен {issued}, дней назад: {days}): доверенных ключей: {keys}.</translation>
    </message>
    <message>
        <source>Status list no. {sequence} of {committee} taken in (as of {issued}, {days} d ago). Certificates suspended or withdrawn: {count}.</source>
        <translation>Принят список статусов № {sequence} комитета {committee} (на {issued}, дней назад: {days}): приостановленных или отозванных сертификатов: {count}.</translation>
    </message>
    <message>
        <source>It was due to be replaced on {day}: ask {committee} for a newer one.</source>
        <translation>Его следовало заменить {day}: запросите у {committee} более новый.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %Ln entry(ies).</source>
        <translation>
            <numerusform>Журнал действий цел: %Ln запись.</numerusform>
            <numerusform>Журнал действий цел: %Ln записи.</numerusform>
            <numerusform>Журнал действий цел: %Ln записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) of lot {lot} ({certificate}), serials {serials}, written to {path}.</source>
        <translation>
            <numerusform>%Ln этикетка партии {lot} ({certificate}), № {serials}, записана в {path}.</numerusform>
            <numerusform>%Ln этикетки партии {lot} ({certificate}), № {serials}, записаны в {path}.</numerusform>
            <numerusform>%Ln этикеток партии {lot} ({certificate}), № {serials}, записаны в {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) of lot {lot} recorded as spoiled: {serials}.</source>
        <translation>
            <numerusform>%Ln этикетка партии {lot} отмечена как испорченная: {serials}.</numerusform>
            <numerusform>%Ln этикетки партии {lot} отмечены как испорченные: {serials}.</numerusform>
            <numerusform>%Ln этикеток партии {lot} отмечены как испорченные: {serials}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template {template} added: %n label(s) a page.</source>
        <translation>
            <numerusform>Шаблон {template} добавлен: %n этикетка на листе.</numerusform>
            <numerusform>Шаблон {template} добавлен: %n этикетки на листе.</numerusform>
            <numerusform>Шаблон {template} добавлен: %n этикеток на листе.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written to {path}: {size} KB, %Ln audit entry(ies) checked, {seconds} s.</source>
        <translation>
            <numerusform>Резервная копия записана в {path}: {size} КБ, проверена %Ln запись аудита, {seconds} с.</numerusform>
            <numerusform>Резервная копия записана в {path}: {size} КБ, проверены %Ln записи аудита, {seconds} с.</numerusform>
            <numerusform>Резервная копия записана в {path}: {size} КБ, проверено %Ln записей аудита, {seconds} с.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the register with {path} ({certificates}, {entries})? Type yes: </source>
        <translation>Заменить реестр копией {path} ({certificates}, {entries})? Введите да: </translation>
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s)</source>
        <translation>
            <numerusform>%Ln сертификат</numerusform>
            <numerusform>%Ln сертификата</numerusform>
            <numerusform>%Ln сертификатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entry(ies)</source>
        <translation>
            <numerusform>%Ln запись аудита</numerusform>
            <numerusform>%Ln записи аудита</numerusform>
            <numerusform>%Ln записей аудита</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register restored from {path}; the register it replaced is kept in {safety}. %Ln counter(s) moved above numbers already given out.</source>
        <translation>
            <numerusform>Реестр восстановлен из {path}; заменённый реестр сохранён в {safety}. %Ln счётчик поднят выше уже выданных номеров.</numerusform>
            <numerusform>Реестр восстановлен из {path}; заменённый реестр сохранён в {safety}. %Ln счётчика подняты выше уже выданных номеров.</numerusform>
            <numerusform>Реестр восстановлен из {path}; заменённый реестр сохранён в {safety}. %Ln счётчиков поднято выше уже выданных номеров.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli help</name>
    <message>
        <source>Belgi — OVOP brand committee workstation</source>
        <translation>Belgi — рабочее место бренд-комитета «Одно село — один продукт»</translation>
    </message>
    <message>
        <source>database URL or SQLite file (or BELGI_DB)</source>
        <translation>адрес базы данных или файл SQLite (или BELGI_DB)</translation>
    </message>
    <message>
        <source>language (or BELGI_LANG)</source>
        <translation>язык (или BELGI_LANG)</translation>
    </message>
    <message>
        <source>fill an empty database with sample data</source>
        <translation>заполнить пустую базу данных примерами</translation>
    </message>
    <message>
        <source>list certificates</source>
        <translation>список сертификатов</translation>
    </message>
    <message>
        <source>act on one certificate</source>
        <translation>действия с одним сертификатом</translation>
    </message>
    <message>
        <source>lots reported under a certificate</source>
        <translation>партии, заявленные по сертификату</translation>
    </message>
    <message>
        <source>record a lot of certified product</source>
        <translation>записать партию сертифицированной продукции</translation>
    </message>
    <message>
        <source>print labels of a lot with new serials</source>
        <translation>напечатать этикетки партии с новыми серийными номерами</translation>
    </message>
    <message>
        <source>label stock: reprints, spoilage, templates</source>
        <translation>этикетки: повторная печать, брак, шаблоны</translation>
    </message>
    <message>
        <source>documents to publish or file</source>
        <translation>документы для публикации или архива</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>журнал аудита</translation>
    </message>
    <message>
        <source>copy the register to FILE and check the copy</source>
        <translation>скопировать реестр в FILE и проверить копию</translation>
    </message>
    <message>
        <source>replace the register with a checked backup</source>
        <translation>заменить реестр проверенной резервной копией</translation>
    </message>
    <message>
        <source>the committee&apos;s users and their roles</source>
        <translation>пользователи комитета и их роли</translation>
    </message>
    <message>
        <source>add a user, set a password, roles, deactivate</source>
        <translation>добавить пользователя, пароль, роли, отключить</translation>
    </message>
    <message>
        <source>this committee&apos;s signing keys</source>
        <translation>ключи подписи этого комитета</translation>
    </message>
    <message>
        <source>signed trust and status lists</source>
        <translation>подписанные списки доверия и статусов</translation>
    </message>
    <message>
        <source>check a label&apos;s or certificate&apos;s code</source>
        <translation>проверить код этикетки или сертификата</translation>
    </message>
    <message>
        <source>render a page of the main window offscreen to a PNG</source>
        <translation>отрисовать страницу главного окна без экрана в PNG</translation>
    </message>
    <message>
        <source>number prefix or name fragment</source>
        <translation>начало номера или часть названия</translation>
    </message>
    <message>
        <source>suspend a certificate</source>
        <translation>приостановить сертификат</translation>
    </message>
    <message>
        <source>withdraw a certificate</source>
        <translation>отозвать сертификат</translation>
    </message>
    <message>
        <source>restore a certificate</source>
        <translation>возобновить сертификат</translation>
    </message>
    <message>
        <source>one certificate and its history</source>
        <translation>один сертификат и его история</translation>
    </message>
    <message>
        <source>the certificate as a PDF with its signed QR code</source>
        <translation>сертификат в PDF с подписанным QR-кодом</translation>
    </message>
    <message>
        <source>record a lot under a certificate in force</source>
        <translation>записать партию по действующему сертификату</translation>
    </message>
    <message>
        <source>the producer&apos;s lot number</source>
        <translation>номер партии производителя</translation>
    </message>
    <message>
        <source>DD.MM.YYYY or YYYY-MM-DD</source>
        <translation>ДД.ММ.ГГГГ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>needed when the scope has several</source>
        <translation>нужно, если в сертификате несколько продуктов</translation>
    </message>
    <message>
        <source>pcs, kg, g, l, ml, pack</source>
        <translation>pcs (шт.), kg, g, l, ml, pack (упаковка)</translation>
    </message>
    <message>
        <source>print spoiled labels again, same serials</source>
        <translation>перепечатать испорченные этикетки с теми же номерами</translation>
    </message>
    <message>
        <source>record spoiled labels, with the reason</source>
        <translation>записать испорченные этикетки с причиной</translation>
    </message>
    <message>
        <source>what became of every serial of a lot</source>
        <translation>что стало с каждым серийным номером партии</translation>
    </message>
    <message>
        <source>label sheets and rolls to print on</source>
        <translation>листы и рулоны этикеток для печати</translation>
    </message>
    <message>
        <source>take in a gLabels template file</source>
        <translation>добавить файл шаблона gLabels</translation>
    </message>
    <message>
        <source>a template typed in from the sheet&apos;s packaging</source>
        <translation>шаблон, введённый с упаковки листов</translation>
    </message>
    <message>
        <source>hide an own template</source>
        <translation>скрыть свой шаблон</translation>
    </message>
    <message>
        <source>calibrate the printer for a template (mm)</source>
        <translation>откалибровать принтер для шаблона (мм)</translation>
    </message>
    <message>
        <source>a test page of label outlines</source>
        <translation>пробная страница с контурами этикеток</translation>
    </message>
    <message>
        <source>e.g. 5,7-9</source>
        <translation>например, 5,7-9</translation>
    </message>
    <message>
        <source>misprint, jammed, damaged, lost or other (with --note)</source>
        <translation>misprint (брак печати), jammed (замята), damaged (повреждена), lost (утеряна) или other (с --note)</translation>
    </message>
    <message>
        <source>the public register, ready to publish</source>
        <translation>открытый реестр, готовый к публикации</translation>
    </message>
    <message>
        <source>the report of one inspection</source>
        <translation>отчёт об одной проверке</translation>
    </message>
    <message>
        <source>the committee&apos;s figures for a period</source>
        <translation>показатели комитета за период</translation>
    </message>
    <message>
        <source>also the signed status list (passphrase)</source>
        <translation>также подписанный список статусов (пароль ключа)</translation>
    </message>
    <message>
        <source>check that no entry was edited, removed or moved, and that the register agrees with the log</source>
        <translation>проверить, что ни одна запись не изменена, не удалена и не перемещена и что реестр согласуется с журналом</translation>
    </message>
    <message>
        <source>a signed checkpoint file, or a folder of them (a published register, exported lists); the backup folder is always read</source>
        <translation>файл подписанной контрольной точки или папка с ними (опубликованный реестр, экспортированные списки); папка резервных копий читается всегда</translation>
    </message>
    <message>
        <source>open this dialog of the page and picture it (labels: print, calibration)</source>
        <translation>открыть этот диалог страницы и снять его (labels: print, calibration)</translation>
    </message>
    <message>
        <source>an administrator (or BELGI_USER)</source>
        <translation>администратор (или BELGI_USER)</translation>
    </message>
    <message>
        <source>replace without asking</source>
        <translation>заменить без вопроса</translation>
    </message>
    <message>
        <source>a new user (password: prompt or BELGI_NEW_PASSWORD)</source>
        <translation>новый пользователь (пароль: запрос или BELGI_NEW_PASSWORD)</translation>
    </message>
    <message>
        <source>a new password (prompt or BELGI_NEW_PASSWORD)</source>
        <translation>новый пароль (запрос или BELGI_NEW_PASSWORD)</translation>
    </message>
    <message>
        <source>the user can no longer sign in (the record stays)</source>
        <translation>пользователь больше не сможет войти (запись остаётся)</translation>
    </message>
    <message>
        <source>a deactivated user may sign in again</source>
        <translation>отключённый пользователь снова может входить</translation>
    </message>
    <message>
        <source>replace the user&apos;s roles</source>
        <translation>заменить роли пользователя</translation>
    </message>
    <message>
        <source>as printed (default: NAME)</source>
        <translation>как печатается (по умолчанию: NAME)</translation>
    </message>
    <message>
        <source>who acts (or BELGI_USER)</source>
        <translation>кто действует (или BELGI_USER)</translation>
    </message>
    <message>
        <source>every key, its period and state</source>
        <translation>все ключи, их срок и состояние</translation>
    </message>
    <message>
        <source>a new key from today; the key in force stops today</source>
        <translation>новый ключ с сегодняшнего дня; действующий ключ прекращает действие сегодня</translation>
    </message>
    <message>
        <source>the key stops signing today</source>
        <translation>ключ перестаёт подписывать сегодня</translation>
    </message>
    <message>
        <source>codes signed from DATE alarm</source>
        <translation>коды, подписанные с DATE, вызывают тревогу</translation>
    </message>
    <message>
        <source>this committee&apos;s trust and status lists</source>
        <translation>списки доверия и статусов этого комитета</translation>
    </message>
    <message>
        <source>another committee&apos;s trust or status list</source>
        <translation>список доверия или статусов другого комитета</translation>
    </message>
    <message>
        <source>the sender&apos;s key fingerprint, read out by them</source>
        <translation>отпечаток ключа отправителя, зачитанный им самим</translation>
    </message>
    <message>
        <source>the code&apos;s text, or - for stdin</source>
        <translation>текст кода или - для стандартного ввода</translation>
    </message>
    <message>
        <source>a photo or scan of the code</source>
        <translation>фото или скан кода</translation>
    </message>
    <message>
        <source>where the label was found</source>
        <translation>где найдена этикетка</translation>
    </message>
    <message>
        <source>do not log this check</source>
        <translation>не записывать эту проверку в журнал</translation>
    </message>
    <message>
        <source>register, standards, inspections, …, administration; login, first-start</source>
        <translation>register, standards, inspections, …, administration; login, first-start (страницы)</translation>
    </message>
    <message>
        <source>the PNG file to write</source>
        <translation>PNG-файл для записи</translation>
    </message>
    <message>
        <source>signed in as (default: admin)</source>
        <translation>войти как (по умолчанию: admin)</translation>
    </message>
    <message>
        <source>window size, e.g. 1920x1080</source>
        <translation>размер окна, например 1920x1080</translation>
    </message>
    <message>
        <source>type TEXT into the scanner field and press Enter (verify); the check is logged</source>
        <translation>ввести TEXT в поле сканера и нажать Enter (verify); проверка записывается в журнал</translation>
    </message>
    <message>
        <source>the place of the checks of --scan</source>
        <translation>место проверок --scan</translation>
    </message>
    <message>
        <source>the tab to show, on a page with tabs</source>
        <translation>вкладка, которую показать на странице с вкладками</translation>
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
