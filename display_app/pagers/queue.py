"""``PagerQueue``: staff actions on pagers, sent in order, kept while the base is
unreachable and replayed afterwards, with no page lost or doubled.

The rules (docs/pagers.md, "No page lost or doubled"):

* Actions go out one at a time, in the order staff made them, at most one every 20 ms
  (50 messages/s, far below what a base or aiocoap's message-id space minds).
* While the base is unreachable the head action is retried with backoff (0.25 s
  doubling to 1 s); nothing is dropped for being old, so an outage of any length loses nothing.
* A page is only accepted for a number that is assigned (and not cleared or removed).
  A page asked for while another page of that number is still queued is the same page.
* A page that may have reached the base (no answer) is not simply resent: the base is
  asked for that session first, and if it shows a page newer than the one we knew of,
  the page landed and is not sent again.
* Clear or remove drops that number's queued pages (paging a guest who has collected or
  cancelled would call them back for nothing); remove of a number whose assignment was
  never sent cancels the assignment without touching the base.
* Creating (2.01/2.00), clearing and removing are idempotent on the base; a clear or
  remove the base answers 4.04 (already gone) counts as done.

``state`` is an immutable ``PagerDeskState`` published to ``on_change`` after every change.
With ``journal=PATH`` the queue and the assignments are written there (atomically) at
every change and read back at start, so a tablet restarted while the base is away still
sends what staff asked for.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from . import dialect
from .codec import PagerReplyError
from .link import PagerLink, PagerRefused, PagerUnreachable
from .model import PagerSession

log = logging.getLogger("display_app.pagers.queue")

KINDS = ("assign", "page", "clear", "remove")


@dataclass(frozen=True)
class PagerAction:
    kind: str
    number: int
    label: str | None = None
    party_size: int | None = None
    goal_s: int | None = None
    page_mode: str | None = dialect.PAGE_MODE_GUEST
    message: str | None = None
    seq: int = 0
    uncertain: bool = False  # a send got no answer: it may have reached the base
    before: PagerSession | None = None  # for a page: the session as we knew it before sending


@dataclass(frozen=True)
class PagerAssignment:
    """One pager as staff see it on the tablet."""

    number: int
    label: str | None = None
    party_size: int | None = None
    goal_s: int | None = None
    status: str = "queued"  # queued | waiting | paged | collected | cancelled
    pages: int = 0  # pages the base confirmed
    message: str | None = None


@dataclass(frozen=True)
class PagerDeskState:
    assignments: dict[int, PagerAssignment] = field(default_factory=dict)
    pending: tuple[PagerAction, ...] = ()
    reachable: bool | None = None  # None: not tried yet
    last_error: str | None = None
    since_unreachable: float | None = None  # monotonic time the base stopped answering

    def assignment(self, number: int) -> PagerAssignment | None:
        return self.assignments.get(number)

    @property
    def waiting_actions(self) -> int:
        return len(self.pending)


class PagerRejected(ValueError):
    """An action staff may not take (page a number that is not assigned, a bad number).

    The message is English (for the log); ``kind`` (``unknown``, ``out-of-range``,
    ``not-assigned``, ``still-out``), ``number`` and ``code`` let the tablet word it in its
    own language."""

    def __init__(self, message: str, *, kind: str = "", number: int | None = None, code: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.number = number
        self.code = code


def _active(assignment: PagerAssignment | None) -> bool:
    return assignment is not None and assignment.status not in ("collected", "cancelled")


# --- the pure part: what an action does to the desk before it is sent -----------------


def enqueue(state: PagerDeskState, action: PagerAction) -> PagerDeskState:
    """The desk after staff ask for ``action``; PagerRejected when it is not allowed."""
    if action.kind not in KINDS:
        raise PagerRejected(f"unknown pager action {action.kind!r}", kind="unknown", number=action.number)
    if not 0 <= action.number <= 99_999:
        raise PagerRejected(f"pager number {action.number} is out of range", kind="out-of-range", number=action.number)
    assignments = dict(state.assignments)
    pending = list(state.pending)
    current = assignments.get(action.number)
    if action.kind == "assign":
        assignments[action.number] = PagerAssignment(action.number, action.label, action.party_size, action.goal_s, "queued")
        pending.append(action)
    elif action.kind == "page":
        if not _active(current):
            raise PagerRejected(f"pager {action.number} is not assigned", kind="not-assigned", number=action.number)
        if any(p.kind == "page" and p.number == action.number for p in pending):
            return state  # the same page, already on its way
        pending.append(action)
    else:
        if not _active(current):
            raise PagerRejected(f"pager {action.number} is not assigned", kind="not-assigned", number=action.number)
        pending = [p for p in pending if not (p.number == action.number and p.kind == "page")]
        unsent_assign = [p for p in pending if p.number == action.number and p.kind == "assign"]
        assert current is not None
        assignments[action.number] = replace(current, status="collected" if action.kind == "clear" else "cancelled")
        if unsent_assign and action.kind == "remove":
            pending = [p for p in pending if p.number != action.number]
        else:
            pending.append(action)
    return replace(state, assignments=assignments, pending=tuple(pending))


def page_landed(before: PagerSession | None, fresh: PagerSession | None) -> bool:
    """After an unanswered page: does the base show a page newer than the one we knew of?"""
    if fresh is None or fresh.state != "paged":
        return False
    if before is None:
        return True
    return before.state != "paged" or fresh.sequence != before.sequence or fresh.notified != before.notified


class PagerQueue:
    """Runs the actions against ``link``; ``await run()`` in a task, ``submit()`` from the UI."""

    def __init__(
        self,
        link: PagerLink,
        on_change: Callable[[PagerDeskState], None] | None = None,
        *,
        first_delay: float = 0.25,
        max_delay: float = 1.0,
        min_interval: float = 0.02,
        journal: str | os.PathLike[str] | None = None,
    ) -> None:
        self.link = link
        self.on_change = on_change
        self.first_delay = first_delay
        self.max_delay = max_delay
        self.min_interval = min_interval
        self.state = PagerDeskState()
        self.known: dict[int, PagerSession] = {}  # last session the base reported, by number
        self._seq = 0
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self.journal = Path(journal) if journal else None
        if self.journal is not None:
            self._restore()
            if self.state.pending:
                self._idle.clear()
                self._wake.set()

    # --- staff side -------------------------------------------------------------------

    def submit(self, kind: str, number: int, **fields: object) -> PagerDeskState:
        """Queue an action (PagerRejected if not allowed); returns the new desk state."""
        self._seq += 1
        action = PagerAction(kind=kind, number=int(number), seq=self._seq, **fields)  # type: ignore[arg-type]
        new = enqueue(self.state, action)
        if new is not self.state:
            self._publish(new)
            if new.pending:
                self._idle.clear()
                self._wake.set()
        return self.state

    def assign(self, number: int, *, label: str | None = None, party_size: int | None = None, goal_s: int | None = None) -> PagerDeskState:
        return self.submit("assign", number, label=label, party_size=party_size, goal_s=goal_s)

    def page(self, number: int, *, message: str | None = None, page_mode: str | None = dialect.PAGE_MODE_GUEST) -> PagerDeskState:
        return self.submit("page", number, message=message, page_mode=page_mode)

    def clear(self, number: int) -> PagerDeskState:
        return self.submit("clear", number)

    def remove(self, number: int) -> PagerDeskState:
        return self.submit("remove", number)

    async def drained(self, timeout: float | None = None) -> None:
        """Wait until every queued action has been confirmed (or given up as refused)."""
        await asyncio.wait_for(self._idle.wait(), timeout)

    # --- the sender -------------------------------------------------------------------

    def _publish(self, state: PagerDeskState) -> None:
        self.state = state
        self._save()
        if self.on_change is not None:
            try:
                self.on_change(state)
            except Exception:  # a UI callback must never stop the sender
                log.exception("pager desk listener failed")

    # --- the journal ------------------------------------------------------------------

    def _save(self) -> None:
        if self.journal is None:
            return
        from ..atomic import write_atomic

        def action(a: PagerAction) -> dict[str, Any]:
            out = asdict(a)
            b = a.before
            out["before"] = None if b is None else {"number": b.number, "state": b.state, "sequence": b.sequence, "notified": b.notified.isoformat() if b.notified else None}
            return out

        data = {
            "version": 1,
            "seq": self._seq,
            "pending": [action(a) for a in self.state.pending],
            "assignments": [asdict(a) for a in self.state.assignments.values()],
        }
        try:
            write_atomic(self.journal, json.dumps(data, separators=(",", ":")))
        except OSError as exc:
            log.error("cannot write the pager journal %s: %s", self.journal, exc)

    def _restore(self) -> None:
        from ..atomic import sweep_temps
        from .codec import parse_timestamp

        assert self.journal is not None
        sweep_temps(self.journal)
        if not self.journal.is_file():
            return
        try:
            data = json.loads(self.journal.read_text(encoding="utf-8"))
            pending = []
            for raw in data["pending"]:
                before = raw.pop("before", None)
                raw = {k: v for k, v in raw.items() if k in PagerAction.__dataclass_fields__}
                if raw.get("kind") not in KINDS or not isinstance(raw.get("number"), int):
                    continue
                session = None
                if isinstance(before, dict) and isinstance(before.get("number"), int):
                    session = PagerSession(number=before["number"], state=str(before.get("state") or "started"), sequence=before.get("sequence"), notified=parse_timestamp(before.get("notified")))
                pending.append(PagerAction(**raw, before=session))
            assignments = {}
            for raw in data["assignments"]:
                raw = {k: v for k, v in raw.items() if k in PagerAssignment.__dataclass_fields__}
                if isinstance(raw.get("number"), int):
                    assignments[raw["number"]] = PagerAssignment(**raw)
            self._seq = max([int(data.get("seq", 0)), *(a.seq for a in pending)])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            kept = self.journal.with_name(self.journal.name + ".unreadable")
            with contextlib.suppress(OSError):
                self.journal.replace(kept)
            log.error("pager journal %s is unreadable (%s); kept as %s, starting empty", self.journal, exc, kept)
            return
        self.state = PagerDeskState(assignments=assignments, pending=tuple(pending))
        if pending:
            log.info("pager journal: %d action(s) from before the restart to send", len(pending))

    def _set_head(self, action: PagerAction) -> None:
        pending = list(self.state.pending)
        if pending and pending[0].seq == action.seq:
            pending[0] = action
            self.state = replace(self.state, pending=tuple(pending))
            self._save()

    def _done(self, action: PagerAction, session: PagerSession | None, *, error: str | None = None) -> None:
        pending = tuple(p for p in self.state.pending if p.seq != action.seq)
        assignments = dict(self.state.assignments)
        current = assignments.get(action.number)
        if session is not None:
            self.known[action.number] = session
        if current is not None and error is None:
            if action.kind == "assign" and current.status == "queued":
                current = replace(current, status="paged" if session is not None and session.paged else "waiting")
            elif action.kind == "page" and _active(current):
                current = replace(current, status="paged", pages=current.pages + 1, message=action.message)
            assignments[action.number] = current
        self._publish(replace(self.state, pending=pending, assignments=assignments, reachable=True, since_unreachable=None, last_error=error))
        if not pending:
            self._idle.set()

    def _unreachable(self, exc: Exception) -> None:
        if self.state.reachable is not False:
            log.error("pager base unreachable (%d action(s) kept for replay): %s", len(self.state.pending), exc)
        self._publish(replace(self.state, reachable=False, last_error=str(exc), since_unreachable=self.state.since_unreachable or time.monotonic()))

    async def _send(self, action: PagerAction) -> PagerSession | None:
        link = self.link
        if action.kind == "assign":
            result = await link.create(action.number, label=action.label, party_size=action.party_size, goal_s=action.goal_s)
            return result.session
        if action.kind == "page":
            if action.uncertain:
                fresh = await link.get(action.number)
                if fresh is None:
                    raise PagerRefused("4.04", "Session not found")
                if page_landed(action.before, fresh):
                    log.info("pager %d: the unanswered page had reached the base; not sending it again", action.number)
                    return fresh
            else:
                action = replace(action, before=self.known.get(action.number))
                self._set_head(action)
            reply = await link.page(action.number, page_mode=action.page_mode, message=action.message)
            return reply.session(action.number)
        reply = await link.act(action.number, action.kind)
        return reply.session(action.number)

    async def run(self) -> None:
        delay = self.first_delay
        last_send = 0.0
        while True:
            if not self.state.pending:
                self._idle.set()
                self._wake.clear()
                await self._wake.wait()
                continue
            action = self.state.pending[0]
            wait = self.min_interval - (time.monotonic() - last_send)
            if wait > 0:
                await asyncio.sleep(wait)
            last_send = time.monotonic()
            try:
                session = await self._send(action)
            except PagerUnreachable as exc:
                if action.kind == "page" and not action.uncertain:
                    head = self.state.pending[0] if self.state.pending else action
                    self._set_head(replace(head, uncertain=True))
                self._unreachable(exc)
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.max_delay)
                continue
            except PagerRefused as exc:
                if exc.code.startswith("5."):
                    self._unreachable(exc)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, self.max_delay)
                    continue
                delay = self.first_delay
                if exc.code == "4.04" and action.kind in ("clear", "remove"):
                    self._done(action, None)  # already gone: that is what was asked
                    continue
                message = f"pager {action.number}: the base refused {action.kind} ({exc.code} {exc.message})"
                log.error("%s", message)
                self._done(action, None, error=message)
                continue
            except PagerReplyError as exc:
                delay = self.first_delay
                log.error("pager %d: %s succeeded but the reply is unreadable: %s", action.number, action.kind, exc)
                self._done(action, None)
                continue
            delay = self.first_delay
            self._done(action, session)


@contextlib.asynccontextmanager
async def running_queue(link: PagerLink, on_change: Callable[[PagerDeskState], None] | None = None, **kwargs: Any):
    """A PagerQueue whose sender runs in a task for the ``async with`` block."""
    queue = PagerQueue(link, on_change, **kwargs)
    task = asyncio.create_task(queue.run(), name="pager-queue")
    try:
        yield queue
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
