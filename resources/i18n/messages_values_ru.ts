<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>actions</name>
    <message>
        <source>suspend</source>
        <translation>приостановить</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>восстановить</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>отозвать</translation>
    </message>
    <message>
        <source>renew</source>
        <translation>продлить</translation>
    </message>
    <message>
        <source>re-issue</source>
        <translation>переоформить</translation>
    </message>
</context>
<context>
    <name>certificate event</name>
    <message>
        <source>issued</source>
        <translation>выдан</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлен</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>заменён</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>продлён</translation>
    </message>
</context>
<context>
    <name>criterion kind</name>
    <message>
        <source>Yes / no</source>
        <translation>Да / нет</translation>
    </message>
    <message>
        <source>Score on a scale</source>
        <translation>Оценка по шкале</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <source>Note (not scored)</source>
        <translation>Примечание (без оценки)</translation>
    </message>
</context>
<context>
    <name>inspections</name>
    <message>
        <source>initial</source>
        <translation>первичная</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>надзорная</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>продление</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>отправлена</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>решена</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
</context>
<context>
    <name>label template</name>
    <message>
        <source>A4, 3 × 8 labels 70 × 37 mm</source>
        <translation>A4, 3 × 8 этикеток 70 × 37 мм</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels 70 × 42.3 mm</source>
        <translation>A4, 3 × 7 этикеток 70 × 42,3 мм</translation>
    </message>
    <message>
        <source>A4, 2 × 7 labels 99.1 × 38.1 mm</source>
        <translation>A4, 2 × 7 этикеток 99,1 × 38,1 мм</translation>
    </message>
    <message>
        <source>A4, 4 × 10 labels 48.5 × 25.4 mm</source>
        <translation>A4, 4 × 10 этикеток 48,5 × 25,4 мм</translation>
    </message>
    <message>
        <source>Thermal roll, labels 58 × 40 mm</source>
        <translation>Терморулон, этикетки 58 × 40 мм</translation>
    </message>
    <message>
        <source>Thermal roll, labels 40 × 30 mm</source>
        <translation>Терморулон, этикетки 40 × 30 мм</translation>
    </message>
    <message>
        <source>Thermal roll, labels 100 × 50 mm</source>
        <translation>Терморулон, этикетки 100 × 50 мм</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>print</source>
        <translation>печать</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>перепечатка</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>напечатано</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не удалось</translation>
    </message>
</context>
<context>
    <name>lot unit</name>
    <message>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>g</source>
        <translation>г</translation>
    </message>
    <message>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>мл</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>уп.</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <source>Production group</source>
        <translation>Производственная группа</translation>
    </message>
    <message>
        <source>Individual producer</source>
        <translation>Индивидуальный производитель</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член комитета</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>инспектор</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>присвоено</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>отложено</translation>
    </message>
</context>
<context>
    <name>spoilage</name>
    <message>
        <source>misprinted</source>
        <translation>ошибка печати</translation>
    </message>
    <message>
        <source>jammed in the printer</source>
        <translation>застревание в принтере</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждение</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>утеря</translation>
    </message>
    <message>
        <source>print job failed</source>
        <translation>сбой печати</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
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
