"""The shared body of the counter commands (``display``, ``presell``): settings check,
logging, then the screen under the crash guard. Qt-free at import, like every command module."""

from __future__ import annotations

import argparse
import sys
from typing import Any, Awaitable, Callable


def run_counter_command(args: argparse.Namespace, name: str, screen: Callable[[Any, Any], Awaitable[int]]) -> int:
    """The shared body of the ``display`` and ``presell`` commands: load and check the
    settings (a bad one, or no counter, is a one-line message and exit 2), set up
    logging, then run ``screen(cfg, app)`` under the crash guard until the app quits."""
    from ... import config, logs

    try:
        cfg = config.load(args)
    except config.ConfigError as exc:
        print(f"display-app {name}: {exc}", file=sys.stderr)
        return 2
    if not cfg.counter:
        print(
            f"display-app {name}: no counter set: give --counter HOST[:PORT] or put counter = \"...\" "
            f"in {config.config_path(args)} (or run display-app with no command to set it up)",
            file=sys.stderr,
        )
        return 2
    logs.setup_logging(cfg)
    from ... import pins

    pins.keep_lockout_in(pins.default_lockout_path())  # a restart does not reset the PIN lockout
    from . import kiosk, runtime

    async def main(app: Any) -> int:
        return await kiosk.run_guarded(lambda: screen(cfg, app))

    return runtime.run(main)
