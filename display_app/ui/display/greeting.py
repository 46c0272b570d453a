"""Shopper identification on the customer display: a scanner attached to the display
(keyboard wedge) feeds ``visits.VisitJoin``; the greeting pill shows its ``VisitView``;
``{session}`` in the thank-you URL becomes the visit session id.

The pill shows "Welcome back, <first name>" over the sale and thank-you screens, only when
the join says so (association landed, store turned the greeting on, the counter named the
customer). It never shows an id. Nothing here waits on the API.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import QWidget

from ...sale.model import Screen, ScreenState
from . import theme

# The visits package (the join, the replay queue, the code reader's limits) is imported
# where it is used: a display without shopper identification, the usual one, never loads
# it (controller.start_display imports this module for install_visits on every start).
if TYPE_CHECKING:
    from ...visits.join import VisitJoin, VisitView

log = logging.getLogger(__name__)

#: Keys further apart than this start a new code (a wedge scanner types a code in a few ms a key).
MAX_GAP_S = 0.3

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CodeReader(QObject):
    """Collects what a keyboard-wedge scanner types into the display window; Enter ends a code.

    The display has no text fields, so every printable key aimed at the window is taken.
    A flood is bounded: past ``MAX_CODE_CHARS`` the code is dropped (one warning).
    """

    scanned = Signal(str)

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self._buffer: list[str] = []
        self._last = 0.0
        self._overflow = False
        root.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        now = time.monotonic()
        if now - self._last > MAX_GAP_S:
            self._buffer.clear()
            self._overflow = False
        self._last = now
        if event.key() in _ENTER:
            text = "".join(self._buffer)
            self._buffer.clear()
            if text and not self._overflow:
                self.scanned.emit(text)
            self._overflow = False
            return True
        typed = event.text()
        if typed and typed.isprintable():
            from ...visits.code import MAX_CODE_CHARS

            if len(self._buffer) >= MAX_CODE_CHARS:
                if not self._overflow:
                    log.warning("scanned code longer than %d characters; ignored", MAX_CODE_CHARS)
                self._overflow = True
            else:
                self._buffer.append(typed)
            return True
        return False


class GreetingPill(QWidget):
    """A rounded label in the brand colour, centred at the top of the screen content."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.text = ""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.hide()
        window.installEventFilter(self)

    def set_text(self, text: str) -> None:
        if text == self.text:
            return
        self.text = text
        self.setVisible(bool(text))
        self.place()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window_ and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.place()
        return False

    def place(self) -> None:
        """In the header, between the store's name and the clock; below the header at the
        far side when the name leaves no room (a narrow screen, a long name)."""
        if not self.text:
            return
        win = self.window_
        unit = getattr(win, "unit", 20.0)
        metrics = QFontMetrics(theme.font(unit * 0.95, bold=True))
        width = min(metrics.horizontalAdvance(self.text) + int(unit * 1.6), win.width() - int(unit))
        header = win.header
        height = min(metrics.height() + int(unit * 0.5), max(header.height() - int(unit * 0.3), metrics.height()))
        rtl = win.layoutDirection() == Qt.LayoutDirection.RightToLeft
        clock = header.clock.geometry()
        name = header.name
        name_width = QFontMetrics(name.font()).horizontalAdvance(name.text())
        gap = int(unit * 0.8)
        if not rtl:
            x = clock.left() - gap - width
            fits = header.isVisible() and x >= name.geometry().left() + name_width + gap
        else:
            x = clock.right() + gap
            fits = header.isVisible() and x + width <= name.geometry().right() - name_width - gap
        if fits:
            y = header.geometry().top() + (header.height() - height) // 2
        else:
            x = int(unit * 0.5) if rtl else win.width() - width - int(unit * 0.5)
            y = win.stack.geometry().top() + int(unit * 0.4)
        self.setGeometry(x, y, width, height)
        self.raise_()

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        colours = self.window_.colours
        unit = getattr(self.window_, "unit", 20.0)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.accent)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(colours.on_accent)
        painter.setFont(theme.font(unit * 0.95, bold=True))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


def greeting_text(view: VisitView) -> str:
    if not view.greeting_name:
        return ""
    return QCoreApplication.translate("Display", "Welcome back, %1").replace("%1", view.greeting_name)


@dataclasses.dataclass
class DisplayVisits:
    """The display's shopper-identification parts (for tests and the bench)."""

    join: VisitJoin
    reader: CodeReader | None  # None without visits_url: keys are left alone
    pill: GreetingPill
    state: ScreenState | None = None

    def refresh(self, *_: Any) -> None:
        state = self.state
        showing = state is not None and state.screen in (Screen.SALE, Screen.THANKYOU)
        self.pill.set_text(greeting_text(self.join.view) if showing else "")

    def on_rendered(self, state: ScreenState) -> None:
        self.state = state
        sale = state.sale
        self.join.on_sale(sale.key if sale is not None else "", sale.customer if sale is not None else "")
        self.refresh()

    def present(self, state: ScreenState) -> ScreenState:
        """The state as shown: ``{session}`` in the thank-you URL filled in."""
        if "{session}" in state.thankyou_url and state.sale is not None:
            return dataclasses.replace(state, thankyou_url=self.join.thankyou_link(state.thankyou_url, state.sale.key))
        return state


def install_visits(run: Any, cfg: Any) -> DisplayVisits | None:
    """Wire shopper identification into a running display (``controller.start_display``).

    Nothing is installed when ``visits_url`` is empty and the thank-you URL has no
    ``{session}``. Needs a running asyncio loop (the association queue's worker)."""
    url = getattr(cfg, "visits_url", "")
    if not url and "{session}" not in (getattr(cfg, "thankyou_url", "") or ""):
        return None
    from ...visits.join import VisitJoin

    queue = None
    if url:
        from ...visits.replay import start_queue

        queue, close = start_queue(cfg)
        run.cleanups.append(lambda: asyncio.ensure_future(close()))
    join = VisitJoin(queue, greeting=bool(getattr(cfg, "greeting", False)))
    parts = DisplayVisits(join=join, reader=CodeReader(run.window) if queue is not None else None, pill=GreetingPill(run.window))
    if parts.reader is not None:
        parts.reader.scanned.connect(join.identify)
    join.listeners.append(parts.refresh)
    run.controller.rendered.connect(parts.on_rendered)
    run.controller.present = parts.present
    run.visits = parts
    log.info("shopper identification on (%s API, greeting %s)", cfg.visits_flavour, "on" if join.greeting_enabled else "off")
    return parts
