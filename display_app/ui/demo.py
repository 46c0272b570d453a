"""``display-app demo``: the whole story on one screen, unattended, against the embedded
counter simulator.

A ``CounterSimulator`` runs in this process (127.0.0.1, a free port unless ``--port``);
each demo *part* opens its window(s) against it over real WebSockets, exactly as against
a PosGreen counter; the windows are placed side by side and scaled to fit the screen the
demo runs on (down to a 1366x768 laptop); a caption along the bottom says what is
happening. Then the parts' story steps (*acts*) run in turn, over and over:

1. **presell**: a simulated staff member builds a basket on the tablet (search, a weighed
   item, a scan, the customer's name) and sends it to the lane; the lane recalls it by
   its code, and the customer display shows it ring through to the thank-you;
2. **pagers**: the basket went with a guest pager, paged when the lane recalled it; the
   order-ready board (shown over the display for the act) has the guest under "Ready",
   then staff mark the pager collected;
3. **wall**: head office's Lane Wall over a simulated estate (three stores of four lanes),
   shown over the display for the act;
4. **display**: a walk-in customer at the lane (the next sale of ``--scenario``): lines,
   weighed goods, discounts, payments and change on the customer display;
5. **visits**: another walk-in whose shopper scans the loyalty QR at the display; the visit
   joins their online journey and the display greets them by first name.

Adding a part (a pager board, a lane wall, a visits simulator) is one function and one
line: write ``async def start_mine(demo: Demo) -> PartRun`` (open the window(s), return
them with a ``close`` coroutine and any story ``acts``) and add
``DemoPart("mine", "what it shows", start_mine, (width, height))`` to ``PARTS``. The part
gets ``--no-mine``, a place on the screen and a turn in the story; ``demo.say(text)``
captions its steps, ``demo.pause(s)`` and ``demo.until(...)`` pace them, and
``demo.runs["display"]`` reaches another part's windows. The screen has room for the
display and the tablet side by side; a part whose window only matters during its act
gives the size ``None`` and shows it with ``async with demo.over_display(window)``. A
part with ``first=True`` starts before the others (the visits part sets the API address
the display and tablet use). See docs/display.md, The demo.

Settings such as ``--thankyou-url``, ``--slideshow-dir``, ``--state-file``,
``--screenshot`` and ``--quit-after`` work as for ``display-app display`` (for the display).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import logging
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

log = logging.getLogger(__name__)

DEMO_THANKYOU_URL = "https://receipts.example.com/r/{sale}"
GAP = 12  # px between windows and around them
#: What a window manager's frame adds (title bar, borders) until the real frames are known.
FRAME_GUESS = (6, 34, 6, 6)  # left, top, right, bottom


# ----------------------------------------------------------------------------- parts


@dataclass
class PartRun:
    """A running demo part: its windows (placed in this order), how to close it, and its
    story steps (each ``async def act(demo)``; they run in turn with the other parts')."""

    windows: list[Any]
    close: Callable[[], Awaitable[None]]
    acts: list[Callable[["Demo"], Awaitable[None]]] = field(default_factory=list)
    handle: Any = None  # what other parts may use (the display's DisplayRun, the tablet's PresellRun)


@dataclass(frozen=True)
class DemoPart:
    name: str  # --no-NAME leaves it out
    help: str
    start: Callable[["Demo"], Awaitable[PartRun]]
    size: tuple[int, int] | None  # its window's natural size, scaled (shape kept) to fit the screen; None: no
    # place of its own (a part with no window, or one shown over the display for its act: demo.over_display)
    first: bool = False  # starts before the others (it sets up what they use)
    story: int = 50  # when its acts come in a round (lower first)


@dataclass
class Demo:
    """What every part and act gets: the settings, the simulator, the caption and pacing."""

    cfg: Any
    app: Any
    sim: Any  # the CounterSimulator
    speed: float = 1.0
    scenario: str = "demo"
    rounds: int = 0  # end the demo after this many rounds (0: never)
    runs: dict[str, PartRun] = field(default_factory=dict)  # parts started so far, by name
    caption: Any = None  # DemoCaption
    round: int = 0  # the story's round (1, 2, ...)

    def say(self, text: str) -> None:
        """Caption what happens now (and log it: the story can be followed in the log)."""
        log.info("demo: %s", text)
        if self.caption is not None:
            self.caption.set_text(text)

    async def pause(self, seconds: float) -> None:
        """A pause in the story, shorter with ``--speed``."""
        await asyncio.sleep(seconds / self.speed)

    @contextlib.asynccontextmanager
    async def over_display(self, window: Any) -> Any:
        """Show ``window`` where the customer display is, for the length of an act (the screen
        has room for the display and the tablet side by side, not for every part's window)."""
        display = self.runs.get("display")
        if display is not None and display.windows:
            window.setGeometry(display.windows[0].geometry())
        window.show()
        window.raise_()
        try:
            yield window
        finally:
            window.hide()

    async def until(self, condition: Callable[[], Any], what: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"demo: waited {timeout:g}s for {what}")
            await asyncio.sleep(0.05)


# ----------------------------------------------------------------------------- the display


async def start_display_part(demo: Demo) -> PartRun:
    from .display.controller import start_display

    display = start_display(demo.cfg, show=False)
    display.window.setWindowTitle(f"Customer display – demo on {demo.sim.url}")
    return PartRun(windows=[display.window], close=display.close, acts=[walk_in_sale], handle=display)


def _scenario_sales(demo: Demo) -> list[Any]:
    """The scenario cut into one scenario per sale (each up to and with its "clear")."""
    from ..simulator.counter import scenarios

    scenario = scenarios.load(demo.scenario, demo.sim.lane.catalogue)
    sales, steps = [], []
    for step in scenario.steps:
        steps.append(step)
        if step["do"] == "clear":
            sales.append(dataclasses.replace(scenario, steps=tuple(steps), loop=False))
            steps = []
    if steps and any(s["do"] != "wait" for s in steps):
        sales.append(dataclasses.replace(scenario, steps=tuple(steps), loop=False))
    return sales or [dataclasses.replace(scenario, loop=False)]


async def walk_in_sale(demo: Demo, during: Callable[[], Awaitable[None]] | None = None) -> None:
    """A walk-in customer at the lane: the next sale of the scenario, captioned (``during``:
    a step of another part that runs while the sale is rung up)."""
    from ..simulator.counter import scenarios

    display = demo.runs["display"].handle
    sales = _scenario_sales(demo)
    sale = sales[(demo.round - 1) % len(sales)]
    demo.say("At the lane, a walk-in customer: the cashier scans each item and the customer display "
             "shows it at once, with weighed goods, discounts and the running total.")
    player = asyncio.ensure_future(scenarios.play(sale, demo.sim.lane, speed=demo.speed, link_status=demo.sim.link_status))
    side = asyncio.ensure_future(during()) if during is not None else None
    said_paid = False
    try:
        while not player.done():
            if not said_paid and display.controller.state.screen == "thankyou":
                said_paid = True
                demo.say("Paid: the customer display thanks the customer, shows the change in large type "
                         "and a QR code for the receipt.")
            await asyncio.sleep(0.1)
        await player
        if side is not None and not side.done():
            side.cancel()
        if side is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await side  # its failure is the act's (logged by the story)
    finally:
        if side is not None and not side.done():
            side.cancel()
        if not player.done():
            player.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await player
            if demo.sim.lane.till.locked():  # stopped mid-sale: the lane is free again
                demo.sim.lane.till.release()
    await demo.pause(1.5)


# ----------------------------------------------------------------------------- the presell tablet

#: The baskets the simulated staff member builds, one per round: (search, product), a
#: weighed (search, product, kg), a barcode to scan, and the customer's name.
BASKETS = (
    (("blue top", "Anchor Blue Top Milk 2L"), ("bananas", "Bananas Cavendish", "1.35"), "9421274000533", "Aroha"),
    (("free range", "Frenz Free Range Eggs"), ("sungold", "Kiwifruit Zespri SunGold", "0.64"), "9421548001273", "Sam"),
    (("coffee", "Nescafé Classic Coffee"), ("gala", "Apples Royal Gala", "1.1"), "9421274000502", "Mere"),
)
RECALL_SECONDS = 3.0  # the lane recalls a sent basket this long after "Send to lane" (when free)
CASHIER_SECONDS = 3.0  # the simulated cashier's pace per step


async def start_presell_part(demo: Demo) -> PartRun:
    from .presell.main import start_presell

    demo.sim.presell.auto_recall = RECALL_SECONDS / demo.speed
    demo.sim.presell.cashier_seconds = CASHIER_SECONDS / demo.speed
    tablet = start_presell(demo.cfg.replace(mode="presell"), show=False, size=None, remember=False)
    tablet.window.setWindowTitle(f"Presell tablet – demo on {demo.sim.url}")
    return PartRun(windows=[tablet.window], close=tablet.close, acts=[presell_story], handle=tablet)


async def presell_story(demo: Demo) -> None:
    """A staff member builds a basket on the tablet, sends it to the lane; the lane recalls it
    and the customer display rings it through to the thank-you."""
    from ..sale.model import Screen

    run = demo.runs["presell"].handle
    window, tablet = run.window, run.tablet
    display = demo.runs["display"].handle if "display" in demo.runs else None
    (term, wanted), (weighed_term, weighed, kg), barcode, customer = BASKETS[(demo.round - 1) % len(BASKETS)]
    await demo.until(lambda: tablet.state.connected, "the tablet's counter link")
    if window.pages.currentWidget() is window.code_page:
        window.next_button.animateClick()
        await demo.pause(0.5)
    if tablet.state.lines or tablet.state.customer:  # a round cut short left a basket: start clean
        tablet.clear_basket()
        await demo.until(lambda: _settled(tablet) and not tablet.state.lines, "an empty basket")

    demo.say("Presell, 1 of 4: a staff member walks the queue with a tablet and finds the customer's "
             f"items. Searching for “{term}”…")
    await _choose(demo, window, term, wanted)
    demo.say(f"Presell, 1 of 4: {weighed} is sold by weight: the tablet asks how much, and the counter prices it.")
    await _choose(demo, window, weighed_term, weighed)
    await demo.until(lambda: window.weight_panel.isVisible(), "the weight panel")
    await _type(demo, window.weight_box, kg)
    await demo.pause(0.4)
    window.weight_ok.animateClick()
    await demo.until(lambda: _settled(tablet) and len(tablet.state.lines) == 2, "the weighed line")
    await demo.pause(1.0)
    demo.say("Presell, 1 of 4: a barcode scanner works wherever the focus is; the tablet tells a scan from typing.")
    await demo.pause(1.2)
    _scan(window, barcode)
    await demo.until(lambda: _settled(tablet) and len(tablet.state.lines) == 3, "the scanned line")
    await demo.pause(0.8)
    window.customer_box.setFocus()
    await _type(demo, window.customer_box, customer)
    tablet.set_customer(customer)
    await demo.pause(1.0)

    demo.say("Presell, 2 of 4: “Send to lane”: the basket is parked on the counter and the tablet shows "
             "its recall code, as digits and as a QR code for the customer.")
    lines = len(tablet.state.lines)
    window.send_button.animateClick()
    await demo.until(lambda: window.pages.currentWidget() is window.code_page, "the recall code")
    code = window.code_label.text()
    await demo.pause(RECALL_SECONDS - 0.5)  # the code on the tablet a moment, before the lane has it
    if display is None:
        await demo.pause(RECALL_SECONDS + 2)
        return
    demo.say(f"Presell, 3 of 4: at the checkout the cashier types code {code}: the whole basket is on the "
             "lane at once, and on the customer display, without scanning anything twice.")
    await demo.until(lambda: display.controller.state.screen == Screen.SALE and display.window.sale.model.rowCount() == lines,
                     "the recalled sale on the customer display", timeout=60)
    shown = display.controller.state.sale
    log.info("demo: the customer display shows the tablet's basket (%d lines, %s)", len(shown.lines), shown.total)
    await demo.until(lambda: display.controller.state.screen == Screen.THANKYOU, "the payment", timeout=60)
    demo.say("Presell, 4 of 4: paid by EFTPOS. The customer display says thank you, with a QR code "
             "for the receipt.")
    window.next_button.animateClick()
    await demo.until(lambda: display.controller.state.screen == Screen.IDLE, "the lane to be free again", timeout=60)
    await demo.pause(1.0)


def _settled(tablet: Any) -> bool:
    return tablet.state.pending == 0 and not tablet.outbox


async def _type(demo: Demo, widget: Any, text: str, gap: float = 0.12) -> None:
    """Type ``text`` into ``widget`` as a person would, a key at a time."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
        await demo.pause(gap)


def _scan(window: Any, code: str) -> None:
    """A keyboard-wedge scanner: the digits and Enter in one burst, to the focused field."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    target = window.search_box
    target.setFocus()
    keys = [(Qt.Key(ord(d)), d) for d in code] + [(Qt.Key.Key_Return, "\r")]
    for key, text in keys:
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text))
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, text))


