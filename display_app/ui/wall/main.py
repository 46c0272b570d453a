"""``display-app wall``: the head-office Lane Wall (every lane of every store, live).

Qt-free at import, like every command module::

    display-app wall --config wall.toml [--state-file S.json] [--screenshot W.png]
                     [--quit-after SECONDS] [--size 1920x1080] [--kiosk --screen N]
                     [--ungrouped] [--locale en_NZ --currency NZD]

The stores file (``wall/config.py``; ``display-app simulate --stores S --wall-config FILE``
writes one) lists the stores; API keys come from the environment variables it names.
Kiosk mode's exit PIN comes from the environment variable ``DISPLAY_APP_WALL_PIN``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import sys
import time
from pathlib import Path
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

log = logging.getLogger(__name__)

#: Set to a file path, the wall records its frame and latency figures there at exit (the bench).
BENCH_ENV = "DISPLAY_APP_WALL_BENCH"
PIN_ENV = "DISPLAY_APP_WALL_PIN"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", dest="wall_config", metavar="FILE", required=True, help="the stores file (TOML; see docs/wall.md)")
    parser.add_argument("--state-file", metavar="PATH", default="", help="write the wall's state JSON here (every second, when it changed)")
    parser.add_argument("--state-interval", type=float, default=1.0, metavar="SECONDS", help="rewrite the state file at most this often (default 1)")
    parser.add_argument("--screenshot", metavar="PATH", default="", help="save a PNG of the wall before quitting")
    parser.add_argument("--quit-after", type=float, default=0.0, metavar="SECONDS", help="quit after this many seconds (0 = never)")
    parser.add_argument("--size", metavar="WxH", default="", help="window size, e.g. 1920x1080 (default: maximised)")
    parser.add_argument("--kiosk", action="store_true", help="full screen, no way out without the PIN (from $DISPLAY_APP_WALL_PIN)")
    parser.add_argument("--screen", type=int, default=0, metavar="N", help="monitor for kiosk mode (0 = first)")
    parser.add_argument("--ungrouped", action="store_true", help="one grid of tiles sorted by attention, not grouped by store")
    parser.add_argument("--locale", default="", help="locale for money, e.g. en_NZ (default: this machine's)")
    parser.add_argument("--currency", default="", help="ISO 4217 currency of the estate, e.g. NZD")
    parser.add_argument("--language", default="", help="caption language: en, de, es, fr, ar, zh_CN or mi (default: the stores file's, else its locale's, else this machine's)")
    parser.add_argument("--log-level", default="INFO", choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    parser.add_argument("--feed-thread", action=argparse.BooleanOptionalAction, default=True,
                        help="run the store links on their own asyncio loop in a thread (the default; --no-feed-thread runs them on the screen's loop)")


def _size(text: str) -> tuple[int, int] | None:
    if not text:
        return None
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"--size must be WIDTHxHEIGHT, e.g. 1920x1080, not {text!r}") from None
    if not (200 <= w <= 16384 and 150 <= h <= 16384):
        raise ValueError(f"--size {text} is out of range")
    return w, h


def run(args: argparse.Namespace) -> int:
    from ...wall.config import WallConfigError, load

    try:
        cfg = load(args.wall_config)
        size = _size(args.size)
    except (WallConfigError, ValueError) as exc:
        print(f"display-app wall: {exc}", file=sys.stderr)
        return 2
    from ... import logs

    logs.setup_logging(SimpleNamespace(log_level=args.log_level))
    logging.getLogger("display_app.fd1.client").setLevel(max(logging.WARNING, logging.getLogger().level))
    from ..shell import kiosk, runtime

    async def main(app: Any) -> int:
        return await kiosk.run_guarded(lambda: run_wall(cfg, args, app, size))

    return runtime.run(main)


@dataclass
class WallRun:
    """A live Lane Wall: its model, store links and window (``start_wall``)."""

    window: Any
    feed: Any
    task: asyncio.Task[Any] | None  # the store links on this loop (None when in their own thread)

    async def close(self) -> None:
        self.window.shutdown()
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.task
        else:
            self.feed.stop()
        self.window.hide()
        self.window.deleteLater()


def start_wall(cfg: Any, *, state_file: str = "", locale: str = "", currency: str = "", grouped: bool = True,
               threaded: bool = True, bench: bool = False, language: str | None = None) -> WallRun:
    """Build the wall's model, window and store links (needs a running qasync loop); the
    window is not shown yet. ``threaded`` (the default) runs the store links on their own
    asyncio loop in a thread; False runs them on this loop. ``language``: see ``WallWindow``
    (None, for a launcher beside other surfaces: the language already installed). For
    launchers (the demo) and ``run_wall``."""
    from ...wall.feed import WallFeed
    from ...wall.model import WallModel
    from .window import WallWindow

    model = WallModel(cfg)
    feed = WallFeed(cfg, model)
    task = None
    if threaded:
        # The screen's thread waits for the GIL at each hand-off; a shorter switch interval
        # (default 5 ms) keeps a frame from waiting behind a burst of socket work.
        sys.setswitchinterval(0.001)
        feed.start_thread()
    else:
        task = asyncio.ensure_future(feed.run())
        task.set_name("wall-feed")
    window = WallWindow(model, state_file=state_file, locale=locale or cfg.locale, currency=currency or cfg.currency,
                        grouped=grouped, bench=bench, language=language)
    return WallRun(window=window, feed=feed, task=task)


async def run_wall(cfg: Any, args: Any, app: Any, size: tuple[int, int] | None = None) -> int:

    from ..shell.kiosk import install_kiosk

    bench_path = os.environ.get(BENCH_ENV, "")
    run = start_wall(cfg, state_file=args.state_file, locale=args.locale, currency=args.currency,
                     grouped=not args.ungrouped, threaded=args.feed_thread, bench=bool(bench_path),
                     language=args.language)
    window, feed = run.window, run.feed
    window.state_interval = max(0.2, args.state_interval)
    kcfg = SimpleNamespace(kiosk=bool(args.kiosk), exit_pin=os.environ.get(PIN_ENV, ""), screen=args.screen)
    install_kiosk(window, kcfg, on_settings=lambda: log.info("the wall's settings are its stores file: %s", args.wall_config))
    if not args.kiosk:
        if size is not None:
            window.resize(*size)
            window.show()
        else:
            window.showMaximized()
    from ..shell.runtime import serve_window

    def up_to_date() -> None:  # the frame and the per-second work, as the screen would have them
        window.frame()
        window.second()
        window.view.repaint()

    try:
        return await serve_window(window, quit_after=args.quit_after, screenshot=args.screenshot, before_screenshot=up_to_date)
    finally:
        if bench_path:
            _write_bench(bench_path, window, feed)
        await run.close()


def _write_bench(path: str, window: Any, feed: Any) -> None:
    """Everything on the wall clock (time.time()), for the bench to cut into phases."""
    offset = time.time() - time.monotonic()
    doc = {
        "latencies": window.latencies,  # (painted at, seconds from the model change)
        "frame_ms": window.frame_ms,  # (painted at, ms of frame work plus paint)
        "events": window.events_timeline,  # (at, sale messages applied so far)
        "connects": {sid: [t + offset for t in times] for sid, times in feed.connected_at.items()},
        "renders": window.view.renders,
    }
    Path(path).write_text(json.dumps(doc), encoding="utf-8")
