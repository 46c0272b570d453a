"""The ``wall`` section of ``display-app bench``: one Lane Wall process against 200 simulated
stores x 8 lanes (the estate simulator in its own process), on this machine.

Timeline (seconds from the simulator's start; ``quick`` shortens it):

* 0..WARM: the simulator starts, the wall starts and connects to every store;
* SUSTAIN: the estate rings sales at the sustained pace (speed 2: about 800 events/s);
* BURST: 10 s at ``burst_factor`` times the pace (about 4,000 events/s);
* DROP: every store drops every client at once; the wall runs on for STORM seconds.

From the wall's own record (``DISPLAY_APP_WALL_BENCH``: every painted tile change with its
delay since the model changed, every frame's cost, the events applied each second, every
store's connect times) and from psutil on the wall's process (RSS, CPU) it reports: events/s
sustained and in the burst, tile change to screen p50/p99/max per phase, frame time p99/max,
RSS max, CPU per phase (percent of one core), and after the drop: the spread of the
reconnects, the last store back, and whether every lane was online again after 120 s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

import psutil

from .measure import percentile
from .procs import BenchError


def _pct(values: list[float], q: float) -> float | None:
    return percentile(values, q) if values else None


def _r(value: float | None, places: int = 1) -> float | None:
    return None if value is None else round(value, places)


def measure(workdir: Path, *, quick: bool = False, stores: int = 200, lanes: int = 8, speed: float = 2.0,
            burst_factor: float = 8.0, threaded: bool = True, say: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    warm, sustain, burst, settle, storm = (20, 25, 10, 10, 70) if quick else (25, 75, 10, 20, 130)
    burst_at = warm + sustain
    drop_at = burst_at + burst + settle
    end = drop_at + storm
    load_before = round(os.getloadavg()[0], 2)  # the box is shared: say how busy it was
    wall_toml = workdir / "wall.toml"
    stats = workdir / "wall-bench.json"
    state = workdir / "wall-state.json"
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for var in ("XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        env[var] = str(workdir / "xdg")
    sim_log = open(workdir / "estate.log", "w", encoding="utf-8")  # noqa: SIM115
    wall_log = open(workdir / "wall.log", "w", encoding="utf-8")  # noqa: SIM115
    say(f"wall: {stores} stores x {lanes} lanes; {sustain} s sustained, {burst} s burst, then every store drops ({end} s in all)")
    sim = subprocess.Popen(
        [sys.executable, "-m", "display_app", "simulate", "--stores", str(stores), "--lanes", str(lanes), "--port", "0",
         "--wall-config", str(wall_toml), "--speed", str(speed), "--drop-every", "0",
         "--burst", f"{burst_at},{burst},{burst_factor}", "--drop-all-at", str(drop_at)],
        stdin=subprocess.DEVNULL, stdout=sim_log, stderr=subprocess.STDOUT, env=env)
    t0 = time.time()
    wall = None
    try:
        deadline = time.monotonic() + 60
        while not wall_toml.exists():
            if sim.poll() is not None or time.monotonic() > deadline:
                raise BenchError(f"the estate simulator did not start (see {workdir / 'estate.log'})")
            time.sleep(0.1)
        env["DISPLAY_APP_WALL_BENCH"] = str(stats)
        wall = subprocess.Popen(
            [sys.executable, "-m", "display_app", "wall", "--config", str(wall_toml), "--size", "1920x1080",
             "--state-file", str(state), "--state-interval", "5", "--quit-after", str(end - (time.time() - t0)), "--log-level", "WARNING",
             *([] if threaded else ["--no-feed-thread"])],
            stdin=subprocess.DEVNULL, stdout=wall_log, stderr=subprocess.STDOUT, env=env)
        ps = psutil.Process(wall.pid)
        sim_ps = psutil.Process(sim.pid)
        samples: list[tuple[float, float, int]] = []  # (at, cpu seconds, rss bytes)
        sim_samples: list[tuple[float, float]] = []  # the generator's (at, cpu seconds): is it the limit?
        ready: float | None = None  # when the wall first had every store online
        while wall.poll() is None:
            if ready is None and state.exists():
                try:
                    if json.loads(state.read_text(encoding="utf-8"))["estate"]["stores_online"] == stores:
                        ready = time.time()
                        say(f"wall: every store online {ready - t0:.1f} s after the simulator started")
                except (OSError, ValueError, KeyError):
                    pass
            try:
                times = ps.cpu_times()
                samples.append((time.time(), times.user + times.system, ps.memory_info().rss))
            except psutil.Error:
                break
            try:
                times = sim_ps.cpu_times()
                sim_samples.append((time.time(), times.user + times.system))
            except psutil.Error:
                pass
            time.sleep(1.0)
        if not stats.exists():
            raise BenchError(f"the wall wrote no figures (see {workdir / 'wall.log'})")
        doc = json.loads(stats.read_text(encoding="utf-8"))
    finally:
        for proc in (wall, sim):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
        sim_log.close()
        wall_log.close()

    def window(a: float, b: float) -> tuple[float, float]:
        return t0 + a, t0 + b

    # The sustained phase starts 10 s after the wall has every store online (its start-up
    # and first catch-up are not the steady state), and never before ``warm``.
    steady = max(warm, (ready - t0 + 10) if ready is not None else warm)
    phases = {"sustained": window(min(steady, burst_at - 10), burst_at), "burst": window(burst_at, burst_at + burst),
              "storm": window(drop_at, end)}
    out: dict[str, Any] = {"stores": stores, "lanes": stores * lanes, "speed": speed, "burst_factor": burst_factor,
                           "feed": "own thread" if threaded else "screen's loop",
                           "wall_ready_s": _r(ready - t0 if ready is not None else None),
                           "load_average_1min_at_start": load_before, "load_average_1min_at_end": round(os.getloadavg()[0], 2)}
    events = doc["events"]
    for name, (a, b) in phases.items():
        inside = [(t, n) for t, n in events if a <= t <= b]
        rate = (inside[-1][1] - inside[0][1]) / (inside[-1][0] - inside[0][0]) if len(inside) >= 2 and inside[-1][0] > inside[0][0] else None
        lat = [d * 1000 for t, d in doc["latencies"] if a <= t <= b]
        frames = [ms for t, ms in doc["frame_ms"] if a <= t <= b]
        cpu = [(t, c) for t, c, _ in samples if a <= t <= b]
        cpu_pct = (cpu[-1][1] - cpu[0][1]) / (cpu[-1][0] - cpu[0][0]) * 100 if len(cpu) >= 2 else None
        scpu = [(t, c) for t, c in sim_samples if a <= t <= b]
        sim_pct = (scpu[-1][1] - scpu[0][1]) / (scpu[-1][0] - scpu[0][0]) * 100 if len(scpu) >= 2 else None
        out[name] = {
            "events_per_s": _r(rate, 0),
            "tile_to_screen_p50_ms": _r(_pct(lat, 50)),
            "tile_to_screen_p99_ms": _r(_pct(lat, 99)),
            "tile_to_screen_max_ms": _r(max(lat) if lat else None),
            "tile_changes_painted": len(lat),
            "frame_p99_ms": _r(_pct(frames, 99), 2),
            "frame_max_ms": _r(max(frames) if frames else None, 2),
            "frames": len(frames),
            "cpu_percent": _r(cpu_pct),
            "simulator_cpu_percent": _r(sim_pct),
        }
    out["rss_max_mb"] = _r(max((r for _, _, r in samples), default=0) / 2**20)
    drop_wall = t0 + drop_at
    back = []
    for times in doc["connects"].values():
        after = [t for t in times if t > drop_wall]
        back.append(min(after) - drop_wall if after else None)
    came_back = sorted(b for b in back if b is not None)
    out["reconnect"] = {
        "stores_back": len(came_back),
        "first_back_s": _r(came_back[0] if came_back else None),
        "last_back_s": _r(came_back[-1] if came_back else None),
        "spread_s": _r(came_back[-1] - came_back[0] if came_back else None),
        "p50_back_s": _r(_pct(came_back, 50)),
        "all_back_within_120_s": len(came_back) == stores and came_back[-1] <= 120,
    }
    final = json.loads(state.read_text(encoding="utf-8"))["estate"] if state.exists() else {}
    out["reconnect"]["lanes_online_at_end"] = final.get("lanes_online")
    out["reconnect"]["dark_lanes_at_end"] = None if not final else final.get("lanes", 0) - final.get("lanes_online", 0)
    return out
