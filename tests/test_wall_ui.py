"""The Lane Wall window against the multi-store simulator over real sockets, with real
widgets offscreen: tiles, the estate header, the state file, tapping a tile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from display_fixtures import drive, qloop, running_wall, wait_for  # noqa: F401


MILK = "DAI0002"


@pytest.fixture
def wall(qloop, qtbot, tmp_path: Path):
    with running_wall(qtbot, 3, 4, seed=3, state_file=str(tmp_path / "wall.json")) as running:
        yield running


def lanes_doc(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def test_a_sale_reaches_its_tile_the_header_and_the_state_file(wall, qtbot, tmp_path: Path):
    estate, feed, window = wall
    lane = estate.stores[1].checkout(2).lane
    lane.start_sale()
    lane.add_item(MILK, 2)
    key = ("S002", "2")
    wait_for(qtbot, lambda: window.view._signature.get(key, ("",) * 3)[2] == "$9.58")
    sig = window.view._signature[key]
    assert sig[0] == "in_sale" and sig[3] == "1 item"
    assert window.view.paints > 0 and key in window.view.rects
    wait_for(qtbot, lambda: window.header.totals is not None and window.header.totals.lanes_in_sale == 1)
    state = tmp_path / "wall.json"
    wait_for(qtbot, lambda: any(entry.get("sale") for entry in lanes_doc(state).get("lanes", [])))
    doc = lanes_doc(state)
    assert len(doc["lanes"]) == 12
    entry = next(e for e in doc["lanes"] if (e["store"], e["lane"]) == key)
    assert (entry["link"], entry["state"], entry["sale"]["total"], entry["sale"]["items"]) == ("online", "in_sale", "9.58", 1)
    assert doc["estate"]["lanes_in_sale"] == 1 and doc["estate"]["stores_online"] == 3
    # the tile with a sale sorts first (attention) at the next re-sort
    window._last_sort = 0
    window.second()
    assert window.view.order[0][0] == "S002"


def test_an_offline_store_shows_on_its_tiles_only(wall, qtbot):
    estate, feed, window = wall
    drive(qtbot, estate.stores[0].stop())
    wait_for(qtbot, lambda: window.view._signature.get(("S001", "1"), ("",))[0] == "offline")
    assert all(window.view._signature[("S001", lane)][0] == "offline" for lane in "1234")
    assert all(window.view._signature[(s, lane)][0] != "offline" for s in ("S002", "S003") for lane in "1234")


def test_tapping_a_tile_opens_that_lanes_sale_in_a_customer_display_that_follows_it(wall, qtbot, tmp_path: Path):
    estate, feed, window = wall
    checkout = estate.stores[2].checkout(3)
    checkout.lane.start_sale()
    checkout.lane.add_item(MILK)
    key = ("S003", "3")
    wait_for(qtbot, lambda: window.view._signature.get(key, ("",))[0] == "in_sale")
    tapped: list[tuple[str, str]] = []
    window.view.tile_activated.connect(lambda s, l: tapped.append((s, l)))
    probe = tmp_path / "lane.json"
    window.display_args = ["--quit-after", "20", "--state-file", str(probe)]
    QTest.mouseClick(window.view, Qt.MouseButton.LeftButton, pos=window.view.rects[key].center())
    assert tapped == [key]
    assert len(window.opened) == 1
    proc = window.opened[0]
    try:
        wait_for(qtbot, lambda: (lanes_doc(probe).get("sale") or {}).get("key") == checkout.lane.sale_key, timeout_ms=40_000)
        doc = lanes_doc(probe)
        assert doc["follow"] == {"session": checkout.session}
        assert doc["sale"]["total"] == "4.79"
    finally:
        proc.terminate()
        proc.wait(10)
