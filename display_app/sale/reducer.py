"""The customer display's state machine: events in, an immutable ``ScreenState`` out.

``reduce(state, event, now)`` is pure: no clock, no I/O, no Qt. ``now`` is whatever
monotonic clock the caller uses (``time.monotonic()`` in the app); every deadline in
the state is on that clock, and ``next_deadline(state)`` says when to send the next
``Tick``. ``SaleReducer`` holds the settings and the current state for the app.

Lifecycle (the counter sends whole-sale snapshots, never "sale completed"; section 4.5):

* an empty snapshot (no lines, empty ``salephyskey``) is the idle lane: IDLE; so is a NEW
  key with no lines and no payments (``dialect.NEW_EMPTY_SALE_IS_IDLE``: some counters open
  the next sale as soon as one completes);
* a non-empty ``salephyskey`` is a sale: SALE (a new key replaces the sale at once,
  even with no idle gap between two sales);
* payments covering the total with lines present complete the sale: THANKYOU (with the
  change), for at least ``thankyou_seconds``. An empty snapshot during that time does
  not cut it short; the timeout returns to IDLE even if the counter still shows the
  completed sale. A NEW sale's first line ends the thank-you at once (a new sale with no
  lines yet waits, and is shown when the thank-you ends). If a payment of the completed
  sale is deleted during the thank-you (it is no longer paid), the sale is back on screen.
* once the thank-you is over, snapshots of the completed sale (late copies, periodic
  status) are ignored: they never bring the thank-you back;
* the link: once it has been down (DISCONNECTED, or CONNECTING again after being
  connected) for ``OFFLINE_GRACE_SECONDS``, OFFLINE shows with the last sale kept (the UI
  dims it), so a drop that reconnects at once never flashes it; the connection state
  itself changes at once. The very first CONNECTING at start-up shows the idle screen
  with the connection state. CONNECTED shows the lifecycle screen again (the last sale, until the
  next snapshot says otherwise). Snapshots that arrive while offline still move the
  lifecycle on underneath.

Parsing only what changed (``SaleReducer``; ``reduce`` itself is unchanged):

* lines equal to the last snapshot's of the same sale are not read again
  (``snapshot.LineCache``): the same ``SaleLine`` objects come back, and a bad line is
  warned about once, when it arrives or changes, not on every snapshot;
* ``SaleReducer.handle_all(events, now)`` reduces the updates that arrived between two
  frames. A snapshot is dropped unparsed when it is *superseded*: it and every snapshot
  after it up to the next one kept have the same non-empty ``salephyskey`` and no
  payments, and that next one (the last of the run) has visible lines. Reducing such a
  run gives exactly the state its last snapshot gives alone, so no lifecycle step can be
  lost: a snapshot with payments (a sale completing) is always reduced, so is a change of
  key (a new sale: its first line ends a thank-you), so is an empty or blank one, and
  so is every other event, in order. A superseded snapshot's bad lines are not warned
  about (it was never read); the kept snapshot's are.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from ..fd1 import client, dialect, packets
from ..fd1.reach import Problem
from .language import supported
from .model import Connection, Sale, Screen, ScreenState, StoreInfo
from .snapshot import LineCache, SnapshotError, parse_sale
from . import sessions
from .store import store_info

log = logging.getLogger(__name__)

DEFAULT_THANKYOU_SECONDS = 8.0

#: How long the link may be down before the reconnecting overlay covers the screen. A
#: counter that drops the socket and takes it back at once (the usual case: ~0.3 s) then
#: never flashes "Reconnecting" at the shopper; the connection state changes at once.
OFFLINE_GRACE_SECONDS = 1.5


# ----------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True)
class LinkUpdate:
    """The counter link changed state (``fd1.client.LinkChanged``)."""

    state: Connection
    counter: str
    detail: str = ""
    problem: Problem | None = None  # a failed connect (fd1.reach); kept while the link retries


@dataclass(frozen=True, slots=True)
class StoreUpdate:
    """Store branding arrived (get_info with overrides applied, see ``store.store_info``)."""

    info: StoreInfo


@dataclass(frozen=True, slots=True)
class SaleMessage:
    """A ``custdisp.sale.*`` (or ``cust.sale.*``) message: ``v`` is the whole-sale snapshot."""

    sc: str
    v: Any


@dataclass(frozen=True, slots=True)
class Banner:
    """``fn1.link.link_status`` message text; None or "" clears the banner."""

    text: str | None


@dataclass(frozen=True, slots=True)
class ShopperLanguage:
    """The shopper picked a language on a touch display: the sale on screen (or, picked on the
    idle screen, the sale that starts next) is shown in it; the sale after is in the store's."""

    code: str


