"""The presell side of the counter simulator: SalesBuilder, product search, parked sales.

``install(sim)`` (called by CounterSimulator on construction) adds:

* ``fd1.data`` for ``logical.products`` (also ``products``): ``v.limit``; ``q`` with
  equality on ``pid``/``sku``/``barcode``/``plu`` (a value or a list) and ``(like)`` on
  ``description`` (every word, any case) and ``sku`` (prefix); ``qo`` keeps only the
  named fields (``true``) or renames them (a string). Rows: pid, sku, barcode (the
  first), barcodes, description, department, price (JSON number), measurement.
* the SalesBuilder endpoints of ONE variant (default B: ``salesbuilder_*`` plus
  ``sale_fetch``; ``install(sim, variant="A")`` or ``sim.presell.use_variant("A")``
  for ``sale_*``). The other variant's names are unknown endpoints (404), as on a
  counter that only speaks one. Arguments and the sale object are the adapter's
  (display_app/presell/salesbuilder.py, whose docstring is the table). Edit, remove
  and park endpoints are OUR INVENTION (the docs list no such names).
* writes are idempotent per ``rq``: a replayed ``rq`` gets the recorded answer (or
  refusal) and changes nothing. (Our choice, a GAP for real PosGreen.)
* parking: ``..._park`` gives the sale a 4-digit recall code, unique among the codes
  still waiting, valid for ``expire_after`` seconds (4 h by default: an abandoned
  basket does not pile up). The lane recalls it with ``recall(sim, code)`` or the
  endpoint ``fd1.salesbuilder.lane_recall`` (``v`` {"code": "4821"}; also our invention):
  the lane's live sale becomes that sale (``sim.lane.load_sale``), priced by the lane
  from its catalogue, so a connected customer display shows it. A code works once.

Demo: ``sim.presell.auto_recall = 3.0`` has a simulated cashier recall, pay and finish each parked sale
3 s after it was parked. Fault injection for tests and demos: ``sim.presell.lose_replies = N`` makes the next N
SalesBuilder writes take effect and then close the socket instead of answering
(a dropped link at the worst moment).
"""

from __future__ import annotations

import asyncio
import collections
import datetime as _dt
import logging
import random
import time
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Awaitable, Callable, Mapping

from ...fd1 import dialect, packets
from .catalogue import Product
from .client import NO_REPLY, Client, EndpointError
from .lane import cents, new_sale_key, wire

log = logging.getLogger(__name__)

PREFIX = "fd1.salesbuilder."
DEFAULT_VARIANT = "B"
RECALL = PREFIX + "lane_recall"
DATA = "fd1.data"
PRODUCT_TABLES = ("logical.products", "products", "physical.products")

#: op -> endpoint name per variant (kept equal to the adapter's table on purpose: the
#: simulator is the reference the adapter is tested against).
VARIANTS: dict[str, dict[str, str]] = {
    "A": {
        "create": "sale_create",
        "fetch": "sale_fetch",
        "add": "sale_add_product",
        "edit": "sale_edit_line",
        "remove": "sale_remove_line",
        "customer": "sale_set_customer",
        "park": "sale_park",
        "cancel": "sale_cancel",
        "price": "sale_get_price",
    },
    "B": {
        "create": "salesbuilder_create",
        "fetch": "sale_fetch",
        "add": "salesbuilder_add_product",
        "edit": "salesbuilder_edit_line",
        "remove": "salesbuilder_remove_line",
        "customer": "salesbuilder_set_customer",
        "park": "salesbuilder_park",
        "cancel": "salesbuilder_cancel",
        "complete": "salesbuilder_complete",
    },
}

WRITES = frozenset({"create", "add", "edit", "remove", "customer", "park", "cancel", "complete"})
MAX_ANSWERS = 20_000
MAX_QTY = 1_000_000  # wire units: 1000 kg or a million items is a typo, not a basket


