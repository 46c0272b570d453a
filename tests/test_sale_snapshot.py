"""parse_sale: a custdisp.sale.* body -> the Sale a customer sees."""

from __future__ import annotations

import logging
from decimal import Decimal

import pytest

from display_app.sale.model import Payment
from display_app.sale.snapshot import SnapshotError, parse_sale


def body(**overrides):
    """A realistic snapshot, as the counter (and the simulator) send it."""
    v = {
        "salephyskey": "Xk29fJ3mQ0aZ8rT1uV6wY4bC7dE2gH",
        "source": {"faid": 3283, "plevel": 2502},
        "datetimelocal": "2026-11-20 10:15:42",
        "saletotal": 27.6,
        "lines": [
            {
                "seqnce": 1,
                "pid": 1002,
                "qty": 1,
                "unitprice": 4.79,
                "totalprice": 4.79,
                "pricecause": 0,
                "pidflag": 0,
                "linesource": 1,
                "product": {"description": "Anchor Blue Top Milk 2L", "sku": "DAI0002", "measurement": "unit"},
            },
            {
                "seqnce": 2,
                "pid": 1011,
                "qty": 2,
                "unitprice": 7.49,
                "totalprice": 13.48,
                "prediscountprice": 14.98,
                "pricecause": 6,
                "pidflag": 0,
                "product": {"description": "Anchor Butter 500g", "sku": "DAI0011", "measurement": "unit"},
            },
            {
                "seqnce": 3,
                "pid": 2001,
                "qty": 1235,
                "unitprice": 3.49,
                "totalprice": 4.31,
                "pidflag": 0,
                "linesource": 4,
                "product": {"description": "Bananas Cavendish", "sku": "PRO0001", "measurement": "kg"},
            },
            {
                "seqnce": 4,
                "pid": 1009,
                "qty": 1,
                "unitprice": 5.99,
                "totalprice": 5.99,
                "pidflag": 10000,
                "product": {"description": "Lewis Road Creamery Chocolate Milk 750ml", "sku": "DAI0009"},
            },
            {
                "seqnce": 5,
                "pid": 1006,
                "qty": 1,
                "unitprice": 5.02,
                "totalprice": 5.02,
                "pidflag": 0,
                "product": {"description": "Anchor Calci Trim Milk 1L", "sku": "DAI0006", "measurement": "unit"},
            },
        ],
        "payments": [
            {"sequence": 1, "type": 2, "originalname": "EFTPOS", "amount": 20},
            {"sequence": 2, "type": 1, "originalname": "Cash", "amount": 10},
        ],
    }
    v.update(overrides)
    return v


def seqs(sale):
    return [line.seq for line in sale.lines]


def test_realistic_snapshot_reads_as_the_customer_sees_it():
    sale = parse_sale(body())
    assert sale.key == "Xk29fJ3mQ0aZ8rT1uV6wY4bC7dE2gH"
    assert sale.when == "2026-11-20 10:15:42"
    assert [line.description for line in sale.lines] == [
        "Anchor Blue Top Milk 2L",
        "Anchor Butter 500g",
        "Bananas Cavendish",
        "Anchor Calci Trim Milk 1L",
    ]
    assert sale.total == Decimal("27.60")
    assert sale.payments == (Payment("EFTPOS", Decimal("20.00")), Payment("Cash", Decimal("10.00")))
    assert sale.paid == Decimal("30.00")
    assert sale.change == Decimal("2.40")
    assert sale.due == Decimal("0.00")
    assert sale.is_paid


def test_voided_lines_are_hidden_and_seq_is_the_stable_seqnce():
    sale = parse_sale(body())
    assert seqs(sale) == [1, 2, 3, 5]  # 4 is voided; 5 keeps its number
    v = body()
    v["lines"][0]["pidflag"] = 10002
    v["lines"][2]["pidflag"] = 10005
    assert seqs(parse_sale(v)) == [2, 5]


def test_lines_are_shown_in_seqnce_order_whatever_the_message_order():
    v = body()
    v["lines"].reverse()
    assert seqs(parse_sale(v)) == [1, 2, 3, 5]


def test_weighed_line_qty_in_grams_shows_in_kg():
    bananas = parse_sale(body()).lines[2]
    assert bananas.qty == Decimal("1.235")
    assert str(bananas.qty) == "1.235"
    assert bananas.unit == "kg"
    assert bananas.weighed
    assert bananas.total == Decimal("4.31")
    assert bananas.unit_price == Decimal("3.49")
    counted = parse_sale(body()).lines[0]
    assert str(counted.qty) == "1" and counted.unit == "" and not counted.weighed


@pytest.mark.parametrize(
    ("qty", "measurement", "shown", "unit"),
    [
        (1000, "kg", "1", "kg"),
        (250, "KG", "0.25", "kg"),
        (1.235, "kg", "1.235", "kg"),  # tolerated variant: already kg
        (750, "l", "0.75", "l"),
        (3, "unit", "3", ""),
        (2.0, None, "2", ""),
        ("4", "unit", "4", ""),
    ],
)
def test_quantities(qty, measurement, shown, unit):
    v = body()
    v["lines"][0]["qty"] = qty
    v["lines"][0]["product"]["measurement"] = measurement
    line = parse_sale(v).lines[0]
    assert (str(line.qty), line.unit) == (shown, unit)


def test_discount_from_prediscountprice():
    butter = parse_sale(body()).lines[1]
    assert butter.total == Decimal("13.48")
    assert butter.original_total == Decimal("14.98")
    assert butter.discount == Decimal("1.50")
    milk = parse_sale(body()).lines[0]
    assert milk.original_total is None and milk.discount == Decimal("0.00")
    v = body()
    v["lines"][0]["prediscountprice"] = 4.79  # same as the total: no discount to show
    assert parse_sale(v).lines[0].original_total is None


