"""The order-ready board's state (no Qt): a reducer from base replies to an immutable
``BoardState``, and ``BoardFeed``, which keeps it fresh from a base station.

Timers are anchored on the base's own clock: a reply's ``timestamp`` minus a session's
``started`` is how long that guest had waited when the base answered, so a board whose
clock is wrong still shows the right wait (the base and the board never compare clocks).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from .codec import PagerReplyError
from .link import PagerError, PagerLink, PagerUnreachable
from .model import PagerStatistics, SessionsReply

log = logging.getLogger("display_app.pagers.board")

#: What the board shows at most per column (a 1080p column fits about 12 rows; 200 is the bench).
MAX_ENTRIES = 500


@dataclass(frozen=True)
class BoardEntry:
    number: int
    name: str  # label, or "#number"
    state: str  # started | paged
    goal_s: int | None
    party_size: int | None
    started_at: float  # monotonic time the guest started waiting (on the base's clock)
    paged_at: float | None  # monotonic time they were paged

    def waited_s(self, now: float) -> float:
        """Seconds waited: until paged for a called guest, until now for a waiting one."""
        end = self.paged_at if self.paged_at is not None else now
        return max(0.0, end - self.started_at)

    def late(self, now: float) -> bool:
        return self.goal_s is not None and self.goal_s > 0 and self.waited_s(now) > self.goal_s


@dataclass(frozen=True)
class BoardState:
    waiting: tuple[BoardEntry, ...] = ()  # "Getting ready", oldest first
    ready: tuple[BoardEntry, ...] = ()  # "Go to the counter", most recently called first
    statistics: PagerStatistics | None = None
    reachable: bool | None = None
    sequence: int | None = None
    received_at: float | None = None  # monotonic time of the reply this came from
    error: str | None = None


def _seconds(later: datetime | None, earlier: datetime | None) -> float | None:
    if later is None or earlier is None:
        return None
    return (later - earlier).total_seconds()


def reduce_reply(state: BoardState, reply: SessionsReply, now: float) -> BoardState:
    """A fresh list from the base -> the board (cleared sessions leave it)."""
    base_now = reply.timestamp
    waiting: list[BoardEntry] = []
    ready: list[BoardEntry] = []
    for s in reply.sessions[: MAX_ENTRIES * 2]:
        if s.state not in ("started", "paged"):
            continue
        if base_now is None:  # no base clock in the reply: our own clock, as best we can
            base_now = datetime.now().replace(microsecond=0)
        age = _seconds(base_now, s.started)
        started_at = now - max(0.0, age) if age is not None else now
        paged_ago = _seconds(base_now, s.notified)
        paged_at = now - max(0.0, paged_ago) if (s.state == "paged" and paged_ago is not None) else (now if s.state == "paged" else None)
        entry = BoardEntry(s.number, s.name, s.state, s.goal_s, s.party_size, started_at, paged_at)
        (ready if s.state == "paged" else waiting).append(entry)
    waiting.sort(key=lambda e: (e.started_at, e.number))
    ready.sort(key=lambda e: (-(e.paged_at or 0.0), e.number))
    return replace(
        state,
        waiting=tuple(waiting[:MAX_ENTRIES]),
        ready=tuple(ready[:MAX_ENTRIES]),
        statistics=reply.statistics or state.statistics,
        reachable=True,
        sequence=reply.global_sequence,
        received_at=now,
        error=None,
    )


def unreachable(state: BoardState, error: str) -> BoardState:
    """The base stopped answering: keep what is on the board, say so in the staff footer."""
    return replace(state, reachable=False, error=error)


def probe(state: BoardState, now: float | None = None) -> dict[str, Any]:
    """What the board shows, as JSON (the --state-file)."""
    now = time.monotonic() if now is None else now

    def entry(e: BoardEntry) -> dict[str, Any]:
        return {"number": e.number, "name": e.name, "waited_s": round(e.waited_s(now)), "goal_s": e.goal_s, "late": e.late(now)}

    stats = state.statistics
    return {
        "screen": "board",
        "reachable": state.reachable,
        "getting_ready": [entry(e) for e in state.waiting],
        "ready": [entry(e) for e in state.ready],
        "footer": None
        if stats is None
        else {"guests_served": stats.guests_served, "percent_on_time": stats.percent_on_time, "average_wait_s": stats.average_time_served_s},
        "sequence": state.sequence,
        "error": state.error,
    }


def write_probe(path: str | Path, data: dict[str, Any]) -> None:
    """Atomically: a reader never sees half a file."""
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    tmp.replace(target)


@dataclass
class BoardFeed:
    """Keeps a BoardState fresh from ``link``: Observe where the base offers it (each
    notification triggers an ETag'd GET), otherwise an ETag poll every ``poll_s``.
    While observing it still polls every ``safety_poll_s`` (a notification can be lost).
    """

    link: PagerLink
    on_state: Callable[[BoardState], None]
    poll_s: float = 1.0
    safety_poll_s: float = 5.0
    retry_s: float = 1.0
    state: BoardState = field(default_factory=BoardState)
    etag: bytes | None = None
    observing: bool = False
    refreshes: int = 0  # GETs sent (a flood of notifications costs one GET per loop turn, not one each)
    _kick: asyncio.Event = field(default_factory=asyncio.Event)

    def _set(self, state: BoardState) -> None:
        self.state = state
        try:
            self.on_state(state)
        except Exception:
            log.exception("board listener failed")

    async def refresh(self) -> None:
        """One ETag'd GET; 2.03 leaves the board as it is."""
        self.refreshes += 1
        try:
            reply, etag = await self.link.list(self.etag)
        except PagerUnreachable as exc:
            if self.state.reachable is not False:
                log.error("order-ready board: %s", exc)
            self._set(unreachable(self.state, str(exc)))
            self.etag = None
            return
        except (PagerError, PagerReplyError) as exc:
            error = f"unusable list from the base: {str(exc)[:160]}"
            if error != self.state.error:  # one log line per new problem, not one per poll
                log.error("order-ready board: %s", error)
            self._set(replace(self.state, reachable=True, error=error))
            self.etag = None
            return
        self.etag = etag
        if reply is not None:
            self._set(reduce_reply(self.state, reply, time.monotonic()))
        elif self.state.reachable is not True:
            self._set(replace(self.state, reachable=True, error=None))

    def _notified(self) -> None:
        self.observing = True
        self._kick.set()

    async def _observe(self) -> None:
        while True:
            try:
                offered = await self.link.observe(self._notified)
            except PagerUnreachable:
                offered = True  # try again once the base is back
            self.observing = False
            if not offered:
                log.info("order-ready board: the base does not offer Observe; polling every %g s", self.poll_s)
                return
            self._kick.set()
            await asyncio.sleep(self.retry_s)

    async def run(self) -> None:
        observer = asyncio.create_task(self._observe(), name="board-observe")
        try:
            while True:
                self._kick.clear()  # before the GET: a change during it kicks again
                await self.refresh()
                interval = self.safety_poll_s if self.observing else self.poll_s
                if self.state.reachable is False:
                    interval = self.retry_s
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self._kick.wait(), interval)
        finally:
            observer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await observer
