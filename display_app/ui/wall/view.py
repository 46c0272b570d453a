"""The wall of tiles: ONE custom-painted widget, not 1,600 widget trees.

Each tile is drawn once into a cached pixmap when what it shows changes (``set_tiles``
with the changed views); ``paintEvent`` only copies the cached pixmaps that intersect the
exposed region, so a frame that changed 30 tiles repaints 30 small rectangles, and a full
repaint (a resize, a new sort order) is 1,600 pixmap copies. Layout: stores in blocks
(a name strip over a row of lane tiles), blocks in reading order; or, ungrouped, one grid
of tiles. The tile size is the largest that fits everything; what a tile says grows with
it (colour only, then the total, then items, time open and the last item).

Captions are Qt translations (context ``Wall``), taken once per view into ``Words`` (the
wall paints thousands of tiles; a caption is a dict look-up, not a translator call). In a
right-to-left language (Arabic) the whole wall is mirrored: stores and tiles run from the
right, a tile's lane sits at its top right and its text is right-aligned, and every
number, amount and lane id is a Unicode isolate (as on the customer display).
"""

from __future__ import annotations

import math
import time
from decimal import Decimal
from typing import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPixmap, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from ...wall.model import Alert, LaneState, Link, TileView
from ..widgets.format import isolate
from ..widgets.i18n import fill, with_digits

BACKGROUND = QColor("#111418")
STORE_TEXT = QColor("#c9d1d9")
COLOURS = {
    "idle": (QColor("#2a3038"), QColor("#8b949e")),
    "in_sale": (QColor("#1f5fae"), QColor("#ffffff")),
    "tendering": (QColor("#1d7f4e"), QColor("#ffffff")),
    "connecting": (QColor("#22272e"), QColor("#6e7681")),
    "offline": (QColor("#5c1717"), QColor("#ffd7d5")),
    "alert": (QColor("#c2410c"), QColor("#ffffff")),
}
ALERT_EDGE = QColor("#ffb020")

Key = tuple[str, str]


def tile_style(v: TileView) -> str:
    if v.link is Link.OFFLINE or Alert.LANE_OFFLINE in v.alerts:
        return "offline"
    if v.link is Link.CONNECTING:
        return "connecting"
    if v.alerts and set(v.alerts) & {Alert.LONG_SALE, Alert.DISCOUNT, Alert.BAD_DATA}:
        return "alert"
    return str(v.state)


translate = QCoreApplication.translate

#: What an alert says on a tile (context "Wall").
ALERT_TEXT = {
    Alert.STORE_OFFLINE: QT_TRANSLATE_NOOP("Wall", "store offline"),
    Alert.LANE_OFFLINE: QT_TRANSLATE_NOOP("Wall", "lane offline"),
    Alert.LONG_SALE: QT_TRANSLATE_NOOP("Wall", "sale open too long"),
    Alert.VOIDS: QT_TRANSLATE_NOOP("Wall", "voids"),
    Alert.NEGATIVE: QT_TRANSLATE_NOOP("Wall", "negative line"),
    Alert.DISCOUNT: QT_TRANSLATE_NOOP("Wall", "large discount"),
    Alert.BAD_DATA: QT_TRANSLATE_NOOP("Wall", "bad data"),
}


