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
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ...pagers.handoff import HandoffState, PagerHandoff, PagerTicket
from ...pagers.link import PagerLink
from ...pagers.queue import PagerQueue, PagerRejected
from ..widgets import i18n
from ..widgets.i18n import fill

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

#: Pager numbers have at most this many digits; a longer scan is a product barcode.
MAX_PAGER_DIGITS = 5

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

#: A ticket's status in words (context "Presell"; translated when shown).
STATUS_TEXT = {
    "queued": QT_TRANSLATE_NOOP("Presell", "being set up…"),
    "waiting": QT_TRANSLATE_NOOP("Presell", "waiting for a lane"),
    "paged": QT_TRANSLATE_NOOP("Presell", "paged"),
    "collected": QT_TRANSLATE_NOOP("Presell", "collected"),
    "cancelled": QT_TRANSLATE_NOOP("Presell", "cancelled"),
}


def rejected_text(exc: PagerRejected) -> str:
    """Why staff may not do that, in the tablet's language (the exception's own words are English)."""
    number = str(exc.number) if exc.number is not None else ""
    if exc.kind == "still-out":
        return fill(translate("Presell", "Pager %1 is still out with code %2: mark it collected or cancelled first"), number, exc.code)
    if exc.kind == "not-assigned":
        return fill(translate("Presell", "Pager %1 is not handed out"), number)
    if exc.kind == "out-of-range":
        return fill(translate("Presell", "“%1” is not a pager number (1 to %2 digits)"), number, str(MAX_PAGER_DIGITS))
    return str(exc)


class PagerNumberField(QLineEdit):
    """Digits only; Enter (typed or from a scanner) hands the pager out."""

    def __init__(self, panel: PagerPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setObjectName("pagerNumber")
        self.setPlaceholderText(translate("Presell", "Pager number (type or scan)"))
        self.setAccessibleName(translate("Presell", "Pager number"))
        self.setAccessibleDescription(translate("Presell", "Type or scan the number on the pager, then press Enter to hand it out"))
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
        self.party_label = QLabel(translate("Presell", "Party"))
        ask.addWidget(self.party_label)
        self.party = QSpinBox(self)
        self.party.setRange(1, 30)
        self.party.setValue(1)
        self.party_label.setBuddy(self.party)
        self.party.setAccessibleName(translate("Presell", "Party size"))
        self.party.setAccessibleDescription(translate("Presell", "How many guests the pager is for"))
        ask.addWidget(self.party)
        self.hand_button = QPushButton(translate("Presell", "Hand out pager"))
        self.hand_button.setAccessibleName(translate("Presell", "Hand out pager"))
        self.hand_button.setAccessibleDescription(translate("Presell", "Gives the shopper this pager with the basket"))
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
        self.ticket_label.setWordWrap(True)  # a long status (Māori, German) wraps; the buttons keep their width
        row.addWidget(self.ticket_label, 1)
        self.page_button = QPushButton(translate("Presell", "Page again"))
        self.page_button.clicked.connect(lambda: self._act("page_again"))
        self.collected_button = QPushButton(translate("Presell", "Collected"))
        self.collected_button.clicked.connect(lambda: self._act("collected"))
        self.cancel_button = QPushButton(translate("Presell", "Cancel pager"))
        self.cancel_button.clicked.connect(lambda: self._act("cancelled"))
        for button, name, description in (
            (self.page_button, translate("Presell", "Page again"), translate("Presell", "Makes the shopper's pager buzz again")),
            (self.collected_button, translate("Presell", "Collected"), translate("Presell", "The shopper has handed the pager back")),
            (self.cancel_button, translate("Presell", "Cancel pager"), translate("Presell", "Takes the pager off this basket")),
        ):
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
            row.addWidget(button)
        layout.addWidget(self.ticket_row)
        # base status and refusals
        self.status_label = QLabel()
        self.status_label.setObjectName("pagerStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(translate("Presell", "Pager status"))
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
            self._fail(fill(translate("Presell", "“%1” is not a pager number (1 to %2 digits)"), text[:12], str(MAX_PAGER_DIGITS)))
            return
        try:
            self.handoff.hand_out(int(text), code=parked.code, sale_key=parked.key, label=parked.customer or None, party_size=self.party.value())
        except PagerRejected as exc:
            self._fail(rejected_text(exc))
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
            self._fail(rejected_text(exc))
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
            status = translate("Presell", STATUS_TEXT[ticket.status]) if ticket.status in STATUS_TEXT else ticket.status
            if ticket.status == "paged" and ticket.recalled:
                status = translate("Presell", "paged: the lane has the basket")
            self.ticket_label.setText(fill(translate("Presell", "Pager %1 · code %2 · %3"), str(ticket.number), parked.code, status))
            self.page_button.setEnabled(ticket.status in ("waiting", "paged"))
        elif QApplication.focusWidget() not in (self.number_field, self.party):
            QTimer.singleShot(0, self._focus_number)
        state = self.handoff.state
        lines = []
        if self.error:
            lines.append(self.error)
        if state.reachable is False:
            waiting = state.waiting_actions
            lines.append(i18n.with_digits(translate("Presell", "Pager base unreachable: %n pager action(s) waiting, sent when it is back", None, waiting), waiting, self.window.locale))
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
