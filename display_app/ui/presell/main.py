"""``display-app presell``: the presell tablet against a PosGreen counter.

Qt-free at import (the CLI lists every command). ``start_presell(cfg)`` builds the
window and the tablet and starts the counter link (the demo and tests use it);
``run_presell(cfg, app)`` runs it until the app quits (or ``cfg.quit_after``).

The SalesBuilder variant: ``--salesbuilder A|B`` if given, else the one that worked
last time (remembered in the user state dir), else B. The basket and its unsent
writes are journalled in the user state dir too, so a restart or crash loses nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ... import paths
from ...atomic import sweep_temps, write_atomic

log = logging.getLogger(__name__)

DEFAULT_VARIANT = "B"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ... import config

    config.add_arguments(parser, skip=("mode",))
    parser.add_argument(
        "--salesbuilder",
        choices=("A", "B"),
        default=None,
        help="SalesBuilder endpoint names to try first: A (sale_*) or B (salesbuilder_*); "
        "default: the one that worked last time, else B (the other is tried if the counter does not know it)",
    )


def run(args: argparse.Namespace) -> int:
    from ..shell.command import run_counter_command

    variant = getattr(args, "salesbuilder", None)
    return run_counter_command(args, "presell", lambda cfg, app: run_presell(cfg, app, variant=variant))


# ----------------------------------------------------------------------------- remembered variant


def _variant_file() -> Path:
    return paths.state_dir() / "presell.json"


def basket_journal() -> Path:
    """Where the tablet keeps its basket and unsent writes, so a restart loses nothing."""
    return paths.state_dir() / "presell-basket.json"


def remembered_variant() -> str | None:
    sweep_temps(_variant_file())  # read once at start: clear what an interrupted save left
    try:
        value = json.loads(_variant_file().read_text(encoding="utf-8")).get("salesbuilder")
    except (OSError, ValueError, AttributeError):
        return None
    return value if value in ("A", "B") else None


def remember_variant(variant: str) -> None:
    path = _variant_file()
    try:
        write_atomic(path, json.dumps({"salesbuilder": variant}))  # a power cut never leaves half a file
    except OSError as exc:
        log.warning("could not remember the SalesBuilder variant in %s: %s", path, exc)


# ----------------------------------------------------------------------------- running


@dataclass
class PresellRun:
    window: Any  # window.PresellWindow
    tablet: Any  # presell.tablet.Tablet
    task: asyncio.Task[Any]
    cleanups: list[Callable[[], None]] = field(default_factory=list)

    async def close(self) -> None:
        from .window import close_window

        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self.task
        await self.window.tasks.cancel_all()
        for cleanup in self.cleanups:
            with contextlib.suppress(Exception):
                cleanup()
        close_window(self.window)


def start_presell(cfg: Any, *, show: bool = True, size: tuple[int, int] | None = (1280, 800), variant: str | None = None, remember: bool = True) -> PresellRun:
    """Build the presell window and tablet and start the counter link (needs a running loop).

    ``remember`` (the default) keeps the working SalesBuilder variant and the basket
    journal (``basket_journal()``) in the user state dir; tests pass False."""
    from ...presell.tablet import Tablet, presell_settings
    from ..widgets.format import MoneyFormat
    from .window import PresellWindow

    chosen = variant or (remembered_variant() if remember else None) or DEFAULT_VARIANT
    tablet = Tablet(presell_settings(cfg.counter, apikey=cfg.apikey or None), variant=chosen, journal=basket_journal() if remember else None)
    from ...sale.language import store_language
    from ..widgets import i18n

    if not i18n.current():  # the tablet's own process: the store's language (in the demo the display's rules)
        i18n.use(store_language(getattr(cfg, "store_language", ""), cfg.store_locale))
    window = PresellWindow(tablet, money=MoneyFormat.for_store(cfg.store_locale, cfg.store_currency))
    if size is not None:
        window.resize(*size)
    task = asyncio.ensure_future(tablet.run())
    task.set_name("presell-counter-link")
    run = PresellRun(window=window, tablet=tablet, task=task)
    follow_store_money(run, cfg)
    try:
        from .identify import install_identify

        install_identify(run, cfg)  # shopper identification step (only when visits_url is set)
    except Exception:  # the basket must work whatever this does
        log.exception("shopper identification could not start; the tablet runs without it")
    if getattr(cfg, "pager", ""):
        try:
            from ...pagers.link import parse_base_address
            from .pagers import install_pagers

            host, port = parse_base_address(cfg.pager)
            install_pagers(
                run,
                host=host,
                port=port,
                goal_s=cfg.pager_goal_seconds,
                lane_label=cfg.pager_lane,
                shows_text=cfg.pager_shows_text,
                journal_dir=basket_journal().parent if remember else None,
            )
        except Exception:  # the basket must work whatever the pager step does
            log.exception("the pager step could not start; the tablet runs without pagers")
    if remember:
        seen = [chosen]

        def keep_variant(state: Any) -> None:
            if tablet.builder.confirmed and state.variant != seen[0]:
                seen[0] = state.variant
                remember_variant(state.variant)

        tablet.listeners.append(keep_variant)
    if show:
        try:
            from ..shell.kiosk import install_kiosk
        except ImportError:  # pragma: no cover
            install_kiosk = None
        if install_kiosk is not None:
            install_kiosk(window, cfg)
        if not getattr(cfg, "kiosk", False):
            window.show()
    return run


def follow_store_money(run: PresellRun, cfg: Any) -> None:
    """Money in the store's currency and locale, as the counter says: on every connect the
    tablet asks ``fd1.customerdisplay.get_info`` (what the customer display asks) and
    formats amounts the same way; ``store_locale``/``store_currency`` settings still win. A
    counter that will not answer it leaves the settings' format (a line in the log)."""
    from ...fd1 import dialect
    from ...sale.store import store_info
    from ..widgets.format import MoneyFormat

    tablet, window = run.tablet, run.window
    shown = [(cfg.store_locale, cfg.store_currency)]
    was_connected = [False]

    async def fetch() -> None:
        try:
            reply = await tablet.client.request(dialect.GET_INFO)
        except Exception as exc:  # noqa: BLE001 - refused, unknown endpoint, link lost: keep the settings' format
            log.info("no store info from the counter (%s); money as the settings say", exc)
            return
        info = store_info(reply.rows(), cfg)
        if (info.locale, info.currency) != shown[0]:
            shown[0] = (info.locale, info.currency)
            log.info("money in the counter's format: locale %s, currency %s", info.locale or "-", info.currency or "-")
            window.set_money(MoneyFormat.for_store(info.locale, info.currency))

    def on_state(state: Any) -> None:
        if state.connected and not was_connected[0]:
            window.tasks.spawn(fetch(), name="presell-store-info")
        was_connected[0] = state.connected

    tablet.listeners.append(on_state)


async def run_presell(cfg: Any, app: Any = None, *, variant: str | None = None) -> int:
    """Run the presell tablet until the app quits, or for ``cfg.quit_after`` seconds;
    ``cfg.screenshot`` saves a PNG of the window at the end."""
    from PySide6.QtWidgets import QApplication

    app = app or QApplication.instance()
    presell = start_presell(cfg, variant=variant)
    done = asyncio.Event()
    app.aboutToQuit.connect(done.set)
    try:
        if cfg.quit_after and cfg.quit_after > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(done.wait(), cfg.quit_after)
        else:
            await done.wait()
        if cfg.screenshot:
            if presell.window.grab().save(cfg.screenshot):
                log.info("screenshot saved to %s", cfg.screenshot)
            else:
                log.error("could not save the screenshot to %s", cfg.screenshot)
    finally:
        with contextlib.suppress(RuntimeError, TypeError):
            app.aboutToQuit.disconnect(done.set)
        await presell.close()
    return 0