async def _choose(demo: Demo, window: Any, term: str, wanted: str) -> None:
    """Search for ``term`` and tap the result that is ``wanted``."""
    window.search_box.clear()
    await _type(demo, window.search_box, term)
    await demo.until(lambda: any(wanted in t for t in window.result_texts()), f"“{wanted}” in the results")
    await demo.pause(0.8)
    row = next(i for i, t in enumerate(window.result_texts()) if wanted in t)
    item = window.results.item(row)
    window.results.setCurrentItem(item)
    await demo.pause(0.4)
    window.results.itemClicked.emit(item)
    await demo.pause(0.6)


# ----------------------------------------------------------------------------- guest pagers


async def start_pager_part(demo: Demo) -> PartRun:
    """A base-station simulator, the tablet's pager step and an order-ready board: every basket
    sent to the lane gets the next pager, paged by itself when the lane recalls the basket."""
    from .pager_demo import start_pager_demo

    tablet = demo.runs.get("presell")
    if tablet is None:  # pagers go with presold baskets: nothing to show without the tablet
        return PartRun(windows=[], close=_nothing)
    pagers = await start_pager_demo(tablet.handle)
    return PartRun(windows=[], close=pagers.close, acts=[pager_story], handle=pagers)


async def pager_story(demo: Demo) -> None:
    """After the presold basket rang through: say what its pager did, then staff mark it collected."""
    pagers = demo.runs["pagers"].handle
    handoff = pagers.step.handoff
    paged = [t for t in handoff.state.tickets if t.recalled and t.status not in ("collected", "cancelled")]
    if not paged:
        return
    ticket = paged[-1]
    who = f"{ticket.label}'s" if ticket.label else "The shopper's"
    async with contextlib.AsyncExitStack() as stack:
        if pagers.board is not None:
            await stack.enter_async_context(demo.over_display(pagers.board.window))
        demo.say(f"Guest pagers: {who} basket went with pager {ticket.number}, so they did not queue. When the lane "
                 "recalled the basket the pager buzzed, and the order-ready board moved them to “Ready”.")
        await demo.pause(6.0)
        demo.say(f"Guest pagers: at the lane the shopper hands pager {ticket.number} back; staff mark it collected and "
                 "the board clears it. The board's footer keeps count of guests served and waits against the goal.")
        handoff.collected(ticket.number)
        await demo.pause(4.0)