class Words:
    """The wall's tile captions in the language installed when it is made (``i18n.use``),
    numbers in ``locale``'s digits; ``rtl``: numbers and names become isolates."""

    def __init__(self, locale: QLocale | None = None, rtl: bool = False) -> None:
        self.locale = locale or QLocale()
        self.rtl = rtl
        self.iso = isolate if rtl else str
        self.offline = translate("Wall", "OFFLINE")
        self.silent = translate("Wall", "silent")
        self.connecting = translate("Wall", "connecting")
        self.idle = translate("Wall", "idle")
        self.tendering = translate("Wall", "tendering")
        self.open_short = translate("Wall", "open <1 min")
        self.listing = translate("Wall", ", ")  # between alerts: "، " in Arabic, "、" in Chinese
        self.alerts = {alert: translate("Wall", text) for alert, text in ALERT_TEXT.items()}
        self._silent_s = translate("Wall", "silent %1 s")
        self._lane = translate("Wall", "L%1")
        self._today = translate("Wall", "today %1 · %2")
        self._items: dict[int, str] = {}
        self._open: dict[int, str] = {}

    def number(self, n: int) -> str:
        return self.iso(self.locale.toString(n))

    def items(self, n: int) -> str:
        text = self._items.get(n)
        if text is None:
            text = self._items[n] = with_digits(translate("Wall", "%n item(s)", None, n), n, self.locale)
        return text

    def opened(self, minutes: int) -> str:
        if minutes < 1:
            return self.open_short
        text = self._open.get(minutes)
        if text is None:
            text = self._open[minutes] = with_digits(translate("Wall", "open %n min", None, minutes), minutes, self.locale)
        return text

    def silent_for(self, seconds: int) -> str:
        return fill(self._silent_s, self.number(seconds))

    def lane(self, lane: str) -> str:
        """"L3": a numeric lane id in the locale's digits."""
        return fill(self._lane, self.iso(self.locale.toString(int(lane)) if lane.isdigit() and len(lane) < 9 else lane))

    def today(self, count: int, amount: str) -> str:
        return fill(self._today, self.number(count), self.iso(amount))


