"""One simulated store: a PosGreen counter socket that carries every lane's sale sessions.

``StoreSimulator`` is the single-lane ``CounterSimulator`` (same paths, login, get_info,
firehoses, bad-input handling, ``drop_clients``, ``accept_then_drop``, ``silent``) with
several checkouts behind it. Each ``Checkout`` is a ``Lane`` (the simulated sale) plus the
``source`` object its messages carry: ``{"faid", "plevel", "lane": n, "device": "REG<n>"}``
(``device`` "TAB<n>" for the second session on a two-session lane). A firehose for
``custdisp.sale`` on a store socket streams every checkout's snapshots; the session a
message belongs to is derived from ``source`` (``fd1.dialect.session_id``).

``fd1.sales.get_activesale_list`` (``dialect.ACTIVESALE_LIST``) answers one row per
checkout session, idle ones included (``salephyskey`` ""):
``{"source", "lane", "salephyskey", "saletotal", "lines": <count>, "startdt"}``.

``Cashier`` rings realistic sales on one checkout: an idle gap, about 3 s a scanned item
(an occasional void or manual discount), about 35 s to tender and greet, then idle again;
every pause is divided by the store's ``speed`` (read at each pause, so a burst can be
switched on and off while it runs).
"""

from __future__ import annotations

import asyncio
import logging
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Mapping

from ...fd1 import dialect, packets
from ..counter.catalogue import Catalogue
from ..counter.client import Client, SimFirehose
from ..counter.lane import SOURCE, Lane, LaneError, Line, cents, local_time_text, wire
from ..counter.server import CUSTDISP_EVENTS, CounterSimulator

log = logging.getLogger(__name__)

#: Stands in for a snapshot's lines while its envelope is encoded (a control character no
#: real field holds; JSON always escapes it, so its encoded form is unambiguous).
_LINES_MARK = "\u0001lines\u0001"
_LINES_MARK_JSON = packets.encode(_LINES_MARK)


class FastLane(Lane):
    """A ``Lane`` whose snapshot reuses each unchanged line's wire form and price: a store
    serving thousands of messages a second must not rebuild every line of every sale."""

    _last_lines: list[dict[str, Any]] | None = None  # the lines list of the last snapshot
    _last_texts: list[str] = []  # and each line as JSON text, in the same order

    def _line(self, line: Line) -> tuple[Any, dict[str, Any], Decimal, str]:
        key = (line.qty, line.pidflag, line.discount_percent, line.discount_amount, line.unitprice, line.pricecause)
        hit = getattr(line, "_wire_cache", None)
        if hit is None or hit[0] != key:
            wire_form = line.to_wire()
            hit = (key, wire_form, line.totalprice, packets.encode(wire_form))
            line._wire_cache = hit  # type: ignore[attr-defined]
        return hit

    def line_texts(self, lines: Any) -> list[str] | None:
        """Each line of ``lines`` as JSON text, when ``lines`` is the last snapshot's list."""
        return self._last_texts if lines is not None and lines is self._last_lines else None

    def total(self) -> Decimal:
        if self._sale is None:
            return Decimal("0.00")
        return cents(sum((self._line(line)[2] for line in self._sale.lines if not line.voided), Decimal(0)))

    def snapshot(self) -> dict[str, Any]:
        sale = self._sale
        if sale is None:
            return super().snapshot()
        hits = [self._line(line) for line in sale.lines]
        lines = [hit[1] for hit in hits]
        self._last_lines, self._last_texts = lines, [hit[3] for hit in hits]
        return {
            "salephyskey": sale.key,
            "source": dict(SOURCE),
            "datetimelocal": local_time_text(sale.completed_at or self.clock()),
            "saletotal": wire(self.total()),
            "lines": lines,
            "payments": [payment.to_wire() for payment in sale.payments],
        }


@dataclass(eq=False)
class Checkout:
    """One checkout session: a lane number, a device name and the sale it rings up."""

    lane_no: int
    device: str
    lane: Lane
    source: dict[str, Any] = field(default_factory=dict)
    started: str = ""  # datetimelocal of the sale's first message ("" when idle)

    @property
    def session(self) -> str:
        return dialect.session_id(self.source)