# ----------------------------------------------------------------------------- shopper identification

#: The loyalty code the demo's shopper shows at the display (the visit simulator knows it).
DEMO_LOYALTY_CODE = "C1001"


async def start_visits_part(demo: Demo) -> PartRun:
    """The visit-session API simulator (Genesys KC 8.5.1 behaviour) on loopback; the display and
    tablet started after this part use it, and the simulated counter names an identified
    shopper on the sale. It has no window: it shows on the customer display."""
    from ..simulator.visits.customers import link_lane
    from ..simulator.visits.server import VisitSimulator

    visits = VisitSimulator()
    await visits.start()
    link_lane(visits, demo.sim.lane)
    log.info("demo: visit-session API simulator on %s", visits.url)
    demo.cfg = demo.cfg.replace(
        visits_url=visits.url,
        visits_agent="lane-1",
        greeting=True,
        thankyou_url=demo.cfg.thankyou_url.replace("{sale}", "{sale}?visit={session}") if "{session}" not in demo.cfg.thankyou_url else demo.cfg.thankyou_url,
    )
    return PartRun(windows=[], close=visits.stop, acts=[identified_sale], handle=visits)


async def identified_sale(demo: Demo) -> None:
    """A walk-in sale whose shopper scans the loyalty QR from the retailer's app at the display."""
    display = demo.runs["display"].handle if "display" in demo.runs else None
    visits = getattr(display, "visits", None)
    if visits is None or visits.reader is None:
        return

    async def identify() -> None:
        await demo.until(lambda: display.controller.state.screen == "sale", "the sale on the customer display", timeout=60)
        await demo.pause(2.0)
        demo.say("Shopper identification: this shopper shows the loyalty QR from the retailer's app to the scanner at "
                 "the display. Their in-store visit joins their online journey, and the display greets them by first "
                 "name (taken from the counter, never from the code).")
        visits.reader.scanned.emit(DEMO_LOYALTY_CODE)  # what the keyboard-wedge scanner delivers
        await demo.until(lambda: bool(visits.join.view.greeting_name), "the greeting", timeout=20)

    await walk_in_sale(demo, during=identify)


