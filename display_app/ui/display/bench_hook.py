"""Paint stamps for ``display-app bench`` (display_app/bench): off unless asked for.

When the environment variable ``DISPLAY_APP_BENCH_STAMPS`` names a file, the live
display appends one JSON line to it each time a changed state has been painted::

    {"t": <time.monotonic_ns() right after the paint>, "screen": "sale",
     "conn": "connected", "when": "<the sale's datetimelocal>", "recv": <updates received>}

The benchmark's counter puts a sequence number in ``datetimelocal`` (the display never
shows it), so the stamp says which snapshot reached the screen; ``recv`` minus the
previous stamp's ``recv`` is how many updates were coalesced into this paint.
CLOCK_MONOTONIC is system-wide, so the benchmark compares it with its own clock.

Cost when off: one environment lookup at start. When on: an event filter on the
top-level window (a few microseconds per repaint) and one short write per paint.

Repainted area (``DISPLAY_APP_BENCH_DAMAGE=1`` as well): an application-wide filter adds
up Qt's own paint-event regions of every widget, in window pixels, for each repaint of
the window. Each stamp then also carries ``area`` (pixels repainted by the repaint that
showed the state), ``between`` (pixels repainted since the previous stamp by repaints
that showed no new state: the newest line's fade, the clock), ``frames`` (how many of
those) and ``window`` (the window's pixels). It costs a Python call per event, so the
benchmark measures it in a run of its own.

Start-up modules (``DISPLAY_APP_BENCH_MODULES=1`` as well): right after the first stamp
with the counter connected, one ``{"event": "modules", "names": [...]}`` line lists every
module the process had imported by then. ``make startup-modules`` records it into
packaging/startup-modules.txt, the modules the build stores uncompressed.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from typing import Any, TextIO

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QRegion

log = logging.getLogger(__name__)

ENV = "DISPLAY_APP_BENCH_STAMPS"
DAMAGE_ENV = "DISPLAY_APP_BENCH_DAMAGE"
MODULES_ENV = "DISPLAY_APP_BENCH_MODULES"


class PaintedArea(QObject):
    """Adds up the regions of every widget's paint events (application-wide filter)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.region = QRegion()
        from PySide6.QtWidgets import QApplication

        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window() is self.window:
            self.region += event.region().translated(obj.mapTo(self.window, QPoint(0, 0)))
        return False

    def take(self) -> int:
        """Pixels painted since the last call."""
        area = sum(r.width() * r.height() for r in self.region)
        self.region = QRegion()
        return area


class PaintStamps(QObject):
    """Writes a stamp once the window's repaint that showed a new state has finished."""

    def __init__(self, run: Any, out: TextIO) -> None:
        super().__init__(run.window)
        self.window = run.window
        self.controller = run.controller
        self.out = out
        self._seen = self.window.paints
        self.damage = PaintedArea(self.window) if os.environ.get(DAMAGE_ENV) else None
        self.modules_pending = bool(os.environ.get(MODULES_ENV))
        self._between = 0  # pixels repainted since the last stamp without a new state
        self._frames = 0
        self.window.installEventFilter(self)
        self.write({"t": time.monotonic_ns(), "event": "start", "pid": os.getpid()})

    def write(self, record: dict[str, Any]) -> None:
        try:
            self.out.write(json.dumps(record, separators=(",", ":")) + "\n")
            self.out.flush()
        except (OSError, ValueError) as exc:
            log.error("bench stamps: cannot write: %s", exc)

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
        if obj is not self.window or event.type() != QEvent.Type.UpdateRequest:
            return False
        # Deliver the repaint ourselves (filters do not see a direct event() call), so the
        # stamp is taken after every widget of the window has been painted.
        obj.event(event)
        area = self.damage.take() if self.damage is not None else 0
        if self.window.paints != self._seen:
            self._seen = self.window.paints
            state = self.window.state
            record = {
                "t": time.monotonic_ns(),
                "event": "paint",
                "screen": str(state.screen),
                "conn": str(state.connection),
                "when": state.sale.when if state.sale is not None else "",
                "recv": self.controller.updates_received,
            }
            if self.damage is not None:
                record.update(area=area, between=self._between, frames=self._frames, window=self.window.width() * self.window.height())
                self._between = self._frames = 0
            self.write(record)
            if self.modules_pending and record["conn"] == "connected":
                self.modules_pending = False
                self.write({"t": time.monotonic_ns(), "event": "modules", "names": sorted(sys.modules)})
        elif area:
            self._between += area
            self._frames += 1
        return True


def install_from_env(run: Any) -> PaintStamps | None:
    """Start stamping ``run`` (a DisplayRun) if ``DISPLAY_APP_BENCH_STAMPS`` is set."""
    path = os.environ.get(ENV)
    if not path:
        return None
    try:
        out = open(path, "a", encoding="utf-8")  # noqa: SIM115 (lives as long as the window)
    except OSError as exc:
        log.error("bench stamps: cannot open %s: %s", path, exc)
        return None
    stamps = PaintStamps(run, out)
    run.cleanups.append(out.close)
    return stamps
