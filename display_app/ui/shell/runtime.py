"""Qt + asyncio wiring: one QApplication, one qasync loop, one main coroutine.

Pattern (engineering-notes.md section 2.3): create the QApplication, then
``asyncio.run(main, loop_factory=qasync.QEventLoop)``. The main coroutine owns
every long-lived task; quitting the app (``app.quit()``, or the coroutine
returning) cancels them cleanly. The last window closing does not stop the loop:
a kiosk swaps screens and must never quit by accident.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from typing import Awaitable, Callable

os.environ.setdefault("QT_API", "pyside6")  # before qasync is imported: never pick up another binding
# Qt's raster engine draws text over 64 px (the display's total and change due, the board's
# numbers) as outlines filled on every repaint, a third of a sale update's painting; up to
# 256 px it keeps the glyphs in its cache as it does for smaller text (a few hundred kB).
os.environ.setdefault("QT_MAX_CACHED_GLYPH_SIZE", "256")

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402  (PySide6 must be imported before qasync)

from ... import heap  # noqa: E402

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication (created once)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName("display-app")
        app.setOrganizationName("display-app")
    app.setQuitOnLastWindowClosed(False)
    return app  # type: ignore[return-value]


def run(main: Callable[[QApplication], Awaitable[int | None]], argv: list[str] | None = None) -> int:
    """Run ``main(app)`` on a qasync loop until it returns or the app quits. Returns the exit code."""
    app = application(argv)

    async def runner() -> int:
        closing = asyncio.Event()
        app.aboutToQuit.connect(closing.set)
        task = asyncio.ensure_future(main(app))
        quit_wait = asyncio.ensure_future(closing.wait())
        try:
            await asyncio.wait({task, quit_wait}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            quit_wait.cancel()
            if not task.done():
                task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if task.cancelled():
            return 0
        return int(task.result() or 0)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    # Python's collector runs on this (Qt's) thread only, never on qasync's worker threads,
    # where freeing a Qt object left its timers behind (display_app/heap.py).
    heap.collect_on_the_loop(loop)
    task = loop.create_task(runner(), name="runtime-main")
    try:
        # ``app.quit()`` (a --quit-after timer, the kiosk's Exit) ends Qt's event loop at
        # once, before the main coroutine has wound down: qasync then raises "Event loop
        # stopped before Future completed". aboutToQuit has told the runner to finish, so
        # run the loop again until it has (a few rounds at most).
        for _ in range(20):
            try:
                return loop.run_until_complete(task)
            except RuntimeError as exc:
                if task.done() or "before Future completed" not in str(exc):
                    raise
                log.debug("Qt's loop stopped while shutting down; letting the main coroutine finish")
        task.cancel()
        return 0
    finally:
        _close_loop(loop)


def _close_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel what is left, close async generators, close the loop (as asyncio.run does)."""
    try:
        leftovers = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for t in leftovers:
            t.cancel()
        if leftovers:
            with contextlib.suppress(RuntimeError):
                loop.run_until_complete(asyncio.gather(*leftovers, return_exceptions=True))
        with contextlib.suppress(RuntimeError):
            loop.run_until_complete(loop.shutdown_asyncgens())
    finally:
        asyncio.set_event_loop(None)
        loop.close()



async def serve_window(window: object, *, quit_after: float = 0.0, screenshot: str = "",
                       before_screenshot: Callable[[], None] | None = None) -> int:
    """Keep a surface's ``window`` up until it is closed (its ``closed`` signal, where it has
    one), the app quits, or ``quit_after`` seconds pass; then save ``screenshot`` (a PNG of the
    window, if a path is given; ``before_screenshot`` brings it up to date first). The caller
    closes what it started. Shared by the display, the board and the wall commands."""
    import shiboken6
    from PySide6.QtCore import QTimer

    app = QApplication.instance()
    done = asyncio.get_running_loop().create_future()
    saved = False

    def save_screenshot() -> None:
        nonlocal saved
        if saved or not screenshot:
            return
        saved = True
        if not shiboken6.isValid(window):
            log.error("no screenshot: the window is gone")
            return
        if before_screenshot is not None:
            before_screenshot()
        if window.grab().save(screenshot):  # type: ignore[attr-defined]
            log.info("screenshot saved to %s", screenshot)
        else:
            log.error("could not save the screenshot to %s", screenshot)

    def finish() -> None:
        if not done.done():
            done.set_result(0)

    closed = getattr(window, "closed", None)
    if closed is not None:
        closed.connect(finish)  # closing the window (outside kiosk mode) ends the command
    if app is not None:
        app.aboutToQuit.connect(save_screenshot)
    timer: QTimer | None = None
    if quit_after and quit_after > 0:
        # Ends the coroutine rather than calling app.quit(): the runtime then stops the
        # loop in order, with every task wound down.
        timer = QTimer(window)  # type: ignore[arg-type]
        timer.setSingleShot(True)
        timer.timeout.connect(finish)
        timer.start(int(quit_after * 1000))
    try:
        return await done
    finally:
        if timer is not None:
            timer.stop()
        save_screenshot()
        if app is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                app.aboutToQuit.disconnect(save_screenshot)
