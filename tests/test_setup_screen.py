"""The setup screen against the real simulator over a real socket, offscreen."""

from __future__ import annotations

import asyncio
import os
import time

os.environ.setdefault("QT_API", "pyside6")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from display_app import config, pins  # noqa: E402
from display_app.config import Config  # noqa: E402
from display_app.simulator.counter.server import CounterSimulator  # noqa: E402
from display_app.ui.shell.setup import SetupCancelled, SetupScreen, first_run  # noqa: E402
from display_fixtures import qloop  # noqa: F401  (fixture: a qasync loop that qtbot's waits drive)
from helpers import free_port


def wait_until(predicate, timeout: int = 5000) -> None:
    """Pump Qt (and so the qasync loop) until ``predicate()``; fail after ``timeout`` ms.

    Not qtbot.waitUntil: it waits in a nested QEventLoop.exec(), which returns at once
    without processing anything after any earlier test stopped a qasync loop with
    loop.stop() (that calls QApplication.exit()); QTest.qWait pumps processEvents()
    and works either way.
    """
    deadline = time.monotonic() + timeout / 1000
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} ms waiting for {predicate}")
        QTest.qWait(10)


def drive(qtbot, coro, timeout: int = 5000):
    task = asyncio.ensure_future(coro)
    wait_until(task.done, timeout)
    return task.result()


@pytest.fixture
def simulator(qloop, qtbot):
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    drive(qtbot, sim.start())
    yield sim
    drive(qtbot, sim.stop())



def type_into(widget, text: str) -> None:
    widget.clear()
    QTest.keyClicks(widget, text)


def test_host_gets_default_port_and_path_shown_as_url(qtbot, qloop):
    screen = SetupScreen(Config())
    qtbot.addWidget(screen)
    screen.show()
    type_into(screen.host_edit, "till1")
    assert screen.url_label.text() == "ws://till1:3490/fd1/open_websocket"
    QTest.mouseClick(screen.mode_presell, Qt.MouseButton.LeftButton)
    assert screen.url_label.text() == "ws://till1:3490/fd1/open_websocket?purpose=presell"
    type_into(screen.host_edit, "till1:99999")
    assert "bad port" in screen.url_label.text()


def test_test_connection_shows_the_simulator_store_name_and_save_writes_a_loadable_config(qtbot, qloop, simulator, tmp_path):
    path = tmp_path / "cfg" / "config.toml"
    got: list[Config] = []
    screen = SetupScreen(Config(), on_saved=got.append, path=path)
    qtbot.addWidget(screen)
    screen.show()
    type_into(screen.host_edit, f"127.0.0.1:{simulator.port}")
    type_into(screen.store_name_edit, "")
    QTest.mouseClick(screen.test_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: screen.status_label.text().startswith("Connected"), 6000)
    assert screen.status_label.text() == "Connected: Harbourside Fresh Market"
    assert screen.test_button.isEnabled()

    QTest.mouseClick(screen.kiosk_check, Qt.MouseButton.LeftButton)
    type_into(screen.pin_edit, "4321")
    QTest.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert got and got[0].counter == f"127.0.0.1:{simulator.port}"
    assert "Saved to" in screen.status_label.text()
    loaded = config.load(None, path=path)
    assert loaded == got[0].replace(exit_pin=loaded.exit_pin)  # the file keeps the PIN hashed
    assert loaded.kiosk and pins.verify_pin("4321", loaded.exit_pin) and loaded.mode == "display"


def test_wrong_api_key_is_reported(qtbot, qloop, tmp_path):
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None, apikey="right-key")
    drive(qtbot, sim.start())
    try:
        screen = SetupScreen(Config())
        qtbot.addWidget(screen)
        type_into(screen.host_edit, f"127.0.0.1:{sim.port}")
        type_into(screen.apikey_edit, "wrong-key")
        screen.test_connection()
        wait_until(lambda: screen.status_label.text().startswith("Could not connect"), 6000)
        assert "refused" in screen.status_label.text()
        assert "wrong-key" not in screen.status_label.text()
    finally:
        drive(qtbot, sim.stop())


def test_nothing_listening_is_reported_quickly(qtbot, qloop):
    screen = SetupScreen(Config())
    qtbot.addWidget(screen)
    type_into(screen.host_edit, f"127.0.0.1:{free_port()}")
    screen.test_connection()
    wait_until(lambda: screen.status_label.text().startswith("Could not connect"), 6000)
    assert screen.test_button.isEnabled()


def test_invalid_form_is_not_saved(qtbot, qloop, tmp_path):
    path = tmp_path / "config.toml"
    screen = SetupScreen(Config(), path=path)
    qtbot.addWidget(screen)
    screen.show()
    QTest.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "counter" in screen.status_label.text()
    type_into(screen.host_edit, "till1")
    QTest.mouseClick(screen.kiosk_check, Qt.MouseButton.LeftButton)  # kiosk without a PIN
    QTest.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "exit_pin" in screen.status_label.text()
    assert not path.exists()


def new_setup_screen(before: set) -> SetupScreen:
    found: list[SetupScreen] = []

    def shown() -> bool:
        found[:] = [w for w in qtbot_top_levels() if isinstance(w, SetupScreen) and w.isVisible() and w not in before]
        return bool(found)

    wait_until(shown)
    return found[0]


