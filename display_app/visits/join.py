"""``VisitJoin``: what the display and the tablet know about the shopper's visit session,
Qt-free. The UI feeds it the sale it shows (key and the counter's customer name) and the
codes it scans; it hands out an immutable ``VisitView`` to draw.

Rules (issue 14):
* a scanned code is parsed here (``code.parse_code``) and its association queued
  (``replay.AssociationQueue``): scanning never waits on the API;
* the greeting's name is the first name of the customer the COUNTER put on the sale,
  never anything from the code, and it is offered only after the association for this
  sale landed, and only when the store turned the greeting on;
* a code scanned before the sale has a key is held (``hold_seconds``) and joined to the
  next sale that appears;
* the customer id is never in a view, a status text or a log line in the clear.
"""

from __future__ import annotations

import collections
import logging
import time
from dataclasses import dataclass
from typing import Callable
from urllib.parse import quote

from .code import CodeError, Identification, parse_code
from .model import redact
from .replay import AssociationQueue, AssociationResult  # no aiohttp: replay imports the client only for types

log = logging.getLogger(__name__)

#: Longest first name shown (a counter with a very long name field cannot push the layout).
MAX_FIRST_NAME = 24

#: The statuses a ``VisitView`` can be in.
IDLE, HELD, PENDING, JOINED, FAILED = "idle", "held", "pending", "joined", "failed"


def first_name(name: str) -> str:
    """The first name in a counter's customer name: "Aroha Ngata" -> "Aroha",
    "Ngata, Aroha" -> "Aroha". Printable, at most ``MAX_FIRST_NAME`` characters; "" if none."""
    if not isinstance(name, str):
        return ""
    text = "".join(ch if ch.isprintable() else " " for ch in name[:256])
    if "," in text:
        text = text.split(",", 1)[1]
    words = text.split()
    return words[0][:MAX_FIRST_NAME] if words else ""


@dataclass(frozen=True, slots=True)
class VisitView:
    """What a screen may show about the visit session of its current sale."""

    status: str = IDLE  # idle | held | pending | joined | failed
    greeting_name: str = ""  # first name to greet by ("" = no greeting)
    message: str = ""  # for staff (tablet): why a code was refused or the association failed

    @property
    def greeting(self) -> str:
        return f"Welcome back, {self.greeting_name}" if self.greeting_name else ""


class VisitJoin:
    def __init__(
        self,
        queue: AssociationQueue | None,
        *,
        greeting: bool = False,
        hold_seconds: float = 120.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.queue = queue
        self.greeting_enabled = greeting
        self.hold_seconds = hold_seconds
        self.clock = clock
        self.listeners: list[Callable[[VisitView], None]] = []
        self._sale_key = ""
        self._customer_name = ""
        self._held: tuple[Identification, float] | None = None
        self._joined: collections.OrderedDict[str, None] = collections.OrderedDict()
        self._status: dict[str, str] = {}
        self._message = ""
        self._view = VisitView()
        if queue is not None:
            queue.listeners.append(self._on_result)

    # ------------------------------------------------------------------ inputs

    def on_sale(self, sale_key: str, customer_name: str = "") -> None:
        """The sale on screen now (call on every snapshot: cheap when nothing changed)."""
        if sale_key == self._sale_key and customer_name == self._customer_name:
            return
        new_sale = sale_key != self._sale_key
        self._sale_key, self._customer_name = sale_key, customer_name
        if new_sale:
            self._message = ""
            if sale_key and self._held is not None:
                ident, at = self._held
                self._held = None
                if self.clock() - at <= self.hold_seconds:
                    self._submit(sale_key, ident)
        self._update()

    def identify(self, text: str) -> VisitView:
        """A scanned code. Never raises and never waits; the view says what happened."""
        try:
            ident = parse_code(text)
        except CodeError as exc:
            log.warning("scanned code refused: %s", exc)
            self._message = f"Not a customer code: {exc}"
            self._update()
            return self._view
        if self.queue is None:
            self._message = "Shopper identification is not set up (visits_url)"
            self._update()
            return self._view
        self._message = ""
        if self._sale_key:
            self._submit(self._sale_key, ident)
        else:
            self._held = (ident, self.clock())
            log.info("shopper %s identified before the sale started; held for the next sale", redact(ident.customer_id))
        self._update()
        return self._view

    # ------------------------------------------------------------------ outputs

    @property
    def view(self) -> VisitView:
        return self._view

    def session_id(self, sale_key: str) -> str:
        """The visit session id of ``sale_key`` (the key itself unless the API made one)."""
        if self.queue is not None and sale_key:
            return self.queue.session_id_for(sale_key) or sale_key
        return sale_key

    def thankyou_link(self, url: str, sale_key: str) -> str:
        """``{session}`` in a thank-you URL replaced by the (URL-quoted) visit session id."""
        if "{session}" not in url:
            return url
        return url.replace("{session}", quote(self.session_id(sale_key), safe=""))

    # ------------------------------------------------------------------ plumbing

    def _submit(self, sale_key: str, ident: Identification) -> None:
        assert self.queue is not None
        if self.queue.submit(sale_key, ident) and sale_key not in self._joined:
            self._status[sale_key] = PENDING
        self._trim()

    def _on_result(self, result: AssociationResult) -> None:
        key = result.association.sale_key
        if result.ok:
            self._joined[key] = None
            self._status[key] = JOINED
        elif key not in self._joined:
            self._status[key] = FAILED
            if key == self._sale_key:
                self._message = "Could not join the shopper's visit (see the log)"
        self._trim()
        self._update()

    def _trim(self) -> None:
        while len(self._joined) > 100:
            self._joined.popitem(last=False)
        if len(self._status) > 200:
            for key in list(self._status)[: len(self._status) - 100]:
                del self._status[key]

    def _update(self) -> None:
        key = self._sale_key
        if key:
            status = self._status.get(key, IDLE)
        else:
            status = HELD if self._held is not None else IDLE
        name = ""
        if self.greeting_enabled and key in self._joined:
            name = first_name(self._customer_name)
        view = VisitView(status=status, greeting_name=name, message=self._message)
        if view != self._view:
            self._view = view
            for listener in list(self.listeners):
                try:
                    listener(view)
                except Exception:
                    log.exception("visit view listener failed")
