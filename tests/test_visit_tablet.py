"""The presell tablet's identify step on real widgets (offscreen) against the counter
simulator and the visit-session simulator over real sockets."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from display_fixtures import drive, qloop, wait_for  # noqa: F401  (fixtures)

from display_app.config import Config
from display_app.simulator.counter.server import CounterSimulator
from display_app.simulator.visits.server import VisitSimulator
from display_app.ui.presell.main import start_presell

SHOTS = Path(os.environ["VISIT_SCREENSHOTS"]) if os.environ.get("VISIT_SCREENSHOTS") else None


@pytest.fixture
def tablet(qloop: Any, qtbot: Any) -> Any:  # noqa: F811
    counter = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    visits = VisitSimulator()
    drive(qtbot, counter.start())
    drive(qtbot, visits.start())
    cfg = Config(counter=counter.url, store_locale="en_NZ", store_currency="NZD", visits_url=visits.url, visits_agent="tablet-1")
    run = start_presell(cfg, show=False, remember=False)
    run.window.show()
    until(qtbot, lambda: run.tablet.state.connected)
    yield counter, visits, run
    drive(qtbot, run.close())
    drive(qtbot, visits.stop())
    drive(qtbot, counter.stop())


def until(qtbot: Any, condition: Any, timeout_ms: int = 8000) -> None:
    wait_for(qtbot, lambda: bool(condition()), timeout_ms)


def scan_into(field: Any, text: str) -> None:
    field.setFocus()
    QTest.keyClicks(field, text)  # a scanner: fast...
    QTest.keyClick(field, Qt.Key.Key_Return)  # ...and Enter


def test_a_loyalty_scan_joins_the_basket_sale_and_is_never_a_product(qtbot: Any, tablet: Any) -> None:
    counter, visits, run = tablet
    window, bar = run.window, run.window.identify
    assert bar.isVisible() and bar.field.echoMode() == bar.field.EchoMode.Password
    # before the basket has a sale on the counter: held
    scan_into(bar.field, "4000123456789")
    until(qtbot, lambda: "joined when the basket starts" in bar.status.text())
    assert window.scanner.scans == 0 and not window.row_texts() and bar.field.text() == ""
    # the first item makes the sale; the held shopper joins it
    window.search_box.setFocus()
    QTest.keyClicks(window.search_box, "9421000000028")
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    until(qtbot, lambda: run.tablet.sale_key and window.row_texts())
    until(qtbot, lambda: "joined to this basket" in bar.status.text())
    key = run.tablet.sale_key
    assert visits.sessions[key].customer_id == "4000123456789" and visits.sessions[key].agent_id == "tablet-1"
    assert window.scanner.scans == 1 and len(window.row_texts()) == 1  # only the product scan
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.resize(1280, 800)
        qtbot.wait(50)
        window.grab().save(str(SHOTS / "tablet-identify-1280x800.png"))


def test_a_bad_code_is_explained_and_the_basket_goes_on(qtbot: Any, tablet: Any) -> None:
    counter, visits, run = tablet
    window, bar = run.window, run.window.identify
    scan_into(bar.field, "dap2:{}")
    until(qtbot, lambda: "unsupported code version" in bar.status.text())
    assert visits.stats.requests == 0
    window.search_box.setFocus()
    QTest.keyClicks(window.search_box, "9421000000028")
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    until(qtbot, lambda: window.row_texts())
