<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <source>The printer {printer} reported a failure after the labels were recorded as printed: record those that did not come out as spoiled, then reprint them.</source>
        <translation>Принтер {printer} сообщил об ошибке после того, как этикетки записаны как напечатанные: запишите невышедшие как испорченные и перепечатайте их.</translation>
    </message>
    <message>
        <source>“{value}” is not a distance in millimetres.</source>
        <translation>«{value}» — не расстояние в миллиметрах.</translation>
    </message>
    <message>
        <source>No labels can be printed: certificate {number} has expired.</source>
        <translation>Этикетки печатать нельзя: срок действия сертификата {number} истёк.</translation>
    </message>
    <message>
        <source>No labels can be printed: certificate {number} is suspended.</source>
        <translation>Этикетки печатать нельзя: сертификат {number} приостановлен.</translation>
    </message>
    <message>
        <source>No labels can be printed: certificate {number} was replaced; print under the new one.</source>
        <translation>Этикетки печатать нельзя: сертификат {number} заменён; печатайте по новому.</translation>
    </message>
    <message>
        <source>No labels can be printed: certificate {number} was withdrawn.</source>
        <translation>Этикетки печатать нельзя: сертификат {number} отозван.</translation>
    </message>
    <message>
        <source>Labels {serials} are already recorded as spoiled.</source>
        <translation>Этикетки {serials} уже отмечены как испорченные.</translation>
    </message>
    <message>
        <source>“{value}” is not a reason for spoiled labels.</source>
        <translation>«{value}» — не причина порчи этикеток.</translation>
    </message>
    <message>
        <source>“{value}” is not a list of serials (write them like 5, 7-9).</source>
        <translation>«{value}» — не список номеров (пишите так: 5, 7-9).</translation>
    </message>
    <message>
        <source>Print job {job} is already finished ({status}).</source>
        <translation>Задание печати {job} уже завершено ({status}).</translation>
    </message>
    <message>
        <source>Print job {job} not found.</source>
        <translation>Задание печати {job} не найдено.</translation>
    </message>
    <message>
        <source>Lot {lot} has only {left} pieces left without a label, not {count}.</source>
        <translation>В партии {lot} без этикетки осталось только {left} шт., а не {count}.</translation>
    </message>
    <message>
        <source>Serials {serials} were never issued: this lot has serials 1 to {allocated}.</source>
        <translation>Номера {serials} никогда не выдавались: у этой партии номера с 1 по {allocated}.</translation>
    </message>
    <message>
        <source>Labels {serials} are not recorded as spoiled; only spoiled labels are printed again.</source>
        <translation>Этикетки {serials} не отмечены как испорченные; повторно печатаются только испорченные.</translation>
    </message>
    <message>
        <source>Say what happened to the labels in a note.</source>
        <translation>Опишите в примечании, что случилось с этикетками.</translation>
    </message>
    <message>
        <source>“{value}” cannot name a template (1 to 80 characters).</source>
        <translation>«{value}» не может быть названием шаблона (от 1 до 80 символов).</translation>
    </message>
    <message>
        <source>There is already a template {template}.</source>
        <translation>Шаблон {template} уже есть.</translation>
    </message>
</context>
</TS>
