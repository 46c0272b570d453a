"""The staff PIN pad and staff menu fit the screen (offscreen, real widgets): over the real
customer display at 800x480 (the 7" screen), 1920x1080 and 1080x1920, in every language,
every key, Cancel and every menu button lies inside the window and is at least 48x48 px;
the keypad reads 1 2 3 from the left in Arabic too (docs/accessibility.md)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton, QWidget

from display_app.config import Config
from display_app.sale.language import LANGUAGES
from display_app.sale.model import Connection, Screen, ScreenState, StoreInfo
from display_app.ui.display.window import DisplayWindow
from display_app.ui.shell import pin
from display_app.ui.shell.kiosk import KioskGuard, install_kiosk
from display_app.ui.widgets import i18n

SIZES = [(800, 480), (1920, 1080), (1080, 1920)]
MIN_TARGET = 48
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


@pytest.fixture
def window(qtbot):
    w = DisplayWindow()
    w.set_animations(False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    guard = w.findChild(KioskGuard)
    if guard is not None:
        guard.release()
    w.set_accessibility(high_contrast=False, large_text=False)
    i18n.use("en")


def staff_overlay(qtbot, window: DisplayWindow, code: str, size: tuple[int, int], *, large: bool = False):
    """The display at idle in ``code`` at ``size``, and its PIN pad open (the staff menu's
    accessibility buttons shown, as the display's own command shows them)."""
    window.resize(*size)
    window.set_accessibility(high_contrast=False, large_text=large)
    window.show_state(ScreenState(screen=Screen.IDLE, connection=Connection.CONNECTED, store=StoreInfo(name="Harbour Fresh Grocer", language=code)))
    qtbot.wait(20)
    assert i18n.current() == code
    assert window.layoutDirection() == (RTL if code == "ar" else LTR)
    guard = install_kiosk(window, Config(exit_pin="2468"), on_accessibility=window.set_accessibility)
    guard.open_unlock()
    qtbot.wait(20)
    overlay = guard.overlay
    assert overlay.isVisible() and overlay.pages.currentWidget() is overlay.pad
    return overlay


def on_window(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def problems(window: QWidget, buttons: dict[str, QPushButton]) -> list[str]:
    """What a finger or an eye would miss: a button off the window, smaller than 48x48,
    hidden, or with its caption wider than itself."""
    out = []
    for name, button in buttons.items():
        rect = on_window(window, button)
        if not button.isVisibleTo(window):
            out.append(f"{name}: hidden")
        if not window.rect().contains(rect):
            out.append(f"{name}: {rect.getCoords()} not inside the {window.width()}x{window.height()} window")
        if rect.width() < MIN_TARGET or rect.height() < MIN_TARGET:
            out.append(f"{name}: {rect.width()}x{rect.height()} px, under {MIN_TARGET}x{MIN_TARGET}")
        text = QFontMetrics(button.font()).horizontalAdvance(button.text())
        if text > button.contentsRect().width():
            out.append(f"{name}: caption {button.text()!r} is {text} px in a {button.contentsRect().width()} px button")
    return out


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("code", LANGUAGES)
def test_pin_pad_and_staff_menu_fit_the_screen(qtbot, window, code, size):
    overlay = staff_overlay(qtbot, window, code, size)
    pad = overlay.pad
    assert problems(window, {**{f"key {k}": b for k, b in pad.keys.items()}, "Cancel": pad.cancel_button}) == []
    assert window.rect().contains(on_window(window, pad)), "the pad's panel fits the window"
    overlay.show_menu()
    qtbot.wait(20)
    buttons = {b.objectName(): b for b in (overlay.contrast_button, overlay.large_text_button, overlay.settings_button, overlay.exit_button, overlay.back_button)}
    assert problems(window, buttons) == []
    assert window.rect().contains(on_window(window, overlay.menu)), "the menu's panel fits the window"


@pytest.mark.parametrize("code", LANGUAGES)
def test_pin_pad_and_staff_menu_fit_800x480_with_large_text_on(qtbot, window, code):
    overlay = staff_overlay(qtbot, window, code, (800, 480), large=True)
    assert problems(window, {**overlay.pad.keys, "Cancel": overlay.pad.cancel_button}) == []
    overlay.show_menu()
    qtbot.wait(20)
    assert problems(window, {"Back": overlay.back_button, "Exit": overlay.exit_button, "Large text": overlay.large_text_button}) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_lockout_message_is_read_whole_at_800x480(qtbot, window, code):
    overlay = staff_overlay(qtbot, window, code, (800, 480))
    pad = overlay.pad
    for _ in range(pin.MAX_ATTEMPTS):
        for key in ("1", "1", "1", "1", "ok"):
            pad.press(key)
    assert pad.locked
    qtbot.wait(450)  # the shake is over
    message = pad.message
    assert message.text()
    assert message.heightForWidth(message.width()) <= message.height(), f"{message.text()!r} is cut"
    assert window.rect().contains(on_window(window, message))
    assert problems(window, {**pad.keys, "Cancel": pad.cancel_button}) == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_keypad_reads_1_2_3_from_the_left_in_arabic_while_its_captions_read_right_to_left(qtbot, window, size):
    overlay = staff_overlay(qtbot, window, "ar", size)
    pad = overlay.pad
    x = {key: on_window(window, button).center().x() for key, button in pad.keys.items()}
    assert x["1"] < x["2"] < x["3"]
    assert x["clear"] < x["0"] < x["ok"]  # OK at the bottom right, as on a card terminal
    assert pad.keypad.layoutDirection() == LTR
    assert pad.title.layoutDirection() == RTL and pad.message.layoutDirection() == RTL
    if pad.side_by_side:  # the captions stand on the reading side: the right
        assert on_window(window, pad.title).left() > on_window(window, pad.keypad).right()


def test_the_pad_follows_the_window_from_portrait_to_a_short_landscape(qtbot, window):
    overlay = staff_overlay(qtbot, window, "en", (1080, 1920))
    assert not overlay.pad.side_by_side and overlay.pad.key_size == pin.KEY_SIZE
    window.resize(800, 480)
    qtbot.wait(50)
    assert overlay.pad.side_by_side
    assert problems(window, {**overlay.pad.keys, "Cancel": overlay.pad.cancel_button}) == []
