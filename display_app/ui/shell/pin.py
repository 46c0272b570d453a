"""An on-screen PIN pad: finger-sized keys, no modal dialog, no system keyboard needed.

``PinPad(check)`` is a plain widget (the kiosk overlay centres it over the window and
calls ``fit(room)`` so it fits the screen: the keys are sized from the room there is,
``KEY_SIZE`` down to ``MIN_KEY``, and on a short landscape screen, a 7" 800x480, the
title, dots, message and Cancel stand beside the keys instead of above and below them).
The key grid reads 1 2 3 from the left in every language, Arabic too, as phone and
card-terminal keypads do; the captions around it follow the language's direction.
It emits ``accepted`` when ``check(pin)`` says yes; a wrong PIN shakes the pad, clears
it and is logged (never the digits). After ``MAX_ATTEMPTS`` wrong PINs in a row the pad
refuses input for 30 s, doubling with each lockout in a row up to 16 minutes
(``display_app.pins.Lockout``, kept across restarts when the app says where). Physical
keys work too: digits, Backspace, Enter, Escape (cancel).
"""

from __future__ import annotations

import logging
import math
import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEasingCurve, QPoint, QPropertyAnimation, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ... import pins

log = logging.getLogger(__name__)

MAX_DIGITS = 8
MAX_ATTEMPTS = pins.MAX_ATTEMPTS
LOCKOUT_SECONDS = pins.FIRST_LOCK_SECONDS  # the first lockout; each one in a row doubles it
KEY_SIZE = 84  # px: comfortably finger-sized on a 10" tablet and a 15" display
MIN_KEY = 48  # px: the smallest touch target we allow (docs/accessibility.md)
KEY_SPACING = 10  # px between keys

STYLE = f"""
QFrame#pin-pad {{ background: #20262b; border-radius: 18px; }}
QLabel {{ color: #f4f4f4; background: transparent; }}
QLabel#pin-title {{ font-size: 22px; }}
QLabel#pin-dots {{ font-size: 34px; letter-spacing: 6px; min-height: 48px; }}
QLabel#pin-message {{ color: #ffb4a8; font-size: 16px; }}
QPushButton {{ background: #38424a; color: #ffffff; border: none; border-radius: 12px; padding: 0; }}
QPushButton:pressed {{ background: #56636d; }}
QPushButton:disabled {{ color: #7b858c; }}
QPushButton#pin-ok {{ background: #2e7d32; }}
QPushButton#pin-cancel {{ background: transparent; font-size: 20px; min-height: {MIN_KEY}px; min-width: 120px; }}
"""


