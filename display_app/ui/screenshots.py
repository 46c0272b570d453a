"""``display-app screenshots --out DIR``: a PNG of every screen of every surface at
several sizes, rendered offscreen.

The screens come from the real thing wherever that is practical: an embedded
counter simulator rings sales up on its lane, and a real customer display,
connected to it over a WebSocket, shows them; the presell tablet builds a basket on
a simulated counter and hands out a pager on a simulated base station; the board
reads that base; the Lane Wall watches a simulated estate. Only the display's
right-to-left example is a hand-made state (the simulator's store is in New Zealand).
Files are named ``<screen>-<W>x<H>.png``; ``--surfaces`` picks the surfaces, ``--only``
the screens:

* ``display``: idle, sale-short, sale-long, sale-discount-weighed, thankyou, banner,
  offline, sale-rtl, unreachable (a display that has never reached its counter, and why);
* ``tablet``: tablet-basket (search results and a basket), tablet-code (the recall code
  and the pager step), tablet-pager (a pager handed out, waiting for a lane);
* ``pin``: pin-pad (the staff PIN pad over the display), pin-menu (the staff menu);
* ``setup``: setup (the setup screen after "Test connection" reached the simulator);
* ``board``: board (the order-ready board: guests waiting, late and called);
* ``wall``: wall (the head-office Lane Wall over three simulated stores of four lanes);

at 800x480 (7" tablet), 1920x1080 and 1080x1920 (portrait) by default. ``--language``
sets every surface's captions; ``--theme high-contrast`` and ``--large-text`` change
the customer display only (and so the display behind the PIN pad): the other surfaces
have one look, and the command says so when asked for these.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_SIZES = ((800, 480), (1920, 1080), (1080, 1920))
THANKYOU_URL = "https://receipts.example.com/r/{sale}"

#: Every surface and its screens, in the order they are rendered.
SURFACES: dict[str, tuple[str, ...]] = {
    "display": ("idle", "sale-short", "sale-discount-weighed", "sale-long", "thankyou", "banner", "offline", "sale-rtl", "unreachable"),
    "tablet": ("tablet-basket", "tablet-code", "tablet-pager"),
    "pin": ("pin-pad", "pin-menu"),
    "setup": ("setup",),
    "board": ("board",),
    "wall": ("wall",),
}
#: The surfaces with a high-contrast theme and large text (docs/accessibility.md).
THEMED = ("display",)


def parse_surfaces(text: str) -> list[str]:
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in SURFACES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown surface {', '.join(unknown) or text!r}: choose from {','.join(SURFACES)}")
    return names


def parse_sizes(text: str) -> list[tuple[int, int]]:
    sizes = []
    for part in text.split(","):
        w, _, h = part.strip().lower().partition("x")
        if not (w.isdigit() and h.isdigit()) or int(w) < 200 or int(h) < 200:
            raise argparse.ArgumentTypeError(f"bad size {part!r}: use WIDTHxHEIGHT, e.g. 1920x1080")
        sizes.append((int(w), int(h)))
    return sizes


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", default="screenshots", metavar="DIR", help="folder for the PNGs (default: ./screenshots)")
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=list(DEFAULT_SIZES),
        metavar="WxH,...",
        help="window sizes (default: 800x480,1920x1080,1080x1920)",
    )
    parser.add_argument(
        "--surfaces",
        type=parse_surfaces,
        default=list(SURFACES),
        metavar="NAMES",
        help=f"comma-separated surfaces to render ({','.join(SURFACES)}; default: all)",
    )
    parser.add_argument("--only", default="", metavar="NAMES", help="comma-separated screen names to render (default: all)")
    parser.add_argument("--language", default="", metavar="CODE", help="captions in this language (de, es, fr, ar, zh_CN, mi; default: the store's)")
    parser.add_argument("--locale", default="", metavar="LOCALE", help="the store's locale for money and dates, e.g. ar_EG (with --currency)")
    parser.add_argument("--currency", default="", metavar="ISO", help="the store's currency, e.g. EGP")
    parser.add_argument("--theme", choices=("store", "high-contrast"), default="store", help="the store's colours (default) or the high-contrast theme")
    parser.add_argument("--large-text", action="store_true", help="all type 1.5 times larger")


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from .shell import runtime

    only = {n.strip() for n in args.only.split(",") if n.strip()}

    look = {
        "store_language": args.language,
        "store_locale": args.locale,
        "store_currency": args.currency,
        "high_contrast": args.theme == "high-contrast",
        "large_text": args.large_text,
    }

    surfaces = getattr(args, "surfaces", None) or list(SURFACES)
    unthemed = [name for name in surfaces if name not in THEMED]
    if (look["high_contrast"] or look["large_text"]) and unthemed:
        print(f"note: {', '.join(unthemed)} have no high-contrast theme or large text; they are rendered in their one look", file=sys.stderr)

    async def main(app: Any) -> int:
        written = await capture_surfaces(Path(args.out), args.sizes, surfaces=surfaces, only=only, look=look)
        for path in written:
            print(path)
        return 0 if written else 1

    return runtime.run(main)


async def capture_all(
    out: Path,
    sizes: list[tuple[int, int]] | tuple[tuple[int, int], ...] = DEFAULT_SIZES,
    *,
    only: set[str] | None = None,
    look: dict[str, Any] | None = None,
) -> list[Path]:
    """Play each screen on a simulator + display pair and save it at every size. ``look``:
    settings for the language, store locale and currency, high contrast and large text."""
    import asyncio
    import dataclasses
    from decimal import Decimal

    from ..config import Config
    from ..sale.model import Payment, Sale, SaleLine, Screen
    from ..simulator.counter.server import CounterSimulator
    from .display.controller import start_display

    out.mkdir(parents=True, exist_ok=True)
    only = only or set()
    written: list[Path] = []
    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None, speed=1000.0)
    await sim.start()
    cfg = Config(counter=sim.url, thankyou_url=THANKYOU_URL, thankyou_seconds=3600.0, **{k: v for k, v in (look or {}).items() if v})
    display = start_display(cfg, show=False, size=sizes[0])
    window = display.window
    window.set_animations(False)
    window.show()
    lane = sim.lane

    async def snap(name: str) -> None:
        if only and name not in only:
            return
        for w, h in sizes:
            window.resize(w, h)
            await asyncio.sleep(0.08)  # let Qt lay the window out at this size
            window.sale.lines.reveal_newest()
            path = out / f"{name}-{w}x{h}.png"
            if not window.grab().save(str(path)):
                raise RuntimeError(f"could not write {path}")
            written.append(path)

    def lines() -> int:
        return window.sale.model.rowCount()

    try:
        await until(lambda: display.client.connected and window.idle.name.text() == sim.store["storename"], "the store info")
        await snap("idle")

        lane.start_sale()
        for sku, qty in (("DAI0002", 2), ("BAK0004", 1), ("FRZ0003", 1), ("SNK0009", 1), ("DRK0001", 3)):
            lane.add_item(sku, qty)
        await until(lambda: lines() == 5, "the short sale")
        await snap("sale-short")

        lane.start_sale()
        weighed = lane.add_item("PRO0001", grams=1235)
        lane.add_item("PRO0011", grams=2130)
        milk = lane.add_item("DAI0003")
        lane.add_item("CHL0008", 2)
        lane.discount(milk, percent=20)
        lane.discount(weighed, amount="0.50")
        lane.add_item("PAN0046")
        lane.pay("Gift Card", 10)
        await until(lambda: lines() == 5 and window.sale.panel.due.isVisible(), "the discounted sale")
        await snap("sale-discount-weighed")

        lane.start_sale()
        products = [p.sku for p in lane.catalogue.all() if p.measurement != "kg"]
        for sku in products[:64]:
            lane.add_item(sku)
        await until(lambda: lines() == 64, "the long sale")
        await snap("sale-long")

        lane.start_sale()
        for sku, qty in (("DAI0002", 1), ("BAK0004", 1), ("SNK0009", 2), ("PRO0002", None)):
            if qty is None:
                lane.add_item(sku, grams=860)
            else:
                lane.add_item(sku, qty)
        total = Decimal(str(lane.snapshot()["saletotal"]))
        lane.pay("EFTPOS", "20.00")
        tendered = ((total - Decimal(20)) // 10 + 1) * 10
        lane.pay("Cash", str(tendered))
        lane.complete()
        await until(lambda: window.visible_screen is Screen.THANKYOU, "the thank-you screen")
        await snap("thankyou")

        lane.clear()
        lane.start_sale()
        for sku in ("DAI0001", "BAK0004", "PRO0007"):
            if sku.startswith("PRO"):
                lane.add_item(sku, grams=640)
            else:
                lane.add_item(sku)
        await until(lambda: window.visible_screen is Screen.SALE and lines() == 3, "the sale for the banner")
        sim.link_status("Store closes in 15 minutes – thank you for shopping with us")
        await until(lambda: window.banner.isVisible(), "the banner")
        await snap("banner")

        sim.link_status("")
        await until(lambda: not window.banner.isVisible(), "the banner to clear")
        await sim.stop()
        await until(lambda: window.visible_screen is Screen.OFFLINE, "the offline overlay")
        await snap("offline")

        # Right to left (hand-made: the simulated store is in Auckland).
        store = dataclasses.replace(window.state.store, name="سوق الميناء", locale="ar_EG", currency="EGP", message="أهلاً بكم")
        rtl_sale = Sale(
            key="rtl",
            lines=(
                SaleLine(1, "حليب طازج ٢ لتر", Decimal(2), "", Decimal("79.00"), unit_price=Decimal("39.50")),
                SaleLine(2, "موز", Decimal("1.235"), "kg", Decimal("43.23"), unit_price=Decimal("35.00")),
                SaleLine(3, "خبز بلدي", Decimal(1), "", Decimal("9.00"), original_total=Decimal("10.00")),
            ),
            total=Decimal("131.23"),
            payments=(Payment("نقداً", Decimal("100.00")),),
        )
        display.controller.closed = True
        window.show_state(
            dataclasses.replace(window.state, screen=Screen.SALE, phase=Screen.SALE, store=store, sale=rtl_sale, banner=None)
        )
        await snap("sale-rtl")

        # A display that has never reached its counter (the simulator is gone): waiting, and why.
        if not only or "unreachable" in only:
            lost = start_display(cfg, show=False, size=sizes[0])
            try:
                lost.window.set_animations(False)
                lost.window.show()
                await until(lambda: lost.window.visible_screen is Screen.OFFLINE and lost.window.overlay.problem, "the unreachable counter", 15.0)
                window = lost.window
                await snap("unreachable")
            finally:
                await lost.close()
    finally:
        await display.close()
        await sim.stop()
    return written


# ----------------------------------------------------------------------------- every surface


async def capture_surfaces(
    out: Path,
    sizes: list[tuple[int, int]] | tuple[tuple[int, int], ...] = DEFAULT_SIZES,
    *,
    surfaces: list[str] | tuple[str, ...] = tuple(SURFACES),
    only: set[str] | None = None,
    look: dict[str, Any] | None = None,
) -> list[Path]:
    """Render each of ``surfaces`` (names of ``SURFACES``) at every size; the display's screens
    by ``capture_all``, the others each from its own simulators. ``only``: screen names."""
    only = only or set()
    look = look or {}
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for surface in surfaces:
        if only and not only & set(SURFACES[surface]):
            continue
        if surface == "display":
            written += await capture_all(out, sizes, only=only, look=look)
            continue
        _use_language(look)  # the display may have left the shopper's language in use
        shots = Shots(out, sizes, only)
        await CAPTURE[surface](shots, look)
        written += shots.written
    return written


def _use_language(look: dict[str, Any]) -> str:
    """Captions in the language the settings ask for (the store's), as each surface's own
    process would choose it at start."""
    from ..sale.language import store_language
    from .widgets import i18n

    return i18n.use(store_language(look.get("store_language", "") or "", look.get("store_locale", "") or ""))


async def until(condition: Any, what: str, timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise RuntimeError(f"screenshots: timed out waiting for {what}")
        await asyncio.sleep(0.02)


class Shots:
    """Saves one window as ``<name>-<W>x<H>.png`` at every size (``only``: these names)."""

    def __init__(self, out: Path, sizes: Any, only: set[str]) -> None:
        self.out, self.sizes, self.only = out, list(sizes), only
        self.written: list[Path] = []

    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    async def snap(self, name: str, window: Any, *, before: Any = None) -> None:
        if not self.wanted(name):
            return
        for w, h in self.sizes:
            window.resize(w, h)
            await asyncio.sleep(0.1)  # let Qt lay the window out at this size
            if before is not None:
                before()
                await asyncio.sleep(0.05)
            if (window.width(), window.height()) != (w, h):
                log.warning("%s: the window is %dx%d, not %dx%d (its minimum size)", name, window.width(), window.height(), w, h)
            path = self.out / f"{name}-{w}x{h}.png"
            if not window.grab().save(str(path)):
                raise RuntimeError(f"could not write {path}")
            self.written.append(path)


def _counter_config(sim: Any, look: dict[str, Any], **more: Any) -> Any:
    from ..config import Config

    return Config(counter=sim.url, **{k: v for k, v in look.items() if v and k in ("store_language", "store_locale", "store_currency")}, **more)


async def capture_tablet(shots: Shots, look: dict[str, Any]) -> None:
    """The presell tablet on a simulated counter, with the pager step on a simulated base:
    search results and a basket, the recall code with the pager row, a pager handed out."""
    from ..simulator.counter.server import CounterSimulator
    from ..simulator.pager.server import PagerSimulator
    from .presell.main import start_presell
    from .presell.pagers import install_pagers

    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None, speed=1000.0)
    await sim.start()
    base = PagerSimulator(host="127.0.0.1")
    await base.start()
    run = step = None
    try:
        run = start_presell(_counter_config(sim, look), show=False, size=shots.sizes[0], remember=False)
        step = install_pagers(run, host="127.0.0.1", port=base.port, goal_s=300, lane_label="Lane 1", shows_text=True, poll_s=0.2)
        window, tablet = run.window, run.tablet
        window.show()
        await until(lambda: tablet.state.connected, "the tablet's counter link")

        def settled() -> bool:
            return tablet.state.pending == 0 and not tablet.outbox

        for code in ("9421000000028", "9421274000533", "9421548001273", "9421274000502"):
            tablet.scan(code)
            await until(settled, f"the scan of {code}")
        tablet.set_customer("Aroha")
        window.customer_box.setText("Aroha")
        window.search_box.setText("milk")
        await until(lambda: settled() and len(tablet.state.lines) == 4 and window.result_texts(), "the basket and the search results")
        await shots.snap("tablet-basket", window)

        tablet.send_to_lane()
        await until(lambda: tablet.state.parked is not None and window.pages.currentWidget() is window.code_page, "the recall code")
        await until(lambda: step.panel.isVisible(), "the pager step")
        await shots.snap("tablet-code", window)

        parked = tablet.state.parked
        step.handoff.hand_out(42, code=parked.code, sale_key=parked.key, label=parked.customer or None, party_size=2)
        await until(lambda: 42 in base.station.sessions and step.panel.ticket_row.isVisible(), "the pager handed out")
        await shots.snap("tablet-pager", window)
    finally:
        if run is not None:
            await run.close()
        if step is not None:
            await step.close()
        await base.stop()
        await sim.stop()


async def capture_pin(shots: Shots, look: dict[str, Any]) -> None:
    """The staff PIN pad (two digits typed) and the staff menu, over a customer display at idle."""
    from ..simulator.counter.server import CounterSimulator
    from .display.controller import start_display
    from .shell.kiosk import install_kiosk

    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None, speed=1000.0)
    await sim.start()
    cfg = _counter_config(sim, look, high_contrast=bool(look.get("high_contrast")), large_text=bool(look.get("large_text")))
    display = start_display(cfg, show=False, size=shots.sizes[0])
    try:
        window = display.window
        window.set_animations(False)
        window.show()
        await until(lambda: display.client.connected and window.idle.name.text() == sim.store["storename"], "the store info")
        guard = install_kiosk(window, cfg.replace(exit_pin="2468"), on_accessibility=window.set_accessibility)
        guard.open_unlock()
        guard.overlay.pad.press("2")
        guard.overlay.pad.press("4")
        await shots.snap("pin-pad", window, before=guard.overlay.follow_parent)
        guard.overlay.show_menu()
        await shots.snap("pin-menu", window, before=guard.overlay.follow_parent)
        guard.overlay.hide()
    finally:
        await display.close()
        await sim.stop()


async def capture_setup(shots: Shots, look: dict[str, Any]) -> None:
    """The setup screen, its counter field filled in and "Test connection" answered by the simulator."""
    from ..simulator.counter.server import CounterSimulator
    from .shell.setup import SetupScreen

    sim = CounterSimulator(host="127.0.0.1", port=0, status_interval=None, speed=1000.0)
    await sim.start()
    screen = SetupScreen(_counter_config(sim, look), cancellable=True)
    try:
        screen.resize(*shots.sizes[0])
        screen.show()
        check = screen.test_connection()
        if check is not None:
            await until(check.done, "the connection test", 15.0)
        await shots.snap("setup", screen)
    finally:
        screen.hide()
        screen.deleteLater()
        await sim.stop()


async def capture_board(shots: Shots, look: dict[str, Any]) -> None:
    """The order-ready board on a simulated base with guests waiting (some late) and called."""
    from ..config import Config
    from .board.main import start_board, start_demo_base

    base = await start_demo_base(guests=6)
    board = start_board("127.0.0.1", base.port, cfg=Config(store_locale=look.get("store_locale", "") or ""), show=False, size=shots.sizes[0])
    board.simulator = base
    try:
        board.window.show()
        await until(lambda: board.window.state.reachable and board.window.state.statistics is not None and board.window.state.ready, "the board's list")
        await shots.snap("board", board.window)
    finally:
        await board.close()


async def capture_wall(shots: Shots, look: dict[str, Any]) -> None:
    """The Lane Wall over a simulated estate of three stores of four lanes, mid-trade."""
    from ..simulator.stores.estate import EstateSimulator
    from ..wall.config import parse
    from .wall.main import start_wall

    estate = EstateSimulator(3, 4, speed=20.0, seed=7)
    await estate.start()
    wall = None
    try:
        wall = start_wall(parse(estate.wall_config(title="Lane Wall")), threaded=False,  # the default title: shown in the language
                          locale=look.get("store_locale", "") or "", currency=look.get("store_currency", "") or "")
        wall.window.resize(*shots.sizes[0])
        wall.window.show()
        model = wall.feed.model
        await until(lambda: model.totals().stores_online == 3, "the estate's three stores", 20.0)
        await until(lambda: model.totals().lanes_in_sale >= 3, "sales on the lanes", 30.0)
        await asyncio.sleep(1.5)  # a second's worth of sales and the header's figures
        await shots.snap("wall", wall.window)
    finally:
        if wall is not None:
            await wall.close()
        await estate.stop()


CAPTURE = {
    "tablet": capture_tablet,
    "pin": capture_pin,
    "setup": capture_setup,
    "board": capture_board,
    "wall": capture_wall,
}
