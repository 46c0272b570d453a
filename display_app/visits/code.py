"""Identification codes: what a shopper shows (the retailer app's QR, a loyalty card).

Two forms are accepted (anything else is a ``CodeError`` with a clear reason):

* a bare loyalty / customer number: 1-64 characters of ``A-Z a-z 0-9 - _ .``;
* a versioned JSON payload: ``dap1:{"cid": "...", "visitId": "...", "globalVisitId": "..."}``
  (``cid`` required; the two visit ids optional; other keys ignored so later app versions
  can add fields; ``dapN:`` with N > 1 is refused as "unsupported version").

Ids travel in an HTTP header, so they are limited to printable ASCII without spaces.
The scanned code never carries a name: the greeting's name comes from the counter.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Mapping

from .model import MAX_ID_CHARS, redact

#: Longest code we look at (a scanner that floods us is cut off here).
MAX_CODE_CHARS = 1024
PREFIX = "dap"
VERSION = 1

_LOYALTY = re.compile(r"[A-Za-z0-9._-]{1,64}")
_ID = re.compile(r"[\x21-\x7e]{1,%d}" % MAX_ID_CHARS)
_VERSIONED = re.compile(r"dap(\d{1,3}):", re.IGNORECASE)


class CodeError(ValueError):
    """The scanned text is not an identification code; the message says why (no ids in it)."""


@dataclass(frozen=True, slots=True)
class Identification:
    """Who the shopper says they are."""

    customer_id: str
    visit_id: str = ""
    global_visit_id: str = ""

    def __repr__(self) -> str:
        return f"Identification(customer={redact(self.customer_id)}, visit_id={self.visit_id!r}, global_visit_id={self.global_visit_id!r})"


def parse_code(text: str) -> Identification:
    """Scanned text -> ``Identification`` or ``CodeError``. Surrounding whitespace is ignored."""
    if not isinstance(text, str):
        raise CodeError("code is not text")
    if len(text) > MAX_CODE_CHARS:
        raise CodeError(f"code is {len(text)} characters, over the {MAX_CODE_CHARS} limit")
    text = text.strip()
    if not text:
        raise CodeError("code is empty")
    versioned = _VERSIONED.match(text)
    if versioned:
        version = int(versioned.group(1))
        if version != VERSION:
            raise CodeError(f"unsupported code version dap{version} (this app reads dap{VERSION})")
        return _parse_payload(text[versioned.end():])
    if _LOYALTY.fullmatch(text):
        return Identification(customer_id=text)
    raise CodeError("code is neither a loyalty number nor a dap1 payload")


def _parse_payload(body: str) -> Identification:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise CodeError("dap1 payload is not JSON") from None
    if not isinstance(data, Mapping):
        raise CodeError("dap1 payload is not a JSON object")
    customer_id = _id(data, "cid", required=True)
    return Identification(customer_id=customer_id, visit_id=_id(data, "visitId"), global_visit_id=_id(data, "globalVisitId"))


def _id(data: Mapping[str, Any], key: str, *, required: bool = False) -> str:
    value = data.get(key)
    if value is None or (value == "" and not required):
        if required:
            raise CodeError(f"dap1 payload has no {key}")
        return ""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise CodeError(f"dap1 payload {key} is not 1-{MAX_ID_CHARS} printable ASCII characters without spaces")
    return value


def make_code(ident: Identification) -> str:
    """The dap1 text for ``ident`` (what the retailer's app puts in its QR; used by demos and tests)."""
    payload: dict[str, str] = {"cid": ident.customer_id}
    if ident.visit_id:
        payload["visitId"] = ident.visit_id
    if ident.global_visit_id:
        payload["globalVisitId"] = ident.global_visit_id
    return f"{PREFIX}{VERSION}:" + json.dumps(payload, separators=(",", ":"))
