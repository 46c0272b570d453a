"""Small building blocks of the customer display: the logo mark, the clock, a label
that shrinks big amounts to fit, one that ends a long name in "…", the header band and
the banner strip.

Each takes its size from the display unit (``set_unit``) and its colours from the
store's ``Theme`` (``set_theme``); none of them knows about sales or the counter.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from ..widgets.format import clock_text, date_text, locale_for
from . import theme


def set_text_colour(label: QLabel, colour: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    label.setPalette(palette)


def faded(colour: QColor, alpha: float) -> QColor:
    out = QColor(colour)
    out.setAlphaF(alpha)
    return out


class TextLabel(QLabel):
    """A label sized in display units: ``TextLabel(scale=1.0, bold=False)``.

    Its alignment follows the screen's reading direction, not its text's: an English
    store name or payment name in an Arabic layout sits on the right like the Arabic
    captions around it (a plain QLabel aligns by its own text's direction)."""

    def __init__(self, text: str = "", *, scale: float = 1.0, bold: bool = False, parent: Any = None) -> None:
        self._logical = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        super().__init__(text, parent)
        self.scale = scale
        self.bold = bold
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFont(theme.font(20 * scale, bold=bold))
        self.setAlignment(self._logical)

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:  # noqa: N802 (Qt name)
        """``alignment`` as for the layout (left = the reading start), made absolute."""
        self._logical = Qt.AlignmentFlag(alignment)
        super().setAlignment(self._visual())

    def _visual(self) -> Qt.AlignmentFlag:
        logical = self._logical
        if logical & Qt.AlignmentFlag.AlignAbsolute:
            return logical
        horizontal = logical & Qt.AlignmentFlag.AlignHorizontal_Mask
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            if horizontal & Qt.AlignmentFlag.AlignLeft:
                horizontal = Qt.AlignmentFlag.AlignRight
            elif horizontal & Qt.AlignmentFlag.AlignRight:
                horizontal = Qt.AlignmentFlag.AlignLeft
        return horizontal | (logical & Qt.AlignmentFlag.AlignVertical_Mask) | Qt.AlignmentFlag.AlignAbsolute

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            super().setAlignment(self._visual())

    def set_unit(self, unit: float) -> None:
        self.setFont(theme.font(unit * self.scale, bold=self.bold))


class FitLabel(TextLabel):
    """A one-line label for big amounts: its type shrinks (never grows) so the whole
    text fits the width it has; a customer never sees a cut-off total."""

    def __init__(self, text: str = "", *, scale: float = 1.0, bold: bool = True, parent: Any = None) -> None:
        super().__init__(text, scale=scale, bold=bold, parent=parent)
        self.unit = 20.0
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_unit(self, unit: float) -> None:
        self.unit = unit
        self._fit()
        self.updateGeometry()  # its size hint follows the unit, whatever font _fit kept

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        if text == self.text():
            return  # the same amount again (most updates): nothing to lay out or measure
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        px = self.unit * self.scale
        width = self.width() - 2
        f = theme.font(px, bold=self.bold)
        if width > 20:
            advance = QFontMetrics(f).horizontalAdvance(self.text())
            if advance > width:
                # Text grows about in proportion to its type size: straight to the size that
                # should fit (each size tried is a font to load and shape the text in), then
                # small steps down while hinting and rounding still leave it too wide.
                px = max(8.0, px * width / advance)
                f = theme.font(px, bold=self.bold)
                while px > 8 and QFontMetrics(f).horizontalAdvance(self.text()) > width:
                    px *= 0.97
                    f = theme.font(px, bold=self.bold)
        if f != self.font():
            self.setFont(f)

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(theme.font(self.unit * self.scale, bold=self.bold))
        return QSize(fm.horizontalAdvance(self.text()) + 2, fm.height())  # _fit keeps 2 px spare

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetrics(theme.font(self.unit * self.scale, bold=self.bold))
        return QSize(10, fm.height())


class ElideLabel(TextLabel):
    """A one-line label for names of any length (a 52-character payment type): it takes
    the width the layout gives it, never more, and ends the text in "…" when it does not
    fit. ``text()`` is the whole text; ``shown_text()`` what is painted."""

    def __init__(self, text: str = "", *, scale: float = 1.0, bold: bool = False, parent: Any = None) -> None:
        super().__init__(text, scale=scale, bold=bold, parent=parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width()))

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance(self.text()), fm.height())

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("…"), fm.height())

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.setFont(self.font())
        # QStyle through its module: its ~570 enum members are built at the first elided
        # label's paint, not at every start (~6 ms of the launch).
        align = QtWidgets.QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        painter.drawText(self.contentsRect(), int(align), self.shown_text())


