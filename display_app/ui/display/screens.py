"""The customer display's screens: idle (brand, clock, optional slideshow), the sale
in progress, thank-you, and the calm "reconnecting" overlay.

Each screen draws what it is given (a ``Sale``, a ``StoreInfo``, a URL) and takes
its sizes from the display unit; none of them decides *which* screen is showing.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEasingCurve, QRect, QRectF, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QColor, QFontMetrics, QImage, QImageReader, QLinearGradient, QPainter, QPainterPath
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from ...fd1.reach import Problem
from ...sale.language import ENGLISH, supported
from ...sale.model import Payment, Sale
from ..widgets import i18n, reach_text
from ..widgets.format import MoneyFormat, isolate, locale_for
from ..widgets.qr import QrCode
from . import theme
from .lines import LineSums, SaleLinesModel, SaleLinesView
from .widgets import Clock, ElideLabel, FitLabel, Header, LogoMark, TextLabel, faded, set_text_colour

log = logging.getLogger(__name__)

#: The context of every display caption in resources/translations/*.ts.
TR = "Display"


def tr(text: str) -> str:
    """A display caption in the language on screen (``i18n.use``)."""
    return QCoreApplication.translate(TR, text)


IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".svg"}

#: Burn-in care: the idle content wanders through these offsets (in display units), one step a minute.
DRIFT = ((0.0, 0.0), (0.25, 0.12), (-0.15, 0.3), (0.3, -0.2), (-0.3, -0.1), (0.1, 0.25), (-0.2, -0.25))


# ----------------------------------------------------------------------------- idle


class Slideshow(QWidget):
    """Images from a folder, one after another with a soft crossfade; paints the
    background of the idle screen. ``has_images()`` is False when the folder is unset,
    missing or holds no readable image (the idle screen then stays calmly branded)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.paths: list[Path] = []
        self.index = -1
        self.current: QImage | None = None
        self.previous: QImage | None = None
        self.fade = 1.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.advance)
        self._anim = QVariantAnimation(self)
        self._anim.setDuration(900)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._anim.valueChanged.connect(self._on_fade)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_folder(self, folder: str, seconds: float) -> None:
        self.paths = []
        if folder:
            path = Path(folder).expanduser()
            if path.is_dir():
                self.paths = sorted(p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file())
            else:
                log.warning("slideshow folder %s does not exist; idle screen shows the store brand", path)
            if path.is_dir() and not self.paths:
                log.warning("slideshow folder %s has no images (%s)", path, ", ".join(sorted(IMAGE_SUFFIXES)))
        self._timer.setInterval(max(1000, int(seconds * 1000)))
        self.index = -1
        self.current = self.previous = None
        if self.paths:
            self.advance(animated=False)

    def has_images(self) -> bool:
        return self.current is not None

    def running(self, on: bool) -> None:
        if on and self.paths and len(self.paths) > 1:
            self._timer.start()
        else:
            self._timer.stop()

    def advance(self, animated: bool = True) -> None:
        for _ in range(len(self.paths)):
            self.index = (self.index + 1) % len(self.paths)
            image = self._read(self.paths[self.index])
            if image is not None:
                self.previous, self.current = self.current, image
                if animated and self.previous is not None and self.isVisible():
                    self._anim.stop()
                    self._anim.start()
                else:
                    self.fade = 1.0
                self.update()
                return

    def _read(self, path: Path) -> QImage | None:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size = reader.size()
        target = self.size() if self.width() > 10 else None
        if target is not None and size.isValid() and size.width() > target.width() * 2:
            reader.setScaledSize(size.scaled(target * 2, Qt.AspectRatioMode.KeepAspectRatioByExpanding))
        image = reader.read()
        if image.isNull():
            log.warning("slideshow image %s could not be read: %s", path, reader.errorString())
            return None
        return image

    def _on_fade(self, value: Any) -> None:
        self.fade = float(value)
        self.update()

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        if self.current is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self.previous is not None and self.fade < 1.0:
            self._cover(painter, self.previous, 1.0)
        self._cover(painter, self.current, self.fade)

    def _cover(self, painter: QPainter, image: QImage, opacity: float) -> None:
        """Paint ``image`` filling the widget (cropped, never stretched); an image of the
        other orientation (a landscape poster on a portrait screen) is shown whole instead."""
        painter.setOpacity(opacity)
        w, h = self.width(), self.height()
        same_shape = (image.width() >= image.height()) == (w >= h)
        fit = max if same_shape else min
        scale = fit(w / image.width(), h / image.height())
        sw, sh = image.width() * scale, image.height() * scale
        painter.drawImage(QRectF((w - sw) / 2, (h - sh) / 2, sw, sh), image)
        painter.setOpacity(1.0)


