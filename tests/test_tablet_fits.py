"""The presell tablet on a 7" 800x480 screen in German and Arabic (real widgets offscreen,
the counter and pager simulators over real sockets): the Send button's caption shows whole,
the search results are in the tablet's language, the recall code's digits stay clear of
its QR code, and the result count is in the store's digits."""

from __future__ import annotations

import re
from typing import Any

import pytest
from display_fixtures import drive, qloop, wait_for  # noqa: F401  (fixtures)
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton

from display_app.config import Config
from display_app.simulator.counter.server import CounterSimulator
from display_app.ui.widgets import i18n

MILKS = ("9421000000028", "9421274000533", "9421548001273", "9421274000502")  # what the screenshots put in the basket


pytestmark = pytest.mark.usefixtures("english_afterwards")


@pytest.fixture
def tablet_800x480(qloop: Any, qtbot: Any, request: Any) -> Any:  # noqa: F811
    """A tablet in ``request.param`` = (language, locale, currency), 800x480, with the pager step."""
    from display_app.simulator.pager.server import PagerSimulator
    from display_app.simulator.pager.station import BaseStation
    from display_app.ui.presell.main import start_presell
    from display_app.ui.presell.pagers import install_pagers

    language, locale, currency = request.param
    assert i18n.use(language) == language  # the tablet keeps the language it starts with
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None)
    drive(qtbot, sim.start())
    base = PagerSimulator(BaseStation(), host="127.0.0.1")
    drive(qtbot, base.start())
    run = start_presell(Config(counter=sim.url, store_locale=locale, store_currency=currency), show=False, remember=False, size=(800, 480))
    step = install_pagers(run, host="127.0.0.1", port=base.port, goal_s=300, lane_label="1", shows_text=True, poll_s=0.1)
    try:
        run.window.show()
        wait_for(qtbot, lambda: run.tablet.state.connected, 8000)
        yield sim, run, step
    finally:
        drive(qtbot, run.close())
        drive(qtbot, step.close())
        drive(qtbot, base.stop())
        drive(qtbot, sim.stop())


def settled(run: Any) -> bool:
    return run.tablet.state.pending == 0 and not run.tablet.outbox


def fill_basket(qtbot: Any, run: Any) -> None:
    for code in MILKS:
        run.tablet.scan(code)
        wait_for(qtbot, lambda: settled(run), 8000)
    wait_for(qtbot, lambda: len(run.window.row_texts()) == len(MILKS), 8000)


def search(qtbot: Any, window: Any, text: str, expect: str) -> None:
    window.search_box.setFocus()
    window.search_box.clear()
    QTest.keyClicks(window.search_box, text)
    wait_for(qtbot, lambda: window.search_box.text() == text and any(t.startswith(expect) for t in window.result_texts()), 8000)


def contents_rect(button: QPushButton) -> QRect:
    """Where a push button's caption may go: inside its border and padding."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    return button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)


def shown_caption(button: QPushButton) -> tuple[QFont, list[str]]:
    """The font and lines a button paints its caption in (a plain QPushButton: one line, its font)."""
    fitted = getattr(button, "fitted", None)
    return fitted() if fitted is not None else (button.font(), [button.text()])


@pytest.mark.parametrize("tablet_800x480", [("de", "de_DE", "EUR")], indirect=True)
def test_german_tablet_at_800x480(qtbot: Any, tablet_800x480: Any) -> None:
    _sim, run, step = tablet_800x480
    window = run.window
    assert (window.width(), window.height()) == (800, 480)
    fill_basket(qtbot, run)

    # "Send to lane" shows whole: every line it paints fits inside the button, in a font
    # not much smaller than the button's own
    send = window.send_button
    assert send.text() == "An die Kasse senden"
    font, lines = shown_caption(send)
    room = contents_rect(send)
    metrics = QFontMetrics(font)
    assert " ".join(lines) == send.text(), lines
    assert all(metrics.horizontalAdvance(line) <= room.width() for line in lines), (lines, [metrics.horizontalAdvance(line) for line in lines], room)
    assert len(lines) * metrics.height() <= room.height(), (lines, room)
    assert font.pixelSize() >= 0.7 * send.font().pixelSize()
    assert send.width() >= 48 and send.height() >= 48

    # the search results in German, "each" included
    search(qtbot, window, "milk", "Anchor")
    assert window.search_hint.text().endswith("Treffer")
    each = QCoreApplication.translate("Presell", "%1 each")
    assert each != "%1 each" and "each" not in each
    for text in window.result_texts():
        assert "each" not in text, text
    assert "Anchor Blue Top Milk 2L\n4,79\xa0€ pro Stück" in window.result_texts()
    search(qtbot, window, "bananas", "Bananas")
    weighed = [t for t in window.result_texts() if t.startswith("Bananas")]
    assert weighed and all("weighed" not in t and "/ kg" in t for t in weighed), weighed

    # the recall code: its digits are painted clear of the QR code, beside it or under it
    run.tablet.send_to_lane()
    wait_for(qtbot, lambda: window.pages.currentWidget() is window.code_page and window.qr.has_code() and step.panel.isVisible(), 8000)
    QTest.qWait(50)  # laid out at this size
    assert (window.width(), window.height()) == (800, 480)
    label = window.code_label
    digits = QFontMetrics(label.font())
    assert label.height() >= digits.height(), (label.height(), digits.height())
    painted = digits.boundingRect(label.contentsRect(), int(label.alignment()), label.text())
    painted.translate(label.mapTo(window, QPoint(0, 0)))
    code = window.qr.code_rect()
    code.translate(window.qr.mapTo(window, QPoint(0, 0)))
    assert code.width() >= 120, code  # still a code a scanner reads from a step away
    assert not painted.intersects(code), (painted, code)
    # and everything on the code page is inside the window
    for widget in (window.qr, label, window.code_detail, window.next_button, step.panel):
        where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        assert window.rect().contains(where), (widget.objectName() or type(widget).__name__, where)


@pytest.mark.parametrize("tablet_800x480", [("ar", "ar_EG", "EGP")], indirect=True)
def test_arabic_result_count_in_the_store_s_digits(qtbot: Any, tablet_800x480: Any) -> None:
    _sim, run, _step = tablet_800x480
    window = run.window
    search(qtbot, window, "milk", "Anchor")
    count = len(window.result_texts())
    assert count > 1
    hint = window.search_hint.text()
    assert QLocale("ar_EG").toString(count) in hint, hint
    assert not re.search(r"[0-9]", hint), hint  # like the amounts beside it, not "13 نتيجة"
    assert all("each" not in text for text in window.result_texts())
