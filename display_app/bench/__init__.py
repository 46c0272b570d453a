"""``display-app bench``: the performance benchmark (not a test: it never fails on a slow box).

It starts the counter (bench/counter.py, the simulator in its own process) and the
customer display (``python -m display_app display``, or the frozen program) as
separate processes, drives sales through the real socket and reads the display's paint
stamps (ui/display/bench_hook.py, enabled by an environment variable) to measure:

* event-to-screen latency (p50/p99/max) for a 5-, a 200- and a 1,000-line sale, paced
  updates, in repeated runs (the median run's p99, the spread), with the display's CPU
  time per update and how busy the machine was meanwhile;
* repainted area per update (Qt's paint regions, in a display run of its own);
* a burst of messages: last message to screen, and how many updates one paint absorbed;
* start-up to the first painted frame (source, and the frozen build if built);
* resident memory after start and after 10,000 updates (psutil);
* idle CPU on the idle screen and on a sale screen;
* the frozen build's size; reconnect time after the counter comes back.

Prints a table with the budgets (report.BUDGETS), or JSON with ``--json``. Exit status is
0 whatever the figures (1 only if the benchmark itself could not run).

May import the simulator and the Qt-free packages; the display runs as a separate
process, so nothing here imports ``ui``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .. import __version__


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--updates", type=int, default=1000, metavar="N", help="paced updates per latency run (default 1000)")
    parser.add_argument("--burst", type=int, default=1000, metavar="N", help="messages in the burst (default 1000)")
    parser.add_argument("--memory-updates", type=int, default=10_000, metavar="N", help="updates between the two memory readings (default 10000)")
    parser.add_argument("--idle-seconds", type=float, default=30.0, metavar="S", help="idle CPU sampling time per screen (default 30)")
    parser.add_argument("--interval-ms", type=float, default=None, metavar="MS", help="pace of the latency updates (default 25 ms for 5 lines, 50 ms for 200)")
    parser.add_argument("--frozen", metavar="PATH", default=None, help="frozen program to time the start-up of (default dist/display-app/display-app if built)")
    parser.add_argument("--build-frozen", action="store_true", help="run the packaging spec first (one folder and one file)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: few repetitions of everything (figures are rough)")
    parser.add_argument("--latency-runs", type=int, default=3, metavar="N", help="latency runs per sale size (default 3; 1 with --quick)")
    parser.add_argument("--display-only", action="store_true", help="measure only the customer display's sections")
    parser.add_argument(
        "--pin", action="store_true",
        help="run the measured display on core 0 and the counter and the bench on the others (Linux, 2+ cores): "
             "in a store the counter is another machine; on one box the scheduler wakes the display on the core "
             "where the counter has just built a whole-sale snapshot, and its caches start cold",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON instead of a table")
    parser.add_argument("--out", metavar="PATH", default=None, help="also write the JSON report to PATH")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (children's logs and paint stamps)")
    parser.add_argument("--visits-outage", type=float, default=60.0, metavar="S", help="outage the visit-session replay figure rides out (default 60; 2 with --quick)")
    parser.add_argument("--visits-only", action="store_true", help="measure only the visit-session section (shopper identification)")
    parser.add_argument("--wall-only", action="store_true", help="measure only the Lane Wall section (200 stores x 8 lanes; about 5 minutes, 2 with --quick)")
    parser.add_argument("--no-wall", action="store_true", help="leave out the Lane Wall section")
    parser.add_argument("--wall-feed-on-loop", action="store_true", help="run the wall's store links on its screen's loop (display-app wall --no-feed-thread)")
    parser.add_argument("--pager-outage", type=float, default=30.0, metavar="S", help="base-station outage the pager replay figure rides out (default 30; 2 with --quick)")
    parser.add_argument("--pager-only", action="store_true", help="measure only the guest-pager section (base simulator, order-ready board, outage replay)")
    parser.add_argument("--no-pager", action="store_true", help="leave out the guest-pager section")


def speeds_seen_path() -> Path:
    """Where the bench keeps the fastest speed probe it has seen on each machine: its
    reference for telling a slow machine from a slow build (``measure.SPEED_SLOW``)."""
    from ..paths import state_dir

    return state_dir() / "bench-speeds.json"


def source_root() -> Path:
    """The checkout this package runs from (where dist/ and packaging/ are)."""
    return Path(__file__).resolve().parents[2]


def run(args: argparse.Namespace) -> int:
    from .procs import BenchError

    workdir = Path(tempfile.mkdtemp(prefix="display-app-bench-"))
    try:
        report = collect(args, workdir, progress=not args.json)
    except BenchError as exc:
        print(f"display-app bench: {exc}\n(children's logs and paint stamps: {workdir})", file=sys.stderr)
        return 1
    if args.keep:
        print(f"work folder kept: {workdir}", file=sys.stderr)
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    text = json.dumps(report, indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    if args.json:
        print(text)
    else:
        from .report import table

        print(table(report))
    return 0


def collect(args: argparse.Namespace, workdir: Path, *, progress: bool = False) -> dict[str, Any]:
    """Run every measurement; returns the report (see the Performance section of README.md for its fields)."""
    from . import measure
    from .procs import CounterProcess, DisplayProcess, frozen_program
    from .report import judge

    def say(text: str) -> None:
        if progress:
            print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)

    quick = args.quick
    root = source_root()
    if args.build_frozen:
        say("building the frozen program (packaging/display-app.spec)")
        measure.build_frozen(root, onefile=True)
    frozen = Path(args.frozen) if args.frozen else frozen_program(root)
    report: dict[str, Any] = {
        "version": __version__,
        "command": "display-app bench " + " ".join(sys.argv[2:]) if len(sys.argv) > 1 and sys.argv[1] == "bench" else "display-app bench",
        "machine": {
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "qt_platform": os.environ.get("QT_QPA_PLATFORM", "default"),
        },
    }
    if args.wall_only:
        from . import wall

        report["wall"] = wall.measure(workdir, quick=quick, threaded=not args.wall_feed_on_loop, say=say)
        report["budgets"] = judge(report)
        return report
    if args.pager_only:
        from . import pager

        report["pager"] = pager.measure(quick=quick, outage_seconds=args.pager_outage, say=say)
        report["budgets"] = judge(report)
        return report
    if args.visits_only:
        from . import visits

        report["visits"] = visits.measure(quick=quick, outage_seconds=args.visits_outage, say=say)
        report["budgets"] = judge(report)
        return report
    seqs = measure.Sequence()
    counter = CounterProcess(workdir)
    display = None
    machine_load = measure.MachineLoad()
    probes = report["machine"]["speed_probe_ms"] = [measure.speed_probe()]
    try:
        # Seven launches each: the launch moves with the machine's speed more than any
        # other figure (3 runs' medians read 219-333 ms for one build within an hour).
        runs = 1 if quick else 7
        say(f"start-up from source ({runs} runs)")
        startup: dict[str, Any] = {"source": measure.startup(workdir, counter.port, runs, None, "source")}
        if frozen.is_file():
            say(f"start-up of the frozen program {frozen} ({runs} runs)")
            try:
                startup["frozen"] = {"program": str(frozen), **measure.startup(workdir, counter.port, runs, frozen, "frozen")}
            except measure.BenchError as exc:  # e.g. a build older than the paint stamps
                startup["frozen"] = {"program": str(frozen), "status": f"failed: {exc} (rebuild: --build-frozen)"}
        else:
            startup["frozen"] = {"program": str(frozen), "status": "not built (make frozen, or --build-frozen)"}
        report["startup"] = startup
        report["size"] = measure.build_sizes(frozen.parent, frozen.parent.parent / measure.ONEFILE_NAME)

        display = DisplayProcess(workdir, "display", counter.port)
        measure.wait_live(display, counter)
        if args.pin:
            report["machine"]["pinned"] = measure.pin_apart(display, counter)
        idle_seconds = args.idle_seconds
        say(f"idle CPU on the idle screen ({idle_seconds:g} s)")
        idle_screen = measure.idle_cpu(display, idle_seconds, settle=0.5 if quick else 2.0)

        memory_updates = 200 if quick else args.memory_updates
        say(f"memory: {memory_updates:,} updates")
        memory = measure.memory_and_churn(display, counter, seqs, updates=memory_updates, settle=0.3 if quick else measure.MEMORY_SETTLE)
        report["memory"] = memory

        probes.append(measure.speed_probe())
        latency: dict[str, Any] = {}
        latency_runs = 1 if quick else max(1, args.latency_runs)
        for lines, pace in ((5, 25.0), (200, 50.0), (1000, 50.0)):
            interval = args.interval_ms or pace
            say(f"latency: {latency_runs} x {args.updates} updates of a {lines}-line sale, one every {interval:g} ms")
            latency[str(lines)] = measure.latency_runs(display, counter, seqs, lines=lines, updates=args.updates, interval_ms=interval, runs=latency_runs, warmup=3 if quick else 10)
        report["latency"] = latency
        probes.append(measure.speed_probe())

        burst_n = args.burst if not quick else min(args.burst, 200)
        burst_runs = 1 if quick else 3
        say(f"burst of {burst_n} messages ({burst_runs} runs)")
        bursts = [measure.burst(display, counter, seqs, messages=burst_n) for _ in range(burst_runs)]
        report["burst"] = measure.summarise_bursts(bursts)

        say(f"idle CPU on a sale screen ({idle_seconds:g} s)")
        measure.show_sale(display, counter, seqs, 5)
        sale_screen = measure.idle_cpu(display, idle_seconds, settle=0.5 if quick else 2.0)
        report["idle_cpu"] = {"seconds": idle_seconds, "idle_screen_percent": idle_screen, "sale_screen_percent": sale_screen}

        reconnect_runs = 1 if quick else 5
        say(f"reconnect ({reconnect_runs} runs)")
        report["reconnect"], counter = measure.reconnect(workdir, display, counter, seqs, runs=reconnect_runs, down_seconds=0.5 if quick else 3.0)

        display.stop()
        say("repainted area per update (a display that adds up its paint regions)")
        display = DisplayProcess(workdir, "damage", counter.port, extra_env={"DISPLAY_APP_BENCH_DAMAGE": "1"})
        measure.wait_live(display, counter)
        report["damage"] = {str(n): measure.damage(display, counter, seqs, lines=n, updates=3 if quick else 10, interval_ms=300.0 if quick else 1000.0) for n in (5, 200, 1000)}
        if quick:
            report["xdamage"] = {"status": "not measured: --quick"}
        else:
            from . import xdamage

            say("repainted area under Xvfb (the X server's DAMAGE events)")
            report["xdamage"] = xdamage.measure(workdir, counter, seqs, say=say)
        probes.append(measure.speed_probe())
        report["machine"]["load"] = machine_load.stop()
        report["machine"]["speed_fastest_seen_ms"] = measure.fastest_seen(probes, speeds_seen_path())
        report["machine"]["too_busy"] = measure.too_busy(report)
        if args.display_only:
            report["budgets"] = judge(report)
            return report

        from . import visits

        report["visits"] = visits.measure(quick=quick, outage_seconds=args.visits_outage, say=say)
        if not args.no_pager:
            from . import pager

            report["pager"] = pager.measure(quick=quick, outage_seconds=args.pager_outage, say=say)
        if not args.no_wall and not quick:  # about 5 minutes; --quick leaves it out (--wall-only --quick runs it)
            from . import wall

            report["wall"] = wall.measure(workdir, quick=quick, threaded=not args.wall_feed_on_loop, say=say)
    finally:
        if display is not None:
            display.stop()
        counter.stop()
    report["budgets"] = judge(report)
    return report
