"""``display-app demo``: the customer display and the presell tablet against the embedded
counter simulator.

Starts a ``CounterSimulator`` in this process (127.0.0.1, a free port unless
``--port``) playing the looping "demo" scenario, a customer display window
(1280x800, or full screen with ``--fullscreen``) and a presell tablet window beside it
(unless ``--no-presell``), both connected over real WebSockets, exactly as they would
connect to a PosGreen counter. A sale sent to the lane from the tablet is recalled by a
simulated cashier a few seconds later (when the lane is free), rung through and shown on
the customer display: the whole presell story on one machine. Settings such as
``--thankyou-url``, ``--slideshow-dir``, ``--state-file``, ``--screenshot`` and
``--quit-after`` work as for ``display-app display``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)

DEMO_SIZE = (1280, 800)
DEMO_THANKYOU_URL = "https://receipts.example.com/r/{sale}"
PRESELL_SIZE = (720, 800)
DEMO_RECALL_SECONDS = 3.0  # a tablet's sale reaches the lane this long after "Send to lane"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .. import config

    parser.add_argument("--port", type=int, default=0, help="simulator port (default: a free one)")
    parser.add_argument("--scenario", default="demo", help="simulator scenario to loop (default: demo)")
    parser.add_argument("--fullscreen", action="store_true", help="show the display full screen")
    parser.add_argument("--no-presell", dest="presell", action="store_false", help="do not open the presell tablet window")
    config.add_arguments(parser, skip=("mode", "counter", "apikey", "kiosk", "exit_pin"))


def run(args: argparse.Namespace) -> int:
    from .. import config

    try:
        cfg = config.load(args)
    except config.ConfigError as exc:
        print(f"display-app demo: {exc}", file=sys.stderr)
        return 2
    cfg = cfg.replace(kiosk=False, thankyou_url=cfg.thankyou_url or DEMO_THANKYOU_URL)
    from .. import logs

    logs.setup_logging(cfg)
    from .shell import runtime

    async def main(app: Any) -> int:
        return await run_demo(
            cfg, app, port=args.port, scenario=args.scenario, fullscreen=args.fullscreen, presell=args.presell
        )

    return runtime.run(main)


async def run_demo(
    cfg: Any,
    app: Any = None,
    *,
    port: int = 0,
    scenario: str = "demo",
    fullscreen: bool = False,
    presell: bool = False,
) -> int:
    """The simulator, a display (and optionally a presell tablet) against it, until the app quits."""
    from PySide6.QtWidgets import QApplication

    from ..simulator.counter.server import CounterSimulator
    from .display.controller import serve_until_done, start_display

    app = app or QApplication.instance()
    sim = CounterSimulator(host="127.0.0.1", port=port, scenario=scenario)
    await sim.start()
    log.info("demo: counter simulator on %s playing %r", sim.url, scenario)
    display = start_display(cfg.replace(counter=sim.url), show=False, size=DEMO_SIZE)
    display.window.setWindowTitle(f"Customer display demo – {sim.url}")
    if fullscreen:
        display.window.showFullScreen()
    else:
        display.window.show()

    tablet = None
    if presell:
        from .presell.main import start_presell

        sim.presell.auto_recall = DEMO_RECALL_SECONDS
        tablet = start_presell(cfg.replace(counter=sim.url, mode="presell"), show=False, size=PRESELL_SIZE, remember=False)
        tablet.window.setWindowTitle(f"Presell tablet demo – {sim.url}")
        frame = display.window.frameGeometry()
        tablet.window.move(frame.right() + 12, frame.top())
        tablet.window.show()

    try:
        return await serve_until_done(display, cfg, app)
    finally:
        if tablet is not None:
            await tablet.close()
        await sim.stop()
