"""``VisitSimulator``: the Session Management API, in memory, over real HTTP.

Paths (under an optional base path, e.g. ``/gks-server/v1``)::

    PUT  {base}/sessions/new          create (anonymous or named)
    GET  {base}/sessions/{sessionId}  read
    POST {base}/sessions/{sessionId}  associate customer/visit ids, creating when missing
    GET  {base}/_dump                 counters for tests and the bench (no customer ids)

Behaviour follows ``flavour`` (8.5.1 by default, as in the seed): see
``display_app.visits.model.FLAVOURS``. Error bodies are ``{"code": N, "description": "..."}``
(our choice; the vendor docs do not show one). Fault injection: ``latency`` (seconds per
request), ``fail_rate`` (share of requests answered 503, seeded) and ``inject(...)`` (the
next requests answer in a chosen broken way). ``stop()`` then ``start()`` on the same port
is a real outage: the state survives it. Sessions are capped (oldest evicted first).
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import json
import logging
import random
import re
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable

from aiohttp import web

from ...visits.model import AGENT_HEADER, CUSTOMER_HEADER, FLAVOURS, MAX_ID_CHARS, redact

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 16 * 1024
_ID = re.compile(r"[\x21-\x7e]{1,%d}" % MAX_ID_CHARS)
_SESSION_ID = re.compile(r"[A-Za-z0-9._~-]{1,%d}" % MAX_ID_CHARS)

#: What ``inject`` can make the next requests do.
FAULTS = ("503", "500", "400", "garbage", "huge", "no-session-id", "drop", "hang")


@dataclass
class _Record:
    session_id: str
    created: str
    updated: str
    customer_id: str = ""
    agent_id: str = ""
    visit_id: str = ""
    global_visit_id: str = ""

    def info(self) -> dict[str, str]:
        out = {"sessionId": self.session_id}
        for key, value in (
            ("customerId", self.customer_id),
            ("agentId", self.agent_id),
            ("visitId", self.visit_id),
            ("globalVisitId", self.global_visit_id),
        ):
            if value:
                out[key] = value
        out["created"] = self.created
        out["updated"] = self.updated
        return out


@dataclass
class Stats:
    requests: int = 0
    errors: int = 0
    #: POSTs received per (sessionId, customerId) and how many of them changed the session.
    posts: collections.Counter = field(default_factory=collections.Counter)
    effective: collections.Counter = field(default_factory=collections.Counter)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class VisitSimulator:
    def __init__(
        self,
        *,
        flavour: str = "8.5.1",
        base_path: str = "",
        latency: float = 0.0,
        fail_rate: float = 0.0,
        seed: int | None = None,
        max_sessions: int = 100_000,
    ) -> None:
        if flavour not in FLAVOURS:
            raise ValueError(f"flavour {flavour!r} is not one of {', '.join(FLAVOURS)}")
        base_path = "/" + base_path.strip("/") if base_path.strip("/") else ""
        self.flavour = flavour
        self.base_path = base_path
        self.latency = latency
        self.fail_rate = fail_rate
        self.max_sessions = max_sessions
        self.sessions: collections.OrderedDict[str, _Record] = collections.OrderedDict()
        self.stats = Stats()
        self._rng = random.Random(seed)
        self._faults: collections.deque[str] = collections.deque()
        #: Called with (sessionId, customerId) after each POST that names a customer
        #: (``simulate`` uses it to let the simulated counter learn who the shopper is).
        self.on_associate: list[Callable[[str, str], None]] = []
        self._runner: web.AppRunner | None = None
        self.host = "127.0.0.1"
        self.port = 0

    # ------------------------------------------------------------------ life cycle

    @property
    def url(self) -> str:
        """The API's base URL (what a client is configured with)."""
        return f"http://{self.host}:{self.port}{self.base_path}"

    @property
    def running(self) -> bool:
        return self._runner is not None

    async def start(self, host: str = "127.0.0.1", port: int | None = None) -> str:
        """Listen (on ``port``, or the previous one, or any free one). Returns ``url``."""
        if self._runner is not None:
            return self.url
        app = web.Application(client_max_size=MAX_BODY_BYTES, middlewares=[self._errors])
        base = self.base_path
        app.router.add_put(f"{base}/sessions/new", self._put_new)
        app.router.add_get(f"{base}/sessions/{{sessionId}}", self._get, allow_head=False)
        app.router.add_post(f"{base}/sessions/{{sessionId}}", self._post)
        app.router.add_get(f"{base}/_dump", self._dump, allow_head=False)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=0.5)
        await runner.setup()
        site = web.TCPSite(runner, host, self.port if port is None else port, reuse_address=True, backlog=256)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self.host = host
        self.port = runner.addresses[0][1]
        log.info("visit-session simulator (%s) on %s", self.flavour, self.url)
        return self.url

    async def stop(self) -> None:
        """Close the socket and every connection (the state is kept: ``start`` resumes)."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> "VisitSimulator":
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def inject(self, *faults: str) -> None:
        """Make the next requests fail, one fault each, in order (see ``FAULTS``)."""
        for fault in faults:
            if fault not in FAULTS:
                raise ValueError(f"unknown fault {fault!r}; one of {', '.join(FAULTS)}")
        self._faults.extend(faults)

    def dump(self) -> dict[str, Any]:
        posts = self.stats.posts
        effective = self.stats.effective
        return {
            "flavour": self.flavour,
            "sessions": len(self.sessions),
            "requests": self.stats.requests,
            "errors": self.stats.errors,
            "posts": sum(posts.values()),
            "associations": len(posts),
            "effective": sum(effective.values()),
            "replayed_posts": sum(n - 1 for n in posts.values() if n > 1),
            "multiply_effective": sum(1 for n in effective.values() if n > 1),
        }

    # ------------------------------------------------------------------ helpers

    def _error(self, status: int, description: str) -> web.Response:
        self.stats.errors += 1
        return web.json_response({"code": status, "description": description}, status=status)

    def _ok(self, record: _Record, status: int = 200) -> web.Response:
        info: dict[str, Any] = record.info()
        return web.json_response({"response": info} if self.flavour == "current" else info, status=status)

    def _new_record(self, session_id: str) -> _Record:
        now = _now()
        record = _Record(session_id=session_id, created=now, updated=now)
        self.sessions[session_id] = record
        while len(self.sessions) > self.max_sessions:
            self.sessions.popitem(last=False)
        return record

    @web.middleware
    async def _errors(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Counting, latency, fault injection, tenant check, and JSON bodies for aiohttp's own errors."""
        self.stats.requests += 1
        if request.path.endswith("/_dump"):
            return await handler(request)
        if self.latency > 0:
            await asyncio.sleep(self.latency)
        fault = self._faults.popleft() if self._faults else None
        if fault is None and self.fail_rate > 0 and self._rng.random() < self.fail_rate:
            fault = "503"
        if fault is not None:
            return await self._fault(request, fault)
        if self.flavour == "current" and not request.query.get("tenantId"):
            return self._error(400, "tenantId is required")
        try:
            return await handler(request)
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            reply = self._error(exc.status, exc.reason or "error")
            if exc.status == 405:  # only the documented methods (aiohttp would add HEAD and more)
                reply.headers["Allow"] = "PUT" if request.path == f"{self.base_path}/sessions/new" else "GET, POST"
            return reply

    async def _fault(self, request: web.Request, fault: str) -> web.StreamResponse:
        if fault in ("503", "500", "400"):
            return self._error(int(fault), "injected failure")
        if fault == "garbage":
            return web.Response(status=200, text="<html>not json</html>", content_type="text/html")
        if fault == "huge":
            return web.Response(status=200, body=b'{"sessionId":"' + b"x" * 200_000 + b'"}', content_type="application/json")
        if fault == "no-session-id":
            return web.json_response({"response": {}} if self.flavour == "current" else {"customerId": "?"})
        if fault == "hang":
            await asyncio.sleep(3600)
        # "drop": close the connection without an answer
        if request.transport is not None:
            request.transport.abort()
        return web.Response(status=500)  # never reaches the client: the connection is gone

    async def _read_body(self, request: web.Request) -> tuple[dict[str, str] | None, web.Response | None]:
        """The optional JSON body -> ({visitId, globalVisitId}, None) or (None, error reply)."""
        raw = await request.read()  # over client_max_size: aiohttp raises 413
        if not raw.strip():
            return {}, None
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            return None, self._error(400, "request body is not JSON")
        if not isinstance(data, dict):
            return None, self._error(400, "request body is not a JSON object")
        out: dict[str, str] = {}
        for key in ("visitId", "globalVisitId"):
            if key not in data:
                continue
            value = data[key]
            if not isinstance(value, str) or not _ID.fullmatch(value):
                return None, self._error(400, f"{key} must be a string of up to {MAX_ID_CHARS} printable characters")
            out[key] = value
        return out, None

    def _identity(self, request: web.Request) -> tuple[dict[str, str] | None, web.Response | None]:
        out: dict[str, str] = {}
        for header in (CUSTOMER_HEADER, AGENT_HEADER):
            value = request.headers.get(header)
            if value is None:
                continue
            if not _ID.fullmatch(value):
                return None, self._error(400, f"header {header} must be up to {MAX_ID_CHARS} printable characters")
            out[header] = value
        return out, None

    def _session_id(self, request: web.Request) -> tuple[str, web.Response | None]:
        session_id = request.match_info["sessionId"]
        if session_id == "new":  # /sessions/new is the PUT-only create path, never an id
            self.stats.errors += 1
            return "", web.json_response(
                {"code": 405, "description": "Method Not Allowed"}, status=405, headers={"Allow": "PUT"}
            )
        if not _SESSION_ID.fullmatch(session_id):
            return "", self._error(400, "sessionId must be 1-128 of A-Z a-z 0-9 . _ ~ -")
        return session_id, None

    # ------------------------------------------------------------------ handlers

    async def _put_new(self, request: web.Request) -> web.Response:
        ids, error = self._identity(request)
        if error:
            return error
        body, error = await self._read_body(request)
        if error:
            return error
        assert ids is not None and body is not None
        customer = ids.get(CUSTOMER_HEADER, "")
        if self.flavour == "8.5.0" and customer:
            # 8.5.0: "if the dataset already exists, 400 BAD REQUEST" (our reading: the same
            # customer with the same visit already has a session).
            for record in reversed(self.sessions.values()):
                if record.customer_id == customer and record.visit_id == body.get("visitId", ""):
                    return self._error(400, "Session already exists")
        record = self._new_record(uuid.uuid4().hex)
        record.customer_id = customer
        record.agent_id = ids.get(AGENT_HEADER, "")
        record.visit_id = body.get("visitId", "")
        record.global_visit_id = body.get("globalVisitId", "")
        log.debug("PUT new -> %s (%s)", record.session_id, redact(customer))
        return self._ok(record)

    async def _get(self, request: web.Request) -> web.Response:
        session_id, error = self._session_id(request)
        if error:
            return error
        _, error = self._identity(request)
        if error:
            return error
        record = self.sessions.get(session_id)
        if record is None:
            if self.flavour == "8.5.1":
                return self._error(404, "Session not found")
            record = self._new_record(session_id)  # 8.5.0 and current: created on demand
        return self._ok(record)

    async def _post(self, request: web.Request) -> web.Response:
        session_id, error = self._session_id(request)
        if error:
            return error
        ids, error = self._identity(request)
        if error:
            return error
        body, error = await self._read_body(request)
        if error:
            return error
        assert ids is not None and body is not None
        record = self.sessions.get(session_id)
        if record is None:
            record = self._new_record(session_id)
        else:
            self.sessions.move_to_end(session_id)
        before = (record.customer_id, record.visit_id, record.global_visit_id)
        customer = ids.get(CUSTOMER_HEADER, "")
        if customer:
            record.customer_id = customer
        if AGENT_HEADER in ids:
            record.agent_id = ids[AGENT_HEADER]
        record.visit_id = body.get("visitId", record.visit_id)
        record.global_visit_id = body.get("globalVisitId", record.global_visit_id)
        if (record.customer_id, record.visit_id, record.global_visit_id) != before:
            record.updated = _now()
            if customer:
                self.stats.effective[(session_id, customer)] += 1
        if customer:
            self.stats.posts[(session_id, customer)] += 1
            for hook in list(self.on_associate):
                try:
                    hook(session_id, customer)
                except Exception:
                    log.exception("visit simulator hook failed")
        log.debug("POST %s (%s)", session_id, redact(customer))
        return self._ok(record)

    async def _dump(self, request: web.Request) -> web.Response:
        return web.json_response(self.dump())
