"""The measurements. Each takes the running children and returns a plain dict for the
report (times in ms, memory in MB, CPU in percent of one core). No Qt here.
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .counter import seq_of
from .procs import BenchError, CounterProcess, DisplayProcess, pin

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


class MachineLoad:
    """How busy the machine was while a figure was taken: the whole machine's CPU use,
    the share of it that was not the benchmark's own processes (the display, the counter,
    this process), and the 1-minute load average. Figures taken while others used more
    than ``BUSY_CORES`` cores mean little: ``busy`` says so."""

    BUSY_CORES = 0.5

    def __init__(self, *pids: int) -> None:
        import psutil

        self._procs = [psutil.Process(pid) for pid in (os.getpid(), *pids)]
        self._t0 = time.monotonic()
        self._sys0 = self._system_busy()
        self._own0 = self._own()

    @staticmethod
    def _system_busy() -> float:
        import psutil

        times = psutil.cpu_times()
        return sum(times) - times.idle - getattr(times, "iowait", 0.0)

    def _own(self) -> float:
        """CPU seconds of the benchmark: this process, the given ones, every live child
        (displays and counters come and go) and the children already waited for."""
        procs = {proc.pid: proc for proc in self._procs}
        try:
            procs.update({child.pid: child for child in self._procs[0].children(recursive=True)})
        except Exception:  # noqa: BLE001
            pass
        done = os.times()
        total = done.children_user + done.children_system
        for proc in procs.values():
            try:
                times = proc.cpu_times()
                total += times.user + times.system
            except Exception:  # noqa: BLE001 (a child gone: waited-for children are counted above)
                pass
        return total

    def stop(self) -> dict[str, Any]:
        wall = max(1e-6, time.monotonic() - self._t0)
        busy = (self._system_busy() - self._sys0) / wall
        own = (self._own() - self._own0) / wall
        others = max(0.0, busy - own)
        return {
            "cpus": os.cpu_count(),
            "machine_busy_cores": round(busy, 2),
            "others_cores": round(others, 2),
            "loadavg_1m": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
            "busy": others > self.BUSY_CORES,
        }


def pin_apart(display: DisplayProcess, counter: CounterProcess) -> dict[str, Any]:
    """The display on core 0; the counter and this process on the other cores (``--pin``)."""
    cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(cores) < 2:
        return {"status": "not pinned: fewer than 2 cores, or no CPU affinity here"}
    own, rest = {cores[0]}, set(cores[1:])
    done = pin(display.ps.pid, own) and pin(counter.proc.pid, rest) and pin(os.getpid(), rest)
    if not done:
        return {"status": "not pinned: the system refused"}
    return {"display": sorted(own), "counter_and_bench": sorted(rest)}


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
    load = MachineLoad(display.ps.pid, counter.proc.pid)
    cpu0 = display.cpu_seconds()
    sent = counter.call("paced", count=updates, interval_ms=interval_ms, seq=first)["sent"]
    display.wait_seq(first + updates - 1, 60, since=since)
    cpu = display.cpu_seconds() - cpu0
    machine = load.stop()
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
        # The display's CPU time (user + system) over the run, per update: receiving,
        # parsing, reducing, laying out, painting; includes its idle ticks (~0.1 % of a core).
        "cpu_per_update_ms": round(cpu * 1000 / updates, 3),
        "load": machine,
    }


def latency_runs(display: DisplayProcess, counter: CounterProcess, seqs: Sequence, *, lines: int, updates: int, interval_ms: float, runs: int, warmup: int = 10) -> dict[str, Any]:
    """``runs`` latency runs: the median run's p99 (the budgeted figure) with the spread
    of the runs' p99, the median CPU per update, and how busy the machine was."""
    results = [latency(display, counter, seqs, lines=lines, updates=updates, interval_ms=interval_ms, warmup=warmup) for _ in range(runs)]
    p99s = [r["p99_ms"] for r in results]
    busy_runs = sum(1 for r in results if r["load"]["busy"])
    return {
        "lines": lines,
        "updates": updates,
        "interval_ms": interval_ms,
        "runs": runs,
        "p50_ms": round(statistics.median(r["p50_ms"] for r in results), 3),
        "p99_ms": round(statistics.median(p99s), 3),
        "p99_min_ms": min(p99s),
        "p99_max_ms": max(p99s),
        "max_ms": max(r["max_ms"] for r in results),
        "painted_each": sum(r["painted_each"] for r in results),
        "cpu_per_update_ms": round(statistics.median(r["cpu_per_update_ms"] for r in results), 3),
        "others_cores_max": max(r["load"]["others_cores"] for r in results),
        "busy_runs": busy_runs,
        "all": results,
    }


