"""The one place that knows how the counter's SalesBuilder endpoints are spelled.

Fieldpine documents two versions of SalesBuilder (fd1-protocol.md section 6.6) and
leaves their arguments out. Both are supported here; nothing else in the app names
an endpoint or a field of the sale object.

Variants (DOC for the names marked so; the rest are GAPs filled by us)::

    op        variant A (ep_salesbuilder.htm)      variant B (endpoint_salesbuilder.htm)
    create    fd1.salesbuilder.sale_create   DOC   fd1.salesbuilder.salesbuilder_create    DOC
    fetch     fd1.salesbuilder.sale_fetch    DOC   fd1.salesbuilder.sale_fetch             DOC
    add       fd1.salesbuilder.sale_add_product DOC fd1.salesbuilder.salesbuilder_add_product DOC
    customer  fd1.salesbuilder.sale_set_customer DOC fd1.salesbuilder.salesbuilder_set_customer DOC
    probe     fd1.salesbuilder.sale_get_price DOC  fd1.salesbuilder.salesbuilder_cancel    DOC
    cancel    fd1.salesbuilder.sale_cancel   ours  fd1.salesbuilder.salesbuilder_cancel    DOC
    edit      fd1.salesbuilder.sale_edit_line ours fd1.salesbuilder.salesbuilder_edit_line ours
    remove    fd1.salesbuilder.sale_remove_line ours fd1.salesbuilder.salesbuilder_remove_line ours
    park      fd1.salesbuilder.sale_park     ours  fd1.salesbuilder.salesbuilder_park      ours

Arguments (GAP: all our choices, following Fieldpine's write rules: ``a``, ``k`` =
the sale's physkey, ``v`` = values, ``rq`` = our request id; booleans 1/0, objects
stringified, via ``packets.write_values``)::

    op        k          v
    create    -          {}                       -> the new sale (A: data.rows[0], B: data)
    fetch     physkey    -                        -> the sale
    add       physkey    {"pid": 1234, "qty": 750}  or {"barcode": "9421...", "qty": 1}
                         qty is an integer in base units (grams for "kg" products,
                         dialect.WEIGHED_UNITS); omitted qty = 1 item
    edit      physkey    {"seqnce": 3, "qty": 2}  (qty 0 is refused: use remove)
    remove    physkey    {"seqnce": 3}
    customer  physkey    {"name": "Aroha"}
    park      physkey    {}                       -> the sale with "code": "4821", our
                         invention: the lane recalls the parked sale by this code
    probe     -          {}                       -> any error other than "unknown
                         endpoint" proves the variant (no sale is created)

The sale object (GAP, our simulator's shape; parsed tolerantly): ``physkey``,
``state``, ``code``, ``customer`` ({"name"} or a string), ``saletotal``, and
``lines[]`` with ``seqnce``, ``pid``, ``qty``, ``unitprice``, ``totalprice`` and
``product{description, sku, measurement}``. Variant A wraps it as ``data.rows[0]``,
B sends it as ``data`` (DOC for the create replies).

Every write carries a stable ``rq`` made once by the caller: replaying a write after
a dropped link sends the same ``rq``, and a counter that remembers answers per ``rq``
(our simulator does; a GAP for real PosGreen) answers the replay without doing it twice.

Product search uses ``fd1.data`` (DOC, endpoint_data.htm): ``v`` {"table":
"logical.products", "limit": N}, ``q`` {"description(like)": text} or {"barcode": code}
or {"sku": code}. (``qo``, the output template, would trim the rows to
``PRODUCT_FIELDS``; CounterClient.request cannot send it yet, and rows are read tolerantly.)
"""

from __future__ import annotations

import asyncio
import enum
import logging
from decimal import Decimal, InvalidOperation
from typing import Any, Mapping

from ..fd1 import packets, values
from ..fd1.client import CounterClient, CounterError
from .model import CounterLine, CounterSale, Product, ZERO

log = logging.getLogger(__name__)


class Variant(enum.StrEnum):
    A = "A"
    B = "B"

    @property
    def other(self) -> "Variant":
        return Variant.B if self is Variant.A else Variant.A


