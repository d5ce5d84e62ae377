<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>e.g. a relative is a member of the group</source>
        <translation>например, родственник состоит в группе</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Конфликт интересов</translation>
    </message>
    <message>
        <source>Choose the producer.</source>
        <translation>Выберите производителя.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Grant the certificate</source>
        <translation>Присвоить сертификат</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Defer to a later session</source>
        <translation>Отложить до следующего заседания</translation>
    </message>
    <message>
        <source>Members present who may decide: {count}.</source>
        <translation>Присутствуют и могут решать: {count}.</translation>
    </message>
    <message>
        <source>May not decide: {names}.</source>
        <translation>Не может решать: {names}.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>за</translation>
    </message>
    <message>
        <source>against</source>
        <translation>против</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>required: the committee&apos;s reason</source>
        <translation>обязательно: причина комитета</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбран)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Открыть заседание</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Open a session…</source>
        <translation>Открыть заседание…</translation>
    </message>
    <message>
        <source>Close the session…</source>
        <translation>Закрыть заседание…</translation>
    </message>
    <message>
        <source>Grant…</source>
        <translation>Присвоить…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>Отложить…</translation>
    </message>
    <message>
        <source>Declare a conflict of interest…</source>
        <translation>Заявить о конфликте интересов…</translation>
    </message>
    <message>
        <source>Tick the members present. Whoever inspected an item, or declared a conflict of interest with its producer, neither decides it nor counts for its quorum.</source>
        <translation>Отметьте присутствующих. Кто проводил проверку или заявил о конфликте интересов с производителем, не решает этот вопрос и не учитывается в кворуме.</translation>
    </message>
    <message>
        <source>Agenda ({count})</source>
        <translation>Повестка ({count})</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Присутствующие члены</translation>
    </message>
    <message>
        <source>Decisions ({count})</source>
        <translation>Решения ({count})</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Конфликты интересов</translation>
    </message>
    <message>
        <source>Open a session, or choose one from the list.</source>
        <translation>Откройте заседание или выберите его в списке.</translation>
    </message>
    <message>
        <source>Session {title}</source>
        <translation>Заседание {title}</translation>
    </message>
    <message>
        <source>chair: {name}</source>
        <translation>председатель: {name}</translation>
    </message>
    <message>
        <source>Present: {present} of {members}; quorum {quorum}</source>
        <translation>Присутствуют: {present} из {members}; кворум {quorum}</translation>
    </message>
    <message>
        <source>quorum reached</source>
        <translation>кворум есть</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>нет кворума</translation>
    </message>
    <message>
        <source>The session is closed; its decisions are under “Decisions”.</source>
        <translation>Заседание закрыто; его решения — во вкладке «Решения».</translation>
    </message>
    <message>
        <source>No submitted inspection awaits a decision.</source>
        <translation>Нет отправленных проверок, ожидающих решения.</translation>
    </message>
    <message>
        <source>You inspected this item, so you do not decide it.</source>
        <translation>Вы проводили эту инспекцию, поэтому не решаете по ней.</translation>
    </message>
    <message>
        <source>You declared a conflict of interest with this producer, so you do not decide it.</source>
        <translation>Вы заявили о конфликте интересов с этим производителем, поэтому не решаете по нему.</translation>
    </message>
    <message>
        <source>Only members ticked present decide.</source>
        <translation>Решают только члены, отмеченные как присутствующие.</translation>
    </message>
    <message>
        <source>Certificate {number} is issued to {producer} for {product}.</source>
        <translation>Сертификат {number} выдан: {producer}, продукт «{product}».</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print it now? It can also be printed later from the certificates.</source>
        <translation>Напечатать сейчас? Его можно напечатать и позже в разделе «Сертификаты».</translation>
    </message>
    <message>
        <source>Open in Certificates</source>
        <translation>Открыть в «Сертификатах»</translation>
    </message>
    <message>
        <source>Certificate {number} written to {path}.</source>
        <translation>Сертификат {number} записан в {path}.</translation>
    </message>
    <message>
        <source>Items still on the agenda: {count}. They stay for a later session.</source>
        <translation>Осталось в повестке: {count}. Они переходят на следующее заседание.</translation>
    </message>
    <message>
        <source>Close session {title}? No decision can be added afterwards.</source>
        <translation>Закрыть заседание {title}? После этого решения добавить нельзя.</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Закрыть заседание</translation>
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
        <translation>Файл PDF</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Пароль ключа подписи</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Print the certificate</source>
        <translation>Печать сертификата</translation>
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
    <name>sessions</name>
    <message>
        <source>inspected it</source>
        <translation>проводил проверку</translation>
    </message>
    <message>
        <source>conflict of interest: {reason}</source>
        <translation>конфликт интересов: {reason}</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>конфликт интересов</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Present / quorum</source>
        <translation>Присутствуют / кворум</translation>
    </message>
    <message>
        <source>Present: {present}; needed for a quorum: {quorum}</source>
        <translation>Присутствуют: {present}; для кворума нужно: {quorum}</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Звёзды</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>May not decide</source>
        <translation>Не решает</translation>
    </message>
    <message>
        <source>{producer} (deferred before)</source>
        <translation>{producer} (ранее отложено)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>For / against</source>
        <translation>За / против</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Заявлен</translation>
    </message>
</context>
</TS>
