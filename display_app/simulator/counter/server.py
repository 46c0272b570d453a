"""A PosGreen counter simulator: a real FD1 WebSocket server for tests, demos and installers.

Run it with ``display-app simulate [--port 3490] [--host 127.0.0.1] [--scenario demo]``
or embed it::

    sim = CounterSimulator(host="127.0.0.1", port=0, scenario="quick-grocery")
    async with sim:
        print(sim.url)           # ws://127.0.0.1:PORT/fd1/open_websocket
        await sim.play("voided-line")

It serves ``/fd1/open_websocket`` and ``/ws/open_websocket`` (``?purpose=presell`` marks a
presell socket; any other path gets HTTP 404) and speaks FD1 as
shared/reference/fd1-protocol.md describes it, with our choices where the docs are silent
(display_app/fd1/dialect.py):

* ``fd1.session.login`` must come first; every other request before it gets an error
  reply (code 401). ``v.purpose`` is ``customerdisplay``, ``debugscope`` or absent. When
  the simulator has an ``apikey``, a login without that exact ``v.apikey`` is refused (401).
* replies are ``{"r": a, "rp": rq, "data": {...}}``; errors
  ``{"r": a, "rp": rq, "error": {"code": N, "message": "..."}}``. ``rp`` is always a string.
* ``fd1.customerdisplay.get_info`` answers ``data.rows[0]`` with these fields (the display
  maps them tolerantly): ``storename``, ``name`` (same), ``address`` (one line),
  ``address1``, ``city``, ``country``, ``phone``, ``website``, ``lane`` (checkout name),
  ``logo`` (a ``data:image/svg+xml;base64,...`` URI), ``primarycolour`` and ``accentcolour``
  (``#RRGGBB``), ``currency`` (ISO 4217 code), ``locale`` (e.g. ``en_NZ``), ``timezone``
  (IANA name), ``gstnumber``, ``thankyoumessage``, ``welcomemessage``.
* ``fd1.firehose.open_firehose`` (``v.event``; optional ``q`` with ``_sc`` to filter the
  schema) remembers the ``rq``: the firehose's events carry ``rp`` = that rq.
  ``close_firehose`` takes ``k`` = that rq; ``set_firehose_option`` (``k``, ``v``) is
  accepted and acknowledged. A firehose for ``custdisp.sale`` receives the lane's
  ``custdisp.sale.*`` snapshots, starting with a ``.status`` one right after it opens.
  A ``customerdisplay`` session with no such firehose receives them too, without ``rp``
  (a variant the display tolerates).
* every sale message is a whole-sale snapshot (see lane.py); ``custdisp.sale.status``
  repeats the current one every ``status_interval`` seconds (an empty sale when idle).
* ``fn1.link.link_status`` notices come from ``link_status(message)``.
* bad input (malformed JSON, no ``a``, a ``v`` that is not an object, a missing field, an
  unknown endpoint) is logged naming the problem and answered with an error when an ``rq``
  can be recovered; the connection keeps serving. A frame over ``max_size`` bytes closes
  that client with 1009 (logged); the others carry on.

Manual check with a third-party client (websocat or ``npx wscat``)::

    display-app simulate --port 3490 &
    echo '{"a":"fd1.session.login","rq":1,"v":{"purpose":"debugscope"}}' | websocat ws://127.0.0.1:3490/fd1/open_websocket
    npx wscat -c ws://127.0.0.1:3490/fd1/open_websocket   # then type the login line
    python -m websockets ws://127.0.0.1:3490/fd1/open_websocket   # websockets' own client

and the reply is ``{"r":"fd1.session.login","rp":"1","data":{...}}``.

Hooks for tests: ``endpoints`` (add or replace handlers: ``async def h(session, request)``
returning ``data`` or ``NO_REPLY``, or raising ``EndpointError(message, code)``),
``lane``, ``play()``, ``link_status()``, ``drop_clients()``, ``send_raw()``,
``accept_then_drop``, ``silent``, ``sessions``, ``received``, ``connection_count``.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import logging
import re
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Mapping
from urllib.parse import parse_qsl, urlsplit

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request as HttpRequest
from websockets.http11 import Response as HttpResponse

from ...fd1 import dialect, packets
from ...tasks import TaskSet
from . import presell
from . import scenarios as _scenarios
from .catalogue import Catalogue
from .client import NO_REPLY, Client, EndpointError, Handler, SimFirehose, deferred_actions
from .lane import Lane

log = logging.getLogger(__name__)

#: Firehose ``v.event`` names that receive customer-display sale messages.
CUSTDISP_EVENTS = frozenset({dialect.DEFAULT_CUSTDISP_EVENT, "custdisp", "cust.sale"})

#: How many decoded requests ``received`` keeps (oldest dropped first).
MAX_RECEIVED = 5_000

DEFAULT_STORE: dict[str, Any] = {
    "storename": "Harbourside Fresh Market",
    "name": "Harbourside Fresh Market",
    "address": "12 Quay Street, Devonport, Auckland 0624",
    "address1": "12 Quay Street",
    "city": "Devonport, Auckland 0624",
    "country": "New Zealand",
    "phone": "09 445 0123",
    "website": "harbourside.example.nz",
    "lane": "Lane 2",
    "primarycolour": "#1B5E20",
    "accentcolour": "#F9A825",
    "currency": "NZD",
    "locale": "en_NZ",
    "timezone": "Pacific/Auckland",
    "gstnumber": "123-456-789",
    "welcomemessage": "Kia ora! Welcome to Harbourside",
    "thankyoumessage": "Thank you for shopping with us",
}


class CounterSimulator:
    """A simulated PosGreen counter with one checkout lane."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = dialect.DEFAULT_PORT,
        scenario: str | Mapping[str, Any] | None = None,
        status_interval: float | None = 5.0,
        apikey: str | None = None,
        max_size: int | None = 2**20,
        speed: float = 1.0,
        store: Mapping[str, Any] | None = None,
        *,
        catalogue: Catalogue | None = None,
        presell: bool = True,
    ) -> None:
        self.host = host
        self.port = port
        self.status_interval = status_interval
        self.apikey = apikey
        self.max_size = max_size
        self.speed = speed
        self.store: dict[str, Any] = {**DEFAULT_STORE, "logo": logo_data_uri(), **(store or {})}
        self.lane = Lane(catalogue)
        self.lane.on_change.append(self._broadcast_sale)
        self.scenario = _scenarios.load(scenario, self.lane.catalogue) if scenario is not None else None
        self.endpoints: dict[str, Handler] = {
            dialect.LOGIN: self._login,
            dialect.IGNORE: self._ignore,
            "fd1.session.cancel_request": self._cancel_request,
            dialect.GET_INFO: self._get_info,
            dialect.OPEN_FIREHOSE: self._open_firehose,
            dialect.CLOSE_FIREHOSE: self._close_firehose,
            dialect.SET_FIREHOSE_OPTION: self._set_firehose_option,
        }
        self.sessions: list[Client] = []
        self.received: list[packets.Request] = []
        self.connection_count = 0  # WebSocket handshakes accepted since construction
        self.accept_then_drop = False
        self.silent = False
        self._server: Server | None = None
        self._ids = itertools.count(1)
        self._tasks = TaskSet()
        if presell:
            _install_presell(self)

    # -- lifecycle -----------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"ws://{self._url_host()}:{self.port}{dialect.DEFAULT_PATH}"

    @property
    def running(self) -> bool:
        return self._server is not None

    async def start(self) -> None:
        if self._server is not None:
            return
        self._server = await serve(
            self._serve,
            self.host,
            self.port,
            max_size=self.max_size,
            process_request=self._check_path,
            server_header="display-app counter simulator",
            logger=logging.getLogger("display_app.simulator.websockets"),
        )
        self.port = self._server.sockets[0].getsockname()[1]
        log.info("counter simulator listening on %s", self.url)
        if self.status_interval and self.status_interval > 0:
            self.spawn(self._status_loop(), "status")
        if self.scenario is not None:
            self.spawn(self._play_logged(self.scenario), "scenario")

    async def stop(self) -> None:
        """Close every client, stop timers and scenarios and free the port."""
        await self._tasks.cancel_all()
        server, self._server = self._server, None
        if server is not None:
            server.close()
            await server.wait_closed()
            log.info("counter simulator on port %s stopped", self.port)
        self.sessions.clear()

    async def __aenter__(self) -> CounterSimulator:
        await self.start()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.stop()

    # -- test and demo controls -------------------------------------------------------

    async def play(self, scenario: str | Mapping[str, Any]) -> None:
        """Run a scenario's steps against the lane (a looping one runs until cancelled)."""
        loaded = scenario if isinstance(scenario, _scenarios.Scenario) else _scenarios.load(scenario, self.lane.catalogue)
        await _scenarios.play(loaded, self.lane, speed=self.speed, link_status=self.link_status)

    def link_status(self, message: str, servers: list[dict[str, Any]] | None = None) -> None:
        """Send ``fn1.link.link_status`` to every logged-in client ("" clears the banner)."""
        v: dict[str, Any] = {"message": message}
        if servers is not None:
            v["servers"] = servers
        frame = {"a": dialect.LINK_STATUS, "v": v}
        for session in self._live_sessions():
            session.send(frame)

    def send_raw(self, text: str, *, logged_in_only: bool = True) -> int:
        """Send raw text to clients (to test a client's handling of bad frames). Returns how many."""
        targets = self._live_sessions() if logged_in_only else [s for s in self.sessions if not s.closed]
        for session in targets:
            session.send_text(text)
        return len(targets)

    async def drop_clients(self, code: int = 1001, reason: str = "simulated drop") -> None:
        """Close every client socket (the server keeps listening)."""
        sessions = list(self.sessions)
        await asyncio.gather(*(s.ws.close(code, reason) for s in sessions), return_exceptions=True)

    # -- connections ------------------------------------------------------------------

    def _check_path(self, connection: ServerConnection, request: HttpRequest) -> HttpResponse | None:
        path = urlsplit(request.path).path
        if path not in (dialect.DEFAULT_PATH, *dialect.ALTERNATE_PATHS):
            log.warning("refused a connection to unknown path %s (HTTP 404)", path)
            return connection.respond(HTTPStatus.NOT_FOUND, f"No FD1 socket at {path}; use {dialect.DEFAULT_PATH}\n")
        return None

    async def _serve(self, ws: ServerConnection) -> None:
        self.connection_count += 1
        if self.accept_then_drop:
            log.info("accept_then_drop: closing the new connection at once")
            await ws.close(1011, "simulated counter fault")
            return
        parts = urlsplit(ws.request.path if ws.request else "")
        query = dict(parse_qsl(parts.query))
        presell = query.get("purpose") == "presell"
        session = Client(id=next(self._ids), ws=ws, path=parts.path, presell=presell, purpose="presell" if presell else None)
        self.sessions.append(session)
        log.info("client %s connected to %s (session %d%s)", session.remote, ws.request.path if ws.request else "?", session.id, ", presell" if presell else "")
        writer = asyncio.create_task(self._writer(session), name=f"sim-writer-{session.id}")
        try:
            async for frame in ws:
                self._on_frame(session, frame)
        except ConnectionClosed as exc:
            sent = exc.sent
            if sent is not None and sent.code == 1009 and not exc.rcvd_then_sent:  # we closed it, not the client
                log.error("client %s sent a message larger than max_size (%s bytes); closed it with 1009", session.remote, self.max_size)
            else:
                log.info("client %s connection closed: %s", session.remote, exc)
        finally:
            log.info("client %s (session %d) gone", session.remote, session.id)
            with contextlib.suppress(ValueError):
                self.sessions.remove(session)
            writer.cancel()
            for task in list(session._tasks):
                task.cancel()

    async def _writer(self, session: Client) -> None:
        try:
            while True:
                text = await session.outbox.get()
                await session.ws.send(text, text=True)  # a text frame, from text or its UTF-8 bytes
        except ConnectionClosed:
            pass

    def _on_frame(self, session: Client, frame: str | bytes) -> None:
        try:
            request = packets.decode_request(frame)
        except packets.PacketError as exc:
            log.error("bad frame from client %s: %s; frame starts %r", session.remote, exc, frame[:120])
            if not self.silent:
                self._reply_to_bad_frame(session, frame, str(exc))
            return
        self.received.append(request)
        if len(self.received) > MAX_RECEIVED:
            del self.received[: len(self.received) - MAX_RECEIVED]
        if self.silent:
            return
        session._spawn(self._dispatch(session, request))

    def _reply_to_bad_frame(self, session: Client, frame: str | bytes, problem: str) -> None:
        try:
            obj = packets.parse_json(frame)
        except packets.PacketError:
            obj = _salvage(frame)  # broken JSON may still show its rq (the docs' own examples do)
        rq = obj.get("rq")
        if rq is None or isinstance(rq, (dict, list)) or len(str(rq)) > packets.MAX_RQ_LENGTH:
            return
        a = obj.get("a")
        out: dict[str, Any] = {"r": a if isinstance(a, str) else None, "rp": str(rq), "error": {"code": 400, "message": problem}}
        if obj.get("rt") is not None:
            out["rt"] = obj["rt"]
        session.send(out)

    async def _dispatch(self, session: Client, request: packets.Request) -> None:
        actions: list[Callable[[], None]] = []
        deferred_actions.set(actions)  # this runs in its own task, so in its own context
        try:
            if request.a != dialect.LOGIN and not session.logged_in:
                raise EndpointError(f"log in first: {dialect.LOGIN} must be the first request on a socket", 401)
            handler = self.endpoints.get(request.a)
            if handler is None:
                raise EndpointError(f"unknown endpoint {request.a}", 404)
            data = await handler(session, request)
        except EndpointError as exc:
            # Protocol misuse (no login, unknown endpoint) is an error; an endpoint saying
            # no to its arguments is the counter doing its job: a warning.
            misuse = request.a not in self.endpoints or not session.logged_in
            level = exc.level if exc.level is not None else logging.ERROR if misuse else logging.WARNING
            log.log(level, "client %s: %s refused: %s (code %d)", session.remote, request.a, exc.message, exc.code)
            session.send(packets.reply(request, error=exc.message, code=exc.code))
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("endpoint %s failed", request.a)
            session.send(packets.reply(request, error=f"internal error: {type(exc).__name__}", code=500))
        else:
            if data is not NO_REPLY:
                session.send(packets.reply(request, data))
        for action in actions:
            try:
                action()
            except Exception:
                log.exception("after-reply action for %s failed", request.a)

    # -- endpoints ----------------------------------------------------------------------

    async def _login(self, session: Client, request: packets.Request) -> Any:
        v = request.v or {}
        purpose = v.get("purpose")
        if purpose is not None and not isinstance(purpose, str):
            raise EndpointError(f"v.purpose must be a string, not {type(purpose).__name__}")
        if self.apikey is not None and v.get("apikey") != self.apikey:
            raise EndpointError("login refused: missing or wrong apikey", 401)
        if purpose and purpose not in ("customerdisplay", "debugscope", "presell"):
            log.warning("client %s logged in with an unknown purpose %r", session.remote, purpose)
        if purpose:
            session.purpose = purpose
        session.logged_in = True
        log.info("client %s logged in (purpose %s)", session.remote, session.purpose)
        return {"rows": [{"loggedin": 1, "purpose": session.purpose or "", "server": "display-app counter simulator"}]}

    async def _ignore(self, session: Client, request: packets.Request) -> Any:
        return NO_REPLY

    async def _cancel_request(self, session: Client, request: packets.Request) -> Any:
        return {}

    async def _get_info(self, session: Client, request: packets.Request) -> Any:
        return {"rows": [dict(self.store)]}

    async def _open_firehose(self, session: Client, request: packets.Request) -> Any:
        hose = SimFirehose.opened_by(request)
        event = hose.event
        session.firehoses[request.rq] = hose
        log.info("client %s opened firehose %r (rq %s)", session.remote, event, request.rq)
        if event in CUSTDISP_EVENTS:
            # Bring a display that joins mid-sale up to date at once.
            def send_current() -> None:
                sc = f"{self.lane.prefix}.status"
                if hose.wants(sc) and request.rq in session.firehoses:
                    session.send(packets.event(sc, self.lane.snapshot(), rp=request.rq))

            session.defer(send_current)
        return {"rows": [{"event": event, "rq": request.rq}]}

    async def _close_firehose(self, session: Client, request: packets.Request) -> Any:
        key = request.k if request.k is not None else (request.v or {}).get("rq")
        if key is None:
            raise EndpointError("close_firehose needs k: the rq the firehose was opened with")
        if session.firehoses.pop(str(key), None) is None:
            raise EndpointError(f"no open firehose with rq {key}", 404)
        log.info("client %s closed firehose rq %s", session.remote, key)
        return {}

    async def _set_firehose_option(self, session: Client, request: packets.Request) -> Any:
        if request.k is not None and str(request.k) in session.firehoses:
            session.firehoses[str(request.k)].options.update(request.v or {})
        return {}

    # -- broadcasting --------------------------------------------------------------------

    def _live_sessions(self) -> list[Client]:
        return [s for s in self.sessions if s.logged_in and not s.closed]

    def _broadcast_sale(self, sc: str, snapshot: dict[str, Any]) -> None:
        for session in self._live_sessions():
            hoses = [h for h in session.firehoses.values() if h.event in CUSTDISP_EVENTS]
            if hoses:
                for hose in hoses:
                    if hose.wants(sc):
                        session.send(packets.event(sc, snapshot, rp=hose.rq))
            elif session.purpose == "customerdisplay":
                session.send(packets.event(sc, snapshot))

    async def _status_loop(self) -> None:
        assert self.status_interval
        while True:
            await asyncio.sleep(self.status_interval)
            self.lane.broadcast_status()

    async def _play_logged(self, scenario: _scenarios.Scenario) -> None:
        try:
            await _scenarios.play(scenario, self.lane, speed=self.speed, link_status=self.link_status)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("scenario %s stopped with an error", scenario.name)

    def spawn(self, coro: Awaitable[Any], name: str) -> asyncio.Task[Any]:
        """Run ``coro`` as one of the simulator's tasks: cancelled by ``stop()``."""
        return self._tasks.spawn(coro, f"simulator-{name}")

    def _url_host(self) -> str:
        if self.host in ("", "0.0.0.0", "::"):
            return "127.0.0.1"
        return f"[{self.host}]" if ":" in self.host else self.host


