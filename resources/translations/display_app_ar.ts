<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Board</name>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>قيد التحضير</translation>
    </message>
    <message>
        <source>Ready – go to the counter</source>
        <translation>جاهز – تفضّل إلى المنضدة</translation>
    </message>
    <message>
        <source>called %1</source>
        <translation>نودي %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n آخرين</numerusform>
            <numerusform>+ واحد آخر</numerusform>
            <numerusform>+ اثنان آخران</numerusform>
            <numerusform>+ %n آخرين</numerusform>
            <numerusform>+ %n آخر</numerusform>
            <numerusform>+ %n آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>لا أحد ينتظر</translation>
    </message>
    <message>
        <source>Guests served %1    On time %2    Average wait %3</source>
        <translation>خُدم %1    في الوقت %2    متوسط الانتظار %3</translation>
    </message>
    <message>
        <source>Pager base unreachable – last known list</source>
        <translation>قاعدة أجهزة النداء غير متاحة – آخر قائمة معروفة</translation>
    </message>
    <message>
        <source>Pager base sent an unreadable list – last known list</source>
        <translation>أرسلت القاعدة قائمة غير مقروءة – آخر قائمة معروفة</translation>
    </message>
    <message>
        <source>Connecting to the pager base…</source>
        <translation>جارٍ الاتصال بقاعدة أجهزة النداء…</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Welcome back, %1</source>
        <translation>أهلاً بعودتك، %1</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 بسعر %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>أهلاً وسهلاً</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>المتبقي للدفع</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n سلعة</numerusform>
            <numerusform>سلعة واحدة</numerusform>
            <numerusform>سلعتان</numerusform>
            <numerusform>%n سلع</numerusform>
            <numerusform>%n سلعة</numerusform>
            <numerusform>%n سلعة</numerusform>
        </translation>
    </message>
    <message>
        <source>You save %1</source>
        <translation>وفّرت %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Your items will appear here</source>
        <translation>ستظهر مشترياتك هنا</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>شكراً لك!</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>الباقي لك</translation>
    </message>
    <message>
        <source>Scan for your receipt</source>
        <translation>امسح الرمز لإيصالك</translation>
    </message>
    <message>
        <source>for shopping at %1</source>
        <translation>لتسوّقك في %1</translation>
    </message>
    <message>
        <source>Reconnecting to the counter…</source>
        <translation>جارٍ إعادة الاتصال بالصندوق…</translation>
    </message>
    <message>
        <source>This screen will update by itself as soon as the counter is back.</source>
        <translation>ستتحدّث هذه الشاشة تلقائياً فور عودة الصندوق.</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>جارٍ الاتصال بالصندوق…</translation>
    </message>
    <message>
        <source>Waiting for the counter…</source>
        <translation>في انتظار الصندوق…</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>شاشة العميل</translation>
    </message>
    <message>
        <source>%1 – customer display</source>
        <translation>%1 – شاشة العميل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Staff menu</source>
        <translation>قائمة الموظفين</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation>أدخل الرمز السري</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسناً</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>رمز سري خاطئ</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries: wait %1</source>
        <translation>محاولات كثيرة: انتظر %1</translation>
    </message>
