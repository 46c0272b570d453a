"""The Lane Wall's state: one tile per lane of every store, reduced from counter messages.

``WallModel.apply(store_id, update, mono, wall)`` takes what a store's ``CounterClient``
delivers (``LinkChanged``, ``StoreInfoReply``, firehose ``Event``) and updates that store's
tiles; ``tick(mono, wall)`` (once a second) moves time on: stale lanes go offline, long
sales raise their alert, today's figures restart at local midnight. Every tile whose view
changed is put in ``dirty`` with the moment it changed; a screen takes them with
``take_dirty()`` and asks ``view(key)`` for each: so a screen repaints only what changed.

A tile reads a ``custdisp.sale.*`` snapshot for what a head office needs (total, items,
last item, payments, voided and negative lines, discount); the lane a message belongs to
comes from its ``source`` (``fd1.dialect.lane_id``; without one, the session is the lane).
A lane with two checkout sessions shows the one that changed last with an open sale.
Today's count and takings are the sales seen completing (paid with lines) since local
midnight in the store's time zone: a wall started mid-day counts from its start.

Bad input from a store (a body that is not an object, lines that are not objects, a total
that is not a number) is counted on that store, logged once per store, and shows as a
``bad data`` alert on its tiles; nothing a store sends can reach another store's tiles.
Thread-safe: the feed thread applies, the screen thread takes views (one lock).
"""

from __future__ import annotations

import datetime as _dt
import enum
import logging
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterable, Mapping
from zoneinfo import ZoneInfo

from ..fd1 import client as fd1client
from ..fd1 import dialect, packets, values
from .config import StoreConfig, WallConfig

log = logging.getLogger(__name__)

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
#: No till amount comes near this; larger is bad data.
MAX_AMOUNT = Decimal("1e12")


class Link(enum.StrEnum):
    ONLINE = "online"
    CONNECTING = "connecting"
    OFFLINE = "offline"


class LaneState(enum.StrEnum):
    IDLE = "idle"
    IN_SALE = "in_sale"
    TENDERING = "tendering"


class Alert(enum.StrEnum):
    STORE_OFFLINE = "store offline"
    LANE_OFFLINE = "lane offline"
    LONG_SALE = "sale open too long"
    VOIDS = "voids"
    NEGATIVE = "negative line"
    DISCOUNT = "large discount"
    BAD_DATA = "bad data"


#: How much each alert adds to a tile's attention score (higher sorts first).
ALERT_WEIGHT = {
    Alert.STORE_OFFLINE: 50, Alert.LANE_OFFLINE: 40, Alert.LONG_SALE: 30, Alert.BAD_DATA: 25,
    Alert.DISCOUNT: 20, Alert.NEGATIVE: 15, Alert.VOIDS: 10,
}

#: Completed sale keys remembered per session (a late copy never counts a sale twice).
REMEMBERED_SALES = 16
#: Lines read from one snapshot at most (the newest kept), as the display does.
MAX_LINES = 1000


# ----------------------------------------------------------------------------- reading a snapshot


@dataclass(frozen=True, slots=True)
class SaleFacts:
    key: str
    total: Decimal
    items: int
    last_item: str
    paid: Decimal
    payments: int
    voids: int
    negatives: int
    discount: Decimal

    @property
    def open(self) -> bool:
        return bool(self.items or self.voids or self.payments) and not self.completed

    @property
    def completed(self) -> bool:
        return self.items > 0 and self.payments > 0 and self.paid >= self.total


class BadSale(ValueError):
    pass


def _amount(value: Any) -> Decimal:
    """A counter's amount, read with the app's bounded-cost number reader (``fd1.values``)
    and within the wall's own, tighter range."""
    try:
        number = values.number(value, "amount")
    except values.BadValue as exc:
        raise BadSale(f"not an amount: {exc}") from None
    if abs(number) >= MAX_AMOUNT:
        raise BadSale(f"amount out of range: {str(value)[:40]!r}")
    return number.quantize(CENT)


