"""One simulated checkout lane: the live sale a cashier rings up, as ``custdisp.sale.*``.

Every change calls each hook in ``Lane.on_change`` with ``(sc, snapshot)``: ``sc`` is
the full schema name in the lane's current spelling (``custdisp.sale.lines.add`` or,
after ``lane.prefix = "cust.sale"``, ``cust.sale.lines.add``) and ``snapshot`` is the
WHOLE sale as the message's ``v`` (see ``snapshot()``; the shape follows
sc_custdisp.sale.star.htm, fd1-protocol.md section 4.4).

Money is Decimal here and goes out as JSON numbers rounded to cents. Weighed lines
follow ``dialect.WEIGHED_UNITS``: ``qty`` is an integer number of grams, ``unitprice``
the price per kg and ``totalprice`` the line price.

Payments are recorded as tendered: a $50 cash payment on a $37.65 balance stays $50 and
the customer's change is what was paid beyond ``saletotal``.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import logging
import secrets
import string
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Callable

from ...fd1 import dialect
from .catalogue import Catalogue, Product

log = logging.getLogger(__name__)

CENT = Decimal("0.01")

#: Payment type numbers the simulator uses (payments[].type; the real mapping is a GAP,
#: fd1-protocol.md section 6.3). ``originalname`` carries the name as well.
PAYMENT_TYPES: dict[str, int] = {
    "Cash": 1,
    "EFTPOS": 2,
    "Credit Card": 3,
    "Cheque": 4,
    "Account": 5,
    "Gift Card": 6,
    "Voucher": 7,
}

#: pidflag values (db_salelines.htm): 0 a normal line; voided lines keep their place with one of these.
PIDFLAG_NORMAL = 0
PIDFLAG_VOID = 10000

#: pricecause values used here (db_salelines.htm).
PRICECAUSE_NONE = 0
PRICECAUSE_MANUAL_DISCOUNT = 6
PRICECAUSE_MANUAL_SET = 12

#: linesource values (db_salelines.htm): 1 barcode scan, 4 weighed item by keyed id.
LINESOURCE_SCAN = 1
LINESOURCE_WEIGHED = 4

#: source{} of every message: technical ids of the simulated checkout (the docs' example values).
SOURCE = {"faid": 3283, "plevel": 2502}

Hook = Callable[[str, dict[str, Any]], None]


class LaneError(ValueError):
    """A lane operation that cannot be done (unknown product, no such line, no sale)."""


def money(value: Any) -> Decimal:
    """Decimal from an int/str/Decimal (floats go through str, so 0.1 stays 0.1)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise LaneError(f"not an amount: {value!r}")
    try:
        return Decimal(str(value))
    except ArithmeticError:
        raise LaneError(f"not an amount: {value!r}") from None


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def wire(value: Decimal) -> float:
    """A money value as it goes on the wire: a JSON number with at most 2 decimals."""
    return float(cents(value))


