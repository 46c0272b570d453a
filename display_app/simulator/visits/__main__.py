"""``python -m display_app.simulator.visits [--port N] [--flavour F] [--base-path P]``: the
visit-session simulator alone (the bench runs it as a separate process). Prints
``visits <url>`` when it listens; SIGTERM or Ctrl+C stops it."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal

from .server import VisitSimulator


async def _serve(args: argparse.Namespace) -> None:
    sim = VisitSimulator(flavour=args.flavour, base_path=args.base_path, max_sessions=args.max_sessions)
    await sim.start("127.0.0.1", args.port)
    print(f"visits {sim.url}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for name in ("SIGINT", "SIGTERM"):
        with contextlib.suppress(AttributeError, NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(getattr(signal, name), stop.set)
    try:
        await stop.wait()
    finally:
        await sim.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m display_app.simulator.visits")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--flavour", choices=("8.5.0", "8.5.1", "current"), default="8.5.1")
    parser.add_argument("--base-path", default="")
    parser.add_argument("--max-sessions", type=int, default=100_000)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args))


if __name__ == "__main__":
    main()
