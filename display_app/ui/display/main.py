"""``display-app display``: the customer display against a PosGreen counter.

This module is the command (``add_arguments``/``run``) and stays Qt-free at import, so
``display-app --version`` and ``simulate`` start fast; the live display itself is in
controller.py (``DisplayController``, ``start_display``, ``run_display``), also
reachable from here: ``from display_app.ui.display.main import run_display``.
"""

from __future__ import annotations

import argparse
import logging
from typing import Any

log = logging.getLogger(__name__)


# ----------------------------------------------------------------------------- command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ... import config

    config.add_arguments(parser, skip=("mode",))


def run(args: argparse.Namespace) -> int:
    from ..shell.command import run_counter_command

    return run_counter_command(args, "display", run_display)



async def run_display(cfg: Any, app: Any = None) -> int:
    """Run the customer display until the app quits (see controller.run_display)."""
    from .controller import run_display as run_live

    return await run_live(cfg, app)


def __getattr__(name: str) -> Any:
    if name in ("DisplayController", "DisplayRun", "start_display"):
        from . import controller

        return getattr(controller, name)
    raise AttributeError(name)
