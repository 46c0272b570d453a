"""``display-app screenshots --out DIR``: a PNG of every customer-display screen at
several sizes, rendered offscreen.

The screens come from the real thing wherever that is practical: an embedded
counter simulator rings sales up on its lane, and a real customer display,
connected to it over a WebSocket, shows them. Only the right-to-left example is a
hand-made state (the simulator's store is in New Zealand). Files are named
``<screen>-<W>x<H>.png``:

idle, sale-short, sale-long, sale-discount-weighed, thankyou, banner, offline, sale-rtl,
unreachable (a display that has never reached its counter, and why) at 800x480 (7" tablet), 1920x1080 and 1080x1920 (portrait) by default.
"""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_SIZES = ((800, 480), (1920, 1080), (1080, 1920))
THANKYOU_URL = "https://receipts.example.com/r/{sale}"


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

    async def main(app: Any) -> int:
        written = await capture_all(Path(args.out), args.sizes, only=only, look=look)
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

    async def until(condition: Any, what: str, timeout: float = 10.0) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not condition():
            if loop.time() > deadline:
                raise RuntimeError(f"screenshots: timed out waiting for {what}")
            await asyncio.sleep(0.02)

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
