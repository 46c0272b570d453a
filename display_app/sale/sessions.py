"""Checkout (sale) sessions on one counter socket: which session a sale message belongs to,
the follow-mode filter, and the decoder for the session list a counter reports.

A *sale session* here is a checkout session on a counter (a register, a tablet user, one of
two operators on a lane); it outlives its sales. It is not a pager session or a visit
session. Its id comes from the snapshot's ``source`` object (``fd1.dialect.session_id``;
the GAP and our choice are documented in docs/fd1-choices.md).

Follow mode: with the ``session`` setting, ``SessionFilter.admits(v)`` is False for every
message of another session, and for a message that names no session at all (a customer
must never see someone else's sale, so "unknown" is "foreign"). ``sale.reducer.from_counter``
asks it before anything is reduced, so a foreign message never reaches the screen.

No Qt, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Mapping

from ..fd1 import dialect

log = logging.getLogger(__name__)

#: Most session rows read from one enumeration reply (a counter has a handful).
MAX_SESSIONS = 200


def message_session(v: Any) -> str:
    """The session id of a ``custdisp.sale.*`` body ("" when it names none)."""
    if not isinstance(v, Mapping):
        return ""
    return dialect.session_id(v.get("source"))


class SessionFilter:
    """Follow one session (``session`` non-empty) or the whole lane (``session`` == "")."""

    def __init__(self, session: str = "") -> None:
        self.session = (session or "").strip()
        self.dropped = 0  # messages of other sessions kept off the screen

    @property
    def following(self) -> bool:
        return bool(self.session)

    def admits(self, v: Any) -> bool:
        if not self.session:
            return True
        if message_session(v) == self.session:
            return True
        self.dropped += 1
        return False


def follows(session: str, v: Any) -> bool:
    """``SessionFilter(session).admits(v)`` without the counting."""
    return not session or message_session(v) == session.strip()


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """One checkout session a counter reports, with its current sale (if any)."""

    session: str
    lane: str = ""
    sale_key: str = ""
    total: Decimal | None = None
    lines: int = 0
    started: str = ""

    def label(self) -> str:
        """A line for a picker: lane, session, and the sale on it."""
        where = f"Lane {self.lane}" if self.lane else "Session"
        sale = f"{self.lines} item{'s' if self.lines != 1 else ''}, {self.total}" if self.sale_key and self.total is not None else "no sale"
        return f"{where} · {self.session} · {sale}"


class SessionListError(ValueError):
    """The enumeration reply is not a list of sessions (the message says why)."""


def _folded(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {str(k).lower().replace("_", "").replace("-", ""): v for k, v in row.items()}


def _text(value: Any, limit: int = 200) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (str, int, float)):
        return str(value).strip()[:limit]
    return ""


def _money(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None or not isinstance(value, (int, float, str)):
        return None
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    if not amount.is_finite() or abs(amount) >= Decimal("1e12"):
        return None
    return amount.quantize(Decimal("0.01"))


def _count(value: Any) -> int:
    if isinstance(value, list):
        return len(value)
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return 0
    try:
        number = int(float(str(value)))
    except (ValueError, OverflowError):
        return 0
    return max(0, min(number, 1_000_000))


def decode_session_list(data: Any) -> list[SessionInfo]:
    """The sessions in a ``dialect.ACTIVESALE_LIST`` reply's ``data``: ``{"rows": [...]}``
    or a bare list. Rows that name no session are skipped (logged); duplicates keep the
    first. Raises ``SessionListError`` only when ``data`` holds no list at all."""
    rows: Any = data
    if isinstance(data, Mapping):
        folded = _folded(data)
        rows = folded.get("rows", folded.get("sessions", folded.get("sales")))
    if not isinstance(rows, list):
        raise SessionListError(f"expected a list of sessions (data.rows), got {type(rows).__name__}")
    out: list[SessionInfo] = []
    seen: set[str] = set()
    for index, row in enumerate(rows[:MAX_SESSIONS]):
        if not isinstance(row, Mapping):
            log.warning("session list: row %d is %s, not an object; skipped", index, type(row).__name__)
            continue
        f = _folded(row)
        source = row.get("source") if isinstance(row.get("source"), dict) else None
        session = _text(f.get("session")) or _text(f.get("sessionid")) or dialect.session_id(source)
        if not session:
            log.warning("session list: row %d names no session (no session field, no source); skipped", index)
            continue
        if session in seen:
            continue
        seen.add(session)
        lane = _text(f.get("lane")) or dialect.lane_id(source)
        out.append(SessionInfo(
            session=session,
            lane=lane,
            sale_key=_text(f.get("salephyskey")),
            total=_money(f.get("saletotal", f.get("total"))),
            lines=_count(f.get("lines", f.get("linecount", 0))),
            started=_text(f.get("startdt", f.get("started"))),
        ))
    return out
