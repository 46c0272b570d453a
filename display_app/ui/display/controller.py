"""The live customer display: counter link -> reducer -> one coalesced render.

Data flows one way::

    CounterClient --updates--> DisplayController --reduce--> ScreenState --render--> DisplayWindow

The controller turns each link update into a sale-reducer event
(``sale.reducer.from_counter``), queues it, and schedules ONE render on the next loop
turn if none is pending. The render reduces the queue in order
(``SaleReducer.handle_all``: a snapshot superseded by a later one of the same sale is
not even parsed, and no lifecycle step is skipped) and paints only the latest state, so
a burst of a thousand snapshots never puts the screen behind.
A timer sends ``Tick`` at ``next_deadline(state)`` (the thank-you ending by itself).
Each render of a changed state also rewrites the ``--state-file`` probe.
The counter's branding (its get_info reply) is kept in the state folder a moment after it
arrives, and the next start begins with it (``sale.store.remember``/``recall``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from ... import heap, paths
from ...fd1.client import StoreInfoReply
from ...sale import probe, store
from ...sale.model import ScreenState
from ...sale.reducer import SaleEvent, SaleReducer, ShopperLanguage, Tick, from_counter, next_deadline
from . import bench_hook
from .window import DisplayWindow

log = logging.getLogger(__name__)



class DisplayController(QObject):
    """Counter updates in, one coalesced render out. Owns the reducer and the tick timer.

    Counters for the benchmark and the tests: ``updates_received`` (link updates and
    events handled), ``reductions``, ``renders`` (states shown) and ``max_pending``
    (the most events reduced between two renders); the reducer's ``parsed`` and
    ``superseded`` say how many snapshots were parsed and dropped unparsed.
    """

    rendered = Signal(object)  # the ScreenState just shown

    def __init__(self, window: DisplayWindow, cfg: Any, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.cfg = cfg
        self.clock = clock
        self.branding_file = branding_file()
        # From the first frame, before the counter answers (or while it is down): the
        # branding it sent last time, with the store's own settings (language, locale, name) on top.
        kept = store.recall(self.branding_file, cfg.counter) if cfg.counter else []
        self.reducer = SaleReducer(thankyou_seconds=cfg.thankyou_seconds, thankyou_url=cfg.thankyou_url,
                                   state=ScreenState(session=getattr(cfg, "session", "") or "", store=store.store_info(kept, cfg)))
        self.state_file = cfg.state_file or ""
        self.updates_received = 0
        self.reductions = 0
        self.renders = 0
        self.max_pending = 0
        self.closed = False
        self._pending = 0
        self._queue: list[SaleEvent] = []  # updates that arrived since the last frame
        self._shown: ScreenState | None = None
        #: Turns the state into what is shown (shopper identification fills in ``{session}``).
        self.present: Callable[[ScreenState], ScreenState] | None = None
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self.render)
        self._tick_timer = QTimer(self)
        self._tick_timer.setSingleShot(True)
        self._tick_timer.timeout.connect(lambda: self.handle(Tick()))
        # The updates reduced last, kept until the frame after the next reduction is out:
        # they hold the previous snapshot (a 1,000-line sale decodes into ~20,000 objects),
        # which would otherwise be freed inside the next update, between it and the screen.
        self._held: list[SaleEvent] = []
        self._retired: list[SaleEvent] = []
        self._release_timer = QTimer(self)
        self._release_timer.setSingleShot(True)
        self._release_timer.setInterval(0)
        self._release_timer.timeout.connect(self._release)

    @property
    def state(self) -> ScreenState:
        """The latest state (updates still queued for the next frame reduced first)."""
        self._reduce_queued()
        return self.reducer.state

    def on_update(self, update: Any) -> None:
        """The CounterClient callback: translate, reduce, schedule a render."""
        if self.closed or not shiboken6.isValid(self):  # a screen closed after a crash: never touch its timers
            return
        self.updates_received += 1
        if isinstance(update, StoreInfoReply) and self.cfg.counter:
            # Kept for the next start once this one is on screen, not on the way to it, and
            # on a worker thread: a changed branding is written with an fsync.
            rows = update.rows
            QTimer.singleShot(KEEP_BRANDING_MS, self, lambda: self._keep_branding(rows))
        try:
            event = from_counter(update, self.cfg)
        except Exception:  # a bug in translation must not take the link down
            log.exception("could not translate %s from the counter", type(update).__name__)
            return
        if event is not None:
            self._reduce(event)

    def _keep_branding(self, rows: Any) -> None:
        """Write the counter's branding for the next start, on a worker thread."""
        if self.closed:
            return

        def kept(done: asyncio.Future[bool]) -> None:
            if not done.cancelled() and done.exception() is not None:  # remember() logs what it expects itself
                log.error("store branding not kept: %r", done.exception())

        asyncio.get_event_loop().run_in_executor(None, store.remember, self.branding_file, self.cfg.counter, rows).add_done_callback(kept)

    def handle(self, event: SaleEvent) -> None:
        """Apply one reducer event directly (ticks, tests, the demo), after any queued ones."""
        self.updates_received += 1
        self._reduce_queued()
        try:
            self.reducer.handle(event, self.clock())
        except Exception:
            log.exception("sale reducer failed on %s; screen unchanged", type(event).__name__)
            return
        self.reductions += 1
        self._schedule()

    def _reduce(self, event: SaleEvent) -> None:
        """Queue ``event`` for the next frame (reduced in order by ``render``). A burst
        that outruns the frames is reduced every ``MAX_QUEUED`` updates, so its decoded
        snapshots are freed as it goes rather than all held until the frame (the same
        states: reducing in parts equals reducing at once)."""
        self._queue.append(event)
        if len(self._queue) >= MAX_QUEUED:
            self._reduce_queued()
        self._schedule()

    def _schedule(self) -> None:
        self._pending += 1
        self.max_pending = max(self.max_pending, self._pending)
        if not self._render_timer.isActive():
            self._render_timer.start()

    def _reduce_queued(self) -> None:
        if not self._queue:
            return
        events, self._queue = self._queue, []
        # The last batch's snapshot is freed after the frame (_release), not in this update;
        # one batch only: a burst still frees its snapshots as it goes.
        self._retired, self._held = self._held, events
        try:
            self.reducer.handle_all(events, self.clock())
        except Exception:
            log.exception("sale reducer failed on %d queued events; screen shows the last good state", len(events))
            return
        self.reductions += len(events)

    def _release(self) -> None:
        self._retired = []

    def render(self) -> None:
        """Reduce what arrived since the last frame, show the latest state (if it changed)
        and re-arm the tick timer."""
        self._render_timer.stop()
        self._pending = 0
        self._reduce_queued()
        state = self.reducer.state
        if state is not self._shown:
            if self._shown is None or self._shown.screen is not state.screen:
                log.info("screen: %s (link %s)", state.screen, state.connection)
            self._shown = state
            self.window.show_state(self.present(state) if self.present is not None else state)
            self.renders += 1
            self._write_probe(state)
            self.rendered.emit(state)
        if self._retired:
            self._release_timer.start()  # after the repaint this render asked for
        self._arm_tick(state)

    def _arm_tick(self, state: ScreenState) -> None:
        deadline = next_deadline(state)
        if deadline is None:
            self._tick_timer.stop()
            return
        delay_ms = max(0, int((deadline - self.clock()) * 1000) + 5)
        self._tick_timer.start(delay_ms)

    def _write_probe(self, state: ScreenState) -> None:
        if not self.state_file:
            return
        try:
            probe.write_state_file(self.state_file, state)
        except OSError as exc:
            log.error("cannot write the state file %s: %s", self.state_file, exc)


