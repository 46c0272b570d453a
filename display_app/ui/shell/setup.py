"""First-run and settings screen: where the installer points the app at a counter.

The installer types the counter's host (``till1``, ``192.168.1.20``, ``till1:4000`` or a
full ``ws://`` URL); the screen shows the URL that results (port 3490 and path
/fd1/open_websocket filled in), the mode (customer display / presell tablet), an
optional API key and store name, kiosk mode with its exit PIN and the monitor.
"Test connection" logs in and asks the counter for its store info, live, without
blocking the UI (a few seconds at most); "Save" validates and writes the settings file.

API::

    screen = SetupScreen(cfg, on_saved=callback, path=None)   # a QWidget; also emits saved(Config)
    cfg = await first_run(cfg)            # shows it until saved; SetupCancelled if closed
    screen = show_settings(cfg, on_saved) # for the kiosk staff menu: full screen, with Cancel
    info = await check_counter(cfg)       # StoreInfo, or CounterCheckFailed (Qt-free)
    sessions = await find_sessions(cfg)   # the counter's checkout sessions ("Follow", issue 12)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QRegularExpressionValidator, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QButtonGroup, QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QScrollArea, QScroller, QSpinBox, QVBoxLayout, QWidget

from ... import config, pins
from ...config import Config, ConfigError
from ...fd1.client import CounterClient, CounterSettings, LinkChanged, StoreInfoReply, counter_url, redact_url
from ...fd1 import dialect, reach
from ...sale.model import StoreInfo
from ...sale.sessions import SessionInfo, SessionListError, decode_session_list
from ...sale.store import store_info
from ..widgets import i18n
from ..widgets.i18n import fill
from ..widgets.reach_text import describe

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

CHECK_TIMEOUT = 5.0
#: Below this window height the screen packs tighter (a 7" 800x480 screen): smaller margins.
COMPACT_HEIGHT = 640

STYLE = """
QWidget#setup-screen { background: #f5f6f7; }
QWidget#setup-screen QLabel, QWidget#setup-screen QCheckBox, QWidget#setup-screen QRadioButton { font-size: 18px; color: #1d2327; }
QWidget#setup-screen QLabel#setup-title { font-size: 30px; font-weight: bold; }
QWidget#setup-screen QLabel#setup-url { font-family: monospace; font-size: 16px; color: #37474f; }
QWidget#setup-screen QLabel#setup-url[bad="true"] { color: #b3261e; }
QLabel#setup-status { font-size: 18px; min-height: 28px; }
QLabel#setup-status[tone="ok"] { color: #1b5e20; }
QLabel#setup-status[tone="error"] { color: #b3261e; }
QLineEdit, QSpinBox, QComboBox { font-size: 20px; min-height: 48px; padding: 0 8px; }
QSpinBox { padding: 0 56px; border: 1px solid #9aa7a2; border-radius: 4px; background: white; min-width: 120px; }
QSpinBox::up-button { subcontrol-origin: border; subcontrol-position: center right; width: 48px; height: 48px; }
QSpinBox::down-button { subcontrol-origin: border; subcontrol-position: center left; width: 48px; height: 48px; }
QWidget#setup-screen QCheckBox, QWidget#setup-screen QRadioButton { min-height: 48px; spacing: 12px; }
QCheckBox::indicator, QRadioButton::indicator { width: 32px; height: 32px; }
QPushButton { font-size: 20px; min-height: 56px; min-width: 120px; padding: 0 16px; }
QScrollArea#setup-scroll, QWidget#setup-form { background: transparent; border: none; }
QScrollArea#setup-scroll QScrollBar:vertical { width: 12px; background: #e3e7e5; border: none; margin: 0; border-radius: 6px; }
QScrollArea#setup-scroll QScrollBar::handle:vertical { background: #7d8b85; border-radius: 6px; min-height: 48px; }
QScrollArea#setup-scroll QScrollBar::add-line:vertical, QScrollArea#setup-scroll QScrollBar::sub-line:vertical { height: 0; border: none; }
QScrollArea#setup-scroll QScrollBar::add-page:vertical, QScrollArea#setup-scroll QScrollBar::sub-page:vertical { background: none; }
QPushButton#setup-save { background: #1f5f46; color: white; border-radius: 8px; }
QPushButton#setup-save:disabled { background: #9aa7a2; }
"""


class CounterCheckFailed(Exception):
    """The counter could not be reached or refused us; the message says why."""


class SetupCancelled(ConfigError):
    """The setup screen was closed without saving (the command exits with a one-line message)."""


async def check_counter(cfg: Config, *, timeout: float = CHECK_TIMEOUT) -> StoreInfo:
    """Connect once with ``cfg``'s counter, mode and api key, log in and ask for the
    store info. Returns it (local store_* overrides applied); raises CounterCheckFailed
    with the reason (bad address, refused, no answer within ``timeout``)."""
    try:
        url = counter_url(cfg.counter, presell=cfg.mode == "presell")
    except ValueError as exc:
        raise CounterCheckFailed(str(exc)) from None
    loop = asyncio.get_running_loop()
    outcome: asyncio.Future[tuple[Any, ...] | None] = loop.create_future()
    rows: list[tuple[Any, ...]] = []

    def on_update(update: Any) -> None:
        if outcome.done():
            return
        if isinstance(update, StoreInfoReply):
            rows.append(update.rows)
        elif isinstance(update, LinkChanged):
            if update.state == "connected":
                outcome.set_result(rows[0] if rows else None)
            elif update.state == "disconnected" and update.detail != "stopped":
                outcome.set_exception(CounterCheckFailed(describe(update.problem) if update.problem else human_detail(update.detail, url)))

    settings = CounterSettings(
        url=url,
        # As the real thing logs in: the display says customerdisplay; a presell tablet
        # has ?purpose=presell on the URL and no purpose in the login (presell/tablet.py).
        purpose="customerdisplay" if cfg.mode == "display" else None,
        apikey=cfg.apikey or None,
        firehoses=(),
        request_timeout=timeout,
        open_timeout=timeout,
        ping_interval=None,
    )
    client = CounterClient(settings, on_update)
    runner = asyncio.ensure_future(client.run())
    try:
        try:
            found = await asyncio.wait_for(outcome, timeout)
        except TimeoutError:
            raise CounterCheckFailed(describe(reach.classify(TimeoutError(), url, timeout=timeout))) from None
    finally:
        runner.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await runner
    if found is None:
        log.info("counter %s answered but sent no store info", redact_url(url))
    return store_info(found, cfg)


def human_detail(detail: str, url: str) -> str:
    """Why a connection that got through ended, in words in the language on screen (a
    refused connect is a ``fd1.reach`` problem, worded by ``reach_text``). The counter's
    own reason stays as it sent it."""
    address = reach.address_of(url)
    none = translate("Setup", "no reason given")
    if detail.startswith("login refused"):
        why = detail.partition(":")[2].strip() or none
        return fill(translate("Setup", "The counter at %1 refused this screen's login (%2). Check the API key."), address, why)
    return fill(translate("Setup", "The counter at %1 closed the connection (%2). Check the address and the mode."), address, detail or none)


async def find_sessions(cfg: Config, *, timeout: float = CHECK_TIMEOUT) -> list[SessionInfo]:
    """The checkout sessions the counter reports (``dialect.ACTIVESALE_LIST``), each with its
    current sale. Raises CounterCheckFailed with the reason."""
    try:
        url = counter_url(cfg.counter)
    except ValueError as exc:
        raise CounterCheckFailed(str(exc)) from None
    settings = CounterSettings(url=url, purpose="customerdisplay", apikey=cfg.apikey or None, fetch_info=False,
                               firehoses=(), request_timeout=timeout, open_timeout=timeout, ping_interval=None)
    client = CounterClient(settings)
    runner = asyncio.ensure_future(client.run())
    try:
        await client.wait_connected(timeout)
        reply = await client.request(dialect.ACTIVESALE_LIST, timeout=timeout)
        return decode_session_list(reply.data)
    except TimeoutError:
        raise CounterCheckFailed(fill(translate("Setup", "no answer from %1 within %2 s"), redact_url(url), QLocale().toString(float(timeout), "g", 6))) from None
    except SessionListError as exc:
        raise CounterCheckFailed(fill(translate("Setup", "the counter's session list is unreadable: %1"), str(exc))) from None
    except Exception as exc:  # refused, unknown endpoint, link lost
        raise CounterCheckFailed(f"{type(exc).__name__}: {exc}") from None
    finally:
        runner.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await runner


def session_label(info: SessionInfo) -> str:
    """A checkout session for the Follow list, in the language on screen: "Lane 2 · REG1 ·
    3 items, 12.50" (``SessionInfo.label`` says the same in English, for logs)."""
    where = fill(translate("Setup", "Lane %1"), info.lane) if info.lane else translate("Setup", "Session")
    if info.sale_key and info.total is not None:
        sale = fill(translate("Setup", "%n item(s), %1", None, info.lines), str(info.total))
    else:
        sale = translate("Setup", "no sale")
    return f"{where} · {info.session} · {sale}"


class FormScroll(QScrollArea):
    """Scrolls the form up and down only, so it is never narrower than the form: the
    window's minimum width is the form's (with the scroll bar), its minimum height small."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().minimumSizeHint()
        widget = self.widget()
        if widget is not None:
            hint.setWidth(max(hint.width(), widget.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()))
        return hint


class SetupScreen(QWidget):
    """The settings form. ``saved`` carries the Config just written."""

    saved = Signal(object)
    cancelled = Signal()
    closed = Signal()

    def __init__(
        self,
        cfg: Config,
        on_saved: Callable[[Config], Any] | None = None,
        *,
        path: str | os.PathLike[str] | None = None,
        cancellable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setup-screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(translate("Setup", "display-app setup"))
        self.setLayoutDirection(i18n.direction(i18n.current() or "en"))  # Arabic: labels at the right
        self.cfg = cfg
        self.path = Path(path) if path is not None else None
        self._on_saved = on_saved
        self._check: asyncio.Future[Any] | None = None
        self.last_store: StoreInfo | None = None

        title = QLabel(translate("Setup", "Set up this screen"), objectName="setup-title")
        self.host_edit = QLineEdit(cfg.counter, objectName="setup-host")
        self.host_edit.setPlaceholderText(translate("Setup", "till1, 192.168.1.20 or till1:3490"))
        self.host_edit.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.url_label = QLabel("", objectName="setup-url")
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mode_display = QRadioButton(translate("Setup", "Customer display"), objectName="setup-mode-display")
        self.mode_presell = QRadioButton(translate("Setup", "Presell tablet"), objectName="setup-mode-presell")
        modes = QButtonGroup(self)
        modes.addButton(self.mode_display)
        modes.addButton(self.mode_presell)
        (self.mode_presell if cfg.mode == "presell" else self.mode_display).setChecked(True)
        mode_row = QHBoxLayout()
        mode_row.setSpacing(32)
        mode_row.addWidget(self.mode_display)
        mode_row.addWidget(self.mode_presell)
        mode_row.addStretch(1)
        self.apikey_edit = QLineEdit(cfg.apikey, objectName="setup-apikey")
        self.apikey_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.apikey_edit.setPlaceholderText(translate("Setup", "only if the counter asks for one"))
        self.store_name_edit = QLineEdit(cfg.store_name, objectName="setup-store-name")
        self.store_name_edit.setPlaceholderText(translate("Setup", "leave empty to use the counter's"))
        self.kiosk_check = QCheckBox(translate("Setup", "Kiosk mode (full screen, exit only with the PIN)"), objectName="setup-kiosk")
        self.kiosk_check.setChecked(cfg.kiosk)
        # A saved PIN is a hash: the field starts empty and, left empty, keeps it.
        self._kept_pin = cfg.exit_pin if pins.is_hashed(cfg.exit_pin) else ""
        self.pin_edit = QLineEdit("" if self._kept_pin else cfg.exit_pin, objectName="setup-pin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(QRegularExpressionValidator(r"[0-9]{0,8}", self.pin_edit))
        self.pin_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin_edit.setPlaceholderText(translate("Setup", "unchanged (type a new one to change it)") if self._kept_pin else translate("Setup", "4 to 8 digits"))
        self.screen_spin = QSpinBox(objectName="setup-screen-number")
        self.screen_spin.setRange(0, max(7, len(QGuiApplication.screens()) - 1))
        self.screen_spin.setValue(cfg.screen)
        self.screen_spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screen_spin.setMaximumWidth(240)  # − and + a thumb apart, not the width of the form
        # Follow one checkout session (issue 12): empty = every sale on the lane.
        self.session_combo = QComboBox(objectName="setup-session")
        # As wide as the form gives it, not as its longest session (a long one would widen the window).
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_combo.setMinimumContentsLength(8)
        self.session_combo.addItem(translate("Setup", "Every sale on this lane"), "")
        if cfg.session:
            self.session_combo.addItem(fill(translate("Setup", "Session %1"), cfg.session), cfg.session)
            self.session_combo.setCurrentIndex(1)
        self.sessions_button = QPushButton(translate("Setup", "Find sessions"), objectName="setup-find-sessions")
        session_row = QHBoxLayout()
        session_row.addWidget(self.session_combo, 1)
        session_row.addWidget(self.sessions_button)

        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(translate("Setup", "Counter"), self.host_edit)
        form.addRow("", self.url_label)
        form.addRow(translate("Setup", "Mode"), mode_row)
        form.addRow(translate("Setup", "API key"), self.apikey_edit)
        form.addRow(translate("Setup", "Store name"), self.store_name_edit)
        form.addRow("", self.kiosk_check)
        form.addRow(translate("Setup", "Exit PIN"), self.pin_edit)
        form.addRow(translate("Setup", "Monitor"), self.screen_spin)
        form.addRow(translate("Setup", "Follow"), session_row)

        self.test_button = QPushButton(translate("Setup", "Test connection"), objectName="setup-test")
        self.save_button = QPushButton(translate("Setup", "Save"), objectName="setup-save")
        self.cancel_button = QPushButton(translate("Setup", "Cancel"), objectName="setup-cancel")
        self.cancel_button.setVisible(cancellable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        self.status_label = QLabel("", objectName="setup-status")
        self.status_label.setWordWrap(True)

        for widget, name, description in (
            (self.host_edit, translate("Setup", "Counter address"), translate("Setup", "The counter's name or IP address, with its port if it is not 3490")),
            (self.url_label, translate("Setup", "Counter URL"), translate("Setup", "The address this screen will connect to")),
            (self.mode_display, translate("Setup", "Customer display"), translate("Setup", "This screen faces the shopper and shows the sale")),
            (self.mode_presell, translate("Setup", "Presell tablet"), translate("Setup", "Staff build baskets in the queue and send them to the lane")),
            (self.apikey_edit, translate("Setup", "API key"), translate("Setup", "Only if the counter asks for one")),
            (self.store_name_edit, translate("Setup", "Store name"), translate("Setup", "Shown instead of the counter's store name; leave empty to use the counter's")),
            (self.kiosk_check, translate("Setup", "Kiosk mode"), translate("Setup", "Full screen; leaving it needs the exit PIN")),
            (self.pin_edit, translate("Setup", "Exit PIN"), translate("Setup", "4 to 8 digits that let staff leave kiosk mode")),
            (self.screen_spin, translate("Setup", "Monitor"), translate("Setup", "The number of the monitor this screen shows on, from 0")),
            (self.session_combo, translate("Setup", "Follow"), translate("Setup", "Every sale on this lane, or one checkout session")),
            (self.sessions_button, translate("Setup", "Find sessions"), translate("Setup", "Asks the counter for its checkout sessions")),
            (self.test_button, translate("Setup", "Test connection"), translate("Setup", "Connects to the counter and shows its store name")),
            (self.save_button, translate("Setup", "Save"), translate("Setup", "Checks and saves these settings")),
            (self.cancel_button, translate("Setup", "Cancel"), translate("Setup", "Closes without saving")),
            (self.status_label, translate("Setup", "Status"), translate("Setup", "The result of the last test or save")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

        # The form scrolls (a 7" 800x480 screen has room for about half of it); the title, the
        # status line and Test / Cancel / Save stay in sight below it.
        self.form_holder = QWidget(objectName="setup-form")
        holder_layout = QVBoxLayout(self.form_holder)
        # the scroll bar beside the fields, not on them (at the left in Arabic)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        holder_layout.setContentsMargins(8 if rtl else 0, 0, 0 if rtl else 8, 0)
        holder_layout.addLayout(form)
        holder_layout.addStretch(1)
        self.scroll = FormScroll(objectName="setup-scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.form_holder)
        self.scroll.viewport().setAutoFillBackground(False)
        self.form_holder.setAutoFillBackground(False)
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._fit_to_height(640)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focused)

        self.host_edit.textChanged.connect(self._show_url)
        self.mode_presell.toggled.connect(self._show_url)
        self.kiosk_check.toggled.connect(self.pin_edit.setEnabled)
        self.pin_edit.setEnabled(cfg.kiosk)
        self.test_button.clicked.connect(self.test_connection)
        self.sessions_button.clicked.connect(self.list_sessions)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._cancel)
        self._show_url()

    # -- fitting the screen ---------------------------------------------------------

    def _fit_to_height(self, height: int) -> None:
        """Margins and spacing for this window height: tighter on a 7" screen."""
        compact = height < COMPACT_HEIGHT
        self._layout.setContentsMargins(*((16, 8, 16, 8) if compact else (40, 32, 40, 32)))
        self._layout.setSpacing(8 if compact else 16)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        self._fit_to_height(event.size().height())
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self.scroll.updateGeometry()  # the form's width is known once its style sheet is applied
        super().showEvent(event)

    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A field reached by Tab (or an on-screen keyboard's Next) scrolls into sight."""
        with contextlib.suppress(RuntimeError):  # this screen may be gone already
            if new is not None and self.form_holder.isAncestorOf(new):
                self.scroll.ensureWidgetVisible(new, 8, 8)

    # -- reading the form ----------------------------------------------------------

    def current_config(self) -> Config:
        """The settings as typed (validated); raises ConfigError naming the problem."""
        cfg = self.cfg.replace(
            counter=self.host_edit.text().strip(),
            mode="presell" if self.mode_presell.isChecked() else "display",
            apikey=self.apikey_edit.text().strip(),
            store_name=self.store_name_edit.text().strip(),
            kiosk=self.kiosk_check.isChecked(),
            exit_pin=self.pin_edit.text().strip() or self._kept_pin,
            screen=self.screen_spin.value(),
            session=self.session_combo.currentData() or "",
        )
        if not cfg.counter:
            raise ConfigError(translate("Setup", "type the counter's address first (e.g. till1 or 192.168.1.20)"))
        return config.validate(cfg)

    def _show_url(self, *_: Any) -> None:
        text = self.host_edit.text().strip()
        if not text:
            self.url_label.setText("")
            bad = False
        else:
            try:
                self.url_label.setText(counter_url(text, presell=self.mode_presell.isChecked()))
                bad = False
            except ValueError as exc:
                self.url_label.setText(str(exc))
                bad = True
        self.url_label.setProperty("bad", bad)
        self.url_label.style().unpolish(self.url_label)
        self.url_label.style().polish(self.url_label)

    def _status(self, text: str, tone: str = "") -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("tone", tone)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

    # -- actions ---------------------------------------------------------------------

    def test_connection(self) -> asyncio.Future[Any] | None:
        """Start the live check (returns its task); the result appears in the status line."""
        if self._check is not None and not self._check.done():
            return self._check
        try:
            cfg = self.current_config()
        except ConfigError as exc:
            self._status(str(exc), "error")
            return None
        self._check = asyncio.ensure_future(self._run_check(cfg))
        return self._check

    def list_sessions(self) -> asyncio.Future[Any] | None:
        """Ask the counter for its checkout sessions and offer them in the Follow list."""
        try:
            cfg = self.current_config()
        except ConfigError as exc:
            self._status(str(exc), "error")
            return None
        return asyncio.ensure_future(self._run_sessions(cfg))

    async def _run_sessions(self, cfg: Config) -> None:
        self.sessions_button.setEnabled(False)
        self._status(translate("Setup", "Asking the counter for its sessions …"))
        try:
            sessions = await find_sessions(cfg)
        except CounterCheckFailed as exc:
            self._status(fill(translate("Setup", "Could not list the sessions: %1"), str(exc)), "error")
            return
        finally:
            with contextlib.suppress(RuntimeError):
                self.sessions_button.setEnabled(True)
        chosen = self.session_combo.currentData() or ""
        self.session_combo.clear()
        self.session_combo.addItem(translate("Setup", "Every sale on this lane"), "")
        for info in sessions:
            self.session_combo.addItem(session_label(info), info.session)
        index = self.session_combo.findData(chosen)
        self.session_combo.setCurrentIndex(max(0, index))
        self._status(translate("Setup", "The counter reports %n session(s): pick the one this screen follows", None, len(sessions)), "ok")

    async def _run_check(self, cfg: Config) -> None:
        url = redact_url(counter_url(cfg.counter, presell=cfg.mode == "presell"))
        self.test_button.setEnabled(False)
        self._status(fill(translate("Setup", "Connecting to %1 …"), url))
        try:
            info = await check_counter(cfg)
        except CounterCheckFailed as exc:
            self.last_store = None
            self._status(fill(translate("Setup", "Could not connect. %1"), str(exc)), "error")
            log.info("connection test to %s failed: %s", url, exc)
        except Exception as exc:  # never leave the button disabled
            self.last_store = None
            self._status(fill(translate("Setup", "Could not test the connection: %1"), str(exc) or type(exc).__name__), "error")
            log.exception("connection test to %s failed", url)
        else:
            self.last_store = info
            name = info.name or translate("Setup", "(the counter sent no store name)")
            self._status(fill(translate("Setup", "Connected: %1"), name), "ok")
            log.info("connection test to %s: store %r", url, info.name)
        finally:
            with contextlib.suppress(RuntimeError):  # the screen may have been closed and deleted meanwhile
                self.test_button.setEnabled(True)

    def save(self) -> Config | None:
        """Validate and write the settings; returns the saved Config (None if invalid)."""
        try:
            cfg = self.current_config()
            written = config.save(cfg, self.path)
        except ConfigError as exc:
            self._status(str(exc), "error")
            return None
        except OSError as exc:
            self._status(fill(translate("Setup", "Could not save the settings: %1"), str(exc)), "error")
            log.error("could not save settings: %s", exc)
            return None
        self.cfg = cfg
        self._status(fill(translate("Setup", "Saved to %1"), str(written)), "ok")
        self.saved.emit(cfg)
        if self._on_saved is not None:
            self._on_saved(cfg)
        return cfg

    def _cancel(self) -> None:
        self.cancelled.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._check is not None and not self._check.done():
            self._check.cancel()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()


def show_settings(cfg: Config, on_saved: Callable[[Config], Any] | None = None, *, path: str | os.PathLike[str] | None = None) -> SetupScreen:
    """The settings screen as its own window (full screen in kiosk mode, on the same
    monitor), with Cancel; it closes itself after Save. For the kiosk staff menu."""
    screen = SetupScreen(cfg, on_saved, path=path, cancellable=True)
    screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    screen.saved.connect(lambda _cfg: screen.close())
    if cfg.kiosk:
        screen.setWindowFlags(screen.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        screens = QGuiApplication.screens()
        if 0 <= cfg.screen < len(screens):
            screen.setScreen(screens[cfg.screen])
            screen.setGeometry(screens[cfg.screen].geometry())
        screen.showFullScreen()
    else:
        screen.resize(760, 640)
        screen.show()
    screen.raise_()
    screen.activateWindow()
    return screen


async def first_run(cfg: Config, *, path: str | os.PathLike[str] | None = None) -> Config:
    """Show the setup screen until the installer saves; returns the saved Config.
    Closing the window without saving raises SetupCancelled."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[Config] = loop.create_future()
    screen = SetupScreen(cfg, path=path)
    screen.saved.connect(lambda saved: done.done() or done.set_result(saved))
    screen.closed.connect(lambda: done.done() or done.set_exception(SetupCancelled("setup closed without saving; nothing was written")))
    screen.resize(760, 640)
    screen.show()
    log.info("first run: showing the setup screen (settings will go to %s)", path or config.default_config_path())
    try:
        return await done
    finally:
        screen.hide()
        screen.deleteLater()
