<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogTab</name>
    <message numerus="yes">
        <source>The newest %Ln entry(ies) that match; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>The newest %Ln entry that matches; narrow the filters to see older ones.</numerusform>
            <numerusform>The newest %Ln entries that match; narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies).</source>
        <translation>
            <numerusform>%Ln entry.</numerusform>
            <numerusform>%Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ The chain is unbroken: %Ln entry(ies).</source>
        <translation>
            <numerusform>✓ The chain is unbroken: %Ln entry.</numerusform>
            <numerusform>✓ The chain is unbroken: %Ln entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message numerus="yes">
        <source>The register is restored. The register it replaced is kept in {file}; %Ln counter(s) moved above numbers already given out. Sign in again to see it everywhere.</source>
        <translation>
            <numerusform>The register is restored. The register it replaced is kept in {file}; %Ln counter moved above numbers already given out. Sign in again to see it everywhere.</numerusform>
            <numerusform>The register is restored. The register it replaced is kept in {file}; %Ln counters moved above numbers already given out. Sign in again to see it everywhere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message numerus="yes">
        <source>%Ln certificate(s)</source>
        <translation>
            <numerusform>%Ln certificate</numerusform>
            <numerusform>%Ln certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln inspection(s)</source>
        <translation>
            <numerusform>{shown} of %Ln inspection</numerusform>
            <numerusform>{shown} of %Ln inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) of lot {lot}, serials {serials}, sent to {printer}.</source>
        <translation>
            <numerusform>%Ln label of lot {lot}, serials {serials}, sent to {printer}.</numerusform>
            <numerusform>%Ln labels of lot {lot}, serials {serials}, sent to {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) of lot {lot}, serials {serials}, written to {path}.</source>
        <translation>
            <numerusform>%Ln label of lot {lot}, serials {serials}, written to {path}.</numerusform>
            <numerusform>%Ln labels of lot {lot}, serials {serials}, written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{producers}, of them %Ln group(s) · members: {members}, women: {women}, youth: {youth}</source>
        <translation>
            <numerusform>{producers}, of them %Ln group · members: {members}, women: {women}, youth: {youth}</numerusform>
            <numerusform>{producers}, of them %Ln groups · members: {members}, women: {women}, youth: {youth}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln producer(s)</source>
        <translation>
            <numerusform>%Ln producer</numerusform>
            <numerusform>%Ln producers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetPicker</name>
    <message numerus="yes">
        <source>Sheet of %n label(s): positions 1 to {used} used, printing from {start}, {count} on this sheet. Arrow keys choose the first free position.</source>
        <translation>
            <numerusform>Sheet of %n label: positions 1 to {used} used, printing from {start}, {count} on this sheet. Arrow keys choose the first free position.</numerusform>
            <numerusform>Sheet of %n labels: positions 1 to {used} used, printing from {start}, {count} on this sheet. Arrow keys choose the first free position.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecEditor</name>
    <message numerus="yes">
        <source>Award %n star(s) from this score</source>
        <translation>
            <numerusform>Award %n star from this score</numerusform>
            <numerusform>Award %n stars from this score</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>expected %n argument</numerusform>
            <numerusform>expected %n arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message numerus="yes">
        <source>A checkpoint of %Ln entry(ies) dated {signed_at} ({source}) is not signed by a key of this committee.</source>
        <translation>
            <numerusform>A checkpoint of %Ln entry dated {signed_at} ({source}) is not signed by a key of this committee.</numerusform>
            <numerusform>A checkpoint of %Ln entries dated {signed_at} ({source}) is not signed by a key of this committee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log was rewritten: it differs from the checkpoint of %Ln entry(ies) signed on {signed_at} ({source}).</source>
        <translation>
            <numerusform>The log was rewritten: it differs from the checkpoint of %Ln entry signed on {signed_at} ({source}).</numerusform>
            <numerusform>The log was rewritten: it differs from the checkpoint of %Ln entries signed on {signed_at} ({source}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message numerus="yes">
        <source>{what}: lot {lot}, %Ln label(s)</source>
        <translation>
            <numerusform>{what}: lot {lot}, %Ln label</numerusform>
            <numerusform>{what}: lot {lot}, %Ln labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Audit log intact: %Ln entry(ies).</source>
        <translation>
            <numerusform>Audit log intact: %Ln entry.</numerusform>
            <numerusform>Audit log intact: %Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) of lot {lot} ({certificate}), serials {serials}, written to {path}.</source>
        <translation>
            <numerusform>%Ln label of lot {lot} ({certificate}), serials {serials}, written to {path}.</numerusform>
            <numerusform>%Ln labels of lot {lot} ({certificate}), serials {serials}, written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) of lot {lot} recorded as spoiled: {serials}.</source>
        <translation>
            <numerusform>%Ln label of lot {lot} recorded as spoiled: {serials}.</numerusform>
            <numerusform>%Ln labels of lot {lot} recorded as spoiled: {serials}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template {template} added: %n label(s) a page.</source>
        <translation>
            <numerusform>Template {template} added: %n label a page.</numerusform>
            <numerusform>Template {template} added: %n labels a page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written to {path}: {size} KB, %Ln audit entry(ies) checked, {seconds} s.</source>
        <translation>
            <numerusform>Backup written to {path}: {size} KB, %Ln audit entry checked, {seconds} s.</numerusform>
            <numerusform>Backup written to {path}: {size} KB, %Ln audit entries checked, {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s)</source>
        <translation>
            <numerusform>%Ln certificate</numerusform>
            <numerusform>%Ln certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entry(ies)</source>
        <translation>
            <numerusform>%Ln audit entry</numerusform>
            <numerusform>%Ln audit entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register restored from {path}; the register it replaced is kept in {safety}. %Ln counter(s) moved above numbers already given out.</source>
        <translation>
            <numerusform>Register restored from {path}; the register it replaced is kept in {safety}. %Ln counter moved above numbers already given out.</numerusform>
            <numerusform>Register restored from {path}; the register it replaced is kept in {safety}. %Ln counters moved above numbers already given out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expiring within %n day</numerusform>
            <numerusform>Expiring within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Surveillance visit due within %n day(s)</source>
        <translation>
            <numerusform>Surveillance visit due within %n day</numerusform>
            <numerusform>Surveillance visit due within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verifydesk</name>
    <message numerus="yes">
        <source>Serial {serial} of %Ln printed for this lot.</source>
        <translation>
            <numerusform>Serial {serial} of %Ln printed for this lot.</numerusform>
            <numerusform>Serial {serial} of %Ln printed for this lot.</numerusform>
        </translation>
    </message>
</context>
</TS>