def _align(flags: Qt.AlignmentFlag, rtl: bool) -> Qt.AlignmentFlag:
    """``flags`` as absolute alignment, left and right swapped when ``rtl``."""
    if rtl:
        horizontal = flags & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)
        if horizontal == Qt.AlignmentFlag.AlignLeft:
            flags = (flags & ~Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignRight
        elif horizontal == Qt.AlignmentFlag.AlignRight:
            flags = (flags & ~Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignLeft
    return flags | Qt.AlignmentFlag.AlignAbsolute


#: A tile's height over its width, from a wide card to nearly square: the grid takes the
#: largest tiles of a shape in this range that fill the screen (width, height, or both).
TILE_SHAPE = (0.45, 0.8)


def type_height(w: int, h: int) -> int:
    """The height a tile's type is sized from: its own, but no more than a 0.62 card of its
    width has, so a taller tile shows more rows rather than wider words that get cut."""
    return min(h, int(w * 0.62))


def store_head(th: int) -> int:
    """The height of a store's name strip over tiles ``th`` high."""
    return max(11, min(26, int(th * 0.42)))


def fit_blocks(W: int, H: int, blocks: int, per: int, gap: int) -> tuple[int, int, int] | None:
    """Tiles for ``blocks`` store blocks of up to ``per`` lanes in ``W`` x ``H``: (tile width,
    tile height, blocks per row), the largest tiles for any number of blocks per row; None
    when not even the smallest tile fits. A block is its name strip over a row of tiles, 4 px
    inside its edge, tiles 2 px apart; blocks ``gap`` apart."""

    def tile_height(rows: int) -> int:
        room = (H - (rows - 1) * gap) // rows  # each block's height
        th = room - 8 - 11
        while th >= 8 and th + store_head(th) + 8 > room:
            th -= 1
        return th

    return _largest_tiles(blocks, lambda cols: (W - (cols - 1) * gap - cols * ((per - 1) * 2 + 8)) // (cols * per), tile_height)


def fit_grid(W: int, H: int, n: int, gap: int) -> tuple[int, int, int] | None:
    """Tiles for ``n`` tiles in one grid, ``gap`` apart: (width, height, columns), the largest
    for any number of columns; None when not even the smallest fits."""
    return _largest_tiles(n, lambda cols: (W - (cols - 1) * gap) // cols, lambda rows: (H - (rows - 1) * gap) // rows)


def _largest_tiles(count: int, tile_width: Callable[[int], int], tile_height: Callable[[int], int]) -> tuple[int, int, int] | None:
    """(width, height, columns) of the largest tiles, kept within ``TILE_SHAPE``, for
    ``count`` items in any number of columns: ``tile_width(columns)`` and
    ``tile_height(rows)`` are the room one tile has. None when not even the smallest fits."""
    low, high = TILE_SHAPE
    best: tuple[int, int, int, int] | None = None
    for cols in range(1, count + 1):
        tw = tile_width(cols)
        if tw < 10:
            break  # more columns only make tiles narrower
        th = tile_height(math.ceil(count / cols))
        if th < 8:
            continue
        th = min(th, int(tw * high))
        tw = min(tw, int(th / low))
        if best is None or tw * th > best[0]:
            best = (tw * th, tw, th, cols)
    return None if best is None else best[1:]


def elided(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` cut to ``width`` with "…" at the end of its own reading direction: an
    isolate, so an English product or store name on an Arabic wall ends "Parmesa…" on the
    right (laid out in the tile's right-to-left direction, its "…" went to the left) and an
    Arabic name on an English wall ends on the left."""
    return isolate(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))


def mirrored(rect: QRect, width: int) -> QRect:
    """``rect`` reflected in the vertical centre line of a ``width`` wide area."""
    return QRect(width - rect.x() - rect.width(), rect.y(), rect.width(), rect.height())


class WallView(QWidget):
    """Tiles in ``order``; ``tile_activated(store, lane)`` when one is tapped."""

    tile_activated = Signal(str, str)

    def __init__(self, money: Callable[[Decimal], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAutoFillBackground(False)
        self.money = money
        self.words = Words()
        self.grouped = True
        self.order: list[Key] = []
        self.views: dict[Key, TileView] = {}
        self.rects: dict[Key, QRect] = {}
        self.store_rects: list[tuple[QRect, Key]] = []  # a store's block and its first tile
        self.block_of: dict[Key, QRect] = {}
        self._cache: dict[Key, QPixmap] = {}
        self._signature: dict[Key, tuple] = {}
        self.tile_size = QSize(0, 0)
        self.renders = 0  # tile pixmaps drawn (for the bench and tests)
        self.paints = 0
        self.last_paint_ms = 0.0
        self.paint_ms: list[float] = []  # every paint's duration, when recording (bench)
        self.recording = False
        self.painted: Callable[[float], None] | None = None  # called after each paint with its ms
        self._fonts: tuple[QFont, QFont, QFontMetrics, QFontMetrics] | None = None
        self._strips: dict[str, QPixmap] = {}  # store id -> its name strip
        self._to_paint: set[Key] = set()  # tiles updated since the last paint
        self._blocks_to_paint: set[Key] = set()  # first tiles of store blocks to repaint whole
        self._full = True  # the next paint draws everything
        self._minute: dict[Key, int] = {}  # the "open N min" a tile shows
        self._first_of: dict[Key, Key] = {}  # tile -> the first tile of its store block
        self._block_keys: dict[Key, list[Key]] = {}  # first tile of a block -> its tiles
        self._canvas: dict[Key, QPixmap] = {}  # first tile of a block -> the block drawn whole

    def set_words(self, words: Words) -> None:
        """Captions (a language, its digits and direction): every tile is drawn again."""
        self.words = words
        self._redraw_all()

    def right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LayoutDirectionChange:  # mirror the layout and the tiles
            self._redraw_all()
        super().changeEvent(event)

    def _redraw_all(self) -> None:
        """Forget every drawn tile, strip and block, lay out again and repaint everything."""
        self._signature.clear()
        self._strips.clear()
        self._canvas.clear()
        self._layout()
        self._full = True
        self.update()

    # -- data ------------------------------------------------------------------------

    def set_order(self, order: list[Key], views: dict[Key, TileView]) -> None:
        """A new screen order (and every view): relayout and repaint everything."""
        self.views.update(views)
        if order != self.order:
            self.order = order
            self._layout()
            self._full = True
            self.update()

    def set_tiles(self, views: list[TileView]) -> list[Key]:
        """Changed views: redraw those tiles' pixmaps (if what they show changed) and
        schedule their rectangles. Returns the keys repainted."""
        changed = []
        for v in views:
            key = v.key
            old = self.views.get(key)
            self.views[key] = v
            rect = self.rects.get(key)
            if rect is None:
                continue
            if self._render(key, v):
                changed.append(key)
                block = self.block_of.get(key)
                if block is not None and old is not None and old.link is not v.link:
                    self._strips.pop(key[0], None)
                    self._canvas.pop(self._first_of.get(key, key), None)
                    self._blocks_to_paint.add(self._first_of.get(key, key))
                    self.update(block)
                else:
                    self._to_paint.add(key)
                    self.update(rect)
        return changed

    def refresh_due(self, now: float) -> int:
        """Once a second: re-render only the tiles whose "open N min" changed. Returns how many."""
        due = []
        for key, v in self.views.items():
            if v.sale_started is not None and v.state is not LaneState.IDLE:
                if int((now - v.sale_started) // 60) != self._minute.get(key):
                    due.append(v)
        self.set_tiles(due)
        return len(due)

    # -- layout ----------------------------------------------------------------------

    def _layout(self) -> None:
        old_size = QSize(self.tile_size)
        self.rects.clear()
        self.store_rects.clear()
        self.block_of.clear()
        self._first_of = {}
        self._block_keys = {}
        W, H = max(1, self.width()), max(1, self.height())
        if not self.order:
            return
        gap = 3
        stores: list[list[Key]] = []
        if self.grouped:
            for key in self.order:
                if not stores or stores[-1][0][0] != key[0]:
                    stores.append([])
                stores[-1].append(key)
            per = max(len(s) for s in stores)
            fit = fit_blocks(W, H, len(stores), per, gap)
            if fit is None:
                best = (10, 8, 11, per * 12 + 8, 27, max(1, W // (per * 12 + 11)))
            else:
                tw, th, cols = fit
                best = (tw, th, store_head(th), per * tw + (per - 1) * 2 + 8, store_head(th) + th + 8, cols)
            tw, th, head, bw, bh, cols = best
            spare = W - (cols * (bw + gap) - gap)
            x0 = max(0, spare // 2)
            for i, keys in enumerate(stores):
                r, c = divmod(i, cols)
                bx, by = x0 + c * (bw + gap), r * (bh + gap)
                block = QRect(bx, by, bw, bh)
                self.store_rects.append((block, keys[0]))
                self._block_keys[keys[0]] = keys
                for j, key in enumerate(keys):
                    self.rects[key] = QRect(bx + 4 + j * (tw + 2), by + head + 4, tw, th)
                    self.block_of[key] = block
                    self._first_of[key] = keys[0]
            self.tile_size = QSize(tw, th)
        else:
            n = len(self.order)
            fit = fit_grid(W, H, n, gap)
            tw, th, cols = fit if fit is not None else (10, 8, max(1, (W + gap) // (10 + gap)))
            x0 = max(0, (W - (cols * (tw + gap) - gap)) // 2)
            for i, key in enumerate(self.order):
                r, c = divmod(i, cols)
                self.rects[key] = QRect(x0 + c * (tw + gap), r * (th + gap), tw, th)
            self.tile_size = QSize(tw, th)
        if self.right_to_left():  # stores and tiles from the right (a block's canvas mirrors with it)
            self.rects = {key: mirrored(rect, W) for key, rect in self.rects.items()}
            self.store_rects = [(mirrored(block, W), first) for block, first in self.store_rects]
            self.block_of = {key: mirrored(block, W) for key, block in self.block_of.items()}
        if self.tile_size != old_size:
            self._cache.clear()
            self._signature.clear()
            self._strips.clear()
            self._fonts = None
            self._canvas.clear()
        for key in self.order:
            if key in self.views and key not in self._cache:
                self._render(key, self.views[key])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._layout()
        self._full = True
        super().resizeEvent(event)

    # -- drawing ---------------------------------------------------------------------

    def _texts(self, v: TileView, now: float) -> tuple:
        style = tile_style(v)
        w, h = self.tile_size.width(), self.tile_size.height()
        if h < 22:  # colour only: nothing else to compare
            return (style, bool(v.alerts) and style not in ("alert", "offline"), w, h)
        words = self.words
        total = words.iso(self.money(v.total)) if v.total is not None else ""
        if v.link is Link.OFFLINE:
            status = words.offline
        elif Alert.LANE_OFFLINE in v.alerts:
            status = words.silent_for(int(v.last_seen_age)) if v.last_seen_age is not None and h >= 60 else words.silent
        elif v.link is Link.CONNECTING:
            status = words.connecting
        elif v.state is LaneState.IDLE:
            status = words.idle
        else:
            status = words.tendering if v.state is LaneState.TENDERING else words.items(v.items)
        if h < 60:
            return (style, v.lane, total, status, bool(v.alerts), v.sessions > 1, w, h)
        minute = int((now - v.sale_started) // 60) if v.sale_started is not None and v.state is not LaneState.IDLE else None
        opened = "" if minute is None else words.opened(minute)
        alerts = words.listing.join(words.alerts.get(a, str(a)) for a in v.alerts if a not in (Alert.STORE_OFFLINE, Alert.LANE_OFFLINE))
        today = words.today(v.today_count, self.money(v.today_total))
        return (style, v.lane, total, status, opened, v.last_item, alerts, today, v.sessions > 1, w, h)

    def _fonts_for(self, h: int, w: int) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        if self._fonts is None:
            type_h = type_height(w, h)
            big = QFont()
            big.setPixelSize(max(8, int(type_h * (0.30 if h < 60 else 0.22))))
            big.setBold(True)
            small = QFont()
            small.setPixelSize(max(7, int(type_h * (0.2 if h < 60 else 0.12))))
            self._fonts = (big, small, QFontMetrics(big), QFontMetrics(small))
        return self._fonts

    def _render(self, key: Key, v: TileView) -> bool:
        now = time.time()
        sig = self._texts(v, now)
        if self._signature.get(key) == sig and key in self._cache:
            return False
        self._signature[key] = sig
        if v.sale_started is not None:
            self._minute[key] = int((now - v.sale_started) // 60)
        else:
            self._minute.pop(key, None)
        style = sig[0]
        w, h = self.tile_size.width(), self.tile_size.height()
        ratio = self.devicePixelRatioF() or 1.0
        pm = self._cache.get(key)
        if pm is None or pm.width() != int(w * ratio) or pm.height() != int(h * ratio):
            pm = QPixmap(int(w * ratio), int(h * ratio))
            pm.setDevicePixelRatio(ratio)
        bg, fg = COLOURS[style]
        edge = bool(v.alerts) and style not in ("alert", "offline")
        p = QPainter(pm)
        if h < 22:  # tiny tiles (1,600 on a 1080p screen): a coloured square, square corners
            p.fillRect(0, 0, w, h, BACKGROUND)
            p.fillRect(0, 0, w, h, ALERT_EDGE if edge else bg)
            if edge:
                p.fillRect(2, 2, w - 4, h - 4, bg)
            if style == "offline":
                p.setPen(QColor("#ff6b6b"))
                p.drawLine(2, h - 3, w - 3, 2)
            p.end()
            self._cache[key] = pm
            self._compose(key, pm)
            self.renders += 1
            return True
        pm.fill(BACKGROUND)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(bg)
        radius = max(2.0, min(w, h) * 0.08)
        p.drawRoundedRect(QRectF(0, 0, w, h), radius, radius)
        if edge:
            pen = p.pen()
            pen.setColor(ALERT_EDGE)
            pen.setStyle(Qt.PenStyle.SolidLine)
            pen.setWidthF(max(2.0, h * 0.06))
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(1, 1, w - 2, h - 2), radius, radius)
        p.setPen(fg)
        big, small, bm, sm = self._fonts_for(h, w)
        pad = max(2, int(type_height(w, h) * 0.07))
        inner = QRect(pad, pad, w - 2 * pad, h - 2 * pad)
        total, status = sig[2], sig[3]
        two = v.sessions > 1
        rtl = self.words.rtl
        p.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        left, right = _align(Qt.AlignmentFlag.AlignLeft, rtl), _align(Qt.AlignmentFlag.AlignRight, rtl)
        p.setFont(small)
        p.drawText(inner, left | Qt.AlignmentFlag.AlignTop, self.words.lane(v.lane) + (" " + self.words.iso("×" + self.words.locale.toString(2)) if two else ""))
        if w >= 90:
            p.drawText(inner, right | Qt.AlignmentFlag.AlignTop, elided(sm, status, inner.width() // 2))
        p.setFont(big)
        main = total or (status if w < 90 or style in ("offline", "connecting") else "")
        if h < 60:
            p.drawText(inner, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                       elided(bm, main, inner.width()))
        else:
            opened, last_item, alerts, today = sig[4], sig[5], sig[6], sig[7]
            lh = sm.height()
            mid = QRect(inner.left(), inner.top() + lh, inner.width(), bm.height() + 2)
            p.drawText(mid, left | Qt.AlignmentFlag.AlignVCenter,
                       elided(bm, main, inner.width()))
            p.setFont(small)
            rows = []
            if opened:
                rows.append(opened)
            if last_item:
                rows.append(last_item)
            if alerts:
                rows.append("⚠ " + alerts)
            rows.append(today)
            y = mid.bottom() + 2
            for text in rows:
                if y + lh > inner.bottom() + 1:
                    break
                p.drawText(QRect(inner.left(), y, inner.width(), lh), left,
                           elided(sm, text, inner.width()))
                y += lh
        p.end()
        self._cache[key] = pm
        self._compose(key, pm)
        self.renders += 1
        return True

    def _compose(self, key: Key, pm: QPixmap) -> None:
        """Keep the tile's store block canvas up to date (a full repaint is then one copy per store)."""
        first = self._first_of.get(key)
        canvas = self._canvas.get(first) if first is not None else None
        if canvas is None:
            return
        cp = QPainter(canvas)
        cp.drawPixmap(self.rects[key].topLeft() - self.block_of[key].topLeft(), pm)
        cp.end()

    def _block_canvas(self, block: QRect, first: Key) -> QPixmap:
        """A store's block as one pixmap: its name strip and every tile."""
        canvas = self._canvas.get(first)
        if canvas is not None and canvas.size() == block.size():
            return canvas
        canvas = QPixmap(self._strip(block, first))
        cp = QPainter(canvas)
        for key in self._block_keys.get(first, ()):
            pm = self._cache.get(key)
            if pm is not None:
                cp.drawPixmap(self.rects[key].topLeft() - block.topLeft(), pm)
        cp.end()
        self._canvas[first] = canvas
        return canvas

    def _strip(self, block: QRect, first: Key) -> QPixmap:
        """A store's block background with its name (cached until the store's link changes)."""
        pm = self._strips.get(first[0])
        if pm is not None and pm.width() == block.width():
            return pm
        v = self.views.get(first)
        name = v.store_name if v is not None else first[0]
        offline = v is not None and v.link is Link.OFFLINE
        pm = QPixmap(block.width(), block.height())
        pm.fill(QColor("#1a1f25"))
        p = QPainter(pm)
        p.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self.words.rtl else Qt.LayoutDirection.LeftToRight)
        font = QFont()
        head_px = max(9, min(20, int(self.tile_size.height() * 0.42) - 2))
        font.setPixelSize(head_px)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("#ff8a80") if offline else STORE_TEXT)
        strip = QRect(5, 1, block.width() - 10, head_px + 4)
        p.drawText(strip, _align(Qt.AlignmentFlag.AlignLeft, self.words.rtl) | Qt.AlignmentFlag.AlignVCenter,
                   elided(QFontMetrics(font), name, strip.width()))
        p.end()
        self._strips[first[0]] = pm
        return pm

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Only what changed since the last paint (Qt clips to the updated region); all of
        it after a layout, or when Qt asks for something we did not update (an expose)."""
        start = time.perf_counter()
        p = QPainter(self)
        full = self._full or not (self._to_paint or self._blocks_to_paint)
        if full:
            p.fillRect(event.rect(), BACKGROUND)
            for block, first in self.store_rects:
                p.drawPixmap(block.topLeft(), self._block_canvas(block, first))
            keys: Iterable[Key] = () if self.store_rects else self.order
        else:
            keys = set(self._to_paint)
            for block, first in self.store_rects:
                if first in self._blocks_to_paint:
                    p.drawPixmap(block.topLeft(), self._block_canvas(block, first))
        for key in keys:
            rect = self.rects.get(key)
            pm = self._cache.get(key)
            if rect is not None and pm is not None:
                p.drawPixmap(rect.topLeft(), pm)
        p.end()
        self._full = False
        self._to_paint.clear()
        self._blocks_to_paint.clear()
        self.paints += 1
        self.last_paint_ms = (time.perf_counter() - start) * 1000
        if self.recording:
            self.paint_ms.append(self.last_paint_ms)
        if self.painted is not None:
            self.painted(self.last_paint_ms)

    # -- input -----------------------------------------------------------------------

    def key_at(self, point: QPoint) -> Key | None:
        for key, rect in self.rects.items():
            if rect.contains(point):
                return key
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        key = self.key_at(event.position().toPoint())
        if key is not None:
            self.tile_activated.emit(*key)
        super().mouseReleaseEvent(event)
