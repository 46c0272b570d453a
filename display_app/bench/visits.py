"""The visit-session section of ``display-app bench`` (issue 14's goals). No Qt here:
the screen figure comes from a child process (ui/display/greeting_bench.py).

* ``association``: p50/p99/max of ``VisitClient.associate`` against the simulator running
  in its own process (goal p99 < 100 ms);
* ``throughput``: requests/s the simulator serves with 10,000 sessions in it, from 16
  concurrent aiohttp connections (mixed GET and POST; goal >= 500 req/s);
* ``replay``: associations queued during an outage of ``outage_seconds`` (60 by default)
  all land after it, exactly once per sale and customer; time to drain;
* ``scan_to_greeting``: a scan typed into a real display until the greeting is painted
  (goal < 1 s).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import subprocess
import sys
import time
from typing import Any

from .measure import percentile


def _percentile(values: list[float], share: float) -> float:
    return round(percentile(values, share * 100), 2)


class _SimProcess:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "display_app.simulator.visits", "--port", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line.startswith("visits "):
            self.stop()
            raise RuntimeError("the visit-session simulator did not start")
        self.url = line.split(" ", 1)[1].strip()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


async def _association(url: str, calls: int) -> dict[str, Any]:
    from ..visits.client import VisitClient

    times: list[float] = []
    async with VisitClient(url, agent_id="bench") as client:
        for n in range(20):  # warm-up: connection pool, first allocations
            await client.associate(f"WARM{n}", customer_id="C1")
        for n in range(calls):
            started = time.perf_counter()
            await client.associate(f"SALE{n:06d}", customer_id=f"C{n % 997}", visit_id=f"v{n}")
            times.append((time.perf_counter() - started) * 1000)
    return {"calls": calls, "p50_ms": _percentile(times, 0.5), "p99_ms": _percentile(times, 0.99), "max_ms": round(max(times), 2)}


async def _throughput(url: str, sessions: int, requests: int, concurrency: int) -> dict[str, Any]:
    import aiohttp

    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=concurrency)) as http:

        async def fill(part: int) -> None:
            for n in range(part, sessions, concurrency):
                async with http.post(f"{url}/sessions/S{n:06d}", headers={"gkc_customerId": f"C{n}"}) as reply:
                    await reply.read()

        await asyncio.gather(*(fill(p) for p in range(concurrency)))
        rng = random.Random(5)
        errors = 0

        async def worker(count: int) -> None:
            nonlocal errors
            for _ in range(count):
                n = rng.randrange(sessions)
                if rng.random() < 0.5:
                    call = http.get(f"{url}/sessions/S{n:06d}")
                else:
                    call = http.post(f"{url}/sessions/S{n:06d}", headers={"gkc_customerId": f"C{n}"}, json={"visitId": f"v{n}"})
                async with call as reply:
                    await reply.read()
                    errors += reply.status != 200

        started = time.perf_counter()
        await asyncio.gather(*(worker(requests // concurrency) for _ in range(concurrency)))
        seconds = time.perf_counter() - started
        async with http.get(f"{url}/_dump") as reply:
            dump = await reply.json()
    done = (requests // concurrency) * concurrency
    return {
        "sessions": dump["sessions"],
        "requests": done,
        "errors": errors,
        "concurrency": concurrency,
        "seconds": round(seconds, 2),
        "requests_per_s": round(done / seconds, 1),
    }


async def _replay(outage_seconds: float, queued: int) -> dict[str, Any]:
    from ..simulator.visits.server import VisitSimulator
    from ..visits.client import VisitClient
    from ..visits.code import Identification
    from ..visits.replay import AssociationQueue

    sim = VisitSimulator()
    await sim.start()
    queue = AssociationQueue(VisitClient(sim.url, timeout=2.0))
    queue.start()
    landed: list[Any] = []
    queue.listeners.append(lambda r: landed.append(r) if r.ok else None)
    try:
        await sim.stop()
        keys = [(f"SALE{n:05d}", f"CUST{n % 211:04d}") for n in range(queued)]
        for sale, cust in keys:
            queue.submit(sale, Identification(cust))
            queue.submit(sale, Identification(cust))  # scanned twice
        await asyncio.sleep(outage_seconds)
        back = time.monotonic()
        await sim.start()
        await asyncio.wait_for(queue.drained(), timeout=120)
        drain_ms = (time.monotonic() - back) * 1000
        dump = sim.dump()
    finally:
        await queue.close()
        await queue.client.close()
        await sim.stop()
    return {
        "outage_seconds": outage_seconds,
        "queued": queued,
        "landed": len(landed),
        "back_to_all_landed_ms": round(drain_ms, 1),
        "attempts": queue.attempts,
        "replayed_posts": dump["replayed_posts"],
        "multiply_effective": dump["multiply_effective"],
        "exactly_once": len(landed) == queued and dump["associations"] == queued and dump["replayed_posts"] == 0 and dump["multiply_effective"] == 0,
        "landed_percent": round(100.0 * len(landed) / queued, 1),
    }


def _scan_to_greeting(runs: int) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run(
        [sys.executable, "-m", "display_app.ui.display.greeting_bench", str(runs)],
        capture_output=True, text=True, timeout=120, env=env,
    )
    for line in reversed(out.stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    return {"status": f"failed (exit {out.returncode}): {out.stderr.strip().splitlines()[-1:] }"}


def measure(*, quick: bool = False, outage_seconds: float = 60.0, say: Any = print) -> dict[str, Any]:
    report: dict[str, Any] = {}
    sim = _SimProcess()
    try:
        calls = 200 if quick else 2000
        say(f"visits: {calls} associations against the simulator")
        report["association"] = asyncio.run(_association(sim.url, calls))
        requests = 2000 if quick else 20_000
        say(f"visits: simulator throughput, 10,000 sessions, {requests:,} requests")
        report["throughput"] = asyncio.run(_throughput(sim.url, 10_000, requests, 16))
    finally:
        sim.stop()
    outage = min(outage_seconds, 2.0) if quick else outage_seconds
    say(f"visits: replay after a {outage:g} s outage")
    report["replay"] = asyncio.run(_replay(outage, 200))
    runs = 5 if quick else 30
    say(f"visits: scan to greeting on screen ({runs} runs)")
    report["scan_to_greeting"] = _scan_to_greeting(runs)
    return report


if __name__ == "__main__":  # python -m display_app.bench.visits [--quick]
    print(json.dumps(measure(quick="--quick" in sys.argv, say=lambda t: print(t, file=sys.stderr)), indent=2))