# ----------------------------------------------------------------------------- running


@dataclass
class DisplayRun:
    """A live customer display: its window, controller, counter link and link task."""

    window: DisplayWindow
    controller: DisplayController
    client: Any
    task: asyncio.Task[Any]
    cleanups: list[Callable[[], Any]] = field(default_factory=list)
    visits: Any = None  # greeting.DisplayVisits when shopper identification is on

    async def close(self) -> None:
        """Stop the link and dispose of the window (again: nothing happens)."""
        if self.controller.closed:
            return
        self.controller.closed = True  # the link's last words ("stopped") are not news for the screen
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self.task
        for cleanup in self.cleanups:
            with contextlib.suppress(Exception):
                cleanup()
        self.window.hide()
        self.window.deleteLater()


def start_display(cfg: Any, *, show: bool = True, size: tuple[int, int] | None = None) -> DisplayRun:
    """Build the window and controller and start the counter link (needs a running loop).

    ``show=False`` leaves the window hidden (the caller shows it, e.g. at a size).
    In kiosk mode the window goes full screen on ``cfg.screen``.
    """
    from ...fd1.client import CounterClient, CounterSettings, Firehose, counter_url

    window = DisplayWindow()
    if size is not None:
        window.resize(*size)
    if getattr(cfg, "high_contrast", False) or getattr(cfg, "large_text", False):
        window.set_accessibility(high_contrast=bool(cfg.high_contrast), large_text=bool(cfg.large_text))
    window.set_night(getattr(cfg, "night_from", ""), getattr(cfg, "night_until", ""))
    window.set_language_button(bool(getattr(cfg, "language_button", False)))
    window.set_slideshow(cfg.slideshow_dir, cfg.slideshow_seconds)
    controller = DisplayController(window, cfg)
    window.language_picked.connect(lambda code: controller.handle(ShopperLanguage(code)))
    controller.render()  # the start-up screen, before the counter answers
    settings = CounterSettings(
        url=counter_url(cfg.counter),
        apikey=cfg.apikey or None,
        firehoses=(Firehose(cfg.firehose_event),),
    )
    client = CounterClient(settings, on_update=controller.on_update)
    task = asyncio.ensure_future(client.run())
    task.set_name("counter-link")
    run = DisplayRun(window=window, controller=controller, client=client, task=task)
    bench_hook.install_from_env(run)  # paint stamps for display-app bench (only if its env var is set)
    try:
        from .greeting import install_visits

        install_visits(run, cfg)  # shopper identification (only if visits_url or {session} is set)
    except Exception:  # the sale screen must come up whatever this does
        log.exception("shopper identification could not start; the display runs without it")
    if show:
        try:
            _show(window, cfg)
        except BaseException:
            # Nothing may outlive a screen that failed to come up: above all its counter
            # link, or the counter would see this display twice after the restart.
            controller.closed = True
            task.cancel()
            window.hide()
            window.deleteLater()
            raise
    return run


