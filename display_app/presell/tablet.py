"""The presell tablet's working state: one basket built on the counter, Qt-free.

``Tablet`` owns the counter link (a CounterClient on ``?purpose=presell``), the
SalesBuilder adapter and the outbox. Staff actions (``add``, ``scan``, ``set_qty``,
``remove``, ``set_customer``, ``send_to_lane``) never block: each becomes a write in
the outbox, shown at once as "not yet on the lane", and a single pump sends the
writes in order. Every answer carries the counter's whole sale, and the basket is
drawn from it: prices and totals are the counter's, never the tablet's arithmetic.

When the link drops, the basket stays, writes wait with their ``rq`` ids, and after
the reconnect the pump replays them once (the same ``rq``: a counter that already did
one answers what it recorded). A refused write becomes a message in words and
leaves the basket as the counter has it.

Listeners get a fresh immutable ``TabletState`` on every change.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from decimal import Decimal, InvalidOperation
from typing import Callable

from ..atomic import sweep_temps, write_atomic
from ..fd1 import client as fd1
from ..fd1 import values
from ..fd1.client import ConnectionLost, CounterClient, CounterError, CounterSettings, NotConnected
from .model import BasketLine, CounterLine, CounterSale, LineStatus, Notice, Parked, Product, TabletState, ZERO, is_weighed, item_count
from .outbox import Outbox, Write
from .salesbuilder import SalesBuilder, Variant

log = logging.getLogger(__name__)

#: How many earlier hand-offs the tablet keeps, so a lost code can be shown again.
RECENT = 8

#: After a write timed out with the link still up, try it again (same rq) this much later.
RETRY_AFTER = 1.0

#: A write sent this many times without an answer (timed out, or the link dropped while
#: it was on its way, as a counter that chokes on it would) is given up: shown to staff
#: as failed, and the writes behind it go ahead. Nothing else is lost.
MAX_ATTEMPTS = 6

#: A counter that knows neither SalesBuilder variant is asked again this much later
#: (and at every change and reconnect).
PROBE_AGAIN_AFTER = 30.0


def presell_settings(counter: str, *, apikey: str | None = None, **overrides: object) -> CounterSettings:
    """CounterSettings for a presell tablet: ``?purpose=presell`` on the URL (where the docs
    put it), a login without a purpose (the login has no presell field), no store info
    and no firehoses."""
    return CounterSettings(
        url=fd1.counter_url(counter, presell=True),
        purpose=None,
        apikey=apikey or None,
        fetch_info=False,
        firehoses=(),
        **overrides,  # type: ignore[arg-type]
    )


@dataclass
class _Adding:
    """What the tablet knows of a line it asked for that the counter has not priced yet."""

    description: str
    qty: int
    measurement: str = "unit"
    scanned: bool = False  # added by barcode: the counter has not said what it is yet
    failed: bool = False  # the counter never accepted its add (MAX_ATTEMPTS): shown as failed


class Tablet:
    def __init__(
        self,
        settings: CounterSettings,
        *,
        variant: Variant | str = Variant.B,
        on_change: Callable[[TabletState], None] | None = None,
        rq_prefix: str | None = None,
        journal: str | os.PathLike[str] | None = None,
    ) -> None:
        self.client = CounterClient(settings, self._on_link)
        self.builder = SalesBuilder(self.client, variant)
        self.outbox = Outbox(rq_prefix)
        self.listeners: list[Callable[[TabletState], None]] = [on_change] if on_change else []
        self.journal = Path(journal) if journal else None
        self._next_lid = 1
        self._sale: CounterSale | None = None
        self._lid_seq: dict[str, int] = {}
        self._adding: dict[str, _Adding] = {}
        self._connection = "connecting"
        self._detail = ""
        self._message = ""
        self._noted: tuple[str, Notice | None] = ("", None)  # the message and its Notice (the UI words it)
        self._sending = False
        self._parked: Parked | None = None
        self._recent: tuple[Parked, ...] = ()
        self._synced = -1  # client.connects value the basket was last re-read for
        self._wake = asyncio.Event()
        self.journal_unreadable = ""  # where an unreadable journal was kept, when there was one
        if self.journal is not None:
            sweep_temps(self.journal)
            for legacy in self.journal.parent.glob(".presell-*.json"):  # temp names before atomic.py
                with contextlib.suppress(OSError):
                    legacy.unlink()
            self._restore()
        self.state = self._build()

    # -- running -------------------------------------------------------------------------

    async def run(self) -> None:
        """Keep the counter link up and the outbox flowing, until cancelled."""
        pump = asyncio.ensure_future(self._pump())
        try:
            await self.client.run()
        finally:
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump

    # -- staff actions (never block) -----------------------------------------------------

    def add(self, product: Product, qty: int | None = None) -> str | None:
        """Put a product in the basket. ``qty`` in wire units: items, or grams when weighed
        (a weighed product needs one). Returns the line id, or None when refused locally."""
        if qty is None:
            if product.weighed:
                return self._say(f"{product.description} is sold by weight: enter the weight first", "weighed", product.description)
            qty = 1
        if qty <= 0:
            return None
        if not self._can_edit():
            return None
        lid = self._new_lid()
        self._adding[lid] = _Adding(product.description, int(qty), product.measurement)
        self.outbox.put("add", {"pid": product.pid, "qty": int(qty)}, lid)
        return self._changed(lid)

    def scan(self, code: str) -> str | None:
        """A scanned barcode: the counter looks it up when the write reaches it (so a scan
        while offline is kept too). Returns the line id."""
        code = code.strip()
        if not code or not self._can_edit():
            return None
        lid = self._new_lid()
        self._adding[lid] = _Adding(f"Scanned {code}", 1, scanned=True)
        self.outbox.put("add", {"barcode": code}, lid)
        return self._changed(lid)

    def set_qty(self, lid: str, qty: int) -> None:
        """Change a line's quantity (wire units: items, or grams when weighed); 0 removes it."""
        if qty <= 0:
            self.remove(lid)
            return
        if not self._can_edit() or not self._known(lid):
            return
        if lid in self._adding and self._adding[lid].scanned:
            # Until the counter has identified the scan we do not know if +1 means an item
            # or a gram: changing it now could put 2 g of mince on the lane.
            self._say("The counter has not identified this scan yet; change its quantity once it shows a price.", "scan-unidentified")
            return
        qty = int(qty)
        writes = self.outbox.for_line(lid)
        last = writes[-1] if writes else None
        if last is not None and not last.sent and last.op in ("add", "edit"):
            last.args["qty"] = qty  # never sent: its rq has not been used, so it may still change
        elif last is not None and last.op == "remove":
            return  # on its way out
        else:
            self.outbox.put("edit", {"qty": qty}, lid)
        if lid in self._adding:
            self._adding[lid].qty = qty
        self._changed()

    def remove(self, lid: str) -> None:
        if not self._can_edit() or not self._known(lid):
            return
        writes = self.outbox.for_line(lid)
        for write in writes:
            if not write.sent:
                self.outbox.drop(write)
        if not any(w.op == "add" for w in self.outbox.for_line(lid)) and lid in self._adding:
            del self._adding[lid]  # its add never left the tablet: nothing to undo on the lane
        elif not any(w.op == "remove" for w in self.outbox.for_line(lid)):
            self.outbox.put("remove", {}, lid)
        self._changed()

    def set_customer(self, name: str) -> None:
        name = " ".join(name.split())[:80]
        if not self._can_edit():
            return
        current = self._sale.customer if self._sale else ""
        for write in self.outbox:
            if write.op == "customer" and not write.sent:
                self.outbox.drop(write)
        pending = [w for w in self.outbox if w.op == "customer"]
        if name == (pending[-1].args["name"] if pending else current):
            self._changed()
            return
        if self._sale is None and not self.outbox and not name:
            return
        self._ensure_create()
        self.outbox.put("customer", {"name": name}, None)
        self._changed()

    def clear_basket(self) -> None:
        """Empty the basket (the customer left the queue): every line and the name come
        off, through the same queue as any change. The counter's sale stays open, empty,
        for the next customer."""
        if not self._can_edit():
            return
        for line in self.state.lines:
            self.remove(line.lid)
        if self.state.customer:
            self.set_customer("")
        self._changed()

    def send_to_lane(self) -> bool:
        """Hand the basket to the lane: the counter parks it and answers a recall code."""
        if self._sending or not self.lines():
            return False
        self._sending = True
        self._message = ""
        self._ensure_create()
        self.outbox.put("park")
        self._changed()
        return True

    @property
    def sale_key(self) -> str:
        """The counter's key (physkey) of the basket's sale; "" until the first write lands.
        Shopper identification joins the shopper's visit session to it."""
        return self._sale.key if self._sale is not None else ""

    def next_customer(self) -> None:
        """Close the recall-code screen (the code stays in ``recent``)."""
        self._parked = None
        self._changed()

    def show_code(self, code: str) -> None:
        """Show an earlier hand-off's code again (a customer lost it)."""
        for parked in self._recent:
            if parked.code == code:
                self._parked = parked
                self._changed()
                return

    def clear_message(self) -> None:
        if self._message:
            self._message = ""
            self._changed()

    async def search(self, text: str, limit: int = 30) -> list[Product]:
        """Products from the counter's catalogue. Raises NotConnected when offline."""
        return await self.builder.search(text, limit)

    async def identify(self, code: str) -> Product | None:
        """The product a scanned code stands for, if the counter can say right now
        (None when offline or unknown: ``scan`` then lets the counter decide later)."""
        if not self.client.connected:
            return None
        try:
            return await self.builder.lookup(code.strip())
        except (NotConnected, ConnectionLost, TimeoutError, CounterError) as exc:
            log.info("could not look up a scanned code before adding it: %s", type(exc).__name__)
            log.debug("lookup of %s failed: %s", code, exc)
            return None

    def lines(self) -> tuple[BasketLine, ...]:
        return self.state.lines

    # -- the pump --------------------------------------------------------------------------

    async def _pump(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            try:
                await self._drain()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("presell outbox pump failed; it carries on at the next change")

    async def _drain(self) -> None:
        while self.client.connected:
            if self._synced != self.client.connects:
                if not await self._sync():
                    return
            write = self.outbox.head()
            if write is None:
                return
            if write.op != "create" and self._sale is None and not self.outbox.has("create"):
                self._ensure_create(front=True)
                continue
            if write.attempts >= MAX_ATTEMPTS:
                self._give_up(write, f"no answer after {write.attempts} tries")
                continue
            write.attempts += 1
            if self.journal is not None:
                self._save()  # from now on this write's rq may have reached the counter
            if write.attempts > 1:
                log.info("replaying %s (rq %s, attempt %d)", write.op, write.rq, write.attempts)
            try:
                sale = await self._send(write)
            except (KeyError, TypeError, ValueError, AssertionError) as exc:
                # A write that cannot even be made (e.g. a damaged journal entry) never will be.
                log.error("%s (rq %s) cannot be sent: %s: %s", write.op, write.rq, type(exc).__name__, exc)
                self._give_up(write, "it could not be sent")
                continue
            except (NotConnected, ConnectionLost) as exc:
                log.info("%s (rq %s) waits for the counter: %s", write.op, write.rq, exc)
                return
            except TimeoutError as exc:
                log.warning("%s (rq %s): %s; will send it again", write.op, write.rq, exc)
                self._wake_later(RETRY_AFTER)
                return
            except CounterError as exc:
                self.outbox.done(write)
                self._refused(write, exc.message)
                self._changed()
                if write.op == "create":
                    return  # try again at the next change or reconnect, not in a loop
                continue
            self.outbox.done(write)
            self._answered(write, sale)
            self._changed()

    async def _sync(self) -> bool:
        """After (re)connecting: learn the variant and re-read the basket's sale."""
        try:
            try:
                await self.builder.probe()
            except CounterError as exc:
                # Keep every write queued (nothing is lost); try again at the next change or reconnect.
                log.error("%s", exc)
                self._note("This counter does not offer presell (SalesBuilder) yet: the basket is kept here. Ask the manager to check the counter.", "no-presell")
                self._changed()
                self._wake_later(PROBE_AGAIN_AFTER)
                return False
            if self._message.startswith("This counter does not offer presell"):
                self._message = ""
            head = self.outbox.head()
            if self._sale is not None:
                try:
                    fetched = await self.builder.fetch(self._sale.key)
                except CounterError as exc:
                    log.warning("could not re-read presell sale %s: %s", self._sale.key, exc.message)
                else:
                    if head is None or not head.sent:
                        self._sale = fetched
                    elif self._took_effect(head, fetched):
                        # Its answer was lost with the link, but the counter has it: do not
                        # send it again (a counter that does not remember rq ids would do it twice).
                        log.info("%s (rq %s) reached the counter before the link dropped; not sending it again", head.op, head.rq)
                        self.outbox.done(head)
                        self._answered(head, fetched)
        except (NotConnected, ConnectionLost) as exc:
            log.info("presell sync interrupted: %s", exc)  # the reconnect wakes the pump
            return False
        except TimeoutError as exc:
            log.warning("presell sync: %s; trying again", exc)
            self._wake_later(RETRY_AFTER)
            return False
        self._synced = self.client.connects
        self._changed()
        return True

    def _took_effect(self, write: Write, fetched: CounterSale) -> bool:
        """Whether a write whose answer never came is already in the counter's sale.

        Writes go one at a time, so a line the counter has that the tablet never learnt
        of can only be that add. A create cannot be checked (no key yet): it is sent
        again, and at worst leaves an empty sale that the counter expires."""
        if self._sale is None:
            return False
        if write.op == "add":
            known = set(self._lid_seq.values()) | {line.seq for line in self._sale.lines}
            return any(line.seq not in known for line in fetched.lines)
        if write.op == "park":
            return bool(fetched.code)
        if write.op == "customer":
            return fetched.customer == write.args.get("name", "")
        seq = self._seq_of(write.lid or "")
        if seq is None:
            return False
        if write.op == "edit":
            line = fetched.line(seq)
            return line is not None and line.qty == write.args.get("qty")
        if write.op == "remove":
            return fetched.line(seq) is None
        return False

    async def _send(self, write: Write) -> CounterSale:
        builder, rq = self.builder, write.rq
        if write.op == "create":
            return await builder.create(rq=rq)
        assert self._sale is not None
        key = self._sale.key
        if write.op == "add":
            return await builder.add_product(key, rq=rq, **write.args)
        if write.op == "customer":
            return await builder.set_customer(key, write.args["name"], rq=rq)
        if write.op == "park":
            return await builder.park(key, rq=rq)
        seq = self._seq_of(write.lid or "")
        if seq is None:
            raise CounterError(write.op, "that line never reached the lane")
        if write.op == "edit":
            return await builder.set_qty(key, seq, write.args["qty"], rq=rq)
        if write.op == "remove":
            return await builder.remove_line(key, seq, rq=rq)
        raise ValueError(f"unknown write {write.op}")

    def _answered(self, write: Write, sale: CounterSale) -> None:
        if write.op == "add" and write.lid:
            known = set(self._lid_seq.values()) | {line.seq for line in (self._sale.lines if self._sale else ())}
            new = [line.seq for line in sale.lines if line.seq not in known]
            if new:
                self._lid_seq[write.lid] = max(new)
            else:
                log.warning("the counter's answer to add (rq %s) shows no new line", write.rq)
            self._adding.pop(write.lid, None)
        if write.op == "park":
            parked = Parked(code=sale.code, key=sale.key, total=sale.total, customer=sale.customer, items=item_count(sale.lines))
            log.info("basket handed to the lane: %d lines, total %s", len(sale.lines), sale.total)
            log.debug("its recall code is %s", sale.code)  # codes at DEBUG only: they unlock a basket
            self._parked = parked
            self._recent = (parked, *self._recent)[:RECENT]
            self._sending = False
            self._sale = None
            self._lid_seq.clear()
            self._adding.clear()
            return
        self._sale = sale

    def _give_up(self, write: Write, why: str) -> None:
        """A write the counter will never take: out of the outbox, shown as failed."""
        log.error("gave up %s (rq %s): %s", write.op, write.rq, why)
        self.outbox.done(write)
        if write.op == "add" and write.lid and write.lid in self._adding:
            info = self._adding[write.lid]
            info.failed = True
            for other in self.outbox.for_line(write.lid):
                if not other.sent:
                    self.outbox.drop(other)
            self._note(f"Not on the lane: {info.description} ({why}). Remove it, or add it again.", "gave-up-add", info.description, why)
        else:
            self._refused(write, f"{why}; the counter did not accept it")
        self._changed()

    def _refused(self, write: Write, why: str) -> None:
        log.error("the counter refused %s (rq %s): %s", write.op, write.rq, why)
        if write.op == "add" and write.lid:
            info = self._adding.pop(write.lid, None)
            for other in self.outbox.for_line(write.lid):
                if not other.sent:
                    self.outbox.drop(other)
            what = info.description if info else ""
            self._note(f"Not added: {what or 'the item'}. The counter said: {why}", "refused-add", what, why)
        elif write.op == "park":
            self._sending = False
            self._note(f"Not sent to the lane. The counter said: {why}", "refused-park", why)
        elif write.op == "create":
            self._note(f"The counter would not start a presell sale: {why}", "refused-create", why)
        elif write.op == "customer":
            self._note(f"Customer name not saved. The counter said: {why}", "refused-customer", why)
        else:
            self._note(f"Change not made. The counter said: {why}", "refused-other", why)

    # -- state -------------------------------------------------------------------------------

    def _on_link(self, update: object) -> None:
        if isinstance(update, fd1.LinkChanged):
            self._connection = update.state
            self._detail = update.detail
            if update.state == "connected":
                self._wake.set()
            self._changed()

    def _changed(self, result: str | None = None) -> str | None:
        self.state = self._build()
        if self.journal is not None:
            self._save()
        if self.outbox:
            self._wake.set()
        for listener in list(self.listeners):
            try:
                listener(self.state)
            except Exception:
                log.exception("presell state listener failed")
        return result

    def _build(self) -> TabletState:
        pending: dict[str, list[Write]] = {}
        for write in self.outbox:
            if write.lid:
                pending.setdefault(write.lid, []).append(write)
        seq_lid = {seq: lid for lid, seq in self._lid_seq.items()}
        lines: list[BasketLine] = []
        if self._sale is not None:
            for cl in self._sale.lines:
                lid = seq_lid.get(cl.seq, f"s{cl.seq}")
                status, qty = LineStatus.ON_LANE, cl.qty
                for write in pending.get(lid, ()):
                    if write.op == "edit":
                        status, qty = LineStatus.CHANGING, write.args["qty"]
                    elif write.op == "remove":
                        status = LineStatus.REMOVING
                lines.append(BasketLine(lid, cl.description, qty, cl.measurement, cl.total, cl.unit_price, status, cl.seq, lane_qty=cl.qty if qty != cl.qty else None))
        for lid, info in self._adding.items():
            status = LineStatus.REMOVING if any(w.op == "remove" for w in pending.get(lid, ())) else LineStatus.ADDING
            if info.failed:
                status = LineStatus.FAILED
            lines.append(BasketLine(lid, info.description, info.qty, info.measurement, None, None, status, None))
        customer_writes = [w for w in self.outbox if w.op == "customer"]
        customer = customer_writes[-1].args["name"] if customer_writes else (self._sale.customer if self._sale else "")
        return TabletState(
            connection=self._connection,
            detail=self._detail,
            lines=tuple(lines),
            total=self._sale.total if self._sale else ZERO,
            customer=customer,
            pending=self.outbox.visible(),
            sending=self._sending,
            parked=self._parked,
            recent=self._recent,
            message=self._message,
            notice=self._noted[1] if self._message and self._noted[0] == self._message else None,
            variant=str(self.builder.variant),
        )

    # -- the journal: the basket survives a restart -------------------------------------------

    def to_record(self) -> dict[str, Any]:
        """The tablet's working state as JSON-ready data (money as exact strings)."""
        sale = self._sale
        return {
            "version": 1,
            "outbox": self.outbox.to_record(),
            "next_lid": self._next_lid,
            "sale": None if sale is None else {**asdict(sale), "lines": [asdict(line) for line in sale.lines]},
            "lid_seq": dict(self._lid_seq),
            "adding": {lid: asdict(info) for lid, info in self._adding.items()},
            "sending": self._sending,
            "recent": [asdict(parked) for parked in self._recent],
            "variant": str(self.builder.variant),
        }

    def _save(self) -> None:
        assert self.journal is not None
        try:
            text = json.dumps(self.to_record(), default=str, ensure_ascii=False)
            write_atomic(self.journal, text)
        except OSError as exc:
            log.error("could not save the presell basket to %s: %s (it stays in memory)", self.journal, exc)

    def _restore(self) -> None:
        """Carry on from the journal. One that cannot be read, for any reason, is kept aside
        under a dated name and the tablet starts with an empty basket, saying so."""
        assert self.journal is not None
        try:
            raw = self.journal.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            self._set_aside(f"it cannot be opened: {exc}")
            return
        try:
            record = json.loads(raw.decode("utf-8"))
            if not isinstance(record, dict):
                raise ValueError(f"it holds JSON {type(record).__name__}, not an object")
            self._load(record)
        except Exception as exc:  # any damage at all: never a crash loop at start
            self._set_aside(f"{type(exc).__name__}: {str(exc)[:200]}")
            return
        log.info("restored the presell basket from %s: %d lines, %d writes not yet on the lane", self.journal, len(self._sale.lines) if self._sale else 0, len(self.outbox))

    def _load(self, record: dict[str, Any]) -> None:
        outbox = Outbox.from_record(_object(record["outbox"]))
        next_lid = _count(record.get("next_lid", 1))
        sale = None
        if record.get("sale"):
            raw = _object(record["sale"])
            lines = tuple(
                CounterLine(
                    seq=_count(line["seq"]), pid=_count(line.get("pid", 0)), description=_string(line["description"]),
                    qty=_count(line["qty"]), total=_amount(line["total"]),
                    unit_price=None if line.get("unit_price") in (None, "None") else _amount(line["unit_price"]),
                    sku=_string(line.get("sku", "")), measurement=_string(line.get("measurement", "unit")),
                )
                for line in map(_object, _array(raw.get("lines", [])))
            )
            sale = CounterSale(
                key=_string(raw["key"]), lines=lines, total=_amount(raw["total"]), customer=_string(raw.get("customer", "")),
                state=_string(raw.get("state", "open")), code=_string(raw.get("code", "")),
            )
        lid_seq = {_string(k): _count(v) for k, v in _object(record.get("lid_seq", {})).items()}
        adding = {}
        for lid, info in _object(record.get("adding", {})).items():
            info = _object(info)
            adding[_string(lid)] = _Adding(
                _string(info["description"]), _count(info["qty"]), _string(info.get("measurement", "unit")),
                bool(info.get("scanned", False)), bool(info.get("failed", False)),
            )
        recent = tuple(
            Parked(code=_string(p["code"]), key=_string(p["key"]), total=_amount(p["total"]),
                   customer=_string(p.get("customer", "")), items=_count(p.get("items", 0)))
            for p in map(_object, _array(record.get("recent", [])))
        )
        # all read: only now does the tablet take it
        self.outbox, self._next_lid, self._sale = outbox, next_lid, sale
        self._lid_seq, self._adding, self._recent = lid_seq, adding, recent
        self._sending = bool(record.get("sending"))
        if record.get("variant") in ("A", "B"):
            self.builder.variant = Variant(record["variant"])

    def _set_aside(self, why: str) -> None:
        assert self.journal is not None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        kept = self.journal.with_name(f"{self.journal.stem}.unreadable-{stamp}{self.journal.suffix}")
        try:
            os.replace(self.journal, kept)
            where = f"kept as {kept.name}"
        except OSError as exc:
            kept, where = self.journal, f"it could not be moved aside ({exc}); it is overwritten at the next change"
        log.error("the presell basket journal %s could not be read (%s); %s; starting with an empty basket", self.journal, why, where)
        self.journal_unreadable = str(kept)
        self._note(f"The saved basket could not be read, so this tablet started with an empty basket. The file was {where}.",
                   "journal-unreadable", kept.name if kept != self.journal else "")

    # -- helpers -----------------------------------------------------------------------------

    def _can_edit(self) -> bool:
        if self._sending:
            self._say("Sending to the lane: wait for the code before changing the basket", "sending")
            return False
        return True

    def _wake_later(self, seconds: float) -> None:
        asyncio.get_running_loop().call_later(seconds, self._wake.set)

    def _note(self, message: str, kind: str, *args: str) -> None:
        """Set the message for staff: English ``message`` and, for the UI, its Notice."""
        self._message = message
        self._noted = (message, Notice(kind, tuple(args)))

    def _say(self, message: str, kind: str, *args: str) -> None:
        self._note(message, kind, *args)
        self._changed()
        return None

    def _new_lid(self) -> str:
        self._message = ""
        self._ensure_create()
        lid = f"l{self._next_lid}"
        self._next_lid += 1
        return lid

    def _ensure_create(self, *, front: bool = False) -> None:
        if self._sale is None and not self.outbox.has("create"):
            write = self.outbox.put("create")
            if front:
                self.outbox.move_to_front(write)

    def _known(self, lid: str) -> bool:
        return lid in self._adding or self._seq_of(lid) is not None

    def _seq_of(self, lid: str) -> int | None:
        if lid in self._lid_seq:
            return self._lid_seq[lid]
        if lid.startswith("s") and lid[1:].isdigit() and self._sale is not None and self._sale.line(int(lid[1:])):
            return int(lid[1:])
        return None


# ----------------------------------------------------------------------------- journal values


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"expected an object, found {type(value).__name__}")
    return value


def _array(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"expected a list, found {type(value).__name__}")
    return value


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected text, found {type(value).__name__}")
    return value


def _count(value: Any) -> int:
    return values.whole(value, "journal number")


def _amount(value: Any) -> Decimal:
    return values.number(value, "journal amount")


def weight_grams(text: str, measurement: str = "kg") -> int | None:
    """What a staff member typed as a weight -> wire units: "0.75" or "0,75" kg -> 750;
    "750g" -> 750. None when it is not a positive weight."""
    raw = text.strip().lower().replace(",", ".").replace(" ", "")
    if not raw:
        return None
    grams = raw.endswith("g") and not raw.endswith("kg")
    raw = raw.removesuffix("kg").removesuffix("g")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    if not value.is_finite() or value <= 0:
        return None
    wire = value if grams else value * (1000 if is_weighed(measurement) else 1)
    result = int(wire.to_integral_value())
    return result if result > 0 else None