_PREFIX = "fd1.salesbuilder."

ENDPOINTS: dict[Variant, dict[str, str]] = {
    Variant.A: {
        "create": _PREFIX + "sale_create",
        "fetch": _PREFIX + "sale_fetch",
        "add": _PREFIX + "sale_add_product",
        "edit": _PREFIX + "sale_edit_line",
        "remove": _PREFIX + "sale_remove_line",
        "customer": _PREFIX + "sale_set_customer",
        "park": _PREFIX + "sale_park",
        "cancel": _PREFIX + "sale_cancel",
        "probe": _PREFIX + "sale_get_price",
    },
    Variant.B: {
        "create": _PREFIX + "salesbuilder_create",
        "fetch": _PREFIX + "sale_fetch",
        "add": _PREFIX + "salesbuilder_add_product",
        "edit": _PREFIX + "salesbuilder_edit_line",
        "remove": _PREFIX + "salesbuilder_remove_line",
        "customer": _PREFIX + "salesbuilder_set_customer",
        "park": _PREFIX + "salesbuilder_park",
        "cancel": _PREFIX + "salesbuilder_cancel",
        "probe": _PREFIX + "salesbuilder_cancel",
    },
}

#: Operations whose endpoint names differ between the variants (so an "unknown
#: endpoint" answer to them says something about the variant).
_DISTINCT = frozenset(op for op in ENDPOINTS[Variant.A] if ENDPOINTS[Variant.A][op] != ENDPOINTS[Variant.B][op])

#: Endpoint used for product search and barcode lookup (DOC: endpoint_data.htm).
DATA = "fd1.data"
PRODUCTS_TABLE = "logical.products"
PRODUCT_FIELDS = {"pid": True, "description": True, "price": True, "sku": True, "barcode": True, "measurement": True, "department": True}

#: Words in an error that mean "no such endpoint" (GAP: FD1's error codes are undocumented;
#: our simulator answers code 404 "unknown endpoint ...").
_UNKNOWN_ENDPOINT_MARKS = ("unknown endpoint", "no such endpoint", "unknown address", "not implemented", "(code 404)")


def is_unknown_endpoint(error: str) -> bool:
    text = error.lower()
    return any(mark in text for mark in _UNKNOWN_ENDPOINT_MARKS)