class PinPad(QFrame):
    accepted = Signal()
    cancelled = Signal()
    rejected = Signal()  # a wrong PIN was entered

    def __init__(
        self,
        check: Callable[[str], bool],
        parent: QWidget | None = None,
        *,
        title: str = "",
        clock: Callable[[], float] = time.monotonic,
        lockout: pins.Lockout | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pin-pad")
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._check = check
        self._clock = clock
        self._digits = ""
        if lockout is None:
            where = pins.lockout_file()
            lockout = pins.Lockout(where) if where is not None else pins.Lockout(clock=clock)
        self.lockout = lockout

        title = title or QCoreApplication.translate("Kiosk", "Enter PIN")
        self.title = QLabel(title, objectName="pin-title", alignment=Qt.AlignmentFlag.AlignCenter)
        self.dots = QLabel("", objectName="pin-dots", alignment=Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel("", objectName="pin-message", alignment=Qt.AlignmentFlag.AlignCenter)
        for label in (self.title, self.message):
            label.setWordWrap(True)  # as wide as the keys: a long lockout message takes a second line
        # The keys in a grid of their own, always left to right (1 2 3 on top, OK at the
        # bottom right), whatever the direction of the captions around it.
        self.keypad = QWidget(objectName="pin-keys")
        self.keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.keypad.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        grid = QGridLayout(self.keypad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(KEY_SPACING)
        self.keys: dict[str, QPushButton] = {}
        layout_keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "ok"]
        labels = {"clear": "⌫", "ok": QCoreApplication.translate("Kiosk", "OK")}
        for index, key in enumerate(layout_keys):
            button = QPushButton(labels.get(key, key), objectName=f"pin-{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName({"clear": QCoreApplication.translate("Kiosk", "Delete"), "ok": QCoreApplication.translate("Kiosk", "OK")}.get(key, key))
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        self.cancel_button = QPushButton(QCoreApplication.translate("Kiosk", "Cancel"), objectName="pin-cancel")
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancel)

        self._grid = grid
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(24, 20, 24, 16)
        self._layout.setVerticalSpacing(8)
        self._layout.setHorizontalSpacing(28)
        self.side_by_side = False
        self.key_size = KEY_SIZE
        self._arrange(False, KEY_SIZE)
        self.adjustSize()

        self._unlock_timer = QTimer(self, singleShot=True)
        self._unlock_timer.timeout.connect(self._lock_over)
        self._shake: QPropertyAnimation | None = None
        if self.locked:  # still locked from before a restart
            self._unlock_timer.start(int(self.lockout.remaining() * 1000) + 1)
            self._show_lock()

    # -- state -----------------------------------------------------------------

    @property
    def entered(self) -> str:
        return self._digits

    @property
    def locked(self) -> bool:
        return self.lockout.remaining() > 0

    def fit(self, room: QSize) -> None:
        """Lay the pad out to fit ``room``: the arrangement (keys under the captions, or beside
        them on a landscape screen) that keeps the biggest keys, from ``KEY_SIZE`` down to
        ``MIN_KEY``; at 800x480 that is side by side with full-size keys."""
        choices = (False, True) if room.width() > room.height() else (False,)
        best: tuple[bool, int, bool] | None = None  # fits, key size, side by side
        for side_by_side in choices:
            fits, key = self._largest_key(side_by_side, room)
            if best is None or (fits, key) > best[:2]:
                best = (fits, key, side_by_side)
        assert best is not None
        self._arrange(best[2], best[1])

    def preferred_size(self) -> QSize:
        """The size the pad wants as it is arranged now (the wrapped captions' height included)."""
        self._grid.invalidate()
        self._layout.invalidate()
        size = self._layout.totalSizeHint().expandedTo(self._layout.totalMinimumSize())
        if self._layout.hasHeightForWidth():
            size.setHeight(max(size.height(), self._layout.totalHeightForWidth(size.width())))
        return size

    def reset(self) -> None:
        """Clear the digits and the message (not the lock-out)."""
        self._digits = ""
        self._render()
        if not self.locked:
            self.message.setText("")

    # -- input -------------------------------------------------------------------

    def press(self, key: str) -> None:
        """One key: a digit, ``clear`` (delete the last digit) or ``ok``."""
        if self.locked:
            self._show_lock()
            return
        if key == "clear":
            self._digits = self._digits[:-1]
        elif key == "ok":
            self._submit()
            return
        elif key.isdigit() and len(key) == 1 and len(self._digits) < MAX_DIGITS:
            self._digits += key
            self.message.setText("")
        self._render()

    def cancel(self) -> None:
        self.reset()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        key = event.key()
        text = event.text()
        if text and text.isdigit():
            self.press(text)
        elif key == Qt.Key.Key_Backspace:
            self.press("clear")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        elif key == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- internals -------------------------------------------------------------

    def _largest_key(self, side_by_side: bool, room: QSize) -> tuple[bool, int]:
        """The biggest key size (and whether it fits) with which the pad fits ``room``."""
        key = KEY_SIZE
        while True:
            self._arrange(side_by_side, key)
            size = self.preferred_size()
            over_height, over_width = size.height() - room.height(), size.width() - room.width()
            if over_height <= 0 and over_width <= 0:
                return True, key
            if key == MIN_KEY:
                return False, key
            rows, columns = 4, (6 if side_by_side else 3)
            key = max(MIN_KEY, key - max(1, math.ceil(max(over_height / rows, over_width / columns))))

    def _arrange(self, side_by_side: bool, key: int) -> None:
        """Keys of ``key`` px; the captions above and below them, or (``side_by_side``) in a
        column beside them, Cancel at the bottom of it."""
        self.side_by_side, self.key_size = side_by_side, key
        digits = QFont(self.font())
        digits.setPixelSize(max(16, round(key / 3)))
        for button in self.keys.values():
            button.setFixedSize(key, key)
            font = QFont(digits)
            while font.pixelSize() > 12 and QFontMetrics(font).horizontalAdvance(button.text()) > key - 12:
                font.setPixelSize(font.pixelSize() - 1)  # a word on a key ("Aceptar") shrinks to fit it
            button.setFont(font)
        width = 3 * key + 2 * KEY_SPACING
        for label in (self.title, self.message):
            label.setFixedWidth(width)
        self.message.ensurePolished()
        self.message.setMinimumHeight(2 * QFontMetrics(self.message.font()).lineSpacing())  # room for a wrapped lockout message
        layout = self._layout
        for widget in (self.title, self.dots, self.message, self.keypad, self.cancel_button):
            layout.removeWidget(widget)
        for row in range(5):
            layout.setRowStretch(row, 0)
        centre = Qt.AlignmentFlag.AlignCenter
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.dots, 1, 0)
        layout.addWidget(self.message, 2, 0)
        layout.addWidget(self.cancel_button, 4, 0, centre)
        if side_by_side:
            layout.setRowStretch(3, 1)  # Cancel down level with the bottom row of keys
            layout.addWidget(self.keypad, 0, 1, 5, 1, centre)
        else:
            layout.addWidget(self.keypad, 3, 0, centre)

    def _submit(self) -> None:
        pin, self._digits = self._digits, ""
        self._render()
        try:
            ok = bool(pin) and self._check(pin)
        except Exception:  # a broken check must not unlock
            log.exception("PIN check failed")
            ok = False
        if ok:
            self.lockout.succeeded()
            self.message.setText("")
            log.info("exit PIN accepted")
            self.accepted.emit()
            return
        seconds = self.lockout.failed()
        log.warning("wrong PIN entered (%d in a row)", self.lockout.failures or MAX_ATTEMPTS)
        self._shake_pad()
        if seconds:
            self._unlock_timer.start(int(seconds * 1000))
            log.warning("PIN pad locked for %.0f s (lockout %d in a row)", seconds, self.lockout.lockouts)
            self._show_lock()
        else:
            self.message.setText(QCoreApplication.translate("Kiosk", "Wrong PIN"))
        self.rejected.emit()

    def _show_lock(self) -> None:
        remaining = max(1, round(self.lockout.remaining()))
        if remaining < 120:
            wait = QCoreApplication.translate("Kiosk", "%n s", None, remaining)
        else:
            wait = QCoreApplication.translate("Kiosk", "%n minute(s)", None, (remaining + 59) // 60)
        self.message.setText(QCoreApplication.translate("Kiosk", "Too many tries: wait %1").replace("%1", wait))

    def _lock_over(self) -> None:
        self.message.setText("")

    def _render(self) -> None:
        self.dots.setText("●" * len(self._digits))

    def _shake_pad(self) -> None:
        if self._shake is not None:
            self._shake.stop()
            self.move(self._shake.startValue())
        start = self.pos()
        shake = QPropertyAnimation(self, b"pos", self)
        shake.setDuration(360)
        shake.setStartValue(start)
        shake.setEndValue(start)
        for step, dx in enumerate((-14, 12, -10, 8, -5, 3)):
            shake.setKeyValueAt((step + 1) / 7, start + QPoint(dx, 0))
        shake.setEasingCurve(QEasingCurve.Type.Linear)
        shake.start()
        self._shake = shake
