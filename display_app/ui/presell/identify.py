"""The tablet's identify step: staff scan the shopper's loyalty QR (or card) into the
"Shopper" field; ``visits.VisitJoin`` joins it to the basket's sale on the counter.

The field takes its keys before the product scanner does (so a loyalty number is never
looked up as a product, nor logged), shows dots rather than the id, and is cleared at
once. The status beside it says joined / joining / held for the basket, or why not.
No names here: the tablet greets nobody.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...visits.code import MAX_CODE_CHARS
from ...visits.join import FAILED, HELD, IDLE, JOINED, PENDING, VisitJoin, VisitView

log = logging.getLogger(__name__)

STATUS = {
    IDLE: "",
    HELD: QT_TRANSLATE_NOOP("Presell", "Shopper noted: joined when the basket starts"),
    PENDING: QT_TRANSLATE_NOOP("Presell", "Joining the shopper's visit…"),
    JOINED: QT_TRANSLATE_NOOP("Presell", "✓ Shopper's visit joined to this basket"),
    FAILED: QT_TRANSLATE_NOOP("Presell", "Could not join the shopper's visit"),
}

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ShopperField(QLineEdit):
    """A masked field whose keys never reach the product scanner; Enter identifies."""

    def __init__(self, join: VisitJoin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.join = join
        self.setObjectName("shopper")
        self.setPlaceholderText(QCoreApplication.translate("Presell", "Shopper: scan their loyalty QR or card"))
        self.setAccessibleName(QCoreApplication.translate("Presell", "Shopper's loyalty code"))
        self.setAccessibleDescription(QCoreApplication.translate("Presell", "Scan the shopper's loyalty QR code or card to join their visit to this basket"))
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(MAX_CODE_CHARS)
        # An application filter installed after the product scanner's runs before it.
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or obj is not self or QApplication.focusWidget() is not self:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.key() in _ENTER:
            text = self.text()
            self.clear()
            if text.strip():
                self.join.identify(text)
            return True
        self.keyPressEvent(key_event)
        return True


class IdentifyBar(QWidget):
    def __init__(self, join: VisitJoin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.join = join
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = ShopperField(join, self)
        layout.addWidget(self.field, 1)
        self.status = QLabel()
        self.status.setObjectName("shopperStatus")
        self.status.setAccessibleName(QCoreApplication.translate("Presell", "Shopper's visit"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status, 1)
        join.listeners.append(self.show_view)
        self.show_view(join.view)

    def show_view(self, view: VisitView) -> None:
        status = STATUS.get(view.status, "")
        text = view.message if view.message else (QCoreApplication.translate("Presell", status) if status else "")
        self.status.setText(text)


def install_identify(run: Any, cfg: Any) -> IdentifyBar | None:
    """Add the identify step to a running presell tablet (``main.start_presell``), when
    ``visits_url`` is set. Needs a running asyncio loop."""
    url = getattr(cfg, "visits_url", "")
    if not url:
        return None
    from ...visits.replay import start_queue

    queue, close = start_queue(cfg)
    join = VisitJoin(queue, greeting=False)
    bar = IdentifyBar(join)
    window, tablet = run.window, run.tablet
    window.layout().insertWidget(1, bar)  # under the status / customer row
    tablet.listeners.append(lambda state: join.on_sale(tablet.sale_key, ""))
    join.on_sale(tablet.sale_key, "")

    run.cleanups.append(lambda: asyncio.ensure_future(close()))
    window.identify = bar
    return bar
