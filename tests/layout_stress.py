"""Real-world text that has broken layouts, and the geometry every screen must keep with it.

``stress_states()``: screen states with 52-character payment names, 300-character product
names, 1,234,567.89 totals and ten payments (sale, thank-you, reconnecting over the sale).
``render(state, size)``: a DisplayWindow showing it at that size, laid out.
``layout_problems(window)``: what is wrong with the geometry, in words (empty when fine).
Used by tests/test_layout_stress.py; ``python tests/layout_stress.py DIR`` saves the PNGs.
"""

from __future__ import annotations

import dataclasses
import sys
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from display_app.sale.model import Connection, Payment, Sale, SaleLine, Screen, ScreenState, StoreInfo

SIZES = ((800, 480), (1920, 1080), (1080, 1920))

PAYMENT_NAME = "Account Customer Charge (30 days), Harbourside Trade"  # 52 characters
assert len(PAYMENT_NAME) == 52
LONG_NAME = ((
    "Organic Free Range Chicken Breast Fillets Skin Off Family Value Pack (approx. 1.2 kg, from Canterbury "
    "farms) with Lemon, Garlic & Herb Marinade, Ready to Roast; Keep Refrigerated Below 4°C, Use Within Two "
    "Days of Opening, Not Suitable for Freezing After Defrosting; Product of New Zealand; Packed in Christchurch "
) * 2)[:300]
assert len(LONG_NAME) == 300

STORE = StoreInfo(name="Harbourside Fresh Market", locale="en_NZ", currency="NZD")


def stress_sale() -> Sale:
    lines = [
        SaleLine(1, LONG_NAME, Decimal(3), "", Decimal("1234567.89"), unit_price=Decimal("411522.63")),
        SaleLine(2, "Bananas Cavendish", Decimal("1.235"), "kg", Decimal("4.31"), unit_price=Decimal("3.49")),
        SaleLine(3, LONG_NAME.replace(" ", ""), Decimal(1), "", Decimal("999999.99"), original_total=Decimal("1234567.89")),
        SaleLine(4, "Anchor Blue Top Milk 2L", Decimal(2), "", Decimal("9.58"), unit_price=Decimal("4.79")),
    ]
    lines += [SaleLine(5 + i, f"{LONG_NAME[:40 + i]} #{i}", Decimal(1), "", Decimal("12.50")) for i in range(16)]
    payments = tuple(Payment(PAYMENT_NAME if i % 2 == 0 else f"Gift card {i} {PAYMENT_NAME[:40]}", Decimal("123456.78")) for i in range(10))
    return Sale(key="stress", lines=tuple(lines), total=Decimal("1234567.89"), payments=payments)


def stress_states() -> dict[str, ScreenState]:
    sale = stress_sale()
    paid = dataclasses.replace(sale, payments=(*sale.payments[:9], Payment(PAYMENT_NAME, Decimal("1234567.89"))))
    base = ScreenState(connection=Connection.CONNECTED, counter="ws://till1:3490/fd1/open_websocket", store=STORE,
                       ever_connected=True)
    return {
        "stress-sale": dataclasses.replace(base, screen=Screen.SALE, phase=Screen.SALE, sale=sale),
        "stress-thankyou": dataclasses.replace(base, screen=Screen.THANKYOU, phase=Screen.THANKYOU, sale=paid,
                                               thankyou_url="https://receipts.example.com/r/stress"),
        "stress-offline": dataclasses.replace(base, screen=Screen.OFFLINE, phase=Screen.SALE, sale=sale,
                                              connection=Connection.DISCONNECTED),
    }


def render(state: ScreenState, size: tuple[int, int]) -> Any:
    from display_app.ui.display.window import DisplayWindow

    window = DisplayWindow()
    window.set_animations(False)
    window.resize(*size)
    window.show()
    window.show_state(state)
    for _ in range(3):
        QApplication.processEvents()
        QTest.qWait(20)
    window.sale.lines.reveal_newest()
    QApplication.processEvents()
    return window


def _visible_children(widget: QWidget) -> list[QWidget]:
    return [c for c in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) if c.isVisible()]


