"""``python -m display_app.ui.display.greeting_bench RUNS``: scan-to-greeting on a real
customer display (the bench runs it as a child process, as it runs the display itself).

In one process: the counter simulator and the visit-session simulator (linked as in
``display-app simulate --visits-port``), a customer display with the greeting on. Each run
rings up a sale, "scans" a loyalty code into the window (key events, as a wedge scanner
sends them) and times until the greeting pill has been painted. Prints one JSON object.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


async def _main(app: object, runs: int) -> int:
    from ...config import Config
    from ...sale.model import Screen
    from ...simulator.counter.server import CounterSimulator
    from ...simulator.visits.customers import link_lane
    from ...simulator.visits.server import VisitSimulator
    from .controller import start_display

    counter = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    visits = VisitSimulator()
    await counter.start()
    await visits.start()
    link_lane(visits, counter.lane)
    cfg = Config(counter=counter.url, visits_url=visits.url, greeting=True, thankyou_seconds=0.2)
    display = start_display(cfg, show=False, size=(1280, 800))
    display.window.set_animations(False)
    display.window.show()
    window, parts = display.window, display.visits
    painted: list[float] = []
    original = parts.pill.paintEvent

    def stamped(event: object) -> None:
        original(event)
        painted.append(time.monotonic())

    parts.pill.paintEvent = stamped  # type: ignore[method-assign]

    async def until(condition: object, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():  # type: ignore[operator]
            if time.monotonic() > deadline:
                raise TimeoutError("the display did not get there")
            await asyncio.sleep(0.002)

    times: list[float] = []
    try:
        await until(lambda: display.client.connected)
        for n in range(runs):
            counter.lane.clear()
            counter.lane.start_sale()
            counter.lane.add_item("DAI0002")
            await until(lambda: window.visible_screen is Screen.SALE and not parts.pill.isVisible())
            painted.clear()
            started = time.monotonic()
            QTest.keyClicks(window, "C1001")
            QTest.keyClick(window, Qt.Key.Key_Return)
            await until(lambda: bool(painted))
            times.append((painted[0] - started) * 1000)
    finally:
        await display.close()
        await visits.stop()
        await counter.stop()
    times.sort()
    print(json.dumps({
        "runs": len(times),
        "p50_ms": round(times[len(times) // 2], 1),
        "max_ms": round(times[-1], 1),
    }), flush=True)
    return 0


def main(argv: list[str]) -> int:
    from ..shell.runtime import run

    runs = int(argv[1]) if len(argv) > 1 else 10
    return run(lambda app: _main(app, runs), argv[:1])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
