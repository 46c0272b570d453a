"""Contrast (WCAG 2.2 1.4.3 / 1.4.6), large text and burn-in care on the customer display.

The ratios are computed from the theme (every text/background pair it lists, which are the
roles the screens paint with), for the default brand, for awkward real-world brands and for
any brand colours at all; then checked on the widgets themselves."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from display_fixtures import shown_window
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTime
from PySide6.QtGui import QColor, QPalette

from display_app.sale.model import Connection, Payment, Sale, SaleLine, Screen, ScreenState, StoreInfo
from display_app.ui.display import theme
from display_app.ui.display.window import is_night, minutes

D = Decimal
SMALLEST_UNIT = theme.unit_for(800, 480)  # 20 px: the smallest screen we support

BRANDS = [
    ("#1f5f46", "#f2b134"),  # the default: "to pay" in amber on green measured 4.0:1 before
    ("#ffcc00", "#ffffff"),  # yellow and white
    ("#777777", "#888888"),  # mid grey: neither white nor near-black passes on it
    ("#e30613", "#ffd400"),  # supermarket red and yellow
    ("#000080", "#000000"),  # navy with a black accent
    ("#ffffff", "#ffffff"),  # all white
    ("#000000", "#000000"),  # all black
    ("#00a3e0", "#ff6f00"),  # sky blue and orange
]


def required(pair: theme.TextPair, *, high_contrast: bool) -> float:
    px = pair.scale * SMALLEST_UNIT
    large = theme.is_large(px, pair.bold)
    if high_contrast:
        return theme.AAA_LARGE if large else theme.AAA_NORMAL
    return theme.AA_LARGE if large else theme.AA_NORMAL


def failures(colours: theme.Theme) -> list[str]:
    out = []
    for pair in colours.text_pairs():
        ratio = theme.contrast(pair.ink, pair.background)
        need = required(pair, high_contrast=colours.high_contrast)
        if ratio < need:
            out.append(f"{pair.name}: {pair.ink.name()} on {pair.background.name()} = {ratio:.2f} < {need}")
    return out


def test_wcag_ratio_matches_the_definition():
    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert theme.contrast(QColor("#f2b134"), QColor("#1f5f46")) == pytest.approx(4.0, abs=0.1)  # the figure


@pytest.mark.parametrize(("primary", "accent"), BRANDS)
def test_every_text_pair_meets_aa_for_real_brands(primary, accent):
    colours = theme.Theme.for_store(StoreInfo(primary_colour=primary, accent_colour=accent))
    assert colours.primary == QColor(primary) and colours.accent == QColor(accent), "the brand is never changed"
    assert len(colours.text_pairs()) >= 25
    assert failures(colours) == []


@settings(max_examples=300, deadline=None)
@given(primary=st.integers(0, 0xFFFFFF), accent=st.integers(0, 0xFFFFFF))
def test_every_text_pair_meets_aa_for_any_brand(primary, accent):
    store = StoreInfo(primary_colour=f"#{primary:06x}", accent_colour=f"#{accent:06x}")
    assert failures(theme.Theme.for_store(store)) == []


def test_high_contrast_theme_meets_aaa():
    colours = theme.Theme.for_store(StoreInfo(primary_colour="#ffcc00"), high_contrast=True)
    assert colours.high_contrast and failures(colours) == []
    assert min(theme.contrast(p.ink, p.background) for p in colours.text_pairs()) >= 7.0


# ----------------------------------------------------------------------------- on screen

SALE = Sale(
    key="k1",
    lines=(
        SaleLine(1, "Milk 2L", D(2), "", D("9.58"), unit_price=D("4.79")),
        SaleLine(2, "Bread", D(1), "", D("3.50"), original_total=D("4.50")),
    ),
    total=D("13.08"),
    payments=(Payment("EFTPOS", D("5.00")),),
)
STORE = StoreInfo(name="Harbour Fresh Grocer", locale="en_NZ", currency="NZD")


@pytest.fixture
def window(qtbot):
    w = shown_window(qtbot, (800, 480))
    yield w
    w.set_accessibility(high_contrast=False, large_text=False)


def sale_state(**changes) -> ScreenState:
    base = ScreenState(screen=Screen.SALE, phase=Screen.SALE, store=STORE, sale=SALE, connection=Connection.CONNECTED)
    return dataclasses.replace(base, **changes)


def text_colour(label) -> QColor:
    return label.palette().color(QPalette.ColorRole.WindowText)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_widgets_paint_with_the_checked_roles(qtbot, window, high_contrast):
    window.set_accessibility(high_contrast=high_contrast, large_text=False)
    window.show_state(sale_state())
    c, panel = window.colours, window.sale.panel
    assert c.high_contrast is high_contrast
    assert text_colour(panel.due_caption) == c.due and text_colour(panel.due) == c.due
    assert text_colour(panel.count) == c.on_primary_soft and text_colour(panel.total) == c.on_primary
    for label in (panel.due_caption, panel.count, panel.total_caption):
        assert theme.contrast(text_colour(label), c.primary) >= (7.0 if high_contrast else 4.5)
    grab = window.grab().toImage()
    corner = grab.pixelColor(panel.mapTo(window, panel.rect().bottomRight()) - type(panel.pos())(3, 3))
    assert corner == c.primary  # what the checked pairs assume is behind the panel's text


def test_large_text_makes_every_type_half_as_big_again_and_it_still_fits(qtbot, window):
    window.show_state(sale_state())
    qtbot.wait(20)
    before = {name: label.font().pixelSize() for name, label in (("caption", window.sale.panel.total_caption), ("clock", window.header.clock))}
    window.set_accessibility(high_contrast=False, large_text=True)
    qtbot.wait(20)
    after = {name: label.font().pixelSize() for name, label in (("caption", window.sale.panel.total_caption), ("clock", window.header.clock))}
    for name in before:
        assert after[name] == pytest.approx(before[name] * 1.5, abs=1)
    # the totals panel still shows all of its rows inside the window
    panel = window.sale.panel
    for label in (panel.count, panel.total_caption, panel.total, panel.due_caption, panel.due):
        top_left = label.mapTo(window, label.rect().topLeft())
        assert label.isVisible() and top_left.y() >= 0 and top_left.y() + label.height() <= window.height()


def test_the_picture_shifts_a_few_pixels_over_hours(qtbot, window):
    window.show_state(sale_state())
    qtbot.wait(20)
    spots = set()
    for _ in range(9):
        window.shift()
        qtbot.wait(10)
        spots.add((window.header.name.mapTo(window, window.header.name.rect().topLeft()).toTuple(), window.sale.panel.geometry().left()))
    xs = {spot[0][0] for spot in spots}
    ys = {spot[0][1] for spot in spots}
    assert len(xs) >= 2 and len(ys) >= 2, "the header's text moves both ways"
    assert max(xs) - min(xs) <= 6 and max(ys) - min(ys) <= 6, "by a few pixels only"
    assert window.shift_step == 0  # a full cycle back where it started


def test_night_schedule_spans_midnight():
    assert minutes("22:30") == 1350 and minutes("") is None and minutes("25:00") is None
    assert is_night(minutes("23:00"), minutes("22:00"), minutes("06:00"))
    assert is_night(minutes("05:59"), minutes("22:00"), minutes("06:00"))
    assert not is_night(minutes("06:00"), minutes("22:00"), minutes("06:00"))
    assert is_night(minutes("13:00"), minutes("12:00"), minutes("14:00"))
    assert not is_night(minutes("13:00"), None, None)


def test_night_mode_dims_the_idle_screen_only(qtbot, window):
    idle = ScreenState(store=STORE, connection=Connection.CONNECTED)
    window.show_state(idle)
    qtbot.wait(20)
    lit = window.grab().toImage().pixelColor(400, 240)
    window.set_night("22:00", "06:00")
    window._update_night(QTime(23, 0))
    assert window.shade.isVisible()
    dim = window.grab().toImage().pixelColor(400, 240)
    assert dim.lightness() < lit.lightness() * 0.6
    window.show_state(sale_state())
    window._update_night(QTime(23, 0))
    assert not window.shade.isVisible(), "a sale always shows at full contrast"
    window.show_state(idle)
    window._update_night(QTime(6, 0))  # morning
    assert not window.shade.isVisible()
