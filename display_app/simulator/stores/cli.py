"""``display-app simulate --stores S --lanes L``: the estate simulator until Ctrl+C."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from pathlib import Path


def run_estate(args: argparse.Namespace) -> int:
    from .estate import EstateSimulator

    if not 1 <= args.stores <= 2000 or not 1 <= args.lanes <= 64:
        print("simulate: --stores must be 1..2000 and --lanes 1..64", file=sys.stderr)
        return 2
    if args.speed <= 0:
        print("simulate: --speed must be > 0", file=sys.stderr)
        return 2
    burst = None
    if args.burst:
        try:
            at, length, factor = (float(x) for x in args.burst.split(","))
        except ValueError:
            print("simulate: --burst is AT,FOR,FACTOR (seconds, seconds, speed factor), e.g. 60,10,5", file=sys.stderr)
            return 2
        burst = (at, length, factor)
    if args.port and args.port + args.stores - 1 > 65535:
        print("simulate: --port + --stores runs past port 65535", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    estate = EstateSimulator(
        args.stores, args.lanes, host=args.host, base_port=args.port, speed=args.speed,
        status_interval=args.status_interval or None, apikey=args.apikey, drop_every=args.drop_every,
    )

    async def main() -> None:
        try:
            await estate.start()
        except OSError as exc:
            raise SystemExit(f"simulate: cannot listen: {exc.strerror or exc}") from None
        if args.wall_config:
            text = estate.wall_config(apikey_env="WALL_APIKEY" if args.apikey else None)
            Path(args.wall_config).write_text(text, encoding="utf-8")
        first, last = estate.stores[0], estate.stores[-1]
        print(f"estate simulator: {len(estate.stores)} stores x {args.lanes} lanes on ports {first.port}..{last.port}"
              f" ({first.url}){'; wall settings in ' + args.wall_config if args.wall_config else ''}"
              f"{'; set WALL_APIKEY to the api key' if args.apikey and args.wall_config else ''}; Ctrl+C stops it", flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for name in ("SIGINT", "SIGTERM"):
            with contextlib.suppress(AttributeError, NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(getattr(signal, name), stop.set)
        if burst is not None:
            loop.call_later(burst[0], lambda: setattr(estate.speed, "speed", args.speed * burst[2]))
            loop.call_later(burst[0] + burst[1], lambda: setattr(estate.speed, "speed", args.speed))
        if args.drop_all_at is not None:
            loop.call_later(args.drop_all_at, lambda: asyncio.ensure_future(estate.drop_all()))
        try:
            await stop.wait()
        finally:
            await estate.stop()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
    return 0
