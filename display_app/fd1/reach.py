"""Why the counter cannot be reached, in words a store owner can act on, and a log that
says so once per change instead of once per attempt. No Qt here.

``classify(exc, url)`` turns what a connection attempt raised into a ``Problem``:

==============  ==============================================================
``refused``      nothing is listening at that address and port (PosGreen not running,
                 or another port)
``name``         the counter's name is not known on the network (DNS, a typo)
``timeout``      no answer within the time allowed (switched off, another network,
                 a firewall dropping the packets)
``unreachable``  the network has no way there (no route, network down)
``not-counter``  something answered, but not as a PosGreen counter (an HTTP error, not
                 a WebSocket: the wrong port or path)
``other``        anything else, with the system's own words
==============  ==============================================================

A ``Problem`` is structured, not prose: its ``kind`` and what the sentence needs (``host``,
``port``, ``address``, the ``seconds`` allowed, the HTTP ``status``, the system's own words
in ``technical``). The screens turn it into a sentence in the language on screen
(``ui/widgets/reach_text.py``, Qt's translations); ``Problem.text`` is the same sentence in
English, for the log.

``ReachLog`` is the link's log of it: a line when the link goes down or the reason
changes, one summary a minute while it stays the same ("still refused: 97 attempts in the
last 60 s"), and a line when the link is back. A display left on with its counter off
writes a line a minute, not one every 0.6 s.
"""

from __future__ import annotations

import errno
import logging
import re
import socket
import time
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import urlsplit

SUMMARY_SECONDS = 60.0

#: errno values (and getaddrinfo's EAI_* codes) by kind.
_REFUSED = {errno.ECONNREFUSED}
_TIMEOUT = {errno.ETIMEDOUT}
_UNREACHABLE = {errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ENETDOWN, errno.EHOSTDOWN}


@dataclass(frozen=True)
class Problem:
    """Why a connection attempt failed, as data: the UI words it in the shopper's language."""

    kind: str  # refused | name | timeout | unreachable | not-counter | other
    address: str  # "till1:3490" (host:port, IPv6 in brackets)
    host: str = ""  # "till1"
    port: int | None = None  # 3490, or None when the URL names none
    seconds: float | None = None  # timeout: the seconds allowed
    status: int | None = None  # not-counter: the HTTP status that answered, if any
    technical: str = ""  # the exception as Python words it (the log keeps it; "other" shows it)

    @property
    def text(self) -> str:
        """One English sentence: what happened, where, what to check (for the log)."""
        address, host = self.address, self.host or self.address
        if self.kind == "name":
            return (f"The counter's name “{host}” was not found on the network. "
                    "Check the counter address in Settings, or use its IP address.")
        if self.kind == "refused":
            return (f"The counter at {address} refused the connection: PosGreen is not running there, or it "
                    "listens on another port. Check that PosGreen is running on the counter and the address in Settings.")
        if self.kind == "timeout":
            waited = f" within {self.seconds:g} seconds" if self.seconds else ""
            return (f"No answer from the counter at {address}{waited}. "
                    "Check that the counter is switched on and on the same network as this screen.")
        if self.kind == "unreachable":
            return f"The network has no way to the counter at {address}. Check this screen's network cable or Wi-Fi."
        if self.kind == "not-counter":
            answer = f" (HTTP {self.status})" if self.status is not None else ""
            return (f"Something at {address} answered{answer}, but not as a PosGreen counter. "
                    "Check the counter's port and address in Settings.")
        return f"Cannot reach the counter at {address}: {self.technical or 'unknown error'}."


def _host_port(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url)
    host = parts.hostname or url
    try:
        port = parts.port
    except ValueError:
        port = None
    return host, port


def address_of(url: str) -> str:
    """``host:port`` of a counter URL (the port FD1 defaults to when none is given)."""
    host, port = _host_port(url)
    if ":" in host:  # IPv6
        host = f"[{host}]"
    return f"{host}:{port}" if port else host


def classify(exc: BaseException, url: str, *, timeout: float | None = None) -> Problem:
    """What a failed connection attempt to ``url`` means (``timeout``: the seconds allowed)."""
    host, port = _host_port(url)
    technical = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    code = getattr(exc, "errno", None)
    status = getattr(getattr(exc, "response", None), "status_code", None)
    if isinstance(exc, socket.gaierror) or (code is not None and code in _gai_codes()):
        kind = "name"
    elif isinstance(exc, ConnectionRefusedError) or code in _REFUSED:
        kind = "refused"
    elif isinstance(exc, TimeoutError) or code in _TIMEOUT:
        kind = "timeout"
    elif code in _UNREACHABLE:
        kind = "unreachable"
    elif status is not None or type(exc).__name__ in ("InvalidStatus", "InvalidMessage", "InvalidHandshake", "InvalidUpgrade"):
        kind = "not-counter"
    else:
        kind = "other"
    return Problem(kind=kind, address=address_of(url), host=host, port=port,
                   seconds=timeout if kind == "timeout" and timeout else None,
                   status=status if kind == "not-counter" else None, technical=technical)


def reason_of(problem: Problem | None, detail: str) -> str:
    """What makes two failures "the same" for the log: the problem's kind, or a drop's
    words with its numbers taken out ("counter silent for 12s" and "... 13s" are one)."""
    if problem is not None:
        return problem.kind
    return "dropped: " + re.sub(r"\d+(\.\d+)?", "#", detail)


def _gai_codes() -> set[int]:
    return {getattr(socket, name) for name in ("EAI_NONAME", "EAI_AGAIN", "EAI_FAIL", "EAI_NODATA") if hasattr(socket, name)}


class ReachLog:
    """The counter link's log of its ups and downs (see the module docstring).

    ``down(reason, detail, retry_in)``: an attempt failed or the link dropped; ``reason`` is
    what counts as "the same problem" (a ``Problem.kind``, or the drop's own words), and
    ``detail`` the line to log. ``up()``: the link is back.
    """

    def __init__(self, logger: logging.Logger, url: str, *, every: float = SUMMARY_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.log = logger
        self.url = url
        self.every = every
        self.clock = clock
        self.reason: str | None = None  # None while the link is up (or before the first attempt)
        self.failures = 0  # attempts since the link went down
        self._since = 0.0  # when the current reason started
        self._counted = 0  # failures since the last summary line
        self._summary_at = 0.0
        self.lines = 0  # lines written (for tests)

    def down(self, reason: str, detail: str, retry_in: float | None = None) -> None:
        now = self.clock()
        self.failures += 1
        if reason != self.reason:
            changed = self.reason is not None
            self.reason = reason
            self._since = self._summary_at = now
            self._counted = 0
            retry = f"; retrying every {retry_in:.1f}s or so" if retry_in is not None else ""
            self._write(logging.WARNING, "counter link to %s %s: %s%s", self.url, "now down for another reason" if changed else "down", detail, retry)
            return
        self._counted += 1
        if now - self._summary_at >= self.every:
            self._write(logging.WARNING, "counter link to %s still down (%s): %d more attempts in the last %.0fs, %d since %.0fs ago",
                        self.url, detail, self._counted, now - self._summary_at, self.failures, now - self._since)
            self._summary_at = now
            self._counted = 0

    def up(self) -> None:
        if self.reason is not None:
            self._write(logging.INFO, "counter link to %s is back after %d failed attempt%s over %.0fs",
                        self.url, self.failures, "" if self.failures == 1 else "s", self.clock() - self._since)
        self.reason = None
        self.failures = 0

    def _write(self, level: int, message: str, *args: Any) -> None:
        self.lines += 1
        self.log.log(level, message, *args)
