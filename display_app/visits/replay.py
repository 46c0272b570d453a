"""``AssociationQueue``: associations are sent off the sale's path, replayed after failures
with capped, jittered backoff, and land exactly once per (sale, customer).

* ``submit()`` is synchronous and O(1): the caller (display, tablet) never waits on the API.
* One worker sends in order. A retryable failure (unreachable, 5xx, 408/429) keeps the item
  at the head and waits 0.5 s doubling to ``max_delay`` (each wait drawn from 50-100 %);
  anything else (4xx, malformed reply) is logged once and the item is dropped.
* Bounded: at most ``max_pending`` waiting; past that the oldest is dropped (one warning
  per overflow episode). Keys already landed are remembered (last ``remember`` of them)
  so a second scan of the same shopper on the same sale sends nothing.
* The session id is the sale key (``salephyskey``), or with ``session_mode="new"`` one
  made per sale by an anonymous ``PUT /sessions/new`` (kept for the sale, so replays
  reuse it) before the ``POST``.
* Logs carry no customer id in the clear (``model.redact``).
"""

from __future__ import annotations

import asyncio
import collections
import logging
import random
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from .code import Identification
from .model import VisitError, VisitSession, redact

if TYPE_CHECKING:  # aiohttp is imported only where a client is made (not at display start-up)
    from .client import VisitClient

log = logging.getLogger(__name__)

SESSION_MODES = ("sale", "new")


@dataclass(frozen=True, slots=True)
class Association:
    """One request to join ``ident`` to the visit session of sale ``sale_key``."""

    sale_key: str
    ident: Identification
    queued_at: float  # time.monotonic()

    @property
    def key(self) -> tuple[str, str]:
        return (self.sale_key, self.ident.customer_id)


@dataclass(frozen=True, slots=True)
class AssociationResult:
    association: Association
    session: VisitSession | None = None  # set when it landed
    error: str = ""  # one redacted line when it was given up
    attempts: int = 1
    seconds: float = 0.0  # from submit to result

    @property
    def ok(self) -> bool:
        return self.session is not None


Listener = Callable[[AssociationResult], None]


