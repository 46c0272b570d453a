<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Board</name>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>In Vorbereitung</translation>
    </message>
    <message>
        <source>Ready – go to the counter</source>
        <translation>Fertig – bitte zur Theke</translation>
    </message>
    <message>
        <source>called %1</source>
        <translation>aufgerufen %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n weiterer</numerusform>
            <numerusform>+ %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Niemand wartet</translation>
    </message>
    <message>
        <source>Guests served %1    On time %2    Average wait %3</source>
        <translation>Bedient %1    Pünktlich %2    Ø Wartezeit %3</translation>
    </message>
    <message>
        <source>Pager base unreachable – last known list</source>
        <translation>Pager-Basis nicht erreichbar – letzte bekannte Liste</translation>
    </message>
    <message>
        <source>Pager base sent an unreadable list – last known list</source>
        <translation>Pager-Basis sandte eine unlesbare Liste – letzte bekannte Liste</translation>
    </message>
    <message>
        <source>Connecting to the pager base…</source>
        <translation>Verbindung zur Pager-Basis…</translation>
    </message>
</context>
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
        <source>Staff menu</source>
        <translation>Personalmenü</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation>PIN eingeben</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries: wait %1</source>
        <translation>Zu viele Versuche: %1 warten</translation>
    </message>
