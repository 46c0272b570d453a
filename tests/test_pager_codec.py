"""Property tests: every decoder a base station (or a client of our simulator) can reach
takes any input and answers with a value or its one declared error, never a crash."""

from __future__ import annotations

import json
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from display_app.pagers import codec, dialect
from display_app.pagers.board import BoardState, probe, reduce_reply
from display_app.pagers.codec import PagerReplyError
from display_app.simulator.pager.station import BaseStation, StationError, number_from_query, parse_body

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=15), inner, max_size=6),
    max_leaves=40,
)
field_names = st.sampled_from(["number", "label", "state", "partySize", "goalInSeconds", "started", "notified", "created", "uuid", "id", "sessionSequence", "message", "junk"])
session_like = st.dictionaries(field_names, json_values, max_size=10)
envelope_like = st.fixed_dictionaries(
    {},
    optional={
        "responseTypes": json_values,
        "globalSessionSequence": json_values,
        "timestamp": json_values | st.just("2026-11-30T10:00:00"),
        "statistics": st.dictionaries(st.sampled_from(["guestsServed", "percentOnTime", "percentLate", "averageTimeServed", "numSessions"]), json_values) | json_values,
        "sessions": st.lists(session_like, max_size=6) | json_values,
        "session_history": st.lists(session_like, max_size=3),
        "unknown": json_values,
    },
)

SETTINGS = settings(max_examples=200, deadline=None)
FEWER = settings(max_examples=80, deadline=None)  # the richer shapes: each example costs more


@SETTINGS
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_one_error(payload: bytes) -> None:
    try:
        codec.decode_reply(payload)
    except PagerReplyError:
        pass


@FEWER
@given(envelope_like)
def test_any_envelope_shape_decodes(body: dict) -> None:
    payload = json.dumps(body).encode()
    reply = codec.decode_reply(payload)  # an object never fails: odd fields are dropped
    for s in reply.sessions:
        assert isinstance(s.number, int) and s.number >= 0
        assert isinstance(s.name, str) and s.name
    # whatever the base said, the board can be built from it and probed
    state = reduce_reply(BoardState(), reply, 1000.0)
    json.dumps(probe(state, 1000.0))


@SETTINGS
@given(json_values)
def test_any_json_value_decodes_or_one_error(value: object) -> None:
    try:
        codec.decode_reply(json.dumps(value).encode())
    except PagerReplyError:
        assert not isinstance(value, dict)


def test_oversized_reply_is_refused() -> None:
    big = b'{"sessions":[' + b'{"number":1},' * 100_000 + b'{"number":2}]}'
    try:
        codec.decode_reply(big)
    except PagerReplyError as exc:
        assert "limit" in str(exc)
    else:
        raise AssertionError("an oversized reply was accepted")


@SETTINGS
@given(st.binary(max_size=300))
def test_error_text_never_raises(payload: bytes) -> None:
    assert isinstance(dialect.error_message(payload), str)


@SETTINGS
@given(st.text(max_size=40))
def test_timestamps_parse_or_none(text: str) -> None:
    value = codec.parse_timestamp(text)
    assert value is None or isinstance(value, datetime)


# --- what the simulator decodes from its clients -------------------------------------


@SETTINGS
@given(st.binary(max_size=400))
def test_simulator_request_bodies_parse_or_4xx(payload: bytes) -> None:
    try:
        assert isinstance(parse_body(payload), dict)
    except StationError as exc:
        assert exc.code.startswith("4.")


@FEWER
@given(st.dictionaries(st.sampled_from(["number", "goal", "label", "partySize", "action", "pageMode", "message", "x"]), json_values, max_size=7))
def test_simulator_create_and_act_answer_or_4xx(body: dict) -> None:
    station = BaseStation()
    for call in (lambda: station.create(body), lambda: station.act(1, body), lambda: station.page_standalone(body), lambda: station.update_settings(body)):
        try:
            call()
        except StationError as exc:
            assert exc.code.startswith("4.")
    json.dumps(station.get(None))
    json.dumps(station.history_envelope())


@SETTINGS
@given(st.lists(st.text(max_size=20), max_size=4))
def test_simulator_query_parses_or_4xx(query: list[str]) -> None:
    try:
        number_from_query(query)
    except StationError as exc:
        assert exc.code == "4.00"


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 99_999), st.one_of(st.none(), st.text(max_size=20)), st.sampled_from(["none", "page", "clear", "remove"])), max_size=12))
def test_station_envelopes_round_trip(ops: list[tuple[int, str | None, str]]) -> None:
    station = BaseStation()
    generation: dict[int, int] = {}
    served: set[tuple[int, int]] = set()
    for number, label, action in ops:
        body = {"number": number} | ({"label": label} if label is not None else {})
        station.create(body)
        if action != "none":
            station.act(number, {"action": action})
        if action == "page":
            served.add((number, generation.get(number, 0)))
        elif action in ("clear", "remove"):
            generation[number] = generation.get(number, 0) + 1
    reply = codec.decode_reply(dialect.compact(station.get(None)))
    assert [s.number for s in reply.sessions] == [s.number for s in sorted(station.sessions.values(), key=lambda s: s.id)]
    for s in reply.sessions:
        original = station.sessions[s.number]
        assert (s.label, s.state, s.goal_s) == (original.label, original.state, original.goal)
    assert reply.global_sequence == station.sequence
    stats = reply.statistics
    assert stats is not None and stats.guests_served == len(served)
    assert stats.num_sessions == len(station.sessions) + len(station.history)
    assert station.statistics() == station._compute_statistics()  # running totals == from scratch


# --- the queue's rules, whatever staff do -------------------------------------------

from display_app.pagers.queue import PagerAction, PagerDeskState, PagerRejected, enqueue  # noqa: E402

staff_actions = st.lists(st.tuples(st.sampled_from(["assign", "page", "clear", "remove"]), st.integers(0, 5)), max_size=40)


@SETTINGS
@given(staff_actions)
def test_queued_pages_are_for_assigned_numbers_and_never_doubled(actions: list[tuple[str, int]]) -> None:
    state = PagerDeskState()
    for seq, (kind, number) in enumerate(actions, 1):
        try:
            state = enqueue(state, PagerAction(kind=kind, number=number, seq=seq))
        except PagerRejected:
            assert kind != "assign"
            current = state.assignments.get(number)
            assert current is None or current.status in ("collected", "cancelled")  # refused only when not assigned
        pages = [a.number for a in state.pending if a.kind == "page"]
        assert len(pages) == len(set(pages))  # one queued page per number at most
        for number_paged in pages:
            assignment = state.assignments.get(number_paged)
            assert assignment is not None and assignment.status not in ("collected", "cancelled")
            # nothing reached a base here, so its assignment must be queued ahead of the page
            kinds = [(a.kind, a.seq) for a in state.pending if a.number == number_paged]
            page_seq = next(s for k, s in kinds if k == "page")
            assert any(k == "assign" and s < page_seq for k, s in kinds)
        assert [a.seq for a in state.pending] == sorted(a.seq for a in state.pending)  # staff's order
