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
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+ دفعة أخرى</numerusform>
            <numerusform>+ دفعتان أخريان</numerusform>
            <numerusform>+%n دفعات أخرى</numerusform>
            <numerusform>+%n دفعة أخرى</numerusform>
            <numerusform>+%n دفعة أخرى</numerusform>
        </translation>
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
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
        <source>%1 is sold by weight: enter the weight first</source>
        <translation>%1 يُباع بالوزن: أدخل الوزن أولاً</translation>
    </message>
    <message>
        <source>The counter has not identified this scan yet; change its quantity once it shows a price.</source>
        <translation>لم يتعرّف الصندوق على هذا المسح بعد؛ غيّر الكمية حين يظهر السعر.</translation>
    </message>
    <message>
        <source>Sending to the lane: wait for the code before changing the basket</source>
        <translation>جارٍ الإرسال إلى الصندوق: انتظر الرمز قبل تغيير السلة</translation>
    </message>
    <message>
        <source>This counter does not offer presell (SalesBuilder) yet: the basket is kept here. Ask the manager to check the counter.</source>
        <translation>هذا الصندوق لا يدعم البيع المسبق (SalesBuilder) بعد: السلة محفوظة هنا. اطلب من المدير فحص الصندوق.</translation>
    </message>
    <message>
        <source>Not on the lane: %1 (%2). Remove it, or add it again.</source>
        <translation>ليس على الصندوق: %1 (%2). أزله أو أضفه من جديد.</translation>
    </message>
    <message>
        <source>Not added: %1. The counter said: %2</source>
        <translation>لم تُضف: %1. قال الصندوق: %2</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>السلعة</translation>
    </message>
    <message>
        <source>Not sent to the lane. The counter said: %1</source>
        <translation>لم يُرسل إلى الصندوق. قال الصندوق: %1</translation>
    </message>
    <message>
        <source>The counter would not start a presell sale: %1</source>
        <translation>رفض الصندوق بدء بيع مسبق: %1</translation>
    </message>
    <message>
        <source>Customer name not saved. The counter said: %1</source>
        <translation>لم يُحفظ اسم العميل. قال الصندوق: %1</translation>
    </message>
    <message>
        <source>Change not made. The counter said: %1</source>
        <translation>لم يُنفّذ التغيير. قال الصندوق: %1</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file was kept as %1.</source>
        <translation>تعذّرت قراءة السلة المحفوظة، فبدأ هذا الجهاز بسلة فارغة. حُفظ الملف باسم %1.</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file could not be moved aside and is overwritten at the next change.</source>
        <translation>تعذّرت قراءة السلة المحفوظة، فبدأ هذا الجهاز بسلة فارغة. تعذّر نقل الملف جانباً وسيُستبدل عند التغيير التالي.</translation>
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
        <source>%1: %2/%3. How much?</source>
        <translation>%1: %2/%3. كم الكمية؟</translation>
    </message>
    <message>
        <source>%1: new weight</source>
        <translation>%1: الوزن الجديد</translation>
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
        <source>%1 / %2 · weighed</source>
        <translation>%1 / %2 · بالوزن</translation>
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
    <message>
        <source>being set up…</source>
        <translation>جارٍ الإعداد…</translation>
    </message>
    <message>
        <source>waiting for a lane</source>
        <translation>بانتظار صندوق</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>تم النداء</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>أُعيد</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Pager %1 is still out with code %2: mark it collected or cancelled first</source>
        <translation>جهاز النداء %1 ما زال مع الرمز %2: علّمه أولاً كمُعاد أو ملغى</translation>
    </message>
    <message>
        <source>Pager %1 is not handed out</source>
        <translation>جهاز النداء %1 غير مُسلَّم</translation>
    </message>
    <message>
        <source>Pager number (type or scan)</source>
        <translation>رقم جهاز النداء (اكتبه أو امسحه)</translation>
    </message>
    <message>
        <source>Pager number</source>
        <translation>رقم جهاز النداء</translation>
    </message>
    <message>
        <source>Type or scan the number on the pager, then press Enter to hand it out</source>
        <translation>اكتب رقم جهاز النداء أو امسحه، ثم اضغط Enter لتسليمه</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>عدد الأفراد</translation>
    </message>
    <message>
        <source>How many guests the pager is for</source>
        <translation>عدد الضيوف الذين يخصّهم جهاز النداء</translation>
    </message>
    <message>
        <source>Hand out pager</source>
        <translation>تسليم جهاز النداء</translation>
    </message>
    <message>
        <source>Gives the shopper this pager with the basket</source>
        <translation>يسلّم المتسوّق جهاز النداء هذا مع السلة</translation>
    </message>
    <message>
        <source>Page again</source>
        <translation>نداء مرة أخرى</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>أُعيد</translation>
    </message>
    <message>
        <source>Cancel pager</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Makes the shopper&apos;s pager buzz again</source>
        <translation>يجعل جهاز نداء المتسوّق يهتز مرة أخرى</translation>
    </message>
    <message>
        <source>The shopper has handed the pager back</source>
        <translation>أعاد المتسوّق جهاز النداء</translation>
    </message>
    <message>
        <source>Takes the pager off this basket</source>
        <translation>يفصل جهاز النداء عن هذه السلة</translation>
    </message>
    <message>
        <source>Pager status</source>
        <translation>حالة جهاز النداء</translation>
    </message>
    <message>
        <source>“%1” is not a pager number (1 to %2 digits)</source>
        <translation>«%1» ليس رقم جهاز نداء (من 1 إلى %2 أرقام)</translation>
    </message>
    <message>
        <source>paged: the lane has the basket</source>
        <translation>تم النداء: السلة لدى الصندوق</translation>
    </message>
    <message>
        <source>Pager %1 · code %2 · %3</source>
        <translation>جهاز النداء %1 · الرمز %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Pager base unreachable: %n pager action(s) waiting, sent when it is back</source>
        <translation>
            <numerusform>قاعدة أجهزة النداء غير متاحة: %n إجراء معلّق، يُرسل عند عودتها</numerusform>
            <numerusform>قاعدة أجهزة النداء غير متاحة: إجراء واحد معلّق، يُرسل عند عودتها</numerusform>
            <numerusform>قاعدة أجهزة النداء غير متاحة: إجراءان معلّقان، يُرسلان عند عودتها</numerusform>
            <numerusform>قاعدة أجهزة النداء غير متاحة: %n إجراءات معلّقة، تُرسل عند عودتها</numerusform>
            <numerusform>قاعدة أجهزة النداء غير متاحة: %n إجراءً معلّقاً، تُرسل عند عودتها</numerusform>
            <numerusform>قاعدة أجهزة النداء غير متاحة: %n إجراء معلّق، تُرسل عند عودتها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <source>The counter&apos;s name “%1” was not found on the network. Check the counter address in Settings, or use its IP address.</source>
        <translation>لم يُعثر على اسم الصندوق «%1» في الشبكة. تحقّق من عنوان الصندوق في الإعدادات، أو استخدم عنوان IP الخاص به.</translation>
    </message>
    <message>
        <source>The counter at %1 refused the connection: PosGreen is not running there, or it listens on another port. Check that PosGreen is running on the counter and the address in Settings.</source>
        <translation>رفض الصندوق على %1 الاتصال: برنامج PosGreen لا يعمل هناك، أو يستمع على منفذ آخر. تأكّد من تشغيل PosGreen على الصندوق ومن العنوان في الإعدادات.</translation>
    </message>
    <message>
        <source>No answer from the counter at %1 within %2 seconds. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>لا ردّ من الصندوق على %1 خلال مهلة %2 ث. تأكّد من أن الصندوق يعمل وأنه على الشبكة نفسها التي عليها هذه الشاشة.</translation>
    </message>
    <message>
        <source>No answer from the counter at %1. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>لا ردّ من الصندوق على %1. تأكّد من أن الصندوق يعمل وأنه على الشبكة نفسها التي عليها هذه الشاشة.</translation>
    </message>
    <message>
        <source>The network has no way to the counter at %1. Check this screen&apos;s network cable or Wi-Fi.</source>
        <translation>لا يوجد طريق في الشبكة إلى الصندوق على %1. تحقّق من كابل الشبكة أو شبكة Wi-Fi لهذه الشاشة.</translation>
    </message>
    <message>
        <source>Something at %1 answered (HTTP %2), but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>ردّ شيء ما على %1 (HTTP %2)، لكن ليس كصندوق PosGreen. تحقّق من منفذ الصندوق وعنوانه في الإعدادات.</translation>
    </message>
    <message>
        <source>Something at %1 answered, but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>ردّ شيء ما على %1، لكن ليس كصندوق PosGreen. تحقّق من منفذ الصندوق وعنوانه في الإعدادات.</translation>
    </message>
    <message>
        <source>Cannot reach the counter at %1: %2.</source>
        <translation>تعذّر الوصول إلى الصندوق على %1: %2.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>The counter at %1 refused this screen&apos;s login (%2). Check the API key.</source>
        <translation>رفض الصندوق على %1 تسجيل دخول هذه الشاشة (%2). تحقّق من مفتاح API.</translation>
    </message>
    <message>
        <source>The counter at %1 closed the connection (%2). Check the address and the mode.</source>
        <translation>أغلق الصندوق على %1 الاتصال (%2). تحقّق من العنوان والوضع.</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>لا ردّ من %1 خلال %2 ث</translation>
    </message>
    <message>
        <source>the counter&apos;s session list is unreadable: %1</source>
        <translation>قائمة جلسات الصندوق غير مقروءة: %1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>الصندوق %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>جلسة</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n سلعة، %1</numerusform>
            <numerusform>سلعة واحدة، %1</numerusform>
            <numerusform>سلعتان، %1</numerusform>
            <numerusform>%n سلع، %1</numerusform>
            <numerusform>%n سلعة، %1</numerusform>
            <numerusform>%n سلعة، %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>لا بيع</translation>
    </message>
    <message>
        <source>display-app setup</source>
        <translation>display-app – الإعداد</translation>
    </message>
    <message>
        <source>Set up this screen</source>
        <translation>إعداد هذه الشاشة</translation>
    </message>
    <message>
        <source>till1, 192.168.1.20 or till1:3490</source>
        <translation>till1 أو 192.168.1.20 أو till1:3490</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>شاشة العميل</translation>
    </message>
    <message>
        <source>Presell tablet</source>
        <translation>جهاز البيع المسبق</translation>
    </message>
    <message>
        <source>only if the counter asks for one</source>
        <translation>فقط إذا طلبه الصندوق</translation>
    </message>
    <message>
        <source>leave empty to use the counter&apos;s</source>
        <translation>اتركه فارغاً لاستخدام اسم الصندوق</translation>
    </message>
    <message>
        <source>Kiosk mode (full screen, exit only with the PIN)</source>
        <translation>وضع الكشك (ملء الشاشة، الخروج بالرمز السري فقط)</translation>
    </message>
    <message>
        <source>unchanged (type a new one to change it)</source>
        <translation>دون تغيير (اكتب رمزاً جديداً لتغييره)</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>من 4 إلى 8 أرقام</translation>
    </message>
    <message>
        <source>Every sale on this lane</source>
        <translation>كل عمليات البيع على هذا الصندوق</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>الجلسة %1</translation>
    </message>
    <message>
        <source>Find sessions</source>
        <translation>البحث عن الجلسات</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>رمز الخروج</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Counter address</source>
        <translation>عنوان الصندوق</translation>
    </message>
    <message>
        <source>The counter&apos;s name or IP address, with its port if it is not 3490</source>
        <translation>اسم الصندوق أو عنوان IP الخاص به، مع المنفذ إن لم يكن 3490</translation>
    </message>
    <message>
        <source>Counter URL</source>
        <translation>رابط الصندوق</translation>
    </message>
    <message>
        <source>The address this screen will connect to</source>
        <translation>العنوان الذي ستتصل به هذه الشاشة</translation>
    </message>
    <message>
        <source>This screen faces the shopper and shows the sale</source>
        <translation>هذه الشاشة مواجهة للمتسوّق وتعرض عملية البيع</translation>
    </message>
    <message>
        <source>Staff build baskets in the queue and send them to the lane</source>
        <translation>يجهّز الموظفون السلال في الطابور ويرسلونها إلى الصندوق</translation>
    </message>
    <message>
        <source>Only if the counter asks for one</source>
        <translation>فقط إذا طلبه الصندوق</translation>
    </message>
    <message>
        <source>Shown instead of the counter&apos;s store name; leave empty to use the counter&apos;s</source>
        <translation>يُعرض بدلاً من اسم المتجر لدى الصندوق؛ اتركه فارغاً لاستخدام اسم الصندوق</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>وضع الكشك</translation>
    </message>
    <message>
        <source>Full screen; leaving it needs the exit PIN</source>
        <translation>ملء الشاشة؛ يلزم رمز الخروج لمغادرته</translation>
    </message>
    <message>
        <source>4 to 8 digits that let staff leave kiosk mode</source>
        <translation>من 4 إلى 8 أرقام تتيح للموظفين مغادرة وضع الكشك</translation>
    </message>
    <message>
        <source>The number of the monitor this screen shows on, from 0</source>
        <translation>رقم الشاشة التي يظهر عليها هذا العرض، بدءاً من 0</translation>
    </message>
    <message>
        <source>Every sale on this lane, or one checkout session</source>
        <translation>كل عمليات البيع على هذا الصندوق، أو جلسة دفع واحدة</translation>
    </message>
    <message>
        <source>Asks the counter for its checkout sessions</source>
        <translation>يطلب من الصندوق جلسات الدفع لديه</translation>
    </message>
    <message>
        <source>Connects to the counter and shows its store name</source>
        <translation>يتصل بالصندوق ويعرض اسم المتجر</translation>
    </message>
    <message>
        <source>Checks and saves these settings</source>
        <translation>يتحقّق من هذه الإعدادات ويحفظها</translation>
    </message>
    <message>
        <source>Closes without saving</source>
        <translation>يغلق دون حفظ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The result of the last test or save</source>
        <translation>نتيجة آخر اختبار أو حفظ</translation>
    </message>
    <message>
        <source>type the counter&apos;s address first (e.g. till1 or 192.168.1.20)</source>
        <translation>اكتب عنوان الصندوق أولاً (مثل till1 أو 192.168.1.20)</translation>
    </message>
    <message>
        <source>Asking the counter for its sessions …</source>
        <translation>جارٍ طلب الجلسات من الصندوق …</translation>
    </message>
    <message>
        <source>Could not list the sessions: %1</source>
        <translation>تعذّر سرد الجلسات: %1</translation>
    </message>
    <message numerus="yes">
        <source>The counter reports %n session(s): pick the one this screen follows</source>
        <translation>
            <numerusform>يبلّغ الصندوق عن %n جلسة</numerusform>
            <numerusform>يبلّغ الصندوق عن جلسة واحدة: اخترها لتتابعها هذه الشاشة</numerusform>
            <numerusform>يبلّغ الصندوق عن جلستين: اختر التي تتابعها هذه الشاشة</numerusform>
            <numerusform>يبلّغ الصندوق عن %n جلسات: اختر التي تتابعها هذه الشاشة</numerusform>
            <numerusform>يبلّغ الصندوق عن %n جلسة: اختر التي تتابعها هذه الشاشة</numerusform>
            <numerusform>يبلّغ الصندوق عن %n جلسة: اختر التي تتابعها هذه الشاشة</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>جارٍ الاتصال بـ %1 …</translation>
    </message>
    <message>
        <source>Could not connect. %1</source>
        <translation>تعذّر الاتصال. %1</translation>
    </message>
    <message>
        <source>Could not test the connection: %1</source>
        <translation>تعذّر اختبار الاتصال: %1</translation>
    </message>
    <message>
        <source>(the counter sent no store name)</source>
        <translation>(لم يرسل الصندوق اسم المتجر)</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>متصل: %1</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>تعذّر حفظ الإعدادات: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>store offline</source>
        <translation>المتجر غير متصل</translation>
    </message>
    <message>
        <source>lane offline</source>
        <translation>الصندوق غير متصل</translation>
    </message>
    <message>
        <source>sale open too long</source>
        <translation>البيع مفتوح لوقت طويل</translation>
    </message>
    <message>
        <source>voids</source>
        <translation>إلغاءات</translation>
    </message>
    <message>
        <source>negative line</source>
        <translation>سطر سالب</translation>
    </message>
    <message>
        <source>large discount</source>
        <translation>خصم كبير</translation>
    </message>
    <message>
        <source>bad data</source>
        <translation>بيانات تالفة</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>صامت</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>خامل</translation>
    </message>
    <message>
        <source>tendering</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>open &lt;1 min</source>
        <translation>مفتوح منذ أقل من دقيقة</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>silent %1 s</source>
        <translation>صامت منذ %1 ث</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>صندوق %1</translation>
    </message>
    <message>
        <source>today %1 · %2</source>
        <translation>اليوم %1 · %2</translation>
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
    <message numerus="yes">
        <source>open %n min</source>
        <translation>
            <numerusform>مفتوح منذ %n د</numerusform>
            <numerusform>مفتوح منذ دقيقة</numerusform>
            <numerusform>مفتوح منذ دقيقتين</numerusform>
            <numerusform>مفتوح منذ %n دقائق</numerusform>
            <numerusform>مفتوح منذ %n دقيقة</numerusform>
            <numerusform>مفتوح منذ %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>stores online</source>
        <translation>المتاجر المتصلة</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>الصناديق</translation>
    </message>
    <message>
        <source>in sale now</source>
        <translation>قيد البيع الآن</translation>
    </message>
    <message>
        <source>sales today</source>
        <translation>مبيعات اليوم</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <source>Lane Wall</source>
        <translation>جدار الصناديق</translation>
    </message>
    <message>
        <source>%1 · Lane Wall</source>
        <translation>%1 · جدار الصناديق</translation>
    </message>
</context>
</TS>