@dataclass(frozen=True, slots=True)
class Tick:
    """Time passed (send one at ``next_deadline(state)``)."""


SaleEvent = LinkUpdate | StoreUpdate | SaleMessage | Banner | ShopperLanguage | Tick


# ----------------------------------------------------------------------------- helpers


def sale_identity(sale: Sale) -> str:
    """What tells two snapshots of one sale apart from another sale: its key, or for a
    counter that sends none, the (frozen at completion) time and total."""
    return sale.key or f"{sale.when}|{sale.total}"


def thankyou_link(template: str, key: str) -> str:
    """The thank-you QR URL: ``{sale}`` in the template replaced by the URL-quoted key."""
    if not template:
        return ""
    return template.replace("{sale}", quote(key, safe=""))


def next_deadline(state: ScreenState) -> float | None:
    """When the state changes by itself (the thank-you may end, the reconnecting overlay
    may come up), or None."""
    due = [state.thankyou_until] if state.phase is Screen.THANKYOU and state.thankyou_until is not None else []
    if state.link_lost_at is not None and state.screen is not Screen.OFFLINE and _would_be_offline(state):
        due.append(state.link_lost_at + OFFLINE_GRACE_SECONDS)
    return min(due) if due else None


def _is_blank(sale: Sale) -> bool:
    return not sale.key and not sale.lines


def _is_opened_empty(state: ScreenState, sale: Sale) -> bool:
    """``dialect.NEW_EMPTY_SALE_IS_IDLE``: a sale with no lines and no payments that is not
    the one on screen (a counter that opens the next sale's key as soon as one completes)."""
    if not dialect.NEW_EMPTY_SALE_IS_IDLE or sale.lines or sale.payments:
        return False
    return state.sale is None or sale_identity(sale) != sale_identity(state.sale)


def _would_be_offline(state: ScreenState) -> bool:
    """The link is down in a way that calls for the reconnecting screen: lost, or failed,
    since it was last up (the very first CONNECTING at start-up is neither)."""
    return state.connection is not Connection.CONNECTED and state.link_lost_at is not None


def _shown(state: ScreenState, now: float) -> ScreenState:
    """``screen`` from the link and the lifecycle phase: OFFLINE once the link has been
    down for ``OFFLINE_GRACE_SECONDS``."""
    offline = _would_be_offline(state) and (
        state.screen is Screen.OFFLINE
        or state.link_lost_at is None
        or now >= state.link_lost_at + OFFLINE_GRACE_SECONDS
    )
    screen = Screen.OFFLINE if offline else state.phase
    return state if screen is state.screen else dataclasses.replace(state, screen=screen)


def _expire(state: ScreenState, now: float) -> ScreenState:
    """End the thank-you when its time is up: the next sale if one opened, else idle."""
    if state.phase is not Screen.THANKYOU or state.thankyou_until is None or now < state.thankyou_until:
        return state
    following = state.next_sale
    return dataclasses.replace(
        state,
        phase=Screen.SALE if following is not None else Screen.IDLE,
        sale=following,
        thankyou_until=None,
        thankyou_url="",
        next_sale=None,
    )


# ----------------------------------------------------------------------------- reduce