def read_sale(v: Any) -> tuple[SaleFacts, int]:
    """The facts of one snapshot body and how many bad parts it had (skipped).
    Raises ``BadSale`` when the body is not an object."""
    if not isinstance(v, Mapping):
        raise BadSale(f"sale body is {type(v).__name__}, not an object")
    bad = 0
    key = v.get("salephyskey")
    key = str(key)[:100] if isinstance(key, (str, int)) and not isinstance(key, bool) else ""
    lines = v.get("lines")
    if not isinstance(lines, list):
        bad += lines is not None
        lines = []
    items = voids = negatives = 0
    last_seq, last_item = -1, ""
    line_sum = ZERO
    discount = ZERO
    for raw in lines[-MAX_LINES:]:
        if not isinstance(raw, Mapping):
            bad += 1
            continue
        flag = raw.get("pidflag")
        if isinstance(flag, int) and flag in dialect.VOID_PIDFLAGS:
            voids += 1
            continue
        try:
            price = _amount(raw.get("totalprice", 0))
        except BadSale:
            bad += 1
            continue
        items += 1
        line_sum += price
        if price < 0:
            negatives += 1
        before = raw.get("prediscountprice")
        if before is not None:
            try:
                discount += max(ZERO, _amount(before) - price)
            except BadSale:
                bad += 1
        seq = raw.get("seqnce")
        seq = seq if isinstance(seq, int) and not isinstance(seq, bool) else last_seq + 1
        if seq >= last_seq:
            last_seq = seq
            product = raw.get("product")
            desc = product.get("description") if isinstance(product, Mapping) else None
            last_item = desc[:80] if isinstance(desc, str) else ""
    total = line_sum
    if v.get("saletotal") is not None:
        try:
            total = _amount(v.get("saletotal"))
        except BadSale:
            bad += 1
    paid = ZERO
    count = 0
    payments = v.get("payments")
    if isinstance(payments, list):
        for raw in payments[:100]:
            if isinstance(raw, Mapping):
                try:
                    paid += _amount(raw.get("amount", 0))
                    count += 1
                except BadSale:
                    bad += 1
            else:
                bad += 1
    elif payments is not None:
        bad += 1
    return SaleFacts(key, total, items, last_item, paid, count, voids, negatives, discount), bad


# ----------------------------------------------------------------------------- state


@dataclass(slots=True)
class SessionSale:
    """One checkout session's current sale on a lane."""

    facts: SaleFacts | None = None
    first_line_wall: float | None = None  # epoch seconds the sale's first line was seen
    changed: float = 0.0  # monotonic time of its last change
    completed: deque[str] = field(default_factory=lambda: deque(maxlen=REMEMBERED_SALES))


@dataclass(slots=True)
class LaneTile:
    store: str
    lane: str
    sessions: dict[str, SessionSale] = field(default_factory=dict)
    last_seen: float | None = None  # monotonic
    today_date: _dt.date | None = None
    today_count: int = 0
    today_total: Decimal = ZERO
    stale: bool = False
    long_sale: bool = False

    def current(self) -> SessionSale | None:
        """The session to show: the last changed with an open sale, else the last changed."""
        best: SessionSale | None = None
        for s in self.sessions.values():
            if s.facts is not None and s.facts.open and (best is None or s.changed > best.changed):
                best = s
        if best is None:
            for s in self.sessions.values():
                if best is None or s.changed > best.changed:
                    best = s
        return best


@dataclass(slots=True)
class StoreState:
    config: StoreConfig
    zone: ZoneInfo | None
    link: Link = Link.CONNECTING
    link_since: float = 0.0
    ever_online: bool = False
    name: str = ""
    lanes: dict[str, LaneTile] = field(default_factory=dict)
    bad_messages: int = 0
    messages: int = 0
    connects: int = 0


