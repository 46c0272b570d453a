"""Why the counter cannot be reached, as a sentence in the language on screen.

``fd1.reach`` (Qt-free) hands over a structured ``Problem`` (its kind, the address, the
host, the seconds allowed, the HTTP status); ``describe(problem)`` words it with Qt's
translations (context ``Reach``), for the customer display's reconnecting card and the
setup screen's "Test connection". The log keeps ``Problem.text``, in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from ...fd1.reach import Problem
from .format import isolate
from . import i18n
from .i18n import fill


def describe(problem: Problem | None) -> str:
    """One sentence: what happened, where, what to check ("" for no problem). In a right
    to left language the address and the host are isolated, so "till1:3490" keeps its
    order in an Arabic sentence."""
    if problem is None:
        return ""
    iso = isolate if i18n.direction(i18n.current() or "en") == Qt.LayoutDirection.RightToLeft else str
    address = iso(problem.address)
    if problem.kind == "name":
        return fill(QCoreApplication.translate("Reach", "The counter's name “%1” was not found on the network. Check the counter address in Settings, or use its IP address."), iso(problem.host or problem.address))
    if problem.kind == "refused":
        return fill(QCoreApplication.translate("Reach", "The counter at %1 refused the connection: PosGreen is not running there, or it listens on another port. Check that PosGreen is running on the counter and the address in Settings."), address)
    if problem.kind == "timeout":
        if problem.seconds:
            return fill(QCoreApplication.translate("Reach", "No answer from the counter at %1 within %2 seconds. Check that the counter is switched on and on the same network as this screen."),
                        address, QLocale().toString(float(problem.seconds), "g", 6))
        return fill(QCoreApplication.translate("Reach", "No answer from the counter at %1. Check that the counter is switched on and on the same network as this screen."), address)
    if problem.kind == "unreachable":
        return fill(QCoreApplication.translate("Reach", "The network has no way to the counter at %1. Check this screen's network cable or Wi-Fi."), address)
    if problem.kind == "not-counter":
        if problem.status is not None:
            return fill(QCoreApplication.translate("Reach", "Something at %1 answered (HTTP %2), but not as a PosGreen counter. Check the counter's port and address in Settings."), address, str(problem.status))
        return fill(QCoreApplication.translate("Reach", "Something at %1 answered, but not as a PosGreen counter. Check the counter's port and address in Settings."), address)
    return fill(QCoreApplication.translate("Reach", "Cannot reach the counter at %1: %2."), address, iso(problem.technical or "?"))


__all__ = ["describe"]
