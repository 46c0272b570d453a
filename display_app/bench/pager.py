"""The guest-pager section of ``display-app bench`` (issue 13's goals). No Qt here: the
board's figures come from a child process (ui/board/bench_child.py).

* ``sequential``: p50/p99/max of one request at a time (create, page, clear, list) from
  one aiocoap client to the base simulator in its own process (goal p99 < 10 ms);
* ``concurrent``: requests/s with 20 clients at once, each its own socket (goal >= 1,000);
* ``page_to_pixels``: a page sent until the board (Observe) has painted that guest under
  "Ready" (goal < 250 ms on loopback);
* ``board_frame``: paint time of the board at 1920x1080 with 200 sessions (goal < 16 ms),
  wall time and the painting thread's CPU time (``cpu_*``: what the paint costs when the
  machine is shared);
* ``outage``: actions queued while the base is away for ``outage_seconds`` (30 by
  default) are all replayed after it, none doubled, none to an unassigned number.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from typing import Any, Callable

from .measure import percentile

CLIENTS = 20


def _percentiles(values: list[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(values, 50), 3), "p99_ms": round(percentile(values, 99), 3), "max_ms": round(max(values), 3)}


class _Base:
    """The base simulator in its own process (so client and server do not share a core's loop)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "display_app.simulator.pager", "--port", "0"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line.startswith("pager coap://"):
            self.stop()
            raise RuntimeError("the pager base simulator did not start")
        self.port = int(line.rsplit(":", 1)[1])

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()  # type: ignore[union-attr]
                self.proc.wait(5)
            except Exception:
                self.proc.kill()


async def _sequential(port: int, rounds: int) -> dict[str, Any]:
    from ..pagers.link import PagerLink

    link = PagerLink("127.0.0.1", port, timeout=5.0)
    times: list[float] = []
    try:
        for n in range(20):  # warm-up
            await link.create(9000 + n)
        for n in range(rounds):
            number = n % 500
            for call in (lambda: link.create(number, label=f"Guest {number}", goal_s=300), lambda: link.page(number), lambda: link.clear(number)):
                t0 = time.perf_counter()
                await call()
                times.append((time.perf_counter() - t0) * 1000)
    finally:
        await link.close()
    return {"requests": len(times), **_percentiles(times)}


async def _concurrent(port: int, per_client: int, server_pid: int | None = None) -> dict[str, Any]:
    from ..pagers.link import PagerLink, PagerError

    links = [PagerLink("127.0.0.1", port, timeout=5.0) for _ in range(CLIENTS)]
    errors = 0
    times: list[float] = []

    async def client(i: int, link: PagerLink) -> None:
        nonlocal errors
        for n in range(per_client):
            number = 1000 + i * 1000 + n % 1000
            t0 = time.perf_counter()
            try:
                await (link.create(number) if n % 2 == 0 else link.page(number - 1 if n % 1000 else number))
            except PagerError:
                errors += 1
            times.append((time.perf_counter() - t0) * 1000)

    try:
        for link in links:  # contexts up before the clock starts
            await link.create(1)
        server = None
        if server_pid is not None:
            import psutil

            server = psutil.Process(server_pid)
            cpu0 = sum(server.cpu_times()[:2])
        started = time.perf_counter()
        await asyncio.gather(*(client(i, link) for i, link in enumerate(links)))
        elapsed = time.perf_counter() - started
        server_cpu = (sum(server.cpu_times()[:2]) - cpu0) if server is not None else None
    finally:
        for link in links:
            await link.close()
    out = {"clients": CLIENTS, "requests": len(times), "errors": errors, "seconds": round(elapsed, 3), "requests_per_s": round(len(times) / elapsed, 1), **_percentiles(times)}
    if server_cpu is not None and times:
        # what one request costs the simulator in CPU, and what one core could serve at that cost
        # (on a busy machine requests/s is bounded by waiting for a core, not by this)
        out["server_cpu_percent"] = round(100 * server_cpu / elapsed, 1)
        out["server_cpu_ms_per_request"] = round(1000 * server_cpu / len(times), 3)
        out["server_capacity_requests_per_s"] = round(len(times) / server_cpu, 0) if server_cpu > 0 else None
    return out


class _BoardChild:
    def __init__(self, port: int, size: str = "1920x1080") -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        self.proc = subprocess.Popen([sys.executable, "-m", "display_app.ui.board.bench_child", "--port", str(port), "--size", size], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)

    def read(self, match: Callable[[dict[str, Any]], bool], timeout: float = 20.0) -> dict[str, Any]:
        import select

        deadline = time.monotonic() + timeout
        assert self.proc.stdout is not None
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("the board child process ended")
            with_data = json.loads(line)
            if match(with_data):
                return with_data
        raise RuntimeError("the board did not show what was expected in time")

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()  # type: ignore[union-attr]
                self.proc.wait(10)
            except Exception:
                self.proc.kill()


def _board(port: int, runs: int, frames: int) -> tuple[dict[str, Any], dict[str, Any]]:
    from ..pagers.link import PagerLink

    async def call(coro_factory: Callable[[PagerLink], Any]) -> Any:
        link = PagerLink("127.0.0.1", port, timeout=5.0)
        try:
            return await coro_factory(link)
        finally:
            await link.close()

    async def clear_all(link: PagerLink) -> None:
        reply, _ = await link.list()
        for s in reply.sessions if reply else ():
            await link.remove(s.number)

    asyncio.run(call(clear_all))
    child = _BoardChild(port)
    try:
        child.read(lambda d: d.get("waiting") == 0 and d.get("ready") == [])
        latencies: list[float] = []
        for n in range(runs):
            number = 50_000 + n
            asyncio.run(call(lambda link: link.create(number, label=f"Bench {n}")))
            child.read(lambda d: d.get("waiting") == 1)
            t0 = time.monotonic()
            asyncio.run(call(lambda link: link.page(number)))
            shown = child.read(lambda d: number in d.get("ready", []))
            latencies.append((shown["t"] - t0) * 1000)
            asyncio.run(call(lambda link: link.remove(number)))
            child.read(lambda d: number not in d.get("ready", []) and d.get("waiting") == 0)

        async def fill(link: PagerLink) -> None:
            for k in range(200):
                await link.create(60_000 + k, label=f"Guest with a name {k}", goal_s=300 if k % 7 else 1)
                if k % 3 == 0:
                    await link.page(60_000 + k)

        asyncio.run(call(fill))
        child.read(lambda d: d.get("waiting", 0) + len(d.get("ready", [])) == 200)
        child.send(f"frames {frames}")
        measured = child.read(lambda d: "frames" in d)
    finally:
        child.stop()
    frame_times = measured["frames"][3:] or measured["frames"]  # the first paints warm the glyph caches
    cpu_times = measured["cpu"][3:] or measured["cpu"]
    cpu = {f"cpu_{k}": v for k, v in _percentiles(cpu_times).items()}
    return {"runs": runs, **_percentiles(latencies)}, {"entries": measured["entries"], "frames": len(frame_times), "size": "1920x1080", **_percentiles(frame_times), **cpu}


async def _outage(outage_seconds: float, guests: int) -> dict[str, Any]:
    from ..pagers.link import PagerLink
    from ..pagers.queue import running_queue
    from ..simulator.pager.server import PagerSimulator
    from ..simulator.pager.station import BaseStation

    station = BaseStation()
    sim = PagerSimulator(station, host="127.0.0.1")
    await sim.start()
    port = sim.port
    link = PagerLink("127.0.0.1", port, timeout=1.0)
    try:
        async with running_queue(link) as queue:
            await sim.stop()
            for n in range(guests):
                queue.assign(n, label=f"Guest {n}")
            for n in range(0, guests, 2):
                queue.page(n, message="Lane 1")
                queue.page(n, message="Lane 1")  # pressed twice while the base is away
            try:
                queue.page(guests + 1)
            except ValueError:
                pass  # refused: never assigned
            await asyncio.sleep(outage_seconds)
            waiting = queue.state.waiting_actions
            sim = PagerSimulator(station, host="127.0.0.1", port=port)
            await sim.start()
            back = time.perf_counter()
            await queue.drained(120)
            drained_ms = (time.perf_counter() - back) * 1000
    finally:
        await link.close()
        await sim.stop()
    pages = [p.number for p in station.pages]
    expected_pages = list(range(0, guests, 2))
    return {
        "outage_seconds": outage_seconds,
        "actions_waiting": waiting,
        "assigned": len(station.sessions),
        "lost": guests - len(station.sessions) + len(set(expected_pages) - set(pages)),
        "doubled": len(pages) - len(set(pages)),
        "unassigned_pages": len(set(pages) - set(range(guests))),
        "lost_or_doubled": guests - len(station.sessions) + len(set(expected_pages) - set(pages)) + len(pages) - len(set(pages)),
        "back_to_drained_ms": round(drained_ms, 1),
    }


def measure(*, quick: bool = False, outage_seconds: float = 30.0, say: Any = print) -> dict[str, Any]:
    report: dict[str, Any] = {"load_average_before": [round(v, 2) for v in os.getloadavg()] if hasattr(os, "getloadavg") else None}
    base = _Base()
    try:
        rounds = 100 if quick else 1000
        say(f"pager: {rounds * 3:,} sequential requests to the base simulator")
        report["sequential"] = asyncio.run(_sequential(base.port, rounds))
        per_client = 50 if quick else 250
        say(f"pager: {CLIENTS} concurrent clients, {CLIENTS * per_client:,} requests")
        report["concurrent"] = asyncio.run(_concurrent(base.port, per_client, base.proc.pid))
        runs = 5 if quick else 30
        say(f"pager: page to pixels on the board ({runs} runs), then 200 sessions' frame time")
        report["page_to_pixels"], report["board_frame"] = _board(base.port, runs, 20 if quick else 100)
    finally:
        base.stop()
    outage = min(outage_seconds, 2.0) if quick else outage_seconds
    say(f"pager: replay after a {outage:g} s base outage")
    report["outage"] = asyncio.run(_outage(outage, 40))
    return report


if __name__ == "__main__":  # python -m display_app.bench.pager [--quick]
    print(json.dumps(measure(quick="--quick" in sys.argv, say=lambda t: print(t, file=sys.stderr)), indent=2))
