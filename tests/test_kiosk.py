"""Kiosk mode (offscreen, real widgets): no way out without the PIN; crash restarts."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from display_app.config import Config
from display_app.ui.shell import kiosk, pin
from display_app.ui.shell.kiosk import KioskGuard, install_kiosk, run_guarded

KIOSK = Config(kiosk=True, exit_pin="2580")


class Recorder:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def settings(self) -> None:
        self.calls.append("settings")

    def exit(self) -> None:
        self.calls.append("exit")


@pytest.fixture
def window(qtbot):
    win = QMainWindow()
    win.setCentralWidget(QLabel("Total $12.50"))
    win.resize(800, 600)
    qtbot.addWidget(win)
    yield win
    guard = win.findChild(KioskGuard)
    if guard is not None:
        guard.release()  # so qtbot can close it
        if guard.settings_screen is not None and shiboken6.isValid(guard.settings_screen):
            guard.settings_screen.close()


def type_pin(guard: KioskGuard, digits: str) -> None:
    for digit in digits:
        QTest.mouseClick(guard.overlay.pad.keys[digit], Qt.MouseButton.LeftButton)
    QTest.mouseClick(guard.overlay.pad.keys["ok"], Qt.MouseButton.LeftButton)


def wait_until(predicate, timeout: int = 2000) -> None:
    """Pump Qt until ``predicate()`` (QTest.qWait, not qtbot.waitUntil: see test_setup_screen)."""
    deadline = time.monotonic() + timeout / 1000
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} ms waiting for {predicate}")
        QTest.qWait(10)


def _point(widget: QWidget, x: int, y: int):
    from PySide6.QtCore import QPoint

    return widget.mapFrom(widget.window(), QPoint(x, y))


# Input is delivered the way the platform delivers it: to the window's QWindow, which hands it
# to the widget under the pointer or with the focus (QTest's QWidget overloads skip that step).
def press_keys(window: QWidget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(window.windowHandle(), key, modifiers)


def tap(window: QWidget, x: int, y: int) -> None:
    from PySide6.QtCore import QPoint

    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))


def test_kiosk_window_is_full_screen_frameless_on_top(window, qtbot):
    install_kiosk(window, KIOSK)
    wait_until(window.isVisible)
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.geometry() == QGuiApplication.primaryScreen().geometry()


def test_missing_monitor_falls_back_to_primary_with_a_log_line(window, qtbot, caplog):
    caplog.set_level(logging.INFO)
    install_kiosk(window, KIOSK.replace(screen=7))
    wait_until(window.isVisible)
    assert window.isFullScreen()
    assert "monitor 7 not found" in caplog.text


def test_close_is_ignored_in_kiosk_mode_and_keys_are_swallowed(window, qtbot):
    install_kiosk(window, KIOSK)
    wait_until(window.isVisible)
    assert window.close() is False
    press_keys(window, Qt.Key.Key_Escape)
    press_keys(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible()


def test_wrong_pin_keeps_it_open_right_pin_lets_it_close(window, qtbot, caplog):
    caplog.set_level(logging.INFO)
    calls = Recorder()
    guard = install_kiosk(window, KIOSK, on_settings=calls.settings, on_exit=calls.exit)
    wait_until(window.isVisible)
    press_keys(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    overlay = guard.overlay
    assert overlay.isVisible() and overlay.pages.currentWidget() is overlay.pad

    with qtbot.waitSignal(overlay.pad.rejected, timeout=1000):
        type_pin(guard, "1111")
    assert overlay.pad.message.text() == "Wrong PIN"
    assert overlay.pad.entered == ""  # cleared
    assert overlay.pages.currentWidget() is overlay.pad  # still locked
    assert "wrong PIN entered" in caplog.text and "1111" not in caplog.text
    assert window.close() is False and window.isVisible()

    type_pin(guard, "2580")
    assert overlay.pages.currentWidget() is overlay.menu
    assert overlay.settings_button.isVisible() and overlay.exit_button.isVisible()
    assert "2580" not in caplog.text

    QTest.mouseClick(overlay.exit_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not window.isVisible())
    assert calls.calls == ["exit"]


def test_settings_from_the_menu(window, qtbot):
    calls = Recorder()
    guard = install_kiosk(window, KIOSK, on_settings=calls.settings, on_exit=calls.exit)
    wait_until(window.isVisible)
    guard.open_unlock()
    type_pin(guard, "2580")
    QTest.mouseClick(guard.overlay.settings_button, Qt.MouseButton.LeftButton)
    assert calls.calls == ["settings"]
    assert not guard.overlay.isVisible()
    assert window.isVisible() and window.close() is False  # still a kiosk


def test_three_taps_in_the_corner_open_the_pin_pad(window, qtbot):
    guard = install_kiosk(window, KIOSK)
    wait_until(window.isVisible)
    for _ in range(2):
        tap(window, 10, 10)
        QTest.qWait(20)
    assert not guard.overlay.isVisible()
    tap(window, 400, 300)  # elsewhere: starts over
    for _ in range(2):
        tap(window, 10, 10)
        QTest.qWait(20)
    assert not guard.overlay.isVisible()
    tap(window, 12, 12)
    assert guard.overlay.isVisible()
    QTest.mouseClick(guard.overlay.pad.cancel_button, Qt.MouseButton.LeftButton)
    assert not guard.overlay.isVisible() and window.isVisible()


def test_pin_pad_locks_after_too_many_wrong_pins(window, qtbot):
    guard = install_kiosk(window, KIOSK)
    wait_until(window.isVisible)
    guard.open_unlock()
    for _ in range(pin.MAX_ATTEMPTS):
        type_pin(guard, "0000")
    assert guard.overlay.pad.locked
    type_pin(guard, "2580")  # even the right PIN is refused while locked
    assert guard.overlay.pages.currentWidget() is guard.overlay.pad
    assert "wait" in guard.overlay.pad.message.text()


def test_without_kiosk_the_window_closes_normally(window, qtbot):
    guard = install_kiosk(window, Config())
    window.show()
    wait_until(window.isVisible)
    assert not window.isFullScreen()
    guard.open_unlock()  # no PIN set, no kiosk: the menu straight away
    assert guard.overlay.pages.currentWidget() is guard.overlay.menu
    assert window.close() is True


def test_cursor_hides_when_idle_and_returns_on_movement(window, qtbot):
    guard = KioskGuard(window, KIOSK, cursor_hide_seconds=0.05)
    wait_until(window.isVisible)
    wait_until(lambda: guard.cursor_hidden)
    assert QGuiApplication.overrideCursor() is not None
    assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(50, 50), QPointF(50, 50), Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.windowHandle(), move)
    assert not guard.cursor_hidden and QGuiApplication.overrideCursor() is None
    guard.release()


def test_run_guarded_restarts_a_failed_main_and_disposes_its_windows(qapp):
    attempts: list[QWidget] = []

    async def main() -> int:
        win = QMainWindow()
        install_kiosk(win, Config())
        win.show()
        attempts.append(win)
        if len(attempts) == 1:
            raise RuntimeError("paint blew up")
        return 0

    assert asyncio.run(run_guarded(main, delay=0)) == 0
    assert len(attempts) == 2
    assert not attempts[0].isVisible()  # the dead run's window is gone
    attempts[1].close()


def test_run_guarded_gives_up_after_too_many_crashes(qapp, caplog):
    runs = 0

    async def main() -> int:
        nonlocal runs
        runs += 1
        raise ValueError("always broken")

    assert asyncio.run(run_guarded(main, max_restarts=3, delay=0)) == kiosk.EXIT_CODE_TOO_MANY_CRASHES
    assert runs == 4
    assert "restarting it" in caplog.text and "always broken" in caplog.text


def test_built_in_settings_opens_the_setup_screen_and_reports_the_saved_settings(window, qtbot, tmp_path):
    from display_app import config
    from display_app.ui.shell.setup import SetupScreen

    saved: list[Config] = []
    path = tmp_path / "config.toml"
    guard = install_kiosk(window, KIOSK.replace(counter="till1"), on_settings_saved=saved.append, settings_path=path)
    wait_until(window.isVisible)
    guard.open_unlock()
    type_pin(guard, "2580")
    QTest.mouseClick(guard.overlay.settings_button, Qt.MouseButton.LeftButton)
    screen = guard.settings_screen
    assert isinstance(screen, SetupScreen) and screen.isVisible()
    wait_until(screen.isFullScreen)  # over the kiosk window, also full screen
    assert screen.host_edit.text() == "till1" and screen.pin_edit.text() == "2580"
    screen.host_edit.setText("till9:4000")
    QTest.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert [c.counter for c in saved] == ["till9:4000"]
    assert config.load(None, path=path).counter == "till9:4000"
    wait_until(lambda: not shiboken6.isValid(screen) or not screen.isVisible())
    assert window.isVisible()



CRASHY_APP = """
import logging, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from display_app import logs
from display_app.config import Config

