"""``display-app --self-test``: prove this build works, end to end, in a second or two.

Offscreen (QT_QPA_PLATFORM=offscreen unless already set), it starts the embedded
counter simulator on 127.0.0.1 (a free port), a customer display connected to it over
a real WebSocket, rings up a quick sale on the simulated lane (including a weighed
line), pays and completes it, and checks through the state probe that the display
showed it: screen "sale" with the lane's total, then "thankyou" with the same total.
It also renders the window once (fonts, QR code, image plugins).

Prints one line of JSON and exits 0 when the sale reached the screen, or 1 with
``"reason"``. ``--self-test-report PATH`` writes the same JSON to a file (a windowed
Windows build has no console to print to).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from .. import __version__
from ..paths import is_frozen

log = logging.getLogger(__name__)

DEADLINE = 20.0  # seconds for the whole check; each wait has its own shorter one
SALE = (("DAI0002", {}), ("BAK0003", {}), ("SNK0008", {"qty": 2}), ("PRO0001", {"grams": 1180}))


class SelfTestFailed(Exception):
    pass


def _startup_code() -> dict[str, dict[str, int]] | None:
    """What the build's stored start-up code saved in this run: for dataclass methods,
    named tuples and regular expressions, the compiles saved (``hits``) and not
    (``misses``). None without it (a source checkout). The bundle's entry point installs
    it (packaging/startup_code.py, a top-level module there) before anything else."""
    stored = sys.modules.get("startup_code")
    return stored.report() if stored is not None and stored.INSTALLED else None


def _qt_enums() -> dict[str, Any] | None:
    """How the bundle built PySide's enum classes in this run (packaging/qt_enums.py,
    installed by a runtime hook): how many by its builder and how many by the functional
    API, and, for every enum of QtCore, QtGui and QtWidgets, whether this interpreter's
    builder makes the same class (``differences``: the first few found). None without it
    (a source checkout)."""
    qt_enums = sys.modules.get("qt_enums")
    if qt_enums is None or not qt_enums.INSTALLED:
        return None
    from PySide6 import QtCore, QtGui, QtWidgets

    built = qt_enums.report()  # before the check builds every enum the run had not used
    compared, differences = qt_enums.check(qt_enums.enum_classes([QtCore, QtGui, QtWidgets]))
    return {**built, "compared": compared, "differences": differences[:5]}


def run(args: argparse.Namespace | None = None) -> int:
    """Run the self-test; print (and maybe write) the JSON line; 0 on success."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report_path = getattr(args, "self_test_report", None) if args is not None else None
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    started = time.monotonic()
    result: dict[str, Any] = {"ok": False, "version": __version__, "frozen": is_frozen(), "python": platform.python_version()}
    try:
        from .shell import runtime

        async def main(app: Any) -> int:
            await asyncio.wait_for(_check(app, result), DEADLINE)
            return 0

        runtime.run(main)
        result["ok"] = True
    except SelfTestFailed as exc:
        result["reason"] = str(exc)
    except TimeoutError:
        result["reason"] = f"timed out after {DEADLINE:g} s at step: {result.get('step', '?')}"
    except BaseException as exc:  # the self-test must always answer with JSON
        if isinstance(exc, KeyboardInterrupt):
            raise
        log.exception("self-test failed")
        result["reason"] = f"{type(exc).__name__}: {exc}"
    result["seconds"] = round(time.monotonic() - started, 3)
    result["startup_code"] = _startup_code()
    result["qt_enums"] = _qt_enums()
    if result["ok"] and result["qt_enums"] and result["qt_enums"]["differences"]:
        result["ok"] = False
        result["reason"] = "PySide's enums as packaging/qt_enums.py builds them differ from the functional API's"
    result.pop("step", None)
    line = json.dumps(result, sort_keys=True)
    print(line, flush=True)
    if report_path:
        try:
            Path(report_path).write_text(line + "\n", encoding="utf-8")
        except OSError as exc:
            print(f"display-app: cannot write the self-test report to {report_path}: {exc}", file=sys.stderr)
            return 1
    return 0 if result["ok"] else 1


async def _wait(what: str, predicate: Callable[[], Any], timeout: float, result: dict[str, Any]) -> Any:
    result["step"] = what
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise SelfTestFailed(f"{what}: not within {timeout:g} s")
        await asyncio.sleep(0.02)


