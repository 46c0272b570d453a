"""The customer display in kiosk mode on a real X server (run by tests/test_x11.py).

    python tests/x11/kiosk_display.py MODE LOG_DIR

MODE:
  start          kiosk start-up with xset on the PATH (the field crash: startDetached)
  crash-start    the screen fails while coming up (after its counter link started)
  crash-running  the main coroutine dies while the screen is up, leaving its link running

Runs the real pieces: the counter simulator, ``run_guarded(run_display)`` as the
``display`` command does, the xcb platform. Prints one JSON line of what it saw.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

MODE, LOG_DIR = sys.argv[1], Path(sys.argv[2])

from display_app import logs  # noqa: E402
from display_app.config import Config  # noqa: E402

logs.setup_logging(Config(log_level="DEBUG"), console=False, log_dir=LOG_DIR)

from PySide6.QtWidgets import QApplication  # noqa: E402

from display_app.sale.model import Screen  # noqa: E402
from display_app.simulator.counter.server import CounterSimulator  # noqa: E402
from display_app.ui.display import controller  # noqa: E402
from display_app.ui.display.window import DisplayWindow  # noqa: E402
from display_app.ui.shell import kiosk, runtime  # noqa: E402

result: dict[str, Any] = {"mode": MODE}


async def until(condition: Any, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


def windows() -> list[DisplayWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DisplayWindow) and w.isVisible()]


def xset_query() -> str:
    xset = shutil.which("xset")
    return subprocess.run([xset, "q"], capture_output=True, text=True, timeout=10).stdout if xset else ""


async def scenario(app: Any) -> int:
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    await sim.start()
    cfg = Config(counter=sim.url, kiosk=True, exit_pin="2580")
    attempts = 0

    if MODE == "crash-start":
        real = kiosk.inhibit_screen_blanking

        def failing_once() -> str:
            if attempts == 1:
                raise TypeError("simulated: the screen failed while coming up")
            return real()

        kiosk.inhibit_screen_blanking = failing_once  # called by the kiosk guard, after the link started

    async def main() -> int:
        nonlocal attempts
        attempts += 1
        if MODE == "crash-running" and attempts == 1:
            run = controller.start_display(cfg)
            await until(lambda: run.client.connected, "the first screen's link")
            await until(lambda: len(sim.sessions) == 1, "the counter to see the first screen")
            raise RuntimeError("simulated: the main coroutine died with its screen up")
        return await controller.run_display(cfg, app)

    guarded = asyncio.ensure_future(kiosk.run_guarded(main, delay=0.5))
    try:
        await until(lambda: attempts >= (2 if MODE != "start" else 1) and windows(), "the screen")
        window = windows()[0]
        await until(lambda: window.state.connection == "connected", "the counter link")
        await asyncio.sleep(0.5)
        # Sale messages after the restart: a failed screen's link would still be fed them.
        sim.lane.start_sale()
        for sku in ("DAI0002", "BAK0004", "SNK0009"):
            sim.lane.add_item(sku)
            await asyncio.sleep(0.2)
        await until(lambda: window.visible_screen is Screen.SALE and window.sale.model.rowCount() == 3, "the sale on screen")
        await asyncio.sleep(1.0)
        deadline = time.monotonic() + 3
        query = xset_query()
        while "timeout:  0" not in query and time.monotonic() < deadline:  # xset runs detached
            await asyncio.sleep(0.1)
            query = xset_query()
        screen = window.screen().geometry()
        result.update(
            platform=QApplication.platformName(),
            attempts=attempts,
            windows=len(windows()),
            full_screen=window.isFullScreen(),
            window_geometry=[window.geometry().x(), window.geometry().y(), window.width(), window.height()],
            screen_geometry=[screen.x(), screen.y(), screen.width(), screen.height()],
            counter_sessions=len(sim.sessions),
            counter_connections=sim.connection_count,
            xset_on_path=shutil.which("xset") is not None,
            screensaver_off="timeout:  0" in query,
            lines=window.sale.model.rowCount(),
        )
    finally:
        guarded.cancel()
        try:
            await guarded
        except asyncio.CancelledError:
            pass
        await sim.stop()
    return 0


try:
    result["exit"] = runtime.run(scenario)
except Exception as exc:  # report, do not hide: the test prints it
    result["error"] = f"{type(exc).__name__}: {exc}"
log_text = (LOG_DIR / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
result["tracebacks"] = log_text.count("Traceback")
result["deleted_object_errors"] = log_text.count("already deleted")
result["restart_lines"] = log_text.count("the main screen failed; restarting it")
result["xset_line"] = "screen blanking turned off with xset" in log_text
result["errors"] = [line for line in log_text.splitlines() if " ERROR " in line or " CRITICAL " in line][:20]
print(json.dumps(result))
