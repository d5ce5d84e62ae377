<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this user name: wait {seconds} s, then try again.</source>
        <translation>Слишком много неверных паролей для этого имени пользователя: подождите {seconds} с и попробуйте снова.</translation>
    </message>
    <message>
        <source>User {username} may not do this (it needs the role: {roles}).</source>
        <translation>Пользователь {username} не может это сделать (нужна роль: {roles}).</translation>
    </message>
    <message>
        <source>Category code “{value}”: use Latin letters, digits, “-” or “_”.</source>
        <translation>Код категории «{value}»: используйте латинские буквы, цифры, «-» или «_».</translation>
    </message>
    <message>
        <source>Category “{value}” already exists.</source>
        <translation>Категория «{value}» уже существует.</translation>
    </message>
    <message>
        <source>No such product category: {code}.</source>
        <translation>Нет такой категории продукции: {code}.</translation>
    </message>
    <message>
        <source>The products of a certificate must all belong to its producer.</source>
        <translation>Все продукты сертификата должны принадлежать его производителю.</translation>
    </message>
    <message>
        <source>“{value}” is not a change of a certificate&apos;s state.</source>
        <translation>«{value}» — не изменение состояния сертификата.</translation>
    </message>
    <message>
        <source>Certificate {number} not found.</source>
        <translation>Сертификат {number} не найден.</translation>
    </message>
    <message>
        <source>The number {number} is already in use: check the numbering format in the settings.</source>
        <translation>Номер {number} уже занят: проверьте формат нумерации в настройках.</translation>
    </message>
    <message>
        <source>Give the reason for changing the certificate&apos;s state.</source>
        <translation>Укажите причину изменения состояния сертификата.</translation>
    </message>
    <message>
        <source>Choose the products the new certificate covers (a different list).</source>
        <translation>Выберите продукты, которые охватит новый сертификат (другой список).</translation>
    </message>
    <message>
        <source>Certificate {number} is {status}: the action “{action}” is not allowed.</source>
        <translation>Сертификат {number} — {status}: действие «{action}» недопустимо.</translation>
    </message>
    <message>
        <source>This database already belongs to a committee.</source>
        <translation>Эта база данных уже принадлежит комитету.</translation>
    </message>
    <message>
        <source>Committee code “{value}”: 1 to 8 Latin letters or digits.</source>
        <translation>Код комитета «{value}»: от 1 до 8 латинских букв или цифр.</translation>
    </message>
    <message>
        <source>The committee is not set up in this database yet.</source>
        <translation>Комитет в этой базе данных ещё не настроен.</translation>
    </message>
    <message>
        <source>The votes do not add up: {eligible} members may vote on this item.</source>
        <translation>Голоса не сходятся: по этому вопросу могут голосовать членов — {eligible}.</translation>
    </message>
    <message>
        <source>{username} declared a conflict of interest with {producer} and cannot decide this.</source>
        <translation>{username} заявил(а) о конфликте интересов с {producer} и не может решать этот вопрос.</translation>
    </message>
    <message>
        <source>Inspection {id} did not pass (score {score}); a certificate cannot be granted on it.</source>
        <translation>Проверка {id} не пройдена (балл {score}); выдать по ней сертификат нельзя.</translation>
    </message>
    <message>
        <source>{username} carried out inspection {id} and cannot decide on it.</source>
        <translation>{username} проводил(а) проверку {id} и не может принимать по ней решение.</translation>
    </message>
    <message>
        <source>A grant needs a majority: {votes_for} of {eligible} voted for it.</source>
        <translation>Для присвоения нужно большинство: «за» — {votes_for} из {eligible}.</translation>
    </message>
    <message>
        <source>No quorum: {eligible} members present may decide this, {quorum} are needed.</source>
        <translation>Нет кворума: решать могут присутствующих — {eligible}, нужно {quorum}.</translation>
    </message>
    <message>
        <source>{username} is not marked present at this session.</source>
        <translation>{username} не отмечен(а) присутствующим на этом заседании.</translation>
    </message>
    <message>
        <source>Inspection {id} is not waiting for a decision.</source>
        <translation>Проверка {id} не ожидает решения.</translation>
    </message>
    <message>
        <source>Give the reason for refusing or deferring.</source>
        <translation>Укажите причину отказа или отсрочки.</translation>
    </message>
    <message>
        <source>The demo needs an empty database; this one already holds a committee.</source>
        <translation>Для демо нужна пустая база данных; в этой уже есть комитет.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field}: «{value}» — не число.</translation>
    </message>
    <message>
        <source>{field}: this must be filled in.</source>
        <translation>{field}: нужно заполнить.</translation>
    </message>
    <message>
        <source>{field}: at most {maximum} characters.</source>
        <translation>{field}: не более {maximum} символов.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (write 26.11.2026 or 2026-11-26).</source>
        <translation>{field}: «{value}» — не дата (пишите 26.11.2026 или 2026-11-26).</translation>
    </message>
    <message>
        <source>Criterion {field}: choose one of the listed answers.</source>
        <translation>Критерий {field}: выберите один из предложенных ответов.</translation>
    </message>
    <message>
        <source>A surveillance or renewal inspection needs the certificate it checks.</source>
        <translation>Для надзорной проверки или продления нужен проверяемый сертификат.</translation>
    </message>
    <message>
        <source>The due date {value} is before the inspection.</source>
        <translation>Срок {value} раньше даты проверки.</translation>
    </message>
    <message>
        <source>The inspection date {value} is in the future.</source>
        <translation>Дата проверки {value} в будущем.</translation>
    </message>
    <message>
        <source>Answer every criterion before submitting; still open: {codes}.</source>
        <translation>Перед отправкой ответьте на все критерии; без ответа: {codes}.</translation>
    </message>
    <message>
        <source>Inspection {id} has been submitted and can no longer be changed.</source>
        <translation>Проверка {id} отправлена и больше не может изменяться.</translation>
    </message>
    <message>
        <source>Inspection {id} not found.</source>
        <translation>Проверка {id} не найдена.</translation>
    </message>
    <message>
        <source>Inspection {id} belongs to another inspector.</source>
        <translation>Проверка {id} принадлежит другому инспектору.</translation>
    </message>
    <message>
        <source>{product} is not covered by certificate {number}.</source>
        <translation>{product} не входит в сертификат {number}.</translation>
    </message>
    <message>
        <source>Criterion {field}: give a score from 0 to {maximum}.</source>
        <translation>Критерий {field}: поставьте балл от 0 до {maximum}.</translation>
    </message>
    <message>
        <source>The standard has no criterion {field}.</source>
        <translation>В стандарте нет критерия {field}.</translation>
    </message>
    <message>
        <source>Standard {standard} is for another product category than {product}.</source>
        <translation>Стандарт {standard} относится к другой категории, чем {product}.</translation>
    </message>
    <message>
        <source>Lot number “{value}”: up to 20 Latin letters, digits, “-”, “/” or “.”.</source>
        <translation>Номер партии «{value}»: до 20 латинских букв, цифр, «-», «/» или «.».</translation>
    </message>
    <message>
        <source>Quantity “{value}”: give a positive number.</source>
        <translation>Количество «{value}»: укажите положительное число.</translation>
    </message>
    <message>
        <source>Unknown unit “{value}”.</source>
        <translation>Неизвестная единица измерения «{value}».</translation>
    </message>
    <message>
        <source>The best-before date {value} must come after the production date.</source>
        <translation>Срок годности {value} должен быть позже даты изготовления.</translation>
    </message>
    <message>
        <source>Certificate {number} is {status}: no new lots can be reported under it.</source>
        <translation>Сертификат {number} — {status}: новые партии по нему не регистрируются.</translation>
    </message>
    <message>
        <source>{producer} already has a lot numbered {lot_number}.</source>
        <translation>У {producer} уже есть партия с номером {lot_number}.</translation>
    </message>
    <message>
        <source>Lot {lot_number} not found under certificate {number}.</source>
        <translation>Партия {lot_number} по сертификату {number} не найдена.</translation>
    </message>
    <message>
        <source>The lot was produced on {value}, before the certificate was issued ({issued}).</source>
        <translation>Партия изготовлена {value}, до выдачи сертификата ({issued}).</translation>
    </message>
    <message>
        <source>The production date {value} is in the future.</source>
        <translation>Дата изготовления {value} в будущем.</translation>
    </message>
    <message>
        <source>Certificate {number} covers several products; name one: {products}.</source>
        <translation>Сертификат {number} охватывает несколько продуктов; укажите один: {products}.</translation>
    </message>
    <message>
        <source>This non-conformity is already closed.</source>
        <translation>Это несоответствие уже закрыто.</translation>
    </message>
    <message>
        <source>Non-conformity {id} not found.</source>
        <translation>Несоответствие {id} не найдено.</translation>
    </message>
    <message>
        <source>Photos must be JPEG, PNG or WebP (this one is {format}).</source>
        <translation>Фото должно быть в формате JPEG, PNG или WebP (это — {format}).</translation>
    </message>
    <message>
        <source>Photo {id} not found.</source>
        <translation>Фото {id} не найдено.</translation>
    </message>
    <message>
        <source>The photo is {size_mb} MB; the limit is {limit_mb} MB.</source>
        <translation>Размер фото {size_mb} МБ; предел — {limit_mb} МБ.</translation>
    </message>
    <message>
        <source>The photo is {width}×{height} pixels, more than 50 megapixels.</source>
        <translation>Фото {width}×{height} пикселей — больше 50 мегапикселей.</translation>
    </message>
    <message>
        <source>The file is not a readable photo.</source>
        <translation>Файл не является читаемым фото.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a sensible number of people.</source>
        <translation>{field}: «{value}» — неправдоподобное число людей.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>«{value}» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number (e.g. +996 555 123 456).</source>
        <translation>«{value}» — не номер телефона (например, +996 555 123 456).</translation>
    </message>
    <message>
        <source>The tax number (INN) has 14 digits; “{value}” does not.</source>
        <translation>ИНН состоит из 14 цифр; «{value}» — нет.</translation>
    </message>
    <message>
        <source>An individual producer counts as one member.</source>
        <translation>Индивидуальный производитель считается одним участником.</translation>
    </message>
    <message>
        <source>{field}: cannot be more than the {members} members.</source>
        <translation>{field}: не может быть больше числа участников ({members}).</translation>
    </message>
    <message>
        <source>Producer {id} not found.</source>
        <translation>Производитель {id} не найден.</translation>
    </message>
    <message>
        <source>{name} is certified: its category cannot change while the certificate is in force.</source>
        <translation>{name} сертифицирован: категорию нельзя менять, пока сертификат действует.</translation>
    </message>
    <message>
        <source>Product {id} not found.</source>
        <translation>Продукт {id} не найден.</translation>
    </message>
    <message>
        <source>Unknown region “{value}”.</source>
        <translation>Неизвестный регион «{value}».</translation>
    </message>
    <message>
        <source>Choose who chairs the session.</source>
        <translation>Выберите, кто председательствует на заседании.</translation>
    </message>
    <message>
        <source>The chair, {name}, must be among those present.</source>
        <translation>Председатель ({name}) должен быть среди присутствующих.</translation>
    </message>
    <message>
        <source>{value} cannot chair a session (not a chair of the committee).</source>
        <translation>{value} не может председательствовать (не председатель комитета).</translation>
    </message>
    <message>
        <source>Quorum “{value}”: give a number from 1 to {maximum}.</source>
        <translation>Кворум «{value}»: укажите число от 1 до {maximum}.</translation>
    </message>
    <message>
        <source>Session {title} is closed.</source>
        <translation>Заседание {title} закрыто.</translation>
    </message>
    <message>
        <source>The committee has no members yet: add users with the member role.</source>
        <translation>В комитете ещё нет членов: добавьте пользователей с ролью «член».</translation>
    </message>
    <message>
        <source>Not members of the committee: {names}.</source>
        <translation>Не члены комитета: {names}.</translation>
    </message>
    <message>
        <source>Session {id} not found.</source>
        <translation>Заседание {id} не найдено.</translation>
    </message>
    <message>
        <source>Documents can carry one or two of the languages ky, ru, en.</source>
        <translation>Документы могут быть на одном или двух языках из ky, ru, en.</translation>
    </message>
    <message>
        <source>Numbering format “{value}” must contain {{seq}} and may use {{region}}, {{year}}, {{committee}}.</source>
        <translation>Формат нумерации «{value}» должен содержать {{seq}} и может использовать {{region}}, {{year}}, {{committee}}.</translation>
    </message>
    <message>
        <source>The verification address “{value}” may hold only Latin letters, digits, “.”, “-”, “/”.</source>
        <translation>Адрес проверки «{value}» может содержать только латинские буквы, цифры, «.», «-», «/».</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not accepted.</source>
        <translation>{field}: значение «{value}» не принимается.</translation>
    </message>
    <message>
        <source>{field}: give a number from {minimum} to {maximum}.</source>
        <translation>{field}: укажите число от {minimum} до {maximum}.</translation>
    </message>
    <message>
        <source>There is no setting “{field}”.</source>
        <translation>Нет настройки «{field}».</translation>
    </message>
    <message>
        <source>Criterion {code}: give at least two answers and mark the acceptable ones.</source>
        <translation>Критерий {code}: укажите не менее двух ответов и отметьте допустимые.</translation>
    </message>
    <message>
        <source>Standard code “{value}”: 2 to 32 Latin letters, digits or “-”.</source>
        <translation>Код стандарта «{value}»: от 2 до 32 латинских букв, цифр или «-».</translation>
    </message>
    <message>
        <source>Criterion number “{value}”: use digits, letters and dots, e.g. 2.3.</source>
        <translation>Номер критерия «{value}»: используйте цифры, буквы и точки, например 2.3.</translation>
    </message>
    <message>
        <source>The pass mark “{value}” must be between 0 and 100.</source>
        <translation>Проходной балл «{value}» должен быть от 0 до 100.</translation>
    </message>
    <message>
        <source>Criterion {code}: a scale needs a top score from 1 to 100.</source>
        <translation>Критерий {code}: у шкалы должен быть максимум от 1 до 100.</translation>
    </message>
    <message>
        <source>Star bands: 1 to 5 stars, each needing a higher score than the one before.</source>
        <translation>Звёзды: от 1 до 5, каждая требует большего балла, чем предыдущая.</translation>
    </message>
    <message>
        <source>{group}: the weight must be greater than zero.</source>
        <translation>{group}: весовой коэффициент должен быть больше нуля.</translation>
    </message>
    <message>
        <source>Criterion number {value} is used twice.</source>
        <translation>Номер критерия {value} использован дважды.</translation>
    </message>
    <message>
        <source>Group “{group}” has no criteria.</source>
        <translation>В группе «{group}» нет критериев.</translation>
    </message>
    <message>
        <source>Standard {value} already exists.</source>
        <translation>Стандарт {value} уже существует.</translation>
    </message>
    <message>
        <source>{code} version {version} is used by inspections and cannot change; make a new version.</source>
        <translation>Версия {version} стандарта {code} используется в проверках и не может меняться; создайте новую версию.</translation>
    </message>
    <message>
        <source>Criterion {code}: the minimum is above the maximum.</source>
        <translation>Критерий {code}: минимум больше максимума.</translation>
    </message>
    <message>
        <source>A standard needs at least one group of criteria.</source>
        <translation>В стандарте должна быть хотя бы одна группа критериев.</translation>
    </message>
    <message>
        <source>Criterion {code}: a measurement needs a minimum, a maximum or both.</source>
        <translation>Критерий {code}: для измерения нужен минимум, максимум или оба.</translation>
    </message>
    <message>
        <source>Standard {id} not found.</source>
        <translation>Стандарт {id} не найден.</translation>
    </message>
    <message>
        <source>Criterion {code}: a note is not scored, so it cannot be critical.</source>
        <translation>Критерий {code}: заметка не оценивается и не может быть критической.</translation>
    </message>
    <message>
        <source>A standard needs at least one scored criterion.</source>
        <translation>В стандарте должен быть хотя бы один оцениваемый критерий.</translation>
    </message>
    <message>
        <source>Standard version {id} not found.</source>
        <translation>Версия стандарта {id} не найдена.</translation>
    </message>
    <message>
        <source>User name “{value}”: one word, up to 64 characters.</source>
        <translation>Имя пользователя «{value}»: одно слово, до 64 символов.</translation>
    </message>
    <message>
        <source>User {username} already exists.</source>
        <translation>Пользователь {username} уже существует.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Назначьте пользователю хотя бы одну роль.</translation>
    </message>
    <message>
        <source>User {username} not found.</source>
        <translation>Пользователь {username} не найден.</translation>
    </message>
    <message>
        <source>The password needs at least {minimum} characters.</source>
        <translation>Пароль должен содержать не менее {minimum} символов.</translation>
    </message>
</context>
</TS>
