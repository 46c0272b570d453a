"""Store branding from ``fd1.customerdisplay.get_info``, with local overrides applied.

The reply's fields are a documented GAP (fd1-protocol.md section 5), so every field is
looked up under several plausible names, case-insensitively and ignoring ``_``/``-``
(``storeName``, ``store_name`` and ``STORENAME`` are the same key). Rows are read in
order and the first usable value wins; a nested ``store``/``location`` object is
searched too. Values of the wrong type or shape are ignored with a warning and the
default stays. Then the installer's settings (``Config.store_*``) win when non-empty.

The display keeps the counter's last reply (``remember``/``recall``, a small JSON file in
its state folder), so that its next start shows the store's name, colours and logo from
its first frame, before the counter answers or while it is down, and the reply that then
arrives changes nothing on screen unless the branding itself changed.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .model import StoreInfo

log = logging.getLogger(__name__)

#: StoreInfo field -> names a counter might use for it (normalised: lower case, no _ or -).
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("name", "storename", "locationname", "tradingname", "shopname", "title", "displayname", "description"),
    "address": ("address", "storeaddress", "locationaddress", "postaladdress", "streetaddress", "physicaladdress"),
    "logo": ("logo", "logourl", "logouri", "storelogo", "logodata", "logoimage", "image", "imageurl"),
    "primary_colour": ("primarycolour", "primarycolor", "colour", "color", "brandcolour", "brandcolor", "primary"),
    "accent_colour": ("accentcolour", "accentcolor", "secondarycolour", "secondarycolor", "accent", "highlightcolour"),
    "currency": ("currency", "currencycode", "isocurrency", "currencyiso"),
    "locale": ("locale", "language", "lang", "culture", "languagetag"),
    "message": ("welcomemessage", "welcome", "message", "greeting", "tagline", "slogan", "motd"),
    "thankyou_message": ("thankyoumessage", "thankyou", "thanks", "thankyoutext", "goodbyemessage", "farewell"),
}

#: Address parts joined with ", " when no single address field is given.
ADDRESS_PARTS = ("address1", "address2", "address3", "address4", "address5", "address6", "street", "suburb", "city", "town", "postcode", "zip")

#: Nested objects that may hold the store's fields.
NESTED = ("store", "location", "shop", "branding", "info")

#: Config setting -> StoreInfo field.
OVERRIDES = {
    "store_name": "name",
    "store_logo": "logo",
    "store_primary_colour": "primary_colour",
    "store_accent_colour": "accent_colour",
    "store_locale": "locale",
    "store_currency": "currency",
    "store_language": "language",
}

_HEX_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_NAMED_COLOUR = re.compile(r"^[a-zA-Z]{3,20}$")
_CURRENCY = re.compile(r"^[A-Za-z]{3}$")
_LOCALE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$")


def _norm(key: str) -> str:
    return key.lower().replace("_", "").replace("-", "").replace(" ", "")


def _flatten(row: Mapping[str, Any]) -> dict[str, Any]:
    """Normalised keys of a row, with nested store/location objects' keys after its own."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(key, str):
            out.setdefault(_norm(key), value)
    for nested in NESTED:
        inner = out.get(nested)
        if isinstance(inner, Mapping):
            for key, value in inner.items():
                if isinstance(key, str):
                    out.setdefault(_norm(key), value)
    return out


