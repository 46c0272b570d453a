"""Bytes from a base station -> the pager-session model, and request bodies -> bytes.

The decoder is the only code that reads a base's reply. It tolerates unknown fields and
missing ones, and turns everything else (not JSON, wrong types, oversized) into one
``PagerReplyError``: it never raises anything else, whatever the bytes (property-tested).
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import Any

from . import dialect
from .model import PagerSession, PagerStatistics, SessionsReply


class PagerReplyError(ValueError):
    """A reply we cannot use (not JSON, not an object, too big)."""


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if -(2**53) <= value <= 2**53 else None
    if isinstance(value, float) and math.isfinite(value) and abs(value) < 2**53:
        return round(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit() and len(value) < 16:
        return int(value)
    return None


def _str(value: Any, limit: int = 200) -> str | None:
    if isinstance(value, str):
        return value[:limit]
    return None


def parse_timestamp(value: Any) -> datetime | None:
    """ISO8601 local time ("2018-03-15T11:55:20"); a zone, if any, is dropped; junk -> None."""
    if not isinstance(value, str) or not 10 <= len(value) <= 40:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=None, microsecond=0)


def session_from(obj: Any) -> PagerSession | None:
    """One session object -> PagerSession; None when it has no usable ``number``."""
    if not isinstance(obj, dict):
        return None
    number = _int(obj.get("number"))
    if number is None or number < 0:
        return None
    state = _str(obj.get("state"), 20) or "started"
    label = _str(obj.get("label"), 60)
    return PagerSession(
        number=number,
        state=state,
        label=label,
        party_size=_int(obj.get("partySize")),
        goal_s=_int(obj.get("goalInSeconds", obj.get("goal"))),
        started=parse_timestamp(obj.get("started")) or parse_timestamp(obj.get("created")),
        notified=parse_timestamp(obj.get("notified")),
        cleared=parse_timestamp(obj.get("cleared")),
        id=_int(obj.get("id")),
        uuid=_str(obj.get("uuid"), 64),
        sequence=_int(obj.get("sessionSequence")),
        message=_str(obj.get(dialect.MESSAGE_FIELD), dialect.MESSAGE_MAX_CHARS),
    )


def statistics_from(obj: Any) -> PagerStatistics | None:
    if not isinstance(obj, dict):
        return None
    return PagerStatistics(
        guests_served=_int(obj.get("guestsServed")),
        percent_on_time=_int(obj.get("percentOnTime")),
        percent_late=_int(obj.get("percentLate")),
        average_time_served_s=_int(obj.get("averageTimeServed")),
        num_sessions=_int(obj.get("numSessions")),
    )


def _sessions(value: Any) -> tuple[PagerSession, ...]:
    if isinstance(value, dict):  # tolerate a single object where an array belongs
        value = [value]
    if not isinstance(value, list):
        return ()
    out = []
    for item in value[:5000]:
        session = session_from(item)
        if session is not None:
            out.append(session)
    return tuple(out)


def decode_reply(payload: bytes) -> SessionsReply:
    """A reply envelope -> SessionsReply. An empty payload is an empty reply (2.02, 2.04)."""
    if len(payload) > dialect.MAX_REPLY_BYTES:
        raise PagerReplyError(f"reply of {len(payload):,} bytes is over the {dialect.MAX_REPLY_BYTES:,}-byte limit")
    if not payload.strip():
        return SessionsReply()
    try:
        body = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PagerReplyError(f"reply is not JSON: {str(exc)[:120]}") from None
    if not isinstance(body, dict):
        raise PagerReplyError(f"reply is a JSON {type(body).__name__}, not an object")
    types = body.get("responseTypes")
    response_types = tuple(t[:40] for t in types if isinstance(t, str))[:20] if isinstance(types, list) else ()
    return SessionsReply(
        sessions=_sessions(body.get("sessions")),
        statistics=statistics_from(body.get("statistics")),
        global_sequence=_int(body.get("globalSessionSequence")),
        timestamp=parse_timestamp(body.get("timestamp")),
        response_types=response_types,
        history=_sessions(body.get("session_history", body.get("sessionHistory"))),
    )


# --- request bodies (compact JSON, DOC) ---------------------------------------------


def create_body(number: int, *, label: str | None = None, party_size: int | None = None, goal_s: int | None = None) -> bytes:
    body: dict[str, Any] = {"number": int(number)}
    if goal_s is not None:
        body["goal"] = int(goal_s)
    if label:
        body["label"] = label[:60]
    if party_size is not None:
        body["partySize"] = int(party_size)
    return dialect.compact(body)


def action_body(action: str, *, page_mode: str | None = None, message: str | None = None) -> bytes:
    if action not in dialect.ACTIONS:
        raise ValueError(f"unknown pager action {action!r}")
    body: dict[str, Any] = {"action": action}
    if action == "page":
        if page_mode:
            body["pageMode"] = page_mode
        if message:
            body[dialect.MESSAGE_FIELD] = message[: dialect.MESSAGE_MAX_CHARS]
    return dialect.compact(body)