</context>
<context>
    <name>Presell</name>
    <message>
        <source>not yet on the lane</source>
        <translation>noch nicht an der Kasse</translation>
    </message>
    <message>
        <source>Less %1</source>
        <translation>Weniger %1</translation>
    </message>
    <message>
        <source>More %1</source>
        <translation>Mehr %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Take one off this line (100 g for a weighed line)</source>
        <translation>Eins weniger in dieser Zeile (100 g bei Waage-Artikeln)</translation>
    </message>
    <message>
        <source>Add one more to this line (100 g for a weighed line)</source>
        <translation>Eins mehr in dieser Zeile (100 g bei Waage-Artikeln)</translation>
    </message>
    <message>
        <source>Take this line out of the basket</source>
        <translation>Nimmt diese Zeile aus dem Warenkorb</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <source>Type the weight shown on the scale</source>
        <translation>Geben Sie das Gewicht von der Waage ein</translation>
    </message>
    <message>
        <source>Presell</source>
        <translation>Vorverkauf</translation>
    </message>
    <message>
        <source>Customer name (optional)</source>
        <translation>Kundenname (optional)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Search: name, SKU or barcode</source>
        <translation>Suche: Name, Artikelnr. oder Barcode</translation>
    </message>
    <message>
        <source>Type to search, or scan a barcode</source>
        <translation>Tippen zum Suchen oder Barcode scannen</translation>
    </message>
    <message>
        <source>Weight in kg, e.g. 0.75</source>
        <translation>Gewicht in kg, z. B. 0,75</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The basket is empty: search or scan to add items</source>
        <translation>Der Warenkorb ist leer: suchen oder scannen, um Artikel hinzuzufügen</translation>
    </message>
    <message>
        <source>Clear basket</source>
        <translation>Warenkorb leeren</translation>
    </message>
    <message>
        <source>Send to lane</source>
        <translation>An die Kasse senden</translation>
    </message>
    <message>
        <source>Sent to the lane. At the checkout, the cashier scans this code or types the number:</source>
        <translation>An die Kasse gesendet. Dort scannt die Kassenkraft diesen Code oder tippt die Nummer ein:</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Nächster Kunde</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Optional: the name the cashier calls when the basket is recalled</source>
        <translation>Optional: der Name, den die Kasse beim Abrufen des Warenkorbs aufruft</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>Type a name, SKU or barcode; the matches are listed below</source>
        <translation>Name, Artikelnr. oder Barcode eingeben; Treffer erscheinen darunter</translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation>Gefundene Produkte</translation>
    </message>
    <message>
        <source>Press Enter or tap a product to add it to the basket</source>
        <translation>Eingabetaste drücken oder Produkt antippen, um es hinzuzufügen</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Gewicht in Kilogramm</translation>
    </message>
    <message>
        <source>The weight on the scale, for example 0.75</source>
        <translation>Das Gewicht auf der Waage, zum Beispiel 0,75</translation>
    </message>
    <message>
        <source>Add with this weight</source>
        <translation>Mit diesem Gewicht hinzufügen</translation>
    </message>
    <message>
        <source>Adds the weighed product to the basket</source>
        <translation>Legt das gewogene Produkt in den Warenkorb</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>The lines in this customer&apos;s basket, each with less, more and remove</source>
        <translation>Die Zeilen im Warenkorb dieses Kunden, jeweils mit weniger, mehr und entfernen</translation>
    </message>
    <message>
        <source>Basket total</source>
        <translation>Warenkorbsumme</translation>
    </message>
    <message>
        <source>The counter&apos;s total for this basket</source>
        <translation>Die Summe der Kasse für diesen Warenkorb</translation>
    </message>
    <message>
        <source>Empties the basket (tap twice to confirm)</source>
        <translation>Leert den Warenkorb (zweimal tippen zum Bestätigen)</translation>
    </message>
    <message>
        <source>Sends the basket to the checkout and shows the recall code</source>
        <translation>Sendet den Warenkorb an die Kasse und zeigt den Abrufcode</translation>
    </message>
    <message>
        <source>Recall code</source>
        <translation>Abrufcode</translation>
    </message>
    <message>
        <source>The number the cashier types at the checkout</source>
        <translation>Die Nummer, die an der Kasse eingetippt wird</translation>
    </message>
    <message>
        <source>Recall code as a QR code</source>
        <translation>Abrufcode als QR-Code</translation>
    </message>
    <message>
        <source>The cashier scans it at the checkout</source>
        <translation>Die Kasse scannt ihn beim Bezahlen</translation>
    </message>
    <message>
        <source>Starts a new, empty basket</source>
        <translation>Beginnt einen neuen, leeren Warenkorb</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Whether the tablet is connected to the counter</source>
        <translation>Ob das Tablet mit der Kasse verbunden ist</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Closes this message</source>
        <translation>Schließt diese Meldung</translation>
    </message>
    <message>
        <source>Cancel weighing</source>
        <translation>Wiegen abbrechen</translation>
    </message>
    <message>
        <source>Closes the weight entry without adding</source>
        <translation>Schließt die Gewichtseingabe ohne Hinzufügen</translation>
    </message>
    <message>
        <source>● Connected to the counter</source>
        <translation>● Mit der Kasse verbunden</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>Verbindung zur Kasse wird hergestellt…</translation>
    </message>
    <message>
        <source>Reconnecting to the counter… the basket is kept</source>
        <translation>Verbindung zur Kasse wird wiederhergestellt… der Warenkorb bleibt erhalten</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>they will be sent when the counter is back</source>
        <translation>sie werden gesendet, sobald die Kasse wieder da ist</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet on the lane: %1</source>
        <translation>
            <numerusform>%n Änderung noch nicht an der Kasse: %1</numerusform>
            <numerusform>%n Änderungen noch nicht an der Kasse: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>(+%1 not yet priced)</source>
        <translation>(+%1 noch ohne Preis)</translation>
    </message>
    <message>
        <source>Sending to the lane…</source>
        <translation>Wird an die Kasse gesendet…</translation>
    </message>
    <message>
        <source>Will send when the counter is back…</source>
        <translation>Wird gesendet, sobald die Kasse wieder da ist…</translation>
    </message>
    <message>
        <source>Earlier codes:</source>
        <translation>Frühere Codes:</translation>
    </message>
    <message>
        <source>Show code %1 again</source>
        <translation>Code %1 erneut zeigen</translation>
    </message>
    <message>
        <source>Shows that earlier basket&apos;s recall code</source>
        <translation>Zeigt den Abrufcode dieses früheren Warenkorbs</translation>
    </message>
    <message>
        <source>%1 (the lane has %2)</source>
        <translation>%1 (an der Kasse: %2)</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 pro Stück</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>new quantity not yet on the lane</source>
        <translation>neue Menge noch nicht an der Kasse</translation>
    </message>
    <message>
        <source>removal not yet on the lane</source>
        <translation>Entfernen noch nicht an der Kasse</translation>
    </message>
    <message>
        <source>failed: the lane never took it</source>
        <translation>fehlgeschlagen: die Kasse hat es nicht übernommen</translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation>Gescannt: %1</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Enter a weight in kg, e.g. 0.75 (or 750g)</source>
        <translation>Gewicht in kg eingeben, z. B. 0,75 (oder 750g)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Tap again to clear</source>
        <translation>Zum Leeren erneut tippen</translation>
    </message>
    <message>
        <source>Search needs the counter: reconnecting… (scans are still kept)</source>
        <translation>Suche braucht die Kasse: Verbindung wird hergestellt… (Scans bleiben erhalten)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <source>Shopper noted: joined when the basket starts</source>
        <translation>Kunde vermerkt: wird beim Start des Warenkorbs verknüpft</translation>
    </message>
    <message>
        <source>Joining the shopper&apos;s visit…</source>
        <translation>Besuch des Kunden wird verknüpft…</translation>
    </message>
    <message>
        <source>✓ Shopper&apos;s visit joined to this basket</source>
        <translation>✓ Besuch des Kunden mit diesem Warenkorb verknüpft</translation>
    </message>
    <message>
        <source>Could not join the shopper&apos;s visit</source>
        <translation>Besuch des Kunden konnte nicht verknüpft werden</translation>
    </message>
    <message>
        <source>Shopper: scan their loyalty QR or card</source>
        <translation>Kunde: Kundenkarte oder QR-Code scannen</translation>
    </message>
    <message>
        <source>Shopper&apos;s loyalty code</source>
        <translation>Kundenkartennummer</translation>
    </message>
    <message>
        <source>Scan the shopper&apos;s loyalty QR code or card to join their visit to this basket</source>
        <translation>Kundenkarte oder QR-Code scannen, um den Besuch mit diesem Warenkorb zu verknüpfen</translation>
    </message>
    <message>
        <source>Shopper&apos;s visit</source>
        <translation>Besuch des Kunden</translation>
    </message>
</context>
</TS>
