"""The base station on CoAP/UDP (aiocoap), loopback by default.

``PagerSimulator(station, host, port)``: ``await start()`` / ``await stop()``; the same
``BaseStation`` can be served again after a stop (an outage that loses nothing on the
base's side). UDP only: aiocoap's default server transports would also open CoAP-over-TCP
on the port, so we name the UDP ones (``udp6``; ``simplesocketserver`` where udp6 does not work). aiocoap sets SO_REUSEPORT, so a second server would
silently share a port: ``start()`` first checks that nobody holds it.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import socket
from typing import Any

import aiocoap
import aiocoap.resource as resource
from aiocoap import Code, Message
from aiocoap.numbers.contentformat import ContentFormat

from ...pagers import dialect
from ...pagers.link import udp_transports
from .station import BaseStation, StationError, number_from_query, parse_body

log = logging.getLogger("display_app.simulator.pager")

_JSON = ContentFormat.JSON
_CODES = {
    "4.00": Code.BAD_REQUEST,
    "4.04": Code.NOT_FOUND,
    "4.05": Code.METHOD_NOT_ALLOWED,
    "4.13": Code.REQUEST_ENTITY_TOO_LARGE,
    "4.15": Code.UNSUPPORTED_CONTENT_FORMAT,
    "5.00": Code.INTERNAL_SERVER_ERROR,
    "5.03": Code.SERVICE_UNAVAILABLE,
}
#: Above this a GET reply travels in Block2 blocks of 1024 bytes (RFC 7959).
BLOCK_SIZE = 1024


def _reply(code: Any, body: dict[str, Any] | None = None) -> Message:
    if body is None:
        return Message(code=code)
    return Message(code=code, payload=dialect.compact(body), content_format=_JSON)


def _error(exc: StationError) -> Message:
    return Message(code=_CODES.get(exc.code, Code.BAD_REQUEST), payload=dialect.error_body(exc.code, exc.message), content_format=_JSON)


def _body(request: Message) -> dict[str, Any]:
    fmt = request.opt.content_format
    if fmt is not None and int(fmt) != dialect.CONTENT_FORMAT_JSON:
        raise StationError("4.15", "Content-Format must be application/json (50)")
    return parse_body(request.payload)


class _Base(resource.Resource):
    def __init__(self, sim: PagerSimulator) -> None:
        super().__init__()
        self.sim = sim

    async def render(self, request: Message) -> Message:
        self.sim.requests += 1
        try:
            response = await super().render(request)
        except StationError as exc:
            return _error(exc)
        except (aiocoap.error.UnallowedMethod, aiocoap.error.UnsupportedMethod):
            return _error(StationError("4.05", "Method not allowed"))
        if request.code != Code.GET and self.sim.swallow > 0:
            self.sim.swallow -= 1  # the change is made; the answer is lost on the way back
            await self.sim.never()
        return response


class SessionsResource(_Base, resource.ObservableResource):
    """/v1/sessions: GET (list or ?number=N; ETag, Observe, Block2), POST, PUT, DELETE."""

    def __init__(self, sim: PagerSimulator) -> None:
        super().__init__(sim)
        resource.ObservableResource.__init__(self)

    async def add_observation(self, request: Message, serverobservation: Any) -> None:
        if self.sim.observe:  # otherwise the first answer carries no Observe option (like a T7470)
            await super().add_observation(request, serverobservation)

    async def render_get(self, request: Message) -> Message:
        number = number_from_query(list(request.opt.uri_query))
        station = self.sim.station
        response = _reply(Code.CONTENT, station.get(number))
        if self.sim.garble:  # fault injection: a base answering something that is not JSON
            return Message(code=Code.CONTENT, payload=b"\xff<not json>" * 4, content_format=_JSON)
        if number is None:
            response.opt.etag = self.sim.etag()
            if request.opt.etags and response.opt.etag in request.opt.etags and request.opt.observe is None:
                return Message(code=Code.VALID, etag=response.opt.etag)
            if self.sim.observe and request.opt.observe == 0 and len(response.payload) > BLOCK_SIZE:
                # A notification carries the first block; the client GETs the rest (RFC 7959 2.6).
                response = response._extract_block(0, 6, BLOCK_SIZE)
        return response

    async def render_post(self, request: Message) -> Message:
        created, envelope = self.sim.station.create(_body(request))
        return _reply(Code.CREATED if created else Code(dialect.CODE_ALREADY_EXISTS), envelope)

    async def render_put(self, request: Message) -> Message:
        number = number_from_query(list(request.opt.uri_query))
        body = _body(request)
        if number is None:
            number = body.get("number") if isinstance(body.get("number"), int) else None
        if number is None:
            raise StationError("4.00", "Missing required query 'number'")
        return _reply(Code.CHANGED, self.sim.station.act(number, body))

    async def render_delete(self, request: Message) -> Message:
        number = number_from_query(list(request.opt.uri_query))
        if number is None:
            self.sim.station.clear_all()
        else:
            self.sim.station.remove(number)
        return _reply(Code.DELETED)


class HistoryResource(_Base):
    async def render_get(self, request: Message) -> Message:
        return _reply(Code.CONTENT, self.sim.station.history_envelope())

    async def render_delete(self, request: Message) -> Message:
        self.sim.station.clear_history()
        return _reply(Code.DELETED)


class StatisticsResource(_Base):
    async def render_get(self, request: Message) -> Message:
        station = self.sim.station
        return _reply(Code.CONTENT, station.envelope("statistics", statistics=station.statistics()))

    async def render_delete(self, request: Message) -> Message:
        self.sim.station.clear_statistics()
        return _reply(Code.DELETED)


class SettingsResource(_Base):
    async def render_get(self, request: Message) -> Message:
        return _reply(Code.CONTENT, self.sim.station.settings())

    async def render_post(self, request: Message) -> Message:
        return _reply(Code.CHANGED, self.sim.station.update_settings(_body(request)))


class PageResource(_Base):
    async def render_post(self, request: Message) -> Message:
        return _reply(Code.CHANGED, self.sim.station.page_standalone(_body(request)))


def port_is_free(host: str, port: int) -> bool:
    """True when nobody holds UDP ``host:port`` (a bind without SO_REUSEPORT succeeds)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = "127.0.0.1") -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