# ----------------------------------------------------------------------------- the lane wall


async def start_wall_part(demo: Demo) -> PartRun:
    """A simulated estate (three stores of four lanes, ringing sales on their own) and the
    head-office Lane Wall over it, over real WebSockets; the wall is shown for its act."""
    from ..simulator.stores.estate import EstateSimulator
    from ..wall.config import parse
    from .wall.main import start_wall

    estate = EstateSimulator(3, 4, speed=2.0 * demo.speed, seed=7)
    await estate.start()
    # on this loop, not a thread of its own: twelve lanes need no more
    wall = start_wall(parse(estate.wall_config(title="Head office (demo estate)")), threaded=False)
    wall.window.setWindowTitle("Lane Wall – demo estate")

    async def close() -> None:
        await wall.close()
        await estate.stop()

    return PartRun(windows=[], close=close, acts=[wall_story], handle=wall)


async def wall_story(demo: Demo) -> None:
    """Head office's view: every lane of every store, live."""
    wall = demo.runs["wall"].handle
    async with demo.over_display(wall.window):
        demo.say("Head office: the Lane Wall watches every lane of every store live: who is mid-sale, the "
                 "running totals, today's takings, and alerts (a lane offline, a sale open too long, big discounts).")
        await demo.pause(8.0)
        demo.say("Head office: lanes that need attention sort first; a tap opens that lane's live sale, read-only, "
                 "in the customer display's renderer.")
        await demo.pause(6.0)


