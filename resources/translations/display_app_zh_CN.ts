<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Board</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Ready – go to the counter</source>
        <translation>已完成 – 请到柜台取餐</translation>
    </message>
    <message>
        <source>called %1</source>
        <translation>已叫号 %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>还有 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>无人等候</translation>
    </message>
    <message>
        <source>Guests served %1    On time %2    Average wait %3</source>
        <translation>已服务 %1    准时 %2    平均等候 %3</translation>
    </message>
    <message>
        <source>Pager base unreachable – last known list</source>
        <translation>无法连接取餐器基站 – 显示最近的列表</translation>
    </message>
    <message>
        <source>Pager base sent an unreadable list – last known list</source>
        <translation>基站发送的列表无法读取 – 显示最近的列表</translation>
    </message>
    <message>
        <source>Connecting to the pager base…</source>
        <translation>正在连接取餐器基站…</translation>
    </message>
</context>
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
        <source>Staff menu</source>
        <translation>员工菜单</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation>输入 PIN 码</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN 码错误</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries: wait %1</source>
        <translation>尝试次数过多：请等待 %1</translation>
    </message>
</context>
<context>
    <name>Presell</name>
    <message>
        <source>not yet on the lane</source>
        <translation>尚未同步到收银台</translation>
    </message>
    <message>
        <source>Less %1</source>
        <translation>减少 %1</translation>
    </message>
    <message>
        <source>More %1</source>
        <translation>增加 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Take one off this line (100 g for a weighed line)</source>
        <translation>此行减一件（称重商品减 100 克）</translation>
    </message>
    <message>
        <source>Add one more to this line (100 g for a weighed line)</source>
        <translation>此行加一件（称重商品加 100 克）</translation>
    </message>
    <message>
        <source>Take this line out of the basket</source>
        <translation>从购物篮中移除此行</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>%1 的重量</translation>
    </message>
    <message>
        <source>Type the weight shown on the scale</source>
        <translation>输入秤上显示的重量</translation>
    </message>
    <message>
        <source>Presell</source>
        <translation>预售</translation>
    </message>
    <message>
        <source>Customer name (optional)</source>
        <translation>顾客姓名（可选）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Search: name, SKU or barcode</source>
        <translation>搜索：名称、SKU 或条码</translation>
    </message>
    <message>
        <source>Type to search, or scan a barcode</source>
        <translation>输入以搜索，或扫描条码</translation>
    </message>
    <message>
        <source>Weight in kg, e.g. 0.75</source>
        <translation>重量（千克），例如 0.75</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The basket is empty: search or scan to add items</source>
        <translation>购物篮为空：搜索或扫描以添加商品</translation>
    </message>
    <message>
        <source>Clear basket</source>
        <translation>清空购物篮</translation>
    </message>
    <message>
        <source>Send to lane</source>
        <translation>发送到收银台</translation>
    </message>
    <message>
        <source>Sent to the lane. At the checkout, the cashier scans this code or types the number:</source>
        <translation>已发送到收银台。结账时，收银员扫描此码或输入号码：</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>下一位顾客</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>顾客姓名</translation>
    </message>
    <message>
        <source>Optional: the name the cashier calls when the basket is recalled</source>
        <translation>可选：收银员调出购物篮时呼叫的姓名</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>搜索商品</translation>
    </message>
    <message>
        <source>Type a name, SKU or barcode; the matches are listed below</source>
        <translation>输入名称、SKU 或条码；结果列在下方</translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation>匹配的商品</translation>
    </message>
    <message>
        <source>Press Enter or tap a product to add it to the basket</source>
        <translation>按回车键或点按商品即可加入购物篮</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>重量（千克）</translation>
    </message>
    <message>
        <source>The weight on the scale, for example 0.75</source>
        <translation>秤上的重量，例如 0.75</translation>
    </message>
    <message>
        <source>Add with this weight</source>
        <translation>按此重量添加</translation>
    </message>
    <message>
        <source>Adds the weighed product to the basket</source>
        <translation>将称重商品加入购物篮</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>购物篮</translation>
    </message>
    <message>
        <source>The lines in this customer&apos;s basket, each with less, more and remove</source>
        <translation>该顾客购物篮中的各行，每行均可减少、增加和移除</translation>
    </message>
    <message>
        <source>Basket total</source>
        <translation>购物篮合计</translation>
    </message>
    <message>
        <source>The counter&apos;s total for this basket</source>
        <translation>收银台为此购物篮计算的合计</translation>
    </message>
    <message>
        <source>Empties the basket (tap twice to confirm)</source>
        <translation>清空购物篮（点按两次确认）</translation>
    </message>
    <message>
        <source>Sends the basket to the checkout and shows the recall code</source>
        <translation>将购物篮发送到收银台并显示取单码</translation>
    </message>
    <message>
        <source>Recall code</source>
        <translation>取单码</translation>
    </message>
    <message>
        <source>The number the cashier types at the checkout</source>
        <translation>收银员在结账时输入的号码</translation>
    </message>
    <message>
        <source>Recall code as a QR code</source>
        <translation>取单码（二维码）</translation>
    </message>
    <message>
        <source>The cashier scans it at the checkout</source>
        <translation>收银员在结账时扫描</translation>
    </message>
    <message>
        <source>Starts a new, empty basket</source>
        <translation>开始一个新的空购物篮</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Whether the tablet is connected to the counter</source>
        <translation>平板是否已连接收银台</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Closes this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Cancel weighing</source>
        <translation>取消称重</translation>
    </message>
    <message>
        <source>Closes the weight entry without adding</source>
        <translation>关闭重量输入，不添加</translation>
    </message>
    <message>
        <source>● Connected to the counter</source>
        <translation>● 已连接收银台</translation>
    </message>
    <message>
        <source>Connecting to the counter…</source>
        <translation>正在连接收银台…</translation>
    </message>
    <message>
        <source>Reconnecting to the counter… the basket is kept</source>
        <translation>正在重新连接收银台…购物篮已保留</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>they will be sent when the counter is back</source>
        <translation>收银台恢复后将发送</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet on the lane: %1</source>
        <translation>
            <numerusform>%n 项更改尚未同步到收银台：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>(+%1 not yet priced)</source>
        <translation>（另有 %1 件尚未定价）</translation>
    </message>
    <message>
        <source>Sending to the lane…</source>
        <translation>正在发送到收银台…</translation>
    </message>
    <message>
        <source>Will send when the counter is back…</source>
        <translation>收银台恢复后发送…</translation>
    </message>
    <message>
        <source>Earlier codes:</source>
        <translation>之前的取单码：</translation>
    </message>
    <message>
        <source>Show code %1 again</source>
        <translation>再次显示取单码 %1</translation>
    </message>
    <message>
        <source>Shows that earlier basket&apos;s recall code</source>
        <translation>显示之前那个购物篮的取单码</translation>
    </message>
    <message>
        <source>%1 (the lane has %2)</source>
        <translation>%1（收银台：%2）</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>每件 %1</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>new quantity not yet on the lane</source>
        <translation>新数量尚未同步到收银台</translation>
    </message>
    <message>
        <source>removal not yet on the lane</source>
        <translation>移除尚未同步到收银台</translation>
    </message>
    <message>
        <source>failed: the lane never took it</source>
        <translation>失败：收银台未接收</translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation>已扫描 %1</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Enter a weight in kg, e.g. 0.75 (or 750g)</source>
        <translation>输入重量（千克），例如 0.75（或 750g）</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>Tap again to clear</source>
        <translation>再次点按以清空</translation>
    </message>
    <message>
        <source>Search needs the counter: reconnecting… (scans are still kept)</source>
        <translation>搜索需要收银台：正在重新连接…（扫描仍会保留）</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>没有与“%1”匹配的结果</translation>
    </message>
    <message>
        <source>Shopper noted: joined when the basket starts</source>
        <translation>已记录顾客：购物篮开始时关联</translation>
    </message>
    <message>
        <source>Joining the shopper&apos;s visit…</source>
        <translation>正在关联顾客到店记录…</translation>
    </message>
    <message>
        <source>✓ Shopper&apos;s visit joined to this basket</source>
        <translation>✓ 顾客到店记录已关联到此购物篮</translation>
    </message>
    <message>
        <source>Could not join the shopper&apos;s visit</source>
        <translation>无法关联顾客到店记录</translation>
    </message>
    <message>
        <source>Shopper: scan their loyalty QR or card</source>
        <translation>顾客：扫描会员二维码或会员卡</translation>
    </message>
    <message>
        <source>Shopper&apos;s loyalty code</source>
        <translation>顾客会员码</translation>
    </message>
    <message>
        <source>Scan the shopper&apos;s loyalty QR code or card to join their visit to this basket</source>
        <translation>扫描顾客的会员二维码或会员卡，将其到店记录关联到此购物篮</translation>
    </message>
    <message>
        <source>Shopper&apos;s visit</source>
        <translation>顾客到店记录</translation>
    </message>
</context>
</TS>
