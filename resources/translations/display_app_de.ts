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
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
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
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <source>%1 is sold by weight: enter the weight first</source>
        <translation>%1 wird nach Gewicht verkauft: zuerst das Gewicht eingeben</translation>
    </message>
    <message>
        <source>The counter has not identified this scan yet; change its quantity once it shows a price.</source>
        <translation>Die Kasse hat diesen Scan noch nicht erkannt; ändern Sie die Menge, sobald ein Preis angezeigt wird.</translation>
    </message>
    <message>
        <source>Sending to the lane: wait for the code before changing the basket</source>
        <translation>Wird an die Kasse gesendet: vor Änderungen am Warenkorb auf den Code warten</translation>
    </message>
    <message>
        <source>This counter does not offer presell (SalesBuilder) yet: the basket is kept here. Ask the manager to check the counter.</source>
        <translation>Diese Kasse bietet noch keinen Vorverkauf (SalesBuilder): der Warenkorb bleibt hier gespeichert. Bitten Sie die Leitung, die Kasse zu prüfen.</translation>
    </message>
    <message>
        <source>Not on the lane: %1 (%2). Remove it, or add it again.</source>
        <translation>Nicht an der Kasse: %1 (%2). Entfernen oder erneut hinzufügen.</translation>
    </message>
    <message>
        <source>Not added: %1. The counter said: %2</source>
        <translation>Nicht hinzugefügt: %1. Die Kasse meldete: %2</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>der Artikel</translation>
    </message>
    <message>
        <source>Not sent to the lane. The counter said: %1</source>
        <translation>Nicht an die Kasse gesendet. Die Kasse meldete: %1</translation>
    </message>
    <message>
        <source>The counter would not start a presell sale: %1</source>
        <translation>Die Kasse wollte keinen Vorverkauf beginnen: %1</translation>
    </message>
    <message>
        <source>Customer name not saved. The counter said: %1</source>
        <translation>Kundenname nicht gespeichert. Die Kasse meldete: %1</translation>
    </message>
    <message>
        <source>Change not made. The counter said: %1</source>
        <translation>Änderung nicht ausgeführt. Die Kasse meldete: %1</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file was kept as %1.</source>
        <translation>Der gespeicherte Warenkorb war nicht lesbar, daher startete dieses Tablet mit leerem Warenkorb. Die Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file could not be moved aside and is overwritten at the next change.</source>
        <translation>Der gespeicherte Warenkorb war nicht lesbar, daher startete dieses Tablet mit leerem Warenkorb. Die Datei ließ sich nicht beiseitelegen und wird bei der nächsten Änderung überschrieben.</translation>
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
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
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
        <source>%1: %2/%3. How much?</source>
        <translation>%1: %2/%3. Wie viel?</translation>
    </message>
    <message>
        <source>%1: new weight</source>
        <translation>%1: neues Gewicht</translation>
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
        <source>%1 / %2 · weighed</source>
        <translation>%1 / %2 · gewogen</translation>
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
    <message>
        <source>being set up…</source>
        <translation>wird eingerichtet…</translation>
    </message>
    <message>
        <source>waiting for a lane</source>
        <translation>wartet auf eine Kasse</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>gerufen</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>Pager %1 is still out with code %2: mark it collected or cancelled first</source>
        <translation>Pager %1 ist noch mit Code %2 unterwegs: erst als zurückgegeben oder storniert markieren</translation>
    </message>
    <message>
        <source>Pager %1 is not handed out</source>
        <translation>Pager %1 ist nicht ausgegeben</translation>
    </message>
    <message>
        <source>Pager number (type or scan)</source>
        <translation>Pager-Nummer (tippen oder scannen)</translation>
    </message>
    <message>
        <source>Pager number</source>
        <translation>Pager-Nummer</translation>
    </message>
    <message>
        <source>Type or scan the number on the pager, then press Enter to hand it out</source>
        <translation>Nummer des Pagers tippen oder scannen, dann mit Enter ausgeben</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>Anzahl Personen</translation>
    </message>
    <message>
        <source>How many guests the pager is for</source>
        <translation>Für wie viele Gäste der Pager ist</translation>
    </message>
    <message>
        <source>Hand out pager</source>
        <translation>Pager ausgeben</translation>
    </message>
    <message>
        <source>Gives the shopper this pager with the basket</source>
        <translation>Gibt dem Kunden diesen Pager zum Warenkorb</translation>
    </message>
    <message>
        <source>Page again</source>
        <translation>Erneut rufen</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cancel pager</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Makes the shopper&apos;s pager buzz again</source>
        <translation>Lässt den Pager des Kunden erneut summen</translation>
    </message>
    <message>
        <source>The shopper has handed the pager back</source>
        <translation>Der Kunde hat den Pager zurückgegeben</translation>
    </message>
    <message>
        <source>Takes the pager off this basket</source>
        <translation>Löst den Pager von diesem Warenkorb</translation>
    </message>
    <message>
        <source>Pager status</source>
        <translation>Pager-Status</translation>
    </message>
    <message>
        <source>“%1” is not a pager number (1 to %2 digits)</source>
        <translation>„%1“ ist keine Pager-Nummer (1 bis %2 Ziffern)</translation>
    </message>
    <message>
        <source>paged: the lane has the basket</source>
        <translation>gerufen: die Kasse hat den Warenkorb</translation>
    </message>
    <message>
        <source>Pager %1 · code %2 · %3</source>
        <translation>Pager %1 · Code %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Pager base unreachable: %n pager action(s) waiting, sent when it is back</source>
        <translation>
            <numerusform>Pager-Basis nicht erreichbar: %n Pager-Aktion wartet und wird gesendet, sobald sie zurück ist</numerusform>
            <numerusform>Pager-Basis nicht erreichbar: %n Pager-Aktionen warten und werden gesendet, sobald sie zurück ist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <source>The counter&apos;s name “%1” was not found on the network. Check the counter address in Settings, or use its IP address.</source>
        <translation>Der Name der Kasse „%1“ wurde im Netzwerk nicht gefunden. Prüfen Sie die Kassenadresse in den Einstellungen oder verwenden Sie ihre IP-Adresse.</translation>
    </message>
    <message>
        <source>The counter at %1 refused the connection: PosGreen is not running there, or it listens on another port. Check that PosGreen is running on the counter and the address in Settings.</source>
        <translation>Die Kasse unter %1 hat die Verbindung abgelehnt: PosGreen läuft dort nicht oder lauscht auf einem anderen Port. Prüfen Sie, ob PosGreen auf der Kasse läuft, und die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>No answer from the counter at %1 within %2 seconds. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>Keine Antwort von der Kasse unter %1 innerhalb von %2 Sekunden. Prüfen Sie, ob die Kasse eingeschaltet und im selben Netzwerk wie dieser Bildschirm ist.</translation>
    </message>
    <message>
        <source>No answer from the counter at %1. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>Keine Antwort von der Kasse unter %1. Prüfen Sie, ob die Kasse eingeschaltet und im selben Netzwerk wie dieser Bildschirm ist.</translation>
    </message>
    <message>
        <source>The network has no way to the counter at %1. Check this screen&apos;s network cable or Wi-Fi.</source>
        <translation>Das Netzwerk findet keinen Weg zur Kasse unter %1. Prüfen Sie das Netzwerkkabel oder WLAN dieses Bildschirms.</translation>
    </message>
    <message>
        <source>Something at %1 answered (HTTP %2), but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>Unter %1 hat etwas geantwortet (HTTP %2), aber nicht als PosGreen-Kasse. Prüfen Sie Port und Adresse der Kasse in den Einstellungen.</translation>
    </message>
    <message>
        <source>Something at %1 answered, but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>Unter %1 hat etwas geantwortet, aber nicht als PosGreen-Kasse. Prüfen Sie Port und Adresse der Kasse in den Einstellungen.</translation>
    </message>
    <message>
        <source>Cannot reach the counter at %1: %2.</source>
        <translation>Die Kasse unter %1 ist nicht erreichbar: %2.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The counter at %1 refused this screen&apos;s login (%2). Check the API key.</source>
        <translation>Die Kasse unter %1 hat die Anmeldung dieses Bildschirms abgelehnt (%2). Prüfen Sie den API-Schlüssel.</translation>
    </message>
    <message>
        <source>The counter at %1 closed the connection (%2). Check the address and the mode.</source>
        <translation>Die Kasse unter %1 hat die Verbindung geschlossen (%2). Prüfen Sie Adresse und Modus.</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>the counter&apos;s session list is unreadable: %1</source>
        <translation>die Sitzungsliste der Kasse ist unlesbar: %1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Kasse %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n Artikel, %1</numerusform>
            <numerusform>%n Artikel, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>kein Verkauf</translation>
    </message>
    <message>
        <source>display-app setup</source>
        <translation>display-app – Einrichtung</translation>
    </message>
    <message>
        <source>Set up this screen</source>
        <translation>Diesen Bildschirm einrichten</translation>
    </message>
    <message>
        <source>till1, 192.168.1.20 or till1:3490</source>
        <translation>kasse1, 192.168.1.20 oder kasse1:3490</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <source>Presell tablet</source>
        <translation>Vorverkaufs-Tablet</translation>
    </message>
    <message>
        <source>only if the counter asks for one</source>
        <translation>nur wenn die Kasse einen verlangt</translation>
    </message>
    <message>
        <source>leave empty to use the counter&apos;s</source>
        <translation>leer lassen für den Namen der Kasse</translation>
    </message>
    <message>
        <source>Kiosk mode (full screen, exit only with the PIN)</source>
        <translation>Kioskmodus (Vollbild, Verlassen nur mit PIN)</translation>
    </message>
    <message>
        <source>unchanged (type a new one to change it)</source>
        <translation>unverändert (neue eingeben zum Ändern)</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 bis 8 Ziffern</translation>
    </message>
    <message>
        <source>Every sale on this lane</source>
        <translation>Jeder Verkauf an dieser Kasse</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Find sessions</source>
        <translation>Sitzungen suchen</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>PIN zum Beenden</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Counter address</source>
        <translation>Adresse der Kasse</translation>
    </message>
    <message>
        <source>The counter&apos;s name or IP address, with its port if it is not 3490</source>
        <translation>Name oder IP-Adresse der Kasse, mit Port, wenn er nicht 3490 ist</translation>
    </message>
    <message>
        <source>Counter URL</source>
        <translation>URL der Kasse</translation>
    </message>
    <message>
        <source>The address this screen will connect to</source>
        <translation>Die Adresse, mit der sich dieser Bildschirm verbindet</translation>
    </message>
    <message>
        <source>This screen faces the shopper and shows the sale</source>
        <translation>Dieser Bildschirm zeigt dem Kunden den Verkauf</translation>
    </message>
    <message>
        <source>Staff build baskets in the queue and send them to the lane</source>
        <translation>Mitarbeiter stellen in der Schlange Warenkörbe zusammen und senden sie an die Kasse</translation>
    </message>
    <message>
        <source>Only if the counter asks for one</source>
        <translation>Nur wenn die Kasse einen verlangt</translation>
    </message>
    <message>
        <source>Shown instead of the counter&apos;s store name; leave empty to use the counter&apos;s</source>
        <translation>Wird statt des Geschäftsnamens der Kasse angezeigt; leer lassen für den der Kasse</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <source>Full screen; leaving it needs the exit PIN</source>
        <translation>Vollbild; zum Verlassen ist die PIN nötig</translation>
    </message>
    <message>
        <source>4 to 8 digits that let staff leave kiosk mode</source>
        <translation>4 bis 8 Ziffern, mit denen Mitarbeiter den Kioskmodus verlassen</translation>
    </message>
    <message>
        <source>The number of the monitor this screen shows on, from 0</source>
        <translation>Die Nummer des Monitors für diese Anzeige, ab 0</translation>
    </message>
    <message>
        <source>Every sale on this lane, or one checkout session</source>
        <translation>Jeder Verkauf an dieser Kasse oder eine Kassensitzung</translation>
    </message>
    <message>
        <source>Asks the counter for its checkout sessions</source>
        <translation>Fragt die Kasse nach ihren Kassensitzungen</translation>
    </message>
    <message>
        <source>Connects to the counter and shows its store name</source>
        <translation>Verbindet sich mit der Kasse und zeigt den Namen des Geschäfts</translation>
    </message>
    <message>
        <source>Checks and saves these settings</source>
        <translation>Prüft und speichert diese Einstellungen</translation>
    </message>
    <message>
        <source>Closes without saving</source>
        <translation>Schließt ohne zu speichern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The result of the last test or save</source>
        <translation>Das Ergebnis des letzten Tests oder Speicherns</translation>
    </message>
    <message>
        <source>type the counter&apos;s address first (e.g. till1 or 192.168.1.20)</source>
        <translation>zuerst die Adresse der Kasse eingeben (z. B. kasse1 oder 192.168.1.20)</translation>
    </message>
    <message>
        <source>Asking the counter for its sessions …</source>
        <translation>Frage die Kasse nach ihren Sitzungen …</translation>
    </message>
    <message>
        <source>Could not list the sessions: %1</source>
        <translation>Die Sitzungen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The counter reports %n session(s): pick the one this screen follows</source>
        <translation>
            <numerusform>Die Kasse meldet %n Sitzung: wählen Sie die, der dieser Bildschirm folgt</numerusform>
            <numerusform>Die Kasse meldet %n Sitzungen: wählen Sie die, der dieser Bildschirm folgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Could not connect. %1</source>
        <translation>Keine Verbindung möglich. %1</translation>
    </message>
    <message>
        <source>Could not test the connection: %1</source>
        <translation>Die Verbindung konnte nicht getestet werden: %1</translation>
    </message>
    <message>
        <source>(the counter sent no store name)</source>
        <translation>(die Kasse hat keinen Geschäftsnamen gesendet)</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>store offline</source>
        <translation>Geschäft offline</translation>
    </message>
    <message>
        <source>lane offline</source>
        <translation>Kasse offline</translation>
    </message>
    <message>
        <source>sale open too long</source>
        <translation>Verkauf zu lange offen</translation>
    </message>
    <message>
        <source>voids</source>
        <translation>Stornos</translation>
    </message>
    <message>
        <source>negative line</source>
        <translation>Minuszeile</translation>
    </message>
    <message>
        <source>large discount</source>
        <translation>hoher Rabatt</translation>
    </message>
    <message>
        <source>bad data</source>
        <translation>fehlerhafte Daten</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>tendering</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>open &lt;1 min</source>
        <translation>offen &lt;1 Min.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>silent %1 s</source>
        <translation>stumm seit %1 s</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>today %1 · %2</source>
        <translation>heute %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open %n min</source>
        <translation>
            <numerusform>offen %n Min.</numerusform>
            <numerusform>offen %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>stores online</source>
        <translation>Geschäfte online</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>Kassen</translation>
    </message>
    <message>
        <source>in sale now</source>
        <translation>gerade im Verkauf</translation>
    </message>
    <message>
        <source>sales today</source>
        <translation>Verkäufe heute</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Lane Wall</source>
        <translation>Kassenwand</translation>
    </message>
    <message>
        <source>%1 · Lane Wall</source>
        <translation>%1 · Kassenwand</translation>
    </message>
</context>
</TS>
