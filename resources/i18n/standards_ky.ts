<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>CriterionPane</name>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Талап</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>Жооптун түрү</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Салмактык коэффициент</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критикалык</translation>
    </message>
    <message>
        <source>Top score</source>
        <translation>Эң жогорку балл</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлчөө бирдиги</translation>
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
        <translation>Жооптор</translation>
    </message>
    <message>
        <source>Failing it fails the inspection whatever the score.</source>
        <translation>Бул талап аткарылбаса, балл канча болсо да текшерүүдөн өтпөйт.</translation>
    </message>
    <message>
        <source>e.g. 2.3</source>
        <translation>мисалы, 2.3</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>минимуму жок</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>максимуму жок</translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation>Жооп кошуу</translation>
    </message>
    <message>
        <source>Remove the answer</source>
        <translation>Жоопту өчүрүү</translation>
    </message>
    <message>
        <source>Tick the answers that are acceptable</source>
        <translation>Кабыл алынуучу жоопторду белгилеңиз</translation>
    </message>
</context>
<context>
    <name>GroupPane</name>
    <message>
        <source>Group name</source>
        <translation>Топтун аталышы</translation>
    </message>
    <message>
        <source>Group weight</source>
        <translation>Топтун салмактык коэффициенти</translation>
    </message>
    <message>
        <source>How much this group counts towards the total score</source>
        <translation>Бул топ жалпы баллга канчалык таасир этет</translation>
    </message>
</context>
<context>
    <name>NewStandardDialog</name>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Продукциянын категориясы</translation>
    </message>
    <message>
        <source>New standard</source>
        <translation>Жаңы стандарт</translation>
    </message>
    <message>
        <source>Start from the criteria of {label}</source>
        <translation>{label} критерийлеринен баштоо</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Жаңы критерий</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>New standard…</source>
        <translation>Жаңы стандарт…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версиялар</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Оңдоо</translation>
    </message>
    <message>
        <source>Make the next version as an editable copy</source>
        <translation>Кийинки версияны оңдоого боло турган көчүрмө катары түзүү</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Өзгөртүүлөрдү жокко чыгаруу</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Бардык категориялар</translation>
    </message>
    <message>
        <source>Choose a standard, or make a new one.</source>
        <translation>Стандартты тандаңыз же жаңысын түзүңүз.</translation>
    </message>
    <message>
        <source>Problems to fix before saving: {count}</source>
        <translation>Сактоодон мурун оңдоо керек: {count}</translation>
    </message>
    <message>
        <source>This version is used by inspections and cannot change. “Edit” makes version {next} as a copy.</source>
        <translation>Бул версия текшерүүлөрдө колдонулган, аны өзгөртүүгө болбойт. «Оңдоо» {next}-версияны көчүрмө катары түзөт.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Сакталбаган өзгөртүүлөр бар.</translation>
    </message>
    <message>
        <source>Draft version: it can change until an inspection uses it.</source>
        <translation>Долбоор версия: текшерүүдө колдонулганга чейин өзгөртүүгө болот.</translation>
    </message>
</context>
<context>
    <name>SpecEditor</name>
    <message>
        <source>Pass mark</source>
        <translation>Өтүү баллы</translation>
    </message>
    <message>
        <source>The lowest score, out of 100, that passes</source>
        <translation>100 баллдын ичинен өтүү үчүн эң төмөнкү балл</translation>
    </message>
    <message>
        <source>Stars from score</source>
        <translation>Жылдыздар (баллдан)</translation>
    </message>
    <message numerus="yes">
        <source>Award %n star(s) from this score</source>
        <translation>
            <numerusform>Ушул баллдан баштап %n жылдыз берилет</numerusform>
            <numerusform>Ушул баллдан баштап %n жылдыз берилет</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Топ</translation>
    </message>
    <message>
        <source>Add a group of criteria</source>
        <translation>Критерийлер тобун кошуу</translation>
    </message>
    <message>
        <source>+ Criterion</source>
        <translation>+ Критерий</translation>
    </message>
    <message>
        <source>Add a criterion after the one chosen</source>
        <translation>Тандалгандан кийин критерий кошуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Remove the chosen group or criterion</source>
        <translation>Тандалган топту же критерийди өчүрүү</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жогору жылдыруу</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмөн жылдыруу</translation>
    </message>
    <message>
        <source>Choose a group or a criterion to see and change it.</source>
        <translation>Көрүү жана өзгөртүү үчүн топту же критерийди тандаңыз.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерийлер</translation>
    </message>
    <message>
        <source>Preview of the inspection form</source>
        <translation>Текшерүү формасынын алдын ала көрүнүшү</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>Жоопторду тазалоо</translation>
    </message>
    <message>
        <source>Try answers here to see how the form scores; nothing is saved.</source>
        <translation>Форма кантип баалай турганын көрүү үчүн бул жерде жооп берип көрүңүз; эч нерсе сакталбайт.</translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation>{number}-топ</translation>
    </message>
</context>
<context>
    <name>standards</name>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Продукциянын категориясы</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>in use, read-only</source>
        <translation>колдонулууда</translation>
    </message>
    <message>
        <source>draft, editable</source>
        <translation>долбоор</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Түзүлгөн</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(аталышы жок)</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>коэффициенти {weight}</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критикалык</translation>
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
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Коэф.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критикалык</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>кабыл алынат</translation>
    </message>
    <message>
        <source>not acceptable</source>
        <translation>кабыл алынбайт</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жооп</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Кабыл алынат</translation>
    </message>
</context>
</TS>
