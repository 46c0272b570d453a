"""``PagerLink``: the one adapter that talks to a base station (CoAP over UDP, aiocoap).

Every call returns decoded model values or raises one of:

* ``PagerUnreachable``: no answer in time or a network error. The request may or may
  not have reached the base (``PagerQueue`` reconciles before it resends a page).
* ``PagerRefused``: the base answered 4.xx/5.xx (``code`` "4.04", ``message``).
* ``PagerReplyError`` (codec): the base answered something we cannot read.

2.01 and 2.00 both count as success for create. Bodies are compact JSON (Content-Format 50).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Awaitable, Callable

import aiocoap
from aiocoap import Code, Message

from . import codec, dialect
from .model import PagerSession, PagerStatistics, SessionsReply

log = logging.getLogger("display_app.pagers.link")


class PagerError(Exception):
    pass


class PagerUnreachable(PagerError):
    """No answer (timeout) or a network error: the base is unreachable for now."""


class PagerRefused(PagerError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message


@dataclass(frozen=True)
class CreateResult:
    created: bool  # 2.01 (False: 2.00, the number already had a session and was updated)
    session: PagerSession | None
    reply: SessionsReply


#: CoAP over UDP only: aiocoap's defaults would also open CoAP over TCP, TLS and WebSockets.
_UDP_TRANSPORTS = ("udp6", "simple6", "simplesocketserver")


def udp_transports(*, server: bool = False) -> list[str]:
    """aiocoap's UDP transports for this platform: ``udp6`` on Linux; where it is not known
    to work (Windows), ``simple6`` for a client and ``simplesocketserver`` for a server,
    which cannot bind the any-address (aiocoap issue 101: bind an explicit address)."""
    from aiocoap import defaults

    chosen = defaults.get_default_servertransports if server else defaults.get_default_clienttransports
    names = [t for t in chosen(use_env=False) if t in _UDP_TRANSPORTS]
    if server and "udp6" not in names:
        names = [t for t in names if t == "simplesocketserver"]
    return names or ["udp6"]


def parse_base_address(text: str) -> tuple[str, int]:
    """A base station's address as staff write it -> (host, port).

    "10.0.0.40", "base.local:5683", "[fe80::1]:5683" and "coap://host:port/" are accepted;
    the port is 5683 when none is given. ValueError for an empty address or a bad port."""
    value = text.strip()
    if value.startswith("coap://"):
        value = value[len("coap://") :].split("/", 1)[0]
    if not value:
        raise ValueError("empty pager base address")
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    elif value.count(":") == 1:
        host, port = value.split(":")
    else:
        host, port = value, ""
    if not host or (port and (not port.isdigit() or not 0 < int(port) < 65536)):
        raise ValueError(f"bad pager base address {text!r}")
    return host, int(port) if port else dialect.DEFAULT_PORT


def _code_text(code: Code) -> str:
    value = int(code)
    return f"{value >> 5}.{value & 31:02d}"


class PagerLink:
    """A client of one base station at ``host:port``.

    ``timeout`` bounds every exchange (aiocoap's own CON retransmission would wait up to
    93 s); ``close()`` ends the client context.
    """

    def __init__(self, host: str, port: int = dialect.DEFAULT_PORT, *, timeout: float = 2.5) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout
        self._context: aiocoap.Context | None = None
        self._lock = asyncio.Lock()

    @property
    def base_uri(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"coap://{host}:{self.port}"

    async def _ctx(self) -> aiocoap.Context:
        async with self._lock:
            if self._context is None:
                self._context = await aiocoap.Context.create_client_context(transports=udp_transports())
            return self._context

    async def close(self) -> None:
        if self._context is not None:
            context, self._context = self._context, None
            with contextlib.suppress(Exception):
                await context.shutdown()

    def _message(self, code: Code, path: tuple[str, ...], *, query: dict[str, int] | None = None, payload: bytes = b"", etag: bytes | None = None, observe: bool = False) -> Message:
        msg = Message(code=code, uri=self.base_uri + "/" + "/".join(path))
        if query:
            msg.opt.uri_query = tuple(f"{k}={v}" for k, v in query.items())
        if payload:
            msg.payload = payload
            msg.opt.content_format = dialect.CONTENT_FORMAT_JSON
        if etag is not None:
            msg.opt.etags = (etag,)
        if observe:
            msg.opt.observe = 0
        return msg

    async def _exchange(self, msg: Message) -> Message:
        ctx = await self._ctx()
        request = ctx.request(msg)
        try:
            response = await asyncio.wait_for(request.response, self.timeout)
        except asyncio.TimeoutError:
            raise PagerUnreachable(f"no answer from the pager base at {self.host}:{self.port} within {self.timeout:g} s") from None
        except aiocoap.error.Error as exc:
            raise PagerUnreachable(f"pager base at {self.host}:{self.port} unreachable: {exc}") from None
        except OSError as exc:
            raise PagerUnreachable(f"pager base at {self.host}:{self.port} unreachable: {exc}") from None
        if not response.code.is_successful():
            raise PagerRefused(_code_text(response.code), dialect.error_message(response.payload))
        return response

    # --- sessions -----------------------------------------------------------------

    async def create(self, number: int, *, label: str | None = None, party_size: int | None = None, goal_s: int | None = None) -> CreateResult:
        """POST /v1/sessions: create, or update an existing number (2.00)."""
        response = await self._exchange(self._message(aiocoap.POST, dialect.PATH_SESSIONS, payload=codec.create_body(number, label=label, party_size=party_size, goal_s=goal_s)))
        reply = codec.decode_reply(response.payload)
        return CreateResult(created=int(response.code) == int(Code.CREATED), session=reply.session(number), reply=reply)

    async def act(self, number: int, action: str, *, page_mode: str | None = None, message: str | None = None) -> SessionsReply:
        """PUT /v1/sessions?number=N with ``{"action": page|clear|remove}``."""
        body = codec.action_body(action, page_mode=page_mode, message=message)
        response = await self._exchange(self._message(aiocoap.PUT, dialect.PATH_SESSIONS, query={"number": number}, payload=body))
        return codec.decode_reply(response.payload)

    async def page(self, number: int, *, page_mode: str | None = dialect.PAGE_MODE_GUEST, message: str | None = None) -> SessionsReply:
        return await self.act(number, "page", page_mode=page_mode, message=message)

    async def clear(self, number: int) -> SessionsReply:
        return await self.act(number, "clear")

    async def remove(self, number: int) -> SessionsReply:
        return await self.act(number, "remove")

    async def get(self, number: int) -> PagerSession | None:
        """GET /v1/sessions?number=N; None when the base does not know the number (4.04)."""
        try:
            response = await self._exchange(self._message(aiocoap.GET, dialect.PATH_SESSIONS, query={"number": number}))
        except PagerRefused as exc:
            if exc.code == "4.04":
                return None
            raise
        return codec.decode_reply(response.payload).session(number)

    async def list(self, etag: bytes | None = None) -> tuple[SessionsReply | None, bytes | None]:
        """GET /v1/sessions with the last ETag: ``(None, etag)`` when nothing changed (2.03)."""
        response = await self._exchange(self._message(aiocoap.GET, dialect.PATH_SESSIONS, etag=etag))
        if response.code == Code.VALID:
            return None, response.opt.etag or etag
        return codec.decode_reply(response.payload), response.opt.etag

    async def statistics(self) -> PagerStatistics | None:
        response = await self._exchange(self._message(aiocoap.GET, dialect.PATH_STATISTICS))
        return codec.decode_reply(response.payload).statistics

    async def history(self) -> tuple[PagerSession, ...]:
        response = await self._exchange(self._message(aiocoap.GET, dialect.PATH_HISTORY))
        return codec.decode_reply(response.payload).history

    async def observe(self, on_change: Callable[[], Awaitable[None] | None]) -> bool:
        """Observe /v1/sessions until cancelled, calling ``on_change`` for every notification.

        Returns False at once when the base does not offer Observe (its first answer has
        no Observe option): the caller then polls with ETags. Raises PagerUnreachable when
        the base cannot be reached or the observation ends.
        """
        ctx = await self._ctx()
        request = ctx.request(self._message(aiocoap.GET, dialect.PATH_SESSIONS, observe=True))
        try:
            try:
                first = await asyncio.wait_for(request.response, self.timeout)
            except (asyncio.TimeoutError, aiocoap.error.Error, OSError) as exc:
                raise PagerUnreachable(f"pager base at {self.host}:{self.port}: observe failed: {exc or 'timeout'}") from None
            if first.opt.observe is None:
                return False
            result = on_change()
            if asyncio.iscoroutine(result):
                await result
            try:
                async for _notification in request.observation:
                    result = on_change()
                    if asyncio.iscoroutine(result):
                        await result
            except aiocoap.error.Error as exc:
                raise PagerUnreachable(f"pager base at {self.host}:{self.port}: observation ended: {exc}") from None
            raise PagerUnreachable(f"pager base at {self.host}:{self.port}: observation ended")
        finally:
            with contextlib.suppress(Exception):
                request.observation.cancel()
