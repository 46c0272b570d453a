"""The sale as the customer sees it, and the screen state built from it.

Everything here is immutable and Qt-free. Money is ``Decimal`` end to end.
The UI renders a ``ScreenState`` and never looks at protocol packets.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal

from ..fd1.reach import Problem
from .language import sale_language, store_language

ZERO = Decimal("0.00")


class Screen(enum.StrEnum):
    IDLE = "idle"
    SALE = "sale"
    THANKYOU = "thankyou"
    OFFLINE = "offline"


class Connection(enum.StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"


@dataclass(frozen=True, slots=True)
class SaleLine:
    """One visible line. ``seq`` is FD1's ``seqnce``: stable for the life of the line."""

    seq: int
    description: str
    qty: Decimal  # in display units (kg for weighed goods, items otherwise)
    unit: str  # "" for counted items, "kg", "g", "l", "ml", ... for measured goods
    total: Decimal
    sku: str = ""
    unit_price: Decimal | None = None
    original_total: Decimal | None = None  # the price before discount, when discounted

    @property
    def discount(self) -> Decimal:
        """How much was taken off this line (0 when none)."""
        if self.original_total is None or self.original_total <= self.total:
            return ZERO
        return self.original_total - self.total

    @property
    def weighed(self) -> bool:
        return bool(self.unit)


@dataclass(frozen=True, slots=True)
class Payment:
    kind: str  # e.g. "Cash", "EFTPOS", "Gift card"
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Sale:
    """A whole-sale snapshot: every custdisp.sale.* message carries all of it."""

    key: str  # salephyskey
    lines: tuple[SaleLine, ...] = ()
    total: Decimal = ZERO
    payments: tuple[Payment, ...] = ()
    when: str = ""  # datetimelocal as the counter sent it
    customer: str = ""
    language: str = ""  # the customer's language when the counter names it (dialect.SALE_LANGUAGE_FIELDS)

    @property
    def paid(self) -> Decimal:
        return sum((p.amount for p in self.payments), ZERO)

    @property
    def due(self) -> Decimal:
        """Amount still to pay (never negative)."""
        return max(self.total - self.paid, ZERO)

    @property
    def change(self) -> Decimal:
        """Change to give back (never negative)."""
        return max(self.paid - self.total, ZERO)

    @property
    def is_empty(self) -> bool:
        return not self.lines and not self.payments

    @property
    def is_paid(self) -> bool:
        return bool(self.lines) and bool(self.payments) and self.paid >= self.total


@dataclass(frozen=True, slots=True)
class StoreInfo:
    """Branding from ``fd1.customerdisplay.get_info`` (with local overrides applied)."""

    name: str = ""
    address: str = ""
    logo: str = ""  # URL, data: URI or local file path, as given
    primary_colour: str = "#1f5f46"
    accent_colour: str = "#f2b134"
    currency: str = ""  # ISO 4217 code, e.g. "NZD"
    locale: str = ""  # BCP 47 / Qt locale name, e.g. "en_NZ"
    message: str = ""  # e.g. a welcome line
    thankyou_message: str = ""  # shown on the thank-you screen when the counter gives one
    language: str = ""  # the display's language when set (``store_language``); else the locale's


@dataclass(frozen=True, slots=True)
class ScreenState:
    """What the customer display shows. The UI draws exactly this."""

    screen: Screen = Screen.IDLE
    connection: Connection = Connection.CONNECTING
    counter: str = ""  # the counter URL we talk to
    store: StoreInfo = field(default_factory=StoreInfo)
    banner: str | None = None  # fn1.link.link_status message
    sale: Sale | None = None  # the sale on screen (dimmed when offline)
    thankyou_url: str = ""  # receipt/feedback URL for the QR on the thank-you screen
    # -- added by the sale reducer (display_app/sale/reducer.py) -------------------------
    # The sale lifecycle regardless of the link: IDLE, SALE or THANKYOU. ``screen`` is
    # OFFLINE while the link is down and this otherwise, so a reconnect shows it again.
    phase: Screen = Screen.IDLE
    connection_detail: str = ""  # why the link is down / what it is doing, for a status line
    # Why the counter cannot be reached (fd1.reach: refused, name not found, timed out;
    # with the address), as data: the screen words it in its language. Kept through the
    # retries, None once connected or when the link merely dropped.
    connection_problem: Problem | None = None
    ever_connected: bool = False  # a CONNECTING after this is a reconnect (screen OFFLINE)
    thankyou_until: float | None = None  # monotonic time the thank-you may end; None outside it
    completed_key: str = ""  # identity of the last completed sale: late copies are ignored
    next_sale: Sale | None = None  # a new (empty) sale opened while the thank-you holds the screen
    link_lost_at: float | None = None  # monotonic time the link went down; None while connected
    session: str = ""  # follow mode: the checkout session followed ("" = every sale on the lane)
    # -- the shopper's language (display_app/sale/language.py) ----------------------------
    shopper_language: str = ""  # picked on a touch display's language button
    shopper_language_for: str = ""  # the sale identity it was picked for ("" at idle)

    @property
    def offline(self) -> bool:
        return self.screen is Screen.OFFLINE

    @property
    def language(self) -> str:
        """The language on screen (a ``language.LANGUAGES`` code): the shopper's for the
        sale on screen, else the store's."""
        sale = self.sale if self.phase in (Screen.SALE, Screen.THANKYOU) else None
        identity = (sale.key or f"{sale.when}|{sale.total}") if sale is not None else ""
        named = sale.language if sale is not None else ""
        return sale_language(named, self.shopper_language, self.shopper_language_for, identity) or store_language(
            self.store.language, self.store.locale
        )