def reduce(
    state: ScreenState,
    event: SaleEvent,
    now: float,
    *,
    thankyou_seconds: float = DEFAULT_THANKYOU_SECONDS,
    thankyou_url: str = "",
    lines: LineCache | None = None,
    sale: Sale | None = None,
) -> ScreenState:
    """The state after ``event`` at time ``now``. Never raises on bad event content.

    ``lines``: the cache of the stream's last lines (``snapshot.LineCache``); ``sale``: a
    ``SaleMessage``'s body already parsed (``parse_sale(event.v)``) by the caller."""
    before = state
    state = _expire(state, now)
    if isinstance(event, Tick):
        pass
    elif isinstance(event, SaleMessage):
        state = _on_snapshot(state, event, now, thankyou_seconds, thankyou_url, lines, sale)
    elif isinstance(event, LinkUpdate):
        state = _on_link(state, event, now)
    elif isinstance(event, StoreUpdate):
        state = dataclasses.replace(state, store=event.info)
    elif isinstance(event, Banner):
        text = event.text if isinstance(event.text, str) and event.text.strip() else None
        state = dataclasses.replace(state, banner=text)
    elif isinstance(event, ShopperLanguage):
        on_screen = state.sale if state.phase in (Screen.SALE, Screen.THANKYOU) and state.sale is not None else None
        state = dataclasses.replace(
            state,
            shopper_language=supported(event.code) if isinstance(event.code, str) else "",
            shopper_language_for=sale_identity(on_screen) if on_screen is not None else "",
        )
    else:
        log.error("sale reducer: unknown event %r ignored", type(event).__name__)
    return _shown(_carry_shopper_language(before, state), now)


def _carry_shopper_language(before: ScreenState, after: ScreenState) -> ScreenState:
    """A language picked on the idle screen is the next shopper's: it carries to the sale that
    starts next (and only to that one)."""
    if before.phase is Screen.IDLE and after.phase is Screen.SALE and after.sale is not None:
        if before.shopper_language and not before.shopper_language_for:
            return dataclasses.replace(after, shopper_language_for=sale_identity(after.sale))
    return after


def _on_link(state: ScreenState, event: LinkUpdate, now: float) -> ScreenState:
    try:
        connection = Connection(event.state)
    except ValueError:
        log.error("sale reducer: unknown link state %r ignored", event.state)
        return state
    if connection is Connection.CONNECTED:
        lost_at = None
    elif state.link_lost_at is not None:
        lost_at = state.link_lost_at  # still down: the grace counts from the first loss
    elif connection is Connection.DISCONNECTED or state.ever_connected:
        lost_at = now
    else:
        lost_at = None  # the first attempt at start-up: nothing was lost yet
    return dataclasses.replace(
        state,
        connection=connection,
        counter=event.counter,
        connection_detail=event.detail,
        # The reason stays through the "connecting" of each retry; it goes once connected.
        connection_problem=None if connection is Connection.CONNECTED else (event.problem or (
            state.connection_problem if connection is Connection.CONNECTING else None)),
        ever_connected=state.ever_connected or connection is Connection.CONNECTED,
        link_lost_at=lost_at,
    )


