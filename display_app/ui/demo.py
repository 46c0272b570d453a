"""``display-app demo``: the customer display against the embedded counter simulator.

Starts a ``CounterSimulator`` in this process (127.0.0.1, a free port unless
``--port``) playing the looping "demo" scenario, and a customer display window
(1280x800, or full screen with ``--fullscreen``) connected to it over a real
WebSocket, exactly as it would connect to a PosGreen counter. Settings such as
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


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .. import config

    parser.add_argument("--port", type=int, default=0, help="simulator port (default: a free one)")
    parser.add_argument("--scenario", default="demo", help="simulator scenario to loop (default: demo)")
    parser.add_argument("--fullscreen", action="store_true", help="show the display full screen")
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
    from . import runtime

    async def main(app: Any) -> int:
        return await run_demo(cfg, app, port=args.port, scenario=args.scenario, fullscreen=args.fullscreen)

    return runtime.run(main)


async def run_demo(cfg: Any, app: Any = None, *, port: int = 0, scenario: str = "demo", fullscreen: bool = False) -> int:
    """The simulator and a display against it, until the app quits."""
    from PySide6.QtWidgets import QApplication

    from ..simulator.server import CounterSimulator
    from .display_controller import serve_until_done, start_display

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

    try:
        return await serve_until_done(display, cfg, app)
    finally:
        await sim.stop()
