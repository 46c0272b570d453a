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
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
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
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>%1 is sold by weight: enter the weight first</source>
        <translation>%1 is sold by weight: enter the weight first</translation>
    </message>
    <message>
        <source>The counter has not identified this scan yet; change its quantity once it shows a price.</source>
        <translation>The counter has not identified this scan yet; change its quantity once it shows a price.</translation>
    </message>
    <message>
        <source>Sending to the lane: wait for the code before changing the basket</source>
        <translation>Sending to the lane: wait for the code before changing the basket</translation>
    </message>
    <message>
        <source>This counter does not offer presell (SalesBuilder) yet: the basket is kept here. Ask the manager to check the counter.</source>
        <translation>This counter does not offer presell (SalesBuilder) yet: the basket is kept here. Ask the manager to check the counter.</translation>
    </message>
    <message>
        <source>Not on the lane: %1 (%2). Remove it, or add it again.</source>
        <translation>Not on the lane: %1 (%2). Remove it, or add it again.</translation>
    </message>
    <message>
        <source>Not added: %1. The counter said: %2</source>
        <translation>Not added: %1. The counter said: %2</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>the item</translation>
    </message>
    <message>
        <source>Not sent to the lane. The counter said: %1</source>
        <translation>Not sent to the lane. The counter said: %1</translation>
    </message>
    <message>
        <source>The counter would not start a presell sale: %1</source>
        <translation>The counter would not start a presell sale: %1</translation>
    </message>
    <message>
        <source>Customer name not saved. The counter said: %1</source>
        <translation>Customer name not saved. The counter said: %1</translation>
    </message>
    <message>
        <source>Change not made. The counter said: %1</source>
        <translation>Change not made. The counter said: %1</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file was kept as %1.</source>
        <translation>The saved basket could not be read, so this tablet started with an empty basket. The file was kept as %1.</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file could not be moved aside and is overwritten at the next change.</source>
        <translation>The saved basket could not be read, so this tablet started with an empty basket. The file could not be moved aside and is overwritten at the next change.</translation>
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
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
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
        <source>%1: %2/%3. How much?</source>
        <translation>%1: %2/%3. How much?</translation>
    </message>
    <message>
        <source>%1: new weight</source>
        <translation>%1: new weight</translation>
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
        <source>%1 / %2 · weighed</source>
        <translation>%1 / %2 · weighed</translation>
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
    <message>
        <source>being set up…</source>
        <translation>being set up…</translation>
    </message>
    <message>
        <source>waiting for a lane</source>
        <translation>waiting for a lane</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>paged</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>collected</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Pager %1 is still out with code %2: mark it collected or cancelled first</source>
        <translation>Pager %1 is still out with code %2: mark it collected or cancelled first</translation>
    </message>
    <message>
        <source>Pager %1 is not handed out</source>
        <translation>Pager %1 is not handed out</translation>
    </message>
    <message>
        <source>Pager number (type or scan)</source>
        <translation>Pager number (type or scan)</translation>
    </message>
    <message>
        <source>Pager number</source>
        <translation>Pager number</translation>
    </message>
    <message>
        <source>Type or scan the number on the pager, then press Enter to hand it out</source>
        <translation>Type or scan the number on the pager, then press Enter to hand it out</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>Party size</translation>
    </message>
    <message>
        <source>How many guests the pager is for</source>
        <translation>How many guests the pager is for</translation>
    </message>
    <message>
        <source>Hand out pager</source>
        <translation>Hand out pager</translation>
    </message>
    <message>
        <source>Gives the shopper this pager with the basket</source>
        <translation>Gives the shopper this pager with the basket</translation>
    </message>
    <message>
        <source>Page again</source>
        <translation>Page again</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Cancel pager</source>
        <translation>Cancel pager</translation>
    </message>
    <message>
        <source>Makes the shopper&apos;s pager buzz again</source>
        <translation>Makes the shopper&apos;s pager buzz again</translation>
    </message>
    <message>
        <source>The shopper has handed the pager back</source>
        <translation>The shopper has handed the pager back</translation>
    </message>
    <message>
        <source>Takes the pager off this basket</source>
        <translation>Takes the pager off this basket</translation>
    </message>
    <message>
        <source>Pager status</source>
        <translation>Pager status</translation>
    </message>
    <message>
        <source>“%1” is not a pager number (1 to %2 digits)</source>
        <translation>“%1” is not a pager number (1 to %2 digits)</translation>
    </message>
    <message>
        <source>paged: the lane has the basket</source>
        <translation>paged: the lane has the basket</translation>
    </message>
    <message>
        <source>Pager %1 · code %2 · %3</source>
        <translation>Pager %1 · code %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Pager base unreachable: %n pager action(s) waiting, sent when it is back</source>
        <translation>
            <numerusform>Pager base unreachable: %n pager action waiting, sent when it is back</numerusform>
            <numerusform>Pager base unreachable: %n pager actions waiting, sent when it is back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <source>The counter&apos;s name “%1” was not found on the network. Check the counter address in Settings, or use its IP address.</source>
        <translation>The counter&apos;s name “%1” was not found on the network. Check the counter address in Settings, or use its IP address.</translation>
    </message>
    <message>
        <source>The counter at %1 refused the connection: PosGreen is not running there, or it listens on another port. Check that PosGreen is running on the counter and the address in Settings.</source>
        <translation>The counter at %1 refused the connection: PosGreen is not running there, or it listens on another port. Check that PosGreen is running on the counter and the address in Settings.</translation>
    </message>
    <message>
        <source>No answer from the counter at %1 within %2 seconds. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>No answer from the counter at %1 within %2 seconds. Check that the counter is switched on and on the same network as this screen.</translation>
    </message>
    <message>
        <source>No answer from the counter at %1. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>No answer from the counter at %1. Check that the counter is switched on and on the same network as this screen.</translation>
    </message>
    <message>
        <source>The network has no way to the counter at %1. Check this screen&apos;s network cable or Wi-Fi.</source>
        <translation>The network has no way to the counter at %1. Check this screen&apos;s network cable or Wi-Fi.</translation>
    </message>
    <message>
        <source>Something at %1 answered (HTTP %2), but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>Something at %1 answered (HTTP %2), but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</translation>
    </message>
    <message>
        <source>Something at %1 answered, but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>Something at %1 answered, but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</translation>
    </message>
    <message>
        <source>Cannot reach the counter at %1: %2.</source>
        <translation>Cannot reach the counter at %1: %2.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>The counter at %1 refused this screen&apos;s login (%2). Check the API key.</source>
        <translation>The counter at %1 refused this screen&apos;s login (%2). Check the API key.</translation>
    </message>
    <message>
        <source>The counter at %1 closed the connection (%2). Check the address and the mode.</source>
        <translation>The counter at %1 closed the connection (%2). Check the address and the mode.</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>no answer from %1 within %2 s</translation>
    </message>
    <message>
        <source>the counter&apos;s session list is unreadable: %1</source>
        <translation>the counter&apos;s session list is unreadable: %1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Lane %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n item, %1</numerusform>
            <numerusform>%n items, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>no sale</translation>
    </message>
    <message>
        <source>display-app setup</source>
        <translation>display-app setup</translation>
    </message>
    <message>
        <source>Set up this screen</source>
        <translation>Set up this screen</translation>
    </message>
    <message>
        <source>till1, 192.168.1.20 or till1:3490</source>
        <translation>till1, 192.168.1.20 or till1:3490</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Customer display</translation>
    </message>
    <message>
        <source>Presell tablet</source>
        <translation>Presell tablet</translation>
    </message>
    <message>
        <source>only if the counter asks for one</source>
        <translation>only if the counter asks for one</translation>
    </message>
    <message>
        <source>leave empty to use the counter&apos;s</source>
        <translation>leave empty to use the counter&apos;s</translation>
    </message>
    <message>
        <source>Kiosk mode (full screen, exit only with the PIN)</source>
        <translation>Kiosk mode (full screen, exit only with the PIN)</translation>
    </message>
    <message>
        <source>unchanged (type a new one to change it)</source>
        <translation>unchanged (type a new one to change it)</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>Every sale on this lane</source>
        <translation>Every sale on this lane</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Find sessions</source>
        <translation>Find sessions</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Store name</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>Exit PIN</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Counter address</source>
        <translation>Counter address</translation>
    </message>
    <message>
        <source>The counter&apos;s name or IP address, with its port if it is not 3490</source>
        <translation>The counter&apos;s name or IP address, with its port if it is not 3490</translation>
    </message>
    <message>
        <source>Counter URL</source>
        <translation>Counter URL</translation>
    </message>
    <message>
        <source>The address this screen will connect to</source>
        <translation>The address this screen will connect to</translation>
    </message>
    <message>
        <source>This screen faces the shopper and shows the sale</source>
        <translation>This screen faces the shopper and shows the sale</translation>
    </message>
    <message>
        <source>Staff build baskets in the queue and send them to the lane</source>
        <translation>Staff build baskets in the queue and send them to the lane</translation>
    </message>
    <message>
        <source>Only if the counter asks for one</source>
        <translation>Only if the counter asks for one</translation>
    </message>
    <message>
        <source>Shown instead of the counter&apos;s store name; leave empty to use the counter&apos;s</source>
        <translation>Shown instead of the counter&apos;s store name; leave empty to use the counter&apos;s</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <source>Full screen; leaving it needs the exit PIN</source>
        <translation>Full screen; leaving it needs the exit PIN</translation>
    </message>
    <message>
        <source>4 to 8 digits that let staff leave kiosk mode</source>
        <translation>4 to 8 digits that let staff leave kiosk mode</translation>
    </message>
    <message>
        <source>The number of the monitor this screen shows on, from 0</source>
        <translation>The number of the monitor this screen shows on, from 0</translation>
    </message>
    <message>
        <source>Every sale on this lane, or one checkout session</source>
        <translation>Every sale on this lane, or one checkout session</translation>
    </message>
    <message>
        <source>Asks the counter for its checkout sessions</source>
        <translation>Asks the counter for its checkout sessions</translation>
    </message>
    <message>
        <source>Connects to the counter and shows its store name</source>
        <translation>Connects to the counter and shows its store name</translation>
    </message>
    <message>
        <source>Checks and saves these settings</source>
        <translation>Checks and saves these settings</translation>
    </message>
    <message>
        <source>Closes without saving</source>
        <translation>Closes without saving</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The result of the last test or save</source>
        <translation>The result of the last test or save</translation>
    </message>
    <message>
        <source>type the counter&apos;s address first (e.g. till1 or 192.168.1.20)</source>
        <translation>type the counter&apos;s address first (e.g. till1 or 192.168.1.20)</translation>
    </message>
    <message>
        <source>Asking the counter for its sessions …</source>
        <translation>Asking the counter for its sessions …</translation>
    </message>
    <message>
        <source>Could not list the sessions: %1</source>
        <translation>Could not list the sessions: %1</translation>
    </message>
    <message numerus="yes">
        <source>The counter reports %n session(s): pick the one this screen follows</source>
        <translation>
            <numerusform>The counter reports %n session: pick the one this screen follows</numerusform>
            <numerusform>The counter reports %n sessions: pick the one this screen follows</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Connecting to %1 …</translation>
    </message>
    <message>
        <source>Could not connect. %1</source>
        <translation>Could not connect. %1</translation>
    </message>
    <message>
        <source>Could not test the connection: %1</source>
        <translation>Could not test the connection: %1</translation>
    </message>
    <message>
        <source>(the counter sent no store name)</source>
        <translation>(the counter sent no store name)</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connected: %1</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Could not save the settings: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>store offline</source>
        <translation>store offline</translation>
    </message>
    <message>
        <source>lane offline</source>
        <translation>lane offline</translation>
    </message>
    <message>
        <source>sale open too long</source>
        <translation>sale open too long</translation>
    </message>
    <message>
        <source>voids</source>
        <translation>voids</translation>
    </message>
    <message>
        <source>negative line</source>
        <translation>negative line</translation>
    </message>
    <message>
        <source>large discount</source>
        <translation>large discount</translation>
    </message>
    <message>
        <source>bad data</source>
        <translation>bad data</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silent</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>tendering</source>
        <translation>tendering</translation>
    </message>
    <message>
        <source>open &lt;1 min</source>
        <translation>open &lt;1 min</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>silent %1 s</source>
        <translation>silent %1 s</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>today %1 · %2</source>
        <translation>today %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open %n min</source>
        <translation>
            <numerusform>open %n min</numerusform>
            <numerusform>open %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>stores online</source>
        <translation>stores online</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>lanes</translation>
    </message>
    <message>
        <source>in sale now</source>
        <translation>in sale now</translation>
    </message>
    <message>
        <source>sales today</source>
        <translation>sales today</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>alerts</translation>
    </message>
    <message>
        <source>Lane Wall</source>
        <translation>Lane Wall</translation>
    </message>
    <message>
        <source>%1 · Lane Wall</source>
        <translation>%1 · Lane Wall</translation>
    </message>
</context>
</TS>
