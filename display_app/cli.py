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
    "start": ("display_app.ui.start", "run the configured mode (the default; first run shows the setup screen)"),
    "display": ("display_app.ui.display.main", "run the customer display against a counter"),
    "presell": ("display_app.ui.presell.main", "run the presell tablet against a counter"),
    "demo": ("display_app.ui.demo", "customer display (and presell story) against the embedded simulator"),
    "board": ("display_app.ui.board.main", "order-ready board (customer-facing) from a guest-pager base station"),
    "simulate": ("display_app.simulator.cli", "run the PosGreen counter simulator"),
    "wall": ("display_app.ui.wall.main", "head-office Lane Wall: every lane of every store, live"),
    "screenshots": ("display_app.ui.screenshots", "save PNGs of every screen at several sizes"),
    "bench": ("display_app.bench", "measure latency, start-up, memory, CPU and size"),
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line. ``only``: import and add the options of that command alone
    (the others are listed, with their help line, but not imported): what ``main`` does,
    so starting the display does not import the simulator, the bench, the wall... nor
    build their options (~10 ms of every start)."""
    parser = argparse.ArgumentParser(prog="display-app", description="Customer display and presell tablet for PosGreen counters.")
    parser.add_argument("--version", action="version", version=f"display-app {__version__}")
    parser.add_argument("--config", metavar="PATH", default=None, help="settings file (commands accept it too)")
    parser.add_argument("--self-test", action="store_true", help="run an offscreen sale through the embedded simulator and a customer display; print one JSON line; exit 0 if it reached the screen")
    parser.add_argument("--self-test-report", metavar="PATH", default=None, help="also write the self-test JSON to PATH (a windowed Windows build has no console)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if only is not None and name != only:
            continue
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:  # a command whose module is missing is reported, not fatal to others
            p.set_defaults(_missing=f"{name} is not available in this build: {exc}")
            continue
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


#: Top-level options that take a value (their value is not a command name).
_VALUE_OPTIONS = {"--config", "--self-test-report"}
#: Top-level options that do something themselves (no command needed).
_OWN_ACTIONS = {"-h", "--help", "--version", "--self-test", "--self-test-report"}


def _first_word(argv: list[str]) -> tuple[bool, str | None]:
    """(whether a top-level option that acts by itself comes first, such as ``--help``;
    the first word that is neither an option nor an option's value, or None)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
            continue
        if token.split("=", 1)[0] in _OWN_ACTIONS:
            return True, None
        if token in _VALUE_OPTIONS:
            skip = True
            continue
        if not token.startswith("-"):
            return False, token
    return False, None


def _needs_default_command(argv: list[str]) -> bool:
    """True when no command is named: ``display-app`` or ``display-app --kiosk ...``."""
    acts, word = _first_word(argv)
    return not acts and word not in COMMANDS


def _command_named(argv: list[str]) -> str | None:
    """The command ``argv`` names (after the default one is put in), or None (no command,
    an unknown one, or a top-level option that acts by itself, such as ``--help``)."""
    acts, word = _first_word(argv)
    return word if not acts and word in COMMANDS else None


def main(argv: list[str] | None = None) -> int:
    from .logs import ensure_streams

    ensure_streams()  # a windowed Windows build has no stdout/stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    if _needs_default_command(argv):
        # No command: what an installed program does when a store starts it.
        argv = ["start", *argv]
    command = _command_named(argv)
    parser = build_parser(only=command) if command is not None else build_parser()
    args = parser.parse_args(argv)
    if args.self_test or args.self_test_report:
        from .ui import selftest

        return selftest.run(args)
    if getattr(args, "_missing", None):
        print(args._missing, file=sys.stderr)
        return 2
    from .config import ConfigError

    try:
        return int(args._run(args) or 0)
    except ConfigError as exc:  # a bad setting is a one-line message and exit 2, never a traceback
        print(f"display-app: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
