"""The benchmark's counter: the PosGreen counter simulator in its own process, driven
by ``display-app bench`` over stdin/stdout (one JSON object per line each way).

    python -m display_app.bench.counter --port 0

Prints ``{"ready": true, "port": P, "t": NS}`` once it listens (``t`` is
``time.monotonic_ns()``), then answers each command line with one JSON line. Every sale
message it sends carries the command's sequence number in ``datetimelocal``
(``"<local time> bench#<seq>"``: see ``marker()``); the display's paint stamps
(display_app/ui/display/bench_hook.py) report it back, so the benchmark can tell which message
reached the screen. Send times are taken just before a message is handed to the
simulator's broadcast (which encodes it and queues it for the socket).

Commands (``op``):

``wait_display``  until a display has its sale firehose open: ``{"timeout": s}``
``sale``          a new sale of ``lines`` lines with marker ``seq``
``paced``         ``count`` quantity changes on the last line, one every ``interval_ms``,
                  markers ``seq``, ``seq``+1, ...; answers ``sent`` = [[seq, t], ...]
``burst``         ``count`` changes as fast as the loop goes; answers ``first``, ``last``
                  (last handed over) and ``drained`` (every socket queue empty)
``grow``          ``count`` updates the way a shop rings them: a new sale every ``per_sale``
                  messages, one scanned item added per message
``clear``         the lane goes idle (an empty sale)
``quit``          stop and exit

No Qt here.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import threading
import time
from typing import Any

from .. import heap
from ..simulator.counter.lane import local_time_text
from ..simulator.counter.server import CounterSimulator


def marker(seq: int) -> str:
    """The ``datetimelocal`` of the benchmark's message number ``seq``."""
    return f"{local_time_text()} bench#{seq}"


def seq_of(when: str) -> int | None:
    """The sequence number in a painted sale's ``datetimelocal`` (None if it has none)."""
    _, sep, tail = when.rpartition("bench#")
    if not sep:
        return None
    try:
        return int(tail)
    except ValueError:
        return None


class BenchCounter:
    def __init__(self, port: int, status_interval: float) -> None:
        self.sim = CounterSimulator(port=port, status_interval=status_interval or None, presell=False)
        self.lane = self.sim.lane
        self.lane.on_change[:] = [self._send]
        self.products = self.lane.counted_products()
        self.marker = ""
        self.sent_ns = 0

    def _send(self, sc: str, snapshot: dict[str, Any]) -> None:
        if self.marker:
            snapshot = {**snapshot, "datetimelocal": self.marker}
        self.sent_ns = time.monotonic_ns()
        self.sim._broadcast_sale(sc, snapshot)  # noqa: SLF001 (the simulator's own broadcast)

    def _mark(self, seq: int) -> None:
        self.marker = marker(seq)

    def _product(self, i: int) -> str:
        return self.products[i % len(self.products)].sku

    def new_sale(self, lines: int, seq: int) -> None:
        self._mark(seq)
        self.lane.load_counted_sale(max(1, lines))

    def change(self, seq: int) -> None:
        """One realistic update: the last line's quantity changes (1..9)."""
        self._mark(seq)
        last = self.lane.last_seq
        if last is None:
            self.new_sale(1, seq)
            return
        self.lane.set_qty(last, 1 + seq % 9)

    def _connected(self) -> bool:
        return any(session.firehoses for session in self.sim._live_sessions())  # noqa: SLF001

    async def _drained(self) -> None:
        while any(s.outbox.qsize() for s in self.sim.sessions):
            await asyncio.sleep(0.0005)

    async def command(self, cmd: dict[str, Any]) -> dict[str, Any]:
        op = cmd.get("op")
        seq = int(cmd.get("seq", 0))
        if op == "wait_display":
            deadline = time.monotonic() + float(cmd.get("timeout", 30))
            while not self._connected():
                if time.monotonic() > deadline:
                    return {"ok": False, "error": "no display connected"}
                await asyncio.sleep(0.01)
            return {"ok": True}
        if op == "sale":
            self.new_sale(int(cmd.get("lines", 5)), seq)
            return {"ok": True, "t": self.sent_ns}
        if op == "clear":
            self.marker = ""
            self.lane.clear()
            return {"ok": True, "t": self.sent_ns}
        if op == "paced":
            interval = float(cmd.get("interval_ms", 25)) / 1000
            sent = []
            start = time.monotonic()
            for i in range(int(cmd["count"])):
                delay = start + i * interval - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                self.change(seq + i)
                sent.append([seq + i, self.sent_ns])
            return {"ok": True, "sent": sent}
        if op == "burst":
            count = int(cmd["count"])
            first = 0
            for i in range(count):
                self.change(seq + i)
                first = first or self.sent_ns
                await asyncio.sleep(0)  # let the socket writer go: messages leave as they are made
            last = self.sent_ns
            await self._drained()
            return {"ok": True, "first": first, "last": last, "drained": time.monotonic_ns()}
        if op == "grow":
            per_sale = max(2, int(cmd.get("per_sale", 50)))
            for i in range(int(cmd["count"])):
                n = seq + i
                if n % per_sale == 0 or not self.lane.active:
                    self.new_sale(1, n)
                else:
                    self._mark(n)
                    self.lane.add_item(self._product(n))
                if i % 20 == 0:
                    await asyncio.sleep(0)
            await self._drained()
            return {"ok": True, "t": self.sent_ns}
        return {"ok": False, "error": f"unknown op {op!r}"}


async def serve(port: int, status_interval: float) -> int:
    counter = BenchCounter(port, status_interval)
    await counter.sim.start()
    loop = asyncio.get_running_loop()
    # Building a 1,000-line snapshot allocates ~20,000 objects: Python's collector would now
    # and then scan this process's whole heap between a message's send time and its write
    # (the same update of every run, ~15 ms: the counter's pause, in the display's figure).
    # Collected on the loop between messages instead, as the display does.
    heap.settle(loop)
    lines: asyncio.Queue[str | None] = asyncio.Queue()

    def read_stdin() -> None:  # a thread: portable (Windows pipes have no add_reader)
        for line in sys.stdin:
            loop.call_soon_threadsafe(lines.put_nowait, line)
        loop.call_soon_threadsafe(lines.put_nowait, None)

    threading.Thread(target=read_stdin, name="bench-stdin", daemon=True).start()
    out = sys.stdout

    def reply(obj: dict[str, Any]) -> None:
        out.write(json.dumps(obj, separators=(",", ":")) + "\n")
        out.flush()

    reply({"ready": True, "port": counter.sim.port, "t": time.monotonic_ns()})
    try:
        while True:
            line = await lines.get()
            if line is None:
                break
            try:
                cmd = json.loads(line)
            except ValueError as exc:
                reply({"ok": False, "error": f"bad command: {exc}"})
                continue
            if cmd.get("op") == "quit":
                break
            try:
                reply(await counter.command(cmd))
            except Exception as exc:  # noqa: BLE001 - report, keep serving
                logging.exception("bench counter: %s failed", cmd.get("op"))
                reply({"ok": False, "error": f"{type(exc).__name__}: {exc}"})
    finally:
        await counter.sim.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m display_app.bench.counter")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--status-interval", type=float, default=5.0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return asyncio.run(serve(args.port, args.status_interval))


if __name__ == "__main__":
    sys.exit(main())
