"""Turn one ``custdisp.sale.*`` message body into an immutable ``Sale``.

Every customer-display message carries the WHOLE sale in ``v`` whatever its ``sc``
(fd1-protocol.md section 4.4), so this is a pure function of that body. It is
forgiving on purpose: a counter we have never met may send extra fields, leave some
out, or send the wrong type. An unknown field is ignored; a line or payment that
cannot be read is skipped with a warning that names the field; only a body that is
not a JSON object at all raises ``SnapshotError``.

Rules (the GAP choices are in ``display_app.fd1.dialect``):

* lines are shown in ``seqnce`` order; ``seqnce`` is the line's stable id;
* lines whose ``pidflag`` is in ``dialect.VOID_PIDFLAGS`` are never shown;
* money is ``Decimal(str(x))`` rounded half-up to cents;
* a line is discounted when ``prediscountprice`` differs from ``totalprice``;
* ``product.measurement`` in ``dialect.WEIGHED_UNITS`` with an integer ``qty`` means a
  count of base units (grams, millilitres): 1235 with "kg" is 1.235 kg. A fractional
  ``qty`` with "kg" is taken as kilograms already (a tolerated variant);
* description: ``product.description``, then ``cash_item_name``, then the sku;
* payments: kind from ``originalname``/``description``/``name``, else the payment type
  number via ``dialect.PAYMENT_TYPE_NAMES``.
"""

from __future__ import annotations

import logging
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Mapping

from ..fd1 import dialect, values
from .model import ZERO, Payment, Sale, SaleLine

log = logging.getLogger(__name__)

CENT = Decimal("0.01")


class SnapshotError(ValueError):
    """The message body is not a sale snapshot at all (not a JSON object)."""


class _Bad(ValueError):
    """One field of one line/payment is unusable; the message names the field."""


# ----------------------------------------------------------------------------- values


def money(value: Any, field: str) -> Decimal:
    """A JSON number (or numeric string) as cents. Raises ``_Bad`` naming ``field``."""
    return _decimal(value, field).quantize(CENT, rounding=ROUND_HALF_UP)


def _decimal(value: Any, field: str) -> Decimal:
    """A bounded number (``fd1.values``: no field can cost more than its short text)."""
    try:
        return values.number(value, field)
    except values.BadValue as exc:
        raise _Bad(str(exc)) from None


def _integer(value: Any, field: str) -> int:
    try:
        return values.whole(value, field)
    except values.BadValue as exc:
        raise _Bad(str(exc)) from None


#: Longest text shown from one field (descriptions, names, keys); longer is cut with "…".
#: A real description is under 100 characters; a 4 MB one would stall text layout.
MAX_TEXT = 200


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        text = value.strip()
        return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1].rstrip() + "…"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if value.bit_length() <= 64 else ""
    if isinstance(value, float):
        return str(value)
    return ""


def plain(number: Decimal) -> Decimal:
    """``1.000`` -> ``1``, ``1.2350`` -> ``1.235``; never exponent notation."""
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


# ----------------------------------------------------------------------------- lines


def _line(raw: Any, index: int) -> SaleLine | None:
    """One visible line, or None for a voided one. Raises ``_Bad`` for unusable lines."""
    if not isinstance(raw, Mapping):
        raise _Bad(f"lines[{index}] is {type(raw).__name__}, not an object")
    if "seqnce" not in raw:
        raise _Bad("seqnce is missing")
    seq = _integer(raw["seqnce"], "seqnce")
    pidflag = _integer(raw.get("pidflag") or 0, "pidflag")
    if pidflag in dialect.VOID_PIDFLAGS:
        return None
    if "totalprice" not in raw:
        raise _Bad("totalprice is missing")
    total = money(raw["totalprice"], "totalprice")

    product = raw.get("product")
    if product is None:
        product = {}
    elif not isinstance(product, Mapping):
        log.warning("sale line seqnce %s: product is %s, not an object; ignored", seq, type(product).__name__)
        product = {}

    sku = _text(product.get("sku")) or _text(raw.get("sku"))
    description = (
        _text(product.get("description"))
        or _text(raw.get("cash_item_name"))
        or _text(product.get("cash_item_name"))
        or _text(raw.get("description"))
        or sku
        or (f"Item {_text(raw.get('pid'))}" if _text(raw.get("pid")) else "Item")
    )

    qty, unit = _quantity(raw.get("qty", 1), _text(product.get("measurement") or raw.get("measurement")))

    unit_price = _optional_money(raw, "unitprice", seq)
    original = _optional_money(raw, "prediscountprice", seq)
    if original is not None and original == total:
        original = None
    return SaleLine(
        seq=seq,
        description=description,
        qty=qty,
        unit=unit,
        total=total,
        sku=sku,
        unit_price=unit_price,
        original_total=original,
    )


