"""Money, quantities and times in the store's locale: exact Decimals, the locale's shape."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from display_app.ui.widgets.format import MoneyFormat, clock_text, decimal_text, quantity_text

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("locale", "currency", "amount", "expected"),
    [
        ("en_NZ", "NZD", "1234567.5", "$1,234,567.50"),
        ("en_NZ", "NZD", "0.1", "$0.10"),
        ("en_NZ", "NZD", "-0.50", "-$0.50"),
        ("de_DE", "EUR", "1234.5", f"1.234,50{NBSP}€"),
        ("de_DE", "EUR", "-0.5", f"-0,50{NBSP}€"),
        ("fr_FR", "EUR", "1234.5", f"1\u202f234,50{NBSP}€"),
        ("ja_JP", "JPY", "1234.5", "￥1,234.50"),  # 2 dp, as the counter sends
        ("de_DE", "USD", "12.5", f"12,50{NBSP}USD"),  # a foreign currency: its ISO code, never a bare "$"
    ],
)
def test_money_in_the_stores_locale(qapp, locale, currency, amount, expected):
    assert MoneyFormat.for_store(locale, currency).money(Decimal(amount)) == expected


def test_money_is_exact_beyond_float_precision(qapp):
    money = MoneyFormat.for_store("en_NZ", "NZD")
    # 2**53 + 1 cents cannot survive a trip through float; the Decimal path keeps every digit.
    assert money.money(Decimal("90071992547409.93")) == "$90,071,992,547,409.93"
    assert money.money(Decimal("0.005")) == "$0.01"  # half-up, as a till rounds
    assert money.money(Decimal("2.675")) == "$2.68"  # float would say 2.67


def test_arabic_money_uses_arabic_digits_and_separators(qapp):
    money = MoneyFormat.for_store("ar_EG", "EGP")
    text = money.money(Decimal("1234.5"))
    assert "١٬٢٣٤٫٥٠" in text and "ج.م." in text
    assert money.right_to_left


def test_quantities(qapp):
    nz = MoneyFormat.for_store("en_NZ", "NZD").locale
    de = MoneyFormat.for_store("de_DE", "EUR").locale
    assert quantity_text(nz, Decimal("1.235"), "kg") == f"1.235{NBSP}kg"
    assert quantity_text(de, Decimal("1.235"), "kg") == f"1,235{NBSP}kg"
    assert quantity_text(nz, Decimal("0.5"), "kg") == f"0.500{NBSP}kg"
    assert quantity_text(nz, Decimal("3"), "") == "3"
    assert quantity_text(nz, Decimal("1.5"), "") == "1.5"
    assert decimal_text(de, Decimal("-1234.567"), 2) == "-1.234,57"


def test_clock_follows_the_locale(qapp):
    moment = QDateTime(QDate(2026, 11, 23), QTime(14, 5))
    assert clock_text(MoneyFormat.for_store("de_DE").locale, moment) == "14:05"
    assert clock_text(MoneyFormat.for_store("en_NZ").locale, moment).startswith("2:05")
