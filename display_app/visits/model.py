"""What the Session Management API says, decoded: ``VisitSession``, the three API
behaviours (``FLAVOURS``), the errors, and the redaction used wherever a customer id
could reach a log. No I/O here.

Undocumented (GAP in the vendor docs, our choices, see docs/visits.md):
* the fields of ``SessionInfo``: we read ``sessionId`` (required) and ``customerId``,
  ``agentId``, ``visitId``, ``globalVisitId``, ``created``, ``updated`` (optional strings);
  unknown fields are ignored;
* the error body: ``{"code": N, "description": "..."}``; anything else is tolerated and
  the HTTP status decides.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from typing import Any, Mapping

#: The three documented behaviours of the API, selected by the ``visits_flavour`` setting.
#: 8.5.0: GET of an unknown id creates it; PUT of an existing dataset is a 400.
#: 8.5.1: GET of an unknown id is "Session not found" (the seed).
#: current: ``tenantId`` URL parameter required; replies wrapped in ``{"response": ...}``;
#:          GET of an unknown id creates it.
FLAVOURS = ("8.5.0", "8.5.1", "current")
DEFAULT_FLAVOUR = "8.5.1"

#: Header names, exactly as the docs spell them (note the underscores: some reverse
#: proxies drop such headers unless told not to; see docs/visits.md).
CUSTOMER_HEADER = "gkc_customerId"
AGENT_HEADER = "gkc_agentId"

#: Largest reply body we read; anything longer is a malformed reply.
MAX_REPLY_BYTES = 64 * 1024
#: Longest id (session, customer, agent, visit) we send or accept.
MAX_ID_CHARS = 128
#: Longest error description we keep (logs stay bounded).
MAX_DESCRIPTION_CHARS = 200

_OPTIONAL_FIELDS = ("customerId", "agentId", "visitId", "globalVisitId", "created", "updated")


@dataclass(frozen=True, slots=True)
class VisitSession:
    """One visit session as the API reports it (``SessionInfo``)."""

    session_id: str
    customer_id: str = ""
    agent_id: str = ""
    visit_id: str = ""
    global_visit_id: str = ""
    created: str = ""
    updated: str = ""

    def __repr__(self) -> str:  # never print a customer id in the clear
        return (
            f"VisitSession(session_id={self.session_id!r}, customer={redact(self.customer_id)}, "
            f"visit_id={self.visit_id!r}, global_visit_id={self.global_visit_id!r})"
        )


# ----------------------------------------------------------------------------- errors


class VisitError(Exception):
    """Any failure of a Session Management call. ``retryable`` says whether a replay may help."""

    retryable = False

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class VisitNotFound(VisitError):
    """The API answered "Session not found" (8.5.1 GET of an unknown id)."""


class VisitRefused(VisitError):
    """The API answered with an error status (4xx other than not found, or 5xx)."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message, status=status)
        # Server trouble and throttling may pass; a 4xx says the request itself is wrong.
        self.retryable = status is not None and (status >= 500 or status in (408, 425, 429))


class VisitUnreachable(VisitError):
    """No answer: connection refused or reset, DNS failure, timeout."""

    retryable = True


class VisitMalformed(VisitError):
    """An answer we cannot read: not JSON, wrong shape, too large, no sessionId."""


# ----------------------------------------------------------------------------- decoding


def decode_reply(body: bytes, flavour: str) -> VisitSession:
    """A 2xx reply body -> ``VisitSession``, or ``VisitMalformed`` (never anything else)."""
    if len(body) > MAX_REPLY_BYTES:
        raise VisitMalformed(f"reply of {len(body)} bytes is over the {MAX_REPLY_BYTES}-byte limit")
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise VisitMalformed(f"reply is not JSON ({type(exc).__name__})") from None
    if flavour == "current":
        if not isinstance(data, Mapping) or "response" not in data:
            raise VisitMalformed('reply has no "response" field (the current API wraps SessionInfo in it)')
        data = data["response"]
    return decode_session_info(data)


def decode_session_info(data: Any) -> VisitSession:
    """A decoded ``SessionInfo`` object -> ``VisitSession``, or ``VisitMalformed``."""
    if not isinstance(data, Mapping):
        raise VisitMalformed(f"SessionInfo is {type(data).__name__}, not an object")
    session_id = data.get("sessionId")
    if not isinstance(session_id, str) or not session_id or len(session_id) > MAX_ID_CHARS:
        raise VisitMalformed("SessionInfo has no usable sessionId")
    values: dict[str, str] = {}
    for name in _OPTIONAL_FIELDS:
        value = data.get(name)
        if value is None:
            continue
        if not isinstance(value, str) or len(value) > MAX_ID_CHARS:
            raise VisitMalformed(f"SessionInfo field {name} is not a short string")
        values[name] = value
    return VisitSession(
        session_id=session_id,
        customer_id=values.get("customerId", ""),
        agent_id=values.get("agentId", ""),
        visit_id=values.get("visitId", ""),
        global_visit_id=values.get("globalVisitId", ""),
        created=values.get("created", ""),
        updated=values.get("updated", ""),
    )


def error_description(body: bytes) -> str:
    """The ``description`` of an error body, bounded; "" when there is none readable."""
    if not body or len(body) > MAX_REPLY_BYTES:
        return ""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return ""
    if isinstance(data, Mapping) and isinstance(data.get("response"), Mapping) and "description" not in data:
        data = data["response"]
    if isinstance(data, Mapping):
        text = data.get("description", data.get("message"))
        if isinstance(text, str):
            return printable(text)[:MAX_DESCRIPTION_CHARS]
    return ""


def printable(text: str) -> str:
    """``text`` with control characters replaced, safe for one log line."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


# ----------------------------------------------------------------------------- privacy

#: A per-process key: a redacted id is stable within one run (so log lines about the same
#: shopper can be followed) but cannot be reversed by hashing every loyalty number.
_REDACT_KEY = secrets.token_bytes(16)


def redact(customer_id: str) -> str:
    """A customer id as it may appear in a log: ``cust#`` and 8 hex digits (keyed hash)."""
    if not customer_id:
        return "cust#-"
    digest = hashlib.blake2b(customer_id.encode("utf-8", "replace"), digest_size=4, key=_REDACT_KEY)
    return "cust#" + digest.hexdigest()


def scrub(text: str, *secrets_: str) -> str:
    """``text`` with every occurrence of each secret replaced by its redaction."""
    for secret in secrets_:
        if secret:
            text = text.replace(secret, redact(secret))
    return text