def _quantity(value: Any, measurement: str) -> tuple[Decimal, str]:
    """``qty`` in display units and the unit to show ("" for counted items)."""
    if value is None:
        value = 1
    qty = _decimal(value, "qty")
    unit = measurement.lower()
    scale = dialect.WEIGHED_UNITS.get(unit)
    if scale is None:
        return plain(qty), ""
    if qty == qty.to_integral_value():
        qty = qty / Decimal(scale)  # an integer count of grams (ml): the documented form
    # else: a fractional qty is already in kg (l): tolerated variant
    return plain(qty), unit


def _optional_money(raw: Mapping[str, Any], field: str, seq: int) -> Decimal | None:
    value = raw.get(field)
    if value is None or value == "":
        return None
    try:
        return money(value, field)
    except _Bad as exc:
        log.warning("sale line seqnce %s: %s; ignored", seq, exc)
        return None


# ----------------------------------------------------------------------------- payments


def _payment(raw: Any, index: int) -> tuple[int, Payment]:
    if not isinstance(raw, Mapping):
        raise _Bad(f"payments[{index}] is {type(raw).__name__}, not an object")
    if "amount" not in raw:
        raise _Bad("amount is missing")
    amount = money(raw["amount"], "amount")
    kind = _text(raw.get("originalname")) or _text(raw.get("description")) or _text(raw.get("name"))
    if not kind:
        kind = _type_name(raw.get("type"))
    try:
        order = _integer(raw["sequence"], "sequence") if raw.get("sequence") is not None else index
    except _Bad:
        order = index
    return order, Payment(kind=kind, amount=amount)


def _type_name(value: Any) -> str:
    try:
        number = _integer(value, "type")
    except _Bad:
        return _text(value) or "Payment"
    return dialect.PAYMENT_TYPE_NAMES.get(number, "Payment")


# ----------------------------------------------------------------------------- line cache


class LineCache:
    """What each line of the last snapshot of one sale was read as, by ``seqnce``.

    Every snapshot carries the whole sale, but between two snapshots usually one line
    changed. ``parse_sale(v, cache)`` reads a raw line again only when it differs (Python
    ``==`` on the decoded JSON) from the raw line with the same ``seqnce`` last time; an
    equal one gives the very same ``SaleLine`` object (so the display sees it unchanged
    with an ``is`` test) and logs nothing: a bad line is warned about once, when it first
    arrives or changes, not on every snapshot. A new ``salephyskey`` starts afresh, and only
    the last snapshot's lines are kept (at most ``MAX_LINES``).

    ``==`` treats 1, 1.0 and true alike: a line whose only change is such a spelling is
    not read again (it would read the same, but for ``true``, which is not a number).

    From a counter link, an unchanged line of a big sale is usually the very object the
    last snapshot held (the link's frame reader keeps what did not change: fd1/frames.py),
    so the comparison stops at ``is``; the cache does not rely on it.

    The usual snapshot (the same lines in the same places as the last one, each read and
    shown, a few changed) is read by ``_read_changed`` in one pass of C comparisons by
    position, not a lookup per line; anything else (a line added, dropped, moved, voided,
    unreadable, given another ``seqnce``) is read the general way. Either way the sale is
    the one a read without the cache gives (tests/test_sale_burst.py checks it on streams
    of small edits).
    """

    def __init__(self) -> None:
        self.key: str | None = None
        self._lines: dict[Any, tuple[Any, SaleLine | None, str]] = {}  # seqnce -> (raw, line, warning)
        # When the last snapshot was plain (every raw line read, in seqnce order, each once):
        # its raw lines by position and what they were read as, for ``_read_changed``.
        self._raws: list[Any] | None = None
        self._ordered: tuple[SaleLine, ...] = ()
        self.read = 0  # lines read (parsed) since this cache was made
        self.reused = 0  # lines taken from the cache

    def clear(self) -> None:
        self.key = None
        self._lines = {}
        self._raws = None
        self._ordered = ()


