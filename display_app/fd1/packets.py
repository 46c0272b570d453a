"""FD1 packets: what goes over the socket, in both directions.

FD1 frames are JSON objects with deliberately short keys (see
shared/reference/fd1-protocol.md section 2):

* request  ``{"a", "q", "qk", "k", "v", "rq", "rt", "pt"}``
* reply    ``{"r", "rp", "data"}`` (and, for failures, an error object)
* event    ``{"rp", "sc", "v"}``: a firehose message, routed by the ``rq`` of its open
* server   ``{"a": "fn1.…", "v"}``: unsolicited messages from the server

This module only turns text into typed packets and back. It holds no state and
does no I/O, so both the client and the counter simulator use it.
"""

from __future__ import annotations

import gc
import json
import logging
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Mapping

import orjson

log = logging.getLogger(__name__)

#: FD1 says an ``rq`` must convert to a string shorter than 200 characters.
MAX_RQ_LENGTH = 199

#: Keys a reply may use to say it failed. The FD1 error packet is a documented GAP,
#: so every plausible spelling is accepted (fd1-protocol.md section 7.1).
ERROR_KEYS = ("error", "Error", "err")


class PacketError(ValueError):
    """A frame that is not a usable FD1 packet. The message says why."""


@dataclass(frozen=True, slots=True)
class Request:
    """A request (command) packet, as a client sends it and the simulator receives it."""

    a: str
    v: Mapping[str, Any] | None = None
    q: Mapping[str, Any] | None = None
    qk: list[str] | str | None = None
    k: Any = None
    rq: str | None = None
    rt: Any = None
    pt: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"a": self.a}
        for key in ("q", "qk", "k", "v", "rq", "rt", "pt"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        out.update(self.extra)
        return out

    def to_json(self) -> str:
        return encode(self.to_dict())


@dataclass(frozen=True, slots=True)
class Reply:
    """The answer to a request: ``r`` echoes the endpoint, ``rp`` echoes our ``rq`` (as a string)."""

    r: str | None
    rp: str | None
    data: Any = None
    error: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None

    def rows(self) -> list[dict[str, Any]]:
        """``data.rows`` when present; a bare object ``data`` becomes one row."""
        data = self.data
        if isinstance(data, Mapping):
            rows = data.get("rows")
            if isinstance(rows, list):
                return [row for row in rows if isinstance(row, dict)]
            return [dict(data)]
        if isinstance(data, list):
            return [row for row in data if isinstance(row, dict)]
        return []


@dataclass(frozen=True, slots=True)
class Event:
    """A firehose (streamed) message. ``rp`` is the ``rq`` of the open that asked for it, if any."""

    sc: str
    v: Any
    rp: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ServerMessage:
    """An unsolicited ``fn1.*`` message from the server, e.g. ``fn1.link.link_status``."""

    a: str
    v: Mapping[str, Any]
    raw: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Foreign:
    """A frame with a non-empty ``pt``: not FD1, ignored by us but logged."""

    pt: str
    raw: Mapping[str, Any] = field(default_factory=dict)


Incoming = Reply | Event | ServerMessage | Foreign


#: orjson calls ``default`` for these too, as the json module does (it would write them its own way).
_ENCODE_OPTIONS = orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME


def encode(obj: Mapping[str, Any]) -> str:
    """Compact JSON text for a frame.

    Written by orjson (a 1,000-line sale: 0.23 ms instead of the json module's 2.9 ms);
    what orjson refuses (integers past 64 bits, keys that are not text) goes through the
    json module as before. A float NaN or infinity, which JSON has no way to write, goes
    out as ``null`` (the json module wrote ``NaN``, which no JSON reader need accept)."""
    frame = encode_utf8(obj)
    return frame.decode("utf-8") if isinstance(frame, bytes) else frame


def encode_utf8(obj: Mapping[str, Any]) -> bytes | str:
    """``encode``'s JSON as the UTF-8 bytes a text frame carries (orjson writes those, so
    a sender need not decode them to text for its socket to encode them back: ~0.15 ms
    for a 1,000-line sale), or as text where only the json module can write it."""
    try:
        return orjson.dumps(obj, default=_json_default, option=_ENCODE_OPTIONS)
    except orjson.JSONEncodeError:
        return json.dumps(obj, separators=(",", ":"), ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> Any:
    # Decimal money (and anything else json cannot write) goes out as its exact text;
    # converting through float would lose cents.
    return str(value)


def rq_text(rq: Any) -> str | None:
    """Normalise a request id the way replies carry it: as a string (the websocat example)."""
    if rq is None:
        return None
    text = str(rq)
    if len(text) > MAX_RQ_LENGTH:
        raise PacketError(f"rq is {len(text)} characters; FD1 allows fewer than 200")
    return text


class collector_paused:  # noqa: N801 (used as a statement: ``with collector_paused():``)
    """The cyclic collector off inside the block, and back on after if it was on. For
    decoding JSON: it builds trees, never cycles, so the collector has nothing to find
    there, but the allocations of a 4 MiB frame would start it over the whole heap many
    times."""

    __slots__ = ("_was_on",)

    def __enter__(self) -> None:
        self._was_on = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self._was_on:
            gc.enable()


def parse_json(text: str | bytes) -> dict[str, Any]:
    """Parse one frame's JSON (text, or the UTF-8 bytes it came in) into a dict, or raise
    PacketError naming the problem."""
    if isinstance(text, (bytearray, memoryview)):
        text = bytes(text)
    try:
        with collector_paused():
            obj = loads(text)
    except PacketError:
        raise
    except json.JSONDecodeError as exc:
        raise PacketError(f"frame is not JSON: {exc.msg} at offset {exc.pos}") from None
    except RecursionError:
        raise PacketError("frame is nested too deeply") from None
    except (ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise PacketError(f"frame is not usable JSON: {type(exc).__name__}: {str(exc)[:80]}") from None
    if not isinstance(obj, dict):
        raise PacketError(f"frame is JSON {type(obj).__name__}, not an object")
    return obj


#: orjson reads an integer past 64 bits as a float (losing digits): a frame with a run of
#: more digits than this anywhere is read by the json module.
ORJSON_DIGITS = 18


def loads(text: str | bytes) -> Any:
    """The frame's JSON value, exactly as the json module reads it (the reference), but
    with orjson where that gives the same result: 1.7 times faster on a 1,000-line sale.
    orjson refuses what the json module accepts beyond JSON (NaN, Infinity, a lone
    surrogate) and its nesting limit is lower: those frames take the json module's path,
    so whatever is accepted or refused, and why, stays the same. Bytes are read as the
    UTF-8 text they hold (orjson reads them as they are; the json module after decoding)."""
    digits = _digit_map(text)  # one pass, for both runs
    if _ORJSON_RUN not in digits:
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            pass
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise PacketError(f"frame is not UTF-8: {exc}") from None
    # The hook costs a Python call per integer (40 % of reading a 1,000-line sale): only
    # a frame with a run of LONG_INTEGER_DIGITS + 1 digits somewhere needs it.
    return json.loads(text, parse_int=_parse_int) if _LONG_RUN in digits else json.loads(text)


#: Integers longer than this many digits are kept as Decimal (linear to read) instead of
#: int (whose conversion is quadratic and refused by Python past 4,300 digits); the
#: readers of numbers (``fd1.values``) refuse them as out of range, field by field.
LONG_INTEGER_DIGITS = 40


def _parse_int(text: str) -> int | Decimal:
    digits = len(text) - text.startswith("-")  # the sign is not a digit: same rule as the digit runs of loads
    return int(text) if digits <= LONG_INTEGER_DIGITS else Decimal(text)


_DIGITS = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))  # digit -> "0", else " "
_LONG_RUN = b"0" * (LONG_INTEGER_DIGITS + 1)


_ORJSON_RUN = b"0" * (ORJSON_DIGITS + 1)


def _digit_map(text: str | bytes) -> bytes:
    """``text``'s UTF-8 bytes with every ASCII digit as "0" and anything else a space: a
    run of more than N digits anywhere (strings too) is then ``b"0" * (N + 1) in`` it
    (linear, in C)."""
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    return data.translate(_DIGITS)


def _error_text(obj: Mapping[str, Any]) -> str | None:
    for key in ERROR_KEYS:
        if key in obj and obj[key] not in (None, "", 0, False):
            err = obj[key]
            if isinstance(err, Mapping):
                message = err.get("message") or err.get("Message") or err.get("msg")
                code = err.get("code", err.get("Code"))
                if message and code is not None:
                    return f"{message} (code {code})"
                return str(message or code or json.dumps(err))
            return str(err)
    if "data" not in obj and isinstance(obj.get("message"), str) and "sc" not in obj:
        return obj["message"]
    return None


def decode(text: str | bytes) -> Incoming:
    """Decode a frame a client received, in the dispatch order the reference suggests.

    1. non-empty ``pt``: not FD1 (Foreign);
    2. ``a`` starting ``fn1.``: a server message;
    3. ``sc`` present: a firehose event;
    4. otherwise ``r``/``rp``: a reply.

    Raises only ``PacketError``, whatever the frame holds.
    """
    return read(parse_json(text))


def read(obj: dict[str, Any]) -> Incoming:
    """The packet a frame's decoded JSON object (``parse_json``'s result) is; see ``decode``."""
    try:
        return _decode(obj)
    except PacketError:
        raise
    except Exception as exc:  # RecursionError, MemoryError...: a bad frame, never a dropped link
        raise PacketError(f"frame could not be read: {type(exc).__name__}") from None


def _clip(text: str, limit: int = 200) -> str:
    """Text from a counter, cut to a length fit for a log line or a banner."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _decode(obj: dict[str, Any]) -> Incoming:
    pt = obj.get("pt")
    if pt not in (None, ""):
        return Foreign(pt=_clip(str(pt)), raw=obj)
    a = obj.get("a")
    if isinstance(a, str) and a.startswith("fn1."):
        v = obj.get("v")
        return ServerMessage(a=a, v=v if isinstance(v, Mapping) else {}, raw=obj)
    sc = obj.get("sc")
    if sc is not None:
        if not isinstance(sc, str) or not sc:
            raise PacketError(f"event has an unusable sc: {_clip(repr(sc))}")
        return Event(sc=sc, v=obj.get("v"), rp=rq_text(obj.get("rp")) if obj.get("rp") is not None else None, raw=obj)
    if "r" in obj or "rp" in obj:
        rp = obj.get("rp")
        return Reply(
            r=obj.get("r") if isinstance(obj.get("r"), str) else None,
            rp=None if rp is None else rq_text(rp),
            data=obj.get("data"),
            error=_clip(error) if (error := _error_text(obj)) is not None else None,
            raw=obj,
        )
    if isinstance(a, str):
        raise PacketError(f"unexpected request packet from the server: a={_clip(repr(a))}")
    raise PacketError("frame has none of r, rp, sc or a fn1.* address")


def decode_request(text: str | bytes) -> Request:
    """Decode a frame a server received (used by the simulator)."""
    obj = parse_json(text)
    a = obj.get("a")
    if not isinstance(a, str) or not a:
        raise PacketError("request has no 'a' (endpoint address)")
    known = {"a", "q", "qk", "k", "v", "rq", "rt", "pt"}
    v = obj.get("v")
    if v is not None and not isinstance(v, Mapping):
        raise PacketError(f"request 'v' must be an object, not {type(v).__name__}")
    q = obj.get("q")
    if q is not None and not isinstance(q, Mapping):
        raise PacketError(f"request 'q' must be an object, not {type(q).__name__}")
    return Request(
        a=a,
        v=v,
        q=q,
        qk=obj.get("qk"),
        k=obj.get("k"),
        rq=rq_text(obj.get("rq")),
        rt=obj.get("rt"),
        pt=obj.get("pt") if obj.get("pt") not in (None, "") else None,
        extra={key: value for key, value in obj.items() if key not in known},
    )


def reply(request: Request, data: Any = None, *, error: str | None = None, code: int | None = None) -> dict[str, Any]:
    """Build the reply frame for a request (simulator side). ``rp`` is the ``rq`` as a string."""
    out: dict[str, Any] = {"r": request.a}
    if request.rq is not None:
        out["rp"] = request.rq
    if request.rt is not None:
        out["rt"] = request.rt
    if error is not None:
        out["error"] = {"code": code if code is not None else 400, "message": error}
    else:
        out["data"] = data if data is not None else {}
    return out


def event(sc: str, v: Any, rp: str | None = None) -> dict[str, Any]:
    """Build a firehose event frame (simulator side)."""
    out: dict[str, Any] = {"sc": sc, "v": v}
    if rp is not None:
        out["rp"] = rp
    return out


def write_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Apply Fieldpine's write rules to a ``v`` object (shared/seeds/003, concepts_write).

    Booleans are sent as 1/0; objects and lists that are *stored into* a field are
    stringified JSON. Strings, numbers and None pass through.
    """
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, bool):
            out[key] = 1 if value else 0
        elif isinstance(value, (Mapping, list, tuple)):
            out[key] = encode(value if not isinstance(value, tuple) else list(value))
        else:
            out[key] = value
    return out