class StoreSimulator(CounterSimulator):
    """A store's counter socket with ``lanes`` checkouts (and a second session on
    ``two_session_lane``, when given)."""

    def __init__(
        self,
        number: int,
        lanes: int,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        catalogue: Catalogue | None = None,
        status_interval: float | None = 5.0,
        apikey: str | None = None,
        store: Mapping[str, Any] | None = None,
        two_session_lane: int | None = None,
        max_size: int | None = 2**20,
    ) -> None:
        catalogue = catalogue if catalogue is not None else Catalogue.load()
        super().__init__(host=host, port=port, status_interval=status_interval, apikey=apikey,
                         store=store, catalogue=catalogue, presell=False, max_size=max_size)
        self.number = number
        self.lane.on_change.clear()  # the base lane is not a checkout here
        self.checkouts: list[Checkout] = []
        for n in range(1, lanes + 1):
            self.add_checkout(n, f"REG{n}")
            if two_session_lane == n:
                self.add_checkout(n, f"TAB{n}")
        self.endpoints[dialect.ACTIVESALE_LIST] = self._activesale_list
        self.messages_sent = 0  # sale messages queued to clients (for the bench)

    def add_checkout(self, lane_no: int, device: str) -> Checkout:
        lane = FastLane(self.lane.catalogue)
        checkout = Checkout(lane_no=lane_no, device=device, lane=lane,
                            source={**SOURCE, "lane": lane_no, "device": device})
        lane.on_change.append(lambda sc, snapshot, c=checkout: self._checkout_changed(c, sc, snapshot))
        self.checkouts.append(checkout)
        return checkout

    def checkout(self, lane_no: int, device: str | None = None) -> Checkout:
        for c in self.checkouts:
            if c.lane_no == lane_no and (device is None or c.device == device):
                return c
        raise KeyError(f"store {self.number} has no checkout {lane_no} {device or ''}".strip())

    # -- broadcasting --------------------------------------------------------------

    def _stamped(self, checkout: Checkout, snapshot: dict[str, Any]) -> dict[str, Any]:
        snapshot["source"] = dict(checkout.source)
        return snapshot

    def _checkout_changed(self, checkout: Checkout, sc: str, snapshot: dict[str, Any]) -> None:
        if snapshot.get("salephyskey") and not checkout.started:
            checkout.started = str(snapshot.get("datetimelocal", ""))
        elif not snapshot.get("salephyskey"):
            checkout.started = ""
        self._broadcast_sale(sc, self._stamped(checkout, snapshot), checkout)

    def _encode(self, sc: str, snapshot: dict[str, Any], rp: str | None, checkout: Checkout | None) -> str:
        """The event frame as JSON text. A store sends thousands a second: the lines of the
        last snapshot are already JSON (each encoded once, when it last changed), so only
        the envelope is encoded here and the lines are put in its place."""
        texts = checkout.lane.line_texts(snapshot.get("lines")) if checkout is not None and isinstance(checkout.lane, FastLane) else None
        if texts is None:
            return packets.encode(packets.event(sc, snapshot, rp=rp))
        shell = dict(snapshot)
        shell["lines"] = _LINES_MARK
        return packets.encode(packets.event(sc, shell, rp=rp)).replace(_LINES_MARK_JSON, "[" + ",".join(texts) + "]", 1)

    def _broadcast_sale(self, sc: str, snapshot: dict[str, Any], checkout: Checkout | None = None) -> None:
        text: str | None = None  # one encoding for every socket without a firehose
        for session in self._live_sessions():
            hoses = [h for h in session.firehoses.values() if h.event in CUSTDISP_EVENTS]
            if hoses:
                for hose in hoses:
                    if hose.wants(sc):
                        session.send_text(self._encode(sc, snapshot, hose.rq, checkout))
                        self.messages_sent += 1
            elif session.purpose == "customerdisplay":
                if text is None:
                    text = self._encode(sc, snapshot, None, checkout)
                session.send_text(text)
                self.messages_sent += 1

    async def _open_firehose(self, session: Client, request: packets.Request) -> Any:
        hose = SimFirehose.opened_by(request)
        event = hose.event
        session.firehoses[request.rq] = hose
        if event in CUSTDISP_EVENTS:
            def send_current() -> None:  # every checkout's sale, so a wall joining mid-sale is up to date
                for c in self.checkouts:
                    sc = f"{c.lane.prefix}.status"
                    if hose.wants(sc) and request.rq in session.firehoses:
                        session.send(packets.event(sc, self._stamped(c, c.lane.snapshot()), rp=request.rq))

            session.defer(send_current)
        return {"rows": [{"event": event, "rq": request.rq}]}

    async def _activesale_list(self, session: Client, request: packets.Request) -> Any:
        rows = []
        for c in self.checkouts:
            snap = c.lane.snapshot()
            rows.append({
                "source": dict(c.source),
                "lane": c.lane_no,
                "salephyskey": snap["salephyskey"],
                "saletotal": snap["saletotal"],
                "lines": sum(1 for line in snap["lines"] if line.get("pidflag") not in dialect.VOID_PIDFLAGS),
                "startdt": c.started,
            })
        return {"rows": rows}

    async def _status_loop(self) -> None:
        assert self.status_interval
        # Stores start at different moments of the interval, so 200 of them do not all
        # send their status in the same instant.
        await asyncio.sleep(random.uniform(0, self.status_interval))
        while True:
            for c in self.checkouts:
                c.lane.broadcast_status()
            await asyncio.sleep(self.status_interval)