def _cache_key(raw: Any) -> Any:
    """The raw line's ``seqnce`` when it can key the cache (an int or a short string), else None."""
    if type(raw) is not dict and not isinstance(raw, Mapping):  # decoded JSON: a dict (a fast test)
        return None
    seq = raw.get("seqnce")
    if isinstance(seq, int) or (isinstance(seq, str) and len(seq) <= 32):
        return seq
    return None


def _equal(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except RecursionError:  # too deeply nested to compare: read it again (and fail there)
        return False


def _read_lines(raws: list[Any], key: str, cache: LineCache | None) -> tuple[SaleLine, ...]:
    """The visible lines, in ``seqnce`` order; bad ones skipped with a warning."""
    if cache is not None and cache.key != key:
        cache.clear()
        cache.key = key
    if cache is not None:
        quick = _read_changed(raws, cache)
        if quick is not None:
            return quick
    known = cache._lines if cache is not None else {}
    kept: dict[Any, tuple[Any, SaleLine | None, str]] = {}
    lines: dict[int, SaleLine] = {}
    positional: list[Any] = []  # the raw line behind each line kept, while they stay plain
    plain = True  # so far: every raw line read and kept, in seqnce order
    last_seq = 0
    for index, raw in enumerate(raws):
        seen = _cache_key(raw)
        entry = known.get(seen) if seen is not None else None
        if entry is not None and _equal(entry[0], raw):
            cache.reused += 1  # type: ignore[union-attr]  # unchanged: not read, not warned again
        else:
            problem = ""
            try:
                line = _line(raw, index)
            except _Bad as exc:
                line, problem = None, str(exc) or "unreadable"
                log.warning("sale %s: skipped line %d: %s", key or "-", index, exc)
            entry = (raw, line, problem)
            if cache is not None:
                cache.read += 1
        if seen is not None and seen not in kept:
            kept[seen] = entry
        elif plain:
            plain = False  # no key, or a key twice
        raw_kept, line, problem = entry
        if problem or line is None:
            plain = False
            continue
        if line.seq in lines:
            log.warning("sale %s: skipped line %d: seqnce %d appears twice", key or "-", index, line.seq)
            plain = False
            continue
        if plain:
            if positional and line.seq <= last_seq:
                plain = False
            else:
                positional.append(raw_kept)
                last_seq = line.seq
        lines[line.seq] = line
    ordered = tuple(lines[seq] for seq in sorted(lines))
    if cache is not None:
        cache._lines = kept
        cache._raws, cache._ordered = (positional, ordered) if plain else (None, ())
    return ordered


#: ``_read_changed`` handles snapshots where at most this many lines changed.
QUICK_CHANGES = 16


def _read_changed(raws: list[Any], cache: LineCache) -> tuple[SaleLine, ...] | None:
    """The usual snapshot, read in one pass of C comparisons: the same lines as the last
    (plain) one, in the same places, a few of them changed but for their ``seqnce``, and
    still readable. None for anything else, which ``_read_lines`` reads the general way
    (that is where warnings come from: a line that fails here is read there)."""
    before = cache._raws
    if before is None or len(raws) != len(before):
        return None
    try:
        changed = [i for i, (a, b) in enumerate(zip(raws, before)) if a is not b and a != b]
    except RecursionError:  # too deeply nested to compare
        return None
    if not changed:
        cache.reused += len(raws)
        return cache._ordered
    if len(changed) > QUICK_CHANGES:
        return None
    ordered = cache._ordered
    fresh: list[tuple[int, Any, Any, SaleLine]] = []
    for i in changed:
        raw = raws[i]
        seen = _cache_key(raw)
        if seen is None or seen != _cache_key(before[i]):
            return None
        try:
            line = _line(raw, i)
        except _Bad:
            return None
        if line is None or line.seq != ordered[i].seq:  # voided, or another seqnce
            return None
        fresh.append((i, seen, raw, line))
    lines = list(ordered)
    for i, seen, raw, line in fresh:
        lines[i] = line
        before[i] = raw
        cache._lines[seen] = (raw, line, "")
    cache.read += len(fresh)
    cache.reused += len(raws) - len(fresh)
    cache._ordered = result = tuple(lines)
    return result


# ----------------------------------------------------------------------------- sale


def parse_sale(v: Mapping[str, Any], cache: LineCache | None = None) -> Sale:
    """The sale a ``custdisp.sale.*`` body describes. Never raises for bad content inside
    an object (it logs and skips); raises ``SnapshotError`` when ``v`` is not an object.

    With a ``cache`` (one per stream of snapshots, see ``LineCache``) lines equal to the
    last snapshot's are not read again; the result is the same as without it."""
    if not isinstance(v, Mapping):
        raise SnapshotError(f"sale snapshot must be a JSON object, got {type(v).__name__}")

    key = _text(v.get("salephyskey"))
    ordered = _read_lines(_list(v, "lines", key), key, cache)

    payments: list[tuple[int, int, Payment]] = []
    for index, raw in enumerate(_list(v, "payments", key)):
        try:
            order, payment = _payment(raw, index)
        except _Bad as exc:
            log.warning("sale %s: skipped payment %d: %s", key or "-", index, exc)
            continue
        payments.append((order, index, payment))
    payments.sort(key=lambda item: (item[0], item[1]))

    if v.get("saletotal") is None:
        total = sum((line.total for line in ordered), ZERO)
        if ordered:
            log.warning("sale %s: saletotal is missing; using the sum of the lines", key or "-")
    else:
        try:
            total = money(v["saletotal"], "saletotal")
        except _Bad as exc:
            total = sum((line.total for line in ordered), ZERO)
            log.warning("sale %s: %s; using the sum of the lines", key or "-", exc)

    return Sale(
        key=key,
        lines=ordered,
        total=total,
        payments=_without_change(tuple(p for _, _, p in payments), total),
        when=_text(v.get("datetimelocal")),
        customer=_customer(v.get("customer")),
        language=_language(v),
    )


#: Longest language tag read ("zh-Hans-CN" is 10; BCP 47 allows 35).
MAX_LANGUAGE_TAG = 35


def _language(v: Mapping[str, Any]) -> str:
    """The shopper's language the sale names (``dialect.SALE_LANGUAGE_FIELDS``), or ""."""
    candidates = [_folded_get(v, dialect.SALE_LANGUAGE_FIELDS)]
    customer = v.get("customer")
    if isinstance(customer, Mapping):
        candidates.append(_folded_get(customer, dialect.CUSTOMER_LANGUAGE_FIELDS))
    for value in candidates:
        if isinstance(value, str) and 0 < len(value.strip()) <= MAX_LANGUAGE_TAG:
            return value.strip()
    return ""


def _folded_get(obj: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    """The value of the first of ``names`` present in ``obj``, keys compared case-insensitively."""
    for key, value in obj.items():
        if isinstance(key, str) and key.lower() in names and value not in (None, ""):
            return value
    return None


#: Most lines (payments) read from one snapshot. A real sale has tens, a huge one a few
#: hundred; 25,000 lines (a 4 MiB frame) would take half a second to read and far longer to
#: lay out. Past the cap the newest entries (the end of the list) are kept, with a warning;
#: the total is still the counter's ``saletotal``.
MAX_LINES = 1000
MAX_PAYMENTS = 100


def _without_change(payments: tuple[Payment, ...], total: Decimal) -> tuple[Payment, ...]:
    """``dialect.NEGATIVE_PAYMENT_IS_CHANGE``: after an overpayment of a positive total,
    negative payments that do not exceed the overpayment are the change handed back, not
    payments; they are left out, so ``Sale.change`` (paid - total) shows that change."""
    if not dialect.NEGATIVE_PAYMENT_IS_CHANGE or total <= 0:
        return payments
    given = sum((p.amount for p in payments if p.amount > 0), ZERO)
    back = -sum((p.amount for p in payments if p.amount < 0), ZERO)
    if back <= 0 or given <= total or back > given - total:
        return payments
    return tuple(p for p in payments if p.amount >= 0)


def _list(v: Mapping[str, Any], field: str, key: str) -> list[Any]:
    value = v.get(field)
    if value is None:
        return []
    if not isinstance(value, list):
        log.warning("sale %s: %s is %s, not a list; ignored", key or "-", field, type(value).__name__)
        return []
    cap = MAX_LINES if field == "lines" else MAX_PAYMENTS
    if len(value) > cap:
        log.warning("sale %s: %d %s; showing the last %d", key or "-", len(value), field, cap)
        return value[-cap:]
    return value


def _customer(value: Any) -> str:
    """Not documented for custdisp (GAP, section 4.5): a name string or an object with one."""
    if isinstance(value, Mapping):
        return _text(value.get("name")) or " ".join(
            part for part in (_text(value.get("firstname")), _text(value.get("lastname"))) if part
        )
    return _text(value) if isinstance(value, str) else ""
