"""Real-world text must not break a layout (tests/layout_stress.py has the data and the checks):
52-character payment names, 300-character product names, 1,234,567.89 totals and ten
payments, on the sale, thank-you and reconnecting screens, at 800x480, 1920x1080 and
1080x1920. Nothing outside the window, nothing overlapping, no text cut without "…", the
lines at least half the width beside the totals, no stale figure peeking out around the
reconnecting card, whole rows at the top of a long sale."""

from __future__ import annotations

import pytest

from layout_stress import SIZES, render, stress_states, layout_problems
from display_app.sale.model import Screen

STATES = stress_states()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", list(STATES))
def test_stress_data_keeps_the_geometry(qapp, name, size):
    window = render(STATES[name], size)
    try:
        assert window.visible_screen is STATES[name].screen
        assert layout_problems(window) == []
    finally:
        window.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_long_names_elide_and_the_payments_that_do_not_fit_are_summed(qapp, size):
    window = render(STATES["stress-sale"], size)
    try:
        panel = window.sale.panel
        shown = [(kind, amount) for kind, amount in panel.payment_rows if kind.isVisible()]
        assert 1 <= len(shown) <= 10
        names = [kind.shown_text() for kind, _ in shown]
        assert any(n.endswith("…") for n in names)  # 52 characters never fit beside an amount here
        if len(shown) < 10:  # the rest as one row, with their sum: nothing paid goes unshown
            assert shown[-1][0].text() == f"+{10 - len(shown) + 1} more"
        assert panel.total.text() == "$1,234,567.89"
        if not window.stacked:
            assert window.sale.list_area.width() >= window.width() * 0.6
    finally:
        window.close()


def test_a_short_sale_is_not_summed_up(qapp):
    import dataclasses

    state = STATES["stress-sale"]
    state = dataclasses.replace(state, sale=dataclasses.replace(state.sale, payments=state.sale.payments[:2]))
    window = render(state, (800, 480))
    try:
        shown = [kind.text() for kind, _ in window.sale.panel.payment_rows if kind.isVisible()]
        assert len(shown) == 2 and not any(s.startswith("+") for s in shown)
    finally:
        window.close()


def test_the_reconnecting_card_hides_the_stale_total(qapp):
    window = render(STATES["stress-offline"], (1920, 1080))
    try:
        assert window.visible_screen is Screen.OFFLINE
        panel = window.sale.panel
        veiled = window.overlay.covered_rects()
        assert veiled and veiled[0].size() == panel.size()
    finally:
        window.close()


@pytest.mark.parametrize("name", list(STATES))
def test_the_geometry_holds_when_the_window_changes_size(qapp, name):
    """A display turned or moved to another monitor: every size in turn, in one window."""
    from PySide6.QtTest import QTest

    window = render(STATES[name], SIZES[0])
    try:
        for size in (*SIZES[1:], SIZES[0], SIZES[1]):
            window.resize(*size)
            QTest.qWait(60)
            window.sale.lines.reveal_newest()
            assert layout_problems(window) == [], size
    finally:
        window.close()


def test_a_short_payment_keeps_its_amount_at_full_size_after_a_resize(qapp):
    import dataclasses
    from decimal import Decimal

    from PySide6.QtTest import QTest
    from display_app.sale.model import Payment

    state = STATES["stress-sale"]
    state = dataclasses.replace(state, sale=dataclasses.replace(state.sale, payments=(Payment("Gift Card", Decimal("10.00")),)))
    window = render(state, (800, 480))
    try:
        window.resize(1920, 1080)
        QTest.qWait(80)
        kind, amount = window.sale.panel.payment_rows[0]
        assert amount.width() >= amount.sizeHint().width() and amount.font().pixelSize() >= 37
        assert layout_problems(window) == []
    finally:
        window.close()