class Cashier:
    """Rings realistic sales on one checkout until cancelled (see the module docstring)."""

    #: Seconds (at speed 1): idle gap between customers, per scanned item, to tender and greet.
    IDLE_MEAN = 25.0
    ITEM_SECONDS = (1.8, 4.2)
    TENDER_SECONDS = 35.0

    def __init__(self, checkout: Checkout, clock: "SpeedSource", rng: random.Random | None = None) -> None:
        self.checkout = checkout
        self.speed = clock
        self.rng = rng or random.Random()
        self.sales = 0

    async def pause(self, seconds: float) -> None:
        """``seconds`` of simulated time: a change of speed (a burst) applies at once, even
        to a pause already under way."""
        remaining = max(0.0, seconds)
        loop = asyncio.get_running_loop()
        while remaining > 0:
            speed = max(self.speed.speed, 1e-6)
            changed = self.speed.changed
            started = loop.time()
            try:
                await asyncio.wait_for(changed.wait(), remaining / speed)
            except TimeoutError:
                return
            remaining -= (loop.time() - started) * speed

    async def run(self) -> None:
        lane = self.checkout.lane
        products = lane.counted_products()
        weighed = [p for p in lane.catalogue.all() if p.weighed]
        rng = self.rng
        await self.pause(rng.uniform(0, self.IDLE_MEAN))
        while True:
            try:
                await self.ring_one(lane, products, weighed)
            except LaneError as exc:  # a scripted step that does not fit: start over
                log.debug("cashier on lane %s: %s", self.checkout.lane_no, exc)
                lane.clear()
            self.sales += 1
            await self.pause(rng.expovariate(1 / self.IDLE_MEAN))

    async def ring_one(self, lane: Lane, products: list[Any], weighed: list[Any]) -> None:
        rng = self.rng
        lane.start_sale()
        items = max(1, min(60, int(rng.expovariate(1 / 11)) + 1))
        seqs: list[int] = []
        for _ in range(items):
            await self.pause(rng.uniform(*self.ITEM_SECONDS))
            if weighed and rng.random() < 0.1:
                seqs.append(lane.add_item(rng.choice(weighed).sku, grams=rng.randint(150, 1800)))
            else:
                seqs.append(lane.add_item(rng.choice(products).sku, rng.choice((1, 1, 1, 1, 2, 3))))
            roll = rng.random()
            if roll < 0.015 and seqs:
                await self.pause(rng.uniform(2, 5))
                lane.void(seqs.pop())
            elif roll < 0.035 and seqs:
                await self.pause(rng.uniform(2, 4))
                lane.discount(seqs[-1], percent=rng.choice((10, 20, 50)))
        # Tender and greet: about 35 s from the last item to the next customer.
        await self.pause(self.TENDER_SECONDS * rng.uniform(0.3, 0.5))
        total = lane.total()
        if total > 0:
            if rng.random() < 0.3:
                lane.pay("Cash", _round_up(total))
            else:
                lane.pay(rng.choice(("EFTPOS", "Credit Card")), total)
        await self.pause(self.TENDER_SECONDS * rng.uniform(0.1, 0.2))
        lane.complete()
        await self.pause(self.TENDER_SECONDS * rng.uniform(0.2, 0.4))
        lane.clear()


class SpeedSource:
    """A shared pacing factor (2 = twice as fast); setting ``speed`` wakes every pause."""

    def __init__(self, speed: float = 1.0) -> None:
        self._speed = speed
        self._changed: asyncio.Event | None = None

    @property
    def changed(self) -> asyncio.Event:
        if self._changed is None:
            self._changed = asyncio.Event()
        return self._changed

    @property
    def speed(self) -> float:
        return self._speed

    @speed.setter
    def speed(self, value: float) -> None:
        self._speed = value
        old, self._changed = self._changed, None
        if old is not None:
            old.set()


def _round_up(total: Any) -> Any:
    """Cash tendered: the next $5, $10 or $20 note above the total."""
    from decimal import Decimal

    for note in (Decimal(5), Decimal(10), Decimal(20), Decimal(50), Decimal(100)):
        if total <= note:
            return note
    return (total // 50 + 1) * 50
