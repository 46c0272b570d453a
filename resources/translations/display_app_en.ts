<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Board</name>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>Getting ready</translation>
    </message>
    <message>
        <source>Ready – go to the counter</source>
        <translation>Ready – go to the counter</translation>
    </message>
    <message>
        <source>called %1</source>
        <translation>called %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Nobody waiting</translation>
    </message>
    <message>
        <source>Guests served %1    On time %2    Average wait %3</source>
        <translation>Guests served %1    On time %2    Average wait %3</translation>
    </message>
    <message>
        <source>Pager base unreachable – last known list</source>
        <translation>Pager base unreachable – last known list</translation>
    </message>
    <message>
        <source>Pager base sent an unreadable list – last known list</source>
        <translation>Pager base sent an unreadable list – last known list</translation>
    </message>
    <message>
        <source>Connecting to the pager base…</source>
        <translation>Connecting to the pager base…</translation>
    </message>
</context>
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
        <source>Staff menu</source>
        <translation>Staff menu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation>Enter PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Wrong PIN</translation>
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
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries: wait %1</source>
        <translation>Too many tries: wait %1</translation>
    </message>
</context>
<context>
    <name>Presell</name>
    <message>
        <source>not yet on the lane</source>
        <translation>not yet on the lane</translation>
    </message>
    <message>
        <source>Less %1</source>
        <translation>Less %1</translation>
    </message>
    <message>
        <source>More %1</source>
        <translation>More %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Take one off this line (100 g for a weighed line)</source>
        <translation>Take one off this line (100 g for a weighed line)</translation>
    </message>
    <message>
        <source>Add one more to this line (100 g for a weighed line)</source>
        <translation>Add one more to this line (100 g for a weighed line)</translation>
    </message>
    <message>
        <source>Take this line out of the basket</source>
        <translation>Take this line out of the basket</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Weight of %1</translation>
    </message>
    <message>
        <source>Type the weight shown on the scale</source>
        <translation>Type the weight shown on the scale</translation>
    </message>
    <message>
        <source>Presell</source>
        <translation>Presell</translation>
    </message>
    <message>
        <source>Customer name (optional)</source>
        <translation>Customer name (optional)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Search: name, SKU or barcode</source>
        <translation>Search: name, SKU or barcode</translation>
    </message>
    <message>
        <source>Type to search, or scan a barcode</source>
        <translation>Type to search, or scan a barcode</translation>
    </message>
    <message>
        <source>Weight in kg, e.g. 0.75</source>
        <translation>Weight in kg, e.g. 0.75</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The basket is empty: search or scan to add items</source>
        <translation>The basket is empty: search or scan to add items</translation>
    </message>
    <message>
        <source>Clear basket</source>
        <translation>Clear basket</translation>
    </message>
    <message>
        <source>Send to lane</source>
        <translation>Send to lane</translation>
    </message>
    <message>
        <source>Sent to the lane. At the checkout, the cashier scans this code or types the number:</source>
        <translation>Sent to the lane. At the checkout, the cashier scans this code or types the number:</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Next customer</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Optional: the name the cashier calls when the basket is recalled</source>
        <translation>Optional: the name the cashier calls when the basket is recalled</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Search products</translation>
    </message>
    <message>
        <source>Type a name, SKU or barcode; the matches are listed below</source>
        <translation>Type a name, SKU or barcode; the matches are listed below</translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation>Matching products</translation>
    </message>
    <message>
        <source>Press Enter or tap a product to add it to the basket</source>
        <translation>Press Enter or tap a product to add it to the basket</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Weight in kilograms</translation>
    </message>
    <message>
        <source>The weight on the scale, for example 0.75</source>
        <translation>The weight on the scale, for example 0.75</translation>
    </message>
    <message>
        <source>Add with this weight</source>
        <translation>Add with this weight</translation>
    </message>
    <message>
        <source>Adds the weighed product to the basket</source>
        <translation>Adds the weighed product to the basket</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Basket</translation>
    </message>
    <message>
        <source>The lines in this customer&apos;s basket, each with less, more and remove</source>
        <translation>The lines in this customer&apos;s basket, each with less, more and remove</translation>
    </message>
    <message>
        <source>Basket total</source>
        <translation>Basket total</translation>
    </message>
    <message>
        <source>The counter&apos;s total for this basket</source>
        <translation>The counter&apos;s total for this basket</translation>
    </message>
    <message>
        <source>Empties the basket (tap twice to confirm)</source>
        <translation>Empties the basket (tap twice to confirm)</translation>
    </message>
    <message>
        <source>Sends the basket to the checkout and shows the recall code</source>
        <translation>Sends the basket to the checkout and shows the recall code</translation>
    </message>
    <message>
        <source>Recall code</source>
        <translation>Recall code</translation>
    </message>
    <message>
        <source>The number the cashier types at the checkout</source>
        <translation>The number the cashier types at the checkout</translation>
    </message>
    <message>
        <source>Recall code as a QR code</source>
        <translation>Recall code as a QR code</translation>
    </message>
    <message>
        <source>The cashier scans it at the checkout</source>
        <translation>The cashier scans it at the checkout</translation>
    </message>
    <message>
        <source>Starts a new, empty basket</source>
        <translation>Starts a new, empty basket</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Whether the tablet is connected to the counter</source>
        <translation>Whether the tablet is connected to the counter</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
    <message>
        <source>Closes this message</source>
        <translation>Closes this message</translation>
    </message>
    <message>
        <source>Cancel weighing</source>
        <translation>Cancel weighing</translation>
    </message>
    <message>
        <source>Closes the weight entry without adding</source>
        <translation>Closes the weight entry without adding</translation>
    </message>
    <message>
        <source>● Connected to the counter</source>
        <translation>● Connected to the counter</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>Connecting to the counter…</translation>
    </message>
    <message>
        <source>Reconnecting to the counter… the basket is kept</source>
        <translation>Reconnecting to the counter… the basket is kept</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>sending…</translation>
    </message>
    <message>
        <source>they will be sent when the counter is back</source>
        <translation>they will be sent when the counter is back</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet on the lane: %1</source>
        <translation>
            <numerusform>%n change not yet on the lane: %1</numerusform>
            <numerusform>%n changes not yet on the lane: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>(+%1 not yet priced)</source>
        <translation>(+%1 not yet priced)</translation>
    </message>
    <message>
        <source>Sending to the lane…</source>
        <translation>Sending to the lane…</translation>
    </message>
    <message>
        <source>Will send when the counter is back…</source>
        <translation>Will send when the counter is back…</translation>
    </message>
    <message>
        <source>Earlier codes:</source>
        <translation>Earlier codes:</translation>
    </message>
    <message>
        <source>Show code %1 again</source>
        <translation>Show code %1 again</translation>
    </message>
    <message>
        <source>Shows that earlier basket&apos;s recall code</source>
        <translation>Shows that earlier basket&apos;s recall code</translation>
    </message>
    <message>
        <source>%1 (the lane has %2)</source>
        <translation>%1 (the lane has %2)</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 each</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>new quantity not yet on the lane</source>
        <translation>new quantity not yet on the lane</translation>
    </message>
    <message>
        <source>removal not yet on the lane</source>
        <translation>removal not yet on the lane</translation>
    </message>
    <message>
        <source>failed: the lane never took it</source>
        <translation>failed: the lane never took it</translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation>Scanned %1</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Enter a weight in kg, e.g. 0.75 (or 750g)</source>
        <translation>Enter a weight in kg, e.g. 0.75 (or 750g)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Added %1</translation>
    </message>
    <message>
        <source>Tap again to clear</source>
        <translation>Tap again to clear</translation>
    </message>
    <message>
        <source>Search needs the counter: reconnecting… (scans are still kept)</source>
        <translation>Search needs the counter: reconnecting… (scans are still kept)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nothing matches “%1”</translation>
    </message>
    <message>
        <source>Shopper noted: joined when the basket starts</source>
        <translation>Shopper noted: joined when the basket starts</translation>
    </message>
    <message>
        <source>Joining the shopper&apos;s visit…</source>
        <translation>Joining the shopper&apos;s visit…</translation>
    </message>
    <message>
        <source>✓ Shopper&apos;s visit joined to this basket</source>
        <translation>✓ Shopper&apos;s visit joined to this basket</translation>
    </message>
    <message>
        <source>Could not join the shopper&apos;s visit</source>
        <translation>Could not join the shopper&apos;s visit</translation>
    </message>
    <message>
        <source>Shopper: scan their loyalty QR or card</source>
        <translation>Shopper: scan their loyalty QR or card</translation>
    </message>
    <message>
        <source>Shopper&apos;s loyalty code</source>
        <translation>Shopper&apos;s loyalty code</translation>
    </message>
    <message>
        <source>Scan the shopper&apos;s loyalty QR code or card to join their visit to this basket</source>
        <translation>Scan the shopper&apos;s loyalty QR code or card to join their visit to this basket</translation>
    </message>
    <message>
        <source>Shopper&apos;s visit</source>
        <translation>Shopper&apos;s visit</translation>
    </message>
</context>
</TS>
