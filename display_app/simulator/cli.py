"""``display-app simulate``: run the PosGreen counter simulator until Ctrl+C.

No Qt is imported here, so the simulator starts fast and runs on headless machines.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys

from ..fd1 import dialect


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; 0.0.0.0 for the LAN)")
    parser.add_argument("--port", type=int, default=dialect.DEFAULT_PORT, help=f"port (default {dialect.DEFAULT_PORT}; 0 picks a free one)")
    parser.add_argument("--scenario", metavar="NAME", help="scenario to play on the lane (see --list-scenarios)")
    parser.add_argument("--list-scenarios", action="store_true", help="list the scenarios and exit")
    parser.add_argument("--status-interval", type=float, default=5.0, metavar="SECONDS", help="periodic custdisp.sale.status interval (default 5; 0 turns it off)")
    parser.add_argument("--speed", type=float, default=1.0, help="scenario speed factor (2 = twice as fast)")
    parser.add_argument("--apikey", help="require this api key in fd1.session.login")
    parser.add_argument("--max-size", type=int, default=2**20, metavar="BYTES", help="largest message accepted from a client (default 1 MiB)")
    parser.add_argument("--salesbuilder", choices=("A", "B"), default="B", help="SalesBuilder endpoint names the presell side speaks (default B)")
    parser.add_argument("--auto-recall", type=float, metavar="SECONDS", help="a simulated cashier recalls, pays and finishes each presell sale this long after it is sent to the lane")
    parser.add_argument("--visits-port", type=int, metavar="N", help="also serve the visit-session (Genesys KC Session Management) API over HTTP on this port (0 picks a free one)")
    parser.add_argument("--visits-flavour", choices=("8.5.0", "8.5.1", "current"), default="8.5.1", help="visit-session API behaviour (default 8.5.1: GET of an unknown id is 404)")
    parser.add_argument("--visits-base-path", default="", metavar="PATH", help="base path of the visit-session API, e.g. /gks-server/v1")
    parser.add_argument("--visits-latency", type=float, default=0.0, metavar="SECONDS", help="delay every visit-session reply")
    parser.add_argument("--visits-fail-rate", type=float, default=0.0, metavar="SHARE", help="answer this share (0..1) of visit-session requests with 503")
    parser.add_argument("--pager-port", type=int, nargs="?", const=5683, metavar="N", help="also serve a guest-pager base station (LRS T7470-style CoAP API) over UDP on this port (5683 when no port is given; 0 picks a free one)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")
    estate = parser.add_argument_group("stores (a head-office estate; see docs/wall.md)")
    estate.add_argument("--stores", type=int, metavar="S", help="serve S stores from this process, each on its own port (--port is the first; 0 picks free ports)")
    estate.add_argument("--lanes", type=int, default=8, metavar="L", help="lanes per store with --stores (default 8)")
    estate.add_argument("--wall-config", metavar="FILE", help="with --stores: write the Lane Wall's stores file for them (display-app wall --config FILE)")
    estate.add_argument("--drop-every", type=float, default=1800.0, metavar="SECONDS", help="with --stores: each store drops its clients about this often (default 1800; 0 = never)")
    estate.add_argument("--burst", metavar="AT,FOR,FACTOR", help="with --stores: at AT seconds, run FACTOR times faster for FOR seconds (the bench's burst)")
    estate.add_argument("--drop-all-at", type=float, metavar="SECONDS", help="with --stores: every store drops every client at once at this time (the bench's reconnect storm)")


def run(args: argparse.Namespace) -> int:
    from .counter import scenarios
    from .counter.server import CounterSimulator

    if getattr(args, "stores", None) is not None:
        from .stores.cli import run_estate

        return run_estate(args)
    if args.list_scenarios:
        for name, description in scenarios.describe():
            print(f"{name:15} {description}")
        return 0
    if not 0 <= args.port <= 65535:
        print(f"simulate: --port must be 0..65535, not {args.port}", file=sys.stderr)
        return 2
    if args.speed <= 0:
        print("simulate: --speed must be > 0", file=sys.stderr)
        return 2
    if args.auto_recall is not None and args.auto_recall < 0:
        print("simulate: --auto-recall must be >= 0", file=sys.stderr)
        return 2
    if args.visits_port is not None and not 0 <= args.visits_port <= 65535:
        print(f"simulate: --visits-port must be 0..65535, not {args.visits_port}", file=sys.stderr)
        return 2
    if not 0.0 <= args.visits_fail_rate <= 1.0 or args.visits_latency < 0:
        print("simulate: --visits-fail-rate must be 0..1 and --visits-latency >= 0", file=sys.stderr)
        return 2
    if args.pager_port is not None and not 0 <= args.pager_port <= 65535:
        print(f"simulate: --pager-port must be 0..65535, not {args.pager_port}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
    )
    if not args.verbose:
        logging.getLogger("display_app.simulator.websockets").setLevel(logging.WARNING)
    try:
        sim = CounterSimulator(
            host=args.host,
            port=args.port,
            scenario=args.scenario,
            status_interval=args.status_interval or None,
            apikey=args.apikey,
            max_size=args.max_size,
            speed=args.speed,
        )
    except scenarios.ScenarioError as exc:
        print(f"simulate: {exc}", file=sys.stderr)
        return 2
    presell = getattr(sim, "presell", None)
    if presell is not None:
        presell.use_variant(args.salesbuilder)
        presell.auto_recall = args.auto_recall

    async def main() -> None:
        try:
            await sim.start()
        except OSError as exc:
            raise SystemExit(f"simulate: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
        print(f"PosGreen counter simulator on {sim.url} ({len(sim.lane.catalogue)} products"
              f"{', scenario ' + args.scenario if args.scenario else ''}); Ctrl+C stops it", flush=True)
        visits = await _start_visits(args, sim.lane)
        pager = await _start_pager(args)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for name in ("SIGINT", "SIGTERM"):
            with contextlib.suppress(AttributeError, NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(getattr(signal, name), stop.set)  # POSIX; Windows gets KeyboardInterrupt
        try:
            await stop.wait()
            print("stopping the counter simulator", flush=True)
        finally:
            if visits is not None:
                await visits.stop()
            if pager is not None:
                await pager.stop()
            await sim.stop()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
    return 0


async def _start_visits(args: argparse.Namespace, lane: object):
    """The visit-session simulator beside the counter (``--visits-port``), or None."""
    if args.visits_port is None:
        return None
    from .visits.customers import link_lane
    from .visits.server import VisitSimulator

    visits = VisitSimulator(
        flavour=args.visits_flavour,
        base_path=args.visits_base_path,
        latency=args.visits_latency,
        fail_rate=args.visits_fail_rate,
    )
    link_lane(visits, lane)
    try:
        await visits.start(args.host, args.visits_port)
    except OSError as exc:
        raise SystemExit(f"simulate: cannot listen on {args.host}:{args.visits_port}: {exc.strerror or exc}") from None
    print(f"visit-session API simulator ({visits.flavour}) on {visits.url}", flush=True)
    return visits


async def _start_pager(args: argparse.Namespace):  # -> PagerSimulator | None
    """The guest-pager base station beside the counter (``--pager-port``), UDP only."""
    if args.pager_port is None:
        return None
    from .pager.server import PagerSimulator

    pager = PagerSimulator(host=args.host, port=args.pager_port)
    try:
        await pager.start()
    except OSError as exc:
        raise SystemExit(f"simulate: cannot serve the pager base on UDP {args.host}:{args.pager_port}: {exc.strerror or exc}") from None
    print(f"guest-pager base station on {pager.url} (CoAP over UDP)", flush=True)
    return pager
