"""Repaint only what changed (issue 16): real widgets offscreen, Qt's own paint regions.

A quantity change measures and repaints that row and the totals, never the window; the
newest line's fade repaints that row only; unchanged lines are neither measured nor
formatted again.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from display_fixtures import shown_window
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication

from display_app.sale.model import Connection, Sale, SaleLine, Screen, ScreenState
from display_app.ui.display.window import DisplayWindow


class PaintedRegion(QObject):
    """The union of every paint event's region under ``window``, in window pixels."""

    def __init__(self, window: DisplayWindow) -> None:
        super().__init__()
        self.window = window
        self.region = QRegion()
        self.viewport_rects: list[Any] = []
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window() is self.window:
            self.region += event.region().translated(obj.mapTo(self.window, QPoint(0, 0)))
            if obj is self.window.sale.lines.viewport():
                self.viewport_rects.append(event.rect())
        return False

    def take(self) -> int:
        area = sum(r.width() * r.height() for r in self.region)
        self.region = QRegion()
        self.viewport_rects = []
        return area

    def close(self) -> None:
        QApplication.instance().removeEventFilter(self)


def sale(lines: int, last_qty: int) -> Sale:
    rows = tuple(
        SaleLine(seq=i, description=f"Item {i}", qty=Decimal(last_qty if i == lines else 1), unit="", total=Decimal("2.50") * (last_qty if i == lines else 1), sku=f"{i}")
        for i in range(1, lines + 1)
    )
    return Sale(key="K1", lines=rows, total=sum((r.total for r in rows), Decimal(0)))


def state(s: Sale) -> ScreenState:
    return ScreenState(connection=Connection.CONNECTED, screen=Screen.SALE, phase=Screen.SALE, sale=s)


@pytest.fixture
def shown(qtbot: Any) -> Any:
    window = shown_window(qtbot)
    lines = {"sale": sale(200, 2)}
    # Lines shared between snapshots are the same objects, as sale.snapshot's cache gives them.
    window.show_state(state(lines["sale"]))
    qtbot.wait(50)
    painted = PaintedRegion(window)
    yield window, lines, painted
    painted.close()


def change_last(s: Sale, qty: int) -> Sale:
    last = s.lines[-1]
    new = SaleLine(seq=last.seq, description=last.description, qty=Decimal(qty), unit="", total=Decimal("2.50") * qty, sku=last.sku)
    lines = (*s.lines[:-1], new)
    return Sale(key=s.key, lines=lines, total=sum((r.total for r in lines), Decimal(0)))


def test_a_quantity_change_repaints_that_row_and_the_totals_not_the_window(shown: Any, qtbot: Any) -> None:
    window, lines, painted = shown
    view, model = window.sale.lines, window.sale.model
    painted.take()
    measured, rows, formatted = view.measured, view.painted_rows, model.formatted
    window.show_state(state(change_last(lines["sale"], 3)))
    qtbot.waitUntil(lambda: view.painted_rows > rows, timeout=2000)
    qtbot.wait(30)
    area = painted.take()
    assert view.measured - measured == 1  # that row, not 200
    assert model.formatted - formatted == 1
    assert view.painted_rows - rows == 1
    assert 0 < area < 0.25 * window.width() * window.height()  # a row and the totals
    newest = view.visualRect(model.index(model.rowCount() - 1, 0))
    assert newest.bottom() <= view.viewport().height()  # and it is on screen
    assert model.index(model.rowCount() - 1, 0).data(model.DetailRole).startswith("3")


def add_line(s: Sale, seq: int) -> Sale:
    added = SaleLine(seq=seq, description="Milk", qty=Decimal(1), unit="", total=Decimal("4.79"), sku=str(seq))
    return Sale(key=s.key, lines=(*s.lines, added), total=s.total + added.total)


def test_the_fade_repaints_only_the_newest_row(shown: Any, qtbot: Any) -> None:
    window, lines, painted = shown
    view, model = window.sale.lines, window.sale.model
    window.set_animations(True)
    window.show_state(state(add_line(lines["sale"], 201)))
    qtbot.waitUntil(lambda: view._scroll.state() != view._scroll.State.Running, timeout=2000)  # the glide
    qtbot.wait(30)
    painted.take()
    qtbot.wait(500)  # fade frames
    newest = view.visualRect(model.index(model.rowCount() - 1, 0))
    assert len(painted.viewport_rects) >= 3, "the fade should have run"
    assert all(newest.contains(rect) for rect in painted.viewport_rects)
    assert painted.take() <= 1.2 * newest.width() * newest.height() + 1  # + the window's one pixel
    qtbot.waitUntil(lambda: view.line_delegate.highlight == 1.0, timeout=2000)


def test_a_new_line_glides_in_by_moving_pixels_not_repainting_the_list(shown: Any, qtbot: Any) -> None:
    """The glide to a new line scrolls the pixels already painted (Qt's blit) and paints only
    the strips that come into view; it never jumps past its end and back."""
    window, lines, painted = shown
    view = window.sale.lines
    window.set_animations(True)
    bar = view.verticalScrollBar()
    values: list[int] = []
    bar.valueChanged.connect(values.append)
    rows = view.painted_rows
    window.show_state(state(add_line(lines["sale"], 201)))
    qtbot.waitUntil(lambda: view._scroll.state() != view._scroll.State.Running, timeout=2000)
    qtbot.wait(900)  # and the fade after it
    assert len(values) >= 3, "the list should have glided"
    assert values == sorted(values), f"the glide went back and forth: {values}"
    assert values[-1] == bar.maximum() and view.newest_fully_visible()
    visible = view.viewport().height() // view.visualRect(window.sale.model.index(0, 0)).height()
    # Every glide step repainting the list would be len(values) x visible rows.
    assert view.painted_rows - rows < len(values) + visible + 14, (view.painted_rows - rows, len(values), visible)


