<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mi" sourcelanguage="en">
<context>
    <name>Board</name>
    <message>
        <source>Orders</source>
        <translation>Ngā ota</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>E whakareri ana</translation>
    </message>
    <message>
        <source>Ready – go to the counter</source>
        <translation>Kua rite – haere ki te kaunta</translation>
    </message>
    <message>
        <source>called %1</source>
        <translation>kua karangatia %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n anō</numerusform>
            <numerusform>+ %n anō</numerusform>
            <numerusform>+ %n anō</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Kāore anō tētahi</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Kāore he tangata e tatari ana</translation>
    </message>
    <message>
        <source>Guests served %1    On time %2    Average wait %3</source>
        <translation>Kua manaakitia %1    I te wā %2    Tatari toharite %3</translation>
    </message>
    <message>
        <source>Pager base unreachable – last known list</source>
        <translation>Kāore e taea te pae karere – te rārangi whakamutunga</translation>
    </message>
    <message>
        <source>Pager base sent an unreadable list – last known list</source>
        <translation>I tukuna he rārangi kāore e taea te pānui – te rārangi whakamutunga</translation>
    </message>
    <message>
        <source>Connecting to the pager base…</source>
        <translation>E hono ana ki te pae karere…</translation>
    </message>
</context>
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
        <source>Staff menu</source>
        <translation>Tahua kaimahi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tautuhinga</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Puta</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hoki</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Tino rerekē</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Tuhinga nui</translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation>Tāurutia te PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Āe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Muku</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Hē te PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n hēkona</numerusform>
            <numerusform>%n hēkona</numerusform>
            <numerusform>%n hēkona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n meneti</numerusform>
            <numerusform>%n meneti</numerusform>
            <numerusform>%n meneti</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries: wait %1</source>
        <translation>He maha rawa ngā nganatanga: tatari %1</translation>
    </message>
