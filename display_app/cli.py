"""Command line: ``display-app <command>``. Each command lives in its own module,
which provides ``add_arguments(parser)`` and ``run(args) -> int``; this file only
lists them, so adding a command never means editing another command's code.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__

#: command name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "display": ("display_app.ui.display_main", "run the customer display against a counter"),
    "presell": ("display_app.ui.presell_main", "run the presell tablet against a counter"),
    "demo": ("display_app.ui.demo", "customer display (and presell story) against the embedded simulator"),
    "simulate": ("display_app.simulator.cli", "run the PosGreen counter simulator"),
    "screenshots": ("display_app.ui.screenshots", "save PNGs of every screen at several sizes"),
    "bench": ("display_app.bench", "measure latency, start-up, memory, CPU and size"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="display-app", description="Customer display and presell tablet for PosGreen counters.")
    parser.add_argument("--version", action="version", version=f"display-app {__version__}")
    parser.add_argument("--config", metavar="PATH", default=None, help="settings file (commands accept it too)")
    parser.add_argument("--self-test", action="store_true", help="run an offscreen sale through the embedded simulator and a customer display; print one JSON line; exit 0 if it reached the screen")
    parser.add_argument("--self-test-report", metavar="PATH", default=None, help="also write the self-test JSON to PATH (a windowed Windows build has no console)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:  # a command whose module is missing is reported, not fatal to others
            p.set_defaults(_missing=f"{name} is not available in this build: {exc}")
            continue
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .logs import ensure_streams

    ensure_streams()  # a windowed Windows build has no stdout/stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test or args.self_test_report:
        from . import selftest

        return selftest.run(args)
    if getattr(args, "_missing", None):
        print(args._missing, file=sys.stderr)
        return 2
    if not getattr(args, "_run", None):
        parser.print_help()
        return 0
    from .config import ConfigError

    try:
        return int(args._run(args) or 0)
    except ConfigError as exc:  # a bad setting is a one-line message and exit 2, never a traceback
        print(f"display-app: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
