<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>خط كبير</translation>
    </message>
</context>
</TS>
