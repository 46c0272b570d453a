"""The customer display against the real counter simulator, over real sockets, with
real widgets offscreen. Each test asserts what a shopper would see."""

from __future__ import annotations

import json
from decimal import Decimal

from display_fixtures import live, qloop  # noqa: F401  (fixtures: live needs qloop in this namespace)

from display_app.sale.model import Connection, Screen

MILK = "DAI0002"  # Anchor Blue Top Milk 2L, $4.79
BREAD = "BAK0004"
BANANAS = "PRO0001"  # Bananas Cavendish, $3.49/kg


def product(live, sku):
    return live.sim.lane.catalogue.find(sku)


def panel_total(live) -> str:
    return live.window.sale.panel.total.text()


def test_idle_shows_the_store_from_get_info(live):
    window = live.window
    assert window.visible_screen is Screen.IDLE
    assert window.idle.name.text() == "Harbourside Fresh Market"
    assert window.idle.welcome.text() == live.sim.store["welcomemessage"]
    assert window.idle.logo.image is not None  # the data: URI logo was decoded
    assert window.idle.clock.text()  # the time is shown
    assert not window.overlay.isVisible()


def test_a_sale_shows_lines_in_order_with_the_running_total(live):
    lane = live.sim.lane
    lane.start_sale()
    lane.add_item(MILK, 2)
    lane.add_item(BREAD)
    expected = [product(live, MILK).description, product(live, BREAD).description]
    live.wait(lambda: live.line_texts() == expected)
    window = live.window
    assert window.visible_screen is Screen.SALE
    total = Decimal(str(lane.snapshot()["saletotal"]))
    assert panel_total(live) == window.money.money(total)
    model = window.sale.model
    assert model.index(0, 0).data(model.DetailRole) == "2 × $4.79"
    assert model.index(0, 0).data(model.TotalRole) == "$9.58"
    assert window.sale.panel.count.text() == "3 items"
    assert window.header.name.text() == "Harbourside Fresh Market"


def test_weighed_item_and_discount_read_as_a_shopper_expects(live):
    lane = live.sim.lane
    lane.start_sale()
    bananas = lane.add_item(BANANAS, grams=1235)
    milk = lane.add_item(MILK)
    lane.discount(milk, amount="0.50")
    model = live.window.sale.model
    live.wait(lambda: model.rowCount() == 2 and model.index(1, 0).data(model.DiscountRole) == "-$0.50")
    assert model.index(0, 0).data(model.DetailRole) == "1.235\u00a0kg @ $3.49/kg"
    assert model.index(0, 0).data(model.TotalRole) == "$4.31"  # 1.235 x 3.49 = 4.31015
    assert model.index(1, 0).data(model.OriginalRole) == "$4.79"
    assert model.index(1, 0).data(model.TotalRole) == "$4.29"
    assert bananas == 1


def test_a_voided_line_is_never_shown(live):
    lane = live.sim.lane
    lane.start_sale()
    lane.add_item(MILK)
    bread = lane.add_item(BREAD)
    lane.add_item("DAI0003")
    lane.void(bread)
    live.wait(lambda: len(live.line_texts()) == 2)
    assert product(live, BREAD).description not in live.line_texts()
    assert live.line_texts() == [product(live, MILK).description, product(live, "DAI0003").description]
    assert panel_total(live) == "$11.28"  # 4.79 + 6.49


def test_paid_sale_thanks_with_change_in_large_type_and_a_receipt_qr(live):
    lane = live.sim.lane
    key = lane.start_sale()
    lane.add_item(MILK)
    lane.add_item(BREAD)
    lane.pay("Cash", 20)
    lane.complete()
    window = live.window
    live.wait(lambda: window.visible_screen is Screen.THANKYOU)
    total = Decimal(str(lane.snapshot()["saletotal"]))
    change = Decimal(20) - total
    texts = window.thankyou.texts()
    assert "Thank you!" in texts
    assert "Your change" in texts and window.money.money(change) in texts
    assert window.thankyou.change.font().pixelSize() > 2 * window.thankyou.rows.font().pixelSize()
    assert window.thankyou.qr.has_code()
    assert window.thankyou.qr.text == f"https://receipts.example.com/r/{key}"
    assert window.thankyou.qr.isVisible()


def test_counter_goes_away_then_comes_back(live):
    lane = live.sim.lane
    lane.start_sale()
    lane.add_item(MILK)
    window = live.window
    live.wait(lambda: live.line_texts() == [product(live, MILK).description])
    port = live.sim.port

    live.run(live.sim.stop())
    live.wait(lambda: window.visible_screen is Screen.OFFLINE)
    assert window.overlay.isVisible() and window.overlay.MESSAGE == "Reconnecting to the counter…"
    assert window.sale.isVisible()  # the last sale stays, dimmed, under the overlay
    assert live.line_texts() == [product(live, MILK).description]
    assert window.header.clock.isVisible()  # the clock keeps ticking above it
    assert live.state_file()["screen"] == "offline"

    live.sim.port = port
    live.run(live.sim.start())
    live.wait(lambda: not window.overlay.isVisible(), timeout_ms=10000)
    lane.start_sale()
    lane.add_item(BREAD)
    live.wait(lambda: live.line_texts() == [product(live, BREAD).description])
    assert window.visible_screen is Screen.SALE