</context>
<context>
    <name>Presell</name>
    <message>
        <source>not yet on the lane</source>
        <translation>kāore anō kia tae ki te pae utu</translation>
    </message>
    <message>
        <source>Less %1</source>
        <translation>Iti iho %1</translation>
    </message>
    <message>
        <source>More %1</source>
        <translation>Anō %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Tangohia %1</translation>
    </message>
    <message>
        <source>Take one off this line (100 g for a weighed line)</source>
        <translation>Tangohia kotahi i tēnei rārangi (100 g mō te mea pauna)</translation>
    </message>
    <message>
        <source>Add one more to this line (100 g for a weighed line)</source>
        <translation>Tāpirihia kotahi anō ki tēnei rārangi (100 g mō te mea pauna)</translation>
    </message>
    <message>
        <source>Take this line out of the basket</source>
        <translation>Tangohia tēnei rārangi i te kete</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Taumaha</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Te taumaha o %1</translation>
    </message>
    <message>
        <source>Type the weight shown on the scale</source>
        <translation>Patopatohia te taumaha kei te pauna</translation>
    </message>
    <message>
        <source>Presell</source>
        <translation>Hoko wawe</translation>
    </message>
    <message>
        <source>Customer name (optional)</source>
        <translation>Ingoa kiritaki (kōwhiringa)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Āe</translation>
    </message>
    <message>
        <source>Search: name, SKU or barcode</source>
        <translation>Rapu: ingoa, SKU, waehere pae rānei</translation>
    </message>
    <message>
        <source>Type to search, or scan a barcode</source>
        <translation>Patopato kia rapu, matawaihia he waehere pae rānei</translation>
    </message>
    <message>
        <source>Weight in kg, e.g. 0.75</source>
        <translation>Taumaha i te kg, hei tauira 0.75</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tāpiri</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Whakakore</translation>
    </message>
    <message>
        <source>The basket is empty: search or scan to add items</source>
        <translation>Kua piako te kete: rapua, matawaihia rānei hei tāpiri taonga</translation>
    </message>
    <message>
        <source>Clear basket</source>
        <translation>Whakapiako te kete</translation>
    </message>
    <message>
        <source>Send to lane</source>
        <translation>Tukuna ki te pae utu</translation>
    </message>
    <message>
        <source>Sent to the lane. At the checkout, the cashier scans this code or types the number:</source>
        <translation>Kua tukuna ki te pae utu. Ka matawai te kaiutu i tēnei waehere, ka patopato rānei i te nama:</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Kiritaki e whai ake nei</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Ingoa kiritaki</translation>
    </message>
    <message>
        <source>Optional: the name the cashier calls when the basket is recalled</source>
        <translation>Kōwhiringa: te ingoa ka karangatia e te kaiutu ina tikina te kete</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Rapu hua</translation>
    </message>
    <message>
        <source>Type a name, SKU or barcode; the matches are listed below</source>
        <translation>Patopatohia he ingoa, SKU, waehere pae rānei; kei raro iho ngā hua</translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation>Ngā hua e rite ana</translation>
    </message>
    <message>
        <source>Press Enter or tap a product to add it to the basket</source>
        <translation>Pēhia Enter, pātōtia rānei he hua hei tāpiri ki te kete</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Taumaha i te kirokaramu</translation>
    </message>
    <message>
        <source>The weight on the scale, for example 0.75</source>
        <translation>Te taumaha kei te pauna, hei tauira 0.75</translation>
    </message>
    <message>
        <source>Add with this weight</source>
        <translation>Tāpiri me tēnei taumaha</translation>
    </message>
    <message>
        <source>Adds the weighed product to the basket</source>
        <translation>Ka tāpiri i te hua kua paunatia ki te kete</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Kete</translation>
    </message>
    <message>
        <source>The lines in this customer&apos;s basket, each with less, more and remove</source>
        <translation>Ngā rārangi o te kete o tēnei kiritaki, he iti iho, he anō, he tango mō ia rārangi</translation>
    </message>
    <message>
        <source>Basket total</source>
        <translation>Tapeke o te kete</translation>
    </message>
    <message>
        <source>The counter&apos;s total for this basket</source>
        <translation>Te tapeke a te pae utu mō tēnei kete</translation>
    </message>
    <message>
        <source>Empties the basket (tap twice to confirm)</source>
        <translation>Ka whakapiako i te kete (pātōtia kia rua hei whakaū)</translation>
    </message>
    <message>
        <source>Sends the basket to the checkout and shows the recall code</source>
        <translation>Ka tuku i te kete ki te pae utu, ka whakaatu i te waehere tiki</translation>
    </message>
    <message>
        <source>Recall code</source>
        <translation>Waehere tiki</translation>
    </message>
    <message>
        <source>The number the cashier types at the checkout</source>
        <translation>Te nama ka patopatohia e te kaiutu</translation>
    </message>
    <message>
        <source>Recall code as a QR code</source>
        <translation>Waehere tiki hei waehere QR</translation>
    </message>
    <message>
        <source>The cashier scans it at the checkout</source>
        <translation>Ka matawaihia e te kaiutu</translation>
    </message>
    <message>
        <source>Starts a new, empty basket</source>
        <translation>Ka tīmata he kete hou, piako</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Hononga</translation>
    </message>
    <message>
        <source>Whether the tablet is connected to the counter</source>
        <translation>Mēnā kua hono te papa ki te pae utu</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Katia te karere</translation>
    </message>
    <message>
        <source>Closes this message</source>
        <translation>Ka kati i tēnei karere</translation>
    </message>
    <message>
        <source>Cancel weighing</source>
        <translation>Whakakore te pauna</translation>
    </message>
    <message>
        <source>Closes the weight entry without adding</source>
        <translation>Ka kati i te tāuru taumaha me te kore tāpiri</translation>
    </message>
    <message>
        <source>● Connected to the counter</source>
        <translation>● Kua hono ki te pae utu</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>E hono ana ki te pae utu…</translation>
    </message>
    <message>
        <source>Reconnecting to the counter… the basket is kept</source>
        <translation>E hono anō ana ki te pae utu… kei te pupuri tonu te kete</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>e tuku ana…</translation>
    </message>
    <message>
        <source>they will be sent when the counter is back</source>
        <translation>ka tukuna ina hoki mai te pae utu</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet on the lane: %1</source>
        <translation>
            <numerusform>%n panonitanga kāore anō kia tae ki te pae utu: %1</numerusform>
            <numerusform>%n panonitanga kāore anō kia tae ki te pae utu: %1</numerusform>
            <numerusform>%n panonitanga kāore anō kia tae ki te pae utu: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Tapeke %1</translation>
    </message>
    <message>
        <source>(+%1 not yet priced)</source>
        <translation>(+%1 kāore anō kia whai utu)</translation>
    </message>
    <message>
        <source>Sending to the lane…</source>
        <translation>E tuku ana ki te pae utu…</translation>
    </message>
    <message>
        <source>Will send when the counter is back…</source>
        <translation>Ka tukuna ina hoki mai te pae utu…</translation>
    </message>
    <message>
        <source>Earlier codes:</source>
        <translation>Ngā waehere o mua:</translation>
    </message>
    <message>
        <source>Show code %1 again</source>
        <translation>Whakaaturia anō te waehere %1</translation>
    </message>
    <message>
        <source>Shows that earlier basket&apos;s recall code</source>
        <translation>Ka whakaatu i te waehere tiki o taua kete o mua</translation>
    </message>
    <message>
        <source>%1 (the lane has %2)</source>
        <translation>%1 (kei te pae utu: %2)</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 ia mea</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>new quantity not yet on the lane</source>
        <translation>kāore anō te rahinga hou kia tae ki te pae utu</translation>
    </message>
    <message>
        <source>removal not yet on the lane</source>
        <translation>kāore anō te tango kia tae ki te pae utu</translation>
    </message>
    <message>
        <source>failed: the lane never took it</source>
        <translation>i rahua: kāore te pae utu i tango</translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation>Kua matawaihia %1</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Whakarite</translation>
    </message>
    <message>
        <source>Enter a weight in kg, e.g. 0.75 (or 750g)</source>
        <translation>Tāurutia he taumaha i te kg, hei tauira 0.75 (750g rānei)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Kua tāpirihia %1</translation>
    </message>
    <message>
        <source>Tap again to clear</source>
        <translation>Pātōtia anō hei whakapiako</translation>
    </message>
    <message>
        <source>Search needs the counter: reconnecting… (scans are still kept)</source>
        <translation>Me whai te pae utu hei rapu: e hono anō ana… (kei te pupuri tonu ngā matawai)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>I rahua te rapu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n kua kitea</numerusform>
            <numerusform>%n kua kitea</numerusform>
            <numerusform>%n kua kitea</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Kāore he mea e rite ana ki “%1”</translation>
    </message>
    <message>
        <source>Shopper noted: joined when the basket starts</source>
        <translation>Kua tuhia te kiritaki: ka honoa ina tīmata te kete</translation>
    </message>
    <message>
        <source>Joining the shopper&apos;s visit…</source>
        <translation>E hono ana i te toronga a te kiritaki…</translation>
    </message>
    <message>
        <source>✓ Shopper&apos;s visit joined to this basket</source>
        <translation>✓ Kua honoa te toronga a te kiritaki ki tēnei kete</translation>
    </message>
    <message>
        <source>Could not join the shopper&apos;s visit</source>
        <translation>Kāore i taea te hono i te toronga a te kiritaki</translation>
    </message>
    <message>
        <source>Shopper: scan their loyalty QR or card</source>
        <translation>Kiritaki: matawaihia tāna QR, kāri utu rānei</translation>
    </message>
    <message>
        <source>Shopper&apos;s loyalty code</source>
        <translation>Waehere pono a te kiritaki</translation>
    </message>
    <message>
        <source>Scan the shopper&apos;s loyalty QR code or card to join their visit to this basket</source>
        <translation>Matawaihia te QR, te kāri rānei a te kiritaki hei hono i tōna toronga ki tēnei kete</translation>
    </message>
    <message>
        <source>Shopper&apos;s visit</source>
        <translation>Toronga a te kiritaki</translation>
    </message>
</context>
</TS>
