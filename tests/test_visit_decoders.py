"""Property tests (hypothesis) for every decoder a reply of the API or a scanned code can
reach: the identification-code parser, the SessionInfo / reply / error decoders, the
redaction, and the simulator's own request decoding (over a real socket)."""

from __future__ import annotations

import asyncio
import http.client
import json
import threading

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

# A few seconds for the whole file on a 2-core box (set per test: a global profile would
# change other files' tests too).
FAST = settings(max_examples=100, deadline=None)

from display_app.simulator.visits.server import VisitSimulator
from display_app.visits.code import MAX_CODE_CHARS, CodeError, Identification, make_code, parse_code
from display_app.visits.model import (
    FLAVOURS,
    MAX_DESCRIPTION_CHARS,
    VisitMalformed,
    decode_reply,
    decode_session_info,
    error_description,
    redact,
    scrub,
)

ids = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=128)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
session_info_like = st.fixed_dictionaries(
    {},
    optional={
        "sessionId": st.one_of(ids, json_values),
        "customerId": st.one_of(ids, json_values),
        "visitId": st.one_of(ids, json_values),
        "globalVisitId": st.one_of(ids, json_values),
        "created": st.text(max_size=30),
        "extra": json_values,
    },
)


# ----------------------------------------------------------------------------- scanned codes


@FAST
@given(st.text(max_size=2 * MAX_CODE_CHARS))
def test_parse_code_only_ever_raises_code_error(text):
    try:
        ident = parse_code(text)
    except CodeError as exc:
        assert "cid" not in str(exc) or "payload" in str(exc)
        return
    assert 1 <= len(ident.customer_id) <= 128
    assert all(0x21 <= ord(ch) <= 0x7E for ch in ident.customer_id)


@FAST
@given(ids, st.one_of(st.just(""), ids), st.one_of(st.just(""), ids))
def test_dap1_codes_round_trip(cid, visit, global_visit):
    ident = Identification(cid, visit, global_visit)
    assert parse_code(make_code(ident)) == ident
    assert parse_code("  " + make_code(ident) + "\r\n") == ident  # a scanner's trailing CR LF


@FAST
@given(st.from_regex(r"[A-Za-z0-9._-]{1,64}", fullmatch=True))
def test_loyalty_numbers_are_customer_ids(number):
    if number.lower().startswith("dap"):
        return
    assert parse_code(number) == Identification(number)


@FAST
@given(st.dictionaries(st.text(max_size=10), json_values, max_size=5), st.integers(min_value=0, max_value=999))
def test_payloads_of_any_shape_and_version_are_parsed_or_refused_clearly(payload, version):
    text = f"dap{version}:" + json.dumps(payload)
    try:
        ident = parse_code(text)
    except CodeError as exc:
        message = str(exc)
        assert message
        if version != 1 and len(text) <= MAX_CODE_CHARS:
            assert "unsupported code version" in message
        return
    assert version == 1 and ident.customer_id == payload["cid"]


def test_code_examples():
    assert parse_code("4000123456789") == Identification("4000123456789")
    assert parse_code('dap1:{"cid":"C1","visitId":"v","globalVisitId":"g","new":1}') == Identification("C1", "v", "g")
    for bad, reason in [
        ("", "empty"),
        ("dap2:{}", "unsupported code version dap2"),
        ("dap1:[1]", "not a JSON object"),
        ("dap1:{}", "no cid"),
        ('dap1:{"cid":"a b"}', "printable ASCII"),
        ("hello world", "neither"),
        ("9" * 2000, "over the 1024 limit"),
    ]:
        with pytest.raises(CodeError, match=reason):
            parse_code(bad)


# ----------------------------------------------------------------------------- replies


@FAST
@given(st.binary(max_size=300), st.sampled_from(FLAVOURS))
def test_decode_reply_of_any_bytes_is_a_session_or_malformed(body, flavour):
    try:
        session = decode_reply(body, flavour)
    except VisitMalformed:
        return
    assert session.session_id


@FAST
@given(session_info_like, st.sampled_from(FLAVOURS))
def test_decode_reply_of_session_info_shapes(info, flavour):
    body = json.dumps({"response": info} if flavour == "current" else info).encode()
    try:
        session = decode_reply(body, flavour)
    except VisitMalformed:
        assert not isinstance(info.get("sessionId"), str) or not all(
            isinstance(info.get(k, ""), str) for k in ("customerId", "visitId", "globalVisitId", "created")
        ) or not info.get("sessionId") or any(len(str(info.get(k, ""))) > 128 for k in info if k != "extra")
        return
    assert session.session_id == info["sessionId"]
    customer = info.get("customerId")
    assert session.customer_id == ("" if customer is None else customer)  # a null field is an absent one


@FAST
@given(json_values)
def test_decode_session_info_of_any_json(value):
    try:
        decode_session_info(value)
    except VisitMalformed:
        pass


@FAST
@given(st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()))
def test_error_description_is_bounded_printable_text(body):
    text = error_description(body)
    assert isinstance(text, str) and len(text) <= MAX_DESCRIPTION_CHARS and text.isprintable() or text == ""


@FAST
@given(ids, st.text(max_size=50))
def test_redaction_never_shows_the_id(cid, around):
    assert redact(cid) == redact(cid) and redact(cid).startswith("cust#")
    if not set(cid) <= set("cust#0123456789abcdef"):  # else it could be part of any redaction
        assert cid not in redact(cid)
        assert cid not in scrub(around + cid + around, cid)


# ----------------------------------------------------------------------------- the simulator's request decoding


@pytest.fixture(scope="module")
def sim_port():
    """The simulator on its own loop in a thread, so hypothesis can drive it synchronously."""
    loop = asyncio.new_event_loop()
    sim = VisitSimulator()
    ready = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(sim.start())
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(10)
    yield sim.port
    asyncio.run_coroutine_threadsafe(sim.stop(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


header_values = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=140)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    method=st.sampled_from(["PUT", "GET", "POST"]),
    session_id=st.text(alphabet="abcXYZ019._~-/%", min_size=1, max_size=12),
    body=st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode()),
    customer=st.none() | header_values,
)
def test_the_simulator_answers_any_request_with_json_and_never_a_5xx(sim_port, method, session_id, body, customer):
    path = "/sessions/new" if method == "PUT" else "/sessions/" + session_id
    headers = {"Content-Type": "application/json"}
    if customer is not None:
        headers["gkc_customerId"] = customer
    conn = http.client.HTTPConnection("127.0.0.1", sim_port, timeout=5)
    try:
        conn.request(method, path, body=body if method != "GET" else None, headers=headers)
        reply = conn.getresponse()
        data = json.loads(reply.read())
    finally:
        conn.close()
    assert reply.status < 500, (reply.status, data)
    if reply.status == 200:
        assert data["sessionId"]
    else:
        assert data["code"] == reply.status and data["description"]


# ----------------------------------------------------------------------------- the counter's customer name


@FAST
@given(st.text(max_size=300))
def test_first_name_is_one_short_printable_word(name):
    from display_app.visits.join import MAX_FIRST_NAME, first_name

    first = first_name(name)
    assert len(first) <= MAX_FIRST_NAME and first.isprintable() and not any(ch.isspace() for ch in first)


def test_first_name_examples():
    from display_app.visits.join import first_name

    assert first_name("Aroha Ngata") == "Aroha"
    assert first_name("  Ngata, Aroha ") == "Aroha"
    assert first_name("") == first_name("   ") == first_name(",") == ""
