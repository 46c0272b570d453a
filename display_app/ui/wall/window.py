"""The Lane Wall window: a header that sums the estate over the ``WallView`` of tiles, and the
frame pump that moves the model's changes to the screen.

Frames: a 33 ms timer takes the tiles the model marked changed and hands their views to the
view, which repaints only those rectangles: however many messages arrived, each tile is
repainted at most once a frame. Once a second the header is recomputed, time-dependent
tile text refreshed and the state file written; every ``RESORT_SECONDS`` the attention order
is recomputed (tiles do not jump about between).

Tapping a tile opens that lane's live sale in the customer display, read-only: a separate
``display-app display`` process following the lane's checkout session (the display's own
renderer, untouched; a surface never imports another surface).

Language (docs/wall.md): the wall's captions are in the stores file's ``language``, else
the language of its ``locale``, else this machine's (``QLocale.system()``), else English;
Arabic mirrors the whole wall (header and tiles).
"""

from __future__ import annotations

import functools
import json
import logging
import os
import subprocess
import tempfile
import time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...wall import probe
from ...wall.model import Alert, EstateTotals, TileView, WallModel, sort_by_attention
from ...sale.language import ENGLISH, supported
from ..widgets import i18n
from ..widgets.format import MoneyFormat
from .view import BACKGROUND, WallView, Words, _align, mirrored

log = logging.getLogger(__name__)

FRAME_MS = 33
#: Tile work per frame at most (the paint comes on top): the rest waits one more frame.
FRAME_BUDGET_MS = 10.0
#: When the oldest waiting change is older than this, a frame may work this long (paint
#: included it stays under 33 ms) to catch up.
BEHIND_SECONDS = 0.25
BEHIND_BUDGET_MS = 18.0
RESORT_SECONDS = 5.0

translate = QCoreApplication.translate

#: The stores file's default title, shown in the wall's language.
DEFAULT_TITLE = "Lane Wall"


def wall_language(language: str = "", locale: str = "") -> str:
    """The wall's caption language: ``language`` (the stores file's ``language``), else the
    language of ``locale`` (its ``locale``), else this machine's, else English."""
    return supported(language) or supported(locale) or supported(QLocale.system().name()) or ENGLISH