class PagerSimulator:
    """A base station served over CoAP/UDP on ``host:port`` (port 0: a free one)."""

    def __init__(self, station: BaseStation | None = None, *, host: str = "127.0.0.1", port: int = 0, observe: bool = True) -> None:
        self.station = station or BaseStation()
        self.observe = observe  # offer Observe on GET /v1/sessions (the T7470 documents only ETag polling)
        self.host = host
        self.port = port
        self.requests = 0
        self.swallow = 0  # fault injection: apply the next N changes but never answer them
        self.garble = False  # fault injection: answer GET /v1/sessions with bytes that are not JSON
        self._context: aiocoap.Context | None = None
        self._sessions: SessionsResource | None = None
        self._held: set[asyncio.Future[None]] = set()
        self.station.listeners.append(self._notify)

    def etag(self) -> bytes:
        """Changes exactly when the list does (the envelope's timestamp does not count)."""
        return hashlib.sha1(f"{id(self.station)}:{self.station.sequence}".encode()).digest()[:8]

    async def never(self) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._held.add(future)
        try:
            await future
        finally:
            self._held.discard(future)

    def _notify(self) -> None:
        if self._sessions is not None:
            self._sessions.updated_state()

    async def start(self) -> None:
        if self.port == 0:
            self.port = free_port(self.host)
        elif not port_is_free(self.host, self.port):
            raise OSError(f"UDP port {self.host}:{self.port} is already in use")
        site = resource.Site()
        self._sessions = SessionsResource(self)
        site.add_resource(list(dialect.PATH_SESSIONS), self._sessions)
        site.add_resource(list(dialect.PATH_HISTORY), HistoryResource(self))
        site.add_resource(list(dialect.PATH_STATISTICS), StatisticsResource(self))
        site.add_resource(list(dialect.PATH_SETTINGS), SettingsResource(self))
        site.add_resource(list(dialect.PATH_PAGE), PageResource(self))
        transports = udp_transports(server=True)
        bind_host = self.host if (":" in self.host or "udp6" not in transports) else f"::ffff:{self.host}"
        self._context = await aiocoap.Context.create_server_context(site, bind=(bind_host, self.port), transports=transports, loggername="display_app.simulator.pager.coap")
        log.info("pager base station listening on coap://%s:%d (UDP)", self.host, self.port)

    async def stop(self) -> None:
        for future in list(self._held):
            future.cancel()
        if self._context is not None:
            context, self._context = self._context, None
            with contextlib.suppress(Exception):
                await context.shutdown()
        self._sessions = None

    @property
    def url(self) -> str:
        return f"coap://{self.host}:{self.port}"
