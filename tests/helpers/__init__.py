"""Helpers shared by the tests that talk to the counter simulator over real sockets.

``running_simulator(**kwargs)``: a started CounterSimulator on 127.0.0.1 and a free port.
``running_client(settings)``: a CounterClient running in a task, its updates collected.
``RawClient``: a bare FD1 WebSocket client, to send exactly what a test wants.
``wait_until(predicate)``: poll a condition with a deadline (no fixed sleeps).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import time
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Callable

from websockets.asyncio.client import ClientConnection, connect

from display_app.fd1 import client as fd1_client
from display_app.fd1 import packets
from display_app.simulator.counter.server import CounterSimulator


def free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on (for a counter that is not there yet)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.asynccontextmanager
async def running_simulator(**kwargs: Any) -> AsyncIterator[CounterSimulator]:
    """A CounterSimulator listening on 127.0.0.1 (a free port unless ``port`` is given)."""
    kwargs.setdefault("host", "127.0.0.1")
    kwargs.setdefault("port", 0)
    sim = CounterSimulator(**kwargs)
    await sim.start()
    try:
        yield sim
    finally:
        await sim.stop()


async def wait_until(predicate: Callable[[], Any], timeout: float = 5.0, interval: float = 0.01, what: str = "") -> Any:
    """Wait until ``predicate()`` is truthy and return its value; AssertionError after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what or predicate}")
        await asyncio.sleep(interval)


@dataclass
class ClientRun:
    """A CounterClient running in a task, with every update it emitted."""

    client: fd1_client.CounterClient
    updates: list[Any] = field(default_factory=list)

    def events(self, prefix: str = "") -> list[packets.Event]:
        return [u for u in self.updates if isinstance(u, packets.Event) and u.sc.startswith(prefix)]

    def of_type(self, kind: type) -> list[Any]:
        return [u for u in self.updates if isinstance(u, kind)]


def quick_settings(url: str, **overrides: Any) -> fd1_client.CounterSettings:
    """CounterSettings with short delays so reconnect tests stay fast."""
    values: dict[str, Any] = dict(first_delay=0.05, max_delay=0.5, request_timeout=2.0, open_timeout=2.0, stable_after=1.0)
    values.update(overrides)
    return fd1_client.CounterSettings(url=url, **values)


@contextlib.asynccontextmanager
async def running_client(settings: fd1_client.CounterSettings) -> AsyncIterator[ClientRun]:
    run = ClientRun(client=None)  # type: ignore[arg-type]
    run.client = fd1_client.CounterClient(settings, run.updates.append)
    task = asyncio.create_task(run.client.run(), name="test-counter-client")
    try:
        yield run
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


class RawClient:
    """A plain WebSocket FD1 client: frames in, frames out, nothing hidden."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.backlog: list[dict[str, Any]] = []  # frames received while waiting for something else

    @classmethod
    @contextlib.asynccontextmanager
    async def connect(cls, url: str, **kwargs: Any) -> AsyncIterator[RawClient]:
        async with connect(url, proxy=None, open_timeout=5, **kwargs) as ws:
            yield cls(ws)

    async def send(self, frame: dict[str, Any] | str) -> None:
        await self.ws.send(frame if isinstance(frame, str) else json.dumps(frame))

    async def recv(self, timeout: float = 5.0) -> dict[str, Any]:
        if self.backlog:
            return self.backlog.pop(0)
        return json.loads(await asyncio.wait_for(self.ws.recv(), timeout))

    async def wait_for(self, match: Callable[[dict[str, Any]], bool], timeout: float = 5.0) -> dict[str, Any]:
        """The first frame matching; others received meanwhile stay in the backlog, in order."""
        for i, frame in enumerate(self.backlog):
            if match(frame):
                return self.backlog.pop(i)
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no matching frame within {timeout}s; got {self.backlog[-5:]}")
            frame = json.loads(await asyncio.wait_for(self.ws.recv(), remaining))
            if match(frame):
                return frame
            self.backlog.append(frame)

    async def request(self, a: str, rq: Any, v: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
        frame: dict[str, Any] = {"a": a, "rq": rq, **extra}
        if v is not None:
            frame["v"] = v
        await self.send(frame)
        return await self.wait_for(lambda f: f.get("rp") == str(rq) and "sc" not in f)

    async def login(self, purpose: str | None = "customerdisplay", **v: Any) -> dict[str, Any]:
        if purpose:
            v["purpose"] = purpose
        return await self.request("fd1.session.login", "login", v)

    async def event(self, sc_prefix: str = "", timeout: float = 5.0, **match: Any) -> dict[str, Any]:
        """The next event whose sc starts with ``sc_prefix`` (and whose keys equal ``match``)."""
        return await self.wait_for(
            lambda f: "sc" in f and f["sc"].startswith(sc_prefix) and all(f.get(k) == val for k, val in match.items()),
            timeout,
        )
