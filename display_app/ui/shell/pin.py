"""An on-screen PIN pad: finger-sized keys, no modal dialog, no system keyboard needed.

``PinPad(check)`` is a plain widget (the kiosk overlay centres it over the window).
It emits ``accepted`` when ``check(pin)`` says yes; a wrong PIN shakes the pad, clears
it and is logged (never the digits). After ``MAX_ATTEMPTS`` wrong PINs in a row the pad
refuses input for 30 s, doubling with each lockout in a row up to 16 minutes
(``display_app.pins.Lockout``, kept across restarts when the app says where). Physical
keys work too: digits, Backspace, Enter, Escape (cancel).
"""

from __future__ import annotations

import logging
import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEasingCurve, QPoint, QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ... import pins

log = logging.getLogger(__name__)

MAX_DIGITS = 8
MAX_ATTEMPTS = pins.MAX_ATTEMPTS
LOCKOUT_SECONDS = pins.FIRST_LOCK_SECONDS  # the first lockout; each one in a row doubles it
KEY_SIZE = 84  # px: comfortably finger-sized on a 10" tablet and a 15" display

STYLE = f"""
QFrame#pin-pad {{ background: #20262b; border-radius: 18px; }}
QLabel {{ color: #f4f4f4; background: transparent; }}
QLabel#pin-title {{ font-size: 22px; }}
QLabel#pin-dots {{ font-size: 34px; letter-spacing: 6px; min-height: 48px; }}
QLabel#pin-message {{ color: #ffb4a8; font-size: 16px; min-height: 22px; }}
QPushButton {{ background: #38424a; color: #ffffff; border: none; border-radius: 12px;
              font-size: 28px; min-width: {KEY_SIZE}px; min-height: {KEY_SIZE}px; }}
QPushButton:pressed {{ background: #56636d; }}
QPushButton:disabled {{ color: #7b858c; }}
QPushButton#pin-ok {{ background: #2e7d32; }}
QPushButton#pin-cancel {{ background: transparent; font-size: 20px; min-height: 48px; }}
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
        grid = QGridLayout()
        grid.setSpacing(10)
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.dots)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addWidget(self.cancel_button)
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
