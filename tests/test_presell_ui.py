"""The presell tablet's screens, offscreen, against the simulator over real sockets:
search as you type, a keyboard-wedge scan, quantity and weight changes, a dropped
link with the basket kept, send to lane with the code and QR, and the lane recalling
it onto the real customer display."""

from __future__ import annotations

from typing import Any

import pytest
from display_fixtures import drive, live, qloop, wait_for  # noqa: F401  (fixtures)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from display_app.config import Config
from display_app.simulator.counter import presell as sim_presell
from display_app.simulator.counter.server import CounterSimulator
from display_app.ui.presell.main import start_presell
from display_app.ui.presell.window import NOT_ON_LANE, touch_size


@pytest.fixture
def tablet_ui(qloop: Any, qtbot: Any) -> Any:
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    drive(qtbot, sim.start())
    run = start_presell(Config(counter=sim.url, store_locale="en_NZ", store_currency="NZD"), show=False, remember=False)
    run.window.show()
    until(qtbot, lambda: run.tablet.state.connected)
    yield sim, run
    drive(qtbot, run.close())
    drive(qtbot, sim.stop())


def until(qtbot: Any, condition: Any, timeout_ms: int = 8000) -> None:
    """Spin Qt and asyncio until ``condition()`` is truthy (an empty list is not)."""
    wait_for(qtbot, lambda: bool(condition()), timeout_ms)


def search(qtbot: Any, window: Any, text: str, expect: str) -> None:
    window.search_box.setFocus()
    window.search_box.clear()
    QTest.keyClicks(window.search_box, text)
    until(qtbot, lambda: (window.search_box.text() == text and window.result_texts() and expect in window.result_texts()[0]))


def settled(run: Any) -> bool:
    return run.tablet.state.pending == 0 and not run.tablet.outbox


def test_search_as_you_type_and_tap_to_add(qtbot: Any, tablet_ui: Any) -> None:
    sim, run = tablet_ui
    window = run.window
    search(qtbot, window, "blue top", "Anchor Blue Top Milk")
    texts = window.result_texts()
    assert "Anchor Blue Top Milk 2L\n$4.79 each" in texts
    item = window.results.item(texts.index("Anchor Blue Top Milk 2L\n$4.79 each"))
    window.results.itemClicked.emit(item)
    until(qtbot, lambda: settled(run) and window.row_texts())
    assert window.row_texts() == [("Anchor Blue Top Milk 2L", "× 1 @ $4.79 each", "$4.79", "")]
    assert window.total_label.text() == "Total $4.79"
    # a weighed product asks for the weight; the counter prices it
    search(qtbot, window, "bananas", "Bananas Cavendish")
    window.results.itemClicked.emit(window.results.item(0))
    assert window.weight_panel.isVisible()
    window.weight_box.setText("1.2")
    QTest.mouseClick(window.weight_ok, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: settled(run) and len(window.row_texts()) == 2)
    assert window.row_texts()[1] == ("Bananas Cavendish", "1.200\u00a0kg @ $3.49/kg", "$4.19", "")
    assert window.total_label.text() == "Total $8.98"


def test_wedge_scan_lands_in_the_basket_not_the_focused_field(qtbot: Any, tablet_ui: Any) -> None:
    sim, run = tablet_ui
    window = run.window
    window.customer_box.setFocus()
    QTest.keyClicks(window.customer_box, "Ana")
    QTest.keyClicks(window.customer_box, "9421000000028")  # a scanner: a fast burst of digits...
    QTest.keyClick(window.customer_box, Qt.Key.Key_Return)  # ...ending in Enter
    until(qtbot, lambda: settled(run) and window.row_texts())
    assert window.customer_box.text() == "Ana"
    assert window.row_texts()[0][0] == "Anchor Blue Top Milk 2L"
    assert window.scanner.scans == 1
    # digits typed by a person (slowly) still reach the field
    window.search_box.setFocus()
    QTest.keyClicks(window.search_box, "94", delay=80)
    until(qtbot, lambda: window.search_box.text() == "94")
    # a short fast burst with Enter is typing too (fewer than 6 digits)
    window.search_box.clear()
    QTest.keyClicks(window.search_box, "123")
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    until(qtbot, lambda: window.search_box.text() == "123")
    assert window.scanner.scans == 1


