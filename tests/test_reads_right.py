"""Every screen reads right in the store's language, right to left done right (real widgets
offscreen, the real counter and estate simulators over real sockets):

* a customer display that has never reached its counter speaks the store's language
  (``store_language``) from its first frame: its waiting card and its date are Arabic, and
  the card leaves none of the idle clock's digits peeking out under it;
* on an Arabic Lane Wall a shortened English product or store name ends in "…" at its own
  end (the right), not at the left where the wall's right-to-left layout put it;
* the wall's tiles use the screen at 1920x1080, in every language.
"""

from __future__ import annotations

import dataclasses
import re
import time
from decimal import Decimal

import pytest
from display_fixtures import drive, qloop, running_wall, shown_window, wait_for  # noqa: F401  (fixtures)
from PySide6.QtCore import QDate, QLocale, QPoint, QRect
from PySide6.QtGui import QImage

from display_app.config import Config
from display_app.sale.model import Screen
from display_app.ui.widgets import i18n
from helpers import free_port

ARABIC = re.compile("[\u0600-\u06ff]")
LONG_ENGLISH = "Perfect Italiano Parmesan Cheese Grated Family Pack 1kg Resealable Bag"
OTHER_ENGLISH = "Zesty Lemon Zucchini Chutney With Garden Herbs 500g Glass Jar Twin Pack"


pytestmark = pytest.mark.usefixtures("english_afterwards")



# ----------------------------------------------------------------------------- the display