def _in_window(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def layout_problems(window: Any) -> list[str]:
    """Everything visible inside the window, no two visible siblings overlapping (the
    reconnecting overlay lies over the screen on purpose), no label text cut off without
    an ellipsis, and the lines keeping at least half the width beside the totals."""
    problems: list[str] = []
    frame = window.rect()
    overlay = window.overlay

    def name(w: QWidget) -> str:
        return f"{type(w).__name__}({w.objectName() or (w.text()[:30] if isinstance(w, QLabel) else '')})"

    def walk(parent: QWidget) -> None:
        children = _visible_children(parent)
        for child in children:
            rect = _in_window(window, child)
            if not frame.contains(rect) and child is not overlay:
                problems.append(f"{name(child)} at {rect.getRect()} is outside the {frame.width()}x{frame.height()} window")
            if isinstance(child, QLabel) and child.text() and not child.wordWrap():
                # An eliding label paints what fits, ending in "…"; every other label must fit whole.
                shown = child.shown_text() if hasattr(child, "shown_text") else child.text()
                if shown != child.text() and not shown.endswith("…"):
                    problems.append(f"{name(child)} is cut to {shown!r} without an ellipsis")
                room = child.contentsRect().width()
                needed = QFontMetrics(child.font()).horizontalAdvance(shown)
                if needed > room + 1:
                    problems.append(f"{name(child)} needs {needed}px but has {room}px: the text is cut off")
                full = getattr(child, "unit", None)
                if full is not None and hasattr(child, "_fit") and child.width() >= child.sizeHint().width():
                    from display_app.ui.display import theme

                    wanted = theme.font(full * child.scale, bold=child.bold).pixelSize()
                    if child.font().pixelSize() < wanted - 1:
                        problems.append(f"{name(child)} is shrunk to {child.font().pixelSize()}px although it has room for {wanted}px")
                if QFontMetrics(child.font()).height() > child.contentsRect().height() + 1:
                    problems.append(f"{name(child)} is {child.contentsRect().height()}px tall for a "
                                    f"{QFontMetrics(child.font()).height()}px line: squeezed")
        siblings = [c for c in children if c is not overlay]
        for i, a in enumerate(siblings):
            for b in siblings[i + 1:]:
                if a.geometry().intersects(b.geometry()):
                    problems.append(f"{name(a)} {a.geometry().getRect()} overlaps {name(b)} {b.geometry().getRect()}")
        for child in children:
            if not isinstance(child, QAbstractScrollArea):  # a scroll area's content is meant to scroll
                walk(child)

    walk(window)
    sale = window.sale
    if window.stack.currentWidget() is sale and not window.stacked:
        if sale.list_area.width() < window.width() / 2:
            problems.append(f"the lines column is {sale.list_area.width()}px of {window.width()}px: less than half")
    if overlay.isVisible():
        # Any text the card half covers must be veiled (hidden under its background): no
        # stale figure may peek out around the card.
        card = overlay.card_rect().toAlignedRect()
        veiled = overlay.covered_rects()
        for label in window.stack.currentWidget().findChildren(QLabel):
            if not label.isVisibleTo(window) or not label.text():
                continue
            rect = QRect(label.mapTo(window, label.rect().topLeft()) - overlay.pos(), label.size())
            if rect.intersects(card) and not card.contains(rect) and not any(v.contains(rect) for v in veiled):
                problems.append(f"{name(label)} {rect.getRect()} peeks out around the reconnecting card {card.getRect()}")
    lines = sale.lines
    if lines.isVisible() and lines.model().rowCount():
        top = lines.indexAt(lines.viewport().rect().topLeft())
        if top.isValid() and lines.visualRect(top).top() < 0:
            problems.append(f"the top row of the lines is cut: it starts {-lines.visualRect(top).top()}px above the view")
    return problems


if __name__ == "__main__":  # python tests/layout_stress.py DIR: the PNGs, to look at
    import os
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "stress")
    out.mkdir(parents=True, exist_ok=True)
    for label, state in stress_states().items():
        for size in SIZES:
            win = render(state, size)
            win.grab().save(str(out / f"{label}-{size[0]}x{size[1]}.png"))
            for problem in layout_problems(win):
                print(f"{label} {size[0]}x{size[1]}: {problem}")
            win.close()
