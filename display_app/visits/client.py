"""``VisitClient``: the one adapter that speaks the Session Management API over HTTP.

Three calls (the docs' tables): ``create`` = ``PUT /sessions/new``, ``get`` =
``GET /sessions/{sessionId}``, ``associate`` = ``POST /sessions/{sessionId}`` (which
creates a missing session, so it is safe to replay). Identity goes in the
``gkc_customerId`` / ``gkc_agentId`` headers, visit ids in the optional JSON body.
The ``flavour`` picks the documented behaviour (see ``model.FLAVOURS``).

Every failure is one of ``VisitNotFound``, ``VisitRefused``, ``VisitUnreachable``,
``VisitMalformed``; nothing else escapes. Customer ids never reach a log in the clear.

The HTTP library (aiohttp) is imported on first use (``load_http``): ~150 ms, most of it
its TLS set-up, that a screen with shopper identification on would otherwise spend before
its first frame. ``replay.start_queue`` loads it in the background once the screen is up.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any
from urllib.parse import quote

from .model import (
    AGENT_HEADER,
    CUSTOMER_HEADER,
    FLAVOURS,
    MAX_ID_CHARS,
    MAX_REPLY_BYTES,
    VisitError,
    VisitMalformed,
    VisitNotFound,
    VisitRefused,
    VisitSession,
    VisitUnreachable,
    decode_reply,
    error_description,
    redact,
    scrub,
)

log = logging.getLogger(__name__)

_HEADER_SAFE = re.compile(r"[\x21-\x7e]{1,%d}" % MAX_ID_CHARS)
_SESSION_ID_SAFE = re.compile(r"[A-Za-z0-9._~-]{1,%d}" % MAX_ID_CHARS)


class VisitClient:
    """An HTTP client of one Session Management API base URL (e.g. ``http://kc/gks-server/v1``).

    Use as ``async with VisitClient(...) as client:`` or call ``close()``. ``timeout`` bounds
    each call (connect + reply) so a stuck API costs at most that much, off the sale's path.
    """

    def __init__(
        self,
        base_url: str,
        *,
        flavour: str = "8.5.1",
        tenant_id: str = "",
        agent_id: str = "",
        timeout: float = 3.0,
    ) -> None:
        if flavour not in FLAVOURS:
            raise ValueError(f"visits flavour {flavour!r} is not one of {', '.join(FLAVOURS)}")
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"visits URL {base_url!r} must start with http:// or https://")
        if flavour == "current" and not tenant_id:
            raise ValueError("the current Session Management API needs a tenant id")
        if agent_id and not _HEADER_SAFE.fullmatch(agent_id):
            raise ValueError("agent id must be printable ASCII without spaces")
        self.base_url = base_url.rstrip("/")
        self.flavour = flavour
        self.tenant_id = tenant_id
        self.agent_id = agent_id
        self.timeout = timeout
        self._http: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "VisitClient":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None

    def _session(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            http = load_http()
            self._http = http.ClientSession(
                timeout=http.ClientTimeout(total=self.timeout),
                connector=http.TCPConnector(limit=8),
                raise_for_status=False,
            )
        return self._http

    # ------------------------------------------------------------------ the three calls

    async def create(self, *, customer_id: str = "", visit_id: str = "", global_visit_id: str = "") -> VisitSession:
        """``PUT /sessions/new``: a new session (anonymous when no ids are given)."""
        return await self._call("PUT", "new", customer_id, visit_id, global_visit_id)

    async def get(self, session_id: str) -> VisitSession:
        """``GET /sessions/{id}``. 8.5.1 raises ``VisitNotFound`` for an unknown id;
        8.5.0 and current create it (their documented behaviour)."""
        return await self._call("GET", _checked_session_id(session_id), "", "", "")

    async def associate(self, session_id: str, *, customer_id: str, visit_id: str = "", global_visit_id: str = "") -> VisitSession:
        """``POST /sessions/{id}``: join the customer (and visit ids) to the session,
        creating it when missing. Idempotent: replaying it changes nothing more."""
        if not customer_id:
            raise ValueError("associate needs a customer id")
        return await self._call("POST", _checked_session_id(session_id), customer_id, visit_id, global_visit_id)

    # ------------------------------------------------------------------ plumbing

    def url(self, tail: str) -> str:
        return f"{self.base_url}/sessions/{quote(tail, safe='')}"

    async def _call(self, method: str, tail: str, customer_id: str, visit_id: str, global_visit_id: str) -> VisitSession:
        headers: dict[str, str] = {"Accept": "application/json"}
        for name, value in ((CUSTOMER_HEADER, customer_id), (AGENT_HEADER, self.agent_id)):
            if value:
                if not _HEADER_SAFE.fullmatch(value):
                    raise ValueError(f"{name} must be 1-{MAX_ID_CHARS} printable ASCII characters without spaces")
                headers[name] = value
        body: dict[str, str] = {}
        if visit_id:
            body["visitId"] = visit_id
        if global_visit_id:
            body["globalVisitId"] = global_visit_id
        params = {"tenantId": self.tenant_id} if self.tenant_id else None
        what = f"{method} /sessions/{tail}"
        http = load_http()
        try:
            async with self._session().request(
                method,
                self.url(tail),
                headers=headers,
                params=params,
                json=body if body and method != "GET" else None,
                allow_redirects=False,
            ) as reply:
                status = reply.status
                raw = await _read_bounded(reply)
        except asyncio.TimeoutError:
            raise VisitUnreachable(f"{what}: no reply within {self.timeout:g} s") from None
        except http.ClientConnectionError as exc:
            raise VisitUnreachable(f"{what}: {type(exc).__name__}: {scrub(str(exc), customer_id)[:200]}") from None
        except http.ClientError as exc:
            raise VisitMalformed(f"{what}: unreadable reply ({type(exc).__name__})") from None
        if len(raw) > MAX_REPLY_BYTES:
            raise VisitMalformed(f"{what}: reply is over the {MAX_REPLY_BYTES}-byte limit", status=status)
        if 200 <= status < 300:
            try:
                session = decode_reply(raw, self.flavour)
            except VisitMalformed as exc:
                raise VisitMalformed(f"{what}: {exc}", status=status) from None
            return session
        description = scrub(error_description(raw), customer_id) or (reply.reason or "")
        if status == 404 or "session not found" in description.lower():
            raise VisitNotFound(f"{what}: session not found ({status})", status=status)
        raise VisitRefused(f"{what}: refused with {status} {description}".rstrip(), status=status)


#: The HTTP library once loaded (``load_http``).
aiohttp: Any = None


def load_http() -> Any:
    """The HTTP library (aiohttp), imported now if it is not yet. Safe from any thread
    (Python's import lock): the first request calls it, or a screen warming it up."""
    global aiohttp
    if aiohttp is None:
        import aiohttp as library

        aiohttp = library
    return aiohttp


async def _read_bounded(reply: aiohttp.ClientResponse) -> bytes:
    """The body, or its first ``MAX_REPLY_BYTES + 1`` bytes (the caller sees it is too long)."""
    if (reply.content_length or 0) > MAX_REPLY_BYTES:
        return b"x" * (MAX_REPLY_BYTES + 1)
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_REPLY_BYTES:
        chunk = await reply.content.read(MAX_REPLY_BYTES + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _checked_session_id(session_id: str) -> str:
    if not _SESSION_ID_SAFE.fullmatch(session_id or "") or session_id == "new":
        raise ValueError(f"session id must be 1-{MAX_ID_CHARS} of A-Z a-z 0-9 . _ ~ - (and not 'new')")
    return session_id


def describe(exc: VisitError, customer_id: str = "") -> str:
    """One log line for ``exc`` with any customer id redacted."""
    return f"{type(exc).__name__}: {scrub(str(exc), customer_id)}"


__all__ = ["VisitClient", "describe", "redact"]
