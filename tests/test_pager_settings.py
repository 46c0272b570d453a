"""The pager step is switched on from the settings: ``pager`` (the base station's address)
makes ``start_presell`` add the step to a real tablet, which hands out a pager to a base
simulator over UDP; bad pager settings are one line naming the key."""

from __future__ import annotations

from typing import Any

import pytest
from display_fixtures import drive, qloop, wait_for  # noqa: F401  (fixtures)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from display_app import config
from display_app.config import Config
from display_app.simulator.counter.server import CounterSimulator
from display_app.simulator.pager.server import PagerSimulator
from display_app.simulator.pager.station import BaseStation
from display_app.ui.presell.main import start_presell
from display_app.ui.presell.pagers import PagerPanel


@pytest.mark.parametrize(
    ("changes", "key"),
    [({"pager": "base.local:notaport"}, "pager"), ({"pager_goal_seconds": 0}, "pager_goal_seconds"), ({"pager_goal_seconds": 10**9}, "pager_goal_seconds")],
)
def test_bad_pager_settings_name_the_key(changes: dict[str, Any], key: str) -> None:
    with pytest.raises(config.ConfigError, match=key):
        config.validate(Config(counter="till", **changes))


def test_a_good_pager_address_is_accepted() -> None:
    config.validate(Config(counter="till", pager="10.0.0.40:5683", pager_goal_seconds=600))


def test_the_pager_setting_puts_the_step_on_the_tablet(qloop: Any, qtbot: Any) -> None:  # noqa: F811
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    drive(qtbot, sim.start())
    base = PagerSimulator(BaseStation(), host="127.0.0.1")
    drive(qtbot, base.start())
    cfg = Config(counter=sim.url, store_locale="en_NZ", store_currency="NZD", pager=f"127.0.0.1:{base.port}", pager_goal_seconds=420)
    run = start_presell(cfg, show=False, remember=False, size=(1280, 800))
    try:
        panels = run.window.findChildren(PagerPanel)
        assert len(panels) == 1
        run.window.show()
        wait_for(qtbot, lambda: run.tablet.state.connected, 8000)
        from decimal import Decimal

        from display_app.presell.model import Product

        item = sim.lane.catalogue.find(1002)
        run.tablet.add(Product(pid=item.pid, description=item.description, price=Decimal(str(item.price))))
        wait_for(qtbot, lambda: run.tablet.state.pending == 0 and bool(run.tablet.state.lines), 8000)
        run.tablet.send_to_lane()
        wait_for(qtbot, lambda: run.tablet.state.parked is not None, 8000)
        panel = panels[0]
        QTest.keyClicks(panel.number_field, "17")
        QTest.keyClick(panel.number_field, Qt.Key.Key_Return)
        wait_for(qtbot, lambda: 17 in base.station.sessions, 8000)
        assert base.station.sessions[17].goal == 420  # the goal comes from the settings
    finally:
        drive(qtbot, run.close())
        drive(qtbot, base.stop())
        drive(qtbot, sim.stop())


def test_no_pager_setting_no_step(qloop: Any, qtbot: Any) -> None:  # noqa: F811
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    drive(qtbot, sim.start())
    run = start_presell(Config(counter=sim.url), show=False, remember=False)
    try:
        assert run.window.findChildren(PagerPanel) == []
    finally:
        drive(qtbot, run.close())
        drive(qtbot, sim.stop())