def new_sale_key() -> str:
    """A physkey-like id, 30 characters of letters and digits (like the docs' examples)."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(30))


def local_time_text(moment: _dt.datetime | None = None) -> str:
    return (moment or _dt.datetime.now()).strftime("%Y-%m-%d %H:%M:%S")


@dataclass
class Line:
    seqnce: int
    product: Product
    qty: int  # wire quantity: items, or grams for weighed products
    unitprice: Decimal  # per item, or per kg
    pricecause: int = PRICECAUSE_NONE
    discount_percent: Decimal | None = None
    discount_amount: Decimal | None = None
    pidflag: int = PIDFLAG_NORMAL
    linesource: int = LINESOURCE_SCAN

    @property
    def scale(self) -> int:
        return dialect.WEIGHED_UNITS.get(self.product.measurement, 1)

    @property
    def base_total(self) -> Decimal:
        return cents(self.unitprice * self.qty / self.scale)

    @property
    def discounted(self) -> bool:
        return self.discount_percent is not None or self.discount_amount is not None

    @property
    def totalprice(self) -> Decimal:
        base = self.base_total
        if self.discount_percent is not None:
            return cents(base - base * self.discount_percent / 100)
        if self.discount_amount is not None:
            return max(Decimal(0), cents(base - self.discount_amount))
        return base

    @property
    def voided(self) -> bool:
        return self.pidflag in dialect.VOID_PIDFLAGS

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "seqnce": self.seqnce,
            "pid": self.product.pid,
            "qty": self.qty,
            "unitprice": wire(self.unitprice),
            "totalprice": wire(self.totalprice),
            "pricecause": self.pricecause,
            "pidflag": self.pidflag,
            "linesource": self.linesource,
            "product": {
                "description": self.product.description,
                "sku": self.product.sku,
                "measurement": self.product.measurement,
            },
        }
        if self.discounted:
            out["prediscountprice"] = wire(self.base_total)
        return out


@dataclass
class Payment:
    sequence: int
    name: str
    amount: Decimal

    def to_wire(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "type": PAYMENT_TYPES.get(self.name, 99),
            "originalname": self.name,
            "amount": wire(self.amount),
        }


@dataclass
class _Sale:
    key: str
    lines: list[Line] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    next_seq: int = 1
    completed_at: _dt.datetime | None = None
    customer: str = ""  # the loyalty customer's name, once the counter knows who it is

    def add_line(self, product: Product, wire_qty: int, price: Any = None) -> Line:
        """Append a line with the next ``seqnce`` (never reused); ``price`` overrides the
        catalogue's unit price (per kg when weighed)."""
        line = Line(
            seqnce=self.next_seq,
            product=product,
            qty=wire_qty,
            unitprice=money(price) if price is not None else product.price,
            pricecause=PRICECAUSE_MANUAL_SET if price is not None else PRICECAUSE_NONE,
            linesource=LINESOURCE_WEIGHED if product.weighed else LINESOURCE_SCAN,
        )
        self.next_seq += 1
        self.lines.append(line)
        return line


