"""``python -m display_app.simulator.pager [--host H] [--port N] [--no-observe]``: the base station alone.

Prints ``pager coap://HOST:PORT`` once it listens (the bench reads that line), then
serves until stdin closes or Ctrl+C.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys

from .server import PagerSimulator


async def _main(host: str, port: int, observe: bool) -> None:
    sim = PagerSimulator(host=host, port=port, observe=observe)
    await sim.start()
    print(f"pager {sim.url}", flush=True)
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, sys.stdin.read)  # until the parent closes our stdin
    finally:
        await sim.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m display_app.simulator.pager")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--no-observe", action="store_true", help="answer GET /v1/sessions without Observe, as the T7470 documents it (clients poll with ETags)")
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_main(args.host, args.port, not args.no_observe))


if __name__ == "__main__":
    main()