def test_quantity_change_and_remove(qtbot: Any, tablet_ui: Any) -> None:
    sim, run = tablet_ui
    window = run.window
    run.tablet.scan("9421000000028")
    until(qtbot, lambda: settled(run) and window.row_texts())
    QTest.mouseClick(window.row(0).plus, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: settled(run) and window.row_texts()[0][2] == "$9.58")
    QTest.mouseClick(window.row(0).plus, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: settled(run) and window.row_texts()[0][2] == "$14.37")
    QTest.mouseClick(window.row(0).minus, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: settled(run) and window.row_texts()[0][2] == "$9.58")
    assert window.total_label.text() == "Total $9.58"
    QTest.mouseClick(window.row(0).remove, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: settled(run) and window.row_texts() == [])
    assert window.total_label.text() == "Total $0.00"
    assert not window.send_button.isEnabled()


def test_refused_scan_is_explained(qtbot: Any, tablet_ui: Any) -> None:
    sim, run = tablet_ui
    window = run.window
    run.tablet.scan("1234567890123")
    until(qtbot, lambda: settled(run) and window.message_bar.isVisible())
    assert "1234567890123" in window.message_label.text() and "unknown barcode" in window.message_label.text()
    assert window.row_texts() == []


def test_link_drop_keeps_the_basket_and_marks_what_is_not_on_the_lane(qtbot: Any, tablet_ui: Any) -> None:
    sim, run = tablet_ui
    window = run.window
    run.tablet.scan("9421000000028")
    until(qtbot, lambda: settled(run) and window.row_texts())
    port = sim.port
    drive(qtbot, sim.stop())
    until(qtbot, lambda: not run.tablet.state.connected)
    window.activateWindow()
    window.search_box.setFocus()
    QTest.keyClicks(window.search_box, "9421000000011")
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    QTest.mouseClick(window.row(0).plus, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: len(window.row_texts()) == 2)
    rows = window.row_texts()
    assert rows[0][3] == f"new quantity {NOT_ON_LANE}" and rows[0][2] == "$4.79"
    assert rows[1] == ("Scanned 9421000000011", "× 1", "–", NOT_ON_LANE)
    assert window.pending_banner.isVisible() and window.pending_banner.text().startswith(f"2 changes {NOT_ON_LANE}")
    assert "Reconnecting" in window.status_label.text()
    sim.port = port
    drive(qtbot, sim.start())
    until(qtbot, lambda: settled(run) and run.tablet.state.connected, timeout_ms=10000)
    assert [r[0] for r in window.row_texts()] == ["Anchor Blue Top Milk 2L", "Anchor Blue Top Milk 1L"]
    assert all(r[3] == "" for r in window.row_texts())
    assert not window.pending_banner.isVisible()
    lines = sim.presell.sales[run.tablet._sale.key].lines
    assert [(line.product.pid, line.qty) for line in lines] == [(1002, 2), (1001, 1)]