class LogoMark(QWidget):
    """The store's logo image, or, without one, a calm round mark with its initials."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.initials = ""
        self.fill = QColor(theme.DEFAULT_ACCENT)
        self.ink = QColor("#17201c")
        self.ring = QColor(0, 0, 0, 0)
        self.badge: QColor | None = None  # drawn behind a logo image (None: no badge)
        self._side = 48
        self._scaled: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_logo(self, image: QImage | None, name: str) -> None:
        self.image = image
        self.initials = theme.initials(name)
        self._scaled = None
        self.update()

    def set_colours(self, fill: QColor, ink: QColor, ring: QColor | None = None, badge: QColor | None = None) -> None:
        self.fill, self.ink = QColor(fill), QColor(ink)
        self.badge = QColor(badge) if badge is not None else None
        self.ring = QColor(ring) if ring is not None else QColor(0, 0, 0, 0)
        self.update()

    def set_side(self, side: int) -> None:
        side = max(16, int(side))
        if side != self._side:
            self._side = side
            self._scaled = None
            self.setFixedSize(self._logo_size())
            self.updateGeometry()
            self.update()

    def _logo_size(self) -> QSize:
        if self.image is None or self.image.isNull():
            return QSize(self._side, self._side)
        ratio = self.image.width() / max(1, self.image.height())
        width = min(round(self._side * ratio), self._side * 3)  # a wide logo may be wider than tall
        return QSize(max(1, width), self._side)

    def sizeHint(self) -> QSize:
        return self._logo_size()

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self.image is not None and not self.image.isNull():
            area = QRectF(self.rect())
            if self.badge is not None:
                # A light badge behind the logo: a logo drawn for white paper stays legible
                # on the brand colour (a green logo on a green band would vanish).
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.badge)
                if abs(self.width() - self.height()) <= 2:
                    painter.drawEllipse(area)
                    inset = area.width() * 0.16
                else:
                    painter.drawRoundedRect(area, area.height() * 0.2, area.height() * 0.2)
                    inset = area.height() * 0.12
                area = area.adjusted(inset, inset, -inset, -inset)
            target = area.size().toSize()
            if self._scaled is None or self._scaled.size() != target * self.devicePixelRatioF():
                self._scaled = self.image.scaled(
                    target * self.devicePixelRatioF(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                self._scaled.setDevicePixelRatio(self.devicePixelRatioF())
            logical = self._scaled.size() / self.devicePixelRatioF()
            x = area.left() + (area.width() - logical.width()) / 2
            y = area.top() + (area.height() - logical.height()) / 2
            painter.drawImage(QRectF(x, y, logical.width(), logical.height()), self._scaled)
            return
        side = min(self.width(), self.height())
        circle = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.fill)
        painter.drawEllipse(circle)
        if self.ring.alpha():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pen = painter.pen()
            pen.setStyle(Qt.PenStyle.SolidLine)
            pen.setColor(self.ring)
            pen.setWidthF(max(1.0, side * 0.035))
            painter.setPen(pen)
            painter.drawEllipse(circle.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06))
        painter.setPen(self.ink)
        painter.setFont(theme.font(side * (0.38 if len(self.initials) > 1 else 0.46), bold=True, scaled=False))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, self.initials)


class Clock(TextLabel):
    """The time of day, in the store's locale; ticks on its own (cheaply: it only
    changes its text when the minute changes), whatever the link is doing."""

    def __init__(self, *, scale: float = 1.0, bold: bool = False, with_date: bool = False, parent: Any = None) -> None:
        super().__init__("", scale=scale, bold=bold, parent=parent)
        self.with_date = with_date
        self.locale = locale_for("")
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def set_locale(self, name: str) -> None:
        self.locale = locale_for(name)
        self.refresh()

    def refresh(self) -> None:
        text = date_text(self.locale) if self.with_date else clock_text(self.locale)
        if text != self.text():
            self.setText(text)


class Header(QWidget):
    """The band across the top of the sale, thank-you and offline screens: the
    store's mark and name on the reading side, the clock on the other.

    Sizes are in the screen's unit: ``text`` for the name and clock, ``logo`` for the
    mark's side, ``margins`` (horizontal, vertical) and ``spacing``. The idle screen's
    brand band is the same widget, larger, on a darker band."""

    def __init__(
        self,
        parent: Any = None,
        *,
        text: float = 1.0,
        logo: float = 1.6,
        margins: tuple[float, float] = (0.8, 0.45),
        spacing: float = 0.6,
    ) -> None:
        super().__init__(parent)
        self.proportions = (logo, margins, spacing)
        self.colours = theme.Theme.for_store(None)
        self.logo = LogoMark(self)
        self.name = FitLabel(scale=text, bold=True, parent=self)  # a long name shrinks, never cut
        self.clock = Clock(scale=text, parent=self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.logo)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.clock)
        self.unit = 20.0

    def set_store(self, name: str, logo: QImage | None) -> None:
        self.name.setText(name)
        self.logo.set_logo(logo, name)
        self.logo.set_side(round(self.unit * self.proportions[0]))

    def set_theme(self, colours: theme.Theme) -> None:
        self.colours = colours
        set_text_colour(self.name, colours.on_primary)
        set_text_colour(self.clock, colours.on_primary)
        self.logo.set_colours(colours.accent, colours.on_accent, badge=colours.paper)
        self.update()

    def set_unit(self, unit: float) -> None:
        self.unit = unit
        logo, (across, down), spacing = self.proportions
        self.name.set_unit(unit)
        self.clock.set_unit(unit)
        self.logo.set_side(round(unit * logo))
        self.layout().setContentsMargins(round(unit * across), round(unit * down), round(unit * across), round(unit * down))
        self.layout().setSpacing(round(unit * spacing))

    def background(self) -> QColor:
        return self.colours.primary

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        QPainter(self).fillRect(self.rect(), self.background())


class BannerStrip(TextLabel):
    """The counter's ``fn1.link.link_status`` notice, on a strip along the bottom of
    every screen; hidden when there is none."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__("", scale=0.85, bold=True, parent=parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.hide()

    def set_theme(self, colours: theme.Theme) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, colours.accent)
        palette.setColor(QPalette.ColorRole.WindowText, colours.on_accent)
        self.setPalette(palette)

    def set_unit(self, unit: float) -> None:
        super().set_unit(unit)
        pad = round(unit * 0.45)
        self.setContentsMargins(round(unit), pad, round(unit), pad)

    def set_message(self, text: str | None) -> None:
        text = (text or "").strip()
        if text != self.text():
            self.setText(text)
        self.setVisible(bool(text))