def test_link_status_banner_shows_and_clears(live):
    window = live.window
    live.sim.link_status("Store closes in 15 minutes")
    live.wait(lambda: window.banner.isVisible() and window.banner.text() == "Store closes in 15 minutes")
    assert live.state_file()["banner"] == "Store closes in 15 minutes"
    live.sim.link_status("")
    live.wait(lambda: not window.banner.isVisible())


def test_bad_input_from_the_counter_leaves_the_screen_working(live):
    lane = live.sim.lane
    key = lane.start_sale()
    lane.add_item(MILK)
    live.wait(lambda: len(live.line_texts()) == 1)
    good = lane.snapshot()
    live.sim.send_raw("{this is not json")
    live.sim.send_raw(json.dumps({"sc": "custdisp.sale.lines.edit", "v": {**good, "mystery": {"x": [1, 2]}}}))
    broken = json.loads(json.dumps(good))
    broken["lines"].append({"seqnce": 2, "qty": "lots", "totalprice": "abc", "product": "nope"})
    broken["lines"].append({**good["lines"][0], "seqnce": 3})
    live.sim.send_raw(json.dumps({"sc": "custdisp.sale.lines.add", "v": broken}))
    live.sim.send_raw(json.dumps({"sc": "custdisp.sale.lines.add", "v": "not a sale"}))
    # the broken line is skipped, the good one after it shown
    live.wait(lambda: len(live.line_texts()) == 2)
    assert live.display.client.connected
    lane.add_item(BREAD)  # and the counter's next real update still lands
    live.wait(lambda: product(live, BREAD).description in live.line_texts())
    assert live.state_file()["sale"]["key"] == key


def test_state_file_follows_the_screen(live):
    lane = live.sim.lane
    key = lane.start_sale()
    lane.add_item(BANANAS, grams=1235)
    live.wait(lambda: live.state_file()["screen"] == "sale" and live.state_file()["sale"]["lines"])
    doc = live.state_file()
    assert doc["connection"] == {"state": "connected", "counter": live.sim.url}
    assert doc["store"] == {"name": "Harbourside Fresh Market"}
    assert doc["sale"]["key"] == key
    assert doc["sale"]["lines"] == [{"seq": 1, "description": "Bananas Cavendish", "qty": "1.235", "total": "4.31"}]
    assert doc["sale"]["total"] == "4.31" and doc["sale"]["due"] == "4.31"


def test_a_burst_of_snapshots_renders_only_the_latest(live):
    lane = live.sim.lane
    lane.start_sale()
    lane.add_item(MILK)
    live.wait(lambda: len(live.line_texts()) == 1)
    controller = live.controller
    renders_before, updates_before = controller.renders, controller.updates_received
    snapshot = lane.snapshot()
    frames = []
    for i in range(1, 501):
        frames.append(json.dumps({"sc": "custdisp.sale.edit", "v": {**snapshot, "saletotal": i}}))
    for frame in frames:  # queued back to back on the socket
        live.sim.send_raw(frame)
    live.wait(lambda: panel_total(live) == "$500.00")
    updates = controller.updates_received - updates_before
    renders = controller.renders - renders_before
    assert updates >= 500
    assert renders < updates / 10, (renders, updates)
    assert controller.max_pending > 10
    assert live.state_file()["sale"]["total"] == "500.00"


def test_a_long_sale_keeps_the_newest_line_in_sight(live):
    lane = live.sim.lane
    lane.start_sale()
    skus = [p.sku for p in lane.catalogue.all() if p.measurement != "kg"][:120]
    for sku in skus:
        lane.add_item(sku)
    view = live.window.sale.lines
    model = live.window.sale.model
    live.wait(lambda: model.rowCount() == 120)
    live.wait(view.newest_fully_visible)
    assert model.index(119, 0).data() == product(live, skus[-1]).description
    assert model.resets == 0  # grown row by row, never reset
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum() > 0


