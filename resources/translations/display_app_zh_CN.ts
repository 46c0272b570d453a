<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Display</name>
    <message>
        <source>Welcome back, %1</source>
        <translation>欢迎回来，%1</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>待付</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <source>You save %1</source>
        <translation>共节省 %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Your items will appear here</source>
        <translation>您的商品将显示在这里</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>谢谢惠顾！</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Scan for your receipt</source>
        <translation>扫码获取电子小票</translation>
    </message>
    <message>
        <source>for shopping at %1</source>
        <translation>感谢您光临 %1</translation>
    </message>
    <message>
        <source>Reconnecting to the counter…</source>
        <translation>正在重新连接收银台…</translation>
    </message>
    <message>
        <source>This screen will update by itself as soon as the counter is back.</source>
        <translation>收银台恢复后，此屏幕将自动更新。</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>正在连接收银台…</translation>
    </message>
    <message>
        <source>Waiting for the counter…</source>
        <translation>正在等待收银台…</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>顾客显示屏</translation>
    </message>
    <message>
        <source>%1 – customer display</source>
        <translation>%1 – 顾客显示屏</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>大字体</translation>
    </message>
</context>
</TS>
