"""The pager-session model: immutable values the adapter decodes and the board shows.

``PagerSession`` is one guest's pager (keyed by ``number``), ``PagerStatistics`` the
base's running figures, ``SessionsReply`` one decoded reply envelope. Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class PagerSession:
    number: int
    state: str = "started"  # started | paged | cleared (anything else is kept as given)
    label: str | None = None
    party_size: int | None = None
    goal_s: int | None = None
    started: datetime | None = None
    notified: datetime | None = None
    cleared: datetime | None = None
    id: int | None = None
    uuid: str | None = None
    sequence: int | None = None  # sessionSequence: the global sequence at its last change
    message: str | None = None  # what the last page said (our simulator reports it)

    @property
    def name(self) -> str:
        """What a board shows: the label, or ``#number`` when there is none."""
        label = (self.label or "").strip()
        return label if label else f"#{self.number}"

    @property
    def paged(self) -> bool:
        return self.state == "paged"


@dataclass(frozen=True)
class PagerStatistics:
    guests_served: int | None = None
    percent_on_time: int | None = None
    percent_late: int | None = None
    average_time_served_s: int | None = None
    num_sessions: int | None = None


@dataclass(frozen=True)
class SessionsReply:
    """One reply envelope. Fields the base left out are None or empty."""

    sessions: tuple[PagerSession, ...] = ()
    statistics: PagerStatistics | None = None
    global_sequence: int | None = None
    timestamp: datetime | None = None  # the base's clock when it answered
    response_types: tuple[str, ...] = ()
    history: tuple[PagerSession, ...] = field(default=())

    def session(self, number: int) -> PagerSession | None:
        for s in self.sessions:
            if s.number == number:
                return s
        return None
