"""Follow mode: a customer display pinned to one checkout session never shows another
session's sale, not for one frame; the session list a counter reports; their decoders."""

from __future__ import annotations

import asyncio
import json
import random
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from display_fixtures import drive, qloop, wait_for  # noqa: F401

from display_app.config import Config
from display_app.fd1 import client as fd1client
from display_app.fd1 import dialect, packets
from display_app.sale.reducer import SaleReducer, from_counter
from display_app.sale.model import ScreenState
from display_app.sale.sessions import SessionFilter, SessionListError, decode_session_list, message_session
from display_app.simulator.stores.store import Cashier, SpeedSource, StoreSimulator


def test_a_long_interleaved_run_never_reduces_a_foreign_sale():
    """10,000 messages from three sessions (two on one lane), through the display's
    translation and reducer: the followed session's sales only, every single state."""
    store = StoreSimulator(1, 2, two_session_lane=1, status_interval=None)
    reg, tab, other = store.checkouts
    stream: list[packets.Event] = []
    keys: dict[str, set[str]] = {c.session: set() for c in store.checkouts}
    for c in store.checkouts:
        c.lane.on_change.append(lambda sc, snap, c=c: (stream.append(packets.Event(rp="fh1", sc=sc, v=store._stamped(c, dict(snap)))),
                                                       keys[c.session].add(snap["salephyskey"])))
    rng = random.Random(12)
    catalogue = [p.sku for p in reg.lane.counted_products()][:60]
    while len(stream) < 10_000:
        lane = rng.choice(store.checkouts).lane
        if not lane.active:
            lane.start_sale()
        roll = rng.random()
        if roll < 0.7:
            lane.add_item(rng.choice(catalogue))
        elif roll < 0.8:
            lane.broadcast_status()
        elif roll < 0.9 and lane.total() > 0:
            lane.pay("Cash", lane.total())
            lane.complete()
        else:
            lane.clear()
    cfg = Config(counter="ws://x", session=reg.session)
    reducer = SaleReducer(state=ScreenState(session=reg.session))
    shown: set[str] = set()
    now = 0.0
    for event in stream:
        now += 0.05
        sale_event = from_counter(event, cfg)
        if sale_event is None:
            continue
        state = reducer.handle(sale_event, now)
        for sale in (state.sale, state.next_sale):
            if sale is not None and sale.key:
                assert sale.key in keys[reg.session], f"foreign sale {sale.key} reached the screen state"
                shown.add(sale.key)
    foreign = sum(1 for e in stream if message_session(e.v) != reg.session)
    assert foreign > 5000  # the run really interleaved
    assert len(shown) > 50  # and the followed session's sales were shown
    # without the setting, the lane's behaviour: other sessions' sales are shown too
    lane_cfg = Config(counter="ws://x")
    assert all(from_counter(e, lane_cfg) is not None for e in stream[:200])


def test_a_message_that_names_no_session_is_foreign_when_following():
    f = SessionFilter("device=REG1;lane=1")
    assert not f.admits({"salephyskey": "K", "lines": []})
    assert not f.admits({"salephyskey": "K", "source": {"lane": 1, "device": "TAB1"}})
    assert f.admits({"salephyskey": "K", "source": {"device": "REG1", "lane": 1}})
    assert f.dropped == 2
    assert SessionFilter("").admits({"no": "source"})


def test_the_live_display_shows_zero_foreign_frames(qloop, qtbot, tmp_path: Path):
    """Over a real socket to a store whose lane 1 has two sessions ringing interleaved sales
    (and lane 2 a third): every frame the display renders is the followed session's."""
    from display_app.ui.display.controller import start_display

    store = StoreSimulator(1, 2, host="127.0.0.1", port=0, two_session_lane=1, status_interval=0.5)
    speed = SpeedSource(60.0)
    keys: dict[str, set[str]] = {c.session: set() for c in store.checkouts}
    for c in store.checkouts:
        c.lane.on_change.append(lambda sc, snap, c=c: keys[c.session].add(snap["salephyskey"]))
    drive(qtbot, store.start())
    cashiers = [asyncio.ensure_future(Cashier(c, speed, random.Random(i)).run()) for i, c in enumerate(store.checkouts)]
    followed = store.checkout(1, "TAB1").session
    cfg = Config(counter=store.url, session=followed, state_file=str(tmp_path / "state.json"))
    display = start_display(cfg, show=False, size=(1024, 600))
    frames: list[Any] = []
    display.controller.rendered.connect(frames.append)
    display.window.show()
    try:
        wait_for(qtbot, lambda: sum(1 for f in frames if f.sale is not None and f.sale.key) >= 60, timeout_ms=60_000)
        wait_for(qtbot, lambda: len(keys[followed]) >= 4, timeout_ms=30_000)
    finally:
        for task in cashiers:
            task.cancel()
    shown = [f.sale.key for f in frames if f.sale is not None and f.sale.key]
    foreign = [key for key in shown if key not in keys[followed]]
    assert foreign == []
    others = set().union(*(k for s, k in keys.items() if s != followed)) - {""}
    assert len(others) >= 4  # the other sessions really were ringing sales meanwhile
    assert display.controller.updates_received > len(frames)  # their messages arrived and were dropped
    doc = json.loads(Path(cfg.state_file).read_text(encoding="utf-8"))
    assert doc["follow"] == {"session": followed}
    drive(qtbot, display.close())
    drive(qtbot, store.stop())


