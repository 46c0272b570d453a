<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Display</name>
    <message>
        <source>Welcome back, %1</source>
        <translation>Willkommen zurück, %1</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Zu zahlen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>You save %1</source>
        <translation>Sie sparen %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Your items will appear here</source>
        <translation>Ihre Artikel erscheinen hier</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihr Rückgeld</translation>
    </message>
    <message>
        <source>Scan for your receipt</source>
        <translation>Scannen für Ihren Kassenbon</translation>
    </message>
    <message>
        <source>for shopping at %1</source>
        <translation>für Ihren Einkauf bei %1</translation>
    </message>
    <message>
        <source>Reconnecting to the counter…</source>
        <translation>Verbindung zur Kasse wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>This screen will update by itself as soon as the counter is back.</source>
        <translation>Diese Anzeige aktualisiert sich von selbst, sobald die Kasse wieder da ist.</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>Verbindung zur Kasse wird hergestellt…</translation>
    </message>
    <message>
        <source>Waiting for the counter…</source>
        <translation>Warten auf die Kasse…</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <source>%1 – customer display</source>
        <translation>%1 – Kundenanzeige</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
</context>
</TS>