@dataclass(frozen=True, slots=True)
class TileView:
    """What one tile shows (the screen draws exactly this)."""

    store: str
    store_name: str
    lane: str
    link: Link
    state: LaneState
    total: Decimal | None
    items: int
    last_item: str
    sale_started: float | None  # epoch seconds of the first line
    last_seen_age: float | None  # seconds, at the time of the view
    today_count: int
    today_total: Decimal
    alerts: tuple[Alert, ...]
    sessions: int
    session: str = ""  # the checkout session shown (the one to follow when the tile is opened)

    @property
    def key(self) -> tuple[str, str]:
        return (self.store, self.lane)

    @property
    def attention(self) -> int:
        score = sum(ALERT_WEIGHT.get(a, 5) for a in self.alerts)
        if self.state is LaneState.TENDERING:
            score += 3
        elif self.state is LaneState.IN_SALE:
            score += 2
        return score


@dataclass(frozen=True, slots=True)
class EstateTotals:
    stores: int
    stores_online: int
    lanes: int
    lanes_online: int
    lanes_in_sale: int
    in_sale_total: Decimal
    today_count: int
    today_total: Decimal
    alerts: int


class WallModel:
    def __init__(self, config: WallConfig) -> None:
        self.config = config
        self.stores: dict[str, StoreState] = {}
        self._lock = threading.Lock()
        self._dirty: dict[tuple[str, str], float] = {}  # tile -> monotonic time it first changed since taken
        self.events = 0  # firehose events applied (for the bench)
        now = time.monotonic()
        for sc in config.stores:
            zone = ZoneInfo(sc.timezone) if sc.timezone else None
            store = StoreState(config=sc, zone=zone, name=sc.name, link_since=now)
            for lane in sc.lanes:
                store.lanes[lane] = LaneTile(sc.id, lane)
            self.stores[sc.id] = store

    # -- input -------------------------------------------------------------------------

    def apply(self, store_id: str, update: Any, mono: float | None = None, wall: float | None = None) -> None:
        mono = time.monotonic() if mono is None else mono
        wall = time.time() if wall is None else wall
        store = self.stores.get(store_id)
        if store is None:
            return
        with self._lock:
            if isinstance(update, packets.Event):
                if isinstance(update.sc, str) and dialect.is_custdisp(update.sc):
                    self._on_sale(store, update.v, mono, wall)
            elif isinstance(update, fd1client.LinkChanged):
                self._on_link(store, update.state, mono)
            elif isinstance(update, fd1client.StoreInfoReply):
                self._on_info(store, update.rows)

    def _on_link(self, store: StoreState, state: str, mono: float) -> None:
        if state == "connected":
            link = Link.ONLINE
        else:  # connecting or disconnected: "connecting" until it has been up once, then offline
            link = Link.OFFLINE if store.ever_online else Link.CONNECTING
        if link is store.link:
            return
        store.link = link
        store.link_since = mono
        if link is Link.ONLINE:
            store.ever_online = True
            store.connects += 1
            for tile in store.lanes.values():
                tile.last_seen = mono  # the link is back: lanes get a fresh stale window
                tile.stale = False
        for tile in store.lanes.values():
            self._mark(tile, mono)

    def _on_info(self, store: StoreState, rows: Iterable[Mapping[str, Any]]) -> None:
        for row in rows:
            folded = {str(k).lower(): v for k, v in row.items()}
            zone = folded.get("timezone")
            if store.zone is None and isinstance(zone, str):
                try:
                    store.zone = ZoneInfo(zone)
                except Exception:
                    log.warning("store %s: unknown time zone %r from the counter; using this machine's", store.config.id, zone[:60])
            break

    def _on_sale(self, store: StoreState, v: Any, mono: float, wall: float) -> None:
        store.messages += 1
        self.events += 1
        try:
            facts, bad = read_sale(v)
        except BadSale as exc:
            self._bad(store, str(exc), mono)
            return
        if bad:
            self._bad(store, f"{bad} unreadable part(s) in a sale message", mono, count=bad)
        source = v.get("source")
        session = dialect.session_id(source)
        lane = dialect.lane_id(source) or session or "?"
        tile = store.lanes.get(lane)
        if tile is None:
            if len(store.lanes) >= 64:
                self._bad(store, f"more than 64 lanes; lane {lane[:40]!r} ignored", mono)
                return
            tile = store.lanes[lane] = LaneTile(store.config.id, lane)
        tile.last_seen = mono
        was_stale = tile.stale
        tile.stale = False
        s = tile.sessions.get(session)
        if s is None:
            if len(tile.sessions) >= 8:
                self._bad(store, f"lane {lane[:40]!r}: more than 8 sessions; {session[:40]!r} ignored", mono)
                return
            s = tile.sessions[session] = SessionSale()
        old = s.facts
        if old == facts and not was_stale:
            return  # the periodic status of an unchanged sale
        if old is None or old.key != facts.key:
            s.first_line_wall = wall if facts.items else None
        elif s.first_line_wall is None and facts.items:
            s.first_line_wall = wall
        s.facts = facts
        s.changed = mono
        if facts.completed and facts.key and facts.key not in s.completed:
            s.completed.append(facts.key)
            self._count_today(store, tile, facts.total, wall)
        self._mark(tile, mono)

    def _bad(self, store: StoreState, why: str, mono: float, count: int = 1) -> None:
        first = store.bad_messages == 0
        store.bad_messages += count
        if first or store.bad_messages % 1000 < count:
            log.error("store %s sent bad sale data (%d so far): %s", store.config.id, store.bad_messages, why)
        if first:
            for tile in store.lanes.values():
                self._mark(tile, mono)

    def _count_today(self, store: StoreState, tile: LaneTile, total: Decimal, wall: float) -> None:
        today = self._local_date(store, wall)
        if tile.today_date != today:
            tile.today_date, tile.today_count, tile.today_total = today, 0, ZERO
        tile.today_count += 1
        tile.today_total += total

    @staticmethod
    def _local_date(store: StoreState, wall: float) -> _dt.date:
        return _dt.datetime.fromtimestamp(wall, store.zone).date() if store.zone else _dt.date.fromtimestamp(wall)

    def _mark(self, tile: LaneTile, mono: float) -> None:
        self._dirty.setdefault((tile.store, tile.lane), mono)

    # -- time ---------------------------------------------------------------------------

    def tick(self, mono: float | None = None, wall: float | None = None) -> None:
        """Once a second: stale lanes, long sales, local midnight."""
        mono = time.monotonic() if mono is None else mono
        wall = time.time() if wall is None else wall
        stale_after = self.config.stale_after_s
        long_sale = self.config.long_sale_s
        with self._lock:
            for store in self.stores.values():
                today = self._local_date(store, wall)
                for tile in store.lanes.values():
                    changed = False
                    stale = store.link is Link.ONLINE and (tile.last_seen is None or mono - tile.last_seen > stale_after) and mono - store.link_since > stale_after
                    if stale != tile.stale:
                        tile.stale, changed = stale, True
                    cur = tile.current()
                    started = cur.first_line_wall if cur is not None and cur.facts is not None and cur.facts.open else None
                    is_long = started is not None and wall - started > long_sale
                    if is_long != tile.long_sale:
                        tile.long_sale, changed = is_long, True
                    if tile.today_date is not None and tile.today_date != today:
                        tile.today_date, tile.today_count, tile.today_total, changed = today, 0, ZERO, True
                    if changed:
                        self._mark(tile, mono)

    # -- output ---------------------------------------------------------------------------

    def take_dirty(self) -> dict[tuple[str, str], float]:
        with self._lock:
            dirty, self._dirty = self._dirty, {}
        return dirty

    def keys(self) -> list[tuple[str, str]]:
        with self._lock:
            return [(s, lane) for s, store in self.stores.items() for lane in store.lanes]

    def view(self, key: tuple[str, str], mono: float | None = None) -> TileView | None:
        mono = time.monotonic() if mono is None else mono
        with self._lock:
            store = self.stores.get(key[0])
            tile = store.lanes.get(key[1]) if store else None
            if store is None or tile is None:
                return None
            return self._view(store, tile, mono)

    def views(self, mono: float | None = None) -> list[TileView]:
        mono = time.monotonic() if mono is None else mono
        with self._lock:
            return [self._view(store, tile, mono) for store in self.stores.values() for tile in store.lanes.values()]

    def _view(self, store: StoreState, tile: LaneTile, mono: float) -> TileView:
        alerts: list[Alert] = []
        link = store.link
        if link is not Link.ONLINE and store.ever_online:
            link = Link.OFFLINE
        if link is Link.OFFLINE:
            alerts.append(Alert.STORE_OFFLINE)
        elif tile.stale:
            alerts.append(Alert.LANE_OFFLINE)
        cur = tile.current()
        facts = cur.facts if cur is not None else None
        session = next((sid for sid, s in tile.sessions.items() if s is cur), "")
        state = LaneState.IDLE
        if facts is not None and facts.open:
            state = LaneState.TENDERING if facts.payments else LaneState.IN_SALE
            if tile.long_sale:
                alerts.append(Alert.LONG_SALE)
            if facts.voids:
                alerts.append(Alert.VOIDS)
            if facts.negatives:
                alerts.append(Alert.NEGATIVE)
            if facts.discount > self.config.large_discount:
                alerts.append(Alert.DISCOUNT)
        if store.bad_messages:
            alerts.append(Alert.BAD_DATA)
        open_sale = facts is not None and facts.open
        return TileView(
            store=store.config.id,
            store_name=store.name,
            lane=tile.lane,
            link=link,
            state=state,
            total=facts.total if open_sale else None,
            items=facts.items if open_sale else 0,
            last_item=facts.last_item if open_sale else "",
            sale_started=cur.first_line_wall if open_sale and cur is not None else None,
            last_seen_age=None if tile.last_seen is None else max(0.0, mono - tile.last_seen),
            today_count=tile.today_count,
            today_total=tile.today_total,
            alerts=tuple(alerts),
            sessions=len(tile.sessions),
            session=session,
        )

    def totals(self, views: list[TileView] | None = None) -> EstateTotals:
        views = self.views() if views is None else views
        with self._lock:
            online = sum(1 for s in self.stores.values() if s.link is Link.ONLINE)
        in_sale = [v for v in views if v.state is not LaneState.IDLE]
        return EstateTotals(
            stores=len(self.stores),
            stores_online=online,
            lanes=len(views),
            lanes_online=sum(1 for v in views if v.link is Link.ONLINE and Alert.LANE_OFFLINE not in v.alerts),
            lanes_in_sale=len(in_sale),
            in_sale_total=sum((v.total or ZERO for v in in_sale), ZERO),
            today_count=sum(v.today_count for v in views),
            today_total=sum((v.today_total for v in views), ZERO),
            alerts=sum(1 for v in views if v.alerts),
        )


def sort_by_attention(views: list[TileView], *, group_by_store: bool = True) -> list[TileView]:
    """Tiles in screen order. Grouped: stores by their most urgent tile (then name), lanes in
    lane order inside a store; ungrouped: every tile by its own attention."""
    def lane_order(lane: str) -> tuple[int, str]:
        return (int(lane), "") if lane.isdigit() else (1 << 30, lane)

    if not group_by_store:
        return sorted(views, key=lambda v: (-v.attention, v.store_name, lane_order(v.lane)))
    by_store: dict[str, list[TileView]] = {}
    for v in views:
        by_store.setdefault(v.store, []).append(v)
    order = sorted(by_store.values(), key=lambda tiles: (-max(t.attention for t in tiles), tiles[0].store_name, tiles[0].store))
    return [t for tiles in order for t in sorted(tiles, key=lambda v: lane_order(v.lane))]
