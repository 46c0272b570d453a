"""A QR code widget: the matrix from the ``qrcode`` package, painted module by module.

Painting with ``fillRect`` per dark module at a whole number of pixels per module
keeps the code razor sharp at any window size, with its quiet zone (4 modules)
always white, which is what phone cameras need to lock on.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

log = logging.getLogger(__name__)

QUIET_ZONE = 4


def qr_matrix(text: str, border: int = QUIET_ZONE) -> list[list[bool]]:
    """The QR modules for ``text`` (True = dark), quiet zone included. Empty for no text."""
    if not text:
        return []
    import qrcode  # here, not at start-up: only a thank-you screen with a receipt link needs it
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=border)
    code.add_data(text)
    code.make(fit=True)
    return [list(map(bool, row)) for row in code.get_matrix()]


class QrCode(QWidget):
    """Shows one QR code, as large as fits, centred. ``set_text("")`` shows nothing."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.matrix: list[list[bool]] = []
        self.dark = QColor("#111111")
        self.light = QColor("#ffffff")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def set_text(self, text: str) -> None:
        text = text or ""
        if text == self.text:
            return
        self.text = text
        try:
            self.matrix = qr_matrix(text)
        except Exception:  # an absurdly long URL must not take the thank-you screen down
            log.exception("could not build a QR code for %.80s", text)
            self.matrix = []
        self.update()

    def has_code(self) -> bool:
        return bool(self.matrix)

    def module_size(self) -> int:
        """Pixels per module at the current size (0 when there is no room or no code)."""
        n = len(self.matrix)
        return min(self.width(), self.height()) // n if n else 0

    def code_rect(self) -> QRect:
        """Where the code (with its quiet zone) is painted, in widget coordinates."""
        n, k = len(self.matrix), self.module_size()
        side = n * k
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(max(1, len(self.matrix)) * 2, max(1, len(self.matrix)) * 2)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        k = self.module_size()
        if not k:
            return
        painter = QPainter(self)
        rect = self.code_rect()
        painter.fillRect(rect, self.light)
        for y, row in enumerate(self.matrix):
            x = 0
            while x < len(row):  # runs of dark modules as one rectangle: fewer calls, same pixels
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < len(row) and row[x]:
                    x += 1
                painter.fillRect(rect.left() + start * k, rect.top() + y * k, (x - start) * k, k, self.dark)
        painter.end()