def test_changing_the_newest_line_again_does_not_restart_its_fade(shown: Any, qtbot: Any) -> None:
    window, lines, painted = shown
    view = window.sale.lines
    window.set_animations(True)
    grown = add_line(lines["sale"], 201)
    window.show_state(state(grown))
    qtbot.waitUntil(lambda: view.line_delegate.highlight == 1.0, timeout=3000)
    window.show_state(state(change_last(grown, 2)))  # a quantity of the same line
    qtbot.wait(100)
    assert view.line_delegate.highlight == 1.0  # it stays highlighted, no fade from nothing
    window.show_state(state(add_line(grown, 202)))  # a new newest line fades in
    assert view.line_delegate.highlight < 1.0
    qtbot.waitUntil(lambda: view.line_delegate.highlight == 1.0, timeout=3000)


def test_a_new_line_measures_only_that_line(shown: Any, qtbot: Any) -> None:
    window, lines, painted = shown
    view = window.sale.lines
    s = lines["sale"]
    added = SaleLine(seq=201, description="Milk", qty=Decimal(1), unit="", total=Decimal("4.79"), sku="201")
    measured = view.measured
    window.show_state(state(Sale(key=s.key, lines=(*s.lines, added), total=s.total + added.total)))
    qtbot.wait(50)
    assert view.measured - measured == 1
    assert view.newest_fully_visible()


# ----------------------------------------------------------------------------- the totals' sums

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from display_app.ui.display.lines import LineSums  # noqa: E402

POOL = [
    SaleLine(seq=i, description=f"Item {i}", qty=Decimal(q), unit=u, total=Decimal("3.00"), sku=f"{i}", original_total=o)
    for i, (q, u, o) in enumerate([("1", "", None), ("2", "", Decimal("7.00")), ("1.235", "kg", None), ("3", "", None), ("0.5", "kg", Decimal("4.10")), ("-1", "", None)])
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(POOL), max_size=6), max_size=12), st.integers(0, 5))
def test_the_totals_sums_kept_line_by_line_are_the_plain_sums(sales: list[list[SaleLine]], fresh: int) -> None:
    """Lines that stay are the same objects; a changed line is a new object (here: a copy)."""
    sums = LineSums()
    for lines in sales:
        lines = [SaleLine(**{f: getattr(x, f) for f in ("seq", "description", "qty", "unit", "total", "sku", "original_total")}) if i == fresh else x for i, x in enumerate(lines)]
        items, saved = sums.update(lines)
        assert items == sum((x.qty if not x.unit else Decimal(1) for x in lines), Decimal(0))
        assert saved == sum((x.discount for x in lines), Decimal(0))


def test_a_line_that_grows_in_place_is_kept_in_view_at_once(qtbot: Any) -> None:
    """A quantity change gives the last line a detail row: the list moves those few pixels
    at once (no 16-frame glide of the whole list), and the line stays in full view."""
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    view = window.sale.lines
    bar = view.verticalScrollBar()
    moved = 0
    for height in range(760, 830, 10):  # the list starts with a whole row: some heights leave room under the last
        window.resize(1280, height)
        window.set_animations(False)
        single = Sale(key=f"K{height}", lines=sale(200, 1).lines, total=Decimal(1))  # the last line a single item
        window.show_state(state(single))
        qtbot.wait(30)
        window.set_animations(True)
        values: list[int] = []
        bar.valueChanged.connect(values.append)
        window.show_state(state(change_last(single, 2)))  # "2 × $2.50" under it: taller
        qtbot.wait(350)
        bar.valueChanged.disconnect(values.append)
        assert view.newest_fully_visible()
        if values:
            moved += 1
            assert values == [bar.maximum()], values  # one step, not a glide
    assert moved, "no size needed the list to move"


def test_a_line_that_shrinks_at_the_end_repaints_that_line_then_moves_the_list(qtbot: Any) -> None:
    """The last line loses its detail row: the list must close the gap. That frame repaints
    the line; the next moves the list's pixels. Moving and repainting in one frame makes
    Qt repaint every visible row."""
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view, bar = window.sale.lines, window.sale.lines.verticalScrollBar()
    closed = 0
    for height in range(760, 830, 10):  # some heights leave the room at the end anyway
        window.resize(1280, height)
        window.set_animations(False)
        two = change_last(Sale(key=f"K{height}", lines=sale(200, 1).lines, total=Decimal(1)), 2)  # a detail row
        window.show_state(state(two))
        qtbot.wait(30)
        assert bar.value() == bar.maximum()
        window.set_animations(True)
        rows, before = view.painted_rows, bar.value()
        window.show_state(state(change_last(two, 1)))  # the detail row goes
        qtbot.wait(100)
        assert view.newest_fully_visible() and bar.value() == bar.maximum()
        if bar.value() != before:
            closed += 1
            visible = view.viewport().height() // view.visualRect(window.sale.model.index(0, 0)).height()
            assert view.painted_rows - rows <= 3 < visible, (view.painted_rows - rows, visible)
    assert closed, "no height made the list move"
