"""The screen-state probe document and its file."""

from __future__ import annotations

import json
import os
from decimal import Decimal

from display_app.sale.model import Connection, Payment, Sale, SaleLine, Screen, ScreenState, StoreInfo
from display_app.sale.probe import screen_state_json, write_state_file

COUNTER = "ws://till2:3490/fd1/open_websocket"

SALE = Sale(
    key="K42",
    lines=(
        SaleLine(seq=1, description="Anchor Blue Top Milk 2L", qty=Decimal("1"), unit="", total=Decimal("4.79")),
        SaleLine(seq=3, description="Bananas Cavendish", qty=Decimal("1.235"), unit="kg", total=Decimal("4.31")),
        SaleLine(seq=4, description="Eggs 12pk", qty=Decimal("2.000"), unit="", total=Decimal("17")),
    ),
    total=Decimal("26.10"),
    payments=(Payment("EFTPOS", Decimal("20.00")), Payment("Cash", Decimal("10.00"))),
)


def test_document_for_a_thankyou_screen_is_exact():
    state = ScreenState(
        screen=Screen.THANKYOU,
        connection=Connection.CONNECTED,
        counter=COUNTER,
        store=StoreInfo(name="Harbourside Fresh Market", currency="NZD"),
        banner="Store closes in 15 minutes",
        sale=SALE,
    )
    assert screen_state_json(state) == {
        "screen": "thankyou",
        "connection": {"state": "connected", "counter": COUNTER},
        "store": {"name": "Harbourside Fresh Market"},
        "language": "en",
        "banner": "Store closes in 15 minutes",
        "sale": {
            "key": "K42",
            "lines": [
                {"seq": 1, "description": "Anchor Blue Top Milk 2L", "qty": "1", "total": "4.79"},
                {"seq": 3, "description": "Bananas Cavendish", "qty": "1.235", "total": "4.31"},
                {"seq": 4, "description": "Eggs 12pk", "qty": "2", "total": "17.00"},
            ],
            "total": "26.10",
            "paid": "30.00",
            "due": "0.00",
            "change": "3.90",
        },
    }


def test_document_for_idle_start_up_is_exact_and_json_serialisable():
    doc = screen_state_json(ScreenState())
    assert doc == {
        "screen": "idle",
        "connection": {"state": "connecting", "counter": ""},
        "store": {"name": ""},
        "language": "en",
        "banner": None,
        "sale": None,
    }
    assert json.loads(json.dumps(doc)) == doc


def test_write_state_file_writes_atomically_and_only_on_change(tmp_path):
    path = tmp_path / "probe" / "state.json"
    state = ScreenState(screen=Screen.SALE, connection=Connection.CONNECTED, counter=COUNTER, sale=SALE)
    assert write_state_file(path, state) is True
    assert json.loads(path.read_text(encoding="utf-8"))["sale"]["due"] == "0.00"
    first = os.stat(path)

    assert write_state_file(path, state) is False  # same document: the file is not touched
    assert os.stat(path).st_ino == first.st_ino and os.stat(path).st_mtime_ns == first.st_mtime_ns

    offline = ScreenState(screen=Screen.OFFLINE, connection=Connection.DISCONNECTED, counter=COUNTER, sale=SALE)
    assert write_state_file(path, offline) is True
    assert json.loads(path.read_text(encoding="utf-8"))["screen"] == "offline"
    assert os.stat(path).st_ino != first.st_ino  # replaced, not rewritten in place
    assert [p.name for p in path.parent.iterdir()] == ["state.json"]  # no temp files left


def test_write_state_file_replaces_a_corrupt_file(tmp_path):
    path = tmp_path / "state.json"
    path.write_bytes(b"\xff\xfe half written")
    assert write_state_file(path, ScreenState()) is True
    assert json.loads(path.read_text(encoding="utf-8"))["screen"] == "idle"