def test_send_to_lane_shows_the_code_and_the_lane_recalls_it_onto_the_display(qtbot: Any, live: Any) -> None:
    run = start_presell(Config(counter=live.sim.url, store_locale="en_NZ", store_currency="NZD"), show=False, remember=False)
    try:
        window = run.window
        window.show()
        until(qtbot, lambda: run.tablet.state.connected)
        run.tablet.scan("9421000000028")
        run.tablet.scan("9421000000011")
        window.customer_box.setText("Wiremu")
        QTest.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
        until(qtbot, lambda: window.pages.currentWidget() is window.code_page)
        code = window.code_label.text()
        assert code.isdigit() and len(code) == 4
        assert window.qr.has_code() and window.qr.text == code
        assert window.code_detail.text() == "Wiremu · 2 items · $7.98"
        # the cashier types the code at the lane: the customer display shows the sale
        sim_presell.recall(live.sim, code)
        live.wait(lambda: len(live.line_texts()) == 2)
        texts = " ".join(str(t) for t in live.line_texts())
        assert "Anchor Blue Top Milk 2L" in texts and "Anchor Blue Top Milk 1L" in texts
        # next customer: a fresh basket, and the code can be shown again
        QTest.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is window.basket_page and window.row_texts() == []
        assert window.customer_box.text() == ""
        # a scan on the code screen starts the next basket with that item
        run.tablet.show_code(code)
        assert window.pages.currentWidget() is window.code_page
        window.next_button.setFocus()
        QTest.keyClicks(window.next_button, "9421000000035")
        QTest.keyClick(window.next_button, Qt.Key.Key_Return)
        until(qtbot, lambda: window.pages.currentWidget() is window.basket_page and settled(run) and window.row_texts())
        assert window.row_texts()[0][0] == "Anchor Blue Top Milk 3L"
    finally:
        drive(qtbot, run.close())


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280)])
def test_touch_targets_are_finger_sized_in_both_orientations(qtbot: Any, tablet_ui: Any, size: tuple[int, int]) -> None:
    sim, run = tablet_ui
    window = run.window
    window.resize(*size)
    run.tablet.scan("9421000000028")
    until(qtbot, lambda: settled(run) and window.row_texts())
    qtbot.waitUntil(lambda: window.row(0).plus.height() >= 48)
    for button in (window.send_button, window.row(0).plus, window.row(0).minus, window.row(0).remove):
        assert button.height() >= 48 and button.width() >= 48
    assert window.search_box.height() >= 48
    assert touch_size(*size) >= 48
    search = window.search_box.mapTo(window, window.search_box.rect().topLeft())
    basket = window.basket_scroll.mapTo(window, window.basket_scroll.rect().topLeft())
    if size[0] > size[1]:
        assert basket.x() > search.x() + window.search_box.width() // 2  # side by side in landscape
    else:
        assert basket.y() > search.y() + window.search_box.height()  # stacked in portrait


def test_scanning_a_weighed_item_asks_for_its_weight(qtbot: Any, tablet_ui: Any) -> None:
    sim, run = tablet_ui
    window = run.window
    bananas = sim.lane.catalogue.find(1260)
    window.search_box.setFocus()
    QTest.keyClicks(window.search_box, bananas.barcodes[0])
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    until(qtbot, lambda: window.weight_panel.isVisible())
    assert "Bananas Cavendish" in window.weight_title.text() and window.search_box.text() == ""
    QTest.keyClicks(window.weight_box, "0.5")
    QTest.keyClick(window.weight_box, Qt.Key.Key_Return)
    until(qtbot, lambda: settled(run) and window.row_texts())
    assert window.row_texts() == [("Bananas Cavendish", "0.500\u00a0kg @ $3.49/kg", "$1.75", "")]
    assert not window.weight_panel.isVisible()


def test_clear_basket_takes_two_taps_and_empties_it_on_the_counter(qtbot: Any, tablet_ui: Any) -> None:
    sim, run = tablet_ui
    window = run.window
    run.tablet.scan("9421000000028")
    run.tablet.scan("9421000000011")
    run.tablet.set_customer("Rangi")
    until(qtbot, lambda: settled(run) and len(window.row_texts()) == 2)
    QTest.mouseClick(window.clear_button, Qt.MouseButton.LeftButton)
    assert window.clear_button.text() == "Tap again to clear" and len(window.row_texts()) == 2
    QTest.mouseClick(window.clear_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: settled(run) and window.row_texts() == [])
    assert window.total_label.text() == "Total $0.00" and window.customer_box.text() == ""
    sale = sim.presell.sales[run.tablet._sale.key]
    assert sale.lines == [] and sale.customer == ""


