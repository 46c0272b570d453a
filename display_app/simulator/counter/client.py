"""One client connected to the simulated counter, as the counter sees it: its socket, its
outbox and firehoses, and what an endpoint handler may do with it (reply, defer, close).

Endpoint modules (``server``'s built-ins, ``presell``) import this module; nothing here
imports them, so endpoints can be added without an import cycle.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Mapping

from websockets.asyncio.server import ServerConnection

from ...fd1 import packets

log = logging.getLogger(__name__)

#: Frames queued for one slow client before the simulator gives up on it.
MAX_OUTBOX = 10_000

#: Returned by a handler that must not answer (e.g. ``fd1.session.ignore``).
NO_REPLY: Any = object()

#: Actions to run after the reply of the request being handled (one list per request task).
deferred_actions: contextvars.ContextVar[list[Callable[[], None]] | None] = contextvars.ContextVar("deferred", default=None)


class EndpointError(Exception):
    """Raised by an endpoint handler: the client gets an error reply with this message and code."""

    def __init__(self, message: str, code: int = 400, *, level: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.level = level  # how loudly the simulator logs it (None: by whether it is misuse)


@dataclass
class SimFirehose:
    rq: str
    event: str
    q: Mapping[str, Any] | None = None
    options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def opened_by(cls, request: packets.Request) -> "SimFirehose":
        """The firehose an ``open_firehose`` request asks for; EndpointError when it names no
        event or has no ``rq`` to route the events by."""
        v = request.v or {}
        event = v.get("event")
        if not isinstance(event, str) or not event:
            raise EndpointError("open_firehose needs v.event (the event name to stream)")
        if request.rq is None:
            raise EndpointError("open_firehose needs an rq: events are routed by it")
        return cls(rq=request.rq, event=event, q=request.q)

    def wants(self, sc: str) -> bool:
        """Whether an event with this schema passes the firehose's ``_sc`` filter (if any)."""
        if not self.q or "_sc" not in self.q:
            return True
        allowed = self.q["_sc"]
        names = [allowed] if isinstance(allowed, str) else list(allowed) if isinstance(allowed, list) else []
        return any(sc == name or sc.startswith(str(name) + ".") for name in names)


@dataclass(eq=False)
class Client:
    """One connected client (one socket); not a sale session."""

    id: int
    ws: ServerConnection
    path: str
    presell: bool  # opened with ?purpose=presell on the URL
    purpose: str | None = None  # from the login (or "presell" from the URL)
    logged_in: bool = False
    firehoses: dict[str, SimFirehose] = field(default_factory=dict)  # rq -> firehose
    data: dict[str, Any] = field(default_factory=dict)  # room for endpoint extensions (presell)
    outbox: asyncio.Queue[str | bytes] = field(default_factory=asyncio.Queue)  # text frames (UTF-8 bytes or text)
    _tasks: set[asyncio.Task[Any]] = field(default_factory=set)

    @property
    def remote(self) -> str:
        address = self.ws.remote_address
        return f"{address[0]}:{address[1]}" if address else "?"

    @property
    def closed(self) -> bool:
        return self.ws.close_code is not None

    def send(self, frame: Mapping[str, Any]) -> None:
        """Queue a frame (a dict) for this client, in order with replies and events."""
        self.send_text(packets.encode_utf8(frame))

    def send_text(self, text: str | bytes) -> None:
        """Queue raw text (tests use it to send malformed frames)."""
        if self.closed:
            return
        if self.outbox.qsize() >= MAX_OUTBOX:
            log.error("client %s is not reading (%d frames queued); closing it", self.remote, self.outbox.qsize())
            self._spawn(self.ws.close(1011, "client too slow"))
            return
        self.outbox.put_nowait(text)

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Close this client's socket (from a handler or a test), without waiting."""
        self._spawn(self.ws.close(code, reason))

    def defer(self, action: Callable[[], None]) -> None:
        """Run ``action`` right after the current request's reply has been queued
        (or soon, when called outside a request handler)."""
        actions = deferred_actions.get()
        if actions is None:
            asyncio.get_running_loop().call_soon(action)
        else:
            actions.append(action)

    def _spawn(self, coro: Awaitable[Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task


Handler = Callable[[Client, packets.Request], Awaitable[Any]]
