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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

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


class DisplayWindow(QWidget):
    """The customer-facing window. Draws what ``show_state`` is given, nothing else."""

    painted = Signal(float)  # monotonic time right after a changed state was painted
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
        offline = state.screen is Screen.OFFLINE
        if offline != self.overlay.isVisible():
            self.overlay.setVisible(offline)
        if offline:
            self._place_overlay()
            self.overlay.raise_()

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
        self.idle.set_locale(store.locale)
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
        self._place_overlay()

    def _place_overlay(self) -> None:
        # Over the screen content; the header (with the ticking clock) and the banner stay clear.
        self.overlay.setGeometry(self.stack.geometry())

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
        painter.end()
        if self._paint_pending:
            self._paint_pending = False
            self.paints += 1
            self.last_paint = time.monotonic()
            self.painted.emit(self.last_paint)
