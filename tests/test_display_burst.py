"""A burst that outruns the frames (issue 16): the display holds a bounded number of
decoded updates, and shows what one update at a time would have shown."""

from __future__ import annotations

from typing import Any

from display_app.config import Config
from display_app.fd1 import packets
from display_app.sale.model import Screen
from display_app.ui.display import controller as display_controller
from display_app.ui.display.controller import DisplayController
from display_app.ui.display.window import DisplayWindow
from display_fixtures import shown_window

SC = "custdisp.sale.status"


def frame(qty: int) -> Any:
    lines = [{"seqnce": i, "qty": 1, "totalprice": 2.5, "product": {"description": f"Item {i}"}} for i in range(1, 50)]
    lines.append({"seqnce": 50, "qty": qty, "totalprice": 2.5 * qty, "product": {"description": "Milk"}})
    body = {"salephyskey": "K1", "lines": lines, "saletotal": 2.5 * (49 + qty)}
    return packets.decode(packets.encode(packets.event(SC, body)))


def shown_display(qtbot: Any) -> tuple[DisplayWindow, DisplayController]:
    """A display window on screen and its controller, fed by hand (no counter link)."""
    window = shown_window(qtbot, animations=True)
    return window, DisplayController(window, Config())


def test_a_burst_is_reduced_as_it_comes_and_its_last_update_is_shown(qtbot: Any) -> None:
    window, ctl = shown_display(qtbot)
    held = []
    for qty in range(1, 1001):  # all before the event loop runs: no frame in between
        ctl.on_update(frame(qty))
        held.append(len(ctl._queue) + len(ctl._held) + len(ctl._retired))  # noqa: SLF001
    # At most that many decoded updates at once: those waiting for the frame, those reduced
    # last, and the batch before (freed after its frame rather than inside an update).
    assert max(held) < 3 * display_controller.MAX_QUEUED
    assert ctl.reducer.parsed <= 1000 // display_controller.MAX_QUEUED + 1  # the superseded ones never parsed
    qtbot.waitUntil(lambda: ctl.renders >= 1, timeout=3000)
    assert window.visible_screen is Screen.SALE
    model = window.sale.model
    assert model.rowCount() == 50
    assert model.index(49, 0).data(model.DetailRole).startswith("1,000") or model.index(49, 0).data(model.DetailRole).startswith("1000")


def test_the_last_snapshot_is_freed_after_its_frame_not_kept(qtbot: Any) -> None:
    window, ctl = shown_display(qtbot)
    for qty in (1, 2, 3):
        ctl.on_update(frame(qty))
        qtbot.waitUntil(lambda: ctl.renders >= qty, timeout=3000)
        assert len(ctl._held) == 1  # noqa: SLF001  (the update shown: the reducer compares the next with it)
    qtbot.waitUntil(lambda: not ctl._retired, timeout=3000)  # noqa: SLF001  (the one before: gone once painted)
    model = window.sale.model
    assert model.index(49, 0).data(model.DetailRole).startswith("3")
