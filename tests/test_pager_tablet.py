"""The tablet's pager step on screen (offscreen widgets): a real presell tablet on the
counter simulator, a real base simulator; hand out a pager by typing or scanning its
number, see it beside the recall code, the lane recalls and the pager is paged, staff
mark it collected; a base that is away is shown and nothing is lost."""

from __future__ import annotations

from typing import Any

import pytest
from display_fixtures import drive, qloop, tablet_with_pagers, wait_for  # noqa: F401  (fixtures)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from display_app.simulator.counter import presell as sim_presell
from display_app.simulator.counter.server import CounterSimulator
from display_app.simulator.pager.server import PagerSimulator


def until(qtbot: Any, condition: Any, timeout_ms: int = 8000) -> None:
    wait_for(qtbot, lambda: bool(condition()), timeout_ms)


@pytest.fixture
def parked(qloop: Any, qtbot: Any) -> Any:  # noqa: F811
    with tablet_with_pagers(qtbot, locale="en_NZ", currency="NZD", lane_label="Lane 1") as (sim, base, run, step):
        run.tablet.add(sim_presell_product(sim))
        run.tablet.set_customer("Aroha")
        until(qtbot, lambda: run.tablet.state.pending == 0 and run.tablet.state.lines)
        run.tablet.send_to_lane()
        until(qtbot, lambda: run.tablet.state.parked is not None)
        yield sim, base, run, step


def sim_presell_product(sim: CounterSimulator) -> Any:
    from decimal import Decimal

    from display_app.presell.model import Product

    item = sim.lane.catalogue.find(1002)
    return Product(pid=item.pid, description=item.description, price=Decimal(str(item.price)))


def test_hand_out_by_typing_then_recall_pages_it(qtbot: Any, parked: Any, tmp_path: Any) -> None:
    sim, base, run, step = parked
    panel = step.panel
    code = run.tablet.state.parked.code
    assert panel.isVisible() and panel.ask_row.isVisible() and not panel.ticket_row.isVisible()
    run.window.activateWindow()
    until(qtbot, lambda: panel.number_field.hasFocus())  # ready for a typed or scanned pager number
    QTest.keyClicks(panel.number_field, "42")
    panel.party.setValue(3)
    QTest.keyClick(panel.number_field, Qt.Key.Key_Return)
    until(qtbot, lambda: 42 in base.station.sessions and "waiting for a lane" in panel.ticket_label.text())
    assert panel.ticket_label.text() == f"Pager 42 · code {code} · waiting for a lane"
    assert base.station.sessions[42].label == "Aroha" and base.station.sessions[42].party_size == 3
    assert base.station.sessions[42].goal == 300
    run.window.grab().save(str(tmp_path / "pager-handed-out.png"))
    sim_presell.recall(sim, code)
    until(qtbot, lambda: base.station.pages and "paged" in panel.ticket_label.text())
    assert [(p.number, p.message) for p in base.station.pages] == [(42, "Go to Lane 1")]
    assert panel.ticket_label.text() == f"Pager 42 · code {code} · paged: the lane has the basket"
    QTest.mouseClick(panel.collected_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: 42 not in base.station.sessions)
    assert panel.ask_row.isVisible()  # the basket can take another pager if it needs one
    assert len(base.station.pages) == 1


def test_a_scanned_pager_label_is_taken_and_a_product_barcode_starts_the_next_basket(qtbot: Any, parked: Any) -> None:
    sim, base, run, step = parked
    panel = step.panel
    run.window.activateWindow()
    until(qtbot, lambda: panel.number_field.hasFocus())
    QTest.keyClicks(panel.number_field, "007")  # a pager label scanned: short, ends in Enter
    QTest.keyClick(panel.number_field, Qt.Key.Key_Return)
    until(qtbot, lambda: 7 in base.station.sessions and panel.cancel_button.isVisible() and "waiting for a lane" in panel.ticket_label.text())
    QTest.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: 7 not in base.station.sessions and panel.ask_row.isVisible())
    panel.number_field.setFocus()
    QTest.keyClicks(panel.number_field, "9421000000028")  # a product barcode on the code page
    QTest.keyClick(panel.number_field, Qt.Key.Key_Return)
    until(qtbot, lambda: run.tablet.state.parked is None)  # the next customer's basket, as without pagers
    assert not panel.isVisible()
    assert sorted(base.station.sessions) == [] and base.station.pages == []


def test_base_away_is_shown_and_the_pager_is_set_up_when_it_is_back(qtbot: Any, parked: Any) -> None:
    sim, base, run, step = parked
    panel = step.panel
    port = base.port
    drive(qtbot, base.stop())
    QTest.keyClicks(panel.number_field, "5")
    QTest.keyClick(panel.number_field, Qt.Key.Key_Return)
    until(qtbot, lambda: "Pager base unreachable" in panel.status_label.text())
    assert panel.status_label.isVisible() and "1 pager action waiting" in panel.status_label.text()
    assert "being set up" in panel.ticket_label.text()
    back = PagerSimulator(base.station, host="127.0.0.1", port=port)
    drive(qtbot, back.start())
    until(qtbot, lambda: 5 in base.station.sessions and "waiting for a lane" in panel.ticket_label.text(), timeout_ms=10000)
    until(qtbot, lambda: not panel.status_label.isVisible())
    drive(qtbot, back.stop())
