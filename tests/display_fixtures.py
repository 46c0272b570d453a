"""Fixtures for the customer display tests: a qasync loop that pytest-qt drives, and a
live display against the real counter simulator over a real socket.

engineering-notes.md section 5.2, pattern A: ``QEventLoop(qapp, already_running=True)``
marks the loop as running, so ``qtbot.waitUntil`` (which spins Qt's event loop) also
runs the asyncio tasks: the simulator's server, the counter link, the scenario.
Tests stay synchronous. Import the fixtures explicitly::

    from display_fixtures import qloop, live, drive  # noqa: F401
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Awaitable, Callable

os.environ.setdefault("QT_API", "pyside6")

import PySide6  # noqa: E402,F401  (before qasync)
import pytest  # noqa: E402
import qasync  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))

from display_app import heap  # noqa: E402
from display_app.config import Config  # noqa: E402
from display_app.simulator.counter.server import CounterSimulator  # noqa: E402

DEFAULT_TIMEOUT_MS = 8000


def shown_window(qtbot: Any, size: tuple[int, int] = (1280, 800), *, animations: bool = False) -> Any:
    """A customer display window on screen at ``size`` (exposed), animations off unless
    asked for, that pytest-qt closes after the test."""
    from display_app.ui.display.window import DisplayWindow

    window = DisplayWindow()
    if not animations:
        window.set_animations(False)
    window.resize(*size)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def qloop(qapp: Any) -> Any:
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    heap.collect_on_the_loop(loop)  # as ui/shell/runtime.py does: never a collection on a worker thread
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    deadline = time.monotonic() + 3.0
    while any(not t.done() for t in pending) and time.monotonic() < deadline:
        qapp.processEvents()
    # Mark the loop stopped without loop.stop(): that calls app.exit(), which would
    # end the next test's first wait at once.
    loop._QEventLoop__is_running = False
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)
    gc.collect()  # the test's garbage, here on the Qt thread
    gc.enable()


def drive(qtbot: Any, awaitable: Awaitable[Any], timeout_ms: int = DEFAULT_TIMEOUT_MS) -> Any:
    """Run ``awaitable`` on the qasync loop (spinning Qt) and return its result."""
    task = asyncio.ensure_future(awaitable)
    qtbot.waitUntil(task.done, timeout=timeout_ms)
    return task.result()


def wait_for(qtbot: Any, condition: Callable[[], Any], timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
    """Wait (spinning Qt and asyncio) until ``condition()`` holds; its AssertionError explains a failure."""

    def check() -> None:
        result = condition()
        if result is False or result is None:
            raise AssertionError(f"condition not met: {condition}")

    qtbot.waitUntil(check, timeout=timeout_ms)


@dataclass
class Live:
    """A customer display running against a simulator, for one test."""

    sim: CounterSimulator
    display: Any  # controller.DisplayRun
    cfg: Config
    qtbot: Any

    @property
    def window(self) -> Any:
        return self.display.window

    @property
    def controller(self) -> Any:
        return self.display.controller

    def wait(self, condition: Callable[[], Any], timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        wait_for(self.qtbot, condition, timeout_ms)

    def run(self, awaitable: Awaitable[Any], timeout_ms: int = DEFAULT_TIMEOUT_MS) -> Any:
        return drive(self.qtbot, awaitable, timeout_ms)

    def line_texts(self) -> list[str]:
        model = self.window.sale.model
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    def state_file(self) -> dict[str, Any]:
        return json.loads(Path(self.cfg.state_file).read_text(encoding="utf-8"))


@pytest.fixture
def live(qloop: Any, qtbot: Any, tmp_path: Path) -> Any:
    """A started simulator (no scenario, fast pace) and a display connected to it, idle."""
    from display_app.ui.display.controller import start_display

    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None, speed=50.0)
    drive(qtbot, sim.start())
    cfg = Config(
        counter=sim.url,
        state_file=str(tmp_path / "state.json"),
        thankyou_url="https://receipts.example.com/r/{sale}",
        thankyou_seconds=30.0,
    )
    display = start_display(cfg, show=False, size=(1280, 800))
    display.window.set_animations(False)
    display.window.show()
    running = Live(sim=sim, display=display, cfg=cfg, qtbot=qtbot)
    running.wait(lambda: display.client.connected and display.window.idle.name.text() == sim.store["storename"])
    yield running
    drive(qtbot, display.close())
    drive(qtbot, sim.stop())


ARABIC_WALL = ('locale = "en_NZ"', 'locale = "ar_EG"\nlanguage = "ar"')  # the estate's stores file, in Arabic


@contextlib.contextmanager
def running_wall(qtbot: Any, stores: int, lanes: int, *, seed: int, arabic: bool = False, size: tuple[int, int] = (1280, 720),
                 ready: Callable[[Any], bool] | None = None, **window_options: Any) -> Any:
    """A Lane Wall window over a simulated estate of ``stores`` x ``lanes`` (real sockets),
    shown at ``size`` once every store is online (and ``ready(window)``, if given); yields
    (estate, feed, window) and takes them down after. ``arabic``: the stores file says
    ``ar_EG`` and language ``ar``."""
    from display_app.simulator.stores.estate import EstateSimulator
    from display_app.ui.wall.window import WallWindow
    from display_app.wall import config as wallconfig
    from display_app.wall.feed import WallFeed

    estate = EstateSimulator(stores, lanes, cashiers=False, status_interval=1.0, seed=seed)
    drive(qtbot, estate.start())
    text = estate.wall_config()
    cfg = wallconfig.parse(text.replace(*ARABIC_WALL) if arabic else text)
    feed = WallFeed(cfg, first_delay=0.1, max_delay=0.3)
    task = asyncio.ensure_future(feed.run())
    window = WallWindow(feed.model, locale=cfg.locale, currency=cfg.currency, **window_options)
    window.resize(*size)
    window.show()
    try:
        wait_for(qtbot, lambda: feed.model.totals().stores_online == stores and (ready is None or ready(window)))
        yield estate, feed, window
    finally:
        window.shutdown()
        window.close()
        task.cancel()
        drive(qtbot, asyncio.gather(task, return_exceptions=True))
        drive(qtbot, estate.stop())


@contextlib.contextmanager
def tablet_with_pagers(qtbot: Any, *, locale: str, currency: str, lane_label: str) -> Any:
    """A presell tablet with its pager step, on the counter simulator and a pager base
    simulator (real sockets), shown and connected; yields (counter, base, run, step) and
    takes them down after."""
    from display_app.simulator.pager.server import PagerSimulator
    from display_app.simulator.pager.station import BaseStation
    from display_app.ui.presell.main import start_presell
    from display_app.ui.presell.pagers import install_pagers

    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    drive(qtbot, sim.start())
    base = PagerSimulator(BaseStation(), host="127.0.0.1")
    drive(qtbot, base.start())
    run = start_presell(Config(counter=sim.url, store_locale=locale, store_currency=currency), show=False, remember=False, size=(1280, 800))
    step = install_pagers(run, host="127.0.0.1", port=base.port, goal_s=300, lane_label=lane_label, shows_text=True, poll_s=0.1)
    try:
        run.window.show()
        wait_for(qtbot, lambda: run.tablet.state.connected)
        yield sim, base, run, step
    finally:
        drive(qtbot, run.close())
        drive(qtbot, step.close())
        drive(qtbot, base.stop())
        drive(qtbot, sim.stop())