def _on_snapshot(
    state: ScreenState, event: SaleMessage, now: float, seconds: float, url: str,
    lines: LineCache | None = None, parsed: Sale | None = None,
) -> ScreenState:
    if not isinstance(event.sc, str) or not dialect.is_custdisp(event.sc):
        log.warning("sale reducer: %r is not a customer-display sale message; ignored", event.sc)
        return state
    try:
        sale = parsed if parsed is not None else parse_sale(event.v, lines)
    except SnapshotError as exc:
        log.error("sale reducer: bad %s message: %s; screen unchanged", event.sc, exc)
        return state

    identity = sale_identity(sale)
    completed = bool(state.completed_key) and identity == state.completed_key

    if state.phase is Screen.THANKYOU:
        if completed:
            if sale.is_paid:
                return dataclasses.replace(state, sale=sale)  # a repeat of the completed sale
            if sale.lines:  # a payment was taken back: the sale is not done after all
                log.info("sale %s: no longer paid during the thank-you; showing it again", identity)
                return _to_sale(state, sale, completed_key="")
            return state
        if _is_blank(sale) or _is_opened_empty(state, sale):
            return dataclasses.replace(state, next_sale=None)  # lane idle: the thank-you runs its time
        if not sale.lines:
            return dataclasses.replace(state, next_sale=sale)  # new sale opened, nothing to show yet
        if sale.is_paid:
            return _to_thankyou(state, sale, now, seconds, url)
        return _to_sale(state, sale)  # the next customer's first line ends the thank-you

    if completed:
        log.debug("sale %s: late snapshot of the completed sale ignored", identity)
        return state
    if _is_blank(sale) or _is_opened_empty(state, sale):
        if state.phase is Screen.IDLE and state.sale is None:
            return state
        return dataclasses.replace(state, phase=Screen.IDLE, sale=None, next_sale=None)
    if sale.is_paid:
        return _to_thankyou(state, sale, now, seconds, url)
    return _to_sale(state, sale)


def _to_sale(state: ScreenState, sale: Sale, **changes: Any) -> ScreenState:
    return dataclasses.replace(
        state, phase=Screen.SALE, sale=sale, thankyou_until=None, thankyou_url="", next_sale=None, **changes
    )


def _to_thankyou(state: ScreenState, sale: Sale, now: float, seconds: float, url: str) -> ScreenState:
    return dataclasses.replace(
        state,
        phase=Screen.THANKYOU,
        sale=sale,
        thankyou_until=now + max(0.0, seconds),
        thankyou_url=thankyou_link(url, sale.key),
        completed_key=sale_identity(sale),
        next_sale=None,
    )


# ----------------------------------------------------------------------------- holder


class SaleReducer:
    """The display's current state and its settings; ``handle`` applies one event.

    ``SaleReducer(thankyou_seconds=config.thankyou_seconds, thankyou_url=config.thankyou_url)``
    """

    def __init__(
        self,
        *,
        thankyou_seconds: float = DEFAULT_THANKYOU_SECONDS,
        thankyou_url: str = "",
        state: ScreenState | None = None,
    ) -> None:
        self.thankyou_seconds = thankyou_seconds
        self.thankyou_url = thankyou_url
        self.state = state if state is not None else ScreenState()
        self._last_sale_v: Any = None  # the body of the last sale message reduced
        self.lines = LineCache()  # the last snapshot's lines, read once
        self.parsed = 0  # sale snapshots parsed
        self.superseded = 0  # sale snapshots dropped unparsed (handle_all)

    def handle_all(self, events: list[SaleEvent], now: float) -> ScreenState:
        """Reduce ``events`` in order (the updates that arrived since the last frame),
        dropping superseded snapshots unparsed (see the module's docstring)."""
        i, n = 0, len(events)
        while i < n:
            key = _passing_key(events[i])
            last = i
            if key is not None:
                while last + 1 < n and _passing_key(events[last + 1]) == key:
                    last += 1
            if last > i and not self._is_repeat(events[last]):
                sale = self._parse(events[last])
                if sale is not None and sale.lines:
                    self.superseded += last - i
                    self.handle(events[last], now, sale=sale)
                    i = last + 1
                    continue
                for event in events[i:last]:  # not superseded after all: every one, in order
                    self.handle(event, now)
                self.handle(events[last], now, sale=sale)
                i = last + 1
                continue
            self.handle(events[i], now)
            i += 1
        return self.state

    def _is_repeat(self, event: SaleEvent) -> bool:
        return isinstance(event, SaleMessage) and event.v is not None and _same(event.v, self._last_sale_v)

    def _parse(self, event: SaleEvent) -> Sale | None:
        assert isinstance(event, SaleMessage)
        self.parsed += 1
        try:
            return parse_sale(event.v, self.lines)
        except SnapshotError:
            return None  # reduce() says so when it meets the event

    def handle(self, event: SaleEvent, now: float, *, sale: Sale | None = None) -> ScreenState:
        """Apply one event (``sale``: the snapshot already parsed, by ``handle_all``)."""
        if isinstance(event, SaleMessage):
            if event.v is not None and _same(event.v, self._last_sale_v):
                # The periodic .status repeat of an unchanged sale: the same body gives the
                # same sale, so only time passes (and a bad line is not logged every 5 s).
                event = Tick()
            else:
                self._last_sale_v = event.v
        elif isinstance(event, LinkUpdate):
            self._last_sale_v = None  # a new session: its first snapshot is read afresh
        if isinstance(event, SaleMessage) and sale is None:
            self.parsed += 1
        self.state = reduce(
            self.state, event, now, thankyou_seconds=self.thankyou_seconds, thankyou_url=self.thankyou_url,
            lines=self.lines, sale=sale if isinstance(event, SaleMessage) else None,
        )
        return self.state

    def next_deadline(self) -> float | None:
        return next_deadline(self.state)