async def _nothing() -> None:
    return None


#: The demo's parts, in screen order (left to right). Add yours here (see the module docstring).
PARTS: list[DemoPart] = [
    DemoPart("display", "the customer display", start_display_part, (1280, 800), story=90),
    DemoPart("visits", "shopper identification (the visit-session API simulator; a greeting on the display)",
             start_visits_part, None, story=95, first=True),
    DemoPart("presell", "the presell tablet and its story (a basket built in the queue, recalled at the lane)",
             start_presell_part, (600, 860), story=10),
    DemoPart("pagers", "the guest pagers (a base-station simulator, the tablet's pager step, the order-ready board)",
             start_pager_part, None, story=20),
    DemoPart("wall", "the head-office Lane Wall over a simulated estate of three stores", start_wall_part, None, story=60),
]


# ----------------------------------------------------------------------------- placing windows


def arrange(available: tuple[int, int, int, int], sizes: list[tuple[int, int]], *, caption_height: int,
            frame: tuple[int, int, int, int] = FRAME_GUESS, gap: int = GAP) -> tuple[list[tuple[int, int, int, int]], tuple[int, int, int, int], float]:
    """Where the windows go on a screen whose free area is ``available`` (x, y, w, h): side by
    side, each scaled by the same factor (at most 1) with its shape kept, so that they and
    their frames fit above a caption bar along the bottom. Returns the windows' client
    rectangles, the caption's rectangle and the scale."""
    x0, y0, width, height = available
    left, top, right, bottom = frame
    room_w = width - gap * (len(sizes) + 1) - (left + right) * len(sizes)
    room_h = height - caption_height - gap * 3 - top - bottom
    natural_w = sum(w for w, _ in sizes) or 1
    natural_h = max((h for _, h in sizes), default=1)
    # never off the screen: small windows beat windows half outside it
    scale = min(1.0, room_w / natural_w, room_h / natural_h)
    rects = []
    x = x0 + gap
    tallest = round(natural_h * scale)
    for w, h in sizes:
        sw, sh = round(w * scale), round(h * scale)
        y = y0 + gap + top + max(0, (room_h - tallest) // 2)  # the row in the middle of the free height
        rects.append((x + left, y, sw, sh))
        x += left + sw + right + gap
    used = x - x0
    if used < width:  # centre the row
        shift = (width - used) // 2
        rects = [(rx + shift, ry, rw, rh) for rx, ry, rw, rh in rects]
    caption = (x0, y0 + height - caption_height, width, caption_height)
    return rects, caption, scale


def _free_area(screen: Any) -> tuple[int, int, int, int]:
    rect = screen.availableGeometry()
    return rect.x(), rect.y(), rect.width(), rect.height()


def place_windows(demo: Demo, windows: list[Any], sizes: list[tuple[int, int]], *, fullscreen: bool = False,
                  frame: tuple[int, int, int, int] = FRAME_GUESS) -> None:
    """Place the parts' windows and the caption on the primary screen (see ``arrange``).
    On a platform without a real screen (offscreen) the windows keep their natural sizes."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    virtual = QGuiApplication.platformName() in ("offscreen", "minimal")
    area = _free_area(screen) if screen is not None and not virtual else (0, 0, sum(w for w, _ in sizes) + 200, max(h for _, h in sizes) + 200)
    caption_height = max(44, round(area[3] * 0.065))
    rects, caption, scale = arrange(area, sizes, caption_height=caption_height, frame=(0, 0, 0, 0) if virtual else frame)
    for window, (x, y, w, h) in zip(windows, rects):
        window.resize(w, h)
        window.move(x, y)
    if fullscreen and windows:
        windows[0].showFullScreen()
    if demo.caption is not None:
        demo.caption.setGeometry(*caption)
    log.info("demo: on a %dx%d screen (free %dx%d+%d+%d): windows at %s, scale %.2f",
             screen.geometry().width() if screen else 0, screen.geometry().height() if screen else 0,
             area[2], area[3], area[0], area[1], ", ".join(f"{w}x{h}+{x}+{y}" for x, y, w, h in rects), scale)


async def refit(demo: Demo, windows: list[Any], sizes: list[tuple[int, int]], fullscreen: bool) -> None:
    """Once the window manager has framed the windows, place them again with the frames it
    really drew (a guess until then), and say in the log whether everything fits."""
    from PySide6.QtGui import QGuiApplication

    await asyncio.sleep(0.6)
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        log.info("demo: no real screen (%s): the windows keep their natural sizes", QGuiApplication.platformName())
        return
    if windows and not fullscreen:
        first = windows[0]
        outer, inner = first.frameGeometry(), first.geometry()
        frame = (inner.left() - outer.left(), inner.top() - outer.top(), outer.right() - inner.right(), outer.bottom() - inner.bottom())
        if frame != FRAME_GUESS and all(0 <= m <= 80 for m in frame):
            place_windows(demo, windows, sizes, frame=frame)
            await asyncio.sleep(0.3)
    problems = fits_on_screen(windows if not fullscreen else windows[1:], demo.caption)
    if problems:
        log.warning("demo: the windows do not fit the screen: %s", "; ".join(problems))
    else:
        log.info("demo: every window fits the screen")


def fits_on_screen(windows: list[Any], caption: Any) -> list[str]:
    """What sticks out of the screen's free area or overlaps (frames included): [] when all fits."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    problems = []
    frames = [(w.windowTitle(), w.frameGeometry()) for w in windows if w.isVisible()]
    if caption is not None and caption.isVisible():
        frames.append(("caption", caption.frameGeometry()))
    for title, rect in frames:
        if not free.contains(rect):
            problems.append(f"{title} {rect.getRect()} is not inside {free.getRect()}")
    for i, (a, ra) in enumerate(frames):
        for b, rb in frames[i + 1:]:
            if ra.intersects(rb):
                problems.append(f"{a} {ra.getRect()} overlaps {b} {rb.getRect()}")
    return problems


def _make_caption() -> Any:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

    class DemoCaption(QWidget):
        """The line along the bottom of the screen that says what is happening."""

        def __init__(self) -> None:
            super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                             | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus)
            self.setWindowTitle("display-app demo")
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
            self.setObjectName("demo-caption")
            self.setStyleSheet("QWidget#demo-caption { background: #17201c; }"
                               "QLabel { color: #f4f4f4; } QLabel#badge { color: #17201c; background: #f2b134;"
                               " border-radius: 6px; padding: 2px 10px; font-weight: bold; }")
            self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            layout = QHBoxLayout(self)
            layout.setContentsMargins(16, 4, 16, 4)
            self.badge = QLabel("DEMO", objectName="badge")
            self.label = QLabel("")
            self.label.setWordWrap(True)
            layout.addWidget(self.badge)
            layout.addWidget(self.label, 1)

        def set_text(self, text: str) -> None:
            self.label.setText(text)

        def text(self) -> str:
            return self.label.text()

        def resizeEvent(self, event: Any) -> None:  # noqa: N802
            super().resizeEvent(event)
            px = max(13, min(24, round(self.height() * 0.3)))
            font = self.label.font()
            font.setPixelSize(px)
            self.label.setFont(font)
            badge = self.badge.font()
            badge.setPixelSize(max(11, px - 4))
            self.badge.setFont(badge)

    return DemoCaption()