logs.setup_logging(Config(), console=False, log_dir=sys.argv[1])
app = QApplication([])

class BrokenPaint(QLabel):
    def paintEvent(self, event):
        raise ZeroDivisionError("paint bug on the thank-you screen")

def bad_slot():
    raise KeyError("slot bug")

label = BrokenPaint("Total $9.99")
label.show()
QTimer.singleShot(0, bad_slot)
QTimer.singleShot(100, lambda: (logging.getLogger("display_app").info("still running, label visible=%s", label.isVisible()), app.quit()))
sys.exit(app.exec())
"""


def test_exception_in_paint_and_slot_is_logged_and_the_ui_keeps_running(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", CRASHY_APP, str(tmp_path)], capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "display-app.log").read_text(encoding="utf-8")
    assert "unhandled exception: paint bug on the thank-you screen" in text
    assert "unhandled exception: 'slot bug'" in text
    assert "still running, label visible=True" in text


GIVING_UP_APP = """
import sys
from display_app import cli
from display_app.ui.shell import kiosk

def broken():
    raise TypeError("simulated: the screen fails every time it comes up")

kiosk.inhibit_screen_blanking = broken
sys.exit(cli.main(["display", "--counter", "127.0.0.1:9", "--kiosk", "--exit-pin", "2580"]))
"""


def test_the_display_command_gives_up_after_repeated_failures_with_exit_70(tmp_path):
    """A screen that fails every time: a restart a second (each closing what the last held),
    then one CRITICAL line and exit 70 for the service manager, not a loop."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", GIVING_UP_APP], capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == kiosk.EXIT_CODE_TOO_MANY_CRASHES, proc.stderr[-3000:]
    assert time.monotonic() - started < 30
    text = next((tmp_path / "state").rglob("display-app.log")).read_text(encoding="utf-8")
    assert text.count("the main screen failed; restarting it") == 6
    assert text.count("closed what the failed screen held") == 6
    critical = [line for line in text.splitlines() if " CRITICAL " in line]
    assert len(critical) == 1 and "giving up: exiting with code 70" in critical[0]
    assert "already deleted" not in text
