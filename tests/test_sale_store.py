"""store_info: get_info rows -> StoreInfo, with the installer's overrides winning."""

from __future__ import annotations

import json
import logging

from hypothesis import given
from hypothesis import strategies as st

from display_app.config import Config
from display_app.sale.model import StoreInfo
from display_app.sale.store import store_info

#: The row the simulator's get_info sends (display_app/simulator/counter/server.py DEFAULT_STORE).
SIMULATOR_ROW = {
    "storename": "Harbourside Fresh Market",
    "name": "Harbourside Fresh Market",
    "address": "12 Quay Street, Devonport, Auckland 0624",
    "address1": "12 Quay Street",
    "city": "Devonport, Auckland 0624",
    "country": "New Zealand",
    "phone": "09 445 0123",
    "website": "harbourside.example.nz",
    "lane": "Lane 2",
    "logo": "data:image/png;base64,iVBORw0KGgo=",
    "primarycolour": "#1B5E20",
    "accentcolour": "#F9A825",
    "currency": "NZD",
    "locale": "en_NZ",
    "timezone": "Pacific/Auckland",
    "gstnumber": "123-456-789",
    "welcomemessage": "Kia ora! Welcome to Harbourside",
    "thankyoumessage": "Thank you for shopping with us",
}


def test_simulator_row_maps_every_field():
    info = store_info([SIMULATOR_ROW])
    assert info == StoreInfo(
        name="Harbourside Fresh Market",
        address="12 Quay Street, Devonport, Auckland 0624",
        logo="data:image/png;base64,iVBORw0KGgo=",
        primary_colour="#1B5E20",
        accent_colour="#F9A825",
        currency="NZD",
        locale="en_NZ",
        message="Kia ora! Welcome to Harbourside",
        thankyou_message="Thank you for shopping with us",
    )


def test_other_spellings_are_understood():
    row = {
        "Store_Name": "Kowhai Street Grocer",
        "logoUrl": "https://cdn.example/kowhai.png",
        "primary_color": "#123",
        "accent-color": "orange",
        "CurrencyCode": "nzd",
        "language": "en-NZ",
    }
    info = store_info([row])
    assert (info.name, info.logo, info.primary_colour, info.accent_colour, info.currency, info.locale) == (
        "Kowhai Street Grocer",
        "https://cdn.example/kowhai.png",
        "#123",
        "orange",
        "NZD",
        "en_NZ",
    )
    assert store_info([{"locationname": "Till 3 Ponsonby"}]).name == "Till 3 Ponsonby"
    assert store_info([{"title": "Corner Dairy"}]).name == "Corner Dairy"
    assert store_info({"store": {"name": "Nested Foods", "logo_url": "x.png"}}).name == "Nested Foods"


def test_address_from_parts_and_lines():
    row = {"name": "A", "address1": "1 Main Road", "address2": "", "city": "Nelson", "postcode": "7010"}
    assert store_info([row]).address == "1 Main Road, Nelson, 7010"
    assert store_info([{"address": "1 Main Road\nNelson 7010\n"}]).address == "1 Main Road, Nelson 7010"


def test_first_row_with_a_value_wins_and_later_rows_fill_gaps():
    info = store_info([{"name": "First"}, {"name": "Second", "currency": "AUD"}])
    assert (info.name, info.currency) == ("First", "AUD")


def test_bad_values_are_ignored_with_a_warning_and_defaults_kept(caplog):
    row = {"name": ["not", "text"], "primarycolour": "rgb(1,2,3)); drop", "currency": "Dollars", "locale": "??"}
    with caplog.at_level(logging.WARNING, logger="display_app.sale"):
        info = store_info([row, "not a row"])
    assert info == StoreInfo()
    for word in ("name", "primary_colour", "currency", "locale", "row"):
        assert word in caplog.text


def test_nothing_at_all_gives_the_defaults():
    assert store_info([]) == StoreInfo()
    assert store_info(None) == StoreInfo()


def test_non_empty_config_overrides_win():
    config = Config(
        store_name="Harbourside (Devonport)",
        store_logo="/srv/display/logo.svg",
        store_primary_colour="#000000",
        store_accent_colour="",
        store_locale="mi_NZ",
        store_currency="",
    )
    info = store_info([SIMULATOR_ROW], config)
    assert info.name == "Harbourside (Devonport)"
    assert info.logo == "/srv/display/logo.svg"
    assert info.primary_colour == "#000000"
    assert info.accent_colour == "#F9A825"  # empty setting: the counter's value stays
    assert info.locale == "mi_NZ"
    assert info.currency == "NZD"
    assert info.address == SIMULATOR_ROW["address"]


def test_overrides_as_a_mapping_and_without_rows():
    info = store_info([], {"store_name": "Pop-up Stall", "store_currency": "aud"})
    assert (info.name, info.currency) == ("Pop-up Stall", "AUD")


# ----------------------------------------------------------------------------- the last reply kept


def test_the_last_reply_is_kept_for_its_counter_and_read_back(tmp_path):
    from display_app.sale import store

    path = tmp_path / "state" / store.BRANDING_FILE
    assert store.recall(path, "ws://lane2:8080") == []  # nothing kept yet
    assert store.remember(path, "ws://lane2:8080", [SIMULATOR_ROW]) is True
    assert store.recall(path, "ws://lane2:8080") == [SIMULATOR_ROW]
    assert store_info(store.recall(path, "ws://lane2:8080")).name == "Harbourside Fresh Market"
    assert store.recall(path, "ws://lane3:8080") == []  # another counter's branding is never shown
    assert store.remember(path, "ws://lane2:8080", [SIMULATOR_ROW]) is False  # unchanged: not written again
    assert store.remember(path, "ws://lane2:8080", [{**SIMULATOR_ROW, "storename": "Harbourside Two"}]) is True
    assert store.recall(path, "ws://lane2:8080")[0]["storename"] == "Harbourside Two"


def test_a_damaged_or_huge_kept_file_is_ignored_and_an_unwritable_one_only_logged(tmp_path, caplog):
    from display_app.sale import store

    path = tmp_path / store.BRANDING_FILE
    path.write_text('{"counter": "ws://lane2", "rows": [', encoding="utf-8")
    assert store.recall(path, "ws://lane2") == []
    path.write_text('{"counter": "ws://lane2", "rows": [{"name": "A"}, 7, "x"]}', encoding="utf-8")
    assert store.recall(path, "ws://lane2") == [{"name": "A"}]  # rows that are not objects are dropped
    path.write_bytes(b" " * (store.MAX_KEPT_BYTES + 1))
    assert store.recall(path, "ws://lane2") == []
    huge = {"name": "A", "logo": "data:image/png;base64," + "A" * store.MAX_KEPT_BYTES}
    assert store.remember(tmp_path / "big.json", "ws://lane2", [huge]) is False and not (tmp_path / "big.json").exists()
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert store.remember(blocked / store.BRANDING_FILE, "ws://lane2", [SIMULATOR_ROW]) is False
    assert "not kept" in caplog.text


@given(st.binary(max_size=2048) | st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=20,
).map(lambda value: json.dumps({"counter": "ws://lane2", "rows": value}).encode()))
def test_any_kept_file_gives_rows_that_make_a_store_or_nothing(tmp_path_factory, data):
    from display_app.sale import store

    path = tmp_path_factory.mktemp("kept") / store.BRANDING_FILE
    path.write_bytes(data)
    rows = store.recall(path, "ws://lane2")
    assert isinstance(rows, list) and all(isinstance(row, dict) for row in rows)
    assert isinstance(store_info(rows), StoreInfo)