class BrandBand(Header):
    """The store's mark, name and the time on one band: laid over the bottom of the
    idle slideshow, so the images get the screen and the brand stays legible."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, text=1.3, logo=2.0, margins=(1.0, 0.5), spacing=0.7)

    def background(self) -> QColor:
        return faded(self.colours.primary.darker(115), 0.9)


def dates_locale(locale: str, language: str) -> str:
    """The locale the idle clock and date are written in: the store's ``locale`` when it
    speaks the ``language`` on screen (or the screen fell back to English because we have
    no captions in the locale's language), else that language in the store's country
    (``ar`` in an ``en_NZ`` store: an Arabic date; ``zh_CN`` as it is). Money keeps the
    store's locale whatever the language; a date is words."""
    own = supported(locale_for(locale).name())
    if not language or own == language or (language == ENGLISH and not own):
        return locale
    if "_" in language:
        return language
    territory = locale.replace("-", "_").partition("_")[2].partition("_")[0]
    return f"{language}_{territory}" if territory else language


class IdleScreen(QWidget):
    """Between customers: the store's mark, name and welcome, and the time. With a
    slideshow, the images fill the screen and the brand sits on a band below them.
    The content drifts a few pixels each minute so nothing burns into the panel."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.colours = theme.Theme.for_store(None)
        self.slideshow = Slideshow(self)
        self.band = BrandBand(self)
        self.content = QWidget(self)
        self.logo = LogoMark(self.content)
        self.name = TextLabel(scale=2.1, bold=True, parent=self.content)
        self.welcome = TextLabel(QCoreApplication.translate("Display", "Welcome"), scale=1.0, parent=self.content)
        self.clock = Clock(scale=2.6, parent=self.content)
        self.date = Clock(scale=0.85, with_date=True, parent=self.content)
        self.status = TextLabel("", scale=0.7, parent=self.content)
        for label in (self.name, self.welcome, self.clock, self.date, self.status):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        # What shows when no card is over it (set_store, set_status); ``set_card`` hides
        # what the reconnecting card would half cover, in place.
        self._wanted: dict[QWidget, bool] = {label: True for label in (self.logo, self.name, self.welcome, self.clock, self.date, self.status)}
        self._card: QRect | None = None

        column = QVBoxLayout(self.content)
        column.addStretch(3)
        column.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.name)
        column.addWidget(self.welcome)
        column.addStretch(2)
        column.addWidget(self.clock)
        column.addWidget(self.date)
        column.addStretch(2)
        column.addWidget(self.status)
        self._column = column
        self.unit = 20.0
        self.drift_step = 0
        self._drift = QTimer(self)
        self._drift.setInterval(60_000)
        self._drift.timeout.connect(self.drift)
        self._drift.start()

    # -- content -----------------------------------------------------------------------

    def set_store(self, name: str, message: str, logo: QImage | None) -> None:
        welcome = QCoreApplication.translate("Display", "Welcome")
        self.name.setText(name or welcome)
        self.welcome.setText(message or (welcome if name else ""))
        self._wanted[self.welcome] = bool(self.welcome.text())
        self.logo.set_logo(logo, name)
        self._wanted[self.logo] = bool(name) or logo is not None  # no store yet: no empty mark
        self.band.set_store(name, logo)
        self._veil()

    def set_theme(self, colours: theme.Theme) -> None:
        self.colours = colours
        ink = colours.on_primary
        for label in (self.name, self.clock):
            set_text_colour(label, ink)
        for label in (self.welcome, self.date, self.status):
            set_text_colour(label, colours.on_primary_soft)
        self.logo.set_colours(colours.accent, colours.on_accent, faded(colours.on_accent, 0.35), badge=colours.paper)
        self.band.set_theme(colours)
        self.update()

    def set_locale(self, name: str, language: str = "") -> None:
        """The store's locale ``name``; the clock and date are written in the ``language``
        on screen (``dates_locale``), so an Arabic screen has an Arabic date from its
        first frame, whatever the machine's locale."""
        name = dates_locale(name, language)
        self.clock.set_locale(name)
        self.date.set_locale(name)
        self.band.clock.set_locale(name)

    def set_status(self, text: str) -> None:
        if text != self.status.text():
            self.status.setText(text)
        self._wanted[self.status] = bool(text)
        self._veil()

    def set_card(self, card: QRect | None) -> None:
        """The reconnecting card over this screen (in this widget's coordinates; None: no
        card). What it would half cover (the clock's big digits peeking out under it) is
        hidden while it is up, keeping its place, and shown again when it goes."""
        if card != self._card:
            self._card = card
            self._veil()

    def _veil(self) -> None:
        card = self._card
        for label, wanted in self._wanted.items():
            covered = False
            if card is not None and wanted:
                where = QRect(label.mapTo(self, label.rect().topLeft()), label.size())
                covered = where.intersects(card)
            policy = label.sizePolicy()
            if policy.retainSizeWhenHidden() != covered:
                policy.setRetainSizeWhenHidden(covered)  # hidden under the card: the others stay put
                label.setSizePolicy(policy)
            if label.isHidden() == (wanted and not covered):
                label.setVisible(wanted and not covered)

    def set_slideshow(self, folder: str, seconds: float) -> None:
        self.slideshow.set_folder(folder, seconds)
        self._arrange()

    # -- layout ------------------------------------------------------------------------

    def set_unit(self, unit: float) -> None:
        self.unit = unit
        for label in (self.name, self.welcome, self.clock, self.date, self.status):
            label.set_unit(unit)
        self.band.set_unit(unit)
        self._arrange()

    def drift(self) -> None:
        self.drift_step = (self.drift_step + 1) % len(DRIFT)
        self._arrange()

    def drift_offset(self) -> tuple[int, int]:
        dx, dy = DRIFT[self.drift_step]
        return round(dx * self.unit), round(dy * self.unit)

    def _arrange(self) -> None:
        u = self.unit
        with_images = self.slideshow.has_images()
        self.slideshow.setGeometry(self.rect())
        self.slideshow.setVisible(with_images)
        self.content.setVisible(not with_images)
        self.band.setVisible(with_images)
        dx, dy = self.drift_offset()
        if with_images:
            # The images get the screen; the brand sits on a band along the bottom.
            height = self.band.sizeHint().height()
            self.band.setGeometry(0, self.height() - height + max(0, dy), self.width(), height)
            self.band.raise_()
        else:
            margin = round(u)
            self.content.setGeometry(margin + dx, margin + dy, self.width() - 2 * margin, self.height() - 2 * margin)
            self.logo.set_side(round(u * 4.2))
        self._column.setSpacing(round(u * 0.35))
        self._column.setContentsMargins(0, 0, 0, 0)
        if self._card is not None:
            self._column.activate()  # the labels where they now are, before they are compared with the card
            self._veil()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self.slideshow.running(True)

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        super().hideEvent(event)
        self.slideshow.running(False)

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        painter = QPainter(self)
        c = self.colours
        gradient = QLinearGradient(0, 0, self.width() * 0.35, self.height())
        gradient.setColorAt(0.0, c.idle_top)
        gradient.setColorAt(1.0, c.idle_bottom)
        painter.fillRect(self.rect(), gradient)
        if not self.slideshow.has_images():
            # Two quiet rings in a corner: a touch of shape, no static block to burn in.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            dx, dy = self.drift_offset()
            r = max(self.width(), self.height()) * 0.5
            for i, alpha in enumerate((0.07, 0.045)):
                pen = painter.pen()
                pen.setColor(faded(c.on_primary, alpha))
                pen.setWidthF(self.unit * 0.6)
                painter.setPen(pen)
                rr = r * (1.0 + 0.28 * i)
                painter.drawEllipse(QRectF(self.width() - rr * 0.45 + dx, self.height() - rr * 0.5 + dy, rr, rr))


# ----------------------------------------------------------------------------- sale

#: Beside the lines (a wide screen), the totals take this share of the width, whatever
#: their text: the lines keep the rest (more than half).
TOTALS_SHARE = 0.38
#: Under the lines (a portrait or squarish screen), the totals take at most this share of
#: the height; payments that do not fit are summed up on one row.
TOTALS_HEIGHT_SHARE = 0.42
QWIDGETSIZE_MAX = (1 << 24) - 1


def payment_rows(payments: Sequence[Payment], limit: int, money: MoneyFormat) -> list[tuple[str, str]]:
    """(name, amount) per payment; past ``limit`` rows the last ones become one "+N more"
    row with their sum, so ten payments never push the total off a small screen."""
    unnamed = QCoreApplication.translate("Display", "Payment")
    rows = [(p.kind or unnamed, money.money(p.amount)) for p in payments]
    if len(rows) <= limit:
        return rows
    keep = max(0, limit - 1)
    rest = payments[keep:]
    more = i18n.with_digits(QCoreApplication.translate("Display", "+%n more", None, len(rest)), len(rest), money.locale)
    return rows[:keep] + [(more, money.money(sum((p.amount for p in rest), Decimal(0))))]


def fit_rows(count: int, show: Callable[[int], None], needed: Callable[[], int], room: int) -> int:
    """Show as many of ``count`` rows as fit ``room`` px (at least one): ``show(limit)``
    lays them out, ``needed()`` is the height that takes. Returns the limit used."""
    limit = max(1, count)
    show(limit)
    while limit > 1 and needed() > room:
        limit -= 1
        show(limit)
    return limit


class TotalsPanel(QWidget):
    """The sale's numbers on the brand colour: item count, TOTAL (large), each payment,
    and what is still to pay."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.colours = theme.Theme.for_store(None)
        self.count = ElideLabel("", scale=0.8, parent=self)
        self.total_caption = TextLabel(QCoreApplication.translate("Display", "Total"), scale=0.95, parent=self)
        self.total = FitLabel("", scale=2.7, parent=self)
        self.payments = QWidget(self)
        self.payment_rows: list[tuple[ElideLabel, FitLabel]] = []
        self._payment_grid = QGridLayout(self.payments)
        self._payment_grid.setContentsMargins(0, 0, 0, 0)
        self._payment_grid.setColumnStretch(0, 1)  # the name takes what the amount leaves, and elides
        self.due_caption = TextLabel(QCoreApplication.translate("Display", "To pay"), scale=0.95, parent=self)
        self.due = FitLabel("", scale=1.9, parent=self)
        self.savings = FitLabel("", scale=0.85, bold=False, parent=self)
        self.wide: bool | None = None
        self._grid = QGridLayout(self)
        self.unit = 20.0
        self.room = QWIDGETSIZE_MAX  # px of height the panel may take (set by the sale screen)
        self._sale: Sale | None = None
        self._sums = LineSums()
        self._fitted: tuple[Any, ...] = ()  # what the payment rows were last fitted for
        self._limit = 99
        self.set_wide(False)
        self._money = MoneyFormat.for_store("en_NZ", "NZD")

    def set_money_format(self, money: MoneyFormat) -> None:
        self._money = money

    def set_wide(self, wide: bool) -> None:
        """Tall (one column beside the lines) or wide (two columns under the lines:
        count, total and savings on one side, payments and what is due on the other)."""
        if wide == self.wide:
            return
        self.wide = wide
        grid = self._grid
        parts = (self.count, self.total_caption, self.total, self.savings, self.payments, self.due_caption, self.due)
        for part in parts:
            grid.removeWidget(part)
        for i in range(12):
            grid.setRowStretch(i, 0)
        for i in range(2):
            grid.setColumnStretch(i, 0)
        if wide:
            # Total and "to pay" side by side on the same rows; the payments under what is due.
            for row, part in enumerate(parts[:3]):
                grid.addWidget(part, row, 0)
            grid.addWidget(self.savings, 3, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.due_caption, 1, 1)
            grid.addWidget(self.due, 2, 1)
            grid.addWidget(self.payments, 3, 1, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
        else:
            for row, part in enumerate(parts, start=1):
                grid.addWidget(part, row, 0)
            grid.setRowStretch(0, 1)
            grid.setRowStretch(len(parts) + 1, 1)
        self.set_unit(self.unit)

    def set_theme(self, colours: theme.Theme) -> None:
        self.colours = colours
        # It fills itself: what is under it is not painted first (unless the brand colour is translucent).
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, colours.primary.alpha() == 255)
        for label in (self.total, self.total_caption):
            set_text_colour(label, colours.on_primary)
        set_text_colour(self.count, colours.on_primary_soft)
        set_text_colour(self.savings, colours.on_primary_soft)
        set_text_colour(self.due, colours.due)  # the accent, adjusted until it reads on the brand colour
        set_text_colour(self.due_caption, colours.due)
        for kind, amount in self.payment_rows:
            set_text_colour(kind, colours.on_primary_soft)
            set_text_colour(amount, colours.on_primary_soft)
        self.update()

    def set_unit(self, unit: float) -> None:
        self.unit = unit
        for label in (self.count, self.total_caption, self.total, self.savings, self.due_caption, self.due):
            label.set_unit(unit)
        for kind, amount in self.payment_rows:
            kind.set_unit(unit)
            amount.set_unit(unit)
        pad = round(unit * 1.0)
        vertical = round(unit * (0.6 if self.wide else 0.9))
        self._grid.setContentsMargins(pad, vertical, pad, vertical)
        self._grid.setVerticalSpacing(round(unit * 0.15))
        self._grid.setHorizontalSpacing(round(unit * 1.5))
        self._payment_grid.setVerticalSpacing(round(unit * 0.1))
        self._payment_grid.setHorizontalSpacing(round(unit * 0.8))
        self._payment_grid.setContentsMargins(0, round(unit * 0.4), 0, round(unit * 0.4))
        self._fit_payments()

    def set_room(self, height: int) -> None:
        """The most height the panel may take: payments past what fits are summed up."""
        if height != self.room:
            self.room = height
            self._fit_payments()

    def show_sale(self, sale: Sale) -> None:
        items, saved = self._sums.update(sale.lines)  # only changed lines are added up again
        count = int(items) if items == items.to_integral_value() else len(sale.lines)
        self.total_caption.setText(QCoreApplication.translate("Display", "Total"))
        self.due_caption.setText(QCoreApplication.translate("Display", "To pay"))
        items = QCoreApplication.translate("Display", "%n item(s)", None, count)  # the language's plural form
        self.count.setText(i18n.with_digits(items, count, self._money.locale) if sale.lines else "")
        self.total.setText(self._money.money(sale.total))
        you_save = QCoreApplication.translate("Display", "You save %1")
        self.savings.setText(you_save.replace("%1", isolate(self._money.money(saved))) if saved > 0 else "")
        self.savings.setVisible(saved > 0)
        self._sale = sale
        self._fit_payments()
        paying = bool(sale.payments)
        self.due_caption.setVisible(paying)
        self.due.setVisible(paying)
        if paying:
            self.due.setText(self._money.money(sale.due))

    def _fit_payments(self) -> None:
        """Show the payments, as many rows as fit ``room`` (fitted again only when the number
        of payments, the room or the size changed; otherwise the rows just take the texts)."""
        sale = self._sale
        if sale is None:
            return
        key = (len(sale.payments), self.room, self.wide, self.unit, theme.text_scale(), self.savings.isVisibleTo(self))
        if key != self._fitted:
            self._fitted = key
            self._limit = fit_rows(len(sale.payments), lambda limit: self._show_payments(sale, limit), self._needed, self.room)
        else:
            self._show_payments(sale, self._limit)

    def _needed(self) -> int:
        self._payment_grid.invalidate()
        self.payments.updateGeometry()  # drops the outer layout's cached size of the rows
        self._grid.invalidate()
        return self._grid.totalMinimumSize().height()

    def _show_payments(self, sale: Sale, limit: int = 99) -> None:
        rows = payment_rows(sale.payments, limit, self._money)
        while len(self.payment_rows) < len(rows):
            kind, amount = ElideLabel(scale=0.85, parent=self.payments), FitLabel(scale=0.85, bold=False, parent=self.payments)
            amount.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # its whole width when there is room
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row = len(self.payment_rows)
            self._payment_grid.addWidget(kind, row, 0)
            self._payment_grid.addWidget(amount, row, 1)
            self.payment_rows.append((kind, amount))
            kind.set_unit(self.unit)
            amount.set_unit(self.unit)
            set_text_colour(kind, self.colours.on_primary_soft)
            set_text_colour(amount, self.colours.on_primary_soft)
        for i, (kind, amount) in enumerate(self.payment_rows):
            if i < len(rows):
                kind.setText(rows[i][0])
                amount.setText(rows[i][1])
            kind.setVisible(i < len(rows))
            amount.setVisible(i < len(rows))
        self.payments.setVisible(bool(rows))

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        QPainter(self).fillRect(event.rect(), self.colours.primary)


class SaleScreen(QWidget):
    """The sale being rung up: the lines (newest always in sight) beside the totals,
    or above them on a portrait or squarish screen."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.colours = theme.Theme.for_store(None)
        self.model = SaleLinesModel(parent=self)
        self.lines = SaleLinesView(self.model, self)
        self.empty = TextLabel(QCoreApplication.translate("Display", "Your items will appear here"), scale=1.0, parent=self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.panel = TotalsPanel(self)
        self.list_area = QWidget(self)
        area = QVBoxLayout(self.list_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.lines)
        area.addWidget(self.empty)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(0)
        self.box.addWidget(self.list_area, 62)
        self.box.addWidget(self.panel, 38)
        self.sale_key: str | None = None
        self.unit = 20.0

    def set_money_format(self, money: MoneyFormat) -> None:
        self.model.set_money_format(money)
        self.panel.set_money_format(money)

    def set_theme(self, colours: theme.Theme) -> None:
        self.colours = colours
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, colours.paper.alpha() == 255)  # see TotalsPanel
        self.lines.set_theme(colours)
        self.panel.set_theme(colours)
        set_text_colour(self.empty, colours.muted)
        self.update()

    def set_unit(self, unit: float, stacked: bool) -> None:
        """``stacked``: the totals go under the lines (portrait and squarish screens)."""
        self.unit = unit
        self.lines.set_unit(unit)
        self.panel.set_wide(stacked)
        self.panel.set_unit(unit)
        self.empty.set_unit(unit)
        if stacked:
            self.box.setDirection(QBoxLayout.Direction.TopToBottom)
            self.box.setStretch(0, 1)
            self.box.setStretch(1, 0)
        else:
            self.box.setDirection(QBoxLayout.Direction.LeftToRight)
            self.box.setStretch(0, 62)
            self.box.setStretch(1, 38)
        self.stacked = stacked
        self.list_area.layout().setContentsMargins(0, round(unit * 0.3), 0, round(unit * 0.3))
        self._share()

    def _share(self) -> None:
        """Beside the lines the totals get ``TOTALS_SHARE`` of the width, exactly (a long
        payment name elides instead of widening them); under the lines they get their
        height, up to ``TOTALS_HEIGHT_SHARE`` of the screen."""
        if getattr(self, "stacked", False):
            self.panel.setMinimumWidth(0)
            self.panel.setMaximumWidth(QWIDGETSIZE_MAX)
            self.panel.set_room(round(self.height() * TOTALS_HEIGHT_SHARE))
        else:
            self.panel.setFixedWidth(round(self.width() * TOTALS_SHARE))
            self.panel.set_room(self.height())

    def show_sale(self, sale: Sale | None) -> None:
        sale = sale or Sale(key="")
        new_customer = sale.key != self.sale_key
        if new_customer:
            self.model.set_lines(())  # a new customer: no "changed" rows carried over
            self.sale_key = sale.key
        self.empty.setText(QCoreApplication.translate("Display", "Your items will appear here"))
        self.model.set_lines(sale.lines)  # the view scrolls to the newest line when rows change
        self.panel.show_sale(sale)
        self.lines.setVisible(bool(sale.lines))
        self.empty.setVisible(not sale.lines)
        if new_customer:
            self.lines.reveal_newest()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._share()
        self.lines.reveal_newest()

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        QPainter(self).fillRect(event.rect(), self.colours.paper)


# ----------------------------------------------------------------------------- thank-you


class ThankYouScreen(QWidget):
    """The sale is paid: thanks, what was paid, the change in large type (when there is
    change), and a QR code for the receipt link (when one is configured)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.colours = theme.Theme.for_store(None)
        self._money = MoneyFormat.for_store("en_NZ", "NZD")
        # Shrinks to fit (a long "thank you" in large text at 800x480), never cut.
        self.title = FitLabel(QCoreApplication.translate("Display", "Thank you!"), scale=2.3, bold=True, parent=self)
        self.subtitle = TextLabel("", scale=0.95, parent=self)
        self.subtitle.setWordWrap(True)
        self.rows = QWidget(self)
        self._grid = QGridLayout(self.rows)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)  # a payment's name takes what its amount leaves, and elides
        self.row_labels: list[tuple[ElideLabel, FitLabel]] = []
        self._sale: Sale | None = None
        self._fitted: tuple[Any, ...] = ()
        self._limit = 99
        self.change_box = QWidget(self)
        self.change_caption = TextLabel(QCoreApplication.translate("Display", "Your change"), scale=1.0, parent=self.change_box)
        self.change = FitLabel("", scale=3.4, parent=self.change_box)
        box = QVBoxLayout(self.change_box)
        box.addWidget(self.change_caption)
        box.addWidget(self.change)
        self.qr_card = QWidget(self)
        self.qr = QrCode(self.qr_card)
        self.qr_caption = TextLabel(QCoreApplication.translate("Display", "Scan for your receipt"), scale=0.8, parent=self.qr_card)
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption.setWordWrap(True)
        card = QVBoxLayout(self.qr_card)
        card.addWidget(self.qr, 1)
        card.addWidget(self.qr_caption)

        self.text_column = QWidget(self)
        column = QVBoxLayout(self.text_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.rows)
        column.addWidget(self.change_box)
        column.addStretch(1)
        self._column = column
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.addWidget(self.text_column, 3)
        self.box.addWidget(self.qr_card, 2)
        self.unit = 20.0
        self.portrait = False
        self.change_box.paintEvent = self._paint_change_box  # type: ignore[method-assign]
        self.qr_card.paintEvent = self._paint_qr_card  # type: ignore[method-assign]

    def set_money_format(self, money: MoneyFormat) -> None:
        self._money = money

    def set_theme(self, colours: theme.Theme) -> None:
        self.colours = colours
        set_text_colour(self.title, colours.saving)
        set_text_colour(self.subtitle, colours.muted)
        set_text_colour(self.change_caption, colours.on_accent)
        set_text_colour(self.change, colours.on_accent)
        set_text_colour(self.qr_caption, colours.qr_ink)
        for caption, amount in self.row_labels:
            set_text_colour(caption, colours.muted)
            set_text_colour(amount, colours.ink)
        self.update()

    def set_unit(self, unit: float, portrait: bool) -> None:
        self.unit = unit
        self.portrait = portrait
        for label in (self.title, self.subtitle, self.change_caption, self.change, self.qr_caption):
            label.set_unit(unit)
        for caption, amount in self.row_labels:
            caption.set_unit(unit)
            amount.set_unit(unit)
        m = round(unit * 1.2)
        self.box.setContentsMargins(m, round(unit * 0.8), m, round(unit * 0.8))
        self.box.setSpacing(round(unit * 1.4))
        self.box.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.box.setStretch(0, 3 if not portrait else 1)
        self.box.setStretch(1, 2 if not portrait else 0)
        self._column.setSpacing(round(unit * 0.35))
        self._grid.setVerticalSpacing(round(unit * 0.15))
        self._grid.setHorizontalSpacing(round(unit * 1.2))
        pad = round(unit * 0.7)
        self.change_box.layout().setContentsMargins(round(unit * 0.9), pad, round(unit * 0.9), pad)
        self.change_box.layout().setSpacing(0)
        self.qr_card.layout().setContentsMargins(pad, pad, pad, pad)
        self.qr_card.layout().setSpacing(round(unit * 0.3))
        # The code as big as a phone needs from arm's length, not as big as the screen allows.
        self.box.setAlignment(self.text_column, Qt.AlignmentFlag.AlignCenter)
        side = round(unit * (11.0 if portrait else 10.0))
        self.qr.setFixedSize(side, side)
        self.qr_caption.setFixedWidth(side)
        self.box.setAlignment(self.qr_card, Qt.AlignmentFlag.AlignCenter)
        self._size_text_column()

    def _size_text_column(self) -> None:
        """The text as one readable block: as wide as there is room for, at most 24 units."""
        u = self.unit
        margins = self.box.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        if not self.portrait and self.qr_card.isVisibleTo(self):
            room -= self.qr.width() + round(u * 1.4) * 2 + self.box.spacing()
        self.text_column.setFixedWidth(max(50, min(room, round(u * 24))))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._size_text_column()
        self._fit_rows()

    def _room(self) -> int:
        """The height the text (thanks, what was paid, the change) may take."""
        margins = self.box.contentsMargins()
        room = self.height() - margins.top() - margins.bottom()
        if self.portrait and self.qr_card.isVisibleTo(self):
            room -= self.qr_card.sizeHint().height() + self.box.spacing()
        return room

    def _fit_rows(self) -> None:
        """What was paid, as many rows as fit (the last payments summed up on one row)."""
        sale = self._sale
        if sale is None:
            return
        room = self._room()
        key = (len(sale.payments), room, self.unit, self.portrait, theme.text_scale(), self.change_box.isVisibleTo(self),
               self.subtitle.isVisibleTo(self), self.qr_card.isVisibleTo(self))
        total = (QCoreApplication.translate("Display", "Total"), self._money.money(sale.total))

        def show(limit: int) -> None:
            self._show_rows([total, *payment_rows(sale.payments, limit, self._money)])

        if key != self._fitted:
            self._fitted = key
            self._limit = fit_rows(len(sale.payments), show, self._needed, room)
        else:
            show(self._limit)

    def _needed(self) -> int:
        """The text column's height at its width (a wrapped subtitle counts all its lines)."""
        self._grid.invalidate()
        self.rows.updateGeometry()  # drops the cached size of the rows
        width, total, shown = self.text_column.width(), 0, 0
        for i in range(self._column.count()):
            part = self._column.itemAt(i).widget()
            if part is None or part.isHidden():
                continue
            height = part.minimumSizeHint().height()
            if part.hasHeightForWidth():
                height = max(height, part.heightForWidth(width))
            total += height
            shown += 1
        return total + self._column.spacing() * max(0, shown - 1)

    def show_sale(self, sale: Sale | None, url: str, store_name: str, message: str = "") -> None:
        sale = sale or Sale(key="")
        self.title.setText(QCoreApplication.translate("Display", "Thank you!"))
        self.change_caption.setText(QCoreApplication.translate("Display", "Your change"))
        self.qr_caption.setText(QCoreApplication.translate("Display", "Scan for your receipt"))
        shopping_at = QCoreApplication.translate("Display", "for shopping at %1")
        subtitle = message or (shopping_at.replace("%1", isolate(store_name)) if store_name else "")
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        has_change = sale.change > 0
        self.change.setText(self._money.money(sale.change) if has_change else "")
        self.change_box.setVisible(has_change)
        self.qr.set_text(url)
        self.qr_card.setVisible(self.qr.has_code())
        self._size_text_column()
        self._sale = sale
        self._fit_rows()

    def _show_rows(self, rows: list[tuple[str, str]]) -> None:
        while len(self.row_labels) < len(rows):
            caption, amount = ElideLabel(scale=1.05, parent=self.rows), FitLabel(scale=1.05, bold=True, parent=self.rows)
            amount.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # its whole width when there is room
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            i = len(self.row_labels)
            self._grid.addWidget(caption, i, 0)
            self._grid.addWidget(amount, i, 1)
            caption.set_unit(self.unit)
            amount.set_unit(self.unit)
            set_text_colour(caption, self.colours.muted)
            set_text_colour(amount, self.colours.ink)
            self.row_labels.append((caption, amount))
        for i, (caption, amount) in enumerate(self.row_labels):
            visible = i < len(rows)
            if visible:
                caption.setText(rows[i][0])
                amount.setText(rows[i][1])
            caption.setVisible(visible)
            amount.setVisible(visible)

    def texts(self) -> list[str]:
        """Every text the customer can read on this screen (for tests and support)."""
        out = [self.title.text(), self.subtitle.text()]
        for caption, amount in self.row_labels:
            if caption.isVisibleTo(self):
                out += [caption.text(), amount.text()]
        if self.change_box.isVisibleTo(self):
            out += [self.change_caption.text(), self.change.text()]
        if self.qr_card.isVisibleTo(self):
            out.append(self.qr_caption.text())
        return [t for t in out if t]

    def _paint_change_box(self, event: Any) -> None:
        painter = QPainter(self.change_box)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.change_box.rect()), self.unit * 0.5, self.unit * 0.5)
        painter.fillPath(path, self.colours.accent)

    def _paint_qr_card(self, event: Any) -> None:
        painter = QPainter(self.qr_card)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.qr_card.rect()).adjusted(0.5, 0.5, -0.5, -0.5), self.unit * 0.5, self.unit * 0.5)
        painter.fillPath(path, QColor("#ffffff"))
        painter.setPen(self.colours.rule)
        painter.drawPath(path)

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        QPainter(self).fillRect(self.rect(), self.colours.paper)