class Lane:
    """The simulated lane. Methods change the live sale and broadcast a snapshot."""

    def __init__(self, catalogue: Catalogue | None = None, *, prefix: str = "custdisp.sale") -> None:
        self.catalogue = catalogue if catalogue is not None else Catalogue.load()
        self.prefix = prefix  # "custdisp.sale" or "cust.sale": the docs use both spellings
        self.on_change: list[Hook] = []
        self._sale: _Sale | None = None
        self.clock: Callable[[], _dt.datetime] = _dt.datetime.now
        #: Who is ringing up a sale: a scenario holds it from start_sale to clear, the
        #: simulated cashier holds it while a recalled presell sale goes through, so the two
        #: never mix lines on one sale.
        self.till = asyncio.Lock()

    # -- state ---------------------------------------------------------------------

    @property
    def sale_key(self) -> str:
        """The live sale's salephyskey ("" when the lane is idle)."""
        return self._sale.key if self._sale else ""

    @property
    def active(self) -> bool:
        """A sale is on the lane and not yet completed."""
        return self._sale is not None and self._sale.completed_at is None

    @property
    def completed(self) -> bool:
        return self._sale is not None and self._sale.completed_at is not None

    @property
    def last_seq(self) -> int | None:
        """The ``seqnce`` of the live sale's newest line (None with no sale, or no lines)."""
        return self._sale.lines[-1].seqnce if self._sale is not None and self._sale.lines else None

    def counted_products(self) -> list[Product]:
        """The catalogue's products sold by count (not weighed), in catalogue order."""
        return [p for p in self.catalogue.all() if not p.weighed]

    def total(self) -> Decimal:
        if self._sale is None:
            return Decimal("0.00")
        return cents(sum((line.totalprice for line in self._sale.lines if not line.voided), Decimal(0)))

    def paid(self) -> Decimal:
        if self._sale is None:
            return Decimal("0.00")
        return cents(sum((p.amount for p in self._sale.payments), Decimal(0)))

    def snapshot(self) -> dict[str, Any]:
        """The whole sale as a ``custdisp.sale.*`` message's ``v``."""
        sale = self._sale
        if sale is None:
            return {
                "salephyskey": "",
                "source": dict(SOURCE),
                "datetimelocal": local_time_text(self.clock()),
                "saletotal": 0.0,
                "lines": [],
                "payments": [],
            }
        return {
            "salephyskey": sale.key,
            "source": dict(SOURCE),
            "datetimelocal": local_time_text(sale.completed_at or self.clock()),
            "saletotal": wire(self.total()),
            "lines": [line.to_wire() for line in sale.lines],
            "payments": [payment.to_wire() for payment in sale.payments],
            **({"customer": {"name": sale.customer}} if sale.customer else {}),
        }

    def line(self, seq: int) -> Line:
        if self._sale is None:
            raise LaneError("no sale on the lane")
        for line in self._sale.lines:
            if line.seqnce == seq:
                return line
        raise LaneError(f"the sale has no line with seqnce {seq}")

    # -- cashier actions ---------------------------------------------------------------

    def start_sale(self, key: str | None = None) -> str:
        """Begin a new (empty) sale; any previous one is forgotten. Returns its key."""
        self._sale = _Sale(key=key or new_sale_key())
        self._emit("add")
        return self._sale.key

    def add_item(self, sku_or_pid: str | int, qty: Any = 1, *, grams: int | None = None, price: Any = None) -> int:
        """Ring up a product. Returns the new line's seqnce.

        For a weighed product give ``grams`` (an int), or ``qty`` in kg. ``price`` sets
        the unit price (per kg when weighed) instead of the catalogue's.
        """
        product = self._product(sku_or_pid)
        wire_qty = self._wire_qty(product, qty, grams)
        line = self._ensure_sale().add_line(product, wire_qty, price)
        self._emit("lines.add")
        return line.seqnce

    def set_qty(self, seq: int, qty: Any = None, *, grams: int | None = None) -> None:
        """Change a line's quantity (items; for a weighed line ``grams`` or ``qty`` in kg)."""
        line = self._live_line(seq)
        line.qty = self._wire_qty(line.product, 1 if qty is None else qty, grams)
        self._emit("lines.edit")

    def discount(self, seq: int, percent: Any = None, amount: Any = None) -> None:
        """A manual discount on one line (pricecause 6): a percentage or an amount off."""
        if (percent is None) == (amount is None):
            raise LaneError("discount needs exactly one of percent or amount")
        line = self._live_line(seq)
        if percent is not None:
            value = money(percent)
            if not Decimal(0) < value <= Decimal(100):
                raise LaneError(f"discount percent must be in (0, 100]: {percent!r}")
            line.discount_percent, line.discount_amount = value, None
        else:
            value = money(amount)
            if value <= 0:
                raise LaneError(f"discount amount must be positive: {amount!r}")
            line.discount_amount, line.discount_percent = value, None
        line.pricecause = PRICECAUSE_MANUAL_DISCOUNT
        self._emit("lines.edit")

    def void(self, seq: int, flag: int = PIDFLAG_VOID) -> None:
        """Void a line: it stays in the sale with a void pidflag (10000, 10002 or 10005)."""
        if flag not in dialect.VOID_PIDFLAGS:
            raise LaneError(f"{flag} is not a void pidflag ({sorted(dialect.VOID_PIDFLAGS)})")
        line = self._live_line(seq)
        line.pidflag = flag
        self._emit("lines.delete")

    def pay(self, kind: str, amount: Any) -> int:
        """Record a payment as tendered. Returns its sequence."""
        sale = self._sale
        if sale is None or sale.completed_at is not None:
            raise LaneError("no sale in progress to pay for")
        value = money(amount)
        if value <= 0:
            raise LaneError(f"payment amount must be positive: {amount!r}")
        payment = Payment(sequence=len(sale.payments) + 1, name=str(kind), amount=cents(value))
        sale.payments.append(payment)
        self._emit("payments.add")
        return payment.sequence

    def complete(self) -> None:
        """Finish the sale: datetimelocal freezes at this moment."""
        sale = self._sale
        if sale is None:
            raise LaneError("no sale to complete")
        if sale.completed_at is None:
            sale.completed_at = self.clock()
        self._emit("edit")

    def set_customer(self, name: str) -> None:
        """The counter learns who the shopper is (e.g. a loyalty id joined to this sale)."""
        if self._sale is None:
            raise LaneError("no sale to attach a customer to")
        self._sale.customer = name
        self._emit("edit")

    def clear(self) -> None:
        """The lane goes idle: the next snapshots are empty."""
        self._sale = None
        self._emit("delete")

    def load_sale(self, lines: list[dict[str, Any]], key: str | None = None) -> str:
        """Make a recalled (e.g. presell) sale the live one, in one message.

        Each line: ``sku`` or ``pid``; ``qty`` (items, or grams for weighed products, i.e.
        the wire unit); optional ``price`` (unit price, per kg when weighed). Raises
        LaneError naming the bad line, and then the lane is unchanged.
        """
        sale = _Sale(key=key or new_sale_key())
        for i, row in enumerate(lines):
            if not isinstance(row, dict):
                raise LaneError(f"line {i} is not an object")
            ident = row.get("sku", row.get("pid"))
            if ident is None:
                raise LaneError(f"line {i} has no sku or pid")
            product = self._product(ident)
            qty = row.get("qty", 1)
            if isinstance(qty, bool) or not isinstance(qty, (int, float, str, Decimal)):
                raise LaneError(f"line {i} has a bad qty: {qty!r}")
            amount = money(qty)
            if amount != amount.to_integral_value():
                raise LaneError(f"line {i} qty must be a whole number of {'grams' if product.weighed else 'items'}: {qty!r}")
            wire_qty = int(amount)
            if wire_qty <= 0:
                raise LaneError(f"line {i} has a bad qty: {qty!r}")
            sale.add_line(product, wire_qty, row.get("price"))
        self._sale = sale
        self._emit("add")
        return sale.key

    def load_counted_sale(self, count: int, first: int = 0) -> str:
        """``load_sale`` of ``count`` lines of one item each, the counted products in turn
        from the ``first``: the big sales the benchmark, the self-test and tests ring."""
        products = self.counted_products()
        return self.load_sale([{"sku": products[(first + i) % len(products)].sku, "qty": 1} for i in range(count)])

    def broadcast_status(self) -> None:
        """Send the periodic ``.status`` message (the server's timer calls this)."""
        self._emit("status")

    # -- helpers -------------------------------------------------------------------

    def _product(self, key: str | int) -> Product:
        product = self.catalogue.find(key)
        if product is None:
            raise LaneError(f"no product with sku, barcode or pid {key!r}")
        return product

    def _ensure_sale(self) -> _Sale:
        if self._sale is None or self._sale.completed_at is not None:
            self.start_sale()
        assert self._sale is not None
        return self._sale

    def _live_line(self, seq: int) -> Line:
        if not self.active:
            raise LaneError("no sale in progress")
        line = self.line(seq)
        if line.voided:
            raise LaneError(f"line {seq} is voided")
        return line

    @staticmethod
    def _wire_qty(product: Product, qty: Any, grams: int | None) -> int:
        scale = dialect.WEIGHED_UNITS.get(product.measurement)
        if grams is not None:
            if scale is None:
                raise LaneError(f"{product.sku} is sold by the unit, not by weight")
            if isinstance(grams, bool) or not isinstance(grams, int) or grams <= 0:
                raise LaneError(f"grams must be a positive integer: {grams!r}")
            return grams
        amount = money(qty)
        if scale is not None:
            wire_qty = int((amount * scale).to_integral_value(ROUND_HALF_UP))
        else:
            if amount != amount.to_integral_value():
                raise LaneError(f"{product.sku} is sold by the unit; qty must be whole: {qty!r}")
            wire_qty = int(amount)
        if wire_qty <= 0:
            raise LaneError(f"qty must be positive: {qty!r}")
        return wire_qty

    def _emit(self, what: str) -> None:
        sc = f"{self.prefix}.{what}"
        snapshot = self.snapshot()
        for hook in list(self.on_change):
            try:
                hook(sc, snapshot)
            except Exception:
                log.exception("lane hook failed on %s", sc)
