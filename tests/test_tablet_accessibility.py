"""The presell tablet for everyone: every control has an accessible name and description
(walked through Qt's accessibility interfaces, what a screen reader reads), every touch
target is at least 48 px, the whole basket is operable from the keyboard, and the keyboard
focus is visible."""

from __future__ import annotations

from typing import Any

import pytest
from display_fixtures import drive, live, qloop, wait_for  # noqa: F401  (fixtures)
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from display_app.config import Config
from display_app.simulator.counter.server import CounterSimulator
from display_app.ui.presell.main import start_presell
from display_app.ui.presell.window import MIN_TOUCH

INTERACTIVE = {
    QAccessible.Role.PushButton,
    QAccessible.Role.EditableText,
    QAccessible.Role.List,
    QAccessible.Role.CheckBox,
    QAccessible.Role.ComboBox,
}


@pytest.fixture
def tablet_ui(qloop: Any, qtbot: Any) -> Any:
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    drive(qtbot, sim.start())
    run = start_presell(Config(counter=sim.url, store_locale="en_NZ", store_currency="NZD"), show=False, remember=False)
    run.window.resize(1024, 600)
    run.window.show()
    wait_for(qtbot, lambda: run.tablet.state.connected, 8000)
    yield sim, run
    drive(qtbot, run.close())
    drive(qtbot, sim.stop())


def walk(interface: Any, depth: int = 0) -> list[Any]:
    """Every accessible node under ``interface`` (what a screen reader can reach)."""
    out = [interface]
    if depth > 40:
        return out
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and child.isValid():
            out += walk(child, depth + 1)
    return out


def controls(window: Any) -> list[Any]:
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None and root.isValid()
    return [n for n in walk(root) if n.role() in INTERACTIVE and not n.state().invisible]


def add_milk(qtbot: Any, window: Any) -> None:
    window.search_box.setFocus()
    QTest.keyClicks(window.search_box, "blue top")
    wait_for(qtbot, lambda: bool(window.result_texts()) and "Anchor Blue Top Milk" in window.result_texts()[0], 8000)


def test_every_control_has_a_name_a_description_and_a_finger_sized_target(qtbot: Any, tablet_ui: Any) -> None:
    sim, run = tablet_ui
    window = run.window
    add_milk(qtbot, window)
    window.results.setFocus()
    window.results.setCurrentRow(0)
    QTest.keyClick(window.results, Qt.Key.Key_Return)  # a product added from the keyboard
    wait_for(qtbot, lambda: len(window.row_texts()) == 1 and run.tablet.state.pending == 0, 8000)
    found = controls(window)
    roles = {n.role() for n in found}
    assert {QAccessible.Role.PushButton, QAccessible.Role.EditableText, QAccessible.Role.List} <= roles
    assert len([n for n in found if n.role() == QAccessible.Role.PushButton]) >= 5  # less, more, remove, clear, send
    for node in found:
        name = node.text(QAccessible.Text.Name)
        description = node.text(QAccessible.Text.Description)
        assert name.strip(), f"{node.role()} at {node.rect()} has no accessible name"
        assert description.strip(), f"{name!r} has no accessible description"
        if node.role() in (QAccessible.Role.PushButton, QAccessible.Role.EditableText):
            rect = node.rect()
            assert rect.height() >= MIN_TOUCH and rect.width() >= MIN_TOUCH, f"{name!r} is {rect.width()}x{rect.height()}"
    names = {n.text(QAccessible.Text.Name) for n in found}
    product = window.row_texts()[0][0]
    assert {"Search products", "Send to lane", f"Less {product}", f"Remove {product}", f"More {product}"} <= names


def tab_to(window: Any, target: Any, presses: int = 40) -> bool:
    """Press Tab (on whatever has the focus) until ``target`` has it; False if it never does."""
    for _ in range(presses):
        if window.focusWidget() is target:
            return True
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
    return window.focusWidget() is target


def test_the_basket_works_from_the_keyboard_with_a_visible_focus(qtbot: Any, tablet_ui: Any) -> None:
    sim, run = tablet_ui
    window = run.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    add_milk(qtbot, window)
    assert tab_to(window, window.results), "the results list is reachable with Tab"
    QTest.keyClick(window.results, Qt.Key.Key_Down)
    QTest.keyClick(window.results, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: len(window.row_texts()) == 1 and run.tablet.state.pending == 0, 8000)
    plus = next(b for b in window.basket_holder.findChildren(QPushButton) if b.accessibleName().startswith("More "))
    unfocused = plus.grab().toImage()
    window.activateWindow()  # the offscreen platform may have let it go meanwhile
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert tab_to(window, plus), "the + button is reachable with Tab"
    assert plus.hasFocus()
    focused = plus.grab().toImage()
    assert focused != unfocused, "the focused button looks different (the focus ring)"
    QTest.keyClick(plus, Qt.Key.Key_Space)
    wait_for(qtbot, lambda: window.row_texts() and window.row_texts()[0][1].startswith("× 2") and run.tablet.state.pending == 0, 8000)
    # the row was rebuilt with the new quantity: the focus stayed on its "+"
    assert window.focusWidget() is not None and window.focusWidget().accessibleName() == plus.accessibleName()
    assert tab_to(window, window.send_button), "Send to lane is reachable with Tab"
    QTest.keyClick(window.send_button, Qt.Key.Key_Space)
    wait_for(qtbot, lambda: window.pages.currentWidget() is window.code_page and bool(window.code_label.text()), 8000)


def test_the_tablet_speaks_the_store_s_language(qloop: Any, qtbot: Any) -> None:
    from display_app.ui.widgets import i18n

    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    drive(qtbot, sim.start())
    i18n.use("de")  # what a German store's tablet process chooses at start (store_locale de_DE)
    run = start_presell(Config(counter=sim.url, store_locale="de_DE", store_currency="EUR"), show=False, remember=False)
    try:
        run.window.show()
        wait_for(qtbot, lambda: run.tablet.state.connected, 8000)
        window = run.window
        assert window.send_button.text() == "An die Kasse senden"
        assert window.search_box.accessibleName() == "Produkte suchen"
        assert window.status_label.text() == "● Mit der Kasse verbunden"
        window.search_box.setFocus()
        QTest.keyClicks(window.search_box, "blue top")
        wait_for(qtbot, lambda: window.search_hint.text().endswith("Treffer"), 8000)
    finally:
        drive(qtbot, run.close())
        drive(qtbot, sim.stop())
        i18n.use("en")