async def test_the_counter_lists_its_sessions_with_their_current_sale():
    async with StoreSimulator(4, 3, host="127.0.0.1", port=0, two_session_lane=2, status_interval=None) as store:
        tab = store.checkout(2, "TAB2")
        tab.lane.start_sale()
        tab.lane.add_item("DAI0002", 2)
        link = fd1client.CounterClient(fd1client.CounterSettings(url=store.url, fetch_info=False, firehoses=()))
        task = asyncio.ensure_future(link.run())
        try:
            await link.wait_connected(5)
            reply = await link.request(dialect.ACTIVESALE_LIST)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        sessions = decode_session_list(reply.data)
        assert [s.lane for s in sessions] == ["1", "2", "2", "3"]
        mine = next(s for s in sessions if s.session == tab.session)
        assert mine.lines == 1 and str(mine.total) == "9.58" and mine.sale_key == tab.lane.sale_key
        assert "Lane 2" in mine.label() and "9.58" in mine.label()
        assert all(s.sale_key == "" for s in sessions if s is not mine)


def test_session_list_variants():
    rows = [{"Session": "A", "Lane": 1, "SaleTotal": "1.5", "lines": [{}, {}]}, {"source": {"device": "T"}, "total": 3}]
    assert [(s.session, s.lane, str(s.total), s.lines) for s in decode_session_list(rows)] == [("A", "1", "1.50", 2), ("device=T", "", "3.00", 0)]
    assert decode_session_list({"sessions": []}) == []
    assert [s.session for s in decode_session_list({"rows": [{"x": 1}, "bad", {"session": "B"}, {"session": "B"}]})] == ["B"]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=30,
)
ROWS = st.lists(st.dictionaries(st.sampled_from(["session", "source", "lane", "salephyskey", "saletotal", "total", "lines", "startdt", "x"]), JSON, max_size=6), max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.one_of(JSON, ROWS, st.fixed_dictionaries({"rows": ROWS})))
def test_the_session_list_decoder_never_fails_on_anything_but_a_clear_error(data):
    try:
        sessions = decode_session_list(data)
    except SessionListError:
        return
    assert all(s.session and isinstance(s.session, str) for s in sessions)
    assert len({s.session for s in sessions}) == len(sessions)


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_session_ids_are_text_and_do_not_depend_on_key_order(source):
    sid = dialect.session_id(source)
    assert isinstance(sid, str) and len(sid) < 2000
    assert isinstance(dialect.lane_id(source), str)
    if isinstance(source, dict):
        assert dialect.session_id(dict(reversed(list(source.items())))) == sid


def test_keys_that_fold_together_give_one_id_whatever_their_order():
    assert dialect.session_id({"A": 1, "a": 2}) == dialect.session_id({"a": 2, "A": 1})
    assert dialect.session_id({"faid": 3283, "plevel": 2502, "lane": 1, "device": "REG1"}) == "device=REG1;faid=3283;lane=1;plevel=2502"
    assert dialect.session_id({"SessionID": "abc", "lane": 2}) == "abc"
    assert dialect.lane_id({"Till": 4}) == "4"


def test_the_setup_screen_offers_the_counters_sessions_and_saves_the_one_picked(qloop, qtbot, tmp_path: Path):
    from display_app.ui.shell.setup import SetupScreen

    store = StoreSimulator(2, 2, host="127.0.0.1", port=0, two_session_lane=1, status_interval=None)
    drive(qtbot, store.start())
    try:
        tab = store.checkout(1, "TAB1")
        tab.lane.start_sale()
        tab.lane.add_item("DAI0002")
        path = tmp_path / "settings.toml"
        screen = SetupScreen(Config(counter=store.url), path=path)
        screen.show()
        assert screen.session_combo.count() == 1 and screen.current_config().session == ""
        screen.sessions_button.click()
        wait_for(qtbot, lambda: screen.session_combo.count() == 4)  # the lane, then REG1, TAB1, REG2
        labels = [screen.session_combo.itemText(i) for i in range(4)]
        assert labels[0] == "Every sale on this lane"
        picked = screen.session_combo.findData(tab.session)
        assert "Lane 1" in labels[picked] and "4.79" in labels[picked]
        screen.session_combo.setCurrentIndex(picked)
        saved = screen.save()
        assert saved is not None and saved.session == tab.session
        assert f"session = \"{tab.session}\"" in path.read_text(encoding="utf-8")
        screen.close()
    finally:
        drive(qtbot, store.stop())
