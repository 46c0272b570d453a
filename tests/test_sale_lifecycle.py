"""The display's state machine, on recorded counter sessions and on its single rules.

The recordings (tests/data/*.jsonl, see tests/data/make_recordings.py) are replayed
through the same path the app uses: FD1 frame text -> ``packets.decode`` -> counter
link update -> ``from_counter`` -> ``SaleReducer.handle``; at each ``expect`` row the
screen-state document must show what the row says.
"""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from display_app.config import Config
from display_app.fd1 import client, dialect, packets
from display_app.sale.model import Connection, Screen, ScreenState, StoreInfo
from display_app.sale.probe import screen_state_json
from display_app.sale.reducer import OFFLINE_GRACE_SECONDS, Banner, LinkUpdate, SaleMessage, SaleReducer, StoreUpdate, Tick, from_counter, next_deadline, reduce

DATA = Path(__file__).parent / "data"
RECORDINGS = sorted(p.stem for p in DATA.glob("*.jsonl"))
COUNTER = "ws://127.0.0.1:3490/fd1/open_websocket"


def update_from_row(row: dict[str, Any]) -> Any:
    """The counter link's update for one recorded row (what CounterClient would emit)."""
    if "link" in row:
        return client.LinkChanged(row["link"], row["counter"], row.get("detail", ""))
    packet = packets.decode(json.dumps(row["frame"]))
    if isinstance(packet, packets.Reply):
        assert packet.r == dialect.GET_INFO, packet
        return client.StoreInfoReply(tuple(packet.rows()), packet.raw)
    return packet


