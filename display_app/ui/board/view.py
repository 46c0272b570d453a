"""``BoardView``: the order-ready board, painted in one pass (fast with hundreds of guests).

Landscape: "Getting ready" first, "Ready" second. Portrait: "Ready" on top (what a guest
looks for first), "Getting ready" below. Each row is the guest's label (or ``#number``) and
a timer; a waiting guest's timer turns to the attention colour once past the goal. A staff
footer shows guests served, percent on time and average wait, and says when the pager
base is unreachable (the last known list stays up).

The board reads in the direction of the language in use (``i18n.direction``): in Arabic
the whole picture is mirrored (the first column on the right, each row's label on the
right and its timer on the left, text right-aligned), and timers and figures inside a
caption are Unicode-isolated (``format.isolate``) so they keep their own order. The layout
is worked out once, left to right, and each rectangle is mirrored as it is painted.
"""

from __future__ import annotations

import time
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QStaticText,
    QTextOption,
)
from PySide6.QtWidgets import QWidget

from ...pagers.board import BoardEntry, BoardState
from ..widgets import i18n
from ..widgets.format import clock_text, isolate, locale_for

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute

# One look, at WCAG AAA: every text below is at least 7:1 on its background (TEXT_PAIRS,
# tests/test_board_rtl.py); the board has no separate high-contrast theme.
BACKGROUND = QColor("#10201a")
PANEL = QColor("#173127")
READY_PANEL = QColor("#1e5a43")  # was #1f5f46: white on it measured 6.99:1
INK = QColor("#f4f7f5")
MUTED = QColor("#a9c2b6")
ATTENTION = QColor("#ffb547")
ATTENTION_BG = QColor("#452c0c")  # was #5a3a10: the late timer on it measured 5.8:1
FOOTER = QColor("#0a1510")
ALERT = QColor("#ff8a80")

#: Every text the board paints, on its background: (what, text colour, background).
TEXT_PAIRS = (
    ("title", INK, BACKGROUND),
    ("clock", MUTED, BACKGROUND),
    ("waiting heading, name", INK, PANEL),
    ("count, timer, more, nobody", MUTED, PANEL),
    ("ready heading, count, name, called, more, nobody", INK, READY_PANEL),
    ("late name", INK, ATTENTION_BG),
    ("late timer", ATTENTION, ATTENTION_BG),
    ("footer figures", MUTED, FOOTER),
    ("footer alert", ALERT, FOOTER),
)


@lru_cache(maxsize=1)
def font_family() -> str:
    """The bundled DejaVu Sans (resources/fonts), loaded once; the system's when missing."""
    from ... import paths

    family = ""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        path = paths.resources_dir() / "fonts" / name
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else "")
    return family or "DejaVu Sans"


def font(px: float, bold: bool = False) -> QFont:
    f = QFont(font_family())
    f.setPixelSize(max(8, round(px)))
    f.setBold(bold)
    return f


def wait_text(seconds: float) -> str:
    """"4:05" (minutes:seconds), "1:02:05" past an hour."""
    s = max(0, int(seconds))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