def in_window(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_a_display_that_never_reached_its_counter_speaks_the_stores_language(qloop, qtbot):  # noqa: F811
    from display_app.simulator.counter.server import CounterSimulator
    from display_app.ui.display.controller import start_display

    port = free_port()
    display = start_display(Config(counter=f"127.0.0.1:{port}", store_language="ar"), show=False, size=(1280, 800))
    window = display.window
    sim = None
    try:
        # the first frame, before any counter answered: Arabic, right to left, an Arabic date
        assert window.language == "ar" and i18n.current() == "ar"
        assert window.isRightToLeft()
        date = window.idle.date.text()
        assert date == QLocale("ar").toString(QDate.currentDate(), QLocale.FormatType.LongFormat), date
        assert ARABIC.search(date) and not re.search("[0-9]", date)  # Arabic words and digits
        window.set_animations(False)
        window.show()
        qtbot.waitExposed(window)
        wait_for(qtbot, lambda: window.visible_screen is Screen.OFFLINE, 8000)
        overlay = window.overlay
        wait_for(qtbot, lambda: overlay.problem != "")
        # the waiting card in Arabic: the title, why (with the address kept whole), the detail
        texts = overlay.texts()
        assert len(texts) == 3 and all(ARABIC.search(text) for text in texts), texts
        assert overlay.title() != "Waiting for the counter…"
        assert f"\u2068127.0.0.1:{port}\u2069" in overlay.problem
        assert window.idle.date.text() == date
        for size in ((1280, 800), (800, 480), (1920, 1080), (1080, 1920)):
            window.resize(*size)
            qtbot.wait(60)
            card = overlay.card_rect().toAlignedRect().translated(overlay.pos())
            if size == (1280, 800):  # the card sits over the clock there: its digits peeked out under it
                assert not window.idle.clock.isVisible()
            # nothing on the idle screen that shows is half under the card (the clock is
            # hidden while the card is over it)
            for label in (window.idle.logo, window.idle.name, window.idle.welcome, window.idle.clock,
                          window.idle.date, window.idle.status):
                if label.isVisible():
                    assert not in_window(window, label).intersects(card), (size, label)
        # the date still shows beside the card, in Arabic
        window.resize(1280, 800)
        qtbot.wait(60)
        assert window.idle.date.isVisible()
        # the counter comes up: the card goes and the clock is back where it was
        sim = CounterSimulator(host="127.0.0.1", port=port, status_interval=None, speed=50.0)
        drive(qtbot, sim.start())
        wait_for(qtbot, lambda: window.visible_screen is Screen.IDLE and window.idle.name.text() == sim.store["storename"], 10000)
        assert window.idle.clock.isVisible() and window.idle.date.isVisible()
    finally:
        drive(qtbot, display.close())
        if sim is not None:
            drive(qtbot, sim.stop())


def test_the_arabic_waiting_card_reads_right_to_left(qtbot):
    """The card's title ends in "…" on the left in Arabic (its painter had the widget's
    default, left to right, and put the "…" on the right)."""
    from display_app.sale.model import Connection, ScreenState, StoreInfo

    window = shown_window(qtbot)
    window.show_state(ScreenState(screen=Screen.OFFLINE, store=StoreInfo(language="ar"), connection=Connection.DISCONNECTED))
    qtbot.wait(20)
    overlay = window.overlay
    assert overlay.isVisible() and ARABIC.search(overlay.title()) and overlay.title().endswith("…")
    waiting = overlay.grab().toImage()
    overlay.set_problem(False, None)  # "Reconnecting…": only the title differs
    assert ARABIC.search(overlay.title()) and overlay.title().endswith("…")
    reconnecting = overlay.grab().toImage()
    for image, other in ((waiting, reconnecting), (reconnecting, waiting)):
        ink = Ink(image, dark=True)
        rows = ink.rows_differing(Ink(other, dark=True))
        assert rows
        runs = ink.glyphs(rows[0], rows[-1])
        tallest = max(height for _, _, height in runs)
        assert all(height <= 0.4 * tallest for _, _, height in runs[:3]), ("the title's … is not on the left", runs[:4], tallest)
        assert runs[-1][2] > 0.4 * tallest, runs[-3:]


# ----------------------------------------------------------------------------- the Lane Wall


@pytest.fixture(params=["ar", "en"])
def estate_wall(request, qloop, qtbot):  # noqa: F811
    with running_wall(qtbot, 3, 4, seed=7, arabic=request.param == "ar", size=(1920, 1080),
                      ready=lambda window: len(window.view.rects) == 12, language=request.param) as (_, _, window):
        qtbot.waitExposed(window)
        yield request.param, window


def test_the_wall_tiles_use_the_screen_at_1920x1080(estate_wall, qtbot):
    language, window = estate_wall
    view = window.view
    assert view.width() > 1850 and view.height() > 950
    rects = list(view.rects.values())
    left, right = min(r.left() for r in rects), max(r.right() for r in rects)
    top, bottom = min(r.top() for r in rects), max(r.bottom() for r in rects)
    blocks = [block for block, _ in view.store_rects]
    assert (right - left + 1) / view.width() >= 0.9, (language, left, right, view.width())
    assert (max(b.bottom() for b in blocks) - min(b.top() for b in blocks) + 1) / view.height() >= 0.85, (language, top, bottom)
    # inside the view, none overlapping
    assert all(view.rect().contains(r) for r in rects)
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert all(view.rect().contains(b) for b in blocks)
    assert not any(a.intersects(b) for i, a in enumerate(blocks) for b in blocks[i + 1:])


class Ink:
    """The bright (text) pixels of an image, read once."""

    def __init__(self, image: QImage, dark: bool = False) -> None:
        self.dark = dark  # dark text on a light card, else light text on a dark tile
        self.image = image.convertToFormat(QImage.Format.Format_RGB32)
        self.w, self.h, self.bpl = self.image.width(), self.image.height(), self.image.bytesPerLine()
        self.data = bytes(self.image.constBits())

    def rgb(self, x: int, y: int) -> bytes:
        i = y * self.bpl + 4 * x
        return self.data[i:i + 3]

    def bright(self, x: int, y: int) -> bool:
        """Ink (named for the wall's light text)."""
        return max(self.rgb(x, y)) < 110 if self.dark else min(self.rgb(x, y)) > 170

    def rows_differing(self, other: Ink) -> list[int]:
        return [y for y in range(self.h) if self.data[y * self.bpl:(y + 1) * self.bpl] != other.data[y * other.bpl:(y + 1) * other.bpl]]

    def glyphs(self, y0: int, y1: int) -> list[tuple[int, int, int]]:
        """Runs of columns with ink between rows y0 and y1, left to right: (x0, x1, ink height)."""
        runs: list[tuple[int, int, int]] = []
        start, top, bottom = None, y1, y0
        for x in range(self.w + 1):
            ys = [y for y in range(y0, y1 + 1) if x < self.w and self.bright(x, y)]
            if ys:
                if start is None:
                    start, top, bottom = x, ys[0], ys[-1]
                top, bottom = min(top, ys[0]), max(bottom, ys[-1])
            elif start is not None:
                runs.append((start, x - 1, bottom - top + 1))
                start = None
        return runs


def assert_ellipsis_on_the_right(image: QImage, other: QImage) -> None:
    """``image`` and ``other`` differ only in one row of text (a long English name): that row
    ends in three low dots at its right and starts with a tall capital at its left."""
    ink, ref = Ink(image), Ink(other)
    rows = ink.rows_differing(ref)
    assert rows, "the two names drew the same pixels"
    runs = ink.glyphs(rows[0], rows[-1])
    assert len(runs) > 6, runs
    tallest = max(height for _, _, height in runs)
    last_three = runs[-3:]
    assert all(height <= 0.4 * tallest for _, _, height in last_three), ("the row does not end in … on the right", runs[-4:], tallest)
    assert runs[0][2] >= 0.6 * tallest, ("the row starts with … on the left", runs[:4], tallest)


def test_a_long_english_name_on_an_arabic_wall_ends_in_an_ellipsis_on_the_right(estate_wall, qtbot):
    from display_app.wall.model import LaneState, Link

    language, window = estate_wall  # an English wall too: its names end on the right as well
    view = window.view
    assert view.words.rtl == (language == "ar") and view.tile_size.height() >= 60
    key = next(iter(view.rects))
    base = dataclasses.replace(view.views[key], link=Link.ONLINE, state=LaneState.IN_SALE, total=Decimal("9.58"), items=3,
                               sale_started=time.time(), alerts=(), sessions=1)
    view.set_tiles([dataclasses.replace(base, last_item=OTHER_ENGLISH)])
    other = view._cache[key].toImage()
    view.set_tiles([dataclasses.replace(base, last_item=LONG_ENGLISH)])
    image = view._cache[key].toImage()
    assert_ellipsis_on_the_right(image, other)

    # a store's long English name in its strip over the tiles, too
    block, first = view.store_rects[0]
    strips = []
    for name in (OTHER_ENGLISH * 4, LONG_ENGLISH * 4):
        view.views[first] = dataclasses.replace(view.views[first], store_name=name)
        view._strips.pop(first[0], None)
        strips.append(view._strip(block, first).toImage().copy(0, 0, block.width(), view.rects[first].top() - block.top()))
    assert_ellipsis_on_the_right(strips[1], strips[0])