class AssociationQueue:
    def __init__(
        self,
        client: "VisitClient",
        *,
        session_mode: str = "sale",
        max_pending: int = 1000,
        base_delay: float = 0.5,
        max_delay: float = 10.0,
        remember: int = 10_000,
        rng: random.Random | None = None,
    ) -> None:
        if session_mode not in SESSION_MODES:
            raise ValueError(f"visit session mode {session_mode!r} is not one of {', '.join(SESSION_MODES)}")
        self.client = client
        self.session_mode = session_mode
        self.max_pending = max_pending
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.listeners: list[Listener] = []
        self._pending: collections.OrderedDict[tuple[str, str], Association] = collections.OrderedDict()
        self._landed: collections.OrderedDict[tuple[str, str], None] = collections.OrderedDict()
        self._remember = remember
        self._created: collections.OrderedDict[str, str] = collections.OrderedDict()  # sale key -> session id ("new" mode)
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._task: asyncio.Task[None] | None = None
        self._rng = rng or random.Random()
        self._outage_since: float | None = None
        self._overflowing = False
        self.landed = 0
        self.given_up = 0
        self.dropped = 0
        self.attempts = 0

    # ------------------------------------------------------------------ API

    @property
    def pending(self) -> int:
        return len(self._pending)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="visit-associations")

    async def close(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass

    def submit(self, sale_key: str, ident: Identification) -> bool:
        """Queue the association; False when it is already queued or has landed."""
        if not sale_key:
            raise ValueError("an association needs a sale key")
        key = (sale_key, ident.customer_id)
        if key in self._pending or key in self._landed:
            return False
        if len(self._pending) >= self.max_pending:
            self._pending.popitem(last=False)
            self.dropped += 1
            if not self._overflowing:
                self._overflowing = True
                log.warning("visit associations: more than %d waiting; dropping the oldest", self.max_pending)
        self._pending[key] = Association(sale_key, ident, time.monotonic())
        self._idle.clear()
        self._wake.set()
        log.debug("visit association queued: sale %s, %s (%d waiting)", sale_key, redact(ident.customer_id), len(self._pending))
        return True

    def session_id_for(self, sale_key: str) -> str:
        """The visit session id of a sale (its key, or the one ``PUT /sessions/new`` gave)."""
        return sale_key if self.session_mode == "sale" else self._created.get(sale_key, "")

    async def drained(self) -> None:
        """Wait until nothing is waiting (for tests and the bench)."""
        await self._idle.wait()

    # ------------------------------------------------------------------ worker

    async def _run(self) -> None:
        delay = self.base_delay
        tries = 0  # attempts at the head item
        while True:
            if not self._pending:
                self._overflowing = False
                self._idle.set()
                self._wake.clear()
                await self._wake.wait()
                continue
            key, item = next(iter(self._pending.items()))
            self.attempts += 1
            tries += 1
            try:
                session = await self._send(item)
            except VisitError as exc:
                if exc.retryable:
                    self._note_outage(exc, item)
                    await asyncio.sleep(delay * (0.5 + 0.5 * self._rng.random()))
                    delay = min(delay * 2, self.max_delay)
                    continue
                self._pending.pop(key, None)
                self.given_up += 1
                line = f"{type(exc).__name__}: {exc}"
                log.error("visit association for sale %s (%s) given up: %s", item.sale_key, redact(item.ident.customer_id), line)
                self._emit(AssociationResult(item, error=line, attempts=tries, seconds=time.monotonic() - item.queued_at))
                tries = 0
                continue
            except ValueError as exc:  # an id our own checks refuse: never sent
                self._pending.pop(key, None)
                self.given_up += 1
                log.error("visit association for sale %s (%s) not sent: %s", item.sale_key, redact(item.ident.customer_id), exc)
                self._emit(AssociationResult(item, error=str(exc), attempts=tries))
                tries = 0
                continue
            delay = self.base_delay
            if self._outage_since is not None:
                log.info(
                    "visit-session API is back after %.1f s; %d association(s) to replay",
                    time.monotonic() - self._outage_since,
                    len(self._pending) - 1,
                )
                self._outage_since = None
            self._pending.pop(key, None)
            self._landed[key] = None
            while len(self._landed) > self._remember:
                self._landed.popitem(last=False)
            self.landed += 1
            self._emit(AssociationResult(item, session=session, attempts=tries, seconds=time.monotonic() - item.queued_at))
            tries = 0

    async def _send(self, item: Association) -> VisitSession:
        session_id = item.sale_key
        if self.session_mode == "new":
            session_id = self._created.get(item.sale_key, "")
            if not session_id:
                created = await self.client.create()
                session_id = created.session_id
                self._created[item.sale_key] = session_id
                while len(self._created) > self._remember:
                    self._created.popitem(last=False)
        return await self.client.associate(
            session_id,
            customer_id=item.ident.customer_id,
            visit_id=item.ident.visit_id,
            global_visit_id=item.ident.global_visit_id,
        )

    def _note_outage(self, exc: VisitError, item: Association) -> None:
        if self._outage_since is None:
            self._outage_since = time.monotonic()
            log.warning(
                "visit-session API unavailable (%s: %s); %d association(s) queued, replaying with backoff",
                type(exc).__name__,
                exc,
                len(self._pending),
            )
        else:
            log.debug("visit-session API still unavailable: %s", type(exc).__name__)

    def _emit(self, result: AssociationResult) -> None:
        for listener in list(self.listeners):
            try:
                listener(result)
            except Exception:  # a listener's bug must not stop the queue
                log.exception("visit association listener failed")


#: Seconds after ``start_queue`` before the HTTP library is loaded in the background: the
#: screen's first frames (and its first sale) come first, the first shopper scan after.
WARM_HTTP_SECONDS = 3.0


def start_queue(cfg: Any, *, warm_http_after: float = WARM_HTTP_SECONDS) -> tuple[AssociationQueue, Callable[[], Awaitable[None]]]:
    """The association queue the settings ask for (``visits_url``, ``visits_flavour``,
    ``visits_tenant``, ``visits_agent``, ``visits_session_id``), its worker started (needs a
    running loop), and the coroutine function that closes it and its client.

    The HTTP library loads ``warm_http_after`` seconds later on a thread of its own
    (``client.load_http``), so neither the screen's first frame nor the loop waits for it
    (the first request loads it itself if it comes sooner)."""
    from .client import VisitClient, load_http

    client = VisitClient(cfg.visits_url, flavour=cfg.visits_flavour, tenant_id=cfg.visits_tenant, agent_id=cfg.visits_agent)
    queue = AssociationQueue(client, session_mode=cfg.visits_session_id)
    queue.start()
    warm = asyncio.get_running_loop().call_later(warm_http_after, _load_in_background, load_http)

    async def close() -> None:
        warm.cancel()
        await queue.close()
        await client.close()

    return queue, close


def _load_in_background(load: Callable[[], Any]) -> None:
    def run() -> None:
        try:
            load()
        except Exception:  # the first request will try again, and say why
            log.exception("visit sessions: the HTTP library did not load")

    threading.Thread(target=run, name="visits-http-load", daemon=True).start()