def test_first_run_returns_the_saved_config(qtbot, qloop, tmp_path):
    path = tmp_path / "config.toml"
    before = set(qtbot_top_levels())
    task = asyncio.ensure_future(first_run(Config(), path=path))
    screen = new_setup_screen(before)
    type_into(screen.host_edit, "till7")
    QTest.mouseClick(screen.mode_presell, Qt.MouseButton.LeftButton)
    QTest.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    wait_until(task.done)
    cfg = task.result()
    assert cfg.counter == "till7" and cfg.mode == "presell"
    assert config.exists(path)


def test_first_run_closed_without_saving(qtbot, qloop, tmp_path):
    before = set(qtbot_top_levels())
    task = asyncio.ensure_future(first_run(Config(), path=tmp_path / "config.toml"))
    screen = new_setup_screen(before)
    screen.close()
    wait_until(task.done)
    with pytest.raises(SetupCancelled):
        task.result()
    assert not (tmp_path / "config.toml").exists()


def qtbot_top_levels():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()


def test_presell_mode_checks_the_presell_socket(qtbot, qloop, simulator):
    screen = SetupScreen(Config(mode="presell"))
    qtbot.addWidget(screen)
    type_into(screen.host_edit, f"127.0.0.1:{simulator.port}")
    assert screen.url_label.text().endswith("?purpose=presell")
    screen.test_connection()
    wait_until(lambda: screen.status_label.text().startswith(("Connected", "Could not")), 6000)
    assert screen.status_label.text().startswith("Connected"), screen.status_label.text()


def test_a_failed_test_says_why_in_words_with_the_address(qtbot, qloop):
    """Not a raw ConnectionRefusedError: what happened, where, and what to check."""
    port = free_port()
    screen = SetupScreen(Config())
    qtbot.addWidget(screen)
    type_into(screen.host_edit, f"127.0.0.1:{port}")
    screen.test_connection()
    wait_until(lambda: screen.status_label.text().startswith("Could not connect"), 6000)
    text = screen.status_label.text()
    assert f"The counter at 127.0.0.1:{port} refused the connection" in text and "Settings" in text
    assert "Errno" not in text and "ConnectionRefusedError" not in text


def test_the_controls_are_finger_sized_at_1280x800(qtbot):
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QLineEdit, QRadioButton, QSpinBox, QStyle, QStyleOptionButton, QWidget

    screen = SetupScreen(Config(kiosk=True))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    controls = [w for w in screen.findChildren(QWidget) if isinstance(w, (QAbstractButton, QLineEdit, QSpinBox, QComboBox)) and w.isVisible()]
    assert len(controls) >= 12
    small = [(w.objectName() or type(w).__name__, w.height()) for w in controls if w.height() < 48]
    assert small == []
    for box in (screen.kiosk_check, screen.mode_display):
        option = QStyleOptionButton()
        box.initStyleOption(option)
        element = QStyle.SubElement.SE_CheckBoxIndicator if isinstance(box, QCheckBox) else QStyle.SubElement.SE_RadioButtonIndicator
        indicator = box.style().subElementRect(element, option, box)
        assert indicator.width() >= 28 and indicator.height() >= 28, (box.objectName(), indicator)
    assert isinstance(screen.mode_presell, QRadioButton)


@pytest.mark.parametrize("language", ["de", "ar", "es", "fr"])
def test_the_whole_screen_fits_a_7_inch_800x480_screen(qtbot, language):
    """The form scrolls; the title, the status and Test / Cancel / Save stay inside the window."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

    from display_app.ui.widgets import i18n

    assert i18n.use(language) == language
    try:
        screen = SetupScreen(Config(counter="127.0.0.1:3490", kiosk=True), cancellable=True)
        qtbot.addWidget(screen)
        screen.resize(800, 480)
        screen.show()
        qtbot.waitExposed(screen)
        minimum = screen.minimumSizeHint().expandedTo(screen.minimumSize())
        assert minimum.width() <= 800 and minimum.height() <= 480, minimum
        assert (screen.width(), screen.height()) == (800, 480)
        window = QRect(0, 0, 800, 480)
        for button in (screen.save_button, screen.cancel_button, screen.test_button):
            assert button.isVisible()
            where = QRect(button.mapTo(screen, button.rect().topLeft()), button.size())
            assert window.contains(where), (button.objectName(), where)
            assert button.height() >= 48
        # every field is still finger-sized, and reachable: the focus scrolls it into sight
        fields = [w for w in screen.form_holder.findChildren(QWidget) if isinstance(w, (QAbstractButton, QLineEdit)) and w.isVisibleTo(screen)]
        assert fields and all(w.height() >= 48 for w in fields), [(w.objectName(), w.height()) for w in fields if w.height() < 48]
        screen.sessions_button.setFocus()
        qtbot.waitUntil(lambda: screen.scroll.viewport().rect().contains(QRect(screen.sessions_button.mapTo(screen.scroll.viewport(), screen.sessions_button.rect().topLeft()), screen.sessions_button.size())))
    finally:
        i18n.use("en")
