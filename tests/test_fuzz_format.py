"""Money and quantity formatting cannot raise for any amount the parser accepts (and far
beyond: sums of many accepted amounts), in any of the store locales we ship examples for."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from display_app.fd1 import values
from display_app.ui.widgets.format import MoneyFormat, quantity_text
from helpers.fuzz import nasty_numbers

LOCALES = [("en_NZ", "NZD"), ("de_DE", "EUR"), ("ar_EG", "EGP"), ("hi_IN", "INR"), ("fr_CH", "CHF"), ("", "")]
FORMATS = [MoneyFormat.for_store(name, currency) for name, currency in LOCALES]

accepted = nasty_numbers.flatmap(
    lambda v: st.just(values.number(v, "x")) if _ok(v) else st.just(Decimal("0"))
)


def _ok(value) -> bool:
    try:
        values.number(value, "x")
    except values.BadValue:
        return False
    return True


amounts = st.one_of(
    accepted,
    st.decimals(min_value=Decimal("-1e22"), max_value=Decimal("1e22"), allow_nan=False, allow_infinity=False),
    st.integers(min_value=-(10**22), max_value=10**22).map(Decimal),
)


@given(amounts, st.sampled_from(FORMATS), st.booleans())
def test_money_and_quantity_never_raise(amount, style, sign):
    text = style.money(amount, sign=sign)
    assert isinstance(text, str) and text
    assert quantity_text(style.locale, amount, "kg")
    assert quantity_text(style.locale, amount, "")


@pytest.mark.parametrize("amount", ["9.22e18", "9223372036854775807.01", "-1e21", "123456789012345678901.5"])
def test_amounts_beyond_64_bits_are_written_in_full(amount):
    style = MoneyFormat.for_store("en_NZ", "NZD")
    text = style.money(Decimal(amount))
    digits = "".join(ch for ch in text if ch.isdigit())
    assert digits.lstrip("0") == f"{abs(Decimal(amount)).quantize(Decimal('0.01')):f}".replace(".", "").lstrip("0")