def test_cust_sale_spelling_and_messages_outside_any_firehose_are_shown(live):
    lane = live.sim.lane
    lane.prefix = "cust.sale"  # the docs' other spelling
    lane.start_sale()
    lane.add_item(MILK)
    live.wait(lambda: live.line_texts() == [product(live, MILK).description])
    snapshot = lane.snapshot()
    snapshot["lines"][0]["qty"] = 3
    snapshot["lines"][0]["totalprice"] = 14.37
    snapshot["saletotal"] = 14.37
    live.sim.send_raw(json.dumps({"sc": "custdisp.sale.lines.edit", "v": snapshot}))  # no rp: no firehose asked for it
    model = live.window.sale.model
    live.wait(lambda: model.index(0, 0).data(model.DetailRole) == "3 × $4.79")
    assert panel_total(live) == "$14.37"
    live.sim.send_raw(json.dumps({"sc": "device.bluetooth.announcement", "v": {"addr": "C0288D347D2C"}}))
    lane.add_item(BREAD)  # an unrelated firehose message changes nothing; the next sale message lands
    live.wait(lambda: len(live.line_texts()) == 2)


def test_thankyou_returns_to_idle_by_itself(live):
    live.controller.reducer.thankyou_seconds = 0.4
    lane = live.sim.lane
    lane.start_sale()
    lane.add_item(MILK)
    lane.pay("EFTPOS", "4.79")
    lane.complete()  # the counter keeps showing the completed sale; no further message comes
    window = live.window
    live.wait(lambda: window.visible_screen is Screen.THANKYOU)
    assert not window.thankyou.change_box.isVisible()  # paid exactly: no change to give
    live.wait(lambda: window.visible_screen is Screen.IDLE, timeout_ms=3000)
    assert live.state_file()["screen"] == "idle"


def test_local_store_overrides_win_over_the_counter(live):
    live.controller.cfg = live.cfg.replace(store_name="Lane 2 Express", store_locale="de_DE", store_currency="EUR")
    live.run(live.sim.drop_clients())  # the next session's get_info is mapped with the overrides
    window = live.window
    live.wait(lambda: window.idle.name.text() == "Lane 2 Express", timeout_ms=10000)
    lane = live.sim.lane
    lane.start_sale()
    lane.add_item(MILK, 2)
    live.wait(lambda: panel_total(live) == "9,58\u00a0€")
    model = window.sale.model
    assert model.index(0, 0).data(model.DetailRole) == "2 × 4,79\u00a0€"
    assert window.header.name.text() == "Lane 2 Express"


def test_closing_the_window_ends_the_display_and_saves_the_screenshot(live, tmp_path):
    import asyncio

    from PySide6.QtWidgets import QApplication

    from display_app.ui.display.controller import serve_until_done

    shot = tmp_path / "last.png"
    task = asyncio.ensure_future(serve_until_done(live.display, live.cfg.replace(screenshot=str(shot)), QApplication.instance()))
    from PySide6.QtCore import SIGNAL

    live.wait(lambda: live.window.receivers(SIGNAL("closed()")) > 0)  # the coroutine is listening
    live.window.close()  # not in kiosk mode: the window may close, and then the app is done
    live.wait(task.done)
    assert task.result() == 0 and shot.is_file()
    assert live.display.task.done()  # the counter link was stopped


def test_a_restart_shows_the_store_from_its_first_frame_even_with_the_counter_down(live, qtbot):
    from display_app.ui.display import controller
    from display_app.ui.display.controller import start_display

    kept = controller.branding_file()
    live.wait(lambda: kept.is_file() and live.cfg.counter in kept.read_text(encoding="utf-8"), timeout_ms=controller.KEEP_BRANDING_MS + 5000)
    live.run(live.sim.stop())  # the counter is gone when the display starts again

    again = start_display(live.cfg, show=False, size=(1280, 800))
    try:
        window = again.window
        window.show()
        first = again.controller.state  # what its first frame draws, before any answer
        assert first.connection is not Connection.CONNECTED
        assert first.store.name == "Harbourside Fresh Market" and first.store.logo.startswith("data:image/svg+xml")
        qtbot.waitUntil(lambda: window.idle.name.text() == "Harbourside Fresh Market", timeout=3000)
        assert window.idle.logo.image is not None and window.idle.welcome.text() == live.sim.store["welcomemessage"]
        assert window.windowTitle().startswith("Harbourside Fresh Market")
        assert not again.client.connected
    finally:
        live.run(again.close())


def test_another_counter_s_branding_is_not_shown(live, qtbot):
    from display_app.config import Config
    from display_app.ui.display import controller
    from display_app.ui.display.controller import start_display

    kept = controller.branding_file()
    live.wait(lambda: kept.is_file(), timeout_ms=controller.KEEP_BRANDING_MS + 5000)
    other = start_display(Config(counter="127.0.0.1:9"), show=False, size=(1280, 800))  # nobody listens there
    try:
        other.window.show()
        assert other.controller.state.store.name == ""
        qtbot.wait(200)
        assert other.window.idle.name.text() != "Harbourside Fresh Market"
    finally:
        live.run(other.close())