def test_money_comes_in_the_counters_currency_without_settings(qtbot: Any, qloop: Any) -> None:
    """No --store-locale/--store-currency: the tablet asks the counter (get_info), as the display does."""
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None, store={"currency": "NZD", "locale": "en_NZ"})
    drive(qtbot, sim.start())
    run = start_presell(Config(counter=sim.url), show=False, remember=False)
    try:
        window = run.window
        window.show()
        until(qtbot, lambda: run.tablet.state.connected and window.money.locale.name() == "en_NZ" and window.money.symbol == "$")
        search(qtbot, window, "blue top", "Anchor Blue Top Milk")
        assert "Anchor Blue Top Milk 2L\n$4.79 each" in window.result_texts()
        run.tablet.scan("9421000000028")
        until(qtbot, lambda: settled(run) and window.row_texts())
        assert window.total_label.text() == "Total $4.79"
    finally:
        drive(qtbot, run.close())
        drive(qtbot, sim.stop())


def test_the_code_page_counts_items_as_the_display_does(qtbot: Any, live: Any) -> None:
    """Three milks and 1.2 kg of bananas: 4 items on the tablet and on the customer display."""
    run = start_presell(Config(counter=live.sim.url, store_locale="en_NZ", store_currency="NZD"), show=False, remember=False)
    try:
        window = run.window
        window.show()
        until(qtbot, lambda: run.tablet.state.connected)
        search(qtbot, window, "blue top", "Anchor Blue Top Milk")
        window.results.itemClicked.emit(window.results.item(0))
        until(qtbot, lambda: settled(run) and window.row_texts())
        run.tablet.set_qty(run.tablet.state.lines[0].lid, 3)
        search(qtbot, window, "bananas", "Bananas Cavendish")
        window.results.itemClicked.emit(window.results.item(0))
        window.weight_box.setText("1.2")
        QTest.mouseClick(window.weight_ok, Qt.MouseButton.LeftButton)
        until(qtbot, lambda: settled(run) and len(window.row_texts()) == 2 and "× 3" in window.row_texts()[0][1])
        QTest.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
        until(qtbot, lambda: window.pages.currentWidget() is window.code_page)
        assert " 4 items · " in f" {window.code_detail.text()}"
        sim_presell.recall(live.sim, window.code_label.text())
        live.wait(lambda: len(live.line_texts()) == 2)
        live.wait(lambda: live.window.sale.panel.count.text() == "4 items")
    finally:
        drive(qtbot, run.close())


def test_the_search_runs_again_when_the_counter_is_back(qtbot: Any, tablet_ui: Any) -> None:
    sim, run = tablet_ui
    window = run.window
    port = sim.port
    drive(qtbot, sim.stop())
    until(qtbot, lambda: not run.tablet.state.connected)
    window.search_box.setFocus()
    QTest.keyClicks(window.search_box, "blue top")
    until(qtbot, lambda: "reconnecting" in window.search_hint.text())
    assert window.result_texts() == []
    sim.port = port
    drive(qtbot, sim.start())
    until(qtbot, lambda: run.tablet.state.connected, timeout_ms=10000)
    # no keystroke: the results come by themselves and the hint no longer says "reconnecting"
    until(qtbot, lambda: window.result_texts() and "Anchor Blue Top Milk" in window.result_texts()[0])
    assert "reconnecting" not in window.search_hint.text()


def test_the_connect_time_probe_is_logged_at_debug(qtbot: Any, qloop: Any, caplog: Any) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    drive(qtbot, sim.start())
    run = start_presell(Config(counter=sim.url), show=False, remember=False)
    try:
        until(qtbot, lambda: run.tablet.state.connected and run.tablet.builder.confirmed)
        probes = [r for r in caplog.records if "salesbuilder_cancel refused" in r.getMessage()]
        assert probes and all(r.levelno == logging.DEBUG for r in probes)
        assert not [r for r in caplog.records if r.levelno >= logging.WARNING and r.name.startswith("display_app")]
    finally:
        drive(qtbot, run.close())
        drive(qtbot, sim.stop())
