<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Display</name>
    <message>
        <source>Welcome back, %1</source>
        <translation>Welcome back, %1</translation>
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
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>You save %1</source>
        <translation>You save %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Your items will appear here</source>
        <translation>Your items will appear here</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Your change</translation>
    </message>
    <message>
        <source>Scan for your receipt</source>
        <translation>Scan for your receipt</translation>
    </message>
    <message>
        <source>for shopping at %1</source>
        <translation>for shopping at %1</translation>
    </message>
    <message>
        <source>Reconnecting to the counter…</source>
        <translation>Reconnecting to the counter…</translation>
    </message>
    <message>
        <source>This screen will update by itself as soon as the counter is back.</source>
        <translation>This screen will update by itself as soon as the counter is back.</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>Connecting to the counter…</translation>
    </message>
    <message>
        <source>Waiting for the counter…</source>
        <translation>Waiting for the counter…</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Customer display</translation>
    </message>
    <message>
        <source>%1 – customer display</source>
        <translation>%1 – customer display</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
</context>
</TS>