class Header(QWidget):
    """The wall's title and the estate's figures, each over its caption; mirrored (title
    at the right, figures from the left) in a right-to-left language."""

    def __init__(self, title: str, money: Any, parent: QWidget | None = None, words: Words | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.money = money
        self.totals: EstateTotals | None = None
        self.words = words or Words()
        self.locale = self.words.locale

    def captions(self) -> list[str]:
        """The figures' captions, in reading order."""
        return [translate("Wall", "stores online"), translate("Wall", "lanes"), translate("Wall", "in sale now"),
                translate("Wall", "sales today"), translate("Wall", "alerts")]

    def set_totals(self, totals: EstateTotals) -> None:
        if totals != self.totals:
            self.totals = totals
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#0b0d10"))
        h = self.height()
        font = QFont()
        font.setPixelSize(max(12, int(h * 0.45)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("#e6edf3"))
        pad = int(h * 0.3)
        rtl = self.words.rtl
        p.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        width = self.width()
        place = (lambda r: mirrored(r, width)) if rtl else (lambda r: r)
        left = _align(Qt.AlignmentFlag.AlignLeft, rtl)
        p.drawText(place(QRect(pad, 0, self.width() // 3, h)), Qt.AlignmentFlag.AlignVCenter | left, self.title)
        t = self.totals
        if t is None:
            return
        n = self.locale.toString
        iso = self.words.iso
        captions = self.captions()
        parts = [
            (iso(f"{n(t.stores_online)}/{n(t.stores)}"), captions[0], t.stores_online < t.stores),
            (iso(f"{n(t.lanes_online)}/{n(t.lanes)}"), captions[1], t.lanes_online < t.lanes),
            (iso(f"{n(t.lanes_in_sale)} · {self.money(t.in_sale_total)}"), captions[2], False),
            (iso(f"{n(t.today_count)} · {self.money(t.today_total)}"), captions[3], False),
            (iso(n(t.alerts)), captions[4], t.alerts > 0),
        ]
        small = QFont()
        small.setPixelSize(max(9, int(h * 0.22)))
        x = self.width() - pad
        for value, label, warn in reversed(parts):
            fm, sm = QFontMetrics(font), QFontMetrics(small)
            w = max(fm.horizontalAdvance(value), sm.horizontalAdvance(label)) + pad
            x -= w
            p.setFont(font)
            p.setPen(QColor("#ffb020") if warn else QColor("#e6edf3"))
            p.drawText(place(QRect(x, 0, w, int(h * 0.68))), Qt.AlignmentFlag.AlignBottom | left, value)
            p.setFont(small)
            p.setPen(QColor("#8b949e"))
            p.drawText(place(QRect(x, int(h * 0.68), w, int(h * 0.3))), Qt.AlignmentFlag.AlignTop | left, label)
        p.end()


class WallWindow(QWidget):
    closed = Signal()

    def __init__(self, model: WallModel, *, state_file: str = "", locale: str = "", currency: str = "",
                 grouped: bool = True, bench: bool = False, language: str | None = None) -> None:
        """``language``: the captions' language, installed for the process (``i18n.use``);
        None: the language already installed (a launcher that shows the wall beside another
        surface), or the wall's own (``wall_language``) when none is yet."""
        super().__init__()
        if language is not None:
            self.language = i18n.use(language or wall_language(getattr(model.config, "language", ""), locale))
        else:
            self.language = i18n.current() or i18n.use(wall_language(getattr(model.config, "language", ""), locale))
        rtl = i18n.direction(self.language) == Qt.LayoutDirection.RightToLeft
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        title = model.config.title
        if title == DEFAULT_TITLE:
            title = translate("Wall", "Lane Wall")
        self.setWindowTitle(i18n.fill(translate("Wall", "%1 · Lane Wall"), title))
        self.model = model
        self.state_file = state_file
        fmt = MoneyFormat.for_store(locale, currency)
        words = Words(fmt.locale, rtl)
        money = functools.lru_cache(maxsize=20_000)(fmt.money)  # totals repeat (today's, every second)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), BACKGROUND)
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.header = Header(title, money, self, words)
        self.view = WallView(money, self)
        self.view.words = words
        self.view.grouped = grouped
        self.view.tile_activated.connect(self.open_lane)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.frames = 0
        self.bench = bench
        self.latencies: list[tuple[float, float]] = []  # (wall time painted, seconds since the change)
        self.frame_ms: list[tuple[float, float]] = []  # (wall time, ms of frame work + paint)
        self.opened: list[subprocess.Popen[bytes]] = []
        self.display_args: list[str] = []  # extra arguments for an opened lane's display (probes)
        self._unpainted: dict[tuple[str, str], float] = {}
        self._pending: dict[tuple[str, str], float] = {}  # changed tiles not yet handed to the view
        self.events_timeline: list[tuple[float, int]] = []  # (wall time, events applied so far), bench
        self._work_ms = 0.0
        if bench:
            self.view.painted = self._painted
        self._last_sort = 0.0
        self._last_state = 0.0
        self.state_interval = 1.0  # seconds between state-file rewrites (a 1,600-lane file costs ~0.1 s)
        self._last_doc: str = ""
        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self.frame)
        self._second = QTimer(self)
        self._second.setInterval(1000)
        self._second.timeout.connect(self.second)
        self.second()
        self._frame.start()
        self._second.start()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        # From the height, but no taller than the width has room for: on a portrait screen a
        # header sized from 1920 px ran its title into its figures across 1080 px.
        self.header.setFixedHeight(max(40, min(110, self.height() // 18, self.width() // 24)))
        super().resizeEvent(event)

    # -- pumping -----------------------------------------------------------------------

    def frame(self) -> None:
        """One frame: the changed tiles' views to the view (it repaints only their rects),
        oldest change first, within ``FRAME_BUDGET_MS`` of work; the rest wait for the next
        frame (so a burst delays tiles a little instead of stretching a frame)."""
        start = time.perf_counter()
        pending = self._pending
        for key, changed in self.model.take_dirty().items():
            pending.setdefault(key, changed)
        if not pending:
            return
        mono = time.monotonic()
        order = sorted(pending, key=pending.__getitem__) if len(pending) > 1 else list(pending)
        behind = mono - pending[order[0]] > BEHIND_SECONDS
        deadline = start + (BEHIND_BUDGET_MS if behind else FRAME_BUDGET_MS) / 1000
        done: dict[tuple[str, str], float] = {}
        unchanged: list[float] = []
        for key in order:
            view = self.model.view(key, mono)
            changed = pending.pop(key)
            if view is not None:
                if self.view.set_tiles([view]):
                    done[key] = changed
                else:
                    unchanged.append(changed)  # nothing on the tile changed (e.g. a total a tiny tile does not show)
            if time.perf_counter() > deadline:
                break
        self.frames += 1
        if self.bench:
            for key, changed in done.items():
                self._unpainted.setdefault(key, changed)
            if unchanged:  # on screen already: it is what the screen shows
                now, wall = time.monotonic(), time.time()
                self.latencies.extend((wall, now - changed) for changed in unchanged)
            self._work_ms += (time.perf_counter() - start) * 1000

    def _painted(self, paint_ms: float) -> None:
        """After each paint of the view (bench): how long each change took to reach the
        screen, and the frame's cost (model-to-view work plus the paint)."""
        if not self._unpainted:
            return
        done = time.monotonic()
        wall = time.time()
        for changed in self._unpainted.values():
            self.latencies.append((wall, done - changed))
        self._unpainted.clear()
        self.frame_ms.append((wall, self._work_ms + paint_ms))
        self._work_ms = 0.0

    def second(self) -> None:
        """Once a second, from the views the screen already holds (no pass over the model
        but at start-up): the header, the "open N min" texts, every RESORT_SECONDS the
        attention order, and the state file."""
        mono = time.monotonic()
        if self.bench:
            self.events_timeline.append((time.time(), self.model.events))
        if not self.view.views:
            views = self.model.views(mono)
            self.view.views.update((v.key, v) for v in views)
        views = list(self.view.views.values())
        totals = self.model.totals(views)
        self.header.set_totals(totals)
        if mono - self._last_sort >= RESORT_SECONDS or not self.view.order:
            self._last_sort = mono
            order = [v.key for v in sort_by_attention(views, group_by_store=self.view.grouped)]
            self.view.set_order(order, {})
        self.view.refresh_due(time.time())
        silent = [k for k, v in self.view.views.items() if Alert.LANE_OFFLINE in v.alerts]
        if silent and len(silent) <= 200 and self.view.tile_size.height() >= 60:  # "silent N s" on tiles that say it
            self.view.set_tiles([v for v in (self.model.view(k, mono) for k in silent) if v is not None])
        if self.state_file and mono - self._last_state >= self.state_interval - 0.05:
            self._last_state = mono
            fresh = self.model.views(mono)  # the probe reports ages as of now
            doc = probe.wall_state_json(self.model.config.title, fresh, self.model.totals(fresh))
            text = json.dumps(doc["lanes"], sort_keys=True)
            if text != self._last_doc:
                self._last_doc = text
                try:
                    probe.write_json(self.state_file, doc)
                except OSError as exc:
                    log.error("cannot write the state file %s: %s", self.state_file, exc)

    # -- opening a lane ------------------------------------------------------------------

    def open_lane(self, store_id: str, lane: str) -> None:
        """The lane's live sale in the customer display, following the session shown."""
        store = next((s for s in self.model.config.stores if s.id == store_id), None)
        view = self.model.view((store_id, lane))
        if store is None or view is None:
            return
        from ... import config
        from ...paths import executable_command

        cfg = config.Config(counter=store.url, apikey=store.apikey, session=view.session,
                            store_name=f"{store.name} · Lane {lane}")
        fd, path = tempfile.mkstemp(prefix="wall-lane-", suffix=".toml")
        os.close(fd)
        config.save(cfg, path)  # 0600: it may hold the store's API key
        command = [*executable_command(), "display", "--config", path, *self.display_args]
        log.info("opening store %s lane %s (session %s) in a customer display", store_id, lane, view.session or "-")
        try:
            self.opened.append(subprocess.Popen(command))
        except OSError as exc:
            log.error("cannot start the customer display: %s", exc)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self._frame.stop()
        self._second.stop()
        for proc in self.opened:
            if proc.poll() is None:
                proc.terminate()


def money_total(views: list[TileView]) -> Decimal:
    return sum((v.total or Decimal(0) for v in views), Decimal(0))
