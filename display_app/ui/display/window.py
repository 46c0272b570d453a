"""The customer display window: shows one ``ScreenState``, exactly.

``window.show_state(state)`` picks the screen (idle, sale, thank-you; offline is an
overlay on top of the last of those), applies the store's branding, locale and
reading direction, and the banner. Sizes follow the window (``theme.unit_for``),
so the same window fits a 7" tablet and a 4K monitor, landscape or portrait.

After each paint of a changed state the window records ``last_paint``
(``time.monotonic()``) and emits ``painted(float)``: the latency benchmark listens.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRect, QTime, QTimer, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QMenu, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...sale.language import LANGUAGES, NATIVE_NAMES
from ...sale.model import Connection, Screen, ScreenState, StoreInfo
from ..widgets import i18n
from ..widgets.format import MoneyFormat
from . import theme
from .screens import IdleScreen, OfflineOverlay, SaleScreen, ThankYouScreen
from .widgets import BannerStrip, Header

STATUS_TEXT = {
    Connection.CONNECTING: QT_TRANSLATE_NOOP("Display", "Connecting to the counter…"),
    Connection.DISCONNECTED: QT_TRANSLATE_NOOP("Display", "Waiting for the counter…"),
}


#: Burn-in care for what never moves (the header, the totals panel): every ``SHIFT_MINUTES``
#: the whole picture steps to the next of these offsets (in steps of a tenth of a unit,
#: 2 px on 800x480, 4-5 px on 1080p), so no edge stays on the same pixels for hours.
SHIFT = ((0, 0), (1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1), (0, -1), (1, -1))
SHIFT_MINUTES = 10

#: The night mode: how dark the idle screen is made between ``night_from`` and ``night_until``.
NIGHT_DIM = 0.6


def minutes(text: str) -> int | None:
    """ "HH:MM" -> minutes after midnight (None when empty or not a time)."""
    hours, _, mins = (text or "").partition(":")
    if not (hours.isdigit() and mins.isdigit() and int(hours) < 24 and int(mins) < 60):
        return None
    return int(hours) * 60 + int(mins)


def is_night(now: int, start: int | None, end: int | None) -> bool:
    """Whether ``now`` (minutes after midnight) is in the night from ``start`` to ``end``,
    which may run past midnight (22:00-06:00). No schedule (either None, or equal): never."""
    if start is None or end is None or start == end:
        return False
    return start <= now < end if start < end else now >= start or now < end


class NightShade(QWidget):
    """The night mode: a dark veil over the idle screen (fewer nits on the panel for the
    hours nobody shops; a sale always shows at full contrast)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        colour = theme.QColor(0, 0, 0)
        colour.setAlphaF(NIGHT_DIM)
        QPainter(self).fillRect(event.rect(), colour)


