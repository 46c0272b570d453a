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
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n atu anō</numerusform>
            <numerusform>+%n atu anō</numerusform>
            <numerusform>+%n atu anō</numerusform>
        </translation>
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
        <source>Cancel</source>
        <translation>Whakakore</translation>
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
        <source>%1 is sold by weight: enter the weight first</source>
        <translation>Ka hokona a %1 mā te taumaha: tāurua te taumaha i te tuatahi</translation>
    </message>
    <message>
        <source>The counter has not identified this scan yet; change its quantity once it shows a price.</source>
        <translation>Kāore anō te pae utu kia mōhio ki tēnei matawai; panonitia te rahinga ina puta he utu.</translation>
    </message>
    <message>
        <source>Sending to the lane: wait for the code before changing the basket</source>
        <translation>E tuku ana ki te pae utu: tatari mō te waehere i mua i te panoni i te kete</translation>
    </message>
    <message>
        <source>This counter does not offer presell (SalesBuilder) yet: the basket is kept here. Ask the manager to check the counter.</source>
        <translation>Kāore anō tēnei pae utu e tuku hoko tōmua (SalesBuilder): kei konei tonu te kete. Pātai ki te kaiwhakahaere kia tirohia te pae utu.</translation>
    </message>
    <message>
        <source>Not on the lane: %1 (%2). Remove it, or add it again.</source>
        <translation>Kāore i te pae utu: %1 (%2). Tangohia, tāpiritia anō rānei.</translation>
    </message>
    <message>
        <source>Not added: %1. The counter said: %2</source>
        <translation>Kāore i tāpiritia: %1. I kī te pae utu: %2</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>te taonga</translation>
    </message>
    <message>
        <source>Not sent to the lane. The counter said: %1</source>
        <translation>Kāore i tukuna ki te pae utu. I kī te pae utu: %1</translation>
    </message>
    <message>
        <source>The counter would not start a presell sale: %1</source>
        <translation>Kāore te pae utu i tīmata i tētahi hoko tōmua: %1</translation>
    </message>
    <message>
        <source>Customer name not saved. The counter said: %1</source>
        <translation>Kāore i tiakina te ingoa kiritaki. I kī te pae utu: %1</translation>
    </message>
    <message>
        <source>Change not made. The counter said: %1</source>
        <translation>Kāore i panonitia. I kī te pae utu: %1</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file was kept as %1.</source>
        <translation>Kāore i taea te pānui te kete i tiakina, nā reira i tīmata tēnei papa me te kete piako. I puritia te kōnae hei %1.</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file could not be moved aside and is overwritten at the next change.</source>
        <translation>Kāore i taea te pānui te kete i tiakina, nā reira i tīmata tēnei papa me te kete piako. Kāore i taea te nuku kē te kōnae, ā, ka tuhiritia anō ā te panonitanga e whai ake.</translation>
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
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n taonga</numerusform>
            <numerusform>%n taonga</numerusform>
            <numerusform>%n taonga</numerusform>
        </translation>
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
        <source>%1: %2/%3. How much?</source>
        <translation>%1: %2/%3. E hia?</translation>
    </message>
    <message>
        <source>%1: new weight</source>
        <translation>%1: taumaha hou</translation>
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
        <source>%1 / %2 · weighed</source>
        <translation>%1 / %2 · mā te taumaha</translation>
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
    <message>
        <source>being set up…</source>
        <translation>e whakaritea ana…</translation>
    </message>
    <message>
        <source>waiting for a lane</source>
        <translation>e tatari ana ki tētahi pae utu</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>kua karangatia</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>kua whakahokia</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>kua whakakorea</translation>
    </message>
    <message>
        <source>Pager %1 is still out with code %2: mark it collected or cancelled first</source>
        <translation>Kei waho tonu te pūkarere %1 me te waehere %2: tohua kua whakahokia, kua whakakorea rānei i te tuatahi</translation>
    </message>
    <message>
        <source>Pager %1 is not handed out</source>
        <translation>Kāore anō te pūkarere %1 kia hoatu</translation>
    </message>
    <message>
        <source>Pager number (type or scan)</source>
        <translation>Nama pūkarere (patopato, matawai rānei)</translation>
    </message>
    <message>
        <source>Pager number</source>
        <translation>Nama pūkarere</translation>
    </message>
    <message>
        <source>Type or scan the number on the pager, then press Enter to hand it out</source>
        <translation>Patopatohia, matawaitia rānei te nama o te pūkarere, ka pēhi i te Enter kia tukuna</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Rōpū</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>Te rahi o te rōpū</translation>
    </message>
    <message>
        <source>How many guests the pager is for</source>
        <translation>E hia ngā manuhiri mō te pūkarere</translation>
    </message>
    <message>
        <source>Hand out pager</source>
        <translation>Hoatu te pūkarere</translation>
    </message>
    <message>
        <source>Gives the shopper this pager with the basket</source>
        <translation>Ka hoatu tēnei pūkarere ki te kaihoko me te kete</translation>
    </message>
    <message>
        <source>Page again</source>
        <translation>Karanga anō</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Kua hoki</translation>
    </message>
    <message>
        <source>Cancel pager</source>
        <translation>Whakakore</translation>
    </message>
    <message>
        <source>Makes the shopper&apos;s pager buzz again</source>
        <translation>Ka wiri anō te pūkarere o te kaihoko</translation>
    </message>
    <message>
        <source>The shopper has handed the pager back</source>
        <translation>Kua whakahokia e te kaihoko te pūkarere</translation>
    </message>
    <message>
        <source>Takes the pager off this basket</source>
        <translation>Ka tangohia te pūkarere i tēnei kete</translation>
    </message>
    <message>
        <source>Pager status</source>
        <translation>Tūnga pūkarere</translation>
    </message>
    <message>
        <source>“%1” is not a pager number (1 to %2 digits)</source>
        <translation>Ehara a “%1” i te nama pūkarere (1 ki te %2 mati)</translation>
    </message>
    <message>
        <source>paged: the lane has the basket</source>
        <translation>kua karangatia: kei te pae utu te kete</translation>
    </message>
    <message>
        <source>Pager %1 · code %2 · %3</source>
        <translation>Pūkarere %1 · waehere %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Pager base unreachable: %n pager action(s) waiting, sent when it is back</source>
        <translation>
            <numerusform>Kāore e taea te pae karere: %n mahi e tatari ana, ka tukuna ina hoki mai</numerusform>
            <numerusform>Kāore e taea te pae karere: %n mahi e tatari ana, ka tukuna ina hoki mai</numerusform>
            <numerusform>Kāore e taea te pae karere: %n mahi e tatari ana, ka tukuna ina hoki mai</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <source>The counter&apos;s name “%1” was not found on the network. Check the counter address in Settings, or use its IP address.</source>
        <translation>Kāore i kitea te ingoa o te pae utu “%1” i te whatunga. Tirohia te wāhitau o te pae utu i ngā Tautuhinga, whakamahia rānei tōna wāhitau IP.</translation>
    </message>
    <message>
        <source>The counter at %1 refused the connection: PosGreen is not running there, or it listens on another port. Check that PosGreen is running on the counter and the address in Settings.</source>
        <translation>I whakakāhoretia te hononga e te pae utu i %1: kāore a PosGreen e rere ana ki reira, kei tētahi atu tauranga rānei. Tirohia kei te rere a PosGreen i te pae utu, me te wāhitau i ngā Tautuhinga.</translation>
    </message>
    <message>
        <source>No answer from the counter at %1 within %2 seconds. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>Kāore he whakautu i te pae utu i %1 i roto i ngā hēkona %2. Tirohia kua whakakāngia te pae utu, ā, kei te whatunga kotahi me tēnei mata.</translation>
    </message>
    <message>
        <source>No answer from the counter at %1. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>Kāore he whakautu i te pae utu i %1. Tirohia kua whakakāngia te pae utu, ā, kei te whatunga kotahi me tēnei mata.</translation>
    </message>
    <message>
        <source>The network has no way to the counter at %1. Check this screen&apos;s network cable or Wi-Fi.</source>
        <translation>Kāore he ara o te whatunga ki te pae utu i %1. Tirohia te taura whatunga, te Wi-Fi rānei o tēnei mata.</translation>
    </message>
    <message>
        <source>Something at %1 answered (HTTP %2), but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>I whakautu tētahi mea i %1 (HTTP %2), engari ehara i te pae utu PosGreen. Tirohia te tauranga me te wāhitau o te pae utu i ngā Tautuhinga.</translation>
    </message>
    <message>
        <source>Something at %1 answered, but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>I whakautu tētahi mea i %1, engari ehara i te pae utu PosGreen. Tirohia te tauranga me te wāhitau o te pae utu i ngā Tautuhinga.</translation>
    </message>
    <message>
        <source>Cannot reach the counter at %1: %2.</source>
        <translation>Kāore e taea te pae utu i %1: %2.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>no reason given</source>
        <translation>kāore he take i homai</translation>
    </message>
    <message>
        <source>The counter at %1 refused this screen&apos;s login (%2). Check the API key.</source>
        <translation>I whakakāhoretia te takiuru o tēnei mata e te pae utu i %1 (%2). Tirohia te kī API.</translation>
    </message>
    <message>
        <source>The counter at %1 closed the connection (%2). Check the address and the mode.</source>
        <translation>I katia te hononga e te pae utu i %1 (%2). Tirohia te wāhitau me te aratau.</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>kāore he whakautu i %1 i roto i ngā hēkona %2</translation>
    </message>
    <message>
        <source>the counter&apos;s session list is unreadable: %1</source>
        <translation>kāore e taea te pānui te rārangi wātū o te pae utu: %1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Pae utu %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Wātū</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n taonga, %1</numerusform>
            <numerusform>%n taonga, %1</numerusform>
            <numerusform>%n taonga, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>kāore he hoko</translation>
    </message>
    <message>
        <source>display-app setup</source>
        <translation>display-app – tatūnga</translation>
    </message>
    <message>
        <source>Set up this screen</source>
        <translation>Tatūria tēnei mata</translation>
    </message>
    <message>
        <source>till1, 192.168.1.20 or till1:3490</source>
        <translation>till1, 192.168.1.20, till1:3490 rānei</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Mata kiritaki</translation>
    </message>
    <message>
        <source>Presell tablet</source>
        <translation>Papa hoko tōmua</translation>
    </message>
    <message>
        <source>only if the counter asks for one</source>
        <translation>mēnā anake ka tonoa e te pae utu</translation>
    </message>
    <message>
        <source>leave empty to use the counter&apos;s</source>
        <translation>waiho kia wātea kia whakamahia tō te pae utu</translation>
    </message>
    <message>
        <source>Kiosk mode (full screen, exit only with the PIN)</source>
        <translation>Aratau kiosk (mata katoa, puta mā te PIN anake)</translation>
    </message>
    <message>
        <source>unchanged (type a new one to change it)</source>
        <translation>kāore i panonitia (patopato he mea hou hei panoni)</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 ki te 8 mati</translation>
    </message>
    <message>
        <source>Every sale on this lane</source>
        <translation>Ia hoko i tēnei pae utu</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Wātū %1</translation>
    </message>
    <message>
        <source>Find sessions</source>
        <translation>Kimihia ngā wātū</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Pae utu</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Aratau</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Kī API</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Ingoa toa</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>PIN puta</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Aroturuki</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Whai</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Whakamātau hononga</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tiaki</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Whakakore</translation>
    </message>
    <message>
        <source>Counter address</source>
        <translation>Wāhitau pae utu</translation>
    </message>
    <message>
        <source>The counter&apos;s name or IP address, with its port if it is not 3490</source>
        <translation>Te ingoa, te wāhitau IP rānei o te pae utu, me tōna tauranga mēnā ehara i te 3490</translation>
    </message>
    <message>
        <source>Counter URL</source>
        <translation>URL pae utu</translation>
    </message>
    <message>
        <source>The address this screen will connect to</source>
        <translation>Te wāhitau ka hono atu tēnei mata</translation>
    </message>
    <message>
        <source>This screen faces the shopper and shows the sale</source>
        <translation>Ka anga tēnei mata ki te kaihoko, ka whakaatu i te hoko</translation>
    </message>
    <message>
        <source>Staff build baskets in the queue and send them to the lane</source>
        <translation>Ka hanga ngā kaimahi i ngā kete i te rārangi, ka tuku ki te pae utu</translation>
    </message>
    <message>
        <source>Only if the counter asks for one</source>
        <translation>Mēnā anake ka tonoa e te pae utu</translation>
    </message>
    <message>
        <source>Shown instead of the counter&apos;s store name; leave empty to use the counter&apos;s</source>
        <translation>Ka whakaaturia hei whakakapi i te ingoa toa o te pae utu; waiho kia wātea kia whakamahia tō te pae utu</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Aratau kiosk</translation>
    </message>
    <message>
        <source>Full screen; leaving it needs the exit PIN</source>
        <translation>Mata katoa; me whai te PIN puta kia puta ai</translation>
    </message>
    <message>
        <source>4 to 8 digits that let staff leave kiosk mode</source>
        <translation>4 ki te 8 mati hei puta mā ngā kaimahi i te aratau kiosk</translation>
    </message>
    <message>
        <source>The number of the monitor this screen shows on, from 0</source>
        <translation>Te nama o te aroturuki e whakaatu ai, mai i te 0</translation>
    </message>
    <message>
        <source>Every sale on this lane, or one checkout session</source>
        <translation>Ia hoko i tēnei pae utu, kotahi wātū utu rānei</translation>
    </message>
    <message>
        <source>Asks the counter for its checkout sessions</source>
        <translation>Ka pātai ki te pae utu mō ōna wātū utu</translation>
    </message>
    <message>
        <source>Connects to the counter and shows its store name</source>
        <translation>Ka hono ki te pae utu, ka whakaatu i te ingoa toa</translation>
    </message>
    <message>
        <source>Checks and saves these settings</source>
        <translation>Ka taki, ka tiaki i ēnei tautuhinga</translation>
    </message>
    <message>
        <source>Closes without saving</source>
        <translation>Ka kati me te kore tiaki</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tūnga</translation>
    </message>
    <message>
        <source>The result of the last test or save</source>
        <translation>Te hua o te whakamātau, o te tiaki whakamutunga rānei</translation>
    </message>
    <message>
        <source>type the counter&apos;s address first (e.g. till1 or 192.168.1.20)</source>
        <translation>patopatohia te wāhitau o te pae utu i te tuatahi (hei tauira, till1, 192.168.1.20 rānei)</translation>
    </message>
    <message>
        <source>Asking the counter for its sessions …</source>
        <translation>E pātai ana ki te pae utu mō ōna wātū …</translation>
    </message>
    <message>
        <source>Could not list the sessions: %1</source>
        <translation>Kāore i taea te whakarārangi i ngā wātū: %1</translation>
    </message>
    <message numerus="yes">
        <source>The counter reports %n session(s): pick the one this screen follows</source>
        <translation>
            <numerusform>E %n ngā wātū e ai ki te pae utu: kōwhiria te mea ka whaia e tēnei mata</numerusform>
            <numerusform>E %n ngā wātū e ai ki te pae utu: kōwhiria te mea ka whaia e tēnei mata</numerusform>
            <numerusform>E %n ngā wātū e ai ki te pae utu: kōwhiria te mea ka whaia e tēnei mata</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>E hono ana ki %1 …</translation>
    </message>
    <message>
        <source>Could not connect. %1</source>
        <translation>Kāore i taea te hono. %1</translation>
    </message>
    <message>
        <source>Could not test the connection: %1</source>
        <translation>Kāore i taea te whakamātau i te hononga: %1</translation>
    </message>
    <message>
        <source>(the counter sent no store name)</source>
        <translation>(kāore te pae utu i tuku ingoa toa)</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Kua hono: %1</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Kāore i taea te tiaki i ngā tautuhinga: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Kua tiakina ki %1</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>store offline</source>
        <translation>kua motu te toa</translation>
    </message>
    <message>
        <source>lane offline</source>
        <translation>kua motu te pae utu</translation>
    </message>
    <message>
        <source>sale open too long</source>
        <translation>kua roa rawa te hoko e tuwhera ana</translation>
    </message>
    <message>
        <source>voids</source>
        <translation>ngā whakakore</translation>
    </message>
    <message>
        <source>negative line</source>
        <translation>rārangi tōraro</translation>
    </message>
    <message>
        <source>large discount</source>
        <translation>heke nui</translation>
    </message>
    <message>
        <source>bad data</source>
        <translation>raraunga hē</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>KUA MOTU</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>wahangū</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>e hono ana</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>kāore he hoko</translation>
    </message>
    <message>
        <source>tendering</source>
        <translation>e utu ana</translation>
    </message>
    <message>
        <source>open &lt;1 min</source>
        <translation>tuwhera &lt;1 meneti</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>silent %1 s</source>
        <translation>wahangū %1 hēk</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>today %1 · %2</source>
        <translation>tēnei rā %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n taonga</numerusform>
            <numerusform>%n taonga</numerusform>
            <numerusform>%n taonga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open %n min</source>
        <translation>
            <numerusform>tuwhera %n meneti</numerusform>
            <numerusform>tuwhera %n meneti</numerusform>
            <numerusform>tuwhera %n meneti</numerusform>
        </translation>
    </message>
    <message>
        <source>stores online</source>
        <translation>ngā toa kua hono</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>ngā pae utu</translation>
    </message>
    <message>
        <source>in sale now</source>
        <translation>e hoko ana ināianei</translation>
    </message>
    <message>
        <source>sales today</source>
        <translation>ngā hoko o tēnei rā</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>ngā whakaoho</translation>
    </message>
    <message>
        <source>Lane Wall</source>
        <translation>Pakitara Pae Utu</translation>
    </message>
    <message>
        <source>%1 · Lane Wall</source>
        <translation>%1 · Pakitara Pae Utu</translation>
    </message>
</context>
</TS>
