"""The presell tablet's screens (Qt Widgets, touch first).

Basket page: product search as you type (description, SKU or barcode; debounced and
asynchronous), the basket with +/- and remove per line (weighed lines by weight),
an optional customer name, the counter's total and a large "Send to lane" button.
Lines the counter does not have yet say so, and a banner counts them.
Code page: after "Send to lane", the recall code as a large QR code and as digits
the cashier can type, until "Next customer".

The window draws ``TabletState`` values and calls ``Tablet`` actions; it never
parses protocol. Scans from a keyboard-wedge scanner arrive wherever the focus is
(scanner.WedgeScanner).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QScrollArea, QScroller, QSizePolicy, QStackedWidget, QStyle, QStyleOptionButton, QStylePainter, QVBoxLayout, QWidget

from ...fd1.client import ConnectionLost, CounterError, NotConnected
from ...presell.model import BasketLine, LineStatus, Notice, Product, TabletState
from ...presell.tablet import Tablet, weight_grams
from ...tasks import TaskSet
from ..widgets.format import MoneyFormat, isolate, quantity_text
from ..widgets import i18n
from ..widgets.i18n import fill
from ..widgets.qr import QrCode
from .scanner import WedgeScanner

log = logging.getLogger(__name__)

#: Every caption goes through Qt's translation system (context "Presell"; docs/accessibility.md).
translate = QCoreApplication.translate

#: Debounce for search as you type.
SEARCH_DELAY_MS = 250
#: Step of the +/- buttons on a weighed line, in grams.
WEIGHT_STEP = 100
#: How long "Tap again to clear" waits for the second tap.
CONFIRM_MS = 3000
#: A finger-sized target is at least ~9 mm: 48 px at 96 dpi; more on larger windows.
MIN_TOUCH = 48
#: A basket column narrower than this puts each line's buttons on a row under it.
COMPACT_WIDTH = 560
#: A code page lower than this puts the recall code beside its QR code, not under it.
SHORT_CODE_PAGE = 600
#: A caption too long for its button shrinks to no less than this share of its size.
SMALLEST_FONT = 0.7

NOT_ON_LANE = QT_TRANSLATE_NOOP("Presell", "not yet on the lane")

STYLE = """
QWidget {{ font-size: {font}px; }}
QWidget#presell {{ background: #f4f6f5; color: #1d2b24; }}
QScrollBar:vertical {{ width: {bar}px; }}
QScrollArea, QWidget#basketHolder {{ background: white; }}
QLineEdit {{ min-height: {touch}px; padding: 0 {pad}px; border: 2px solid #9bb3a7; border-radius: 8px; background: white; }}
QLineEdit:focus {{ border-color: #1f5f46; }}
QPushButton {{ min-height: {touch}px; min-width: {touch}px; padding: 0 {pad}px; border-radius: 8px;
              background: #e2e9e5; border: 1px solid #b8c8bf; }}
QPushButton:pressed {{ background: #c9d7cf; }}
QPushButton:focus {{ border: 3px solid #0b57d0; }}
QListWidget:focus, QScrollArea:focus {{ border: 3px solid #0b57d0; }}
QPushButton:disabled {{ color: #8a968f; background: #eceeed; }}
QPushButton#send {{ background: #1f5f46; color: white; font-weight: bold; font-size: {big}px; min-height: {send}px; }}
QPushButton#send:disabled {{ background: #8fa89b; }}
QPushButton#send:focus, QPushButton#next:focus {{ border: 4px solid #ffd400; }}
QPushButton#next {{ background: #1f5f46; color: white; font-weight: bold; font-size: {big}px; min-height: {send}px; }}
QListWidget {{ background: white; border: 1px solid #cfd9d3; border-radius: 8px; }}
QListWidget::item {{ border-bottom: 1px solid #e6ece8; padding: {pad}px; }}
QListWidget::item:selected {{ background: #dcebe3; color: #1d2b24; }}
QLabel#total {{ font-size: {big}px; font-weight: bold; }}
QLabel#pending {{ background: #fff1c7; color: #5c4300; border-radius: 8px; padding: {pad}px; }}
QLabel#message {{ color: #7a1d12; }}
QFrame#messageBar {{ background: #fde3de; border-radius: 8px; }}
QFrame#weightPanel {{ background: #e9f2ed; border-radius: 8px; }}
QLabel#status {{ color: #4f6359; }}
QLabel#codeDetail {{ font-size: {big}px; }}
QLabel#code {{ font-size: {huge}px; font-weight: bold; letter-spacing: 6px; color: #1f5f46; }}
QFrame#row {{ background: white; border-bottom: 1px solid #e6ece8; }}
QFrame#row[pending="true"] {{ background: #fff8e1; }}
QLabel#rowStatus {{ color: #8a5a00; font-style: italic; }}
QLabel#rowTotal {{ font-weight: bold; }}
"""


def touch_size(width: int, height: int) -> int:
    """Pixels for a finger target at this window size (never under MIN_TOUCH)."""
    return max(MIN_TOUCH, round(min(width, height) / 15))


def notice_text(notice: Notice) -> str:
    """The tablet core's message for staff (``TabletState.notice``) in the tablet's language;
    names and the counter's own words are shown as they are."""
    a = list(notice.args) + [""] * 3
    kind = notice.kind
    if kind == "weighed":
        return fill(translate("Presell", "%1 is sold by weight: enter the weight first"), a[0])
    if kind == "scan-unidentified":
        return translate("Presell", "The counter has not identified this scan yet; change its quantity once it shows a price.")
    if kind == "sending":
        return translate("Presell", "Sending to the lane: wait for the code before changing the basket")
    if kind == "no-presell":
        return translate("Presell", "This counter does not offer presell (SalesBuilder) yet: the basket is kept here. Ask the manager to check the counter.")
    if kind == "gave-up-add":
        return fill(translate("Presell", "Not on the lane: %1 (%2). Remove it, or add it again."), a[0], a[1])
    if kind == "refused-add":
        return fill(translate("Presell", "Not added: %1. The counter said: %2"), a[0] or translate("Presell", "the item"), a[1])
    if kind == "refused-park":
        return fill(translate("Presell", "Not sent to the lane. The counter said: %1"), a[0])
    if kind == "refused-create":
        return fill(translate("Presell", "The counter would not start a presell sale: %1"), a[0])
    if kind == "refused-customer":
        return fill(translate("Presell", "Customer name not saved. The counter said: %1"), a[0])
    if kind == "refused-other":
        return fill(translate("Presell", "Change not made. The counter said: %1"), a[0])
    if kind == "journal-unreadable":
        if a[0]:
            return fill(translate("Presell", "The saved basket could not be read, so this tablet started with an empty basket. The file was kept as %1."), a[0])
        return translate("Presell", "The saved basket could not be read, so this tablet started with an empty basket. The file could not be moved aside and is overwritten at the next change.")
    return ""


def wrap_lines(text: str, font: QFont, width: int) -> list[str] | None:
    """``text`` broken into lines ``width`` pixels wide in ``font`` (Unicode line breaking, so
    Chinese breaks between characters); None when one word alone is wider."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    try:
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            if line.naturalTextWidth() > width:
                return None
            lines.append(text[line.textStart(): line.textStart() + line.textLength()].strip())
    finally:
        layout.endLayout()
    return [line for line in lines if line] or [""]


def fit_caption(text: str, font: QFont, width: int, height: int) -> tuple[QFont, list[str]]:
    """The font and lines that show ``text`` whole in ``width`` x ``height``: one line at the
    given size if it fits, else wrapped, else a little smaller (to SMALLEST_FONT); elided
    only when even that cannot fit."""
    full = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 96 / 72)
    smallest = max(8, round(full * SMALLEST_FONT))
    fitted = QFont(font)
    for px in range(full, smallest - 1, -1):
        fitted = QFont(font)
        fitted.setPixelSize(px)
        lines = wrap_lines(text, fitted, width)
        if lines is not None and len(lines) * QFontMetrics(fitted).height() <= height:
            return fitted, lines
    return fitted, [QFontMetrics(fitted).elidedText(text, Qt.TextElideMode.ElideMiddle, width)]


class FitButton(QPushButton):
    """A push button whose caption always shows whole ("An die Kasse senden" on a 7"
    screen): on two lines, or a little smaller, when the button is too narrow for it.
    ``text()`` stays the whole caption, for screen readers and tests."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def contents_rect(self) -> QRect:
        """Where the caption goes: inside the border and padding."""
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, self._option(), self)

    def fitted(self) -> tuple[QFont, list[str]]:
        """The font and the lines the caption is painted in, at the button's size."""
        rect = self.contents_rect()
        return fit_caption(self.text(), self.font(), rect.width(), rect.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """As narrow as its longest word at the smallest font (the caption wraps), so a
        long caption does not push the window wider than the screen."""
        hint = super().minimumSizeHint()
        small = QFont(self.font())
        full = small.pixelSize() if small.pixelSize() > 0 else round(small.pointSizeF() * 96 / 72)
        small.setPixelSize(max(8, round(full * SMALLEST_FONT)))
        metrics = QFontMetrics(small)
        widest = max((metrics.horizontalAdvance(word) for word in self.text().split()), default=0)
        chrome = max(0, super().sizeHint().width() - QFontMetrics(self.font()).horizontalAdvance(self.text()))
        hint.setWidth(min(hint.width(), max(self.minimumWidth(), widest + chrome)))
        return hint

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        option = self._option()
        caption = option.text
        option.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)  # background, border, focus ring
        rect = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        font, lines = fit_caption(caption, self.font(), rect.width(), rect.height())
        painter.setFont(font)
        group = QPalette.ColorGroup.Normal if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, QPalette.ColorRole.ButtonText))
        step = QFontMetrics(font).height()
        top = rect.top() + (rect.height() - step * len(lines)) // 2
        for index, line in enumerate(lines):
            painter.drawText(QRect(rect.left(), top + index * step, rect.width(), step), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextShowMnemonic, line)
        painter.end()


class BasketRow(QFrame):
    """One basket line: what it is, how many, its price (or that it is not on the lane yet)."""

    def __init__(self, line: BasketLine, window: "PresellWindow") -> None:
        super().__init__()
        self.setObjectName("row")
        self.line = line
        self.setProperty("pending", "true" if line.pending else "false")
        layout = QHBoxLayout()  # what it is and its price
        if window.compact:  # a narrow window: the buttons go on a row of their own
            outer = QVBoxLayout(self)
            outer.setContentsMargins(8, 4, 8, 4)
            outer.addLayout(layout)
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            outer.addLayout(buttons)
        else:
            self.setLayout(layout)
            layout.setContentsMargins(8, 4, 8, 4)
            buttons = layout
        text = QVBoxLayout()
        self.description = QLabel(line.description)
        self.description.setWordWrap(True)
        self.detail = QLabel(window.line_detail(line))
        self.status = QLabel(window.status_text(line))
        self.status.setObjectName("rowStatus")
        self.status.setWordWrap(True)
        self.detail.setWordWrap(True)
        self.status.setVisible(bool(self.status.text()))
        text.addWidget(self.description)
        text.addWidget(self.detail)
        text.addWidget(self.status)
        layout.addLayout(text, 1)
        self.total = QLabel(window.money.money(line.total) if line.total is not None else "–")
        self.total.setObjectName("rowTotal")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.total)
        removing = line.status is LineStatus.REMOVING
        self.minus = QPushButton("−")
        self.minus.setAccessibleName(fill(translate("Presell", "Less %1"), line.description))
        self.minus.setEnabled(not removing and line.qty > (WEIGHT_STEP if line.weighed else 1))
        self.minus.clicked.connect(lambda: window.step(line, -1))
        self.plus = QPushButton("+")
        self.plus.setAccessibleName(fill(translate("Presell", "More %1"), line.description))
        self.plus.setEnabled(not removing)
        self.plus.clicked.connect(lambda: window.step(line, +1))
        self.remove = QPushButton("✕")
        self.remove.setAccessibleName(fill(translate("Presell", "Remove %1"), line.description))
        self.remove.setEnabled(not removing)
        self.remove.clicked.connect(lambda: window.tablet.remove(line.lid))
        for button in (self.minus, self.plus, self.remove):
            buttons.addWidget(button)
        self.minus.setAccessibleDescription(translate("Presell", "Take one off this line (100 g for a weighed line)"))
        self.plus.setAccessibleDescription(translate("Presell", "Add one more to this line (100 g for a weighed line)"))
        self.remove.setAccessibleDescription(translate("Presell", "Take this line out of the basket"))
        if line.weighed:
            self.weigh = QPushButton(translate("Presell", "Weight"))
            self.weigh.setAccessibleName(fill(translate("Presell", "Weight of %1"), line.description))
            self.weigh.setAccessibleDescription(translate("Presell", "Type the weight shown on the scale"))
            self.weigh.setEnabled(not removing)
            self.weigh.clicked.connect(lambda: window.ask_weight(line=line))
            buttons.insertWidget(buttons.indexOf(self.minus), self.weigh)

    def texts(self) -> tuple[str, str, str, str]:
        return (self.description.text(), self.detail.text(), self.total.text(), self.status.text())


class PresellWindow(QWidget):
    def __init__(self, tablet: Tablet, *, money: MoneyFormat | None = None, tasks: TaskSet | None = None) -> None:
        super().__init__()
        self.setLayoutDirection(i18n.direction(i18n.current() or "en"))  # the language it starts with; Arabic right to left
        self.setObjectName("presell")
        self.setWindowTitle(translate("Presell", "Presell"))
        self.tablet = tablet
        self.money = money or MoneyFormat.for_store("")
        self.locale: QLocale = self.money.locale
        self.tasks = tasks or TaskSet()
        self.state = TabletState()
        self._search_seq = 0
        self._weighing: tuple[Product | None, BasketLine | None] = (None, None)
        self._touch = 0
        self.compact = False  # narrower than COMPACT_WIDTH: a basket line's buttons under it
        self._build()
        self.scanner = WedgeScanner(self).install()
        self.scanner.scanned.connect(self.on_scan)
        tablet.listeners.append(self.render)
        self.render(tablet.state)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        # The window may be made narrower than the side-by-side layout's minimum: resizeEvent
        # then stacks the search over the basket (else a narrow window would stay side by side,
        # clipped, because the side-by-side minimum kept it too wide to ever turn portrait).
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(12, 8, 12, 12)
        outer.setSpacing(8)
        top = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        top.addWidget(self.status_label, 1)
        self.customer_box = QLineEdit()
        self.customer_box.setPlaceholderText(translate("Presell", "Customer name (optional)"))
        self.customer_box.setMaxLength(80)
        self.customer_box.editingFinished.connect(lambda: self.tablet.set_customer(self.customer_box.text()))
        top.addWidget(self.customer_box, 1)
        outer.addLayout(top)

        self.pending_banner = QLabel()
        self.pending_banner.setObjectName("pending")
        self.pending_banner.setWordWrap(True)
        outer.addWidget(self.pending_banner)
        self.message_bar = QFrame()
        self.message_bar.setObjectName("messageBar")
        bar = QHBoxLayout(self.message_bar)
        self.message_label = QLabel()
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        bar.addWidget(self.message_label, 1)
        ok = QPushButton(translate("Presell", "OK"))
        ok.clicked.connect(self.tablet.clear_message)
        bar.addWidget(ok)
        outer.addWidget(self.message_bar)

        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.basket_page = QWidget()
        self.code_page = QWidget()
        self.pages.addWidget(self.basket_page)
        self.pages.addWidget(self.code_page)
        self._build_basket_page()
        self._build_code_page()

        self._describe_for_assistive_technology()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._start_search)

    def _build_basket_page(self) -> None:
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.basket_page)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(12)

        find = QVBoxLayout()
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(translate("Presell", "Search: name, SKU or barcode"))
        # No inline clear icon: at 22x18 px it is no finger target (docs/accessibility.md); a scan
        # or typing replaces the search, and the on-screen keyboard's backspace clears it.
        self.search_box.setClearButtonEnabled(False)
        self.search_box.textChanged.connect(lambda _: self._search_timer.start())
        self.search_box.returnPressed.connect(self._search_now)
        find.addWidget(self.search_box)
        self.search_hint = QLabel(translate("Presell", "Type to search, or scan a barcode"))
        self.search_hint.setObjectName("status")
        self.search_hint.setWordWrap(True)
        find.addWidget(self.search_hint)
        self.weight_panel = QFrame()
        self.weight_panel.setObjectName("weightPanel")
        weight = QVBoxLayout(self.weight_panel)
        self.weight_title = QLabel()
        self.weight_title.setWordWrap(True)
        weight.addWidget(self.weight_title)
        weight_row = QHBoxLayout()
        self.weight_box = QLineEdit()
        self.weight_box.setPlaceholderText(translate("Presell", "Weight in kg, e.g. 0.75"))
        self.weight_box.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.weight_box.returnPressed.connect(self._weight_done)
        weight_row.addWidget(self.weight_box, 1)
        self.weight_ok = QPushButton(translate("Presell", "Add"))
        self.weight_ok.clicked.connect(self._weight_done)
        weight_row.addWidget(self.weight_ok)
        cancel = QPushButton(translate("Presell", "Cancel"))
        cancel.clicked.connect(self._weight_cancel)
        weight_row.addWidget(cancel)
        weight.addLayout(weight_row)
        self.weight_panel.hide()
        find.addWidget(self.weight_panel)
        self.results = QListWidget()
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.itemClicked.connect(self._result_chosen)
        self.results.itemActivated.connect(self._result_chosen)
        QScroller.grabGesture(self.results.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        find.addWidget(self.results, 1)
        self.body.addLayout(find, 1)

        basket = QVBoxLayout()
        self.basket_scroll = QScrollArea()
        self.basket_scroll.setWidgetResizable(True)
        self.basket_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.basket_holder = QWidget()
        self.basket_holder.setObjectName("basketHolder")
        self.basket_rows = QVBoxLayout(self.basket_holder)
        self.basket_rows.setContentsMargins(0, 0, 0, 0)
        self.basket_rows.setSpacing(0)
        self.basket_rows.addStretch(1)
        self.basket_scroll.setWidget(self.basket_holder)
        QScroller.grabGesture(self.basket_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self._follow_end = False  # a line was added: keep the end of the basket in sight as it lays out
        self.basket_scroll.verticalScrollBar().rangeChanged.connect(self._basket_range)
        basket.addWidget(self.basket_scroll, 1)
        self.empty_label = QLabel(translate("Presell", "The basket is empty: search or scan to add items"))
        self.empty_label.setObjectName("status")
        self.empty_label.setWordWrap(True)
        basket.addWidget(self.empty_label)
        self.recent_row = QHBoxLayout()
        basket.addLayout(self.recent_row)
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_label.setWordWrap(True)
        actions = QHBoxLayout()
        self.clear_button = FitButton(translate("Presell", "Clear basket"))
        self.clear_button.clicked.connect(self._clear)
        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.setInterval(CONFIRM_MS)
        self._clear_timer.timeout.connect(lambda: self.clear_button.setText(translate("Presell", "Clear basket")))
        basket.addWidget(self.total_label)
        self.send_button = FitButton(translate("Presell", "Send to lane"))
        self.send_button.setObjectName("send")
        self.send_button.clicked.connect(self._send)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.send_button, 1)
        basket.addLayout(actions)
        self.body.addLayout(basket, 1)

    def _build_code_page(self) -> None:
        layout = QVBoxLayout(self.code_page)
        self.code_title = QLabel(translate("Presell", "Sent to the lane. At the checkout, the cashier scans this code or types the number:"))
        self.code_title.setWordWrap(True)
        self.code_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code_title)
        # The QR code over the digits; side by side on a low screen (800x480), where the
        # digits would otherwise be squeezed into the QR code above them.
        self.code_row = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.qr = QrCode()
        self.qr.setMinimumSize(QSize(160, 160))
        self.code_row.addWidget(self.qr, 1)
        self.code_text = code_text = QVBoxLayout()
        self.code_label = QLabel()
        self.code_label.setObjectName("code")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # never squeezed under its digits' height
        code_text.addWidget(self.code_label)
        self.code_detail = QLabel()
        self.code_detail.setObjectName("codeDetail")
        self.code_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_detail.setWordWrap(True)
        code_text.addWidget(self.code_detail)
        self.code_row.addLayout(code_text)
        layout.addLayout(self.code_row, 1)
        self.next_button = FitButton(translate("Presell", "Next customer"))
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self._next_customer)
        layout.addWidget(self.next_button)

    def _describe_for_assistive_technology(self) -> None:
        """An accessible name and description on every control, for screen readers
        (docs/accessibility.md): what it is, and what it does."""
        described = [
            (self.customer_box, translate("Presell", "Customer name"), translate("Presell", "Optional: the name the cashier calls when the basket is recalled")),
            (self.search_box, translate("Presell", "Search products"), translate("Presell", "Type a name, SKU or barcode; the matches are listed below")),
            (self.results, translate("Presell", "Matching products"), translate("Presell", "Press Enter or tap a product to add it to the basket")),
            (self.weight_box, translate("Presell", "Weight in kilograms"), translate("Presell", "The weight on the scale, for example 0.75")),
            (self.weight_ok, translate("Presell", "Add with this weight"), translate("Presell", "Adds the weighed product to the basket")),
            (self.basket_scroll, translate("Presell", "Basket"), translate("Presell", "The lines in this customer's basket, each with less, more and remove")),
            (self.total_label, translate("Presell", "Basket total"), translate("Presell", "The counter's total for this basket")),
            (self.clear_button, translate("Presell", "Clear basket"), translate("Presell", "Empties the basket (tap twice to confirm)")),
            (self.send_button, translate("Presell", "Send to lane"), translate("Presell", "Sends the basket to the checkout and shows the recall code")),
            (self.code_label, translate("Presell", "Recall code"), translate("Presell", "The number the cashier types at the checkout")),
            (self.qr, translate("Presell", "Recall code as a QR code"), translate("Presell", "The cashier scans it at the checkout")),
            (self.next_button, translate("Presell", "Next customer"), translate("Presell", "Starts a new, empty basket")),
            (self.status_label, translate("Presell", "Connection"), translate("Presell", "Whether the tablet is connected to the counter")),
        ]
        for button in self.message_bar.findChildren(QPushButton):
            described.append((button, translate("Presell", "Dismiss message"), translate("Presell", "Closes this message")))
        for button in self.weight_panel.findChildren(QPushButton):
            if button is not self.weight_ok:
                described.append((button, translate("Presell", "Cancel weighing"), translate("Presell", "Closes the weight entry without adding")))
        for widget, name, description in described:
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    # -- drawing -----------------------------------------------------------------------------

    def set_money(self, money: MoneyFormat) -> None:
        """Money in the store's currency and locale (the counter's store info, or the
        settings): every amount on screen is drawn again."""
        self.money, self.locale = money, money.locale
        state, self.state = self.state, TabletState()
        self.render(state)

    def _counter_back(self) -> None:
        """The counter is back: a search typed while it was away runs now, not at the next key."""
        if self.search_box.text().strip():
            self._search_now()
        elif self.search_hint.text() == translate("Presell", "Search needs the counter: reconnecting… (scans are still kept)"):
            self.search_hint.setText(translate("Presell", "Type to search, or scan a barcode"))

    def render(self, state: TabletState) -> None:
        previous, self.state = self.state, state
        if state.connected and not previous.connected:
            self._counter_back()
        if state.connected:
            self.status_label.setText(translate("Presell", "● Connected to the counter"))
        elif state.connection == "connecting" and not previous.lines and not state.detail:
            self.status_label.setText(translate("Presell", "Connecting to the counter…"))
        else:
            self.status_label.setText(translate("Presell", "Reconnecting to the counter… the basket is kept"))
        if not self.customer_box.hasFocus() and self.customer_box.text() != state.customer:
            self.customer_box.setText(state.customer)
        self.customer_box.setEnabled(not state.sending)

        if state.pending:
            why = translate("Presell", "sending…") if state.connected else translate("Presell", "they will be sent when the counter is back")
            changes = i18n.with_digits(translate("Presell", "%n change(s) not yet on the lane: %1", None, state.pending), state.pending, self.locale)
            self.pending_banner.setText(fill(changes, why))
        self.pending_banner.setVisible(bool(state.pending))
        self.message_label.setText((notice_text(state.notice) if state.notice is not None else "") or state.message)
        self.message_bar.setVisible(bool(state.message))

        self._render_basket(previous, state)
        priced = [line for line in state.lines if line.total is not None]
        unpriced = len(state.lines) - len(priced)
        total = fill(translate("Presell", "Total %1"), self.money.money(state.total))
        if unpriced:
            total += "  " + fill(translate("Presell", "(+%1 not yet priced)"), self.locale.toString(unpriced))
        self.total_label.setText(total)
        if state.sending:
            self.send_button.setText(translate("Presell", "Sending to the lane…") if state.connected else translate("Presell", "Will send when the counter is back…"))
        else:
            self.send_button.setText(translate("Presell", "Send to lane"))
        self.send_button.setEnabled(bool(state.lines) and not state.sending)
        self.clear_button.setEnabled(bool(state.lines or state.customer) and not state.sending)
        self.clear_button.setVisible(not state.sending)  # "Will send when the counter is back…" takes the whole row
        self._render_recent(state)

        if state.parked is not None:
            parked = state.parked
            self.qr.set_text(parked.code)
            self.code_label.setText(parked.code)
            items = i18n.with_digits(translate("Presell", "%n item(s)", None, parked.items), parked.items, self.money.locale)
            detail = f"{items} · {self.money.money(parked.total)}"
            if parked.customer:  # a Latin name first would turn an Arabic line left to right: isolated
                name = isolate(parked.customer) if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else parked.customer
                detail = f"{name} · {detail}"
            self.code_detail.setText(detail)
            self.pages.setCurrentWidget(self.code_page)
        else:
            self.pages.setCurrentWidget(self.basket_page)
        self.customer_box.setVisible(state.parked is None)

    def _render_basket(self, previous: TabletState, state: TabletState) -> None:
        if previous.lines == state.lines and self.basket_rows.count() - 1 == len(state.lines):
            return
        # Rows are built anew: a keyboard user keeps the focus on the same control of the same line.
        focused = self.focusWidget()
        keep_focus = focused.accessibleName() if focused is not None and self.basket_holder.isAncestorOf(focused) else ""
        while self.basket_rows.count() > 1:
            item = self.basket_rows.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for index, line in enumerate(state.lines):
            self.basket_rows.insertWidget(index, BasketRow(line, self))
        if keep_focus:
            again = [b for b in self.basket_holder.findChildren(QPushButton) if b.accessibleName() == keep_focus and b.isEnabled()]
            (again[0] if again else self.search_box).setFocus(Qt.FocusReason.OtherFocusReason)
        self.empty_label.setVisible(not state.lines)
        self._follow_end = len(state.lines) > len(previous.lines)
        if self._follow_end:
            QTimer.singleShot(0, lambda: self.basket_scroll.verticalScrollBar().setValue(self.basket_scroll.verticalScrollBar().maximum()))

    def _basket_range(self, _minimum: int, maximum: int) -> None:
        if self._follow_end:  # the new rows were laid out after the scroll above: follow them
            self.basket_scroll.verticalScrollBar().setValue(maximum)

    def _render_recent(self, state: TabletState) -> None:
        while self.recent_row.count():
            widget = self.recent_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if not state.recent:
            return
        self.recent_row.addWidget(QLabel(translate("Presell", "Earlier codes:")))
        for parked in state.recent[:4]:
            button = QPushButton(parked.code)
            button.setAccessibleName(fill(translate("Presell", "Show code %1 again"), parked.code))
            button.setAccessibleDescription(translate("Presell", "Shows that earlier basket's recall code"))
            button.clicked.connect(lambda _=False, code=parked.code: self.tablet.show_code(code))
            self.recent_row.addWidget(button)
        self.recent_row.addStretch(1)

    def line_detail(self, line: BasketLine) -> str:
        amount = quantity_text(self.locale, line.amount, line.measurement if line.weighed else "")
        if line.status is LineStatus.CHANGING and line.lane_qty is not None:
            on_lane = quantity_text(self.locale, line.lane_amount, line.measurement if line.weighed else "")
            shown = amount if line.weighed else f"× {amount}"
            return fill(translate("Presell", "%1 (the lane has %2)"), shown, on_lane)
        if line.unit_price is None:
            return amount if line.weighed else f"× {amount}"
        price = self.money.money(line.unit_price)
        per = f"{price}/{line.measurement}" if line.weighed else fill(translate("Presell", "%1 each"), price)
        return fill(translate("Presell", "%1 @ %2"), amount if line.weighed else f"× {amount}", per)

    @staticmethod
    def status_text(line: BasketLine) -> str:
        return {
            LineStatus.ON_LANE: "",
            LineStatus.ADDING: translate("Presell", NOT_ON_LANE),
            LineStatus.CHANGING: translate("Presell", "new quantity not yet on the lane"),
            LineStatus.REMOVING: translate("Presell", "removal not yet on the lane"),
            LineStatus.FAILED: translate("Presell", "failed: the lane never took it"),
        }.get(line.status, translate("Presell", NOT_ON_LANE))

    def row_texts(self) -> list[tuple[str, str, str, str]]:
        """What each basket row shows: (description, quantity, price, status)."""
        rows = []
        for index in range(self.basket_rows.count()):
            widget = self.basket_rows.itemAt(index).widget()
            if isinstance(widget, BasketRow) and not widget.isHidden():
                rows.append(widget.texts())
        return rows

    def row(self, index: int) -> BasketRow:
        rows = [self.basket_rows.itemAt(i).widget() for i in range(self.basket_rows.count())]
        return [w for w in rows if isinstance(w, BasketRow)][index]

    # -- actions -----------------------------------------------------------------------------

    def on_scan(self, code: str) -> None:
        """A scan adds the item at once; a weighed item (known to the counter) asks for its weight."""
        if self.state.parked is not None:
            self._next_customer()  # scanning on the code screen starts the next basket
        self.search_hint.setText(fill(translate("Presell", "Scanned %1"), code))
        if self.tablet.state.connected:
            self.tasks.spawn(self._scan_online(code), name="presell-scan")
        else:
            self.tablet.scan(code)  # kept, and sent when the counter is back

    async def _scan_online(self, code: str) -> None:
        product = await self.tablet.identify(code)
        if product is None:
            self.tablet.scan(code)  # unknown here (or the link just dropped): the counter decides
        elif product.weighed:
            self.ask_weight(product=product)
        else:
            self.tablet.add(product)

    def step(self, line: BasketLine, direction: int) -> None:
        step = WEIGHT_STEP if line.weighed else 1
        qty = line.qty + direction * step
        if qty >= (step if not line.weighed else WEIGHT_STEP):
            self.tablet.set_qty(line.lid, qty)

    def ask_weight(self, *, product: Product | None = None, line: BasketLine | None = None) -> None:
        self._weighing = (product, line)
        if product is not None:
            self.weight_title.setText(fill(translate("Presell", "%1: %2/%3. How much?"), product.description, self.money.money(product.price), product.measurement))
            self.weight_ok.setText(translate("Presell", "Add"))
            self.weight_box.clear()
        elif line is not None:
            self.weight_title.setText(fill(translate("Presell", "%1: new weight"), line.description))
            self.weight_ok.setText(translate("Presell", "Set"))
            self.weight_box.setText(str(line.amount))
        self.weight_panel.show()
        self.weight_box.setFocus()
        self.weight_box.selectAll()

    def _weight_done(self) -> None:
        product, line = self._weighing
        measurement = product.measurement if product is not None else (line.measurement if line is not None else "kg")
        grams = weight_grams(self.weight_box.text(), measurement)
        if grams is None:
            self.weight_title.setText(translate("Presell", "Enter a weight in kg, e.g. 0.75 (or 750g)"))
            return
        if product is not None:
            self.tablet.add(product, grams)
        elif line is not None:
            self.tablet.set_qty(line.lid, grams)
        self._weight_cancel()

    def _weight_cancel(self) -> None:
        self._weighing = (None, None)
        self.weight_panel.hide()
        self.search_box.setFocus()

    def _result_chosen(self, item: QListWidgetItem) -> None:
        product = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(product, Product):
            return
        if product.weighed:
            self.ask_weight(product=product)
        else:
            self.tablet.add(product)
            self.search_hint.setText(fill(translate("Presell", "Added %1"), product.description))

    def _next_customer(self) -> None:
        self.search_box.clear()
        self.results.clear()
        self.tablet.next_customer()
        self.search_box.setFocus()

    def _clear(self) -> None:
        """Two taps (no modal dialog): the first asks, the second within CONFIRM_MS clears."""
        if self._clear_timer.isActive():
            self._clear_timer.stop()
            self.clear_button.setText(translate("Presell", "Clear basket"))
            self.tablet.clear_basket()
            self.customer_box.clear()
        else:
            self.clear_button.setText(translate("Presell", "Tap again to clear"))
            self._clear_timer.start()

    def _send(self) -> None:
        if self.customer_box.hasFocus():
            self.tablet.set_customer(self.customer_box.text())
        self.tablet.send_to_lane()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._start_search()

    def _start_search(self) -> None:
        self._search_seq += 1
        self.tasks.spawn(self._search(self.search_box.text(), self._search_seq), name="presell-search")

    async def _search(self, text: str, seq: int) -> None:
        if not text.strip():
            self.results.clear()
            self.search_hint.setText(translate("Presell", "Type to search, or scan a barcode"))
            return
        try:
            products = await self.tablet.search(text)
        except NotConnected:
            if seq == self._search_seq:
                self.search_hint.setText(translate("Presell", "Search needs the counter: reconnecting… (scans are still kept)"))
            return
        except (ConnectionLost, TimeoutError, CounterError) as exc:
            if seq == self._search_seq:
                self.search_hint.setText(fill(translate("Presell", "Search failed: %1"), str(exc)))
            return
        if seq != self._search_seq:
            return  # the staff member typed on: a newer search owns the list
        self.results.clear()
        for product in products:
            self.results.addItem(self._result_item(product))
        found = i18n.with_digits(translate("Presell", "%n found", None, len(products)), len(products), self.locale)
        self.search_hint.setText(found if products else fill(translate("Presell", "Nothing matches “%1”"), text.strip()))

    def _result_item(self, product: Product) -> QListWidgetItem:
        if product.weighed:
            price = fill(translate("Presell", "%1 / %2 · weighed"), self.money.money(product.price), product.measurement)
        else:
            price = fill(translate("Presell", "%1 each"), self.money.money(product.price))
        item = QListWidgetItem(f"{product.description}\n{price}")
        item.setData(Qt.ItemDataRole.UserRole, product)
        item.setSizeHint(QSize(0, max(MIN_TOUCH, int(self._touch * 1.5))))
        item.setToolTip(product.sku)
        return item

    def result_texts(self) -> list[str]:
        return [self.results.item(i).text() for i in range(self.results.count())]

    # -- sizing ------------------------------------------------------------------------------

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        width, height = self.width(), self.height()
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if width >= height else QBoxLayout.Direction.TopToBottom)
        side_by_side = width > height and height < SHORT_CODE_PAGE
        self.code_row.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom)
        self.code_row.setStretch(1, 1 if side_by_side else 0)  # side by side: half each; stacked: the QR code grows
        self.code_row.setAlignment(self.code_text, Qt.AlignmentFlag.AlignVCenter if side_by_side else Qt.AlignmentFlag(0))
        compact = (width if width < height else width / 2) < COMPACT_WIDTH
        if compact != self.compact:
            self.compact = compact
            self._render_basket(TabletState(), self.state)  # the lines again, laid out for the width
        touch = touch_size(width, height)
        if touch != self._touch:
            self._touch = touch
            font = max(15, round(touch * 0.36))
            self.setStyleSheet(
                STYLE.format(touch=touch, pad=max(6, touch // 5), font=font, big=round(font * 1.35), send=round(touch * 1.3), huge=round(touch * 1.6), bar=max(16, touch // 2))
            )
            for i in range(self.results.count()):
                self.results.item(i).setSizeHint(QSize(0, int(touch * 1.5)))

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        self.scanner.uninstall()
        super().closeEvent(event)


def close_window(window: PresellWindow) -> None:
    """Detach a window from its tablet and the app (tests and restarts)."""
    window.scanner.uninstall()
    if window.render in window.tablet.listeners:
        window.tablet.listeners.remove(window.render)
    window.hide()
    window.deleteLater()

