"""The order-ready board reads right to left in Arabic: a real board on the base-station
simulator, offscreen. The first column ("Getting ready") is on the right, a guest's label
starts at the right of its row and the timer sits at the left; in English it is the
other way round. Checked on what the board painted and on the pixels of its picture."""

from __future__ import annotations

from typing import Any

import pytest
from display_fixtures import drive, qloop, wait_for  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from display_app.simulator.pager.server import PagerSimulator
from display_app.simulator.pager.station import BaseStation
from display_app.ui.board import view as board_view
from display_app.ui.board.main import start_board
from display_app.ui.widgets import i18n


def _share(image: QImage, colour: QColor, x0: int, x1: int, step: int = 4) -> float:
    """The share of sampled pixels in columns x0..x1 that are ``colour``."""
    hits = total = 0
    for y in range(0, image.height(), step):
        for x in range(x0, x1, step):
            c = image.pixelColor(x, y)
            total += 1
            hits += abs(c.red() - colour.red()) < 6 and abs(c.green() - colour.green()) < 6 and abs(c.blue() - colour.blue()) < 6
    return hits / max(1, total)


def _ink_columns(image: QImage, left: int, right: int, top: int, bottom: int) -> list[int]:
    """The x of every light pixel in the rectangle: text (ink or muted) on the dark board."""
    xs = []
    for y in range(top, bottom):
        for x in range(left, right):
            c = image.pixelColor(x, y)
            if c.red() + c.green() + c.blue() > 400:
                xs.append(x)
    return xs


@pytest.fixture
def base(qtbot: Any, qloop: Any) -> Any:  # noqa: F811
    sim = PagerSimulator(BaseStation(), host="127.0.0.1")
    drive(qtbot, sim.start())
    sim.station.create({"number": 66, "label": "Sarah", "goal": 300})
    sim.station.create({"number": 67, "label": "Yuri", "goal": 300})
    sim.station.create({"number": 68, "goal": 300})
    sim.station.act(68, {"action": "page"})
    yield sim
    drive(qtbot, sim.stop())


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_board_is_mirrored_in_arabic_only(qtbot: Any, qloop: Any, base: PagerSimulator, language: str) -> None:  # noqa: F811
    i18n.use(language)
    board = start_board("127.0.0.1", base.port, size=(1280, 720), show=False)
    board.window.show()
    try:
        rtl = language == "ar"
        wait_for(qtbot, lambda: len(board.window.state.waiting) == 2 and len(board.window.state.ready) == 1)
        window = board.window
        assert window.layoutDirection() == (Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        image = window.grab().toImage()  # paints, so painted_rects are this frame's
        middle = image.width() / 2
        rects = window.painted_rects
        # the first column is where reading starts: right in Arabic, left in English
        assert (rects["waiting"].center().x() > middle) == rtl, rects
        assert (rects["ready"].center().x() > middle) != rtl, rects
        # and so are the pixels: the waiting column's panel colour on that side
        left = _share(image, board_view.PANEL, 0, image.width() // 2)
        right = _share(image, board_view.PANEL, image.width() // 2, image.width())
        assert (right > left) == rtl, (left, right)
        # a guest's label starts at the reading side of the row: its ink hugs that edge
        row = rects["waiting-first"]
        waiting = rects["waiting"]
        xs = _ink_columns(image, round(waiting.left()), round(waiting.right()), round(row.top()), round(row.bottom()))
        assert xs, "no text in the first row"
        label_x = (max(xs) if rtl else min(xs))
        timer_x = (min(xs) if rtl else max(xs))
        if rtl:  # "Sarah" ends near the right edge of the column; the timer is at its left
            assert label_x > waiting.center().x() and waiting.right() - label_x < waiting.width() * 0.1, (label_x, waiting)
            assert timer_x < waiting.center().x()
        else:
            assert label_x < waiting.center().x() and label_x - waiting.left() < waiting.width() * 0.1, (label_x, waiting)
            assert timer_x > waiting.center().x()
        # the title's ink is on the reading side of the header too
        header = _ink_columns(image, 0, image.width(), 0, round(rects["waiting"].top()) - 2)
        title_centre = sum(header) / len(header)
        assert (title_centre > middle) == rtl, title_centre
    finally:
        drive(qtbot, board.close())
        i18n.use("en")


def test_the_board_follows_a_language_change(qtbot: Any, qloop: Any, base: PagerSimulator) -> None:  # noqa: F811
    i18n.use("en")
    board = start_board("127.0.0.1", base.port, size=(1280, 720), show=False)
    board.window.show()
    try:
        wait_for(qtbot, lambda: board.window.state.reachable)
        assert board.window.title == "Orders"
        i18n.use("ar")  # a process that changes language (the display's, in the demo)
        wait_for(qtbot, lambda: board.window.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        assert board.window.title == "الطلبات"
        i18n.use("en")
        wait_for(qtbot, lambda: board.window.layoutDirection() == Qt.LayoutDirection.LeftToRight and board.window.title == "Orders")
    finally:
        drive(qtbot, board.close())
        i18n.use("en")


def test_timers_and_figures_are_in_the_stores_digits(qtbot: Any) -> None:
    egypt = board_view.BoardView(locale_name="ar_EG")
    qtbot.addWidget(egypt)
    assert egypt._digits(board_view.wait_text(245)) == "٤:٠٥"
    assert egypt.locale.toString(12) == "١٢"
    nz = board_view.BoardView(locale_name="en_NZ")
    qtbot.addWidget(nz)
    assert nz._digits(board_view.wait_text(3725)) == "1:02:05"


def test_every_text_on_the_board_reads_at_aaa() -> None:
    """The board has one look and no high-contrast theme, so that look is WCAG AAA: every
    text it paints at least 7:1 on its background (docs/accessibility.md)."""
    from display_app.ui.display.theme import contrast

    low = {what: round(contrast(fg, bg), 2) for what, fg, bg in board_view.TEXT_PAIRS if contrast(fg, bg) < 7.0}
    assert not low, low