@dataclass
class BuilderLine:
    seqnce: int
    product: Product
    qty: int  # wire units

    @property
    def scale(self) -> int:
        return dialect.WEIGHED_UNITS.get(self.product.measurement, 1)

    @property
    def total(self) -> Decimal:
        return cents(self.product.price * self.qty / self.scale)

    def to_wire(self) -> dict[str, Any]:
        return {
            "seqnce": self.seqnce,
            "pid": self.product.pid,
            "qty": self.qty,
            "unitprice": wire(self.product.price),
            "totalprice": wire(self.total),
            "product": {"description": self.product.description, "sku": self.product.sku, "measurement": self.product.measurement},
        }


@dataclass
class BuilderSale:
    key: str
    started: str
    lines: list[BuilderLine] = field(default_factory=list)
    customer: str = ""
    state: str = "open"  # open | parked | recalled | cancelled
    code: str = ""
    parked_at: float | None = None
    next_seq: int = 1

    @property
    def total(self) -> Decimal:
        return cents(sum((line.total for line in self.lines), Decimal(0)))

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "physkey": self.key,
            "startdt": self.started,
            "state": self.state,
            "customer": {"name": self.customer},
            "saletotal": wire(self.total),
            "lines": [line.to_wire() for line in self.lines],
        }
        if self.code:
            out["code"] = self.code
        return out