</context>
<context>
    <name>Presell</name>
    <message>
        <source>not yet on the lane</source>
        <translation>لم يصل إلى الصندوق بعد</translation>
    </message>
    <message>
        <source>Less %1</source>
        <translation>أقل من %1</translation>
    </message>
    <message>
        <source>More %1</source>
        <translation>المزيد من %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>Take one off this line (100 g for a weighed line)</source>
        <translation>ينقص واحداً من هذا السطر (١٠٠ غ للمنتج الموزون)</translation>
    </message>
    <message>
        <source>Add one more to this line (100 g for a weighed line)</source>
        <translation>يزيد واحداً على هذا السطر (١٠٠ غ للمنتج الموزون)</translation>
    </message>
    <message>
        <source>Take this line out of the basket</source>
        <translation>يزيل هذا السطر من السلة</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>وزن %1</translation>
    </message>
    <message>
        <source>Type the weight shown on the scale</source>
        <translation>اكتب الوزن الظاهر على الميزان</translation>
    </message>
    <message>
        <source>Presell</source>
        <translation>البيع المسبق</translation>
    </message>
    <message>
        <source>Customer name (optional)</source>
        <translation>اسم العميل (اختياري)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسناً</translation>
    </message>
    <message>
        <source>Search: name, SKU or barcode</source>
        <translation>بحث: الاسم أو الرمز أو الباركود</translation>
    </message>
    <message>
        <source>Type to search, or scan a barcode</source>
        <translation>اكتب للبحث أو امسح الباركود</translation>
    </message>
    <message>
        <source>Weight in kg, e.g. 0.75</source>
        <translation>الوزن بالكيلوغرام، مثلاً 0.75</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The basket is empty: search or scan to add items</source>
        <translation>السلة فارغة: ابحث أو امسح لإضافة سلع</translation>
    </message>
    <message>
        <source>Clear basket</source>
        <translation>إفراغ السلة</translation>
    </message>
    <message>
        <source>Send to lane</source>
        <translation>إرسال إلى الصندوق</translation>
    </message>
    <message>
        <source>Sent to the lane. At the checkout, the cashier scans this code or types the number:</source>
        <translation>أُرسل إلى الصندوق. عند الدفع يمسح الكاشير هذا الرمز أو يكتب الرقم:</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>العميل التالي</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <source>Optional: the name the cashier calls when the basket is recalled</source>
        <translation>اختياري: الاسم الذي ينادي به الكاشير عند استدعاء السلة</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>البحث عن المنتجات</translation>
    </message>
    <message>
        <source>Type a name, SKU or barcode; the matches are listed below</source>
        <translation>اكتب اسماً أو رمزاً أو باركود؛ تظهر النتائج بالأسفل</translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation>المنتجات المطابقة</translation>
    </message>
    <message>
        <source>Press Enter or tap a product to add it to the basket</source>
        <translation>اضغط Enter أو المس منتجاً لإضافته إلى السلة</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>الوزن بالكيلوغرام</translation>
    </message>
    <message>
        <source>The weight on the scale, for example 0.75</source>
        <translation>الوزن على الميزان، مثلاً 0.75</translation>
    </message>
    <message>
        <source>Add with this weight</source>
        <translation>أضف بهذا الوزن</translation>
    </message>
    <message>
        <source>Adds the weighed product to the basket</source>
        <translation>يضيف المنتج الموزون إلى السلة</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>السلة</translation>
    </message>
    <message>
        <source>The lines in this customer&apos;s basket, each with less, more and remove</source>
        <translation>سطور سلة هذا العميل، لكل منها أقل وأكثر وإزالة</translation>
    </message>
    <message>
        <source>Basket total</source>
        <translation>مجموع السلة</translation>
    </message>
    <message>
        <source>The counter&apos;s total for this basket</source>
        <translation>مجموع الصندوق لهذه السلة</translation>
    </message>
    <message>
        <source>Empties the basket (tap twice to confirm)</source>
        <translation>يفرغ السلة (المس مرتين للتأكيد)</translation>
    </message>
    <message>
        <source>Sends the basket to the checkout and shows the recall code</source>
        <translation>يرسل السلة إلى الصندوق ويعرض رمز الاستدعاء</translation>
    </message>
    <message>
        <source>Recall code</source>
        <translation>رمز الاستدعاء</translation>
    </message>
    <message>
        <source>The number the cashier types at the checkout</source>
        <translation>الرقم الذي يكتبه الكاشير عند الدفع</translation>
    </message>
    <message>
        <source>Recall code as a QR code</source>
        <translation>رمز الاستدعاء كرمز QR</translation>
    </message>
    <message>
        <source>The cashier scans it at the checkout</source>
        <translation>يمسحه الكاشير عند الدفع</translation>
    </message>
    <message>
        <source>Starts a new, empty basket</source>
        <translation>يبدأ سلة جديدة فارغة</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Whether the tablet is connected to the counter</source>
        <translation>هل الجهاز متصل بالصندوق</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
    <message>
        <source>Closes this message</source>
        <translation>يغلق هذه الرسالة</translation>
    </message>
    <message>
        <source>Cancel weighing</source>
        <translation>إلغاء الوزن</translation>
    </message>
    <message>
        <source>Closes the weight entry without adding</source>
        <translation>يغلق إدخال الوزن دون إضافة</translation>
    </message>
    <message>
        <source>● Connected to the counter</source>
        <translation>● متصل بالصندوق</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>جارٍ الاتصال بالصندوق…</translation>
    </message>
    <message>
        <source>Reconnecting to the counter… the basket is kept</source>
        <translation>جارٍ إعادة الاتصال بالصندوق… السلة محفوظة</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>they will be sent when the counter is back</source>
        <translation>ستُرسل عند عودة الصندوق</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet on the lane: %1</source>
        <translation>
            <numerusform>%n تغيير لم يصل إلى الصندوق بعد: %1</numerusform>
            <numerusform>تغيير واحد لم يصل إلى الصندوق بعد: %1</numerusform>
            <numerusform>تغييران لم يصلا إلى الصندوق بعد: %1</numerusform>
            <numerusform>%n تغييرات لم تصل إلى الصندوق بعد: %1</numerusform>
            <numerusform>%n تغييراً لم يصل إلى الصندوق بعد: %1</numerusform>
            <numerusform>%n تغيير لم يصل إلى الصندوق بعد: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>المجموع %1</translation>
    </message>
    <message>
        <source>(+%1 not yet priced)</source>
        <translation>(+%1 بلا سعر بعد)</translation>
    </message>
    <message>
        <source>Sending to the lane…</source>
        <translation>جارٍ الإرسال إلى الصندوق…</translation>
    </message>
    <message>
        <source>Will send when the counter is back…</source>
        <translation>سيُرسل عند عودة الصندوق…</translation>
    </message>
    <message>
        <source>Earlier codes:</source>
        <translation>رموز سابقة:</translation>
    </message>
    <message>
        <source>Show code %1 again</source>
        <translation>اعرض الرمز %1 مجدداً</translation>
    </message>
    <message>
        <source>Shows that earlier basket&apos;s recall code</source>
        <translation>يعرض رمز استدعاء تلك السلة السابقة</translation>
    </message>
    <message>
        <source>%1 (the lane has %2)</source>
        <translation>%1 (في الصندوق: %2)</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 للقطعة</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 بسعر %2</translation>
    </message>
    <message>
        <source>new quantity not yet on the lane</source>
        <translation>الكمية الجديدة لم تصل إلى الصندوق بعد</translation>
    </message>
    <message>
        <source>removal not yet on the lane</source>
        <translation>الإزالة لم تصل إلى الصندوق بعد</translation>
    </message>
    <message>
        <source>failed: the lane never took it</source>
        <translation>فشل: لم يقبله الصندوق</translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation>تم المسح: %1</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>تعيين</translation>
    </message>
    <message>
        <source>Enter a weight in kg, e.g. 0.75 (or 750g)</source>
        <translation>أدخل الوزن بالكيلوغرام، مثلاً 0.75 (أو 750g)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>أُضيف: %1</translation>
    </message>
    <message>
        <source>Tap again to clear</source>
        <translation>المس مجدداً للإفراغ</translation>
    </message>
    <message>
        <source>Search needs the counter: reconnecting… (scans are still kept)</source>
        <translation>البحث يحتاج الصندوق: جارٍ إعادة الاتصال… (المسح محفوظ)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>لا نتائج لـ «%1»</translation>
    </message>
    <message>
        <source>Shopper noted: joined when the basket starts</source>
        <translation>تم تسجيل العميل: يُربط عند بدء السلة</translation>
    </message>
    <message>
        <source>Joining the shopper&apos;s visit…</source>
        <translation>جارٍ ربط زيارة العميل…</translation>
    </message>
    <message>
        <source>✓ Shopper&apos;s visit joined to this basket</source>
        <translation>✓ رُبطت زيارة العميل بهذه السلة</translation>
    </message>
    <message>
        <source>Could not join the shopper&apos;s visit</source>
        <translation>تعذّر ربط زيارة العميل</translation>
    </message>
    <message>
        <source>Shopper: scan their loyalty QR or card</source>
        <translation>العميل: امسح رمز الولاء أو البطاقة</translation>
    </message>
    <message>
        <source>Shopper&apos;s loyalty code</source>
        <translation>رمز ولاء العميل</translation>
    </message>
    <message>
        <source>Scan the shopper&apos;s loyalty QR code or card to join their visit to this basket</source>
        <translation>امسح رمز QR أو بطاقة الولاء لربط زيارة العميل بهذه السلة</translation>
    </message>
    <message>
        <source>Shopper&apos;s visit</source>
        <translation>زيارة العميل</translation>
    </message>
</context>
</TS>
