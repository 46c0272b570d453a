"""Profile the running customer display, the way ``display-app bench`` runs it.

Starts the benchmark's counter (``python -m display_app.bench.counter``) and a display
process, puts a sale of ``--lines`` lines on screen, then sends ``--updates`` quantity
changes of its last line, one every ``--interval-ms``, and prints the latency
percentiles, the slowest updates and the display's CPU time per update. With ``--spy
FILE`` it attaches py-spy (``pip install py-spy``) to the display for the paced run and
writes its raw samples to FILE (``--native`` stacks: Qt's own frames included)::

    QT_QPA_PLATFORM=offscreen python tests/helpers/profile_live.py --lines 1000 --spy spy.txt
    python tests/helpers/profile_live.py --top spy.txt          # where the samples are

Not a test and not the benchmark: a tool for finding where the running display's time
goes (docs/profile.md).
"""

from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def run(lines: int, updates: int, interval_ms: float, spy: str | None) -> int:
    from display_app.bench import measure
    from display_app.bench.counter import seq_of
    from display_app.bench.procs import CounterProcess, DisplayProcess

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="profile-live-"))
    counter = CounterProcess(work)
    display = DisplayProcess(work, "display", counter.port)
    seqs = measure.Sequence()
    sampler = None
    try:
        measure.wait_live(display, counter)
        measure.show_sale(display, counter, seqs, lines)
        time.sleep(2.5)  # the display settles its heap 2 s after start
        if spy:
            sampler = subprocess.Popen(
                ["py-spy", "record", "-r", "250", "--native", "-f", "raw", "-o", spy, "-p", str(display.ps.pid)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            time.sleep(1.0)
        first = seqs.take(updates)
        since = len(display.stamps.records)
        cpu0 = display.cpu_seconds()
        sent = counter.call("paced", count=updates, interval_ms=interval_ms, seq=first)["sent"]
        display.wait_seq(first + updates - 1, 120, since=since)
        cpu = display.cpu_seconds() - cpu0
        paints = [(seq_of(r.get("when", "")) or -1, r["t"]) for r in display.stamps.paints if r.get("t", 0) >= sent[0][1]]
        latencies: list[tuple[float, int]] = []
        j = 0
        for seq, t_sent in sent:
            while paints[j][0] < seq:
                j += 1
            latencies.append(((paints[j][1] - t_sent) / 1e6, seq - first))
        ordered = sorted(ms for ms, _ in latencies)
        pick = lambda q: measure.percentile(ordered, q)  # noqa: E731
        print(f"{lines} lines, {updates} updates every {interval_ms:g} ms: p50 {pick(50):.2f} ms, p90 {pick(90):.2f}, "
              f"p99 {pick(99):.2f}, max {ordered[-1]:.2f}; CPU {cpu * 1000 / updates:.2f} ms per update")
        print("slowest (ms, update):", [(round(ms, 1), i) for ms, i in sorted(latencies, reverse=True)[:10]])
    finally:
        if sampler is not None:
            sampler.send_signal(2)
            sampler.wait(30)
        display.stop()
        counter.stop()
    return 0


def top(path: str, count: int = 60) -> int:
    """Functions by the share of samples they appear in (inclusive)."""
    total = 0
    seen: collections.Counter[str] = collections.Counter()
    for row in open(path, encoding="utf-8"):
        stack, _, n = row.rstrip("\n").rpartition(" ")
        total += int(n)
        for name in {frame.split(" (")[0] for frame in stack.split(";")}:
            if not name.startswith("0x"):
                seen[name] += int(n)
    for name, n in seen.most_common(count):
        print(f"{n:6d} {100 * n / max(1, total):5.1f}%  {name}")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="profile_live.py")
    parser.add_argument("--lines", type=int, default=5)
    parser.add_argument("--updates", type=int, default=300)
    parser.add_argument("--interval-ms", type=float, default=50.0)
    parser.add_argument("--spy", metavar="FILE", help="attach py-spy to the display, raw samples to FILE")
    parser.add_argument("--top", metavar="FILE", help="summarise a raw py-spy file instead")
    args = parser.parse_args(argv)
    if args.top:
        return top(args.top)
    return run(args.lines, args.updates, args.interval_ms, args.spy)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