def matches(actual: Any, expected: Any, where: str = "") -> list[str]:
    """Differences between the document and the part of it a row expects."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        problems = []
        for key, value in expected.items():
            if key not in actual:
                problems.append(f"{where}.{key} missing")
            else:
                problems += matches(actual[key], value, f"{where}.{key}")
        return problems
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return [f"{where}: {len(actual)} items, expected {len(expected)}: {actual}"]
        return [p for i, (a, e) in enumerate(zip(actual, expected)) for p in matches(a, e, f"{where}[{i}]")]
    return [] if actual == expected else [f"{where}: {actual!r}, expected {expected!r}"]


def replay(name: str, reducer: SaleReducer) -> int:
    checked = 0
    lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    for number, text in enumerate(lines, 1):
        row = json.loads(text)
        if "note" in row:
            continue
        now = row["t"]
        if "expect" in row:
            reducer.handle(Tick(), now)
            problems = matches(screen_state_json(reducer.state), row["expect"])
            assert not problems, f"{name}.jsonl line {number}: " + "; ".join(problems)
            checked += 1
        elif row.get("tick"):
            reducer.handle(Tick(), now)
        else:
            event = from_counter(update_from_row(row), Config())
            assert event is not None, f"{name}.jsonl line {number}: no event for {row}"
            reducer.handle(event, now)
    return checked


def test_the_recordings_are_there():
    assert {
        "quick_sale",
        "void_mid_sale",
        "split_payment",
        "disconnect_mid_sale",
        "back_to_back",
        "late_duplicate",
        "cust_spelling",
    } <= set(RECORDINGS)


@pytest.mark.parametrize("name", RECORDINGS)
def test_recorded_session(name):
    assert replay(name, SaleReducer(thankyou_seconds=8.0)) >= 4


def test_quick_sale_screens_in_order():
    reducer = SaleReducer(thankyou_seconds=8, thankyou_url="https://receipts.example/r/{sale}?lane=2")
    seen = []
    for text in (DATA / "quick_sale.jsonl").read_text().splitlines():
        row = json.loads(text)
        if "note" in row or "expect" in row:
            continue
        event = Tick() if row.get("tick") else from_counter(update_from_row(row), None)
        state = reducer.handle(event, row["t"])
        if not seen or seen[-1] != state.screen:
            seen.append(state.screen)
        if state.screen is Screen.THANKYOU:
            assert state.thankyou_url == "https://receipts.example/r/QS7d0c1f2a9b8e4c3d2a1f0e9d8c7b6?lane=2"
            assert state.sale.change == Decimal("0.00")
    assert seen == [Screen.IDLE, Screen.SALE, Screen.THANKYOU, Screen.IDLE]
    assert reducer.state.store.name == "Kowhai Street Grocer"
    assert reducer.state.store.currency == "NZD" and reducer.state.store.locale == "en_NZ"
    assert reducer.state.thankyou_url == ""


# ----------------------------------------------------------------------------- single rules


def snap(key: str, *lines: tuple[int, str], paid: str | None = None, total: str | None = None) -> dict[str, Any]:
    v_lines = [
        {"seqnce": seq, "pid": seq, "qty": 1, "totalprice": float(price), "pidflag": 0, "product": {"description": f"Item {seq}"}}
        for seq, price in lines
    ]
    line_total = sum((Decimal(price) for _, price in lines), Decimal(0))
    return {
        "salephyskey": key,
        "datetimelocal": "2026-11-20 10:00:00",
        "saletotal": float(total if total is not None else line_total),
        "lines": v_lines,
        "payments": [{"sequence": 1, "type": 1, "originalname": "Cash", "amount": float(paid)}] if paid else [],
    }


EMPTY = snap("")


def run(reducer: SaleReducer, *steps: tuple[float, Any]) -> ScreenState:
    for now, event in steps:
        reducer.handle(event, now)
    return reducer.state


def connected(reducer: SaleReducer | None = None) -> SaleReducer:
    reducer = reducer or SaleReducer()
    reducer.handle(LinkUpdate(Connection.CONNECTED, COUNTER), 0)
    return reducer


def msg(v: Any, sc: str = "custdisp.sale.status") -> SaleMessage:
    return SaleMessage(sc, v)


def test_start_up_connecting_shows_idle_with_the_connection_state():
    state = SaleReducer().handle(LinkUpdate(Connection.CONNECTING, COUNTER), 0)
    assert state.screen is Screen.IDLE
    assert state.connection is Connection.CONNECTING and state.counter == COUNTER


def test_failing_at_start_up_shows_offline_and_stays_offline_while_retrying():
    reducer = SaleReducer()
    state = run(
        reducer,
        (0, LinkUpdate(Connection.CONNECTING, COUNTER)),
        (1, LinkUpdate(Connection.DISCONNECTED, COUNTER, "connection refused")),
    )
    assert state.connection is Connection.DISCONNECTED and state.connection_detail == "connection refused"
    assert state.screen is Screen.IDLE and next_deadline(state) == 1 + OFFLINE_GRACE_SECONDS
    assert reducer.handle(LinkUpdate(Connection.CONNECTING, COUNTER), 2).screen is Screen.IDLE  # still in grace
    assert reducer.handle(LinkUpdate(Connection.DISCONNECTED, COUNTER), 3).screen is Screen.OFFLINE
    assert reducer.handle(LinkUpdate(Connection.CONNECTING, COUNTER), 4).screen is Screen.OFFLINE
    assert reducer.handle(LinkUpdate(Connection.CONNECTED, COUNTER), 5).screen is Screen.IDLE


def test_reconnecting_after_being_connected_shows_offline_with_the_sale_kept():
    reducer = connected()
    reducer.handle(msg(snap("A", (1, "2.50"))), 1)
    state = reducer.handle(LinkUpdate(Connection.CONNECTING, COUNTER, "reconnecting"), 2)
    assert state.screen is Screen.SALE and state.connection is Connection.CONNECTING  # not yet: a blip?
    assert next_deadline(state) == 2 + OFFLINE_GRACE_SECONDS
    state = reducer.handle(Tick(), 2 + OFFLINE_GRACE_SECONDS)
    assert state.screen is Screen.OFFLINE and state.sale.total == Decimal("2.50")
    assert next_deadline(state) is None
    state = reducer.handle(LinkUpdate(Connection.CONNECTED, COUNTER), 5)
    assert state.screen is Screen.SALE and state.sale.key == "A"


def test_a_blip_that_reconnects_within_the_grace_never_shows_reconnecting():
    reducer = connected()
    reducer.handle(msg(snap("A", (1, "2.50"))), 1)
    screens = [
        reducer.handle(event, t).screen
        for t, event in (
            (2.0, LinkUpdate(Connection.DISCONNECTED, COUNTER, "closed 1001")),
            (2.3, LinkUpdate(Connection.CONNECTING, COUNTER)),
            (2.6, LinkUpdate(Connection.CONNECTED, COUNTER)),
            (4.0, Tick()),
        )
    ]
    assert screens == [Screen.SALE] * 4
    assert reducer.state.link_lost_at is None and next_deadline(reducer.state) is None


def test_thankyou_lasts_its_minimum_then_idle_and_next_deadline_says_when():
    reducer = connected(SaleReducer(thankyou_seconds=5))
    reducer.handle(msg(snap("A", (1, "3.00"))), 1)
    assert next_deadline(reducer.state) is None
    state = reducer.handle(msg(snap("A", (1, "3.00"), paid="5.00"), "custdisp.sale.payments.add"), 2)
    assert state.screen is Screen.THANKYOU and state.sale.change == Decimal("2.00")
    assert next_deadline(state) == 7 and reducer.next_deadline() == 7
    assert reducer.handle(msg(EMPTY), 3).screen is Screen.THANKYOU  # too early to leave
    assert reducer.handle(Tick(), 6.99).screen is Screen.THANKYOU
    state = reducer.handle(Tick(), 7)
    assert state.screen is Screen.IDLE and state.sale is None and next_deadline(state) is None


def test_thankyou_ends_at_once_on_the_next_sales_first_line():
    reducer = connected()
    reducer.handle(msg(snap("A", (1, "3.00"), paid="3.00")), 1)
    assert reducer.handle(msg(snap("B")), 2).screen is Screen.THANKYOU
    state = reducer.handle(msg(snap("B", (1, "1.20")), "custdisp.sale.lines.add"), 2.5)
    assert state.screen is Screen.SALE and state.sale.key == "B" and state.thankyou_until is None


def test_a_late_copy_of_the_completed_sale_never_brings_the_thankyou_back():
    reducer = connected(SaleReducer(thankyou_seconds=8))
    done = snap("A", (1, "3.00"), paid="3.00")
    reducer.handle(msg(done), 1)
    reducer.handle(msg(done, "custdisp.sale.edit"), 2)  # a repeat during the thank-you: no new timer
    assert reducer.state.thankyou_until == 9
    assert reducer.handle(Tick(), 9).screen is Screen.IDLE
    for sc in ("custdisp.sale.status", "custdisp.sale.edit", "cust.sale.payments.add"):
        state = reducer.handle(msg(done, sc), 10)
        assert state.screen is Screen.IDLE and state.sale is None
    # ...but another sale completing gets its own thank-you
    assert reducer.handle(msg(snap("B", (1, "1.00"), paid="1.00")), 11).screen is Screen.THANKYOU


def test_a_withdrawn_payment_during_the_thankyou_puts_the_sale_back():
    reducer = connected()
    reducer.handle(msg(snap("A", (1, "30.00"), paid="30.00")), 1)
    state = reducer.handle(msg(snap("A", (1, "30.00")), "custdisp.sale.payments.delete"), 2)
    assert state.screen is Screen.SALE and state.sale.due == Decimal("30.00")


def test_a_cancelled_sale_goes_straight_to_idle():
    reducer = connected()
    reducer.handle(msg(snap("A", (1, "3.00"))), 1)
    assert reducer.handle(msg(EMPTY, "custdisp.sale.delete"), 2).screen is Screen.IDLE


def test_a_new_sale_key_with_no_lines_is_the_idle_lane():
    """dialect.NEW_EMPTY_SALE_IS_IDLE: a counter that opens the next key at once."""
    state = connected().handle(msg(snap("A"), "custdisp.sale.add"), 1)
    assert state.screen is Screen.IDLE and state.sale is None
    reducer = connected()
    reducer.handle(msg(snap("A", (1, "3.00"), paid="3.00")), 1)
    assert reducer.handle(msg(snap("B")), 2).screen is Screen.THANKYOU  # the thank-you runs its time
    state = reducer.handle(Tick(), 100)
    assert state.screen is Screen.IDLE and state.sale is None  # then the welcome screen, not "$0.00"
    assert reducer.handle(msg(snap("B", (1, "1.20"))), 101).screen is Screen.SALE


def test_a_sale_whose_lines_were_all_voided_stays_on_screen_at_zero():
    reducer = connected()
    reducer.handle(msg(snap("A", (1, "3.00"))), 1)
    state = reducer.handle(msg(snap("A")), 2)
    assert state.screen is Screen.SALE and state.sale.key == "A" and state.sale.lines == ()


def test_thankyou_url_quotes_the_key_and_is_empty_without_a_template():
    done = snap("a/b c?d", (1, "1.00"), paid="1.00")
    with_template = connected(SaleReducer(thankyou_url="https://shop.example/thanks?sale={sale}"))
    assert with_template.handle(msg(done), 1).thankyou_url == "https://shop.example/thanks?sale=a%2Fb%20c%3Fd"
    assert connected().handle(msg(done), 1).thankyou_url == ""


def test_bad_snapshot_is_logged_and_changes_nothing(caplog):
    reducer = connected()
    before = reducer.handle(msg(snap("A", (1, "3.00"))), 1)
    with caplog.at_level(logging.ERROR, logger="display_app.sale"):
        after = reducer.handle(msg(["not", "a", "sale"]), 2)
    assert after == before
    assert "not" in caplog.text or "JSON object" in caplog.text
    assert "custdisp.sale.status" in caplog.text


def test_banner_set_and_cleared():
    reducer = connected()
    assert reducer.handle(Banner("Store closes in 15 minutes"), 1).banner == "Store closes in 15 minutes"
    assert reducer.handle(Banner(""), 2).banner is None
    assert reducer.handle(Banner("x"), 3).banner == "x"
    assert reducer.handle(Banner(None), 4).banner is None


def test_store_update_replaces_the_branding():
    state = connected().handle(StoreUpdate(StoreInfo(name="Kowhai Street Grocer", currency="NZD")), 1)
    assert state.store.name == "Kowhai Street Grocer"


def test_reduce_is_pure():
    start = ScreenState()
    event = LinkUpdate(Connection.CONNECTED, COUNTER)
    first = reduce(start, event, 0)
    assert start == ScreenState() and reduce(start, event, 0) == first


def test_from_counter_maps_link_updates_and_ignores_what_is_not_for_the_display(caplog):
    assert from_counter(client.LinkChanged("disconnected", COUNTER, "closed"), None) == LinkUpdate(
        Connection.DISCONNECTED, COUNTER, "closed"
    )
    other = packets.Event(sc="device.bluetooth.announcement", v={"addr": "C0288D347D2C"}, rp="2")
    assert from_counter(other, None) is None
    status = packets.ServerMessage(a=dialect.LINK_STATUS, v={"message": "Closing soon", "servers": []})
    assert from_counter(status, None) == Banner("Closing soon")
    assert from_counter(packets.ServerMessage(a=dialect.LINK_STATUS, v={}), None) == Banner(None)
    info = client.StoreInfoReply(rows=({"storename": "Till Two", "currency": "NZD"},), raw={})
    assert from_counter(info, Config(store_name="Kowhai Street Grocer")) == StoreUpdate(
        StoreInfo(name="Kowhai Street Grocer", currency="NZD")
    )


def test_an_unchanged_status_repeat_is_not_read_again_so_a_bad_line_is_logged_once(caplog):
    reducer = connected()
    v = snap("A", (1, "3.00"))
    v["lines"].append({"seqnce": 2, "qty": 1, "totalprice": "lots", "product": {"description": "Broken"}})
    with caplog.at_level(logging.WARNING, logger="display_app.sale"):
        first = reducer.handle(msg(v), 1)
        for t in range(2, 8):  # the counter repeats its .status every few seconds
            assert reducer.handle(msg(json.loads(json.dumps(v))), t) == first
    assert caplog.text.count("totalprice is 'lots'") == 1
    assert [line.description for line in first.sale.lines] == ["Item 1"]
    # a changed body is read, and so is the first snapshot after a reconnect
    changed = snap("A", (1, "3.00"), (3, "2.00"))
    assert [line.seq for line in reducer.handle(msg(changed), 9).sale.lines] == [1, 3]
    reducer.handle(LinkUpdate(Connection.CONNECTING, COUNTER), 10)
    reducer.handle(LinkUpdate(Connection.CONNECTED, COUNTER), 11)
    with caplog.at_level(logging.WARNING, logger="display_app.sale"):
        reducer.handle(msg(v), 12)
    assert caplog.text.count("totalprice is 'lots'") == 2


def test_a_thankyou_still_ends_while_only_unchanged_repeats_arrive():
    reducer = SaleReducer(thankyou_seconds=5)
    connected(reducer)
    paid = snap("A", (1, "3.00"), paid="5.00")
    assert reducer.handle(msg(paid), 1).screen is Screen.THANKYOU
    assert reducer.handle(msg(paid), 3).screen is Screen.THANKYOU
    assert reducer.handle(msg(paid), 7).screen is Screen.IDLE  # time passed with the repeat
