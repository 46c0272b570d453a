"""Shopper identification on the real customer display (offscreen Qt, qasync) against the
counter simulator and the visit-session simulator over real sockets, linked the way
``display-app simulate --visits-port`` links them. Saves screenshots of the greeting."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from display_fixtures import drive, qloop  # noqa: F401  (fixture)

from display_app.config import Config
from display_app.sale.model import Screen
from display_app.simulator.counter.server import CounterSimulator
from display_app.simulator.visits.customers import link_lane
from display_app.simulator.visits.server import VisitSimulator
from display_app.visits.code import Identification, make_code

SHOTS = Path(os.environ.get("VISIT_SCREENSHOTS", "")) if os.environ.get("VISIT_SCREENSHOTS") else None


@pytest.fixture
def shop(qloop, qtbot, tmp_path):  # noqa: F811
    from display_app.ui.display.controller import start_display

    counter = CounterSimulator(host="127.0.0.1", port=0, status_interval=None, speed=50.0)
    visits = VisitSimulator()
    drive(qtbot, counter.start())
    drive(qtbot, visits.start())
    link_lane(visits, counter.lane)

    def open_display(**settings):
        cfg = Config(
            counter=counter.url,
            thankyou_url="https://receipts.example.com/r/{sale}?visit={session}",
            thankyou_seconds=30.0,
            visits_url=visits.url,
            visits_agent="lane-1",
            **settings,
        )
        display = start_display(cfg, show=False, size=(1280, 800))
        display.window.set_animations(False)
        display.window.show()
        qtbot.waitUntil(lambda: display.client.connected, timeout=8000)
        opened.append(display)
        return display

    opened: list = []
    yield counter, visits, open_display
    for display in opened:
        drive(qtbot, display.close())
    drive(qtbot, visits.stop())
    drive(qtbot, counter.stop())


def scan(qtbot, window, text: str) -> None:
    """What a keyboard-wedge scanner does: type the code fast, then Enter."""
    qtbot.keyClicks(window, text)
    qtbot.keyClick(window, Qt.Key.Key_Return)


def test_a_scan_at_the_display_greets_by_the_counters_first_name_after_the_join(shop, qtbot):
    counter, visits, open_display = shop
    display = open_display(greeting=True)
    window, parts = display.window, display.visits
    key = counter.lane.start_sale()
    counter.lane.add_item("DAI0002")
    counter.lane.add_item("DAI0011", qty=2)
    qtbot.waitUntil(lambda: window.visible_screen is Screen.SALE, timeout=8000)
    assert not parts.pill.isVisible()
    scan(qtbot, window, make_code(Identification("C1001", "v-123", "g-456")))
    qtbot.waitUntil(lambda: parts.pill.isVisible(), timeout=8000)
    assert parts.pill.text == "Welcome back, Aroha"
    assert visits.sessions[key].customer_id == "C1001" and visits.stats.posts[(key, "C1001")] == 1
    assert "C1001" not in parts.pill.text and "Ngata" not in parts.pill.text
    pill = parts.pill.geometry()
    assert window.header.geometry().contains(pill)  # in the header band, clear of the sale lines
    assert not pill.intersects(window.header.clock.geometry())
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / "greeting-sale-1280x800.png"))
        window.resize(800, 480)
        qtbot.wait(50)
        window.grab().save(str(SHOTS / "greeting-sale-800x480.png"))
        window.resize(1280, 800)
        qtbot.wait(50)
    # thank-you: the QR carries the visit session id
    counter.lane.pay("EFTPOS", 20)
    counter.lane.complete()
    qtbot.waitUntil(lambda: window.visible_screen is Screen.THANKYOU, timeout=8000)
    assert window.thankyou.qr.text == f"https://receipts.example.com/r/{key}?visit={key}"
    assert parts.pill.isVisible()
    if SHOTS:
        window.grab().save(str(SHOTS / "greeting-thankyou-1280x800.png"))
    # the next shopper is not greeted
    counter.lane.clear()
    counter.lane.start_sale()
    counter.lane.add_item("DAI0002")
    qtbot.waitUntil(lambda: window.visible_screen is Screen.SALE and not parts.pill.isVisible(), timeout=8000)


def test_no_greeting_unless_the_store_turns_it_on_and_never_for_junk(shop, qtbot):
    counter, visits, open_display = shop
    display = open_display()  # greeting off (the default)
    window, parts = display.window, display.visits
    key = counter.lane.start_sale()
    counter.lane.add_item("DAI0002")
    qtbot.waitUntil(lambda: window.visible_screen is Screen.SALE, timeout=8000)
    scan(qtbot, window, "not a code!")  # refused, quietly
    scan(qtbot, window, "C1002")
    qtbot.waitUntil(lambda: visits.stats.posts[(key, "C1002")] == 1, timeout=8000)
    qtbot.waitUntil(lambda: "customer" in counter.lane.snapshot(), timeout=8000)
    qtbot.wait(200)
    assert parts.join.view.status == "joined" and not parts.pill.isVisible()
    assert window.visible_screen is Screen.SALE


def test_the_display_keeps_working_when_the_visit_api_is_down(shop, qtbot):
    counter, visits, open_display = shop
    drive(qtbot, visits.stop())
    display = open_display(greeting=True)
    window, parts = display.window, display.visits
    counter.lane.start_sale()
    counter.lane.add_item("DAI0002")
    qtbot.waitUntil(lambda: window.visible_screen is Screen.SALE, timeout=8000)
    scan(qtbot, window, "C1001")
    counter.lane.add_item("DAI0011")  # the sale goes on, line by line
    qtbot.waitUntil(lambda: window.sale.model.rowCount() == 2, timeout=8000)
    assert parts.join.view.status == "pending" and not parts.pill.isVisible()
    drive(qtbot, visits.start())  # back: the queued association lands, then the greeting
    qtbot.waitUntil(lambda: parts.pill.isVisible(), timeout=15000)
    assert parts.pill.text == "Welcome back, Aroha"


def test_session_placeholder_alone_fills_the_qr_and_leaves_keys_alone(qloop, qtbot):  # noqa: F811
    from display_app.ui.display.controller import start_display

    counter = CounterSimulator(host="127.0.0.1", port=0, status_interval=None, speed=50.0)
    drive(qtbot, counter.start())
    cfg = Config(counter=counter.url, thankyou_url="https://r.example/{session}", thankyou_seconds=30.0)
    display = start_display(cfg, show=False, size=(1280, 800))
    try:
        display.window.show()
        qtbot.waitUntil(lambda: display.client.connected, timeout=8000)
        assert display.visits is not None and display.visits.reader is None
        key = counter.lane.start_sale()
        counter.lane.add_item("DAI0002")
        counter.lane.pay("Cash", 10)
        counter.lane.complete()
        qtbot.waitUntil(lambda: display.window.visible_screen is Screen.THANKYOU, timeout=8000)
        assert display.window.thankyou.qr.text == f"https://r.example/{key}"
    finally:
        drive(qtbot, display.close())
        drive(qtbot, counter.stop())


# A display with shopper identification on, in a fresh interpreter: is the HTTP library
# (aiohttp, ~150 ms to import) in the process by its first frame, and a few seconds later?
FIRST_FRAME_CHECK = """
import asyncio, sys
import qasync
from display_app.ui.shell import runtime
from display_app.config import Config
from display_app.visits import replay

app = runtime.application(sys.argv[:1])
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)

async def main():
    from display_app.ui.display.controller import start_display
    run = start_display(Config(counter="127.0.0.1:9", visits_url="http://127.0.0.1:9", visits_agent="lane-1"), size=(800, 480))
    while run.window.paints == 0:
        await asyncio.sleep(0.005)
    at_first_frame = "aiohttp" in sys.modules
    await asyncio.sleep(replay.WARM_HTTP_SECONDS + 1.0)
    later = "aiohttp" in sys.modules
    await run.close()
    print(at_first_frame, later)

loop.run_until_complete(main())
"""


def test_the_http_library_loads_after_the_first_frame_not_before():
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", FIRST_FRAME_CHECK], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split()[-2:] == ["False", "True"], proc.stdout + proc.stderr[-2000:]