class PresellCounter:
    """The presell state of one simulated counter (``sim.presell``)."""

    def __init__(self, sim: Any, variant: str = DEFAULT_VARIANT, *, expire_after: float = 4 * 3600) -> None:
        self.sim = sim
        self.variant = ""
        self.expire_after = expire_after
        self.sales: dict[str, BuilderSale] = {}
        self.parked: dict[str, BuilderSale] = {}  # code -> sale waiting to be recalled
        self.answers: collections.OrderedDict[str, tuple[str, Any]] = collections.OrderedDict()
        self.lose_replies = 0
        #: Answer a replayed rq from the record instead of doing it again. A real PosGreen
        #: counter may not (GAP); False makes the simulator behave like one that does not.
        self.remember_rq = True
        #: Demo realism: a simulated cashier recalls each parked sale this many seconds
        #: after it was parked (None: only recall()/lane_recall do).
        self.auto_recall: float | None = None
        self.cashier_seconds = 4.0  # how long the simulated cashier takes per step
        self.clock: Callable[[], float] = time.monotonic
        self._rng = random.Random()
        self.use_variant(variant)

    @property
    def catalogue(self) -> Any:
        return self.sim.lane.catalogue

    # -- variants ----------------------------------------------------------------------------

    def use_variant(self, variant: str) -> None:
        """Serve one SalesBuilder variant ("A" or "B"); the other's names become unknown."""
        if variant not in VARIANTS:
            raise ValueError(f"SalesBuilder variant must be A or B, not {variant!r}")
        for names in VARIANTS.values():
            for name in names.values():
                self.sim.endpoints.pop(PREFIX + name, None)
        for op, name in VARIANTS[variant].items():
            self.sim.endpoints[PREFIX + name] = self._handler(op)
        self.sim.endpoints[RECALL] = self._recall_endpoint
        self.variant = variant

    def _handler(self, op: str) -> Callable[[Client, packets.Request], Awaitable[Any]]:
        async def handle(session: Client, request: packets.Request) -> Any:
            return self.handle(op, session, request)

        handle.__name__ = f"salesbuilder_{op}"
        return handle

    # -- requests ----------------------------------------------------------------------------

    def handle(self, op: str, session: Client, request: packets.Request) -> Any:
        if op in WRITES and request.rq is not None and self.remember_rq:
            recorded = self.answers.get(request.rq)
            if recorded is not None:
                a, answer = recorded
                if a != request.a:
                    raise EndpointError(f"rq {request.rq} was already used for {a}", 409)
                log.info("replayed rq %s (%s): answering what was recorded, doing nothing again", request.rq, request.a)
                if isinstance(answer, EndpointError):
                    raise EndpointError(answer.message, answer.code)
                return self._wrap(answer)
        try:
            sale = self._apply(op, request)
        except EndpointError as exc:
            if op in WRITES and request.rq is not None:
                self._record(request.rq, request.a, exc)
            raise
        answer = sale.to_wire() if isinstance(sale, BuilderSale) else sale
        if op in WRITES and request.rq is not None:
            self._record(request.rq, request.a, answer)
        if op in WRITES and self.lose_replies > 0:
            self.lose_replies -= 1
            log.warning("lose_replies: %s applied; closing client %s instead of answering", request.a, session.remote)
            session.close(1011, "simulated drop before the reply")
            return NO_REPLY
        return self._wrap(answer)

    def _wrap(self, answer: Any) -> Any:
        # Variant A wraps the sale as data.rows[0]; variant B sends it as data (DOC, create replies).
        if self.variant == "A" and isinstance(answer, dict) and "physkey" in answer:
            return {"rows": [answer]}
        return answer

    def _record(self, rq: str, a: str, answer: Any) -> None:
        self.answers[rq] = (a, answer)
        while len(self.answers) > MAX_ANSWERS:
            self.answers.popitem(last=False)

    def _apply(self, op: str, request: packets.Request) -> BuilderSale | dict[str, Any]:
        v = request.v or {}
        if op == "create":
            key = new_sale_key()
            sale = BuilderSale(key=key, started=_dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"))
            self.sales[key] = sale
            log.info("presell sale %s created", key)
            return sale
        # Without k these are the tablet's connect-time probe (any answer but "unknown
        # endpoint" confirms the variant): an expected refusal, logged at DEBUG.
        if op == "price" and request.k is None:
            raise EndpointError("sale_get_price needs k: the sale's physkey", 400, level=logging.DEBUG)
        if op in ("cancel",) and request.k is None:
            raise EndpointError(f"{request.a} needs k: the sale's physkey", 400, level=logging.DEBUG)
        sale = self._sale(request.k)
        if op in ("fetch", "price"):
            return sale
        if sale.state != "open":
            what = f" (recall code {sale.code})" if sale.code and sale.state == "parked" else ""
            raise EndpointError(f"sale {sale.key} is {sale.state}{what}; start a new one", 409)
        if op == "add":
            product = self._product(v)
            qty = self._qty(v.get("qty"), product, default=True)
            sale.lines.append(BuilderLine(seqnce=sale.next_seq, product=product, qty=qty))
            sale.next_seq += 1
        elif op == "edit":
            line = self._line(sale, v)
            line.qty = self._qty(v.get("qty"), line.product, default=False)
        elif op == "remove":
            line = self._line(sale, v)
            sale.lines.remove(line)
        elif op == "customer":
            name = v.get("name", "")
            if not isinstance(name, str) or len(name) > 80:
                raise EndpointError("v.name must be a text of at most 80 characters")
            sale.customer = name.strip()
        elif op == "park":
            if not sale.lines:
                raise EndpointError("nothing to send: the sale has no lines", 400)
            sale.code = self._new_code()
            sale.state = "parked"
            sale.parked_at = self.clock()
            self.parked[sale.code] = sale
            log.debug("presell sale %s parked with recall code %s (%d lines, %s)", sale.key, sale.code, len(sale.lines), sale.total)
            if self.auto_recall is not None:
                self.sim.spawn(self._cashier(sale.code), f"cashier-{sale.code}")
        elif op in ("cancel", "complete"):
            sale.state = "cancelled" if op == "cancel" else "parked"
            if op == "complete":
                sale.code = self._new_code()
                sale.parked_at = self.clock()
                self.parked[sale.code] = sale
        return sale

    # -- the lane ------------------------------------------------------------------------------

    def recall(self, code: str) -> str:
        """The lane recalls a parked sale by its code: it becomes the lane's live sale.
        Returns the lane's sale key. Raises EndpointError (unknown, expired, used) otherwise."""
        code = str(code).strip()
        self._expire()
        sale = self.parked.get(code)
        if sale is None:
            raise EndpointError(f"no presell sale is waiting with code {code!r} (unknown, expired or already recalled)", 404)
        lines = [{"pid": line.product.pid, "qty": line.qty} for line in sale.lines]
        lane_key = self.sim.lane.load_sale(lines)
        del self.parked[code]
        sale.state = "recalled"
        log.debug("lane recalled presell code %s: sale %s with %d lines", code, lane_key, len(lines))
        return lane_key

    async def _cashier(self, code: str) -> None:
        """Demo realism: a simulated cashier recalls the parked sale ``auto_recall`` seconds
        after it was parked, once the lane's till is free (see Lane.till), takes an EFTPOS
        payment for the balance and finishes the sale, so the customer display shows the
        whole story: the presell sale, then the thank-you, then idle."""
        await asyncio.sleep(self.auto_recall or 0)
        lane = self.sim.lane
        async with lane.till:
            try:
                self.recall(code)
            except EndpointError as exc:
                log.debug("auto recall of code %s skipped: %s", code, exc.message)
                return
            await asyncio.sleep(self.cashier_seconds)
            balance = lane.total() - lane.paid()
            if balance > 0:
                lane.pay("EFTPOS", balance)
            lane.complete()
            await asyncio.sleep(self.cashier_seconds)
            lane.clear()

    async def _recall_endpoint(self, session: Client, request: packets.Request) -> Any:
        code = (request.v or {}).get("code", request.k)
        if code is None:
            raise EndpointError("lane_recall needs v.code")
        key = self.recall(str(code))
        return {"salephyskey": key, "lines": len(self.sim.lane.snapshot()["lines"])}

    # -- helpers -----------------------------------------------------------------------------

    def _sale(self, key: Any) -> BuilderSale:
        if key is None:
            raise EndpointError("k (the sale's physkey) is required", 400)
        sale = self.sales.get(str(key))
        if sale is None:
            raise EndpointError(f"no presell sale with physkey {key}", 404)
        return sale

    def _product(self, v: Mapping[str, Any]) -> Product:
        for field_name in ("pid", "barcode", "sku"):
            if v.get(field_name) not in (None, ""):
                ident = v[field_name]
                product = self.catalogue.find(ident if field_name == "pid" and isinstance(ident, int) else str(ident))
                if product is None:
                    raise EndpointError(f"unknown {'barcode' if field_name == 'barcode' else field_name} {ident}", 404)
                return product
        raise EndpointError("add_product needs v.pid, v.barcode or v.sku", 400)

    def _qty(self, value: Any, product: Product, *, default: bool) -> int:
        scale = dialect.WEIGHED_UNITS.get(product.measurement)
        if value is None:
            if not default:
                raise EndpointError("v.qty is required", 400)
            if scale is not None:
                raise EndpointError(f"{product.description} is sold by weight: give qty in grams", 400)
            return 1
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise EndpointError(f"qty must be a whole number, not {value!r}", 400)
        try:
            amount = Decimal(str(value))
        except ArithmeticError:
            raise EndpointError(f"qty must be a whole number, not {value!r}", 400) from None
        if amount != amount.to_integral_value(ROUND_HALF_UP):
            raise EndpointError(f"qty must be a whole number of {'grams' if scale else 'items'}, not {value!r}", 400)
        qty = int(amount)
        if qty <= 0:
            raise EndpointError("qty must be more than 0 (remove the line instead)", 400)
        if qty > MAX_QTY:
            raise EndpointError(f"qty {qty} is too large", 400)
        return qty

    def _line(self, sale: BuilderSale, v: Mapping[str, Any]) -> BuilderLine:
        seq = v.get("seqnce")
        for line in sale.lines:
            if line.seqnce == seq:
                return line
        raise EndpointError(f"the sale has no line with seqnce {seq}", 404)

    def _expire(self) -> None:
        now = self.clock()
        for code, sale in list(self.parked.items()):
            if sale.parked_at is not None and now - sale.parked_at > self.expire_after:
                log.debug("presell code %s expired unrecalled (sale %s)", code, sale.key)
                sale.state = "cancelled"
                del self.parked[code]

    def _new_code(self) -> str:
        self._expire()
        for _ in range(10_000):
            code = f"{self._rng.randrange(1000, 10000)}"
            if code not in self.parked:
                return code
        raise EndpointError("no recall code free: too many presell sales waiting", 503)


# ----------------------------------------------------------------------------- fd1.data


def product_row(product: Product) -> dict[str, Any]:
    return {
        "pid": product.pid,
        "sku": product.sku,
        "barcode": product.barcodes[0] if product.barcodes else "",
        "barcodes": list(product.barcodes),
        "plu": product.plu or "",
        "description": product.description,
        "department": product.department,
        "price": wire(product.price),
        "measurement": product.measurement,
    }


def _matches(product: Product, q: Mapping[str, Any]) -> bool:
    for key, wanted in q.items():
        name, _, op = key.partition("(")
        op = op.rstrip(")").split(",")[0].strip().lower()
        if name.startswith("_"):
            continue
        values = wanted if isinstance(wanted, list) else [wanted]
        texts = [str(w).casefold() for w in values]
        if name == "description":
            have = product.description.casefold()
            if op == "like":
                if not any(all(word in have for word in t.split()) for t in texts):
                    return False
            elif have not in texts:
                return False
        elif name == "sku":
            have = product.sku.casefold()
            if not any(have.startswith(t) if op == "like" else have == t for t in texts):
                return False
        elif name == "barcode":
            if not any(str(w) in product.barcodes for w in values):
                return False
        elif name == "pid":
            if not any(str(w) == str(product.pid) for w in values):
                return False
        elif name == "plu":
            if not any(str(w) == (product.plu or "") for w in values):
                return False
        else:
            raise EndpointError(f"fd1.data: cannot query products by {key!r}", 400)
    return True


def _shape(row: dict[str, Any], qo: Any) -> dict[str, Any]:
    if not isinstance(qo, Mapping) or not qo:
        return row
    out: dict[str, Any] = {}
    for name, how in qo.items():
        if name in row and how:
            out[how if isinstance(how, str) else name] = row[name]
    return out


def make_data_endpoint(sim: Any, fallback: Callable[[Client, packets.Request], Awaitable[Any]] | None) -> Callable[[Client, packets.Request], Awaitable[Any]]:
    async def data(session: Client, request: packets.Request) -> Any:
        v = request.v or {}
        table = v.get("table")
        if table not in PRODUCT_TABLES:
            if fallback is not None:
                return await fallback(session, request)
            raise EndpointError(f"fd1.data: table {table!r} is not served by this simulator (try logical.products)", 400)
        limit = v.get("limit", 50)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
            raise EndpointError("fd1.data: v.limit must be a positive whole number", 400)
        limit = min(limit, 500)
        q = request.q or {}
        rows = []
        for product in sim.lane.catalogue.all():
            if _matches(product, q):
                rows.append(_shape(product_row(product), request.extra.get("qo")))
                if len(rows) >= limit:
                    break
        return {"rows": rows}

    return data


# ----------------------------------------------------------------------------- install


def install(sim: Any, variant: str = DEFAULT_VARIANT) -> PresellCounter:
    """Add the presell endpoints and the parked-sale store to a CounterSimulator
    (as ``sim.presell``). Safe to call again: the last call wins."""
    existing = sim.endpoints.get(DATA)
    fallback = getattr(existing, "fallback", existing) if existing is not None else None
    data = make_data_endpoint(sim, fallback)
    data.fallback = fallback  # type: ignore[attr-defined]
    sim.endpoints[DATA] = data
    sim.presell = PresellCounter(sim, variant)
    return sim.presell


def recall(sim: Any, code: str) -> str:
    """Recall a parked presell sale onto ``sim.lane`` by its code; returns the lane sale key."""
    return sim.presell.recall(code)
