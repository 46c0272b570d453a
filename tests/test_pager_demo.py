"""The demo's pager story, end to end on one machine (offscreen): a basket sent from the
tablet gets a pager by itself, the simulated cashier recalls it, the pager is paged
saying which lane, and the board shows the guest under "Ready"."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from display_fixtures import drive, qloop, wait_for  # noqa: F401  (fixtures)

from display_app.config import Config
from display_app.pagers.board import probe
from display_app.presell.model import Product
from display_app.simulator.counter.server import CounterSimulator
from display_app.ui.pager_demo import start_pager_demo
from display_app.ui.presell.main import start_presell


def test_demo_basket_gets_a_pager_and_is_paged_on_recall(qtbot: Any, qloop: Any) -> None:  # noqa: F811
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    drive(qtbot, sim.start())
    sim.presell.auto_recall = 0.2
    tablet = start_presell(Config(counter=sim.url, mode="presell"), show=False, remember=False)
    demo = drive(qtbot, start_pager_demo(tablet))
    try:
        wait_for(qtbot, lambda: tablet.tablet.state.connected)
        item = sim.lane.catalogue.find(1002)
        tablet.tablet.add(Product(pid=item.pid, description=item.description, price=Decimal(str(item.price))))
        tablet.tablet.set_customer("Mere")
        wait_for(qtbot, lambda: tablet.tablet.state.pending == 0 and tablet.tablet.state.lines)
        tablet.tablet.send_to_lane()
        wait_for(qtbot, lambda: 1 in demo.simulator.station.sessions or demo.simulator.station.history)
        wait_for(qtbot, lambda: [e["name"] for e in probe(demo.board.window.state)["ready"]] == ["Mere"], timeout_ms=10000)
        assert [(p.number, p.message) for p in demo.simulator.station.pages] == [(1, "Go to Lane 1")]
        assert "Pager 1" in demo.step.panel.ticket_label.text()
    finally:
        drive(qtbot, tablet.close())
        drive(qtbot, demo.close())
        drive(qtbot, sim.stop())
