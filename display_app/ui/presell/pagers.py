"""The tablet's pager step (on the recall-code page): hand the shopper a pager with the
basket, see its number beside the recall code, page again, mark it collected or cancelled.

``install_pagers(run, host=..., port=...)`` adds it to a running presell tablet
(``ui.presell.main.PresellRun``): a PagerLink + PagerQueue + PagerHandoff (Qt-free, in
``display_app.pagers``) and the ``PagerPanel`` widget on the code page. The lane's
recall pages the pager by itself (PagerHandoff asks the counter about the parked sale).

The pager-number field takes its keys before the product scanner when it has the focus
(a scanned pager label lands in it); a code too long for a pager (a product barcode) is
handed on to the window, which starts the next basket with it as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ...pagers.handoff import HandoffState, PagerHandoff, PagerTicket
from ...pagers.link import PagerLink
from ...pagers.queue import PagerQueue, PagerRejected

log = logging.getLogger(__name__)

#: Pager numbers have at most this many digits; a longer scan is a product barcode.
MAX_PAGER_DIGITS = 5

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

STATUS_TEXT = {
    "queued": "being set up…",
    "waiting": "waiting for a lane",
    "paged": "paged",
    "collected": "collected",
    "cancelled": "cancelled",
}


class PagerNumberField(QLineEdit):
    """Digits only; Enter (typed or from a scanner) hands the pager out."""

    def __init__(self, panel: PagerPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setObjectName("pagerNumber")
        self.setPlaceholderText("Pager number (type or scan)")
        self.setMaxLength(32)
        QApplication.instance().installEventFilter(self)  # after the product scanner's: runs before it
        self.returnPressed.connect(self._enter)  # keys delivered while it is not the focus widget

    def _enter(self) -> None:
        text = self.text().strip()
        self.clear()
        self.panel.entered(text)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or obj is not self or QApplication.focusWidget() is not self:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.key() in _ENTER:
            self._enter()
            return True
        self.keyPressEvent(key_event)
        return True

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class PagerPanel(QWidget):
    """Shows the pager step for the basket on the code page."""

    def __init__(self, window: Any, handoff: PagerHandoff) -> None:
        super().__init__(window.code_page)
        self.window = window
        self.handoff = handoff
        self.setObjectName("pagerPanel")
        self.setStyleSheet("QLabel#pagerTicket { font-size: 20px; font-weight: bold; color: #1f5f46; } QLabel#pagerStatus { color: #8a4b00; font-weight: bold; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        # hand out
        self.ask_row = QWidget(self)
        ask = QHBoxLayout(self.ask_row)
        ask.setContentsMargins(0, 0, 0, 0)
        self.number_field = PagerNumberField(self)
        ask.addWidget(self.number_field, 2)
        ask.addWidget(QLabel("Party"))
        self.party = QSpinBox(self)
        self.party.setRange(1, 30)
        self.party.setValue(1)
        self.party.setAccessibleName("Party size")
        ask.addWidget(self.party)
        self.hand_button = QPushButton("Hand out pager")
        self.hand_button.setObjectName("handOutPager")
        self.hand_button.clicked.connect(lambda: self.entered(self.number_field.text().strip(), from_button=True))
        ask.addWidget(self.hand_button)
        layout.addWidget(self.ask_row)
        # handed out
        self.ticket_row = QWidget(self)
        row = QHBoxLayout(self.ticket_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.ticket_label = QLabel()
        self.ticket_label.setObjectName("pagerTicket")
        row.addWidget(self.ticket_label, 1)
        self.page_button = QPushButton("Page again")
        self.page_button.clicked.connect(lambda: self._act("page_again"))
        self.collected_button = QPushButton("Collected")
        self.collected_button.clicked.connect(lambda: self._act("collected"))
        self.cancel_button = QPushButton("Cancel pager")
        self.cancel_button.clicked.connect(lambda: self._act("cancelled"))
        for button in (self.page_button, self.collected_button, self.cancel_button):
            row.addWidget(button)
        layout.addWidget(self.ticket_row)
        # base status and refusals
        self.status_label = QLabel()
        self.status_label.setObjectName("pagerStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.error = ""
        handoff.listeners.append(self.render)
        self._on_tablet = lambda _state: self.render()
        window.tablet.listeners.append(self._on_tablet)
        self.render()

    # --- what staff do -------------------------------------------------------------------

    def parked(self) -> Any:
        return self.window.tablet.state.parked

    def ticket(self) -> PagerTicket | None:
        parked = self.parked()
        if parked is None:
            return None
        ticket = self.handoff.state.for_code(parked.code)
        return ticket if ticket is not None and ticket.status not in ("collected", "cancelled") else None

    def entered(self, text: str, *, from_button: bool = False) -> None:
        """A number typed (Enter or the button) or scanned into the field."""
        if not text:
            return
        if not from_button and len(text) > MAX_PAGER_DIGITS:
            self.window.on_scan(text)  # a product barcode: the window starts the next basket with it
            return
        parked = self.parked()
        if parked is None:
            return
        if not text.isdigit() or len(text) > MAX_PAGER_DIGITS:
            self._fail(f"“{text[:12]}” is not a pager number (1 to {MAX_PAGER_DIGITS} digits)")
            return
        try:
            self.handoff.hand_out(int(text), code=parked.code, sale_key=parked.key, label=parked.customer or None, party_size=self.party.value())
        except PagerRejected as exc:
            self._fail(str(exc))
            return
        self.error = ""
        self.party.setValue(1)
        self.render()

    def _act(self, what: str) -> None:
        ticket = self.ticket()
        if ticket is None:
            return
        try:
            getattr(self.handoff, what)(ticket.number)
        except PagerRejected as exc:
            self._fail(str(exc))
            return
        self.error = ""
        self.render()

    def _fail(self, message: str) -> None:
        self.error = message
        self.render()

    # --- drawing ---------------------------------------------------------------------------

    def render(self, _state: HandoffState | None = None) -> None:
        if not shiboken6.isValid(self):
            return
        parked = self.parked()
        self.setVisible(parked is not None)
        if parked is None:
            self.error = ""
            return
        ticket = self.ticket()
        self.ask_row.setVisible(ticket is None)
        self.ticket_row.setVisible(ticket is not None)
        if ticket is not None:
            status = STATUS_TEXT.get(ticket.status, ticket.status)
            if ticket.status == "paged" and ticket.recalled:
                status = "paged: the lane has the basket"
            self.ticket_label.setText(f"Pager {ticket.number} · code {parked.code} · {status}")
            self.page_button.setEnabled(ticket.status in ("waiting", "paged"))
        elif QApplication.focusWidget() not in (self.number_field, self.party):
            QTimer.singleShot(0, self._focus_number)
        state = self.handoff.state
        lines = []
        if self.error:
            lines.append(self.error)
        if state.reachable is False:
            waiting = state.waiting_actions
            lines.append(f"Pager base unreachable: {waiting} pager action{'s' if waiting != 1 else ''} waiting, sent when it is back")
        elif state.error and not self.error:
            lines.append(state.error)
        self.status_label.setText("\n".join(lines))
        self.status_label.setVisible(bool(lines))

    def _focus_number(self) -> None:
        if shiboken6.isValid(self) and self.isVisible() and self.ask_row.isVisible():
            self.number_field.setFocus()

    def close_panel(self) -> None:
        if self.render in self.handoff.listeners:
            self.handoff.listeners.remove(self.render)
        if self._on_tablet in self.window.tablet.listeners:
            self.window.tablet.listeners.remove(self._on_tablet)
        if shiboken6.isValid(self.number_field):
            self.number_field.uninstall()


@dataclass
class PagerStep:
    """What ``install_pagers`` started (for the demo and tests)."""

    link: PagerLink
    queue: PagerQueue
    handoff: PagerHandoff
    panel: PagerPanel
    tasks: list[asyncio.Task[Any]] = field(default_factory=list)
    closed: bool = False
    _closing: asyncio.Future[None] | None = None

    async def close(self) -> None:
        """Stop the queue and the recall watch, close the link. Safe to call twice: a second
        call waits for the first to finish (a half-closed CoAP context would leave its
        socket registered with the loop)."""
        if self._closing is None:
            self._closing = asyncio.ensure_future(self._close())
        await asyncio.shield(self._closing)

    async def _close(self) -> None:
        self.closed = True
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self.panel.close_panel()
        await self.link.close()


def install_pagers(run: Any, *, host: str, port: int, goal_s: int | None = None, lane_label: str = "", shows_text: bool = False, poll_s: float = 2.0, journal_dir: str | os.PathLike[str] | None = None) -> PagerStep:
    """Add the pager step to a running presell tablet (``PresellRun``); needs a running loop.

    ``journal_dir`` (e.g. the folder of the basket journal): the pager queue and the
    hand-out tickets are kept there, so a restart loses no pager action."""
    folder = Path(journal_dir) if journal_dir else None
    link = PagerLink(host, port)
    queue = PagerQueue(link, journal=folder / "presell-pager-queue.json" if folder else None)
    tablet = run.tablet

    async def fetch_state(key: str) -> str | None:
        return (await tablet.builder.fetch(key)).state

    handoff = PagerHandoff(queue, fetch_state, goal_s=goal_s, lane_label=lane_label, shows_text=shows_text, poll_s=poll_s, journal=folder / "presell-pager-tickets.json" if folder else None)
    window = run.window
    panel = PagerPanel(window, handoff)
    layout = window.code_page.layout()
    layout.insertWidget(max(0, layout.indexOf(window.next_button)), panel)
    step = PagerStep(link, queue, handoff, panel)
    step.tasks.append(asyncio.ensure_future(queue.run()))
    step.tasks.append(asyncio.ensure_future(handoff.run()))
    run.cleanups.append(lambda: asyncio.ensure_future(step.close()))
    return step
