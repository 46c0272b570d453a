"""``display-app board``: the order-ready board against a guest-pager base station.

Qt-free at import (like every command module). ``start_board(...)`` builds a live board
(window + BoardFeed task) for the demo and the tests; ``run_board`` runs it until the app
quits or ``--quit-after`` passes, then saves ``--screenshot``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import logging
import sys
from dataclasses import dataclass, field
from typing import Any, Callable

log = logging.getLogger(__name__)

#: The settings the board uses from the shared settings file / command line.
BOARD_SETTINGS = ("kiosk", "exit_pin", "screen", "state_file", "screenshot", "quit_after", "log_level", "store_locale")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ... import config

    skip = [f.name for f in dataclasses.fields(config.Config) if f.name not in BOARD_SETTINGS]
    config.add_arguments(parser, skip=skip)
    parser.add_argument("--pager", metavar="HOST[:PORT]", default=None, help="the pager base station (CoAP/UDP; port 5683 by default)")
    parser.add_argument("--simulate", action="store_true", help="run a simulated base station inside the app, with a few guests (no --pager needed)")
    parser.add_argument("--poll", type=float, default=1.0, metavar="SECONDS", help="ETag poll interval when the base does not offer Observe (default 1)")
    parser.add_argument("--title", default="", help="the board's heading (default: Orders, in the store's language)")
    parser.add_argument("--window-size", metavar="WxH", default="1280x720", help="window size outside kiosk mode (default 1280x720; e.g. 1080x1920 for a portrait screen)")


def parse_pager(text: str) -> tuple[str, int]:
    """"host", "host:port", "[v6]:port", "coap://host:port" -> (host, port) (pagers.link.parse_base_address)."""
    from ...pagers.link import parse_base_address

    return parse_base_address(text)


def run(args: argparse.Namespace) -> int:
    from ... import config, logs

    try:
        cfg = config.load(args)
    except config.ConfigError as exc:
        print(f"display-app board: {exc}", file=sys.stderr)
        return 2
    if not args.pager and not args.simulate:
        print("display-app board: give --pager HOST[:PORT] (the pager base station) or --simulate", file=sys.stderr)
        return 2
    try:
        host, port = parse_pager(args.pager) if args.pager else ("127.0.0.1", 0)
        width, _, height = args.window_size.lower().partition("x")
        size = (int(width), int(height))
    except ValueError as exc:
        print(f"display-app board: {exc}", file=sys.stderr)
        return 2
    logs.setup_logging(cfg)
    from ..shell import kiosk, runtime

    async def main(app: Any) -> int:
        return await kiosk.run_guarded(lambda: run_board(cfg, host, port, simulate=args.simulate, poll_s=args.poll, title=args.title, size=size))

    return runtime.run(main)


@dataclass
class BoardRun:
    window: Any
    feed: Any
    task: asyncio.Task
    simulator: Any = None
    cleanups: list[Callable[[], Any]] = field(default_factory=list)

    async def close(self) -> None:
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.task
        await self.feed.link.close()
        for cleanup in self.cleanups:
            with contextlib.suppress(Exception):
                cleanup()
        if self.simulator is not None:
            await self.simulator.stop()
        import shiboken6

        if shiboken6.isValid(self.window):
            self.window.close()
            self.window.deleteLater()


def start_board(host: str, port: int, *, cfg: Any = None, show: bool = True, poll_s: float = 1.0, title: str = "", size: tuple[int, int] | None = None) -> BoardRun:
    """A live board on the base at ``host:port``: window, feed task (call inside a running loop)."""
    from ...pagers.board import BoardFeed, probe, write_probe
    from ...pagers.link import PagerLink
    from .view import BoardView

    from ...sale.language import store_language
    from ..widgets import i18n

    if not i18n.current():  # the board's own process: the store's language (docs/accessibility.md)
        i18n.use(store_language(getattr(cfg, "store_language", "") or "", getattr(cfg, "store_locale", "") or ""))
    window = BoardView(locale_name=getattr(cfg, "store_locale", "") or "", title=title)
    window.setWindowTitle("display-app board")
    window.resize(*(size or (1280, 720)))
    state_file = getattr(cfg, "state_file", "") or ""
    last_written: list[str] = [""]

    def write_state(*_: Any) -> None:
        if not state_file:
            return
        import json

        data = probe(window.state)
        text = json.dumps(data, sort_keys=True)
        if text == last_written[0]:
            return
        last_written[0] = text
        try:
            write_probe(state_file, data)
        except OSError as exc:
            log.error("cannot write the state file %s: %s", state_file, exc)

    def on_state(state: Any) -> None:
        window.set_state(state)
        write_state()

    feed = BoardFeed(PagerLink(host, port), on_state, poll_s=poll_s)
    window.painted.connect(write_state)  # timers and "late" change with time, not only with the list
    task = asyncio.ensure_future(feed.run())
    task.set_name("board-feed")
    run = BoardRun(window=window, feed=feed, task=task)
    if show:
        if cfg is not None:
            try:
                from ..shell.kiosk import install_kiosk

                install_kiosk(window, cfg)
            except ImportError:  # pragma: no cover
                pass
        if not getattr(cfg, "kiosk", False):
            window.show()
    return run


async def start_demo_base(guests: int = 6) -> Any:
    """An embedded simulated base on 127.0.0.1 (a free port) with a few guests waiting and called."""
    from ...simulator.pager.server import PagerSimulator
    from ...simulator.pager.station import BaseStation

    station = BaseStation(default_goal=300)
    names = ["Sarah", "Yuri", None, "Amara", "Tomás", "Li Wei", "Priya", None, "Jonas", "Aroha"]
    base_clock = station.clock
    for i in range(guests):
        ago = 60 * (guests - i) + 17 * i
        station.clock = lambda ago=ago: base_clock() - __import__("datetime").timedelta(seconds=ago)
        label = names[i % len(names)]
        station.create({"number": 10 + i, "goal": 300, "partySize": 1 + i % 4, **({"label": label} if label else {})})
    # two called a little while ago: one within the goal, one after it (the footer has both)
    for number, called_ago in ((12, 75), (10, 30)):
        if number in station.sessions:
            station.clock = lambda called_ago=called_ago: base_clock() - __import__("datetime").timedelta(seconds=called_ago)
            station.act(number, {"action": "page"})
    station.clock = base_clock
    sim = PagerSimulator(station, host="127.0.0.1")
    await sim.start()
    return sim


async def run_board(cfg: Any, host: str, port: int, *, simulate: bool = False, poll_s: float = 1.0, title: str = "", size: tuple[int, int] | None = None) -> int:

    simulator = None
    if simulate:
        simulator = await start_demo_base()
        host, port = "127.0.0.1", simulator.port
    board = start_board(host, port, cfg=cfg, poll_s=poll_s, title=title, size=size)
    board.simulator = simulator
    from ..shell.runtime import serve_window

    try:
        return await serve_window(board.window, quit_after=getattr(cfg, "quit_after", 0.0), screenshot=getattr(cfg, "screenshot", ""))
    finally:
        await board.close()