# ----------------------------------------------------------------------------- the command


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .. import config

    parser.add_argument("--port", type=int, default=0, help="simulator port (default: a free one)")
    parser.add_argument("--scenario", default="demo", help="scenario for the walk-in sales at the lane (default: demo)")
    parser.add_argument("--speed", type=float, default=1.0, help="story pace (2 = twice as fast)")
    parser.add_argument("--rounds", type=int, default=0, help="end after the story has run this many times (default: never)")
    parser.add_argument("--fullscreen", action="store_true", help="show the customer display full screen")
    for part in PARTS:
        if part.name != "display":
            parser.add_argument(f"--no-{part.name}", dest=f"part_{part.name}", action="store_false", help=f"leave out {part.help}")
    config.add_arguments(parser, skip=("mode", "counter", "apikey", "kiosk", "exit_pin"))


def run(args: argparse.Namespace) -> int:
    from .. import config, syslibs

    if args.speed <= 0:
        print("display-app demo: --speed must be more than 0", file=sys.stderr)
        return 2
    try:
        cfg = config.load(args)
    except config.ConfigError as exc:
        print(f"display-app demo: {exc}", file=sys.stderr)
        return 2
    problem = syslibs.problem("display-app demo")  # before Qt loads: one message, not Qt's misleading one
    if problem is not None:
        print(problem, file=sys.stderr)
        return 3
    # The thank-you is part of the story's pace too.
    cfg = cfg.replace(kiosk=False, thankyou_url=cfg.thankyou_url or DEMO_THANKYOU_URL, thankyou_seconds=cfg.thankyou_seconds / args.speed)
    from .. import logs

    logs.setup_logging(cfg)
    from .shell import runtime

    parts = [p.name for p in PARTS if p.name == "display" or getattr(args, f"part_{p.name}", True)]

    async def main(app: Any) -> int:
        return await run_demo(cfg, app, port=args.port, scenario=args.scenario, fullscreen=args.fullscreen,
                              parts=parts, speed=args.speed, rounds=max(0, args.rounds))

    return runtime.run(main)


