"""The staff gesture on a real X server (run by tests/test_x11.py): three taps in the
top-left corner, 100 ms apart, must open the PIN pad.

    python tests/x11/taps.py

Mouse presses go through the X server (XTEST), so Qt's xcb plugin makes the second
quick press a double click, as it does in the field. Touches go through Qt's window
system interface as a touch screen's would: to a window that does not take touch
(Qt turns them into mouse presses and double clicks), and to a widget that does.
Prints one JSON line: for each case, whether the pad opened.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from display_app.config import Config
from display_app.ui.display.window import DisplayWindow
from display_app.ui.shell.kiosk import TAP_SECONDS, install_kiosk
from helpers.xserver import XInput

GAP_MS = int(sys.argv[1]) if len(sys.argv) > 1 else 100

app = QApplication([])


class TouchTaker(QWidget):
    """A widget in the corner that takes touch events itself (as a scrolling list does)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.touches = 0

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.TouchBegin:
            self.touches += 1
        if event.type() in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            event.accept()
            return True
        return super().event(event)


window = DisplayWindow()
guard = install_kiosk(window, Config(kiosk=True, exit_pin="2580"))
QTest.qWaitForWindowExposed(window)
QTest.qWait(200)
corner = QPoint(12, 12)
pointer = XInput(os.environ["DISPLAY"])
touchscreen = QTest.createTouchDevice()
result: dict[str, object] = {"platform": app.platformName(), "gap_ms": GAP_MS, "full_screen": window.isFullScreen()}


def reset() -> None:
    guard.overlay.hide()
    QTest.qWait(int(TAP_SECONDS * 1000) + 100)  # the next taps start a fresh count


def mouse_taps(count: int) -> bool:
    where = window.mapToGlobal(corner)
    for _ in range(count):
        pointer.click(where.x(), where.y())
        QTest.qWait(GAP_MS)
    QTest.qWait(150)
    return guard.overlay.isVisible()


def touch_taps(count: int, target: QWidget) -> bool:
    point = target.mapFrom(window, corner)
    for _ in range(count):
        QTest.touchEvent(target, touchscreen).press(0, point, target).commit()
        QTest.touchEvent(target, touchscreen).release(0, point, target).commit()
        QTest.qWait(GAP_MS)
    QTest.qWait(150)
    return guard.overlay.isVisible()


result["mouse_two_taps"] = mouse_taps(2)
reset()
result["mouse_three_taps"] = mouse_taps(3)
reset()
result["touch_three_taps"] = touch_taps(3, window)
reset()
taker = TouchTaker(window)
taker.setGeometry(0, 0, 200, 200)
taker.show()
taker.raise_()
QTest.qWait(100)
result["touch_widget_three_taps"] = touch_taps(3, taker)
result["touch_widget_saw_touches"] = taker.touches
reset()
result["touch_widget_two_taps"] = touch_taps(2, taker)
pointer.close()
guard.release()
window.close()
print(json.dumps(result))