class BoardView(QWidget):
    """Shows a BoardState; ``set_state`` schedules one repaint; a 1 s timer keeps timers live."""

    painted = Signal(object, float)  # (the BoardState painted, time.perf_counter() at the end)

    def __init__(self, *, locale_name: str = "", title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = BoardState()
        self.locale = locale_for(locale_name)
        self._own_title = title
        self.title = title or QCoreApplication.translate("Board", "Orders")
        self.paints = 0
        self.last_frame_ms = 0.0
        #: Where the last frame put each column ("waiting", "ready") and its first row's
        #: label ("waiting-first", "ready-first"), in widget coordinates (tests, probes).
        self.painted_rects: dict[str, QRectF] = {}
        self._texts: dict[tuple[str, int, bool, bool], QStaticText] = {}
        self._elisions: dict[tuple[str, int, float], str] = {}
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 240)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.update)
        self._tick.start()
        self.follow_language()

    # --- reading direction -----------------------------------------------------------

    def follow_language(self) -> None:
        """Read in the direction of the captions' language (right to left for Arabic) and
        take the title in that language (unless the board was given one)."""
        self.setLayoutDirection(i18n.direction(i18n.current()))
        self.title = self._own_title or QCoreApplication.translate("Board", "Orders")
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:  # i18n.use installed another language
            self.follow_language()
        super().changeEvent(event)

    @property
    def right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _mirror(self, rect: QRectF) -> QRectF:
        """``rect`` (laid out left to right) where it goes on screen: mirrored across the
        board when it reads right to left."""
        if not self.right_to_left:
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _digits(self, text: str) -> str:
        """Timers and figures in the store's digits ("٤:٠٥" in an Egyptian store), as the
        clock and the display's numbers are. Pager numbers keep the digits printed on the
        pager ("#12")."""
        zero = self.locale.zeroDigit()
        if zero == "0" or len(zero) != 1:
            return text
        return "".join(chr(ord(zero) + int(ch)) if "0" <= ch <= "9" else ch for ch in text)

    def _start(self) -> Qt.AlignmentFlag:
        """The side a line of text starts on: left, or right when reading right to left."""
        return RIGHT if self.right_to_left else LEFT

    def _end(self) -> Qt.AlignmentFlag:
        return LEFT if self.right_to_left else RIGHT

    def _static(self, text: str, f: QFont) -> QStaticText:
        """A laid-out text, kept between frames (most rows do not change from one to the next)."""
        rtl = self.right_to_left
        key = (text, f.pixelSize(), f.bold(), rtl)
        static = self._texts.get(key)
        if static is None:
            if len(self._texts) > 4000:
                self._texts.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            option = QTextOption()
            option.setTextDirection(self.layoutDirection())  # the paragraph's direction: "⚠ 4:05" reads from the right
            static.setTextOption(option)
            static.prepare(font=f)
            self._texts[key] = static
        return static

    def _text(self, p: QPainter, rect: QRectF, text: str, f: QFont, *, end: bool = False) -> None:
        """One line of text, vertically centred in ``rect`` (on screen), at the side where
        lines start (or, ``end``, where they end) in the reading direction."""
        static = self._static(text, f)
        size = static.size()
        at_right = end != self.right_to_left
        x = rect.right() - size.width() if at_right else rect.left()
        p.setFont(f)
        p.drawStaticText(QPointF(x, rect.top() + (rect.height() - size.height()) / 2), static)

    def set_state(self, state: BoardState) -> None:
        self.state = state
        self.update()

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        t0 = time.perf_counter()
        now = time.monotonic()
        p = QPainter(self)
        try:
            p.setLayoutDirection(self.layoutDirection())
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._paint(p, now)
        finally:
            p.end()
        self.paints += 1
        t1 = time.perf_counter()
        self.last_frame_ms = (t1 - t0) * 1000
        self.painted.emit(self.state, t1)

    def unit(self) -> float:
        w, h = self.width(), self.height()
        return max(10.0, min(w, h) / 22.0) if h > w else max(10.0, min(h / 22.0, w / 30.0))

    def _paint(self, p: QPainter, now: float) -> None:
        w, h = float(self.width()), float(self.height())
        u = self.unit()
        p.fillRect(QRectF(0, 0, w, h), BACKGROUND)
        pad = u * 0.8
        # header: title and clock
        header_h = u * 2.2
        p.setPen(INK)
        p.setFont(font(u * 1.2, True))
        p.drawText(QRectF(pad, 0, w - 2 * pad, header_h), Qt.AlignmentFlag.AlignVCenter | self._start(), self.title)
        p.setPen(MUTED)
        p.setFont(font(u * 0.9))
        p.drawText(QRectF(pad, 0, w - 2 * pad, header_h), Qt.AlignmentFlag.AlignVCenter | self._end(), isolate(clock_text(self.locale)))
        footer_h = u * 1.6
        body = QRectF(pad, header_h, w - 2 * pad, h - header_h - footer_h - pad * 0.5)
        gap = pad
        if h > w:  # portrait: Ready on top
            half = (body.height() - gap) / 2
            ready_rect = QRectF(body.left(), body.top(), body.width(), half)
            waiting_rect = QRectF(body.left(), body.top() + half + gap, body.width(), half)
        else:
            half = (body.width() - gap) / 2
            waiting_rect = self._mirror(QRectF(body.left(), body.top(), half, body.height()))
            ready_rect = self._mirror(QRectF(body.left() + half + gap, body.top(), half, body.height()))
        self.painted_rects = {"waiting": waiting_rect, "ready": ready_rect}
        self._column(p, waiting_rect, QCoreApplication.translate("Board", "Getting ready"), self.state.waiting, now, u, ready=False)
        self._column(p, ready_rect, QCoreApplication.translate("Board", "Ready \u2013 go to the counter"), self.state.ready, now, u, ready=True)
        self._footer(p, QRectF(0, h - footer_h, w, footer_h), u)

    def _column(self, p: QPainter, rect: QRectF, title: str, entries: tuple[BoardEntry, ...], now: float, u: float, *, ready: bool) -> None:
        radius = u * 0.4
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(READY_PANEL if ready else PANEL)
        p.drawRoundedRect(rect, radius, radius)
        inner = rect.adjusted(u * 0.7, u * 0.5, -u * 0.7, -u * 0.5)
        title_h = u * 1.7
        count = self.locale.toString(len(entries))
        count_font = font(u * 0.8)
        # the heading keeps clear of the count: a smaller size first (down to 80 %), then "…"
        room = inner.width() - QFontMetricsF(count_font).horizontalAdvance(count) - u * 0.6
        title_font = font(u * 1.05, True)
        wide = QFontMetricsF(title_font).horizontalAdvance(title)
        if wide > room > 0:
            title_font = font(u * 1.05 * max(0.8, room / wide), True)
            title = self._elided(title, QFontMetricsF(title_font), room)
        p.setPen(INK)
        p.setFont(title_font)
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_h), Qt.AlignmentFlag.AlignVCenter | self._start(), title)
        p.setPen(MUTED if not ready else INK)
        p.setFont(count_font)
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_h), Qt.AlignmentFlag.AlignVCenter | self._end(), count)
        row_h = u * (2.0 if ready else 1.6)
        top = inner.top() + title_h + u * 0.3
        available = inner.bottom() - top
        fits = max(0, int(available // row_h))
        shown = entries if len(entries) <= fits else entries[: max(0, fits - 1)]
        name_font = font(u * (1.35 if ready else 1.05), ready)
        timer_font = font(u * 0.85)
        metrics = QFontMetricsF(name_font)
        timer_w = u * 3.2
        rtl = self.right_to_left
        for i, entry in enumerate(shown):
            row = QRectF(inner.left(), top + i * row_h, inner.width(), row_h)
            late = not ready and entry.late(now)
            if late:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(ATTENTION_BG)
                p.drawRoundedRect(row.adjusted(-u * 0.3, u * 0.08, u * 0.3, -u * 0.08), radius * 0.6, radius * 0.6)
            if ready:
                seconds = now - entry.paged_at if entry.paged_at is not None else 0.0
                text = QCoreApplication.translate("Board", "called %1").replace("%1", isolate(self._digits(wait_text(seconds))))
            else:
                text = ("\u26a0 " if late else "") + isolate(self._digits(wait_text(entry.waited_s(now))))
            text_w = max(timer_w, self._static(text, timer_font).size().width() + u * 0.4)
            # the label where a line starts, the timer where it ends (left to right: label left)
            name_rect = QRectF(row.left() + (text_w if rtl else 0), row.top(), row.width() - text_w, row.height())
            timer_rect = QRectF(row.left() if rtl else row.right() - text_w, row.top(), text_w, row.height())
            if i == 0:
                self.painted_rects["ready-first" if ready else "waiting-first"] = name_rect
            p.setPen(INK)
            self._text(p, name_rect, self._elided(entry.name, metrics, name_rect.width()), name_font)
            p.setPen(INK if ready else (ATTENTION if late else MUTED))
            self._text(p, timer_rect, text, timer_font, end=True)
        hidden = len(entries) - len(shown)
        if hidden > 0:
            p.setPen(INK if ready else MUTED)  # muted grey on the Ready panel is 4.3:1
            p.setFont(font(u * 0.8))
            more = QRectF(inner.left(), top + len(shown) * row_h, inner.width(), row_h)
            p.drawText(more, Qt.AlignmentFlag.AlignVCenter | self._start(), i18n.with_digits(QCoreApplication.translate("Board", "+ %n more", None, hidden), hidden, self.locale))
        if not entries:
            p.setPen(INK if ready else MUTED)
            p.setFont(font(u * 0.85))
            p.drawText(QRectF(inner.left(), top, inner.width(), row_h), Qt.AlignmentFlag.AlignVCenter | self._start(), QCoreApplication.translate("Board", "Nobody yet") if ready else QCoreApplication.translate("Board", "Nobody waiting"))

    def _elided(self, name: str, metrics: QFontMetricsF, width: float) -> str:
        key = (name, round(width), metrics.height())
        text = self._elisions.get(key)
        if text is None:
            if len(self._elisions) > 4000:
                self._elisions.clear()
            text = self._elisions[key] = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
        return text

    def _footer(self, p: QPainter, rect: QRectF, u: float) -> None:
        p.fillRect(rect, FOOTER)
        inner = rect.adjusted(u * 0.8, 0, -u * 0.8, 0)
        p.setFont(font(u * 0.7))
        stats = self.state.statistics
        if stats is None:
            served = on_time = average = "\u2013"
        else:
            served = "\u2013" if stats.guests_served is None else self.locale.toString(stats.guests_served)
            on_time = "\u2013" if stats.percent_on_time is None else self.locale.toString(stats.percent_on_time) + self.locale.percent()
            average = "\u2013" if stats.average_time_served_s is None else self._digits(wait_text(stats.average_time_served_s))
        text = QCoreApplication.translate("Board", "Guests served %1    On time %2    Average wait %3")
        text = text.replace("%1", isolate(served)).replace("%2", isolate(on_time)).replace("%3", isolate(average))
        p.setPen(MUTED)
        p.drawText(inner, Qt.AlignmentFlag.AlignVCenter | self._start(), text)
        if self.state.reachable is False:
            p.setPen(ALERT)
            p.drawText(inner, Qt.AlignmentFlag.AlignVCenter | self._end(), QCoreApplication.translate("Board", "Pager base unreachable \u2013 last known list"))
        elif self.state.error:
            p.setPen(ALERT)
            p.drawText(inner, Qt.AlignmentFlag.AlignVCenter | self._end(), QCoreApplication.translate("Board", "Pager base sent an unreadable list \u2013 last known list"))
        elif self.state.reachable is None:
            p.setPen(MUTED)
            p.drawText(inner, Qt.AlignmentFlag.AlignVCenter | self._end(), QCoreApplication.translate("Board", "Connecting to the pager base\u2026"))