_SALVAGE_RQ = re.compile(r'"rq"\s*:\s*(?:"((?:[^"\\]|\\.){0,199})"|(-?\d{1,30}))')
_SALVAGE_A = re.compile(r'"a"\s*:\s*"([A-Za-z0-9_.]{1,100})"')


def _salvage(frame: str | bytes) -> dict[str, Any]:
    """``rq`` (and ``a``) picked out of a frame that is not valid JSON, if they are visible."""
    text = frame.decode("utf-8", "replace") if isinstance(frame, bytes) else frame
    out: dict[str, Any] = {}
    if m := _SALVAGE_RQ.search(text):
        out["rq"] = m.group(1) if m.group(1) is not None else m.group(2)
    if m := _SALVAGE_A.search(text):
        out["a"] = m.group(1)
    return out


def _install_presell(sim: CounterSimulator) -> None:
    """Add the presell side (``presell.py``): SalesBuilder endpoints, parked sales and lane recall."""
    presell.install(sim)


# ----------------------------------------------------------------------------- logo


#: The simulated store's logo: a green disc with a gold leaf. Vector, so it is sharp at any
#: size a display draws it (a small bitmap looked jagged on a 4K idle screen).
LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 100 100">'
    '<circle cx="50" cy="50" r="49" fill="#1B5E20"/>'
    '<path d="M28 72 C28 42 48 28 74 26 C74 54 58 72 28 72 Z" fill="#F9A825"/>'
    '<path d="M33 67 L63 37" stroke="#1B5E20" stroke-width="2.6" stroke-linecap="round"/>'
    "</svg>"
)


def logo_data_uri() -> str:
    """``LOGO_SVG`` as the data: URI get_info sends."""
    return "data:image/svg+xml;base64," + base64.b64encode(LOGO_SVG.encode("utf-8")).decode("ascii")