class SalesBuilder:
    """SalesBuilder calls over a CounterClient, in whichever variant the counter speaks.

    ``variant`` is the one to try first (configured or last known). A call whose
    endpoint the counter does not know flips to the other variant once; the variant
    that answered is kept in ``self.variant`` (and ``confirmed`` becomes True).
    Calls raise what ``CounterClient.request`` raises: NotConnected, ConnectionLost,
    TimeoutError, or CounterError when the counter said no.
    """

    def __init__(self, client: CounterClient, variant: Variant | str = Variant.B) -> None:
        self.client = client
        self.variant = Variant(variant)
        self.confirmed = False

    def endpoint(self, op: str, variant: Variant | None = None) -> str:
        return ENDPOINTS[variant or self.variant][op]

    # -- calls -----------------------------------------------------------------------------

    async def probe(self) -> Variant:
        """Find which variant the counter speaks without creating anything."""
        for variant in (self.variant, self.variant.other):
            try:
                await self.client.request(self.endpoint("probe", variant), v={})
            except CounterError as exc:
                if is_unknown_endpoint(exc.message):
                    log.info("counter does not know SalesBuilder variant %s (%s)", variant, exc.message)
                    continue
            self._settle(variant)
            return variant
        raise CounterError(self.endpoint("probe"), "the counter knows neither SalesBuilder variant (A: sale_*, B: salesbuilder_*)")

    async def create(self, *, rq: str | None = None) -> CounterSale:
        return parse_sale(await self._call("create", v={}, rq=rq))

    async def fetch(self, key: str) -> CounterSale:
        return parse_sale(await self._call("fetch", k=key))

    async def add_product(self, key: str, *, pid: int | None = None, barcode: str | None = None, qty: int | None = None, rq: str | None = None) -> CounterSale:
        if (pid is None) == (barcode is None):
            raise ValueError("add_product needs exactly one of pid or barcode")
        v: dict[str, Any] = {"pid": pid} if pid is not None else {"barcode": barcode}
        if qty is not None:
            v["qty"] = int(qty)
        return parse_sale(await self._call("add", k=key, v=v, rq=rq))

    async def set_qty(self, key: str, seq: int, qty: int, *, rq: str | None = None) -> CounterSale:
        return parse_sale(await self._call("edit", k=key, v={"seqnce": int(seq), "qty": int(qty)}, rq=rq))

    async def remove_line(self, key: str, seq: int, *, rq: str | None = None) -> CounterSale:
        return parse_sale(await self._call("remove", k=key, v={"seqnce": int(seq)}, rq=rq))

    async def set_customer(self, key: str, name: str, *, rq: str | None = None) -> CounterSale:
        return parse_sale(await self._call("customer", k=key, v={"name": name}, rq=rq))

    async def park(self, key: str, *, rq: str | None = None) -> CounterSale:
        sale = parse_sale(await self._call("park", k=key, v={}, rq=rq))
        if not sale.code:
            raise CounterError(self.endpoint("park"), "the counter parked the sale but sent no recall code")
        return sale

    async def cancel(self, key: str, *, rq: str | None = None) -> None:
        await self._call("cancel", k=key, v={}, rq=rq)

    async def search(self, text: str, limit: int = 30) -> list[Product]:
        """Products whose description holds ``text``, or whose sku/barcode is ``text``;
        exact code matches first."""
        text = " ".join(text.split())
        if not text:
            return []
        queries: list[dict[str, Any]] = [{"description(like)": text}]
        if " " not in text:
            queries.insert(0, {"sku": text})
            if text.isdigit():
                queries.insert(0, {"barcode": text})
        answers = await asyncio.gather(*(self._products(q, limit) for q in queries), return_exceptions=True)
        found: dict[int, Product] = {}
        for answer in answers:
            if isinstance(answer, BaseException):
                if isinstance(answer, CounterError):
                    log.warning("product search refused: %s", answer.message)
                    continue
                raise answer
            for product in answer:
                found.setdefault(product.pid, product)
        return list(found.values())[:limit]

    async def lookup(self, code: str) -> Product | None:
        """The product with this barcode or sku, or None."""
        for q in ({"barcode": code}, {"sku": code}):
            products = await self._products(q, 1)
            if products:
                return products[0]
        return None

    # -- plumbing ----------------------------------------------------------------------------

    async def _products(self, q: Mapping[str, Any], limit: int) -> list[Product]:
        reply = await self.client.request(DATA, v={"table": PRODUCTS_TABLE, "limit": int(limit)}, q=q, qo=PRODUCT_FIELDS)
        products = []
        for row in reply.rows():
            product = parse_product(row)
            if product is not None:
                products.append(product)
        return products

    async def _call(self, op: str, *, k: Any = None, v: Mapping[str, Any] | None = None, rq: str | None = None) -> packets.Reply:
        values = packets.write_values(v) if v is not None else None
        try:
            reply = await self.client.request(self.endpoint(op), k=k, v=values, rq=rq)
        except CounterError as exc:
            if self.confirmed or op not in _DISTINCT or not is_unknown_endpoint(exc.message):
                raise
            other = self.variant.other
            log.warning("counter does not know %s (%s); trying SalesBuilder variant %s", exc.endpoint, exc.message, other)
            reply = await self.client.request(self.endpoint(op, other), k=k, v=values, rq=rq)
            self._settle(other)
            return reply
        if op in _DISTINCT:
            self._settle(self.variant)
        return reply

    def _settle(self, variant: Variant) -> None:
        if self.variant is not variant or not self.confirmed:
            log.info("counter speaks SalesBuilder variant %s", variant)
        self.variant = variant
        self.confirmed = True


# ----------------------------------------------------------------------------- parsing