def damage(display: DisplayProcess, counter: CounterProcess, seqs: Sequence, *, lines: int, updates: int = 30, interval_ms: float = 1000.0) -> dict[str, Any]:
    """Repainted area per update (a display started with ``DISPLAY_APP_BENCH_DAMAGE``):
    quantity changes of the newest line, slow enough for each highlight fade to finish."""
    show_sale(display, counter, seqs, lines)
    first = seqs.take(updates)
    since = len(display.stamps.records)
    counter.call("paced", count=updates, interval_ms=interval_ms, seq=first)
    display.wait_seq(first + updates - 1, 60 + updates * interval_ms / 1000, since=since)
    time.sleep(1.0)  # the last fade
    display.stamps.poll()
    stamps = [r for r in display.stamps.records[since:] if r.get("event") == "paint" and "area" in r]
    if len(stamps) < 2:
        raise BenchError("no repainted-area stamps: is DISPLAY_APP_BENCH_DAMAGE set for the display?")
    window = stamps[0]["window"]
    own = [r["area"] for r in stamps]
    between = [(r["between"], r["frames"]) for r in stamps[1:]]  # what each previous update's fade painted
    per_update = statistics.mean(a + b for a, (b, _) in zip(own, between + [(0, 0)]))
    return {
        "lines": lines,
        "updates": len(stamps),
        "window_px": window,
        "update_area_percent": round(100 * statistics.median(own) / window, 2),
        "fade_frames": round(statistics.median(f for _, f in between), 1) if between else None,
        "fade_area_percent": round(100 * statistics.median(b / max(1, f) for b, f in between) / window, 2) if between else None,
        "area_per_update_percent": round(100 * per_update / window, 1),  # the update and its fade, summed frame by frame
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


#: Seconds the memory readings wait for the display to be at rest: a tidy interval with no
#: update has given the allocator's free pages back (display_app/heap.py). The bench counter
#: repeats the sale's status every 5 s, which counts as an update: 4 s holds a quiet second
#: whenever that repeat falls.
MEMORY_SETTLE = 4.0


def memory_and_churn(display: DisplayProcess, counter: CounterProcess, seqs: Sequence, *, updates: int, per_sale: int = 50, settle: float = MEMORY_SETTLE) -> dict[str, Any]:
    """RSS before and after ``updates`` sale messages rung like a shop (a new sale every
    ``per_sale`` messages), each read with the display at rest. Sent in chunks that the
    screen catches up with."""
    time.sleep(settle)
    start = display.rss()
    pss_start = display.pss()
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
    pss_end = display.pss()
    out = {
        "updates": updates,
        "pss_after_start_mb": round(pss_start / MB, 1) if pss_start is not None else None,
        "pss_after_updates_mb": round(pss_end / MB, 1) if pss_end is not None else None,
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
        "first_live_min_ms": round(min(first_live), 1),
        "first_live_max_ms": round(max(first_live), 1),
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


#: A fixed piece of pure-Python work: how long it takes says how fast the machine runs the
#: display's kind of work at that moment (``speed_probe``).
SPEED_PROBE_ITEMS = 100_000
#: The slowest probe of a run this many times the fastest: the machine's speed moved
#: under the figures, though no process of ours or of others was seen using it (a shared
#: host's neighbours, frequency scaling). On the bench machine it moved up to 1.7x.
SPEED_DRIFT = 1.3


def speed_probe(repeats: int = 3) -> float:
    """Milliseconds the fixed work took in this process (the best of ``repeats``)."""
    best = math.inf
    for _ in range(repeats):
        start = time.perf_counter()
        table = {}
        for i in range(SPEED_PROBE_ITEMS):
            table[str(i)] = i * 2
        best = min(best, time.perf_counter() - start)
    return round(best * 1000, 2)


#: A run whose speed probes' median is this many times the best such median the bench
#: has recorded on this machine: the machine ran slow throughout (a shared host can
#: slow a VM down for an hour, evenly, with nothing to see inside it). On the bench
#: machine the same build's figures rose by a fifth to a third in such a phase.
SPEED_SLOW = 1.12


def machine_key() -> str:
    """What the speed probe's reference is kept under: this host, its cores, this Python."""
    import platform

    return f"{platform.node()}|{platform.machine()}|{os.cpu_count()} cpus|{platform.python_implementation()} {platform.python_version()}"


def fastest_seen(probes: list[float], path: Path) -> float | None:
    """The best (lowest) median of a run's speed probes recorded on this machine before
    this run (None the first time); records this run's median in ``path`` if it is lower
    (a small JSON file of the bench's)."""
    import json

    from ..atomic import write_atomic

    key = machine_key()
    try:
        seen = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(seen, dict):
            seen = {}
    except (OSError, ValueError):
        seen = {}
    before = seen.get(key)
    before = float(before) if isinstance(before, (int, float)) and before > 0 else None
    if probes:
        median = round(statistics.median(probes), 2)
        seen[key] = min(median, before) if before else median
        try:
            write_atomic(path, json.dumps(seen, indent=1, sort_keys=True) + "\n", mode=0o644)
        except OSError:
            pass  # the reference is a convenience: a read-only home does not stop the bench
    return before


def too_busy(report: dict[str, Any]) -> dict[str, Any]:
    """Whether the machine was too busy for the figures to mean much, and why: other
    processes used more than ``MachineLoad.BUSY_CORES`` cores over the whole run or in a
    latency run, the runs' p99 disagree by more than 2x, the speed probes taken through the
    run (``speed_probe``) disagree by more than ``SPEED_DRIFT``, or their median is more
    than ``SPEED_SLOW`` times the best median recorded on this machine
    (``machine.speed_fastest_seen_ms``)."""
    reasons = []
    probes = report.get("machine", {}).get("speed_probe_ms") or []
    if len(probes) >= 2 and max(probes) > SPEED_DRIFT * min(probes):
        reasons.append(f"the machine's speed moved during the run (the fixed probe took {min(probes)}-{max(probes)} ms)")
    fastest = report.get("machine", {}).get("speed_fastest_seen_ms")
    median = statistics.median(probes) if probes else None
    if median and fastest and median > SPEED_SLOW * fastest:
        reasons.append(
            f"the machine ran {median / fastest - 1:.0%} slower than its best (the fixed probe's median {median:.1f} ms, "
            f"against {fastest:.1f} ms in this machine's fastest run): every figure reads high"
        )
    load = report.get("machine", {}).get("load", {})
    if load.get("busy"):
        reasons.append(f"other processes used {load.get('others_cores')} cores over the run")
    for lines, lat in report.get("latency", {}).items():
        if lat.get("busy_runs"):
            reasons.append(f"{lat['busy_runs']} of {lat.get('runs')} {lines}-line latency runs shared the machine (others up to {lat.get('others_cores_max')} cores)")
        low, high = lat.get("p99_min_ms"), lat.get("p99_max_ms")
        if low and high and high > 2 * low:
            reasons.append(f"{lines}-line p99 spread {low}-{high} ms")
    return {"verdict": bool(reasons), "reasons": reasons}