class DisplayWindow(QWidget):
    """The customer-facing window. Draws what ``show_state`` is given, nothing else."""

    painted = Signal(float)  # monotonic time right after a changed state was painted
    language_picked = Signal(str)  # the shopper chose a language on the language button
    closed = Signal()  # the window was closed (not in kiosk mode, where closing is refused)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Display", "Customer display"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.language = ""  # the captions' language (ScreenState.language), applied by _apply_language
        self.high_contrast = False
        self.state = ScreenState()
        self.store: StoreInfo | None = None
        self.colours = theme.Theme.for_store(None)
        self.money = MoneyFormat.for_store("", "")
        self.unit = 20.0
        self.portrait = False
        self.stacked = False
        self.last_paint: float | None = None
        self.paints = 0
        self._paint_pending = False

        self.header = Header(self)
        self.idle = IdleScreen(self)
        self.sale = SaleScreen(self)
        self.thankyou = ThankYouScreen(self)
        self.stack = QStackedWidget(self)
        for page in (self.idle, self.sale, self.thankyou):
            self.stack.addWidget(page)
        self.banner = BannerStrip(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.banner)
        self.overlay = OfflineOverlay(self)
        # The shopper's language button (``language_button`` setting: touch displays).
        self.language_button = QPushButton(self, objectName="language-button")
        self.language_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language_button.clicked.connect(self._pick_language)
        self.language_button.hide()
        # Burn-in care and the night mode (docs/accessibility.md).
        self.shift_step = 0
        self._shift_timer = QTimer(self)
        self._shift_timer.setInterval(SHIFT_MINUTES * 60_000)
        self._shift_timer.timeout.connect(self.shift)
        self._shift_timer.start()
        self.night: tuple[int | None, int | None] = (None, None)
        self.shade = NightShade(self)
        self._night_timer = QTimer(self)
        self._night_timer.setInterval(30_000)
        self._night_timer.timeout.connect(self._update_night)
        self.setMinimumSize(320, 240)
        self.resize(1280, 800)
        self._apply_store(StoreInfo())
        self._apply_state(self.state)

    # -- public API ------------------------------------------------------------------

    def show_state(self, state: ScreenState) -> None:
        """Show ``state``. Cheap when little changed (the lines model updates by row)."""
        if state is self.state:
            return
        self._apply_state(state)
        self._paint_pending = True
        # Each widget repaints what it changed (a label its text, the lines view its changed
        # rows), so no full-window repaint per state. One pixel is marked too, so a state
        # with no visible change still ends in a paint (``painted``, the bench's stamps).
        self.update(0, 0, 1, 1)

    def set_slideshow(self, folder: str, seconds: float) -> None:
        self.idle.set_slideshow(folder, seconds)

    def set_animations(self, on: bool) -> None:
        """Screenshots and tests turn motion off so what is grabbed is the settled screen."""
        self.sale.lines.animate = on
        self.overlay.animate = on

    @property
    def visible_screen(self) -> Screen:
        """Which screen a customer sees right now (OFFLINE when the overlay is up)."""
        if self.overlay.isVisible():
            return Screen.OFFLINE
        page = self.stack.currentWidget()
        return Screen.SALE if page is self.sale else Screen.THANKYOU if page is self.thankyou else Screen.IDLE

    # -- applying a state ------------------------------------------------------------

    def _apply_state(self, state: ScreenState) -> None:
        self.state = state
        if state.language != self.language:
            self._apply_language(state.language)
        if state.store != self.store:
            self._apply_store(state.store)
        underneath = self._underneath(state)
        if underneath is Screen.SALE:
            self.sale.show_sale(state.sale)
        elif underneath is Screen.THANKYOU:
            self.thankyou.show_sale(state.sale, state.thankyou_url, state.store.name, state.store.thankyou_message)
        page = {Screen.IDLE: self.idle, Screen.SALE: self.sale, Screen.THANKYOU: self.thankyou}[underneath]
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
        self.header.setVisible(underneath is not Screen.IDLE)
        status = STATUS_TEXT.get(state.connection, "") if state.screen is not Screen.OFFLINE else ""
        self.idle.set_status(QCoreApplication.translate("Display", status) if status else "")
        self.banner.set_message(state.banner)
        self._update_night()
        offline = state.screen is Screen.OFFLINE
        if offline != self.overlay.isVisible():
            self.overlay.setVisible(offline)
        if offline:
            self.overlay.set_problem(not state.ever_connected, state.connection_problem)
            self._place_overlay()
            self.overlay.raise_()
        else:
            self.idle.set_card(None)

    @staticmethod
    def _underneath(state: ScreenState) -> Screen:
        """The lifecycle screen to draw (under the overlay when offline)."""
        if state.screen is not Screen.OFFLINE:
            return state.screen
        if state.phase is Screen.THANKYOU and state.sale is not None:
            return Screen.THANKYOU
        return Screen.SALE if state.sale is not None else Screen.IDLE

    def _apply_store(self, store: StoreInfo) -> None:
        self.store = store
        self.colours = theme.Theme.for_store(store, high_contrast=self.high_contrast)
        self.money = MoneyFormat.for_store(store.locale, store.currency)
        logo = theme.load_logo(store.logo)
        self.header.set_store(store.name, logo)
        self.idle.set_store(store.name, store.message, logo)
        for part in (self.header, self.idle, self.sale, self.thankyou, self.banner, self.overlay):
            part.set_theme(self.colours)
        self.header.clock.set_locale(store.locale)
        self.idle.set_locale(store.locale, self.language)  # the date in the language on screen
        self.sale.set_money_format(self.money)
        self.thankyou.set_money_format(self.money)
        title = QCoreApplication.translate("Display", "%1 – customer display").replace("%1", store.name)
        self.setWindowTitle(title if store.name else QCoreApplication.translate("Display", "Customer display"))
        # Re-show what is on screen in the new money format.
        if self.state.sale is not None:
            self.sale.panel.show_sale(self.state.sale)

    def _apply_language(self, code: str) -> None:
        """Captions in ``code`` (the state's language) and its reading direction; money keeps
        the store's format whatever the language."""
        self.language = i18n.use(code)
        self.setLayoutDirection(i18n.direction(self.language))
        self.language_button.setText(NATIVE_NAMES.get(self.language, self.language))
        self.language_button.setAccessibleName(QCoreApplication.translate("Display", "Language"))
        if self.store is not None:
            self._apply_store(self.store)  # names, welcome, title and the lines' texts again

    def set_accessibility(self, *, high_contrast: bool, large_text: bool) -> None:
        """The high-contrast theme and the large-text setting (all type ``theme.LARGE_TEXT``
        times larger), from the settings or the staff menu; applied at once."""
        self.high_contrast = high_contrast
        theme.set_text_scale(theme.LARGE_TEXT if large_text else 1.0)
        self._apply_store(self.store or StoreInfo())
        self._rescale()
        self._apply_state(self.state)
        self.update()

    def set_language_button(self, on: bool) -> None:
        """Show the shopper's language button (a touch display's bottom corner)."""
        self.language_button.setVisible(on)
        self._place_overlay()

    def _pick_language(self) -> None:
        menu = QMenu(self)
        menu.setFont(theme.font(self.unit * 0.9))
        for code in LANGUAGES:
            action = menu.addAction(NATIVE_NAMES[code])
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _=False, code=code: self.language_picked.emit(code))
        menu.popup(self.language_button.mapToGlobal(self.language_button.rect().topLeft()))
        self._menu = menu

    def set_night(self, start: str, end: str) -> None:
        """Dim the idle screen from ``start`` to ``end`` ("HH:MM", local time; may span midnight)."""
        self.night = (minutes(start), minutes(end))
        if self.night[0] is not None and self.night[1] is not None:
            self._night_timer.start()
        else:
            self._night_timer.stop()
        self._update_night()

    def _update_night(self, now: QTime | None = None) -> None:
        moment = now or QTime.currentTime()
        dim = is_night(moment.hour() * 60 + moment.minute(), *self.night) and self.visible_screen is Screen.IDLE
        if dim != self.shade.isVisible():
            self.shade.setGeometry(self.rect())
            self.shade.setVisible(dim)
            self.shade.raise_()

    def shift(self) -> None:
        """The next burn-in offset: the whole picture moves a step (a few pixels)."""
        self.shift_step = (self.shift_step + 1) % len(SHIFT)
        self._apply_shift()

    def shift_offset(self) -> tuple[int, int]:
        step = max(1, round(self.unit * 0.1))
        dx, dy = SHIFT[self.shift_step]
        return dx * step, dy * step

    def _apply_shift(self) -> None:
        dx, dy = self.shift_offset()
        # A margin of a step on the side the picture moves away from: every edge inside the
        # picture (the header's text, the totals panel's side, each line) moves by up to a step.
        self.layout().setContentsMargins(max(0, dx), max(0, dy), max(0, -dx), max(0, -dy))

    def _paint_frame(self, painter: QPainter) -> None:
        """The burn-in shift's thin frame in the colours beside it (the header band and the
        totals panel reach the screen's edges; the idle screen is framed in its own dark end)."""
        margins = self.layout().contentsMargins()
        if not (margins.left() or margins.top() or margins.right() or margins.bottom()):
            return
        w, h = self.width(), self.height()
        if self.stack.currentWidget() is self.idle and not self.header.isVisible():
            painter.fillRect(self.rect(), self.colours.idle_bottom)
            return
        if self.header.isVisible():
            painter.fillRect(QRect(0, 0, w, self.header.geometry().bottom() + 1), self.header.background())
        if self.stack.currentWidget() is self.sale:
            panel = QRect(self.sale.panel.mapTo(self, QPoint(0, 0)), self.sale.panel.size())
            edge = max(margins.left(), margins.right(), margins.top(), margins.bottom()) * 2 + 1
            if panel.right() >= w - edge:
                panel.setRight(w)
            if panel.left() <= edge:
                panel.setLeft(0)
            if panel.bottom() >= self.stack.geometry().bottom() - 1:
                panel.setBottom(h if not self.banner.isVisible() else self.banner.geometry().top())
            painter.fillRect(panel, self.colours.primary)

    # -- sizing ----------------------------------------------------------------------

    def _rescale(self) -> None:
        w, h = self.width(), self.height()
        self.unit = theme.unit_for(w, h)
        self.portrait = h > w * 1.1
        # Lines beside the totals need a wide screen; on a 4:3, square or portrait one the
        # totals go underneath, so product names keep the full width.
        self.stacked = w < h * 1.45
        u = self.unit
        self.header.set_unit(u)
        self.idle.set_unit(u)
        self.sale.set_unit(u, self.stacked)
        self.thankyou.set_unit(u, self.portrait)
        self.banner.set_unit(u)
        self.overlay.set_unit(u)
        self._apply_shift()
        self.language_button.setFont(theme.font(u * 0.75))
        self.language_button.setMinimumSize(max(48, round(u * 2.4)), max(48, round(u * 1.8)))
        self._place_overlay()

    def _place_overlay(self) -> None:
        # Over the screen content; the header (with the ticking clock) and the banner stay clear.
        self.overlay.setGeometry(self.stack.geometry())
        if self.overlay.isVisible():
            self.overlay.set_covered(self._covered_parts())
        self._veil_idle()
        if self.language_button.isVisible():
            button, m = self.language_button, round(self.unit * 0.4)
            button.adjustSize()
            area = self.stack.geometry()
            button.move(area.right() - button.width() - m, area.bottom() - button.height() - m)
            button.raise_()
        if self.shade.isVisible():
            self.shade.setGeometry(self.rect())
            self.shade.raise_()

    def _veil_idle(self) -> None:
        """The card over the idle screen: what it would half cover there (the clock's big
        digits under a waiting card) is hidden while it is up (``IdleScreen.set_card``)."""
        card = None
        if self.overlay.isVisibleTo(self) and self.stack.currentWidget() is self.idle:
            rect = self.overlay.card_rect().toAlignedRect()
            card = QRect(self.idle.mapFrom(self, self.overlay.mapTo(self, rect.topLeft())), rect.size())
        self.idle.set_card(card)

    def _covered_parts(self) -> list[tuple[QRect, QColor]]:
        """The big figures under the reconnecting card (the total, the change and what was
        paid): hidden under their own background, so no stale amount peeks out around it."""
        page = self.stack.currentWidget()
        if page is self.sale:
            parts = [(self.sale.panel, self.colours.primary)]
        elif page is self.thankyou:
            parts = [(self.thankyou.rows, self.colours.paper), (self.thankyou.change_box, self.colours.paper)]
        else:
            parts = []
        return [
            (QRect(widget.mapTo(self, widget.rect().topLeft()) - self.overlay.pos(), widget.size()), colour)
            for widget, colour in parts if widget.isVisibleTo(self)
        ]

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._rescale()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self._rescale()

    def event(self, event: Any) -> bool:
        result = super().event(event)
        if event.type() == event.Type.LayoutRequest:
            self._place_overlay()
        return result

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.colours.paper)
        self._paint_frame(painter)
        painter.end()
        if self._paint_pending:
            self._paint_pending = False
            self.paints += 1
            self.last_paint = time.monotonic()
            self.painted.emit(self.last_paint)