def test_money_is_decimal_cents_without_float_noise():
    v = body(saletotal=0.1 + 0.2)  # 0.30000000000000004 on the wire
    v["lines"][0]["totalprice"] = 1.005
    sale = parse_sale(v)
    assert sale.total == Decimal("0.30")
    assert sale.lines[0].total == Decimal("1.01")  # Decimal(str(1.005)) rounds half up
    assert all(isinstance(line.total, Decimal) for line in sale.lines)


def test_description_falls_back_to_cash_item_name_then_sku():
    v = body()
    v["lines"][0]["product"] = {"sku": "MISC", "description": ""}
    v["lines"][0]["cash_item_name"] = "Flowers (market stall)"
    v["lines"][1]["product"] = {"sku": "DAI0011"}
    v["lines"][2].pop("product")
    v["lines"][2]["pid"] = 2001
    sale = parse_sale(v)
    assert [line.description for line in sale.lines[:3]] == ["Flowers (market stall)", "DAI0011", "Item 2001"]


def test_payment_kind_from_names_then_type_table():
    v = body(
        payments=[
            {"sequence": 2, "type": 1, "amount": 5},
            {"sequence": 1, "type": 6, "description": "Gift card", "amount": 10},
            {"sequence": 3, "type": 2, "amount": 3.5},
            {"sequence": 4, "type": 999, "amount": 1},
        ]
    )
    sale = parse_sale(v)
    assert [(p.kind, str(p.amount)) for p in sale.payments] == [
        ("Gift card", "10.00"),
        ("Cash", "5.00"),
        ("EFTPOS", "3.50"),
        ("Payment", "1.00"),
    ]


def test_unknown_fields_are_tolerated():
    v = body(loyalty={"points": 12}, tablenumber=7, lanecolour="red")
    v["lines"][0]["futurefield"] = [1, 2, 3]
    v["lines"][0]["product"]["allergens"] = "milk"
    v["payments"][0]["eftid"] = "1234"
    assert seqs(parse_sale(v)) == [1, 2, 3, 5]


def test_missing_fields_are_tolerated():
    sale = parse_sale({"salephyskey": "K"})
    assert sale.key == "K" and sale.lines == () and sale.payments == () and sale.total == Decimal("0.00")
    assert parse_sale({}).is_empty
    v = body()
    del v["saletotal"]
    v["lines"][0].pop("qty")
    v["lines"][0].pop("pidflag")
    sale = parse_sale(v)
    assert sale.total == Decimal("27.60")  # the sum of the visible lines
    assert str(sale.lines[0].qty) == "1"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("seqnce", "three"),
        ("seqnce", None),
        ("totalprice", "lots"),
        ("totalprice", {"amount": 4}),
        ("qty", [1]),
        ("qty", True),
        ("pidflag", "void"),
    ],
)
def test_a_line_with_a_wrong_type_is_skipped_with_a_warning_naming_the_field(caplog, field, value):
    v = body()
    v["lines"][0][field] = value
    with caplog.at_level(logging.WARNING, logger="display_app.sale"):
        sale = parse_sale(v)
    assert seqs(sale) == [2, 3, 5]
    assert any(field in record.getMessage() and record.levelno == logging.WARNING for record in caplog.records)


def test_wrong_shapes_are_skipped_with_warnings(caplog):
    v = body(saletotal="n/a", payments={"amount": 5})
    v["lines"].append("not a line")
    v["lines"].append({"seqnce": 1, "totalprice": 1, "product": {"description": "Duplicate seqnce"}})
    del v["lines"][1]["totalprice"]
    with caplog.at_level(logging.WARNING, logger="display_app.sale"):
        sale = parse_sale(v)
    assert seqs(sale) == [1, 3, 5]
    assert sale.lines[0].description == "Anchor Blue Top Milk 2L"
    assert sale.payments == ()
    assert sale.total == Decimal("14.12")  # saletotal unreadable: the sum of what is shown
    text = caplog.text
    for word in ("saletotal", "payments", "lines[5]", "totalprice", "seqnce 1 appears twice"):
        assert word in text


def test_bad_payment_is_skipped_others_kept(caplog):
    v = body(payments=[{"type": 1, "amount": "ten"}, {"type": 2, "originalname": "EFTPOS", "amount": 30}, {"type": 1}])
    with caplog.at_level(logging.WARNING, logger="display_app.sale"):
        sale = parse_sale(v)
    assert sale.payments == (Payment("EFTPOS", Decimal("30.00")),)
    assert "amount" in caplog.text


@pytest.mark.parametrize("v", [None, [], "sale", 42])
def test_not_an_object_raises_a_clear_snapshot_error(v):
    with pytest.raises(SnapshotError, match="JSON object"):
        parse_sale(v)


def test_long_sale_with_voids_keeps_order_and_total():
    lines = [
        {"seqnce": n, "pid": 1000 + n, "qty": 1, "totalprice": 1.1, "pidflag": 10000 if n % 10 == 0 else 0, "product": {"description": f"Line {n}"}}
        for n in range(1, 131)
    ]
    sale = parse_sale({"salephyskey": "LONG", "saletotal": 128.7, "lines": list(reversed(lines))})
    assert len(sale.lines) == 117
    assert [line.seq for line in sale.lines][:10] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]
    assert sale.lines[-1].description == "Line 129"
    assert sum(line.total for line in sale.lines) == sale.total == Decimal("128.70")
