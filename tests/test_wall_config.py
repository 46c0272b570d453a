"""The Lane Wall's decoders: the stores file and a sale message as a tile reads it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from display_app.wall.config import WallConfigError, parse
from display_app.wall.model import BadSale, read_sale

GOOD = """
[wall]
title = "Harbourside Group"
stale_after_s = 30
large_discount = "15.50"

[[stores]]
id = "S004"
name = "Devonport"
address = "10.1.4.12"
apikey_env = "FP_S004_KEY"
timezone = "Pacific/Auckland"
lanes = 3

[[stores]]
name = "Petone"
address = "ws://10.2.0.5:4000/ws/open_websocket"
lanes = ["1", "2", "express"]
"""


def test_a_stores_file_reads_with_keys_from_the_environment():
    cfg = parse(GOOD, {"FP_S004_KEY": "secret"})
    assert cfg.title == "Harbourside Group" and cfg.stale_after_s == 30 and cfg.large_discount == Decimal("15.50")
    a, b = cfg.stores
    assert (a.id, a.name, a.url, a.apikey, a.timezone, a.lanes) == (
        "S004", "Devonport", "ws://10.1.4.12:3490/fd1/open_websocket", "secret", "Pacific/Auckland", ("1", "2", "3"))
    assert (b.id, b.url, b.lanes) == ("S002", "ws://10.2.0.5:4000/ws/open_websocket", ("1", "2", "express"))
    assert "secret" not in repr(a)


@pytest.mark.parametrize("text, env, message", [
    (GOOD, {}, "FP_S004_KEY is not set"),
    ("[[stores]]\nname='A'\naddress='a'\napikey='k'\n", {}, "environment variable"),
    ("[[stores]]\nname='A'\naddress='a'\ntimezone='Mars/Base'\n", {}, "unknown time zone"),
    ("[[stores]]\nname='A'\naddress='http://a'\n", {}, "ws://"),
    ("[[stores]]\nid='X'\nname='A'\naddress='a'\n[[stores]]\nid='X'\nname='B'\naddress='b'\n", {}, "used twice"),
    ("[wall]\n", {}, "no stores"),
    ("[[stores]]\nname='A'\naddress='a'\nlanes=-1\n", {}, "lanes"),
    ("[[stores]]\nname='A'\naddress='a'\n[wall]\nlong_sale_s='x'\n", {}, "long_sale_s"),
    ("stores = 3 =", {}, "not valid TOML"),
])
def test_a_wrong_stores_file_is_one_clear_error(text, env, message):
    with pytest.raises(WallConfigError, match=message):
        parse(text, env)


TOML_VALUE = st.recursive(
    st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4),
    max_leaves=10,
)
STORE = st.dictionaries(st.sampled_from(["id", "name", "address", "apikey_env", "timezone", "lanes", "x"]), TOML_VALUE, max_size=7)


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
    return "[" + ", ".join(_toml(v) for v in value) + "]"


@settings(max_examples=300, deadline=None)
@given(st.lists(STORE, max_size=4), st.dictionaries(st.sampled_from(["title", "stale_after_s", "long_sale_s", "large_discount", "locale"]), TOML_VALUE, max_size=4))
def test_any_stores_file_is_a_config_or_a_clear_error(stores, wall):
    text = "[wall]\n" + "".join(f"{k} = {_toml(v)}\n" for k, v in wall.items())
    for store in stores:
        text += "[[stores]]\n" + "".join(f"{k} = {_toml(v)}\n" for k, v in store.items())
    try:
        cfg = parse(text, {})
    except WallConfigError:
        return
    assert cfg.stores and all(s.url.startswith(("ws://", "wss://")) and s.name for s in cfg.stores)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_a_config_or_a_clear_error(text):
    try:
        parse(text, {})
    except WallConfigError:
        pass


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=25,
)
LINE = st.dictionaries(st.sampled_from(["seqnce", "totalprice", "prediscountprice", "pidflag", "qty", "product"]), JSON | st.integers(-5, 5), max_size=6)
SALE = st.fixed_dictionaries({}, optional={"salephyskey": JSON, "saletotal": JSON | st.decimals(allow_nan=True).map(str),
                                           "lines": st.lists(LINE | JSON, max_size=6) | JSON,
                                           "payments": st.lists(st.dictionaries(st.just("amount"), JSON), max_size=3) | JSON,
                                           "source": JSON})


@settings(max_examples=400, deadline=None)
@given(st.one_of(SALE, JSON))
def test_a_tile_reads_any_sale_message_or_says_it_is_bad(v):
    try:
        facts, bad = read_sale(v)
    except BadSale:
        assert not isinstance(v, dict)
        return
    assert facts.items >= 0 and bad >= 0 and facts.total.is_finite() and facts.paid.is_finite()


def test_a_tile_reads_the_facts_a_head_office_needs():
    facts, bad = read_sale({
        "salephyskey": "K", "saletotal": 12.5,
        "lines": [{"seqnce": 1, "totalprice": 10, "prediscountprice": 40, "product": {"description": "Wine"}},
                  {"seqnce": 2, "totalprice": 5, "pidflag": 10000, "product": {"description": "Voided"}},
                  {"seqnce": 3, "totalprice": -2.5, "product": {"description": "Refund"}}],
        "payments": [{"amount": 5}],
    })
    assert bad == 0
    assert (facts.items, facts.voids, facts.negatives, facts.discount, facts.last_item) == (2, 1, 1, Decimal("30.00"), "Refund")
    assert facts.open and not facts.completed and facts.paid == Decimal("5.00")
