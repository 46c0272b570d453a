"""The measurements. Each takes the running children and returns a plain dict for the
report (times in ms, memory in MB, CPU in percent of one core). No Qt here.
"""

from __future__ import annotations

import math
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .counter import seq_of
from .procs import BenchError, CounterProcess, DisplayProcess

MB = 1024 * 1024


class Sequence:
    """Message numbers for the counter's markers: every message the bench sends is unique."""

    def __init__(self) -> None:
        self.next = 1

    def take(self, count: int = 1) -> int:
        first = self.next
        self.next += count
        return first


def percentile(values: list[float], q: float) -> float:
    """The ``q`` (0..100) percentile, nearest-rank on the sorted values."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


def ms(ns: int | float) -> float:
    return round(ns / 1e6, 3)


def wait_live(display: DisplayProcess, counter: CounterProcess, timeout: float = 30) -> dict[str, Any]:
    counter.call("wait_display", timeout=timeout)
    return display.wait_for(lambda r: r.get("conn") == "connected", timeout, "a live screen")


def show_sale(display: DisplayProcess, counter: CounterProcess, seqs: Sequence, lines: int, timeout: float = 30) -> None:
    seq = seqs.take()
    counter.call("sale", lines=lines, seq=seq)
    display.wait_for(lambda r: r.get("screen") == "sale" and seq_of(r.get("when", "")) == seq, timeout, f"a {lines}-line sale")


def latency(display: DisplayProcess, counter: CounterProcess, seqs: Sequence, *, lines: int, updates: int, interval_ms: float, warmup: int = 10) -> dict[str, Any]:
    """Paced updates of a ``lines``-line sale: send time -> the paint that showed it (or a newer one)."""
    show_sale(display, counter, seqs, lines)
    if warmup:
        first = seqs.take(warmup)
        counter.call("paced", count=warmup, interval_ms=interval_ms, seq=first)
        display.wait_seq(first + warmup - 1, 30)
    since = len(display.stamps.records)
    first = seqs.take(updates)
    sent = counter.call("paced", count=updates, interval_ms=interval_ms, seq=first)["sent"]
    display.wait_seq(first + updates - 1, 60, since=since)
    paints = [(seq_of(r.get("when", "")) or -1, r["t"]) for r in display.stamps.paints[0:] if r.get("t", 0) >= sent[0][1]]
    latencies: list[float] = []
    exact = 0
    j = 0
    for seq, t_sent in sent:  # both lists are in time order
        while j < len(paints) and paints[j][0] < seq:
            j += 1
        if j == len(paints):
            raise BenchError(f"message {seq} was never painted")
        exact += paints[j][0] == seq
        latencies.append((paints[j][1] - t_sent) / 1e6)
    return {
        "lines": lines,
        "updates": updates,
        "interval_ms": interval_ms,
        "p50_ms": round(percentile(latencies, 50), 3),
        "p99_ms": round(percentile(latencies, 99), 3),
        "max_ms": round(max(latencies), 3),
        "mean_ms": round(statistics.fmean(latencies), 3),
        "painted_each": exact,  # updates painted on their own (the rest were coalesced into a newer paint)
    }


def burst(display: DisplayProcess, counter: CounterProcess, seqs: Sequence, *, messages: int, lines: int = 5) -> dict[str, Any]:
    """``messages`` changes as fast as the counter can send them."""
    show_sale(display, counter, seqs, lines)
    display.stamps.poll()
    before = display.stamps.paints[-1]
    since = len(display.stamps.records)
    first = seqs.take(messages)
    reply = counter.call("burst", count=messages, seq=first)
    last_paint = display.wait_seq(first + messages - 1, 60, since=since)
    display.stamps.poll()
    paints = [before] + [r for r in display.stamps.records[since:] if r.get("event") == "paint" and r["t"] <= last_paint["t"]]
    depths = [b["recv"] - a["recv"] for a, b in zip(paints, paints[1:])]
    return {
        "messages": messages,
        "lines": lines,
        "send_ms": ms(reply["drained"] - reply["first"]),
        "last_to_screen_ms": ms(last_paint["t"] - reply["drained"]),
        "last_sent_to_screen_ms": ms(last_paint["t"] - reply["last"]),
        "first_to_screen_ms": ms(last_paint["t"] - reply["first"]),
        "paints": len(paints) - 1,
        "peak_queue_depth": max(depths) if depths else 0,
    }


def summarise_bursts(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Several bursts: the median run's figures (by last message to screen), plus the
    worst figure and every run's, since one burst on a shared box is a noisy sample."""
    ordered = sorted(runs, key=lambda r: r["last_to_screen_ms"])
    out = dict(ordered[(len(ordered) - 1) // 2])
    out["runs"] = len(runs)
    out["last_to_screen_max_ms"] = ordered[-1]["last_to_screen_ms"]
    out["peak_queue_depth"] = max(r["peak_queue_depth"] for r in runs)
    out["all_last_to_screen_ms"] = [r["last_to_screen_ms"] for r in runs]
    return out


def memory_and_churn(display: DisplayProcess, counter: CounterProcess, seqs: Sequence, *, updates: int, per_sale: int = 50, settle: float = 1.0) -> dict[str, Any]:
    """RSS before and after ``updates`` sale messages rung like a shop (a new sale every
    ``per_sale`` messages). Sent in chunks that the screen catches up with."""
    time.sleep(settle)
    start = display.rss()
    samples = [start]
    done = 0
    chunk = max(1, min(1000, updates))
    while done < updates:
        count = min(chunk, updates - done)
        first = seqs.take(count)
        since = len(display.stamps.records)
        counter.call("grow", count=count, seq=first, per_sale=per_sale)
        display.wait_seq(first + count - 1, 120, since=since)
        done += count
        samples.append(display.rss())
    time.sleep(settle)
    end = display.rss()
    out = {
        "updates": updates,
        "rss_after_start_mb": round(start / MB, 1),
        "rss_after_updates_mb": round(end / MB, 1),
        "growth_mb": round((end - start) / MB, 2),
        "growth_per_10k_mb": round((end - start) / MB * 10_000 / updates, 2),
        "samples_mb": [round(s / MB, 1) for s in samples],  # after each chunk of updates
    }
    if updates > chunk:
        # Past the first chunk (fonts, glyphs, the first sale's widgets: one-off costs),
        # growth is what a long day would add.
        out["steady_growth_per_10k_mb"] = round((end - samples[1]) / MB * 10_000 / (updates - chunk), 2)
    return out


def idle_cpu(display: DisplayProcess, seconds: float, settle: float = 1.0) -> float:
    """Percent of one core the display used over ``seconds`` (nothing sent meanwhile)."""
    time.sleep(settle)
    display.check_alive()
    cpu0, wall0 = display.cpu_seconds(), time.monotonic()
    time.sleep(seconds)
    cpu1, wall1 = display.cpu_seconds(), time.monotonic()
    return round((cpu1 - cpu0) / (wall1 - wall0) * 100, 3)


def startup(workdir: Path, port: int, runs: int, frozen: Path | None, name: str) -> dict[str, Any]:
    """Process start -> first painted frame, and -> first frame with the counter live."""
    first_paint: list[float] = []
    first_live: list[float] = []
    rss: list[float] = []
    for i in range(runs):
        display = DisplayProcess(workdir, f"{name}-startup-{i}", port, frozen=frozen)
        try:
            painted = display.wait_for(lambda r: True, 60, "its first frame")
            live = display.wait_for(lambda r: r.get("conn") == "connected", 60, "a live screen")
            first_paint.append((painted["t"] - display.started_ns) / 1e6)
            first_live.append((live["t"] - display.started_ns) / 1e6)
            rss.append(display.rss() / MB)
        finally:
            display.stop()
    return {
        "runs": runs,
        "first_paint_ms": round(statistics.median(first_paint), 1),
        "first_paint_max_ms": round(max(first_paint), 1),
        "first_live_ms": round(statistics.median(first_live), 1),
        "rss_mb": round(statistics.median(rss), 1),
    }


def reconnect(workdir: Path, display: DisplayProcess, counter: CounterProcess, seqs: Sequence, *, runs: int, down_seconds: float) -> tuple[dict[str, Any], CounterProcess]:
    """Kill the counter, let the display notice, start it again on the same port: time
    from the new counter listening to the display painting live data again.
    Returns the report and the counter now running."""
    port = counter.port
    times: list[float] = []
    offline_ms: list[float] = []
    for _ in range(runs):
        show_sale(display, counter, seqs, 5)
        since = len(display.stamps.records)
        killed = time.monotonic_ns()
        counter.kill()
        offline = display.wait_for(lambda r: r.get("screen") == "offline", 30, "the offline screen", since=since)
        offline_ms.append((offline["t"] - killed) / 1e6)
        time.sleep(down_seconds)
        since = len(display.stamps.records)
        counter = _restart(workdir, port)
        back = display.wait_for(lambda r: r.get("conn") == "connected" and r.get("screen") != "offline", 30, "live data after the counter came back", since=since)
        times.append((back["t"] - counter.ready_ns) / 1e6)
    return {
        "runs": runs,
        "down_seconds": down_seconds,
        "median_ms": round(statistics.median(times), 1),
        "max_ms": round(max(times), 1),
        "offline_shown_ms": round(statistics.median(offline_ms), 1),
    }, counter


def _restart(workdir: Path, port: int, attempts: int = 50) -> CounterProcess:
    """A new counter on ``port`` (retried briefly if the old socket is not free yet)."""
    last: Exception | None = None
    for _ in range(attempts):
        try:
            return CounterProcess(workdir, port)
        except BenchError as exc:
            last = exc
            time.sleep(0.1)
    raise BenchError(f"could not restart the counter on port {port}: {last}")


ONEFILE_NAME = "display-app-onefile.exe" if sys.platform == "win32" else "display-app-onefile"


def build_sizes(folder: Path, onefile: Path) -> dict[str, Any]:
    """Size of the one-folder build (``folder``) and of the one-file program, if they exist."""
    out: dict[str, Any] = {"onefolder_mb": None, "onefile_mb": None, "status": "not built (make frozen, or --build-frozen)"}
    if folder.is_dir():
        total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        out["onefolder_mb"] = round(total / MB, 1)
        out["status"] = "built"
    if onefile.is_file():
        out["onefile_mb"] = round(onefile.stat().st_size / MB, 1)
        out["status"] = "built"
    return out


def build_frozen(root: Path, onefile: bool = False) -> None:
    """Run the packaging spec (``make frozen``), one folder (and one file if asked)."""
    spec = root / "packaging" / "display-app.spec"
    if not spec.is_file():
        raise BenchError(f"no packaging spec at {spec}: --build-frozen needs a source checkout")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(root / "dist"), "--workpath", str(root / "build"), str(spec)]
    for extra in ([], ["--", "--onefile"]) if onefile else ([],):
        result = subprocess.run(command + extra, cwd=root, capture_output=True, text=True)
        if result.returncode != 0:
            raise BenchError(f"the frozen build failed:\n{result.stderr[-2000:]}")
