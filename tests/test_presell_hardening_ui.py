"""The tablet tells staff, on screen, when its saved basket could not be read, and marks a
write the counter never took as failed (issue 10, item 6)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from display_fixtures import drive, qloop, wait_for  # noqa: F401  (fixtures)

from display_app.config import Config
from display_app.presell.model import BasketLine, LineStatus
from display_app.simulator.counter.server import CounterSimulator
from display_app.ui.presell.main import basket_journal, remember_variant, remembered_variant, start_presell
from display_app.ui.presell.window import PresellWindow


def test_an_unreadable_journal_is_said_on_screen_and_presell_json_is_atomic(qloop: Any, qtbot: Any, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    journal = basket_journal()
    journal.parent.mkdir(parents=True)
    journal.write_text('{"version": 1, "outbox": ' + "[" * 50_000, encoding="utf-8")
    (journal.parent / ".presell.json.x.tmp").write_text("left by a power cut")
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    drive(qtbot, sim.start())
    run = start_presell(Config(counter=sim.url, store_locale="en_NZ", store_currency="NZD"), show=False)
    try:
        run.window.show()
        wait_for(qtbot, lambda: run.tablet.state.connected, 8000)
        assert run.window.message_bar.isVisible()
        assert "could not be read" in run.window.message_label.text()
        assert "empty basket" in run.window.message_label.text()
        assert list(journal.parent.glob("presell-basket.unreadable-*.json"))
        assert run.window.row_texts() == []
        assert not list(journal.parent.glob(".presell.json.*.tmp"))  # swept at start
        remember_variant("A")
        assert json.loads((journal.parent / "presell.json").read_text()) == {"salesbuilder": "A"}
        assert (journal.parent / "presell.json").stat().st_mode & 0o077 == 0
        assert remembered_variant() == "A"
    finally:
        drive(qtbot, run.close())
        drive(qtbot, sim.stop())


def test_a_failed_line_says_so():
    line = BasketLine("l1", "Scanned 0000000000000", 1, status=LineStatus.FAILED)
    assert PresellWindow.status_text(line) == "failed: the lane never took it"
    assert line.pending and line.total is None and line.amount == Decimal(1)
