"""Parsing only what changed: the line cache and superseded snapshots (issue 16).

What a customer sees must not change: every test compares against the plain path
(``parse_sale`` without a cache, ``SaleReducer.handle`` one event at a time).
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from display_app.sale.model import Connection, Screen
from display_app.sale.reducer import LinkUpdate, SaleMessage, SaleReducer, Tick
from display_app.sale.snapshot import LineCache, parse_sale

SC = "custdisp.sale.update"


def line(seq: int, qty: Any = 1, price: str = "2.50", **extra: Any) -> dict[str, Any]:
    total = float(Decimal(price) * Decimal(str(qty))) if isinstance(qty, (int, float)) else 1.0
    return {"seqnce": seq, "qty": qty, "totalprice": total, "product": {"description": f"Item {seq}"}, **extra}


def snapshot(key: str, lines: list[dict[str, Any]], payments: list[dict[str, Any]] | None = None, total: float | None = None) -> dict[str, Any]:
    v: dict[str, Any] = {"salephyskey": key, "lines": lines}
    v["saletotal"] = total if total is not None else round(sum(raw.get("totalprice", 0) for raw in lines if isinstance(raw, dict)), 2)
    if payments is not None:
        v["payments"] = payments
    return v


# ----------------------------------------------------------------------------- line cache


def test_unchanged_lines_are_not_read_again_and_come_back_as_the_same_objects() -> None:
    cache = LineCache()
    lines = [line(i) for i in range(1, 201)]
    first = parse_sale(snapshot("K1", lines), cache)
    assert cache.read == 200
    changed = [*lines[:-1], line(200, qty=3)]
    second = parse_sale(snapshot("K1", changed), cache)
    assert cache.read == 201  # only the changed line was read
    assert all(a is b for a, b in zip(first.lines[:-1], second.lines[:-1]))
    assert second.lines[-1].qty == 3
    assert second == parse_sale(snapshot("K1", changed))  # the same sale as without the cache


def test_a_new_sale_key_reads_every_line_afresh() -> None:
    cache = LineCache()
    parse_sale(snapshot("K1", [line(1), line(2)]), cache)
    parse_sale(snapshot("K2", [line(1), line(2)]), cache)
    assert cache.read == 4


def test_a_bad_line_is_skipped_with_one_warning_until_it_changes(caplog: Any) -> None:
    cache = LineCache()
    bad = {"seqnce": 2, "qty": 1}  # no totalprice
    with caplog.at_level(logging.WARNING, logger="display_app.sale.snapshot"):
        for qty in (1, 2, 3):
            sale = parse_sale(snapshot("K1", [line(1, qty=qty), bad]), cache)
            assert [x.seq for x in sale.lines] == [1]
        assert len([r for r in caplog.records if "skipped line" in r.getMessage()]) == 1
        parse_sale(snapshot("K1", [line(1), {"seqnce": 2, "qty": 2}]), cache)  # changed, still bad
        assert len([r for r in caplog.records if "skipped line" in r.getMessage()]) == 2


raw_lines = st.lists(
    st.one_of(
        st.builds(
            line,
            seq=st.integers(1, 8),
            qty=st.sampled_from([1, 2, 1.5, 1000, "x"]),
            price=st.sampled_from(["2.50", "0.99", "10"]),
        ),
        st.fixed_dictionaries({"seqnce": st.integers(1, 8)}),  # bad: no totalprice
        st.just("not a line"),
        st.fixed_dictionaries({"seqnce": st.integers(1, 8), "totalprice": st.just(1.0), "pidflag": st.sampled_from([0, 1, 2])}),
    ),
    max_size=8,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["K1", "K2", ""]), raw_lines), min_size=1, max_size=6))
def test_parsing_with_the_cache_gives_the_same_sales(stream: list[tuple[str, list[Any]]]) -> None:
    cache = LineCache()
    for key, lines in stream:
        v = {"salephyskey": key, "lines": lines, "saletotal": 5}
        assert parse_sale(v, cache) == parse_sale(v)


edits = st.one_of(
    st.tuples(st.just("qty"), st.integers(0, 11), st.sampled_from([1, 2, 3.5, "x", -1])),
    st.tuples(st.just("seq"), st.integers(0, 11), st.integers(1, 14)),
    st.tuples(st.just("bad"), st.integers(0, 11), st.none()),
    st.tuples(st.just("add"), st.integers(0, 11), st.integers(1, 14)),
    st.tuples(st.just("drop"), st.integers(0, 11), st.none()),
    st.tuples(st.just("same"), st.integers(0, 11), st.none()),
    st.tuples(st.just("void"), st.integers(0, 11), st.sampled_from([10000, 10005, 3])),
    st.tuples(st.just("key"), st.integers(0, 11), st.sampled_from(["K1", "K2"])),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 10), st.lists(st.lists(edits, min_size=1, max_size=3), min_size=1, max_size=8))
def test_a_stream_of_small_edits_reads_the_same_with_the_cache(start: int, steps: list[list[tuple[str, int, Any]]]) -> None:
    """Snapshots as a counter sends them (the last one with a line or two changed, added,
    dropped, made unreadable or given another seqnce): read through the cache, each gives
    the sale a fresh read gives, and unchanged lines stay the same objects."""
    cache = LineCache()
    key, lines = "K1", [line(i, qty=1) for i in range(1, start + 1)]
    previous, unique_before, raws_before = None, True, {}
    for step in steps:
        lines = [dict(raw) if isinstance(raw, dict) else raw for raw in lines]  # a new frame: new objects
        for op, at, arg in step:
            i = at % max(1, len(lines))
            if op == "qty" and lines:
                lines[i] = {**lines[i], "qty": arg}
            elif op == "seq" and lines:
                lines[i] = {**lines[i], "seqnce": arg}
            elif op == "bad" and lines:
                lines[i] = {"seqnce": lines[i].get("seqnce") if isinstance(lines[i], dict) else 1}
            elif op == "void" and lines and isinstance(lines[i], dict):
                lines[i] = {**lines[i], "pidflag": arg}  # voided (10000, 10005) or not (3)
            elif op == "add":
                lines.append(line(arg, qty=1))
            elif op == "drop" and lines:
                del lines[i]
            elif op == "key":
                key = arg
        v = {"salephyskey": key, "lines": lines, "saletotal": 5}
        sale = parse_sale(v, cache)
        assert sale == parse_sale(v)
        raw_by_seq = {raw.get("seqnce"): raw for raw in lines if isinstance(raw, dict)}
        unique = len(raw_by_seq) == len(lines)  # (with a seqnce twice, the cache keeps the first raw line)
        if previous is not None and previous.key == sale.key and unique and unique_before:
            before = {x.seq: x for x in previous.lines}
            for x in sale.lines:
                if x.seq in before and raws_before.get(x.seq) == raw_by_seq.get(x.seq):
                    assert before[x.seq] is x  # its raw line unchanged: the very same object
        previous, unique_before, raws_before = sale, unique, raw_by_seq


# ----------------------------------------------------------------------------- superseded snapshots


def paid(key: str, lines: list[dict[str, Any]]) -> dict[str, Any]:
    total = round(sum(raw["totalprice"] for raw in lines), 2)
    return snapshot(key, lines, payments=[{"amount": total + 10, "originalname": "Cash"}], total=total)


def one_by_one(events: list[Any], now: float = 100.0) -> SaleReducer:
    reducer = SaleReducer(thankyou_seconds=8)
    reducer.handle(LinkUpdate(Connection.CONNECTED, "ws://counter"), now)
    for event in events:
        reducer.handle(event, now)
    return reducer


def in_one_frame(events: list[Any], now: float = 100.0) -> SaleReducer:
    reducer = SaleReducer(thankyou_seconds=8)
    reducer.handle(LinkUpdate(Connection.CONNECTED, "ws://counter"), now)
    reducer.handle_all(events, now)
    return reducer


def test_a_burst_of_one_sale_parses_only_its_last_snapshot() -> None:
    lines = [line(i) for i in range(1, 6)]
    burst = [SaleMessage(SC, snapshot("K1", [*lines[:-1], line(5, qty=q)])) for q in range(1, 1001)]
    reducer = in_one_frame(burst)
    assert reducer.superseded == 999 and reducer.parsed == 1
    assert reducer.state == one_by_one(burst).state
    assert reducer.state.sale is not None and reducer.state.sale.lines[-1].qty == 1000


def test_a_sale_completed_in_the_middle_of_a_burst_still_shows_its_thank_you() -> None:
    a = [line(1), line(2)]
    burst = [SaleMessage(SC, snapshot("A", a[:1])), SaleMessage(SC, snapshot("A", a)), SaleMessage(SC, paid("A", a))]
    burst += [SaleMessage(SC, snapshot("", []))] * 3  # the lane goes idle: the thank-you stays
    reducer = in_one_frame(burst)
    assert reducer.state.screen is Screen.THANKYOU
    assert reducer.state.sale is not None and reducer.state.sale.key == "A"
    assert reducer.state == one_by_one(burst).state

    # The next sale's first line ends the thank-you, in the same frame as more of that sale.
    nxt = [SaleMessage(SC, snapshot("B", [])), *(SaleMessage(SC, snapshot("B", [line(1, qty=q)])) for q in (1, 2, 3))]
    reducer.handle_all(nxt, 101.0)
    assert reducer.state.screen is Screen.SALE
    assert reducer.state.sale is not None and reducer.state.sale.key == "B" and reducer.state.sale.lines[0].qty == 3


def test_a_new_sale_whose_lines_are_all_voided_does_not_end_the_thank_you() -> None:
    a = [line(1)]
    events = [SaleMessage(SC, paid("A", a)), SaleMessage(SC, snapshot("B", [line(1)])), SaleMessage(SC, snapshot("B", [line(1, pidflag=1)]))]
    assert in_one_frame(events).state == one_by_one(events).state


@st.composite
def events(draw: Any) -> list[Any]:
    """Bursts as a counter sends them: snapshots of a few sales (growing, edited, voided,
    paid, reopened), blank lanes, repeats, ticks and link changes, in any order."""
    out: list[Any] = []
    for _ in range(draw(st.integers(1, 25))):
        kind = draw(st.sampled_from(["sale", "sale", "sale", "paid", "blank", "opened", "repeat", "tick", "link", "void"]))
        key = draw(st.sampled_from(["A", "B", "C"]))
        lines = [line(i, qty=draw(st.sampled_from([1, 2, 3]))) for i in range(1, draw(st.integers(1, 4)) + 1)]
        if kind == "sale":
            out.append(SaleMessage(SC, snapshot(key, lines)))
        elif kind == "paid":
            out.append(SaleMessage(SC, paid(key, lines)))
        elif kind == "blank":
            out.append(SaleMessage(SC, snapshot("", [])))
        elif kind == "opened":
            out.append(SaleMessage(SC, snapshot(key, [])))
        elif kind == "void":
            out.append(SaleMessage(SC, snapshot(key, [line(1, pidflag=1)])))
        elif kind == "repeat" and out:
            out.append(out[-1])
        elif kind == "tick":
            out.append(Tick())
        elif kind == "link":
            out.append(LinkUpdate(draw(st.sampled_from([Connection.CONNECTED, Connection.DISCONNECTED])), "ws://counter"))
    return out


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events(), st.integers(1, 6))
def test_frames_show_what_one_event_at_a_time_shows(stream: list[Any], frame: int) -> None:
    """Reducing a frame's worth at a time (skipping superseded snapshots) ends in the same
    state, frame after frame, as reducing every event on its own."""
    plain = SaleReducer(thankyou_seconds=8)
    framed = SaleReducer(thankyou_seconds=8)
    now = 100.0
    for start in range(0, len(stream), frame):
        chunk = stream[start : start + frame]
        for event in chunk:
            plain.handle(event, now)
        framed.handle_all(chunk, now)
        assert framed.state == plain.state
        now += 1.0  # thank-yous run out between some frames


# ----------------------------------------------------------------------------- frames


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.integers(-(10**60), 10**60), st.text(alphabet="0123456789x ", max_size=60)), max_size=6))
def test_a_frame_reads_the_same_with_or_without_long_numbers_in_it(values: list[Any]) -> None:
    """``packets.parse_json`` uses its careful integer reader only when a frame holds a long
    run of digits; every frame reads exactly as the careful reader alone would read it."""
    import json

    from display_app.fd1 import packets

    text = json.dumps({"sc": SC, "v": {"lines": values}})
    assert packets.parse_json(text) == json.loads(text, parse_int=packets._parse_int)
    assert [type(x) for x in packets.parse_json(text)["v"]["lines"]] == [type(x) for x in json.loads(text, parse_int=packets._parse_int)["v"]["lines"]]
