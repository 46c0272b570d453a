"""Repainted area as the X server sees it: the display under Xvfb, the DAMAGE extension.

``measure(workdir, port, counter, seqs)`` starts a private Xvfb (``-displayfd``: it picks a
free display number), a customer display on it (``QT_QPA_PLATFORM=xcb``), and subscribes
to the display window's damage (``DamageReportRawRectangles``: every rectangle the server
draws into the window, i.e. what Qt's backing store flushed). Then quantity changes of the
newest line, one a second, for a 5-, 200- and 1,000-line sale: per update, the pixels
damaged around the paint that showed it (the update itself) and until the next one (its
highlight fade), as the union of the rectangles.

Needs ``Xvfb`` on the PATH and ``python-xlib`` (a bench-only dependency: ``pip install
python-xlib``); without them the section says why it was not measured. No Qt here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from .counter import seq_of
from .measure import show_sale, wait_live
from .procs import BenchError, CounterProcess, DisplayProcess

WIDTH, HEIGHT = 1280, 800


def union_area(rects: list[tuple[int, int, int, int]]) -> int:
    """Pixels covered by ``rects`` (x, y, w, h), overlaps counted once."""
    if not rects:
        return 0
    xs = sorted({x for x, _, w, _ in rects} | {x + w for x, _, w, _ in rects})
    area = 0
    for left, right in zip(xs, xs[1:]):
        spans = sorted((y, y + h) for x, y, w, h in rects if x <= left and x + w >= right)
        covered, top, bottom = 0, None, None
        for y0, y1 in spans:
            if bottom is None or y0 > bottom:
                if bottom is not None:
                    covered += bottom - top
                top, bottom = y0, y1
            else:
                bottom = max(bottom, y1)
        if bottom is not None:
            covered += bottom - top
        area += covered * (right - left)
    return area


class _Watcher(threading.Thread):
    """Collects (monotonic_ns, rect) for every DamageNotify of one window."""

    def __init__(self, display_name: str, pid: int, timeout: float = 30.0) -> None:
        super().__init__(daemon=True)
        from Xlib import X, display
        from Xlib.ext import damage

        self.dpy = display.Display(display_name)
        if not self.dpy.has_extension("DAMAGE"):
            raise BenchError("the X server has no DAMAGE extension")
        self.dpy.damage_query_version()
        deadline = time.monotonic() + timeout
        self.window = None
        while self.window is None and time.monotonic() < deadline:
            self.window = self._find(self.dpy.screen().root, X)
            if self.window is None:
                time.sleep(0.1)
        if self.window is None:
            raise BenchError("the display's window never appeared on the X server")
        self.window.damage_create(damage.DamageReportRawRectangles)
        self.dpy.flush()
        self.event_base = self.dpy.extension_event.DamageNotify
        self.events: list[tuple[int, tuple[int, int, int, int]]] = []
        self.stopped = False

    @staticmethod
    def _find(root: Any, X: Any) -> Any:  # noqa: N803
        best = None
        for child in root.query_tree().children:
            try:
                attrs = child.get_attributes()
                geom = child.get_geometry()
            except Exception:  # noqa: BLE001 (a window gone meanwhile)
                continue
            if attrs.map_state == X.IsViewable and geom.width >= 320 and geom.height >= 240:
                best = child
        return best

    def run(self) -> None:
        while not self.stopped:
            try:
                event = self.dpy.next_event()
            except Exception:  # noqa: BLE001 (the connection closed at the end)
                return
            if event.type == self.event_base:
                area = event.area
                self.events.append((time.monotonic_ns(), (area.x, area.y, area.width, area.height)))
                # Raw rectangles keep coming without a DamageSubtract: nothing to acknowledge.


def measure(workdir: Path, counter: CounterProcess, seqs: Any, *, updates: int = 10, say: Any = print) -> dict[str, Any]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return {"status": "not measured: no Xvfb on the PATH"}
    try:
        import Xlib  # noqa: F401
    except ImportError:
        return {"status": "not measured: python-xlib is not installed (pip install python-xlib)"}
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    display = None
    watcher = None
    try:
        number = os.read(read, 64).decode().strip()
        if not number:
            raise BenchError("Xvfb did not start")
        name = f":{number}"
        display = DisplayProcess(workdir, "xdamage", counter.port, extra_env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": name})
        wait_live(display, counter)
        watcher = _Watcher(name, display.ps.pid)
        watcher.start()
        out: dict[str, Any] = {"display": name, "window_px": WIDTH * HEIGHT}
        for lines in (5, 200, 1000):
            say(f"X damage: {updates} updates of a {lines}-line sale")
            show_sale(display, counter, seqs, lines)
            time.sleep(1.0)
            first = seqs.take(updates)
            since = len(display.stamps.records)
            events_before = len(watcher.events)
            counter.call("paced", count=updates, interval_ms=1000.0, seq=first)
            display.wait_seq(first + updates - 1, 60 + updates, since=since)
            time.sleep(1.0)
            display.stamps.poll()
            stamps = [r for r in display.stamps.records[since:] if r.get("event") == "paint" and (seq_of(r.get("when", "")) or 0) >= first]
            own, with_fade = [], []
            for i, stamp in enumerate(stamps):
                t = stamp["t"]
                end = stamps[i + 1]["t"] - 20_000_000 if i + 1 < len(stamps) else t + 900_000_000
                near = [r for ts, r in watcher.events if t - 20_000_000 <= ts <= t + 10_000_000]
                own.append(union_area(near))
                with_fade.append(sum(union_area([r]) for ts, r in watcher.events if t + 10_000_000 < ts <= end) + own[-1])
            window = WIDTH * HEIGHT
            own.sort()
            out[str(lines)] = {
                "updates": len(stamps),
                "update_area_percent": round(100 * own[len(own) // 2] / window, 2) if own else None,
                "with_fade_windows": round(sorted(with_fade)[len(with_fade) // 2] / window, 2) if with_fade else None,
                "damage_events": len(watcher.events) - events_before,  # rectangles the server reported
            }
        return out
    except BenchError as exc:
        return {"status": f"not measured: {exc}"}
    finally:
        if watcher is not None:
            watcher.stopped = True
            try:
                watcher.dpy.close()
            except Exception:  # noqa: BLE001
                pass
        if display is not None:
            display.stop()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        os.close(read)