def _show(window: DisplayWindow, cfg: Any) -> None:
    try:
        from ..shell.kiosk import install_kiosk
    except ImportError:  # pragma: no cover - kiosk support is part of the app
        install_kiosk = None
    if install_kiosk is not None:
        install_kiosk(window, cfg, on_accessibility=window.set_accessibility)
    if not getattr(cfg, "kiosk", False):
        window.show()


async def run_display(cfg: Any, app: Any = None) -> int:
    """Run the customer display until the app quits, or for ``cfg.quit_after`` seconds.

    ``cfg.screenshot``: a PNG of the window is saved when it ends (either way).
    """
    from PySide6.QtWidgets import QApplication

    app = app or QApplication.instance()
    display = start_display(cfg)
    # Once the first frame is out: start-up's objects frozen, and the collector run on the
    # loop between messages, not inside them (display_app/heap.py). A collection of the
    # whole start-up heap (~20 ms, once) must not delay the first frame.
    loop = asyncio.get_running_loop()
    # Between customers (a quiet second) the allocator's free pages go back to the system.
    loop.call_later(SETTLE_SECONDS, heap.settle, loop, lambda: display.controller.updates_received)
    return await serve_until_done(display, cfg, app)


#: Milliseconds after the counter's branding arrives before it is kept for the next start.
KEEP_BRANDING_MS = 3000


def branding_file() -> Path:
    """Where the counter's last branding is kept: the app's state folder."""
    return paths.state_dir() / store.BRANDING_FILE


#: Updates held for the next frame at most (DisplayController._reduce).
MAX_QUEUED = 4

#: Seconds after start before the garbage collector is settled (heap.settle).
SETTLE_SECONDS = 2.0


async def serve_until_done(display: DisplayRun, cfg: Any, app: Any) -> int:
    """Keep ``display`` up until the app quits, its window is closed or ``cfg.quit_after``
    passes; then save ``cfg.screenshot`` (if set) and close it. Shared by ``display`` and ``demo``."""
    from ..shell.runtime import serve_window

    try:
        return await serve_window(display.window, quit_after=cfg.quit_after, screenshot=cfg.screenshot)
    finally:
        await display.close()