def money(value: Any) -> Decimal | None:
    """Decimal from a JSON number or string (floats through str: 9.95 stays 9.95); None
    for anything that is not a sane amount (bounded cost: ``fd1.values``)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return values.number(value, "amount").quantize(Decimal("0.01"))
    except (values.BadValue, InvalidOperation):
        return None


def _int(value: Any, default: int = 0) -> int:
    if value is None or isinstance(value, bool):
        return default
    try:
        return int(values.number(value, "number"))  # 2.5 -> 2, as before
    except values.BadValue:
        return default


#: Longest text kept from one field of a counter's answer.
MAX_TEXT = 200


def _text(value: Any, default: str = "") -> str:
    """A field as display text: strings and plain numbers; anything else is ``default``."""
    if isinstance(value, str):
        return value if len(value) <= MAX_TEXT else value[: MAX_TEXT - 1] + "…"
    if isinstance(value, bool) or value is None:
        return default
    if isinstance(value, int):
        return str(value) if value.bit_length() <= 64 else default
    if isinstance(value, (float, Decimal)):
        return _text(str(value), default)
    return default


#: FD1 ``qo`` output template for product searches: only the fields the tablet shows,
#: so a search over a large catalogue stays small on the wire (DOC: param_qo.htm).
PRODUCT_FIELDS = {name: True for name in ("pid", "description", "shortname", "price", "sku", "barcode", "measurement", "department")}


def parse_product(row: Mapping[str, Any]) -> Product | None:
    pid = _int(row.get("pid"), -1)
    if pid < 0:
        log.warning("ignored a product row without a pid: %s", values.brief(row))
        return None
    barcode = row.get("barcode", "")
    if isinstance(barcode, list):
        barcode = barcode[0] if barcode else ""
    return Product(
        pid=pid,
        description=_text(row.get("description")) or _text(row.get("shortname")) or f"Product {pid}",
        price=money(row.get("price")) or ZERO,
        sku=_text(row.get("sku")),
        barcode=_text(barcode),
        measurement=_text(row.get("measurement")) or "unit",
        department=_text(row.get("department")),
    )


#: Most lines read from one SalesBuilder answer (a presell basket is tens of lines).
MAX_LINES = 1000


def parse_sale(reply: packets.Reply) -> CounterSale:
    """The sale object of a SalesBuilder answer, in either variant's wrapping. Raises
    ``CounterError`` when there is no usable sale; a bad line is skipped with a warning."""
    rows = reply.rows()
    if not rows:
        raise CounterError(reply.r or "salesbuilder", "the answer carried no sale")
    row = rows[0]
    key = _text(row.get("physkey")) or _text(row.get("salephyskey")) or _text(row.get("k"))
    if not key:
        raise CounterError(reply.r or "salesbuilder", "the sale in the answer has no physkey")
    items = row.get("lines")
    if items is not None and not isinstance(items, list):
        log.warning("sale %s: lines is %s, not a list; ignored", key, type(items).__name__)
        items = None
    items = items or []
    if len(items) > MAX_LINES:
        log.warning("sale %s: %d lines; reading the last %d", key, len(items), MAX_LINES)
        items = items[-MAX_LINES:]
    lines = []
    for item in items:
        if not isinstance(item, Mapping):
            continue
        product = item.get("product") if isinstance(item.get("product"), Mapping) else {}
        seq = _int(item.get("seqnce"), -1)
        if seq < 0:
            log.warning("ignored a sale line without a usable seqnce: %s", values.brief(item))
            continue
        pid = _int(item.get("pid"))
        lines.append(
            CounterLine(
                seq=seq,
                pid=pid,
                description=_text(product.get("description")) or _text(item.get("description")) or f"Product {pid}",
                qty=_int(item.get("qty"), 1),
                total=money(item.get("totalprice")) or ZERO,
                unit_price=money(item.get("unitprice")),
                sku=_text(product.get("sku")),
                measurement=_text(product.get("measurement")) or "unit",
            )
        )
    customer = row.get("customer")
    if isinstance(customer, Mapping):
        customer = customer.get("name", "")
    total = money(row.get("saletotal"))
    if total is None:
        total = sum((line.total for line in lines), ZERO)
    return CounterSale(
        key=key,
        lines=tuple(lines),
        total=total,
        customer=_text(customer),
        state=_text(row.get("state")) or "open",
        code=_text(row.get("code")),
    )
