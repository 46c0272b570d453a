"""The presell basket as the tablet shows it: immutable, Qt-free, money in Decimal.

Two sources meet here. ``CounterSale`` is the counter's answer (each SalesBuilder call
returns the whole updated sale): prices and totals come only from it. ``BasketLine``
is what a staff member sees: the counter's lines, with the writes that have not yet
reached the lane laid over them (marked, never priced by the tablet).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from ..fd1 import dialect

ZERO = Decimal("0.00")


def scale_of(measurement: str) -> int:
    """Wire units per display unit: 1000 (grams per kg) for weighed goods, else 1."""
    return dialect.WEIGHED_UNITS.get(measurement, 1)


def is_weighed(measurement: str) -> bool:
    return measurement in dialect.WEIGHED_UNITS


def item_count(lines: Iterable[CounterLine]) -> int:
    """How many items a basket holds, counted as the customer display counts them: each
    counted line by its quantity, each weighed line as one (1.2 kg of bananas is one item)."""
    return sum(1 if is_weighed(line.measurement) else max(0, int(line.qty)) for line in lines)


@dataclass(frozen=True, slots=True)
class Product:
    """A product as the counter's catalogue (``fd1.data`` logical.products) describes it."""

    pid: int
    description: str
    price: Decimal  # list price; per kg for weighed goods
    sku: str = ""
    barcode: str = ""
    measurement: str = "unit"
    department: str = ""

    @property
    def weighed(self) -> bool:
        return is_weighed(self.measurement)


@dataclass(frozen=True, slots=True)
class CounterLine:
    """One line of the counter's sale object. ``qty`` is in wire units (grams when weighed)."""

    seq: int
    pid: int
    description: str
    qty: int
    total: Decimal
    unit_price: Decimal | None = None
    sku: str = ""
    measurement: str = "unit"


@dataclass(frozen=True, slots=True)
class CounterSale:
    """The counter's view of the basket's sale, from the latest SalesBuilder answer."""

    key: str  # physkey
    lines: tuple[CounterLine, ...] = ()
    total: Decimal = ZERO
    customer: str = ""
    state: str = "open"  # open | parked | recalled | cancelled (GAP: our simulator's words)
    code: str = ""  # recall code, once parked

    def line(self, seq: int) -> CounterLine | None:
        for line in self.lines:
            if line.seq == seq:
                return line
        return None


class LineStatus(enum.StrEnum):
    ON_LANE = "on_lane"  # the counter has it as shown
    ADDING = "adding"  # not yet on the lane
    CHANGING = "changing"  # on the lane with another quantity; the new one is not yet there
    REMOVING = "removing"  # still on the lane; the removal is not yet there
    FAILED = "failed"  # the counter never accepted it: not on the lane, and no longer being sent


@dataclass(frozen=True, slots=True)
class BasketLine:
    """A line on the tablet's basket screen."""

    lid: str  # the tablet's own id for the line (stable from the tap that added it)
    description: str
    qty: int  # wire units (grams when weighed): what the staff member asked for
    measurement: str = "unit"
    total: Decimal | None = None  # the counter's line price; None until the counter priced it
    unit_price: Decimal | None = None
    status: LineStatus = LineStatus.ON_LANE
    seq: int | None = None  # the counter's seqnce, once it has the line
    lane_qty: int | None = None  # what the lane has, while a new quantity is on its way

    @property
    def lane_amount(self) -> Decimal | None:
        return None if self.lane_qty is None else Decimal(self.lane_qty) / scale_of(self.measurement)

    @property
    def weighed(self) -> bool:
        return is_weighed(self.measurement)

    @property
    def pending(self) -> bool:
        return self.status is not LineStatus.ON_LANE

    @property
    def amount(self) -> Decimal:
        """The quantity in display units (kg for weighed goods, items otherwise)."""
        return Decimal(self.qty) / scale_of(self.measurement)


@dataclass(frozen=True, slots=True)
class Parked:
    """A basket handed to the lane: the cashier recalls it with ``code``."""

    code: str
    key: str
    total: Decimal
    customer: str = ""
    items: int = 0


@dataclass(frozen=True)
class Notice:
    """``TabletState.message`` as data: its ``kind`` and the values the sentence needs (a
    product's name, the counter's own words, a file name), so the UI can word it in the
    tablet's language. Kinds: weighed, scan-unidentified, sending, no-presell, gave-up-add,
    refused-add, refused-park, refused-create, refused-customer, refused-other,
    journal-unreadable."""

    kind: str
    args: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TabletState:
    """Everything the presell screen draws."""

    connection: str = "connecting"  # connecting | connected | disconnected
    detail: str = ""  # why the link is down, for the status line
    lines: tuple[BasketLine, ...] = ()
    total: Decimal = ZERO  # the counter's total of what is on the lane
    customer: str = ""
    pending: int = 0  # writes not yet on the lane
    sending: bool = False  # "Send to lane" pressed, waiting for the code
    parked: Parked | None = None  # the last basket handed over (its code stays viewable)
    recent: tuple[Parked, ...] = ()  # earlier hand-offs, newest first (a lost code can be shown again)
    message: str = ""  # the last thing the counter refused, in words for staff (English; the log's)
    notice: Notice | None = None  # the same as data (kind and values): the tablet words it in its language
    variant: str = ""  # the SalesBuilder dialect in use ("A" or "B")

    @property
    def connected(self) -> bool:
        return self.connection == "connected"

    @property
    def empty(self) -> bool:
        return not self.lines