#: Lines of the self-test's big sale: frames past fd1.frames.MIN_BYTES, read by outline (msgspec).
BIG_SALE_LINES = 150


async def _big_sale(lane: Any, client: Any, probe: Callable[[], dict[str, Any]], result: dict[str, Any]) -> dict[str, int]:
    """A big sale and a change to its last line reach the screen, its frames read by their
    outline (fd1/frames.py: msgspec, which the build must carry) with the unchanged lines kept."""
    lane.load_counted_sale(BIG_SALE_LINES)
    lane.set_qty(lane.last_seq, 3)
    expected = str(lane.total())

    def shown() -> bool:
        sale = probe().get("sale") or {}
        return sale.get("total") == expected and len(sale.get("lines", ())) == BIG_SALE_LINES

    await _wait("a big sale on screen", shown, 5.0, result)
    frames = client.frames
    if frames.outlined < 2 or frames.items_kept < BIG_SALE_LINES - 1:
        raise SelfTestFailed(f"a big sale's frames were not read by outline: {frames.outlined} outlined, {frames.items_kept} lines kept")
    return {"outlined": frames.outlined, "kept": frames.items_kept, "decoded": frames.items_decoded}


async def _check(app: Any, result: dict[str, Any]) -> None:
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    from ..config import Config
    from ..sale.probe import screen_state_json
    from ..simulator.counter.server import CounterSimulator
    from .display.controller import start_display

    result["qt"] = qVersion()
    result["platform"] = QGuiApplication.platformName()
    result["step"] = "starting the simulator"
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    await sim.start()
    display = None
    try:
        cfg = Config(counter=sim.url, thankyou_url="https://receipts.example.com/r/{sale}", thankyou_seconds=30.0)
        display = start_display(cfg, show=False, size=(1024, 600))
        display.window.show()

        def probe() -> dict[str, Any]:
            return screen_state_json(display.controller.state)

        await _wait("connecting to the simulator", lambda: probe()["connection"]["state"] == "connected", 10.0, result)
        lane = sim.lane
        lane.start_sale()
        for sku, extra in SALE:
            lane.add_item(sku, **extra)
        expected = str(lane.total())
        result["expected_total"] = expected

        def showing(screen: str) -> bool:
            state = probe()
            sale = state.get("sale") or {}
            return state["screen"] == screen and sale.get("total") == expected and len(sale.get("lines", ())) == len(SALE)

        await _wait("sale on screen", lambda: showing("sale"), 5.0, result)
        lane.pay("EFTPOS", Decimal(expected))
        lane.complete()
        await _wait("thank-you on screen", lambda: showing("thankyou"), 5.0, result)
        state = probe()
        result.update(screen=state["screen"], total=state["sale"]["total"], lines=len(state["sale"]["lines"]), store=state["store"]["name"])
        result["big_sale"] = await _big_sale(lane, display.client, probe, result)
        result["step"] = "loading the translations and fonts"
        from PySide6.QtCore import QCoreApplication

        from ..sale.language import LANGUAGES
        from .display import theme
        from .widgets import i18n

        loaded = [code for code in LANGUAGES if i18n.use(code) == code]
        german = i18n.use("de") and QCoreApplication.translate("Display", "To pay")
        i18n.use(display.controller.state.language)
        if loaded != list(LANGUAGES) or german != "Zu zahlen":
            raise SelfTestFailed(f"translations missing from the build: only {loaded} load")
        result["languages"] = loaded
        result["fonts"] = list(theme.font_families())
        if len(result["fonts"]) < 5:
            raise SelfTestFailed(f"bundled fonts missing from the build: {result['fonts']}")
        result["step"] = "Unicode case mapping (ICU's data, slimmed by the build)"
        from PySide6.QtCore import QLocale

        result["case_mapping"] = QLocale("tr_TR").toUpper("istanbul")
        if result["case_mapping"] != "\u0130STANBUL":
            raise SelfTestFailed(f"ICU's case mapping is missing from the build: Turkish upper case gave {result['case_mapping']!r}")
        result["step"] = "rendering the window"
        image = display.window.grab().toImage()
        if image.isNull() or image.width() < 100:
            raise SelfTestFailed("the window did not render")
        result["rendered"] = f"{image.width()}x{image.height()}"
    finally:
        if display is not None:
            await display.close()
        await sim.stop()
