"""Every choice the base station's documentation leaves open, kept in one place.

The LRS T7470 documents paths, request fields, reply fields and success codes
(docs/pagers.md has the table). What it does not say, and what we therefore chose, is
named here and nowhere else; the simulator imports the same names so both sides agree.
"""

from __future__ import annotations

import json
from typing import Any

#: CoAP over UDP, the documented port of the transmitter.
DEFAULT_PORT = 5683

#: Content-Format 50 = application/json (RFC 7252 section 12.3).
CONTENT_FORMAT_JSON = 50

#: Uri-Path segments of the documented resources.
PATH_SESSIONS = ("v1", "sessions")
PATH_HISTORY = ("v1", "sessions", "history")
PATH_STATISTICS = ("v1", "sessions", "statistics")
PATH_SETTINGS = ("v1", "settings")
PATH_PAGE = ("v1", "page")

#: "2.00": not a registered CoAP code; the base answers it to a POST for a number that
#: already has a session (the seed's example code). aiocoap shows it as "2.00 (Unknown)".
CODE_ALREADY_EXISTS = 64

#: Actions of PUT /v1/sessions?number=N (and of POST /v1/sessions' "action" field).
ACTIONS = ("page", "clear", "remove")

#: Session states the base reports.
STATES = ("started", "paged", "cleared")

#: GAP: the T7470 documents page modes only as hex codes of the lower-level protocol;
#: the CoAP strings it names are these two (guest coaster default, staff pager default).
#: We send PAGE_MODE_GUEST unless settings name another, and never invent others.
PAGE_MODE_GUEST = "Flash30Sec"
PAGE_MODE_STAFF = "Vibe1"
PAGE_MODES = (PAGE_MODE_GUEST, PAGE_MODE_STAFF)

#: INFERENCE: the documented stand-alone page (POST /v1/page) takes "message" for
#: alphanumeric coasters. We send the same field with a session page (PUT ... action
#: page) only when the pagers are configured as able to show text; a base that does
#: not know the field ignores it (the T7470 tolerates unknown fields in our simulator).
MESSAGE_FIELD = "message"
MESSAGE_MAX_CHARS = 32

#: GAP: the error body of a 4.xx/5.xx reply is not documented. Our simulator sends
#: {"error":{"code":"4.04","message":"Session not found"}}; the adapter reads
#: error.message when it is there and falls back to the first 200 characters of the text.
def error_body(code: str, message: str) -> bytes:
    return compact({"error": {"code": code, "message": message}})


def error_message(payload: bytes) -> str:
    """The human text of an error reply, whatever shape it has (never raises)."""
    text = payload[:4096].decode("utf-8", "replace")
    try:
        body = json.loads(text)
    except ValueError:
        return text[:200]
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return err["message"][:200]
        if isinstance(err, str):
            return err[:200]
    return text[:200]


#: Our bound: a reply bigger than this is refused as malformed (a list of 1,000
#: sessions is about 260 KB; the base's own list is far smaller in practice).
MAX_REPLY_BYTES = 1 << 20

#: Our bound on what the simulator accepts in one request body.
MAX_REQUEST_BYTES = 4096

#: DOC: "Keep request body compact!": no spaces, tabs or newlines.
def compact(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


#: Timestamps are local time with no zone, e.g. "2018-03-15T11:55:20".
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S"

#: What the simulator says it is (the envelope's deviceName / firmwareVersion).
DEVICE_NAME = "T7470"
FIRMWARE_VERSION = "8.4.100.43"
