<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CriterionPane</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>Вид ответа</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Весовой коэффициент</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Top score</source>
        <translation>Высший балл</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Failing it fails the inspection whatever the score.</source>
        <translation>Если требование не выполнено, проверка не пройдена при любом балле.</translation>
    </message>
    <message>
        <source>e.g. 2.3</source>
        <translation>например, 2.3</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>без минимума</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>без максимума</translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation>Добавить ответ</translation>
    </message>
    <message>
        <source>Remove the answer</source>
        <translation>Удалить ответ</translation>
    </message>
    <message>
        <source>Tick the answers that are acceptable</source>
        <translation>Отметьте допустимые ответы</translation>
    </message>
</context>
<context>
    <name>GroupPane</name>
    <message>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>Group weight</source>
        <translation>Весовой коэффициент группы</translation>
    </message>
    <message>
        <source>How much this group counts towards the total score</source>
        <translation>Насколько группа влияет на общий балл</translation>
    </message>
</context>
<context>
    <name>NewStandardDialog</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория продукции</translation>
    </message>
    <message>
        <source>New standard</source>
        <translation>Новый стандарт</translation>
    </message>
    <message>
        <source>Start from the criteria of {label}</source>
        <translation>Начать с критериев {label}</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Новый критерий</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>New standard…</source>
        <translation>Новый стандарт…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Make the next version as an editable copy</source>
        <translation>Создать следующую версию как редактируемую копию</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Choose a standard, or make a new one.</source>
        <translation>Выберите стандарт или создайте новый.</translation>
    </message>
    <message>
        <source>Problems to fix before saving: {count}</source>
        <translation>Исправить перед сохранением: {count}</translation>
    </message>
    <message>
        <source>This version is used by inspections and cannot change. “Edit” makes version {next} as a copy.</source>
        <translation>Эта версия используется в проверках и не может меняться. «Изменить» создаст версию {next} как копию.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Draft version: it can change until an inspection uses it.</source>
        <translation>Черновая версия: её можно менять, пока она не использована в проверке.</translation>
    </message>
</context>
<context>
    <name>SpecEditor</name>
    <message>
        <source>Pass mark</source>
        <translation>Проходной балл</translation>
    </message>
    <message>
        <source>The lowest score, out of 100, that passes</source>
        <translation>Наименьший балл из 100, при котором проверка пройдена</translation>
    </message>
    <message>
        <source>Stars from score</source>
        <translation>Звёзды (от балла)</translation>
    </message>
    <message numerus="yes">
        <source>Award %n star(s) from this score</source>
        <translation>
            <numerusform>%n звезда с этого балла</numerusform>
            <numerusform>%n звезды с этого балла</numerusform>
            <numerusform>%n звёзд с этого балла</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Группа</translation>
    </message>
    <message>
        <source>Add a group of criteria</source>
        <translation>Добавить группу критериев</translation>
    </message>
    <message>
        <source>+ Criterion</source>
        <translation>+ Критерий</translation>
    </message>
    <message>
        <source>Add a criterion after the one chosen</source>
        <translation>Добавить критерий после выбранного</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the chosen group or criterion</source>
        <translation>Удалить выбранную группу или критерий</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Choose a group or a criterion to see and change it.</source>
        <translation>Выберите группу или критерий, чтобы просмотреть и изменить.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Preview of the inspection form</source>
        <translation>Предпросмотр формы проверки</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>Очистить ответы</translation>
    </message>
    <message>
        <source>Try answers here to see how the form scores; nothing is saved.</source>
        <translation>Попробуйте ответы, чтобы увидеть, как форма считает балл; ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation>Группа {number}</translation>
    </message>
</context>
<context>
    <name>standards</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>in use, read-only</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>draft, editable</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>коэффициент {weight}</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>да</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Коэф.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>допустимо</translation>
    </message>
    <message>
        <source>not acceptable</source>
        <translation>недопустимо</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Допустимо</translation>
    </message>
</context>
</TS>