def _same(a: Any, b: Any) -> bool:
    """``a == b``, and False for values too deeply nested to compare.

    Two sale bodies are compared field by field, the plain values (total, time, key) first:
    a changed sale usually differs there, and ``==`` on the whole body would first walk
    every line up to the changed one (a 1,000-line sale: 0.2 ms per message)."""
    try:
        if type(a) is dict and type(b) is dict:
            if len(a) != len(b):
                return False
            for key, value in a.items():
                if type(value) not in (list, dict) and (key not in b or b[key] != value):
                    return False
        return bool(a == b)
    except RecursionError:
        return False


#: Longest banner text shown (a counter notice is a sentence or two).
MAX_BANNER = 300


def _passing_key(event: SaleEvent) -> str | None:
    """The ``salephyskey`` of a snapshot that may be superseded by a later one of the same
    key: a customer-display sale object with a non-empty key and no payments; else None."""
    if not isinstance(event, SaleMessage) or not isinstance(event.v, dict):
        return None
    key = event.v.get("salephyskey")
    if not isinstance(key, str) or not key.strip() or not isinstance(event.sc, str) or not dialect.is_custdisp(event.sc):
        return None
    payments = event.v.get("payments")
    if payments is not None and payments != []:
        return None
    return key


# ----------------------------------------------------------------------------- from the link


def from_counter(update: Any, overrides: Any = None) -> SaleEvent | None:
    """The reducer event for one ``CounterClient`` update, or None when it means nothing to
    the display. ``overrides`` is the Config whose non-empty ``store_*`` settings win."""
    if isinstance(update, client.LinkChanged):
        try:
            state = Connection(update.state)
        except ValueError:
            log.error("counter link: unknown state %r ignored", update.state)
            return None
        return LinkUpdate(state, update.url, update.detail, getattr(update, "problem", None))
    if isinstance(update, client.StoreInfoReply):
        return StoreUpdate(store_info(update.rows, overrides))
    if isinstance(update, packets.Event):
        if isinstance(update.sc, str) and dialect.is_custdisp(update.sc):
            if not sessions.follows(getattr(overrides, "session", "") or "", update.v):
                return None  # follow mode: another checkout session's sale never reaches the screen
            return SaleMessage(update.sc, update.v)
        log.debug("firehose %s message is not for the customer display; ignored", update.sc)
        return None
    if isinstance(update, packets.ServerMessage):
        if update.a == dialect.LINK_STATUS:
            v = update.v if isinstance(update.v, dict) else {}
            message = v.get("message")
            if message is not None and not isinstance(message, str):
                log.warning("%s: message is %s, not text; ignored", update.a, type(message).__name__)
                return None
            if message and len(message) > MAX_BANNER:
                message = message[: MAX_BANNER - 1].rstrip() + "…"
            return Banner(message or None)
        log.info("server message %s ignored", update.a)
        return None
    return None
