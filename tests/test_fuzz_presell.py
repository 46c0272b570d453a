"""Property tests for what a counter or a file can hand the presell tablet: SalesBuilder
answers (sales and product rows) and the basket journal. No input raises anything but
the documented ``CounterError`` ("no usable sale"); the journal restore never raises."""

from __future__ import annotations

import asyncio
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from display_app.fd1 import packets, values
from display_app.fd1.client import CounterError
from display_app.presell.salesbuilder import parse_product, parse_sale
from display_app.presell.tablet import Tablet, presell_settings
from helpers.fuzz import field_or_nasty, json_text, json_values

LIMIT = 10 ** values.MAX_INTEGER_DIGITS

line = st.fixed_dictionaries(
    {},
    optional={
        "seqnce": field_or_nasty(st.integers(0, 30)),
        "pid": field_or_nasty(st.integers(0, 3000)),
        "qty": field_or_nasty(st.integers(0, 5000)),
        "totalprice": field_or_nasty(st.just("4.79")),
        "unitprice": field_or_nasty(st.just("3.49")),
        "description": json_values(2),
        "product": field_or_nasty(st.fixed_dictionaries({}, optional={"description": json_values(2), "sku": json_values(2), "measurement": json_values(2)})),
    },
)
sale_row = st.fixed_dictionaries(
    {},
    optional={
        "physkey": field_or_nasty(st.text(max_size=6)),
        "salephyskey": field_or_nasty(st.text(max_size=6)),
        "k": json_values(2),
        "lines": st.one_of(st.lists(line, max_size=5), json_values(5)),
        "saletotal": field_or_nasty(st.just("9.58")),
        "customer": json_values(3),
        "state": json_values(2),
        "code": json_values(2),
    },
)
data = st.one_of(
    json_values(),
    sale_row,
    st.lists(sale_row, max_size=2),
    st.fixed_dictionaries({"rows": st.one_of(st.lists(sale_row, max_size=2), json_values(4))}),
)


@given(data, st.one_of(st.none(), st.text(max_size=4)))
def test_salesbuilder_parse_sale_raises_only_counter_error(payload, error):
    reply = packets.Reply(r="fd1.salesbuilder.sale_fetch", rp="1", data=payload, error=error)
    try:
        sale = parse_sale(reply)
    except CounterError:
        return
    assert sale.key and len(sale.key) <= 200
    assert abs(sale.total) < LIMIT * 1000
    for item in sale.lines:
        assert item.seq >= 0 and abs(item.qty) < LIMIT and abs(item.pid) < LIMIT
        assert isinstance(item.description, str) and len(item.description) <= 200


product_row = st.fixed_dictionaries(
    {},
    optional={name: field_or_nasty(st.just(good)) for name, good in
              (("pid", 1002), ("description", "Milk"), ("price", "4.79"), ("sku", "DAI0002"), ("barcode", "9400000000001"), ("measurement", "kg"))},
)


@given(st.one_of(product_row, st.dictionaries(st.text(max_size=8), json_values(6), max_size=6)))
def test_parse_product_never_raises(row):
    product = parse_product(row)
    if product is not None:
        assert product.pid >= 0 and abs(product.price) < LIMIT
        assert all(isinstance(x, str) for x in (product.description, product.sku, product.barcode, product.measurement))


def _restore(folder: Path, content: bytes) -> Tablet:
    journal = folder / "presell-basket.json"
    journal.write_bytes(content)

    async def start() -> Tablet:
        return Tablet(presell_settings("127.0.0.1:1"), journal=journal)

    return asyncio.run(start())


journal_texts = st.one_of(
    st.binary(max_size=200),
    json_values().map(json_text).map(str.encode),
    st.fixed_dictionaries(
        {"outbox": st.one_of(json_values(), st.fixed_dictionaries({"prefix": json_values(1), "writes": st.lists(json_values(6), max_size=3)}))},
        optional={"sale": json_values(), "adding": json_values(), "recent": json_values(), "lid_seq": json_values(), "next_lid": json_values(1), "sending": json_values(1)},
    ).map(json_text).map(str.encode),
)


@given(journal_texts)
def test_the_journal_restore_never_raises(tmp_path_factory, content):
    folder = tmp_path_factory.mktemp("journal")
    tablet = _restore(folder, content)
    assert tablet.state is not None
    restored = (folder / "presell-basket.json").exists()
    kept = list(folder.glob("presell-basket.unreadable-*.json"))
    assert restored != bool(kept)  # either carried on from it, or kept it aside
    if kept:
        assert "could not be read" in tablet.state.message and tablet.state.lines == ()