def _clean(field: str, value: Any) -> str | None:
    """A usable value for ``field``, or None (logged when the value was there but wrong)."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and field in ("name", "address", "message"):
        value = str(value)
    if not isinstance(value, str):
        if field == "address" and isinstance(value, list):
            parts = [str(part).strip() for part in value if isinstance(part, (str, int)) and str(part).strip()]
            return ", ".join(parts) or None
        log.warning("store info: %s is %s, not text; ignored", field, type(value).__name__)
        return None
    text = value.strip()
    if not text:
        return None
    if field in ("primary_colour", "accent_colour"):
        if not (_HEX_COLOUR.match(text) or _NAMED_COLOUR.match(text)):
            log.warning("store info: %s %r is not a colour (#rrggbb or a name); ignored", field, text)
            return None
    elif field == "currency":
        if not _CURRENCY.match(text):
            log.warning("store info: currency %r is not an ISO 4217 code; ignored", text)
            return None
        text = text.upper()
    elif field in ("locale", "language"):
        if not _LOCALE.match(text):
            log.warning("store info: locale %r is not a locale name like en_NZ; ignored", text)
            return None
        text = text.replace("-", "_")
    elif field == "address":
        text = ", ".join(part.strip() for part in text.splitlines() if part.strip())
    return text


def _from_rows(rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for row in rows:
        if not isinstance(row, Mapping):
            log.warning("store info: a row is %s, not an object; ignored", type(row).__name__)
            continue
        flat = _flatten(row)
        for field, names in FIELD_NAMES.items():
            if field in found:
                continue
            for name in names:
                value = _clean(field, flat.get(name))
                if value is not None:
                    found[field] = value
                    break
        if "address" not in found:
            parts = [_clean("address", flat.get(part)) for part in ADDRESS_PARTS]
            joined = ", ".join(part for part in parts if part)
            if joined:
                found["address"] = joined
    return found


def _overrides(overrides: Any) -> dict[str, str]:
    """Non-empty ``store_*`` settings from a Config (or any object / mapping with those names)."""
    if overrides is None:
        return {}
    out: dict[str, str] = {}
    for setting, field in OVERRIDES.items():
        if isinstance(overrides, Mapping):
            value = overrides.get(setting, overrides.get(field))
        else:
            value = getattr(overrides, setting, None)
        if isinstance(value, str) and value.strip():
            cleaned = _clean(field, value)
            if cleaned is not None:
                out[field] = cleaned
    return out


def store_info(rows: Iterable[Mapping[str, Any]] | Mapping[str, Any] | None, overrides: Any = None) -> StoreInfo:
    """StoreInfo from get_info ``rows`` (or one bare row), then ``overrides`` (a ``Config``,
    or a mapping of ``store_*`` settings) win where they are non-empty."""
    if rows is None:
        rows = ()
    elif isinstance(rows, Mapping):
        rows = (rows,)
    values = _from_rows(rows)
    values.update(_overrides(overrides))
    return dataclasses.replace(StoreInfo(), **values)


# ----------------------------------------------------------------------------- the last reply

#: The file in the display's state folder that keeps the counter's last get_info reply.
BRANDING_FILE = "branding.json"

#: A reply larger than this (a huge logo) is not kept; reading stops at the same size.
MAX_KEPT_BYTES = 2 * 1024 * 1024


def remember(path: Path, counter: str, rows: Sequence[Mapping[str, Any]]) -> bool:
    """Keep ``rows`` (a get_info reply's) as ``counter``'s branding in ``path``. Returns True
    when the file was written, False when it already held the same or could not be written
    (logged: the display works as before, it just starts unbranded next time)."""
    from ..atomic import write_atomic

    try:
        data = json.dumps({"counter": counter, "rows": list(rows)}, ensure_ascii=False, sort_keys=True, default=str)
    except (TypeError, ValueError) as exc:  # a reply the JSON decoder made is always encodable; be sure
        log.warning("store branding not kept: %s", exc)
        return False
    if len(data) > MAX_KEPT_BYTES:
        log.info("store branding not kept: the reply is %d bytes (over %d)", len(data), MAX_KEPT_BYTES)
        return False
    try:
        if path.read_text(encoding="utf-8") == data:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    try:
        write_atomic(path, data)
    except OSError as exc:
        log.warning("store branding not kept in %s: %s", path, exc)
        return False
    return True


def recall(path: Path, counter: str) -> list[dict[str, Any]]:
    """The rows ``remember`` kept for ``counter`` in ``path``: [] when there are none, they
    are another counter's, or the file is unreadable, damaged or too large (never raises)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_KEPT_BYTES + 1)
    except OSError:
        return []
    if len(data) > MAX_KEPT_BYTES:
        log.warning("store branding in %s is over %d bytes; ignored", path, MAX_KEPT_BYTES)
        return []
    try:
        kept = json.loads(data)
    except (ValueError, RecursionError):
        log.warning("store branding in %s is not JSON; ignored", path)
        return []
    if not isinstance(kept, dict) or kept.get("counter") != counter or not isinstance(kept.get("rows"), list):
        return []
    return [row for row in kept["rows"] if isinstance(row, dict)]
