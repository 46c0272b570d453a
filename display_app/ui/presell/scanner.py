"""A barcode scanner in keyboard-wedge mode, recognised wherever the focus is.

A wedge scanner "types" the code, very fast, and presses Enter. People type digits
far slower. The filter holds each digit for at most ``MAX_GAP_MS``: if the next key
comes sooner the burst goes on; if a burst of at least ``MIN_LENGTH`` digits ends in
Enter, it is a scan (``scanned`` is emitted and nothing reaches the focused field).
Anything else (a pause, a letter, a short burst) hands the held keys to the widget
they were meant for, in order, so normal typing is never lost; it only waits a few
tens of milliseconds.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

#: Shortest code taken as a scan (EAN-8 is 8; short in-store codes are rarer).
MIN_LENGTH = 6
#: Longest pause between two keys of one scan. Scanners send a key every few ms;
#: 40 ms keeps well clear of the fastest human typing (~80-100 ms between keys).
MAX_GAP_MS = 40

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class WedgeScanner(QObject):
    """Install on the QApplication; only keys aimed at widgets inside ``root`` are watched."""

    scanned = Signal(str)

    def __init__(self, root: QWidget, *, min_length: int = MIN_LENGTH, max_gap_ms: int = MAX_GAP_MS) -> None:
        super().__init__(root)
        self.root = root
        self.min_length = min_length
        self.max_gap_ms = max_gap_ms
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._last = 0.0
        self._replaying = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)
        self.scans = 0

    def install(self) -> "WedgeScanner":
        QApplication.instance().installEventFilter(self)
        return self

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.flush()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if self._replaying or event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        if not self._aimed_at(obj):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        now = time.monotonic()
        gap_ms = (now - self._last) * 1000
        text = key_event.text()
        modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self._held and gap_ms > self.max_gap_ms:
            self.flush()  # too slow for a scanner: what was held was typing
        if len(text) == 1 and text.isdigit() and modifiers == Qt.KeyboardModifier.NoModifier and not key_event.isAutoRepeat():
            self._held.append((obj, QKeyEvent(key_event.type(), key_event.key(), key_event.modifiers(), text)))
            self._last = now
            self._flush_timer.start(self.max_gap_ms + 5)
            return True
        if key_event.key() in _ENTER and len(self._held) >= self.min_length:
            code = "".join(e.text() for _, e in self._held)
            self._held.clear()
            self._flush_timer.stop()
            self.scans += 1
            log.debug("scanned %s", code)  # scanned codes stay out of the log at INFO (issue 10)
            self.scanned.emit(code)
            return True
        self.flush()
        return False

    def flush(self) -> None:
        """Give the held keys to the widgets they were typed into."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for target, event in held:
                QApplication.sendEvent(target, event)
        finally:
            self._replaying = False

    def _aimed_at(self, obj: QWidget) -> bool:
        focus = QApplication.focusWidget()
        if focus is not None and obj is not focus:
            return False  # the same key seen again on its way up, or at the window
        return obj is self.root or self.root.isAncestorOf(obj)
