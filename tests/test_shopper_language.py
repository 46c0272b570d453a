"""Which language the display speaks (Qt-free): the store's, a sale's shopper's, a shopper's
pick; the next sale returns to the store's; the state file says which. And the sale body's
language field (dialect.SALE_LANGUAGE_FIELDS) read from any counter JSON without harm."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from display_app.fd1 import dialect
from display_app.sale.language import LANGUAGES, supported
from display_app.sale.model import Connection, Screen, ScreenState, StoreInfo
from display_app.sale.probe import screen_state_json
from display_app.sale.reducer import SaleMessage, SaleReducer, ShopperLanguage, StoreUpdate, Tick
from display_app.sale.snapshot import parse_sale

SC = "custdisp.sale.status"


def body(key: str, *, paid: bool = False, **extra) -> dict:
    v = {
        "salephyskey": key,
        "saletotal": 5.0,
        "lines": [{"seqnce": 1, "description": "Milk", "qty": 1, "totalprice": 5.0}],
        "payments": [{"amount": 5.0, "paytype": 1}] if paid else [],
    }
    v.update(extra)
    return v


def test_tags_reduce_to_the_languages_we_have():
    assert [supported(t) for t in ("de_AT", "de-DE", "DE", "fr_CA", "es_419", "ar_EG", "mi_NZ", "en_NZ")] == [
        "de", "de", "de", "fr", "es", "ar", "mi", "en"
    ]
    assert [supported(t) for t in ("zh_CN", "zh-Hans-CN", "zh", "zh_TW", "zh-Hant-HK")] == ["zh_CN", "zh_CN", "zh_CN", "", ""]
    assert [supported(t) for t in ("ja_JP", "", None, 42, "x" * 80, "de DE", "../de")] == ["", "", "", "", "", "", ""]
    assert set(LANGUAGES) == {"en", "de", "es", "fr", "ar", "zh_CN", "mi"}


def test_store_language_from_locale_then_setting_then_english():
    assert ScreenState(store=StoreInfo(locale="de_DE")).language == "de"
    assert ScreenState(store=StoreInfo(locale="en_NZ", language="mi")).language == "mi"
    assert ScreenState(store=StoreInfo(locale="ja_JP")).language == "en"
    assert ScreenState().language == "en"


def test_a_sale_naming_its_shopper_language_is_shown_in_it_and_the_next_sale_is_not():
    reducer = SaleReducer(thankyou_seconds=5)
    reducer.handle(StoreUpdate(StoreInfo(locale="de_DE")), 0)
    assert reducer.state.language == "de"
    reducer.handle(SaleMessage(SC, body("A", customerlanguage="ar")), 1)
    assert reducer.state.screen is Screen.SALE and reducer.state.language == "ar"
    reducer.handle(SaleMessage(SC, body("A", paid=True, customerlanguage="ar")), 2)
    assert reducer.state.screen is Screen.THANKYOU and reducer.state.language == "ar"
    reducer.handle(Tick(), 8)
    assert reducer.state.screen is Screen.IDLE and reducer.state.language == "de"
    reducer.handle(SaleMessage(SC, body("B")), 9)
    assert reducer.state.language == "de"
    # in the customer object, any case
    reducer.handle(SaleMessage(SC, body("C", customer={"Name": "Ana", "Language": "es-MX"})), 10)
    assert reducer.state.language == "es"


def test_a_shopper_pick_lasts_for_that_sale_only():
    reducer = SaleReducer(thankyou_seconds=5)
    reducer.handle(StoreUpdate(StoreInfo(locale="en_NZ")), 0)
    reducer.handle(SaleMessage(SC, body("A")), 1)
    reducer.handle(ShopperLanguage("zh_CN"), 2)
    assert reducer.state.language == "zh_CN"
    assert screen_state_json(reducer.state)["language"] == "zh_CN"
    reducer.handle(SaleMessage(SC, body("A", paid=True)), 3)
    assert reducer.state.language == "zh_CN"  # its thank-you too
    reducer.handle(SaleMessage(SC, body("B")), 4)  # the next customer
    assert reducer.state.language == "en"
    assert screen_state_json(reducer.state)["language"] == "en"
    reducer.handle(ShopperLanguage("klingon"), 5)
    assert reducer.state.language == "en"


def test_a_pick_at_idle_is_the_next_shopper_s_for_their_sale_only():
    state = ScreenState(store=StoreInfo(locale="fr_FR"), connection=Connection.CONNECTED)
    reducer = SaleReducer(state=state, thankyou_seconds=5)
    reducer.handle(ShopperLanguage("mi"), 0)
    assert reducer.state.language == "mi"
    reducer.handle(SaleMessage(SC, body("A")), 1)
    assert reducer.state.language == "mi"  # the shopper who tapped it is the one being served
    reducer.handle(SaleMessage(SC, body("A", paid=True)), 2)
    assert reducer.state.language == "mi"
    reducer.handle(Tick(), 8)
    assert reducer.state.screen is Screen.IDLE and reducer.state.language == "fr"
    reducer.handle(SaleMessage(SC, body("B")), 9)
    assert reducer.state.language == "fr"


def test_the_language_field_names_are_the_dialect_s():
    for name in dialect.SALE_LANGUAGE_FIELDS:
        assert parse_sale(body("A", **{name: "de"})).language == "de"
    for name in dialect.CUSTOMER_LANGUAGE_FIELDS:
        assert parse_sale(body("A", customer={name: "fr"})).language == "fr"
    assert parse_sale(body("A")).language == ""


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(language=json_values, customer=json_values)
def test_any_language_value_parses_to_text_and_a_language_or_the_store_s(language, customer):
    sale = parse_sale(body("A", customerlanguage=language, customer=customer))
    assert isinstance(sale.language, str) and len(sale.language) <= 35
    state = dataclasses.replace(ScreenState(store=StoreInfo(locale="de_DE")), phase=Screen.SALE, screen=Screen.SALE, sale=sale)
    assert state.language in LANGUAGES
