"""On a live display against the counter simulator: the store's locale sets the captions,
a shopper's tap on the language button shows their sale in their language (and says so in
the state file), the next sale returns to the store's; the staff menu switches high
contrast and large text at once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from display_fixtures import drive, qloop  # noqa: F401  (fixtures)
from PySide6.QtWidgets import QApplication

from display_app.config import Config
from display_app.simulator.counter.server import CounterSimulator
from display_app.ui.display import theme
from display_app.ui.display.controller import start_display
from display_app.ui.shell.kiosk import install_kiosk
from display_app.ui.widgets import i18n


def wait(qtbot: Any, condition: Any, timeout: int = 8000) -> None:
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


def test_store_locale_shopper_button_and_next_sale(qloop: Any, qtbot: Any, tmp_path: Path) -> None:
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None, speed=50.0)
    drive(qtbot, sim.start())
    state_file = tmp_path / "state.json"
    cfg = Config(counter=sim.url, state_file=str(state_file), store_locale="de_DE", store_currency="EUR", language_button=True)
    display = start_display(cfg, show=False, size=(1280, 800))
    window = display.window
    window.set_animations(False)
    window.show()
    try:
        wait(qtbot, lambda: display.client.connected and window.idle.name.text() == sim.store["storename"])
        lane = sim.lane
        lane.start_sale()
        lane.add_item("DAI0002", 2)
        wait(qtbot, lambda: window.sale.model.rowCount() == 1)
        assert window.sale.panel.total_caption.text() == "Summe" and window.sale.panel.count.text() == "2 Artikel"
        assert json.loads(state_file.read_text())["language"] == "de"
        assert window.language_button.isVisible() and window.language_button.text() == "Deutsch"
        assert window.language_button.height() >= 48
        # the shopper taps the button and picks Arabic
        window.language_button.click()
        menu = window._menu
        arabic = next(a for a in menu.actions() if a.text() == "العربية")
        arabic.trigger()
        menu.close()
        wait(qtbot, lambda: window.sale.panel.total_caption.text() == "المجموع")
        assert window.isRightToLeft()
        assert window.sale.panel.total.text().endswith("€")  # money stays the store's
        wait(qtbot, lambda: json.loads(state_file.read_text())["language"] == "ar")
        # the next customer: back to German
        lane.start_sale()
        lane.add_item("BAK0004", 1)
        wait(qtbot, lambda: window.sale.panel.total_caption.text() == "Summe")
        assert not window.isRightToLeft()
        wait(qtbot, lambda: json.loads(state_file.read_text())["language"] == "de")
    finally:
        drive(qtbot, display.close())
        drive(qtbot, sim.stop())
        i18n.use("en")


def test_staff_menu_switches_high_contrast_and_large_text(qloop: Any, qtbot: Any) -> None:
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None, speed=50.0)
    drive(qtbot, sim.start())
    display = start_display(Config(counter=sim.url), show=False, size=(800, 480))
    window = display.window
    window.show()
    guard = install_kiosk(window, Config(counter=sim.url), on_accessibility=window.set_accessibility)
    try:
        guard.overlay.open(locked=False)
        assert guard.overlay.contrast_button.isVisible() and guard.overlay.large_text_button.isVisible()
        size = window.header.clock.font().pixelSize()
        guard.overlay.contrast_button.click()
        assert window.colours.high_contrast and window.colours.paper.name() == "#000000"
        guard.overlay.large_text_button.click()
        assert theme.text_scale() == theme.LARGE_TEXT
        assert window.header.clock.font().pixelSize() >= size * 1.4
        guard.overlay.contrast_button.click()
        guard.overlay.large_text_button.click()
        assert not window.colours.high_contrast and theme.text_scale() == 1.0
    finally:
        window.set_accessibility(high_contrast=False, large_text=False)
        guard.release()
        drive(qtbot, display.close())
        drive(qtbot, sim.stop())
        QApplication.processEvents()
