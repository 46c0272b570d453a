"""Numbers from a counter (or a file), read with bounded cost.

A counter can send any JSON value where a number belongs: a string such as
``"1e10000000"`` is a valid Decimal whose ``int()`` or ``quantize()`` would run for
minutes, a 4,000-digit integer, ``Infinity``, a list. Every number the app reads from
the outside goes through ``number`` (or ``whole``), which refuses anything outside
generous real-world bounds *before* any arithmetic, so the cost of one field is
bounded by its (short) text.

Bounds (our choice; nothing in a till comes near them):

* at most ``MAX_TEXT`` characters of text;
* magnitude below ``10 ** MAX_INTEGER_DIGITS`` (1e15: a quadrillion dollars, grams or
  line numbers);
* values smaller than ``10 ** -MAX_FRACTION_DIGITS`` in magnitude are refused unless
  zero (no money or quantity is that small, and ``1e-1000000`` would print a million
  zeros).
"""

from __future__ import annotations

import math
import reprlib
from decimal import Decimal, InvalidOperation
from typing import Any

MAX_TEXT = 64
MAX_INTEGER_DIGITS = 15
MAX_FRACTION_DIGITS = 12


class BadValue(ValueError):
    """A value that is not a usable number; the message names the field."""


def number(value: Any, field: str) -> Decimal:
    """``value`` (a JSON number or a numeric string) as a finite, in-range Decimal."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise BadValue(f"{field} is {type(value).__name__}, not a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise BadValue(f"{field} is {value!r}, not a finite number")
    if isinstance(value, int):
        # int -> str is quadratic in the digit count (and refused past 4,300 digits):
        # measure the size in bits first, which costs nothing.
        if value.bit_length() > 64:
            raise BadValue(f"{field} is an integer of {value.bit_length()} bits, out of range")
        text = str(value)
    elif isinstance(value, Decimal):
        text = None
    else:
        text = str(value).strip() if isinstance(value, str) else repr(value)
        if len(text) > MAX_TEXT:
            raise BadValue(f"{field} is {len(text)} characters long, not a number")
    try:
        result = value if text is None else Decimal(text)
    except (InvalidOperation, ValueError):
        raise BadValue(f"{field} is {_short(value)}, not a number") from None
    if not result.is_finite():
        raise BadValue(f"{field} is {_short(value)}, not a finite number")
    if result:
        # adjusted() is the exponent of the leading digit: cheap whatever the exponent.
        exponent = result.adjusted()
        if exponent >= MAX_INTEGER_DIGITS:
            raise BadValue(f"{field} is {_short(value)}, out of range")
        if exponent < -MAX_FRACTION_DIGITS:
            raise BadValue(f"{field} is {_short(value)}, too small to be meaningful")
        if len(result.as_tuple().digits) > MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS + 8:
            raise BadValue(f"{field} has too many digits")
    return result


def whole(value: Any, field: str) -> int:
    """``value`` as an in-range integer (``3``, ``"3"``, ``3.0`` and ``"3.00"`` are 3)."""
    result = number(value, field)
    if result != result.to_integral_value():
        raise BadValue(f"{field} is {_short(value)}, not a whole number")
    return int(result)


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value) if not isinstance(value, int) or value.bit_length() <= 64 else "a huge integer"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def brief(value: Any) -> str:
    """A short, safe description of any value for a log line (``reprlib``, which keeps it
    short, but cannot print integers past 4,300 digits or nesting past the recursion limit)."""
    try:
        return reprlib.repr(value)
    except (ValueError, RecursionError):
        return f"<{type(value).__name__} that cannot be printed>"
