"""The order-ready board, live against the base-station simulator over loopback UDP,
with real widgets offscreen: what a guest and staff see, how fast a page shows."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from display_app.pagers.board import probe
from display_app.pagers.link import PagerLink
from display_app.simulator.pager.server import PagerSimulator
from display_app.simulator.pager.station import BaseStation
from display_app.ui.board import view as board_view
from display_app.ui.board.main import parse_pager, start_board
from display_fixtures import drive, qloop, wait_for  # noqa: F401


def _colour_share(image: QImage, colour: QColor, step: int = 4) -> float:
    """The share of sampled pixels that are ``colour`` (within a small tolerance)."""
    hits = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            total += 1
            if abs(c.red() - colour.red()) < 6 and abs(c.green() - colour.green()) < 6 and abs(c.blue() - colour.blue()) < 6:
                hits += 1
    return hits / max(1, total)


@pytest.fixture
def base(qtbot: Any, qloop: Any) -> Any:  # noqa: F811
    sim = PagerSimulator(BaseStation(), host="127.0.0.1")
    drive(qtbot, sim.start())
    yield sim
    drive(qtbot, sim.stop())


def test_board_shows_waiting_and_called_guests_and_a_page_at_once(qtbot: Any, qloop: Any, base: PagerSimulator) -> None:  # noqa: F811
    base.station.create({"number": 66, "label": "Sarah", "goal": 300})
    base.station.create({"number": 67})
    board = start_board("127.0.0.1", base.port, size=(1280, 720))

    try:
        wait_for(qtbot, lambda: board.window.state.reachable)
        assert [e["name"] for e in probe(board.window.state)["getting_ready"]] == ["Sarah", "#67"], board.window.state
        wait_for(qtbot, lambda: board.feed.observing)
        assert probe(board.window.state)["ready"] == []

        painted: list[tuple[Any, float]] = []
        board.window.painted.connect(lambda state, t: painted.append((state, t)))
        link = PagerLink("127.0.0.1", base.port)
        drive(qtbot, link.page(66, message="Lane 2"))
        # pushed by Observe, not found by the 5 s safety poll (the bench times page to pixels)
        wait_for(qtbot, lambda: any(any(e.number == 66 for e in s.ready) for s, _ in painted), timeout_ms=2000)
        shown = probe(board.window.state)
        assert [e["name"] for e in shown["ready"]] == ["Sarah"] and [e["name"] for e in shown["getting_ready"]] == ["#67"]
        footer = shown["footer"]
        assert (footer["guests_served"], footer["percent_on_time"]) == (1, 100)
        assert footer["average_wait_s"] in (0, 1)  # paged at once (the base counts whole seconds)
        drive(qtbot, link.close())
    finally:
        drive(qtbot, board.close())


def test_a_guest_past_the_goal_turns_to_attention(qtbot: Any, qloop: Any, base: PagerSimulator) -> None:  # noqa: F811
    station = base.station
    real = station.clock
    station.clock = lambda: real() - __import__("datetime").timedelta(seconds=90)
    station.create({"number": 5, "label": "Late Lou", "goal": 60})
    station.clock = real
    station.create({"number": 6, "label": "On-time Ona", "goal": 600})
    board = start_board("127.0.0.1", base.port, size=(1280, 720))

    try:
        wait_for(qtbot, lambda: len(board.window.state.waiting) == 2)
        shown = {e["name"]: e for e in probe(board.window.state)["getting_ready"]}
        assert shown["Late Lou"]["late"] is True and shown["Late Lou"]["waited_s"] >= 90
        assert shown["On-time Ona"]["late"] is False
        image = board.window.grab().toImage()
        assert _colour_share(image, board_view.ATTENTION_BG) > 0.005  # the late row's band is on screen
        # and only one row has it: half the rows late would be far more
        assert _colour_share(image, board_view.ATTENTION_BG) < 0.06
    finally:
        drive(qtbot, board.close())


def test_unreachable_base_keeps_the_list_and_says_so(qtbot: Any, qloop: Any) -> None:  # noqa: F811
    station = BaseStation()
    sim = PagerSimulator(station, host="127.0.0.1")
    drive(qtbot, sim.start())
    station.create({"number": 1, "label": "Kept"})
    board = start_board("127.0.0.1", sim.port, size=(1280, 720))
    board.feed.retry_s = 0.2

    try:
        wait_for(qtbot, lambda: [e.name for e in board.window.state.waiting] == ["Kept"])
        drive(qtbot, sim.stop())
        wait_for(qtbot, lambda: board.window.state.reachable is False)
        assert [e.name for e in board.window.state.waiting] == ["Kept"]  # the last known list stays up
        station.create({"number": 2, "label": "After"})
        sim2 = PagerSimulator(station, host="127.0.0.1", port=sim.port)
        drive(qtbot, sim2.start())
        wait_for(qtbot, lambda: [e.name for e in board.window.state.waiting] == ["Kept", "After"] and board.window.state.reachable)
        drive(qtbot, sim2.stop())
    finally:
        drive(qtbot, board.close())


def test_two_hundred_guests_paint_within_a_frame(qtbot: Any, qloop: Any, base: PagerSimulator) -> None:  # noqa: F811
    for n in range(200):
        base.station.create({"number": n, "label": f"Guest {n}"})
        if n % 3 == 0:
            base.station.act(n, {"action": "page"})
    board = start_board("127.0.0.1", base.port, size=(1920, 1080))

    try:
        wait_for(qtbot, lambda: len(board.window.state.waiting) + len(board.window.state.ready) == 200)
        image = board.window.grab().toImage()
        assert image.width() == 1920 and board.window.paints > 0  # painted (the bench times the frame)
        shown = probe(board.window.state)
        assert len(shown["ready"]) == 67 and len(shown["getting_ready"]) == 133
    finally:
        drive(qtbot, board.close())


def test_parse_pager_addresses() -> None:
    assert parse_pager("10.0.0.9") == ("10.0.0.9", 5683)
    assert parse_pager("base:6000") == ("base", 6000)
    assert parse_pager("coap://[::1]:7000/") == ("::1", 7000)
    with pytest.raises(ValueError):
        parse_pager("base:notaport")


def test_board_command_writes_state_file_and_screenshot(tmp_path: Path) -> None:
    shot, state = tmp_path / "board.png", tmp_path / "board.json"
    proc = subprocess.run(
        [sys.executable, "-m", "display_app", "board", "--simulate", "--quit-after", "2", "--window-size", "1080x1920", "--screenshot", str(shot), "--state-file", str(state)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1080, 1920)
    shown = json.loads(state.read_text())
    assert shown["screen"] == "board" and shown["reachable"] is True
    assert shown["ready"] and shown["getting_ready"] and shown["footer"]["guests_served"] == 2


def test_board_command_without_a_base_is_one_clear_line() -> None:
    proc = subprocess.run([sys.executable, "-m", "display_app", "board"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "--pager" in proc.stderr and "Traceback" not in proc.stderr


def test_a_flood_of_changes_costs_far_fewer_reads_and_ends_right(qtbot: Any, qloop: Any, base: PagerSimulator) -> None:  # noqa: F811
    board = start_board("127.0.0.1", base.port, size=(1280, 720))
    try:
        wait_for(qtbot, lambda: board.feed.observing)
        before = board.feed.refreshes
        link = PagerLink("127.0.0.1", base.port)

        async def flood() -> None:  # 90 changes as fast as the base takes them, 10 at a time
            for start in range(0, 60, 10):
                await asyncio.gather(*(link.create(n, label=f"G{n}") for n in range(start, start + 10)))
            for start in range(0, 60, 20):
                await asyncio.gather(*(link.page(n) for n in range(start, start + 20, 2)))

        drive(qtbot, flood(), timeout_ms=30000)
        drive(qtbot, link.close())
        wait_for(qtbot, lambda: len(board.window.state.ready) == 30 and len(board.window.state.waiting) == 30)
        reads = board.feed.refreshes - before
        assert reads < 45, f"{reads} GETs for 90 changes: notifications should coalesce"
        assert probe(board.window.state)["footer"]["guests_served"] == 30
    finally:
        drive(qtbot, board.close())


def test_a_base_without_observe_is_polled_with_etags(qtbot: Any, qloop: Any) -> None:  # noqa: F811
    sim = PagerSimulator(BaseStation(), host="127.0.0.1", observe=False)  # as the T7470 documents it
    drive(qtbot, sim.start())
    sim.station.create({"number": 4, "label": "Polled"})
    board = start_board("127.0.0.1", sim.port, size=(1280, 720), poll_s=0.2)
    try:
        wait_for(qtbot, lambda: [e.name for e in board.window.state.waiting] == ["Polled"])
        qtbot.wait(300)
        assert board.feed.observing is False
        requests = sim.requests
        qtbot.wait(1000)
        assert 3 <= sim.requests - requests <= 8  # about one GET every 0.2 s, each answered 2.03
        assert [e.name for e in board.window.state.waiting] == ["Polled"]
        sim.station.act(4, {"action": "page"})
        wait_for(qtbot, lambda: [e.name for e in board.window.state.ready] == ["Polled"], timeout_ms=2000)
    finally:
        drive(qtbot, board.close())
        drive(qtbot, sim.stop())


def test_an_unreadable_list_is_one_logged_error_and_the_board_keeps_working(qtbot: Any, qloop: Any, base: PagerSimulator, caplog: Any) -> None:  # noqa: F811
    base.station.create({"number": 8, "label": "Still here"})
    board = start_board("127.0.0.1", base.port, size=(1280, 720), poll_s=0.1)
    board.feed.safety_poll_s = 0.1
    try:
        wait_for(qtbot, lambda: [e.name for e in board.window.state.waiting] == ["Still here"])
        base.garble = True
        base.station.create({"number": 9})  # a change: the board reads the list again
        wait_for(qtbot, lambda: board.window.state.error)
        reads = board.feed.refreshes
        wait_for(qtbot, lambda: board.feed.refreshes >= reads + 5)  # it keeps trying, at the poll rate
        errors = [r for r in caplog.records if r.levelname == "ERROR" and "unusable list" in r.getMessage()]
        assert len(errors) == 1
        assert [e.name for e in board.window.state.waiting] == ["Still here"]  # the last good list stays up
        image = board.window.grab().toImage()
        assert image.width() == 1280
        base.garble = False
        wait_for(qtbot, lambda: [e.name for e in board.window.state.waiting] == ["Still here", "#9"] and not board.window.state.error)
    finally:
        drive(qtbot, board.close())
