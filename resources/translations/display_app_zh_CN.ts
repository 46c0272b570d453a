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
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另外 %n 笔</numerusform>
        </translation>
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
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>%1 is sold by weight: enter the weight first</source>
        <translation>%1 按重量销售：请先输入重量</translation>
    </message>
    <message>
        <source>The counter has not identified this scan yet; change its quantity once it shows a price.</source>
        <translation>收银台尚未识别此扫描；显示价格后再修改数量。</translation>
    </message>
    <message>
        <source>Sending to the lane: wait for the code before changing the basket</source>
        <translation>正在发送到收银台：请等取单码出来后再修改购物篮</translation>
    </message>
    <message>
        <source>This counter does not offer presell (SalesBuilder) yet: the basket is kept here. Ask the manager to check the counter.</source>
        <translation>此收银台尚未提供预售（SalesBuilder）：购物篮保存在本机。请让经理检查收银台。</translation>
    </message>
    <message>
        <source>Not on the lane: %1 (%2). Remove it, or add it again.</source>
        <translation>未进入收银台：%1（%2）。请移除或重新添加。</translation>
    </message>
    <message>
        <source>Not added: %1. The counter said: %2</source>
        <translation>未添加：%1。收银台回复：%2</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>该商品</translation>
    </message>
    <message>
        <source>Not sent to the lane. The counter said: %1</source>
        <translation>未发送到收银台。收银台回复：%1</translation>
    </message>
    <message>
        <source>The counter would not start a presell sale: %1</source>
        <translation>收银台未能开始预售：%1</translation>
    </message>
    <message>
        <source>Customer name not saved. The counter said: %1</source>
        <translation>顾客姓名未保存。收银台回复：%1</translation>
    </message>
    <message>
        <source>Change not made. The counter said: %1</source>
        <translation>未能修改。收银台回复：%1</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file was kept as %1.</source>
        <translation>无法读取已保存的购物篮，本平板已以空购物篮启动。该文件已保留为 %1。</translation>
    </message>
    <message>
        <source>The saved basket could not be read, so this tablet started with an empty basket. The file could not be moved aside and is overwritten at the next change.</source>
        <translation>无法读取已保存的购物篮，本平板已以空购物篮启动。该文件无法移开，将在下次更改时被覆盖。</translation>
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
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
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
        <source>%1: %2/%3. How much?</source>
        <translation>%1：%2/%3。要多少？</translation>
    </message>
    <message>
        <source>%1: new weight</source>
        <translation>%1：新重量</translation>
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
        <source>%1 / %2 · weighed</source>
        <translation>%1 / %2 · 称重</translation>
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
    <message>
        <source>being set up…</source>
        <translation>正在设置…</translation>
    </message>
    <message>
        <source>waiting for a lane</source>
        <translation>等待收银台</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>已呼叫</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Pager %1 is still out with code %2: mark it collected or cancelled first</source>
        <translation>取餐器 %1 仍在取单码 %2 那里：请先标记为已归还或已取消</translation>
    </message>
    <message>
        <source>Pager %1 is not handed out</source>
        <translation>取餐器 %1 未发放</translation>
    </message>
    <message>
        <source>Pager number (type or scan)</source>
        <translation>取餐器号码（输入或扫描）</translation>
    </message>
    <message>
        <source>Pager number</source>
        <translation>取餐器号码</translation>
    </message>
    <message>
        <source>Type or scan the number on the pager, then press Enter to hand it out</source>
        <translation>输入或扫描取餐器上的号码，然后按回车发放</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>How many guests the pager is for</source>
        <translation>此取餐器对应的客人数</translation>
    </message>
    <message>
        <source>Hand out pager</source>
        <translation>发放取餐器</translation>
    </message>
    <message>
        <source>Gives the shopper this pager with the basket</source>
        <translation>将此取餐器随购物篮交给顾客</translation>
    </message>
    <message>
        <source>Page again</source>
        <translation>再次呼叫</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Cancel pager</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Makes the shopper&apos;s pager buzz again</source>
        <translation>让顾客的取餐器再次振动</translation>
    </message>
    <message>
        <source>The shopper has handed the pager back</source>
        <translation>顾客已归还取餐器</translation>
    </message>
    <message>
        <source>Takes the pager off this basket</source>
        <translation>将取餐器从此购物篮移除</translation>
    </message>
    <message>
        <source>Pager status</source>
        <translation>取餐器状态</translation>
    </message>
    <message>
        <source>“%1” is not a pager number (1 to %2 digits)</source>
        <translation>“%1”不是取餐器号码（1 到 %2 位数字）</translation>
    </message>
    <message>
        <source>paged: the lane has the basket</source>
        <translation>已呼叫：收银台已取单</translation>
    </message>
    <message>
        <source>Pager %1 · code %2 · %3</source>
        <translation>取餐器 %1 · 取单码 %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Pager base unreachable: %n pager action(s) waiting, sent when it is back</source>
        <translation>
            <numerusform>无法连接取餐器基站：%n 项操作等待中，恢复后发送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <source>The counter&apos;s name “%1” was not found on the network. Check the counter address in Settings, or use its IP address.</source>
        <translation>网络中找不到收银台名称“%1”。请在设置中检查收银台地址，或改用其 IP 地址。</translation>
    </message>
    <message>
        <source>The counter at %1 refused the connection: PosGreen is not running there, or it listens on another port. Check that PosGreen is running on the counter and the address in Settings.</source>
        <translation>%1 上的收银台拒绝了连接：那里没有运行 PosGreen，或它监听的是另一个端口。请确认收银台上正在运行 PosGreen，并检查设置中的地址。</translation>
    </message>
    <message>
        <source>No answer from the counter at %1 within %2 seconds. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>%1 上的收银台在 %2 秒内没有响应。请确认收银台已开机，并与此屏幕在同一网络中。</translation>
    </message>
    <message>
        <source>No answer from the counter at %1. Check that the counter is switched on and on the same network as this screen.</source>
        <translation>%1 上的收银台没有响应。请确认收银台已开机，并与此屏幕在同一网络中。</translation>
    </message>
    <message>
        <source>The network has no way to the counter at %1. Check this screen&apos;s network cable or Wi-Fi.</source>
        <translation>网络无法到达 %1 上的收银台。请检查此屏幕的网线或 Wi-Fi。</translation>
    </message>
    <message>
        <source>Something at %1 answered (HTTP %2), but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>%1 上有程序响应了（HTTP %2），但不是 PosGreen 收银台。请在设置中检查收银台的端口和地址。</translation>
    </message>
    <message>
        <source>Something at %1 answered, but not as a PosGreen counter. Check the counter&apos;s port and address in Settings.</source>
        <translation>%1 上有程序响应了，但不是 PosGreen 收银台。请在设置中检查收银台的端口和地址。</translation>
    </message>
    <message>
        <source>Cannot reach the counter at %1: %2.</source>
        <translation>无法连接 %1 上的收银台：%2。</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>The counter at %1 refused this screen&apos;s login (%2). Check the API key.</source>
        <translation>%1 上的收银台拒绝了此屏幕的登录（%2）。请检查 API 密钥。</translation>
    </message>
    <message>
        <source>The counter at %1 closed the connection (%2). Check the address and the mode.</source>
        <translation>%1 上的收银台关闭了连接（%2）。请检查地址和模式。</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>%1 在 %2 秒内无响应</translation>
    </message>
    <message>
        <source>the counter&apos;s session list is unreadable: %1</source>
        <translation>收银台的会话列表无法读取：%1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>%1 号收银台</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n 件商品，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>无销售</translation>
    </message>
    <message>
        <source>display-app setup</source>
        <translation>display-app 设置</translation>
    </message>
    <message>
        <source>Set up this screen</source>
        <translation>设置此屏幕</translation>
    </message>
    <message>
        <source>till1, 192.168.1.20 or till1:3490</source>
        <translation>till1、192.168.1.20 或 till1:3490</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>顾客显示屏</translation>
    </message>
    <message>
        <source>Presell tablet</source>
        <translation>预售平板</translation>
    </message>
    <message>
        <source>only if the counter asks for one</source>
        <translation>仅当收银台要求时填写</translation>
    </message>
    <message>
        <source>leave empty to use the counter&apos;s</source>
        <translation>留空则使用收银台的名称</translation>
    </message>
    <message>
        <source>Kiosk mode (full screen, exit only with the PIN)</source>
        <translation>自助模式（全屏，仅凭 PIN 退出）</translation>
    </message>
    <message>
        <source>unchanged (type a new one to change it)</source>
        <translation>不变（输入新的即可更改）</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 到 8 位数字</translation>
    </message>
    <message>
        <source>Every sale on this lane</source>
        <translation>此收银台的每笔销售</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>Find sessions</source>
        <translation>查找会话</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>退出 PIN</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>显示器</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Counter address</source>
        <translation>收银台地址</translation>
    </message>
    <message>
        <source>The counter&apos;s name or IP address, with its port if it is not 3490</source>
        <translation>收银台的名称或 IP 地址；端口不是 3490 时需一并填写</translation>
    </message>
    <message>
        <source>Counter URL</source>
        <translation>收银台 URL</translation>
    </message>
    <message>
        <source>The address this screen will connect to</source>
        <translation>此屏幕将连接的地址</translation>
    </message>
    <message>
        <source>This screen faces the shopper and shows the sale</source>
        <translation>此屏幕面向顾客并显示销售</translation>
    </message>
    <message>
        <source>Staff build baskets in the queue and send them to the lane</source>
        <translation>店员在排队处组建购物篮并发送到收银台</translation>
    </message>
    <message>
        <source>Only if the counter asks for one</source>
        <translation>仅当收银台要求时填写</translation>
    </message>
    <message>
        <source>Shown instead of the counter&apos;s store name; leave empty to use the counter&apos;s</source>
        <translation>代替收银台的门店名称显示；留空则使用收银台的</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>自助模式</translation>
    </message>
    <message>
        <source>Full screen; leaving it needs the exit PIN</source>
        <translation>全屏；需输入退出 PIN 才能离开</translation>
    </message>
    <message>
        <source>4 to 8 digits that let staff leave kiosk mode</source>
        <translation>让店员退出自助模式的 4 到 8 位数字</translation>
    </message>
    <message>
        <source>The number of the monitor this screen shows on, from 0</source>
        <translation>显示在哪个显示器上（从 0 开始编号）</translation>
    </message>
    <message>
        <source>Every sale on this lane, or one checkout session</source>
        <translation>此收银台的每笔销售，或某一个结账会话</translation>
    </message>
    <message>
        <source>Asks the counter for its checkout sessions</source>
        <translation>向收银台查询其结账会话</translation>
    </message>
    <message>
        <source>Connects to the counter and shows its store name</source>
        <translation>连接收银台并显示其门店名称</translation>
    </message>
    <message>
        <source>Checks and saves these settings</source>
        <translation>检查并保存这些设置</translation>
    </message>
    <message>
        <source>Closes without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The result of the last test or save</source>
        <translation>上次测试或保存的结果</translation>
    </message>
    <message>
        <source>type the counter&apos;s address first (e.g. till1 or 192.168.1.20)</source>
        <translation>请先输入收银台地址（例如 till1 或 192.168.1.20）</translation>
    </message>
    <message>
        <source>Asking the counter for its sessions …</source>
        <translation>正在向收银台查询会话…</translation>
    </message>
    <message>
        <source>Could not list the sessions: %1</source>
        <translation>无法列出会话：%1</translation>
    </message>
    <message numerus="yes">
        <source>The counter reports %n session(s): pick the one this screen follows</source>
        <translation>
            <numerusform>收银台报告了 %n 个会话：请选择此屏幕要跟随的会话</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Could not connect. %1</source>
        <translation>无法连接。%1</translation>
    </message>
    <message>
        <source>Could not test the connection: %1</source>
        <translation>无法测试连接：%1</translation>
    </message>
    <message>
        <source>(the counter sent no store name)</source>
        <translation>（收银台未发送门店名称）</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>已连接：%1</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>store offline</source>
        <translation>门店离线</translation>
    </message>
    <message>
        <source>lane offline</source>
        <translation>收银台离线</translation>
    </message>
    <message>
        <source>sale open too long</source>
        <translation>销售开启过久</translation>
    </message>
    <message>
        <source>voids</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>negative line</source>
        <translation>负数行</translation>
    </message>
    <message>
        <source>large discount</source>
        <translation>大额折扣</translation>
    </message>
    <message>
        <source>bad data</source>
        <translation>数据错误</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>无信号</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>tendering</source>
        <translation>付款中</translation>
    </message>
    <message>
        <source>open &lt;1 min</source>
        <translation>已开 &lt;1 分钟</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>silent %1 s</source>
        <translation>无信号 %1 秒</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>%1号</translation>
    </message>
    <message>
        <source>today %1 · %2</source>
        <translation>今日 %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open %n min</source>
        <translation>
            <numerusform>已开 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>stores online</source>
        <translation>在线门店</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>in sale now</source>
        <translation>正在销售</translation>
    </message>
    <message>
        <source>sales today</source>
        <translation>今日销售</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Lane Wall</source>
        <translation>收银台总览墙</translation>
    </message>
    <message>
        <source>%1 · Lane Wall</source>
        <translation>%1 · 收银台总览墙</translation>
    </message>
</context>
</TS>
