"""The base station's state and rules, without any network: sessions keyed by pager
number, the archive (history), statistics computed from the sessions, settings, the
global sequence, and a log of every page "sent" to a pager (what tests count).

Each request handler takes the decoded body (or None) and returns ``(code, envelope)``
or raises ``StationError``; the CoAP server (server.py) only moves bytes.
"""

from __future__ import annotations

import json
import math
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Callable

from ...pagers import dialect

MAX_NUMBER = 99_999
MAX_LABEL = 60
MAX_ACTIVE = 5_000
MAX_HISTORY = 10_000


class StationError(Exception):
    """A 4.xx/5.xx answer: ``code`` as "4.04", and the human message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Page:
    """One page that went out over the air (what a test counts to prove nothing doubled)."""

    number: int
    at: datetime
    mode: str
    message: str | None
    standalone: bool = False


@dataclass
class _Session:
    id: int
    uuid: str
    number: int
    party_size: int | None
    goal: int
    created: datetime
    label: str | None
    sequence: int
    state: str = "started"
    notified: datetime | None = None
    first_notified: datetime | None = None
    cleared: datetime | None = None
    clear_type: str | None = None
    message: str | None = None
    stats_epoch: int = 0

    def as_json(self, *, history: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "sessionSequence": self.sequence,
            "uuid": self.uuid,
            "number": self.number,
            "partySize": self.party_size,
            "goalInSeconds": self.goal,
            "created": _ts(self.created),
            "started": _ts(self.created),
            "label": self.label,
            "state": self.state,
        }
        if self.notified is not None:
            out["notified"] = _ts(self.notified)
        if self.cleared is not None:
            out["cleared"] = _ts(self.cleared)
        if self.message is not None:
            out[dialect.MESSAGE_FIELD] = self.message
        if history and self.clear_type:
            out["clearType"] = self.clear_type
        return out


def _ts(moment: datetime) -> str:
    return moment.strftime(dialect.TIMESTAMP_FORMAT)


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def parse_body(payload: bytes) -> dict[str, Any]:
    """A request body -> dict, or StationError 4.00 (the documented 'keep it compact' rule included)."""
    if len(payload) > dialect.MAX_REQUEST_BYTES:
        raise StationError("4.13", f"Request body over {dialect.MAX_REQUEST_BYTES} bytes")
    if not payload:
        raise StationError("4.00", "Request body is empty")
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        raise StationError("4.00", "Request body is not UTF-8") from None
    if "\n" in text or "\t" in text or "\r" in text:
        raise StationError("4.00", "Request body must be compact JSON (no tabs or newlines)")
    try:
        body = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise StationError("4.00", "Request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise StationError("4.00", "Request body must be a JSON object")
    return body


def _int_field(body: dict[str, Any], key: str, lo: int, hi: int, *, required: bool = False) -> int | None:
    value = body.get(key)
    if value is None:
        if required:
            raise StationError("4.00", f"Missing required property '{key}'")
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value != int(value):
        raise StationError("4.00", f"'{key}' must be a whole number")
    value = int(value)
    if not lo <= value <= hi:
        raise StationError("4.00", f"'{key}' must be {lo}..{hi}")
    return value


def number_from_query(query: list[str]) -> int | None:
    """``number=N`` among the Uri-Query options; None when absent; 4.00 when not a number."""
    for item in query:
        key, _, value = item.partition("=")
        if key == "number":
            if not value.isdigit() or int(value) > MAX_NUMBER:
                raise StationError("4.00", f"'number' must be 0..{MAX_NUMBER}")
            return int(value)
    return None


@dataclass
class BaseStation:
    """One transmitter's state. ``clock`` returns local time (no zone), like the T7470."""

    clock: Callable[[], datetime] = field(default=lambda: datetime.now().replace(microsecond=0))
    default_goal: int = 300
    system_id: int = 1
    statistics_clear_mark: int = 0
    sessions: dict[int, _Session] = field(default_factory=dict)
    history: list[_Session] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    sequence: int = 0
    next_id: int = 1
    stats_epoch: int = 0
    listeners: list[Callable[[], None]] = field(default_factory=list)
    _totals: tuple[int, int, float, int] = (0, 0, 0.0, 0)  # served, on time, seconds waited, created

    # --- envelope ---------------------------------------------------------------

    def envelope(self, *types: str, **parts: Any) -> dict[str, Any]:
        out: dict[str, Any] = {
            "responseTypes": list(types),
            "globalSessionSequence": self.sequence,
            "timestamp": _ts(self.clock()),
            "deviceName": dialect.DEVICE_NAME,
            "firmwareVersion": dialect.FIRMWARE_VERSION,
        }
        out.update(parts)
        return out

    def sessions_envelope(self, sessions: list[_Session]) -> dict[str, Any]:
        return self.envelope("sessions", "statistics", statistics=self.statistics(), sessions=[s.as_json() for s in sessions])

    def _changed(self, session: _Session | None = None) -> None:
        self.sequence += 1
        if session is not None:
            session.sequence = self.sequence
        for listener in list(self.listeners):
            listener()

    # --- sessions ---------------------------------------------------------------

    def create(self, body: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
        """POST /v1/sessions: (created?, envelope). An existing number is updated (2.00)."""
        number = _int_field(body, "number", 0, MAX_NUMBER, required=True)
        assert number is not None
        goal = _int_field(body, "goal", 0, 86_400)
        party = _int_field(body, "partySize", 0, 1_000)
        label = self._label(body)
        action = self._action(body)
        existing = self.sessions.get(number)
        if existing is None:
            if len(self.sessions) >= MAX_ACTIVE:
                raise StationError("5.03", f"Too many active sessions ({MAX_ACTIVE})")
            existing = _Session(
                id=self.next_id,
                uuid=str(uuidlib.uuid4()),
                number=number,
                party_size=party,
                goal=self.default_goal if goal is None else goal,
                created=self.clock(),
                label=label,
                sequence=self.sequence,
                stats_epoch=self.stats_epoch,
            )
            self.next_id += 1
            self.sessions[number] = existing
            self._count_created()
            created = True
        else:
            created = False
            self._update(existing, body, goal=goal, party=party, label=label)
        if action is not None:
            self._apply(existing, action, body)
        else:
            self._changed(existing)
        return created, self.sessions_envelope([existing])

    def act(self, number: int, body: dict[str, Any]) -> dict[str, Any]:
        """PUT /v1/sessions?number=N: update fields and/or apply an action."""
        session = self._get(number)
        goal = _int_field(body, "goal", 0, 86_400)
        party = _int_field(body, "partySize", 0, 1_000)
        label = self._label(body)
        action = self._action(body)
        self._update(session, body, goal=goal, party=party, label=label)
        if action is None:
            self._changed(session)
        else:
            self._apply(session, action, body)
        return self.sessions_envelope([session])

    def remove(self, number: int) -> None:
        """DELETE /v1/sessions?number=N."""
        self._apply(self._get(number), "remove", {})

    def clear_all(self) -> None:
        """DELETE /v1/sessions: every active session is cleared (archived with clearType STOP)."""
        for session in list(self.sessions.values()):
            self._archive(session, "cleared", "STOP")
        self._changed()

    def get(self, number: int | None) -> dict[str, Any]:
        if number is None:
            return self.sessions_envelope(sorted(self.sessions.values(), key=lambda s: s.id))
        return self.envelope("sessions", sessions=[self._get(number).as_json()])

    def _get(self, number: int) -> _Session:
        session = self.sessions.get(number)
        if session is None:
            raise StationError("4.04", "Session not found")
        return session

    @staticmethod
    def _label(body: dict[str, Any]) -> str | None:
        label = body.get("label")
        if label is None:
            return None
        if not isinstance(label, str):
            raise StationError("4.00", "'label' must be a string")
        return label[:MAX_LABEL]

    @staticmethod
    def _action(body: dict[str, Any]) -> str | None:
        action = body.get("action")
        if action is None:
            return None
        if action not in dialect.ACTIONS:
            raise StationError("4.00", f"'action' must be one of {', '.join(dialect.ACTIONS)}")
        return action

    @staticmethod
    def _update(session: _Session, body: dict[str, Any], *, goal: int | None, party: int | None, label: str | None) -> None:
        if goal is not None:
            session.goal = goal
        if party is not None:
            session.party_size = party
        if "label" in body:
            session.label = label

    def _apply(self, session: _Session, action: str, body: dict[str, Any]) -> None:
        now = self.clock()
        if action == "page":
            mode = body.get("pageMode") if isinstance(body.get("pageMode"), str) else dialect.PAGE_MODE_GUEST
            message = body.get(dialect.MESSAGE_FIELD)
            message = message[: dialect.MESSAGE_MAX_CHARS] if isinstance(message, str) else None
            session.state = "paged"
            session.notified = now
            session.message = message
            if session.first_notified is None:
                session.first_notified = now
                if session.stats_epoch == self.stats_epoch:
                    self._count_served(session)
            self.pages.append(Page(session.number, now, mode[:40], message))
            self._changed(session)
        elif action == "clear":
            self._archive(session, "cleared", "STOP")
            self._changed(session)
        else:  # remove
            self._archive(session, "cleared", "REMOVED")
            self._changed(session)

    def _archive(self, session: _Session, state: str, clear_type: str) -> None:
        session.state = state
        session.cleared = self.clock()
        session.clear_type = clear_type
        self.sessions.pop(session.number, None)
        self.history.append(session)
        if len(self.history) > MAX_HISTORY:
            del self.history[: len(self.history) - MAX_HISTORY]

    # --- stand-alone page, history, statistics, settings ---------------------------

    def page_standalone(self, body: dict[str, Any]) -> dict[str, Any]:
        number = _int_field(body, "number", 0, MAX_NUMBER, required=True)
        assert number is not None
        mode = body.get("pageMode") if isinstance(body.get("pageMode"), str) else dialect.PAGE_MODE_GUEST
        message = body.get("message") if isinstance(body.get("message"), str) else None
        self.pages.append(Page(number, self.clock(), mode[:40], message, standalone=True))
        return self.envelope("page", page={"number": number, "pageMode": mode[:40]})

    def history_envelope(self) -> dict[str, Any]:
        return self.envelope("session_history", session_history=[s.as_json(history=True) for s in self.history])

    def clear_history(self) -> None:
        self.history.clear()
        self._changed()

    def statistics(self) -> dict[str, Any]:
        """Computed from the sessions since the last statistics clear (docs/pagers.md has the
        maths), kept as running totals so a request costs the same with 5,000 sessions."""
        served, on_time, waited, created = self._totals
        pct_on_time = round(100 * on_time / served) if served else 100
        return {
            "guestsServed": served,
            "percentLate": 100 - pct_on_time if served else 0,
            "percentOnTime": pct_on_time,
            "averageTimeServed": round(waited / served) if served else 0,
            "numSessions": created,
        }

    def _count_created(self) -> None:
        served, on_time, waited, created = self._totals
        self._totals = (served, on_time, waited, created + 1)

    def _count_served(self, session: _Session) -> None:
        wait = (session.first_notified - session.created).total_seconds()  # type: ignore[operator]
        served, on_time, waited, created = self._totals
        self._totals = (served + 1, on_time + (wait <= session.goal), waited + wait, created)

    def _compute_statistics(self) -> dict[str, Any]:
        """The same figures from scratch (what the running totals must always equal)."""
        every = [s for s in [*self.sessions.values(), *self.history] if s.stats_epoch == self.stats_epoch]
        served = [s for s in every if s.first_notified is not None]
        waits = [(s.first_notified - s.created).total_seconds() for s in served]  # type: ignore[operator]
        on_time = sum(1 for s, w in zip(served, waits) if w <= s.goal)
        pct_on_time = round(100 * on_time / len(served)) if served else 100
        return {
            "guestsServed": len(served),
            "percentLate": 100 - pct_on_time if served else 0,
            "percentOnTime": pct_on_time,
            "averageTimeServed": round(sum(waits) / len(waits)) if waits else 0,
            "numSessions": len(every),
        }

    def clear_statistics(self) -> None:
        self.stats_epoch += 1
        for session in self.sessions.values():
            session.stats_epoch = self.stats_epoch  # guests still on the list count in the new period
        stats = self._compute_statistics()
        served = stats["guestsServed"]
        every = list(self.sessions.values())
        waits = [(s.first_notified - s.created).total_seconds() for s in every if s.first_notified is not None]  # type: ignore[operator]
        on_time = sum(1 for s in every if s.first_notified is not None and (s.first_notified - s.created).total_seconds() <= s.goal)
        self._totals = (served, on_time, float(sum(waits)), len(every))
        self._changed()

    def settings(self) -> dict[str, Any]:
        return self.envelope(
            "settings",
            settings={
                "datetime": _ts(self.clock()),
                "systemId": self.system_id,
                "defaultTargetGoal": self.default_goal,
                "statisticsClearMark": self.statistics_clear_mark,
            },
        )

    def update_settings(self, body: dict[str, Any]) -> dict[str, Any]:
        goal = _int_field(body, "defaultTargetGoal", 0, 86_400)
        system_id = _int_field(body, "systemId", 0, 65_535)
        mark = _int_field(body, "statisticsClearMark", 0, 24)
        if goal is not None:
            self.default_goal = goal
        if system_id is not None:
            self.system_id = system_id
        if mark is not None:
            self.statistics_clear_mark = mark
        return self.settings()

    # --- for tests and the demo ----------------------------------------------------

    def pages_for(self, number: int) -> list[Page]:
        return [p for p in self.pages if p.number == number]

    def shift_clock(self, seconds: float) -> None:
        """Move this station's clock (scripted days in tests)."""
        base = self.clock
        delta = timedelta(seconds=seconds)
        self.clock = lambda: base() + delta
