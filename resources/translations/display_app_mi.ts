<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mi" sourcelanguage="en">
<context>
    <name>Display</name>
    <message>
        <source>Welcome back, %1</source>
        <translation>Nau mai anō, %1</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Nau mai, haere mai</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tapeke</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Hei utu</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n taonga</numerusform>
            <numerusform>%n taonga</numerusform>
            <numerusform>%n taonga</numerusform>
        </translation>
    </message>
    <message>
        <source>You save %1</source>
        <translation>Penapena: %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Utu</translation>
    </message>
    <message>
        <source>Your items will appear here</source>
        <translation>Ka puta ō taonga ki konei</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Ngā mihi nui!</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Tō moni whakahoki</translation>
    </message>
    <message>
        <source>Scan for your receipt</source>
        <translation>Matawaihia mō tō rihīti</translation>
    </message>
    <message>
        <source>for shopping at %1</source>
        <translation>mō tō hokohoko ki %1</translation>
    </message>
    <message>
        <source>Reconnecting to the counter…</source>
        <translation>E hono anō ana ki te pae utu…</translation>
    </message>
    <message>
        <source>This screen will update by itself as soon as the counter is back.</source>
        <translation>Ka whakahou aunoa tēnei mata ina hoki mai te pae utu.</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>E hono ana ki te pae utu…</translation>
    </message>
    <message>
        <source>Waiting for the counter…</source>
        <translation>E tatari ana ki te pae utu…</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Mata kiritaki</translation>
    </message>
    <message>
        <source>%1 – customer display</source>
        <translation>%1 – mata kiritaki</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Reo</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>High contrast</source>
        <translation>Tino rerekē</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Tuhinga nui</translation>
    </message>
</context>
</TS>