async def run_demo(
    cfg: Any,
    app: Any = None,
    *,
    port: int = 0,
    scenario: str = "demo",
    fullscreen: bool = False,
    parts: list[str] | None = None,
    speed: float = 1.0,
    rounds: int = 0,
) -> int:
    """The simulator, the parts' windows placed on the screen, and the story, until the app
    quits (or ``cfg.quit_after``); ``parts``: their names (default: all)."""
    from PySide6.QtWidgets import QApplication

    from ..simulator.counter.server import CounterSimulator
    from .display.controller import serve_until_done

    app = app or QApplication.instance()
    sim = CounterSimulator(host="127.0.0.1", port=port)
    await sim.start()
    log.info("demo: counter simulator on %s", sim.url)
    demo = Demo(cfg=cfg.replace(counter=sim.url), app=app, sim=sim, speed=speed, scenario=scenario, rounds=rounds)
    chosen = [p for p in PARTS if parts is None or p.name in parts]
    story: asyncio.Task[None] | None = None
    try:
        windows, sizes = [], []
        for part in sorted(chosen, key=lambda p: not p.first):  # stable: the rest in list order
            demo.runs[part.name] = await part.start(demo)
        for part in chosen:  # the windows in screen order
            for window in demo.runs[part.name].windows if part.size is not None else ():
                windows.append(window)
                sizes.append(part.size)
        demo.caption = _make_caption()
        place_windows(demo, windows, sizes, fullscreen=fullscreen)
        for window in windows:
            window.show()
        demo.caption.show()
        demo.say("Welcome: this is display-app against a simulated PosGreen counter. Everything you see talks "
                 "to it over FD1 WebSockets, as in a store.")
        story = asyncio.ensure_future(tell_story(demo, refit(demo, windows, sizes, fullscreen)))
        story.set_name("demo-story")
        display = demo.runs.get("display")
        if display is None:  # pragma: no cover - the display is always part of the demo
            await asyncio.Event().wait()
            return 0
        return await serve_until_done(display.handle, cfg, app)
    finally:
        if story is not None:
            story.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await story
        for name in reversed(list(demo.runs)):
            with contextlib.suppress(Exception):
                await demo.runs[name].close()
        if demo.caption is not None:
            demo.caption.close()
            demo.caption.deleteLater()
        await sim.stop()


async def tell_story(demo: Demo, first: Awaitable[None] | None = None) -> None:
    """Every part's acts, in turn, over and over (after ``first``, e.g. placing the windows
    again). A step that goes wrong is logged and the story carries on with the next one (a
    demo must never stop by itself)."""
    if first is not None:
        await first
    order = {part.name: part.story for part in PARTS}
    acts = [(name, act) for name, run in sorted(demo.runs.items(), key=lambda item: order.get(item[0], 50)) for act in run.acts]
    await demo.pause(2.5)
    while acts:
        if demo.rounds and demo.round >= demo.rounds:
            log.info("demo: the story ran %d time(s); ending", demo.round)
            display = demo.runs.get("display")
            if display is not None:
                display.handle.window.close()  # ends the demo as closing it by hand does
            return
        demo.round += 1
        for name, act in acts:
            try:
                await act(demo)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("demo: the %s step of round %d went wrong; carrying on", name, demo.round, exc_info=True)
                await demo.pause(2.0)