# ----------------------------------------------------------------------------- offline


class OfflineOverlay(QWidget):
    """Laid over whatever is on screen while the counter link is down: the screen
    underneath is dimmed (never blanked), and a calm card says the display is
    reconnecting, with three softly pulsing dots so it never looks frozen.

    A display that has never reached its counter says it is waiting for it, and the card
    says why it cannot reach it, in words a store owner can act on (``set_problem``, from
    ``fd1.reach``: refused, name not found, timed out, with the address). Parts of the
    screen with large text (the total, the change) are veiled (``set_covered``) so no
    stale figure peeks out around the card."""

    MESSAGE = QT_TRANSLATE_NOOP("Display", "Reconnecting to the counter…")
    WAITING = QT_TRANSLATE_NOOP("Display", "Waiting for the counter…")
    DETAIL = QT_TRANSLATE_NOOP("Display", "This screen will update by itself as soon as the counter is back.")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.colours = theme.Theme.for_store(None)
        self.unit = 20.0
        self.phase = 0.0
        self.never_connected = False
        self.reason: Problem | None = None  # fd1.reach's diagnosis; ``problem`` words it
        self._covered: list[tuple[QRect, QColor]] = []
        self._pulse = QVariantAnimation(self)
        self._pulse.setStartValue(0.0)
        self._pulse.setEndValue(1.0)
        self._pulse.setDuration(1600)
        self._pulse.setLoopCount(-1)
        self._pulse.valueChanged.connect(self._on_pulse)
        self.animate = True
        self.hide()

    def set_theme(self, colours: theme.Theme) -> None:
        self.colours = colours

    def set_unit(self, unit: float) -> None:
        self.unit = unit
        self.update()

    def set_problem(self, never_connected: bool, problem: Problem | None) -> None:
        """``never_connected``: the title says the display is waiting for its counter (not
        reconnecting); ``problem``: why the counter cannot be reached (``fd1.reach``; None
        when not known), worded in the language on screen when painted."""
        if (never_connected, problem) != (self.never_connected, self.reason):
            self.never_connected, self.reason = never_connected, problem
            self.update()

    @property
    def problem(self) -> str:
        """Why the counter cannot be reached, in the language on screen ("" when not known)."""
        return reach_text.describe(self.reason)

    def set_covered(self, parts: list[tuple[QRect, QColor]]) -> None:
        """Rectangles (in this widget) painted over in their own background colour before
        the dimming: the figures in them are hidden, the screen's shape stays."""
        if parts != self._covered:
            self._covered = parts
            self.update()

    def covered_rects(self) -> list[QRect]:
        return [rect for rect, _ in self._covered]

    def title(self) -> str:
        return tr(self.WAITING if self.never_connected else self.MESSAGE)

    def texts(self) -> list[str]:
        """What the card says (for tests and support)."""
        return [t for t in (self.title(), self.problem, tr(self.DETAIL)) if t]

    def _on_pulse(self, value: Any) -> None:
        self.phase = float(value)
        self.update()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self.animate:
            self._pulse.start()

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        super().hideEvent(event)
        self._pulse.stop()

    def _layout(self) -> tuple[QRectF, Any, Any, float, list[tuple[str, Any, float]]]:
        """The card, the title font and height, and the wrapped paragraphs under it (the
        problem, then the detail) with their fonts and heights: the title fits on one
        line and the rest wraps inside the card, whatever the window."""
        u = self.unit
        problem = self.problem
        width = min(self.width() - 2 * u, u * (26 if problem else 22))
        inner = max(10.0, width - 2 * u)
        title_px = u * 1.15
        title_font = theme.font(title_px, bold=True)
        while title_px > 8 and QFontMetrics(title_font).horizontalAdvance(self.title()) > inner:
            title_px *= 0.94
            title_font = theme.font(title_px, bold=True)
        detail_font = theme.font(min(u * 0.72, title_px * 0.75))
        title_h = QFontMetrics(title_font).height()
        wrap = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        paragraphs = []
        for text in (problem, tr(self.DETAIL)):
            if text:
                height = QFontMetrics(detail_font).boundingRect(QRect(0, 0, int(inner), 10_000), wrap, text).height()
                paragraphs.append((text, detail_font, float(height)))
        height = u * 1.2 + u * 0.64 + u * 0.8 + title_h + sum(u * 0.35 + h for _, _, h in paragraphs) + u * 0.9
        height = min(height, max(10.0, self.height() - u * 0.5))
        card = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        return card, title_font, detail_font, title_h, paragraphs

    def card_rect(self) -> QRectF:
        return self._layout()[0]

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        import math

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A widget's painter lays text out left to right whatever the widget's direction: an
        # Arabic card would end its title's "…" and its sentences' full stops on the right.
        painter.setLayoutDirection(self.layoutDirection())
        c = self.colours
        for rect, colour in self._covered:
            painter.fillRect(rect, colour)
        painter.fillRect(self.rect(), faded(c.paper, 0.74))
        u = self.unit
        card, title_font, _, title_h, paragraphs = self._layout()
        path = QPainterPath()
        path.addRoundedRect(card, u * 0.6, u * 0.6)
        painter.fillPath(path, c.card)
        painter.setPen(c.rule)
        painter.drawPath(path)
        painter.setClipPath(path)

        # three dots, pulsing one after another
        radius = u * 0.32
        cy = card.top() + u * 1.2 + radius
        for i in range(3):
            t = (self.phase - i * 0.18) % 1.0
            glow = 0.35 + 0.65 * (0.5 - 0.5 * math.cos(2 * math.pi * t))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(faded(c.primary, glow))
            cx = card.center().x() + (i - 1) * u * 1.1
            painter.drawEllipse(QRectF(cx - radius, cy - radius, 2 * radius, 2 * radius))

        painter.setPen(c.ink)
        painter.setFont(title_font)
        title = QRectF(card.left() + u, cy + radius + u * 0.8, card.width() - 2 * u, title_h)
        painter.drawText(title, Qt.AlignmentFlag.AlignCenter, self.title())
        top = title.bottom()
        for i, (text, font, height) in enumerate(paragraphs):
            painter.setPen(c.ink if (i == 0 and self.reason is not None) else c.muted)
            painter.setFont(font)
            block = QRectF(card.left() + u, top + u * 0.35, card.width() - 2 * u, height)
            painter.drawText(block, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
            top = block.bottom()


__all__ = [
    "IdleScreen",
    "OfflineOverlay",
    "SaleScreen",
    "Slideshow",
    "ThankYouScreen",
    "TotalsPanel",
    "LogoMark",
]
