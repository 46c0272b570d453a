"""Money, quantities and times as the customer reads them, in the store's locale.

Money stays ``Decimal`` all the way to the glyphs: the digits are produced from the
exact decimal value (never through ``float``), and only the *shape* comes from
Qt's locale data: digit set, decimal point, group separator, and where the
currency symbol goes (taken from ``QLocale.toCurrencyString`` on a one-digit
integer, which shows the locale's own pattern, e.g. ``$7``, ``7 €``, ``٧ ج.م.``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QDateTime, QLocale, Qt, QTime

CENTS = Decimal("0.01")
_PROBE = 7  # a one-digit integer whose currency rendering reveals the locale's pattern


def locale_for(name: str) -> QLocale:
    """The QLocale for a store locale name ("en_NZ", "de-DE"); the system locale when empty."""
    name = (name or "").strip().replace("-", "_")
    if not name:
        return QLocale.system()
    return QLocale(name)


@dataclass(frozen=True)
class MoneyFormat:
    """Everything needed to write an amount of money in one store's style."""

    locale: QLocale
    symbol: str
    places: int = 2

    @classmethod
    def for_store(cls, locale_name: str, currency: str = "") -> "MoneyFormat":
        """The style for a store: its locale, and its currency's symbol.

        When the store's currency is the locale's own (NZD in en_NZ), the locale's
        symbol is used ("$"); when it differs (USD shown in de_DE), the ISO code is,
        because a bare "$" would be ambiguous there.
        """
        locale = locale_for(locale_name)
        iso = (currency or "").strip().upper()
        own_iso = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        if not iso or iso == own_iso:
            symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol) or own_iso
        else:
            symbol = iso
        return cls(locale=locale, symbol=symbol)

    @property
    def right_to_left(self) -> bool:
        return self.locale.textDirection() == Qt.LayoutDirection.RightToLeft

    def money(self, amount: Decimal, *, sign: bool = False) -> str:
        """``amount`` with the currency symbol, e.g. "$12.50", "12,50 €".

        Negative amounts get the locale's minus sign in front (a customer display
        never uses accounting brackets). ``sign=True`` also writes "+" for positives.
        """
        value = _quantise(amount, self.places)
        body = self._currency_pattern().replace(self.locale.toString(_PROBE), self.number(abs(value)), 1)
        if value < 0:
            return self.locale.negativeSign() + body
        if sign and value > 0:
            return self.locale.positiveSign() + body
        return body

    def number(self, value: Decimal, places: int | None = None) -> str:
        """A plain decimal number with grouping and the locale's digits, e.g. "1,234.50"."""
        return decimal_text(self.locale, value, self.places if places is None else places)

    def _currency_pattern(self) -> str:
        pattern = self.locale.toCurrencyString(_PROBE, self.symbol)
        if self.locale.toString(_PROBE) not in pattern:  # never seen, but never crash on locale data
            return f"{self.symbol}\u00a0{self.locale.toString(_PROBE)}"
        return pattern


def _quantise(value: Decimal, places: int) -> Decimal:
    try:
        return Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except (InvalidOperation, TypeError, ValueError):
        return Decimal(0).quantize(Decimal(1).scaleb(-places))


def _native_digits(locale: QLocale, ascii_digits: str) -> str:
    zero = locale.zeroDigit()
    if zero == "0" or len(zero) != 1:
        return ascii_digits
    base = ord(zero)
    return "".join(chr(base + int(ch)) if ch.isdigit() else ch for ch in ascii_digits)


def decimal_text(locale: QLocale, value: Decimal, places: int) -> str:
    """``value`` rounded half-up to ``places`` decimals, written in ``locale`` (no float)."""
    value = _quantise(value, places)
    negative = value < 0
    digits = f"{abs(value):f}"
    whole, _, frac = digits.partition(".")
    text = _integer_text(locale, int(whole))
    if places > 0:
        text += locale.decimalPoint() + _native_digits(locale, frac.ljust(places, "0"))
    return (locale.negativeSign() + text) if negative else text


#: QLocale.toString takes a 64-bit integer; beyond it a bigger amount would raise inside
#: render (half a window drawn). Such amounts never come from a till, but if one does it
#: is grouped by Python in threes with the locale's separator and digits.
_QT_INT_MAX = 2**63 - 1


def _integer_text(locale: QLocale, number: int) -> str:
    """A non-negative integer with the locale's grouping and digits."""
    if number <= _QT_INT_MAX:
        return locale.toString(number)  # grouping and native digits from Qt, on an exact integer
    grouped = f"{number:,}".replace(",", "\0")
    return _native_digits(locale, grouped).replace("\0", locale.groupSeparator())


#: Unicode bidi isolates (UAX #9): FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE.
FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """``text`` as one directional island inside a caption of either direction, so an
    amount, a quantity or a name keeps its own order in an Arabic sentence ("١٫٢٣٥ kg"
    stays whole instead of being reordered with the words around it). Invisible."""
    return f"{FSI}{text}{PDI}" if text else text


def quantity_text(locale: QLocale, qty: Decimal, unit: str) -> str:
    """A line's quantity: "3" for counted items, "1.235 kg" for weighed goods.

    Counted quantities show as many decimals as they carry (normally none);
    weighed ones always show three (grams of a kilo, millilitres of a litre).
    """
    try:
        qty = Decimal(qty)
    except (InvalidOperation, TypeError, ValueError):
        qty = Decimal(0)
    if unit:
        return f"{decimal_text(locale, qty, 3)}\u00a0{unit}"
    places = 0 if qty == qty.to_integral_value() else min(3, -qty.normalize().as_tuple().exponent)
    return decimal_text(locale, qty, places)


def clock_text(locale: QLocale, when: QDateTime | None = None) -> str:
    """The time of day in the locale's short format ("2:05 pm", "14:05")."""
    moment = (when or QDateTime.currentDateTime()).time()
    return locale.toString(QTime(moment.hour(), moment.minute()), QLocale.FormatType.ShortFormat)


def date_text(locale: QLocale, when: QDateTime | None = None) -> str:
    """Today's date in the locale's long style ("Monday, 23 November 2026")."""
    moment = when or QDateTime.currentDateTime()
    return locale.toString(moment.date(), QLocale.FormatType.LongFormat)
