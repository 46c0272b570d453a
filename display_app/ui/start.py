"""``display-app`` with no command (and ``display-app start``): what an installed
program does when a store starts it.

First run (no settings file, or no counter in it): the setup screen, where the
installer types the counter's host, picks the mode, tests the connection live and
saves. Then, and on every later start, the configured mode runs: the customer
display or the presell tablet, in kiosk mode when the settings say so.

Qt-free at import, like every command module.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .. import config

    config.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from .. import config, logs

    try:
        cfg = config.load(args, missing_ok=True)  # no file yet: the first run creates it
    except config.ConfigError as exc:
        print(f"display-app: {exc}", file=sys.stderr)
        return 2
    path = config.config_path(args)
    logs.setup_logging(cfg)
    from .shell import kiosk, runtime

    async def main(app: Any) -> int:
        settings = cfg
        if not config.exists(path) or not settings.counter:
            from .shell.setup import SetupCancelled, SetupScreen, first_run

            setup = asyncio.ensure_future(first_run(settings, path=path))
            done, _ = await asyncio.wait([setup], timeout=settings.quit_after or None)
            if not done:  # --quit-after during setup: leave (with a picture of it, if asked)
                _screenshot(SetupScreen, settings.screenshot)
                setup.cancel()
                with contextlib.suppress(asyncio.CancelledError, SetupCancelled):
                    await setup
                return 0
            try:
                settings = setup.result()
            except SetupCancelled as exc:
                log.info("%s", exc)
                return 0
        if settings.mode == "presell":
            from .presell.main import run_presell

            return await kiosk.run_guarded(lambda: run_presell(settings, app))
        from .display.controller import run_display

        return await kiosk.run_guarded(lambda: run_display(settings, app))

    return runtime.run(main)


def _screenshot(kind: type, path: str) -> None:
    """Save a PNG of the visible window of ``kind`` (the probe flag ``--screenshot``)."""
    if not path:
        return
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            if widget.grab().save(path):
                log.info("screenshot saved to %s", path)
            else:
                log.error("could not save the screenshot to %s", path)
            return
