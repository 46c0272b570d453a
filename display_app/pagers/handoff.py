"""``PagerHandoff``: the presell tablet's pager step, Qt-free.

When staff send a basket to the lane they hand the shopper a pager: ``hand_out`` assigns
that pager number to the basket (label = the customer's name when given, party size, the
goal from settings). While the basket waits on the lane, ``run()`` asks the counter about
it every ``poll_s`` seconds (``fetch_state(sale_key)``, e.g. the SalesBuilder's sale
state); once the lane has recalled it, that pager is paged automatically, saying which
lane when the pagers can show text. Staff can page again, mark it collected (clear) or
cancelled (remove). Everything goes through ``PagerQueue``: nothing is lost or doubled
while the base is unreachable, and only assigned numbers are ever paged.

Knows nothing of the presell package: the tablet passes ``fetch_state``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Awaitable, Callable

from .queue import PagerDeskState, PagerQueue, PagerRejected

log = logging.getLogger("display_app.pagers.handoff")

#: The counter's word for a parked sale the lane has taken (our simulator's, GAP in the docs).
RECALLED_STATES = frozenset({"recalled", "completed", "complete"})


@dataclass(frozen=True)
class PagerTicket:
    """One pager handed out with a basket."""

    number: int
    code: str  # the basket's recall code
    sale_key: str
    label: str | None = None
    party_size: int | None = None
    recalled: bool = False  # the lane has taken the basket (and the pager was paged for it)
    status: str = "queued"  # from the desk: queued | waiting | paged | collected | cancelled


@dataclass(frozen=True)
class HandoffState:
    tickets: tuple[PagerTicket, ...] = ()
    reachable: bool | None = None
    waiting_actions: int = 0
    error: str | None = None

    def for_code(self, code: str) -> PagerTicket | None:
        for t in reversed(self.tickets):
            if t.code == code:
                return t
        return None

    def for_number(self, number: int) -> PagerTicket | None:
        for t in reversed(self.tickets):
            if t.number == number and t.status not in ("collected", "cancelled"):
                return t
        return None


class PagerHandoff:
    def __init__(
        self,
        queue: PagerQueue,
        fetch_state: Callable[[str], Awaitable[str | None]],
        *,
        goal_s: int | None = None,
        lane_label: str = "",
        shows_text: bool = False,
        poll_s: float = 2.0,
        on_change: Callable[[HandoffState], None] | None = None,
        journal: str | os.PathLike[str] | None = None,
    ) -> None:
        self.queue = queue
        self.fetch_state = fetch_state
        self.goal_s = goal_s
        self.lane_label = lane_label
        self.shows_text = shows_text
        self.poll_s = poll_s
        self.listeners: list[Callable[[HandoffState], None]] = [on_change] if on_change else []
        self._tickets: dict[int, PagerTicket] = {}  # active tickets by pager number
        self._done: list[PagerTicket] = []  # collected or cancelled, newest last (kept 20)
        self.state = HandoffState()
        self.journal = Path(journal) if journal else None
        self._restore()
        previous = queue.on_change
        queue.on_change = lambda desk: (previous(desk) if previous else None, self._desk(desk))  # type: ignore[func-returns-value]
        self._wake = asyncio.Event()

    # --- staff actions ------------------------------------------------------------------

    def hand_out(self, number: int, *, code: str, sale_key: str, label: str | None = None, party_size: int | None = None) -> PagerTicket:
        """Assign pager ``number`` to the basket with recall ``code`` (PagerRejected if that
        pager is still out with another basket)."""
        current = self._tickets.get(number)
        if current is not None and current.code != code:
            raise PagerRejected(f"pager {number} is still out with code {current.code}: mark it collected or cancelled first",
                                kind="still-out", number=number, code=current.code)
        for other in list(self._tickets.values()):  # a basket holds one pager: a new number replaces the old
            if other.code == code and other.number != number:
                self.cancelled(other.number)
        label = (label or "").strip() or None
        self.queue.assign(number, label=label, party_size=party_size, goal_s=self.goal_s)
        ticket = PagerTicket(number, code, sale_key, label, party_size)
        self._tickets[number] = ticket
        self._wake.set()
        self._publish()
        return ticket

    def page_again(self, number: int) -> None:
        self.queue.page(number, message=self._message())

    def collected(self, number: int) -> None:
        self.queue.clear(number)
        self._retire(number)

    def cancelled(self, number: int) -> None:
        self.queue.remove(number)
        self._retire(number)

    # --- the recall watch ----------------------------------------------------------------

    def _message(self) -> str | None:
        if not self.shows_text or not self.lane_label:
            return None
        return f"Go to {self.lane_label}"

    async def check_recalls(self) -> None:
        """Ask the counter about each basket whose pager has not been paged for it yet."""
        for ticket in [t for t in self._tickets.values() if not t.recalled]:
            try:
                state = await self.fetch_state(ticket.sale_key)
            except Exception as exc:  # the counter link's own errors: try again next round
                log.debug("pager %d: cannot read sale %s yet: %s", ticket.number, ticket.sale_key, exc)
                continue
            if state in RECALLED_STATES and ticket.number in self._tickets:
                try:
                    self.queue.page(ticket.number, message=self._message())
                except PagerRejected as exc:
                    log.error("pager %d: not paged on recall: %s", ticket.number, exc)
                self._tickets[ticket.number] = replace(self._tickets[ticket.number], recalled=True)
                log.info("a basket was recalled by the lane: paging pager %d", ticket.number)
                log.debug("its recall code was %s", ticket.code)  # codes only at DEBUG
                self._publish()

    async def run(self) -> None:
        while True:
            if not any(not t.recalled for t in self._tickets.values()):
                self._wake.clear()
                await self._wake.wait()
            await self.check_recalls()
            await asyncio.sleep(self.poll_s)

    # --- state ---------------------------------------------------------------------------

    def _retire(self, number: int) -> None:
        ticket = self._tickets.pop(number, None)
        if ticket is not None:
            status = self.queue.state.assignments.get(number)
            self._done.append(replace(ticket, status=status.status if status else "collected"))
            del self._done[:-20]
        self._publish()

    def _desk(self, desk: PagerDeskState) -> None:
        for number, ticket in list(self._tickets.items()):
            assignment = desk.assignments.get(number)
            if assignment is not None and assignment.status != ticket.status:
                self._tickets[number] = replace(ticket, status=assignment.status)
        self._publish(desk)

    def _restore(self) -> None:
        """Tickets from before a restart (``journal``): a basket parked then still pages on recall."""
        if self.journal is None or not self.journal.is_file():
            return
        try:
            data = json.loads(self.journal.read_text(encoding="utf-8"))
            fields = PagerTicket.__dataclass_fields__
            active = [PagerTicket(**{k: v for k, v in raw.items() if k in fields}) for raw in data["active"]]
            done = [PagerTicket(**{k: v for k, v in raw.items() if k in fields}) for raw in data["done"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            kept = self.journal.with_name(self.journal.name + ".unreadable")
            with contextlib.suppress(OSError):
                self.journal.replace(kept)
            log.error("pager hand-off journal %s is unreadable (%s); kept as %s", self.journal, exc, kept)
            return
        self._tickets = {t.number: t for t in active if isinstance(t.number, int)}
        self._done = done[-20:]

    def _save(self) -> None:
        if self.journal is None:
            return
        from ..atomic import write_atomic

        data = {"version": 1, "active": [asdict(t) for t in self._tickets.values()], "done": [asdict(t) for t in self._done]}
        try:
            write_atomic(self.journal, json.dumps(data, separators=(",", ":")))
        except OSError as exc:
            log.error("cannot write the pager hand-off journal %s: %s", self.journal, exc)

    def _publish(self, desk: PagerDeskState | None = None) -> None:
        self._save()
        desk = desk or self.queue.state
        self.state = HandoffState(
            tickets=tuple([*self._done, *self._tickets.values()]),
            reachable=desk.reachable,
            waiting_actions=desk.waiting_actions,
            error=desk.last_error,
        )
        for listener in list(self.listeners):
            try:
                listener(self.state)
            except Exception:
                log.exception("pager hand-off listener failed")
