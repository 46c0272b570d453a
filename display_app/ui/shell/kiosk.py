"""Kiosk mode and crash safety for the display and presell windows.

Adopting it is one call after building the window::

    guard = install_kiosk(window, cfg, on_settings=open_settings)   # on_exit optional

* ``cfg.kiosk`` true: the window goes full screen on monitor ``cfg.screen`` (the primary
  one, with a log line, if that monitor is missing; it moves back when it returns),
  frameless and on top; the cursor hides after ``CURSOR_HIDE_SECONDS`` without movement
  and comes back when the mouse moves; screen blanking is inhibited where cheap (see
  ``inhibit_screen_blanking``); closing is refused (closeEvent, Alt+F4 through the window
  manager) and Escape/Alt+F4 keys are swallowed.
* Always: **Ctrl+Shift+Q**, or **three taps within 1.5 s in the top-left corner**
  (``CORNER`` px square), opens an on-screen PIN pad over the window (no modal dialog).
  The right ``exit_pin`` (or none is set and we are not in kiosk mode) shows
  "Settings" (the setup screen, then a restart to apply what was saved; or your
  ``on_settings``), "Exit" (lets the window close, then calls ``on_exit`` or quits the
  application) and "Back".

Crash safety: ``run_guarded(main)`` runs the main coroutine and, if it dies with an
exception, logs it, closes everything that run held (the tasks it started: its
counter link, so the counter sees one session, never two; then its windows) and starts
it again, at most ``max_restarts`` times per ``window_seconds``; past that it returns exit code
70 so the service manager (systemd ``Restart=always``, Task Scheduler "restart on
failure") starts a fresh process. Exceptions in slots, paint events and asyncSlot
tasks are logged by ``display_app.logs`` hooks and the UI carries on.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import math
import os
import shutil
import sys
import time
from typing import Any, Awaitable, Callable

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtGui import QColor, QGuiApplication, QInputDevice, QKeyEvent, QMouseEvent, QPainter, QScreen, QTouchEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ... import pins
from ...paths import is_frozen

log = logging.getLogger(__name__)

#: The events the kiosk guard acts on (closing, the pointer, keys, resizing).
_WATCHED_EVENTS = frozenset({
    QEvent.Type.Close, QEvent.Type.Resize, QEvent.Type.KeyPress, QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})
#: The window got (or changed) its QWindow: the guard follows it there.
_NATIVE_WINDOW_EVENTS = frozenset({QEvent.Type.Show, QEvent.Type.WinIdChange})
#: A press, as the widget under the pointer gets it: Qt delivers the second of two quick
#: presses (a fast tap, 100 ms after the last) as a double click, not as a press.
_PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick})

CURSOR_HIDE_SECONDS = 3.0
CORNER = 80  # px: the top-left square that takes the unlock taps
TAPS = 3
TAP_SECONDS = 1.5
EXIT_CODE_TOO_MANY_CRASHES = 70  # EX_SOFTWARE
OVERLAY_MARGIN = 8  # px the PIN pad and the staff menu keep from the window's edges
MIN_TARGET = 48  # px: the smallest touch target (docs/accessibility.md)
MENU_BUTTON = 84  # px: the staff menu's buttons, where the screen has room
MENU_WIDTH = 280
MENU_SPACING = 14


# ----------------------------------------------------------------------------- kiosk window


def choose_screen(index: int) -> QScreen:
    """Monitor ``index`` (0 = first), or the primary one with a log line when it is missing."""
    screens = QGuiApplication.screens()
    if 0 <= index < len(screens):
        return screens[index]
    primary = QGuiApplication.primaryScreen()
    log.warning("monitor %d not found (%d connected); using the primary one (%s)", index, len(screens), primary.name() if primary else "?")
    return primary


def apply_kiosk(window: QWidget, cfg: Any) -> QScreen:
    """Full screen, frameless and on top, on monitor ``cfg.screen``. Returns the screen used."""
    screen = choose_screen(int(getattr(cfg, "screen", 0) or 0))
    flags = window.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
    if window.windowFlags() != flags:
        window.setWindowFlags(flags)  # hides the window; shown again below
    if screen is not None:
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
    window.showFullScreen()
    log.info("kiosk: full screen on %s %s", screen.name() if screen else "?", _rect_text(screen.geometry()) if screen else "")
    return screen


def _rect_text(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


_blanking_inhibited = False


def inhibit_screen_blanking() -> str:
    """Keep the display awake, where that is cheap and reliable. Returns what was done:

    * ``"windows"``: SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED) (the
      screensaver itself is a Windows policy setting: see README.md, Kiosk mode);
    * ``"xset"``: ``xset s off -dpms s noblank`` when $DISPLAY is set and xset exists;
    * ``"none"``: nothing (eglfs/linuxfb/Wayland kiosks: no desktop power manager, so
      it is the kernel's ``consoleblank=0`` and the monitor's own settings).
    Done once per process.
    """
    global _blanking_inhibited
    if _blanking_inhibited:
        return "done"
    _blanking_inhibited = True
    if sys.platform == "win32":
        import ctypes  # Windows only: not worth its load (and libffi's) at every start elsewhere

        es_continuous, es_display_required = 0x80000000, 0x00000002
        try:
            ctypes.windll.kernel32.SetThreadExecutionState(es_continuous | es_display_required)  # type: ignore[attr-defined]
            return "windows"
        except (AttributeError, OSError) as exc:
            log.warning("could not keep the display awake: %s", exc)
            return "none"
    xset = shutil.which("xset")
    if os.environ.get("DISPLAY") and xset and QGuiApplication.platformName() == "xcb":
        process = QtCore.QProcess()  # through its module: QProcess's enums are built here, not at every start
        process.setProcessEnvironment(_system_environment())
        process.setProgram(xset)
        process.setArguments(["s", "off", "-dpms", "s", "noblank"])
        if _started(process.startDetached()):
            log.info("screen blanking turned off with xset")
            return "xset"
        log.warning("could not run xset to turn screen blanking off")
    else:
        log.info("screen blanking: nothing to switch off here (platform %s); see README.md, Kiosk mode", QGuiApplication.platformName())
    return "none"


def _started(result: Any) -> bool:
    """``QProcess.startDetached()``'s answer: PySide6 6.12 returns a plain bool, earlier
    versions a ``(bool, pid)`` tuple (unpacking the bool was a TypeError that took the
    kiosk screen down on X11)."""
    if isinstance(result, tuple):
        return bool(result[0]) if result else False
    return bool(result)


def _system_environment() -> QtCore.QProcessEnvironment:
    """The environment for a system program: a frozen build's bootloader points
    LD_LIBRARY_PATH at the bundle, which must not leak into xset."""
    env = QtCore.QProcessEnvironment.systemEnvironment()
    if is_frozen():
        original = env.value("LD_LIBRARY_PATH_ORIG")
        if original:
            env.insert("LD_LIBRARY_PATH", original)
        else:
            env.remove("LD_LIBRARY_PATH")
    return env


# ----------------------------------------------------------------------------- unlock overlay


class UnlockOverlay(QWidget):
    """Covers the window: the PIN pad, then the Settings / Exit / Back menu."""

    def __init__(self, window: QWidget, check: Callable[[str], bool], *, has_settings: bool) -> None:
        super().__init__(window)
        self.setObjectName("kiosk-overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        from .pin import PinPad  # with the overlay: built when staff first ask for it

        self.pages = QStackedWidget(self)
        self.pad = PinPad(check)
        self.menu = QWidget(objectName="kiosk-menu")
        self.menu.setStyleSheet(
            "QWidget#kiosk-menu { background: #20262b; border-radius: 18px; }"
            "QPushButton { background: #38424a; color: white; border: none; border-radius: 12px;"
            " font-size: 26px; padding: 0 12px; }"
            "QPushButton#kiosk-exit { background: #b3261e; }"
            "QPushButton:checked { background: #ffe14d; color: black; }"
            "QLabel { color: #f4f4f4; font-size: 20px; }"
        )
        menu_layout = QVBoxLayout(self.menu)
        menu_layout.setContentsMargins(28, 24, 28, 24)
        menu_layout.setSpacing(MENU_SPACING)
        self._menu_layout = menu_layout
        menu_layout.addWidget(QLabel(QCoreApplication.translate("Kiosk", "Staff menu"), alignment=Qt.AlignmentFlag.AlignCenter))
        self.settings_button = QPushButton(QCoreApplication.translate("Kiosk", "Settings"), objectName="kiosk-settings")
        self.exit_button = QPushButton(QCoreApplication.translate("Kiosk", "Exit"), objectName="kiosk-exit")
        self.back_button = QPushButton(QCoreApplication.translate("Kiosk", "Back"), objectName="kiosk-back")
        # Accessibility toggles (docs/accessibility.md): shown when the surface supports them.
        self.contrast_button = QPushButton(QCoreApplication.translate("Kiosk", "High contrast"), objectName="kiosk-contrast", checkable=True)
        self.large_text_button = QPushButton(QCoreApplication.translate("Kiosk", "Large text"), objectName="kiosk-large-text", checkable=True)
        for button in (self.contrast_button, self.large_text_button):
            button.setVisible(False)
            menu_layout.addWidget(button)
        for button in (self.settings_button, self.exit_button, self.back_button):
            menu_layout.addWidget(button)
        self.settings_button.setVisible(has_settings)
        self.pages.addWidget(self.pad)
        self.pages.addWidget(self.menu)
        self.pad.accepted.connect(self.show_menu)
        self.pad.cancelled.connect(self.hide)
        self.back_button.clicked.connect(self.hide)
        self.hide()

    def open(self, *, locked: bool) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.pad.reset()
        self.pages.setCurrentWidget(self.pad if locked else self.menu)
        self._centre()
        self.show()
        self.raise_()
        if locked:
            self.pad.setFocus()

    def show_menu(self) -> None:
        self.pages.setCurrentWidget(self.menu)
        self._centre()

    def follow_parent(self) -> None:
        if self.isVisible():
            self.setGeometry(self.parentWidget().rect())
            self._centre()

    def _centre(self) -> None:
        """Fit the current page to the window (less ``OVERLAY_MARGIN`` all round) and centre it."""
        page = self.pages.currentWidget()
        room = self.rect().adjusted(OVERLAY_MARGIN, OVERLAY_MARGIN, -OVERLAY_MARGIN, -OVERLAY_MARGIN).size()
        if page is self.pad:
            self.pad.fit(room)
            size = self.pad.preferred_size()
        else:
            self._fit_menu(room)
            page.adjustSize()
            size = page.sizeHint().expandedTo(page.minimumSizeHint())
        page.resize(size)
        self.pages.resize(size)
        self.pages.move(max(0, (self.width() - size.width()) // 2), max(0, (self.height() - size.height()) // 2))

    def _fit_menu(self, room: QSize) -> None:
        """The menu's buttons ``MENU_BUTTON`` px high, or as high as ``room`` allows (at
        least ``MIN_TARGET``, closer together): all five fit a 480 px high screen."""
        layout = self._menu_layout
        buttons = [b for b in self.menu.findChildren(QPushButton) if not b.isHidden()]
        margins = layout.contentsMargins()
        width = max(MIN_TARGET, min(MENU_WIDTH, room.width() - margins.left() - margins.right()))
        for button in buttons:
            button.setMinimumWidth(width)
            button.setFixedHeight(MENU_BUTTON)
        layout.setSpacing(MENU_SPACING)
        layout.invalidate()
        over = layout.totalSizeHint().height() - room.height()
        if over > 0 and buttons:
            layout.setSpacing(MENU_SPACING // 2)
            over -= (MENU_SPACING - MENU_SPACING // 2) * len(buttons)
            height = max(MIN_TARGET, MENU_BUTTON - max(0, math.ceil(over / len(buttons))))
            for button in buttons:
                button.setFixedHeight(height)

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 170))


class KioskGuard(QObject):
    """Keeps a window in kiosk mode and owns the way out (see the module docstring).

    Parented to the window, so it lives and dies with it.
    """

    settings_requested = Signal()
    exit_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        cfg: Any,
        *,
        on_settings: Callable[[], Any] | None = None,
        on_exit: Callable[[], Any] | None = None,
        on_settings_saved: Callable[[Any], Any] | None = None,
        settings_path: str | os.PathLike[str] | None = None,
        on_accessibility: Callable[..., Any] | None = None,
        cursor_hide_seconds: float = CURSOR_HIDE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.cfg = cfg
        self._on_settings = on_settings
        self._on_exit = on_exit
        self._on_settings_saved = on_settings_saved
        self._settings_path = settings_path
        self.settings_screen: QWidget | None = None
        self._clock = clock
        self._released = False
        self._taps: collections.deque[float] = collections.deque(maxlen=TAPS)
        self._cursor_hidden = False
        self._last_press: tuple[int, tuple[int, int]] | None = None
        self._overlay: UnlockOverlay | None = None  # built on first use (``overlay``), not before the first frame
        self._on_accessibility = on_accessibility
        self._cursor_timer = QTimer(self, singleShot=True, interval=int(cursor_hide_seconds * 1000))
        self._cursor_timer.timeout.connect(self._hide_cursor)
        # Input (keys, presses, touches, the pointer's moves) reaches the window's QWindow
        # before any widget inside it: the guard watches there and on the window itself (its
        # Close and Resize), not application-wide, where every event of every object (each
        # paint, timer and socket notifier) went through Python: a tenth of the display's CPU.
        self._input: QObject | None = None
        window.installEventFilter(self)
        self._follow_native_window()
        window.destroyed.connect(lambda *_: self._restore_cursor())  # not a slot of the guard: the window deletes its children (the guard) before it says it is destroyed
        QGuiApplication.instance().screenAdded.connect(self._screens_changed)
        QGuiApplication.instance().screenRemoved.connect(self._screens_changed)
        if self.active:
            apply_kiosk(window, cfg)
            inhibit_screen_blanking()
            self._cursor_timer.start()

    # -- public ------------------------------------------------------------------

    @property
    def overlay(self) -> UnlockOverlay:
        """The PIN pad and staff menu over the window. Built the first time it is needed
        (staff open it, or a test looks at it), not at start-up: the first frame never
        shows it, and building it (the pad, the menu, their style sheet) took ~9 ms there."""
        if self._overlay is None:
            overlay = UnlockOverlay(self.window, self._check_pin, has_settings=True)
            overlay.settings_button.clicked.connect(self._settings)
            overlay.exit_button.clicked.connect(self._exit)
            if self._on_accessibility is not None:
                for button, key in ((overlay.contrast_button, "high_contrast"), (overlay.large_text_button, "large_text")):
                    button.setChecked(bool(getattr(self.cfg, key, False)))
                    button.setVisible(True)
                    button.toggled.connect(self._accessibility)
            self._overlay = overlay
        return self._overlay

    def _overlay_up(self) -> bool:
        """The overlay is on screen (False while it has not been built)."""
        return self._overlay is not None and self._overlay.isVisible()

    @property
    def active(self) -> bool:
        """Kiosk mode is on and the window has not been released by the PIN menu."""
        return bool(getattr(self.cfg, "kiosk", False)) and not self._released

    @property
    def needs_pin(self) -> bool:
        return bool(getattr(self.cfg, "exit_pin", ""))

    def open_unlock(self) -> None:
        """Show the PIN pad (or the menu directly when there is no PIN and no kiosk)."""
        if self._overlay_up():
            return
        log.info("staff menu requested")
        self._restore_cursor()
        self.overlay.open(locked=self.needs_pin or bool(getattr(self.cfg, "kiosk", False)))

    def release(self) -> None:
        """Let the window close (used by Exit, and by run_guarded when it disposes of it)."""
        self._released = True
        self._cursor_timer.stop()
        self._restore_cursor()

    def set_config(self, cfg: Any) -> None:
        """New settings (after the setup screen saved them): re-apply kiosk mode."""
        was_active = self.active
        self.cfg = cfg
        if self.active:
            apply_kiosk(self.window, cfg)
            inhibit_screen_blanking()
            self._cursor_timer.start()
        elif was_active:
            self._cursor_timer.stop()
            self._restore_cursor()
            flags = self.window.windowFlags() & ~Qt.WindowType.FramelessWindowHint & ~Qt.WindowType.WindowStaysOnTopHint
            self.window.setWindowFlags(flags)
            self.window.showNormal()

    # -- events ------------------------------------------------------------------

    def _follow_native_window(self) -> None:
        """Watch the window's current QWindow (it has one once shown; Qt may make a new one
        when the window's flags change)."""
        handle = self.window.windowHandle()
        if handle is None or handle is self._input:
            return
        if self._input is not None and shiboken6.isValid(self._input):
            self._input.removeEventFilter(self)
        handle.installEventFilter(self)
        self._input = handle

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        # The window's events and its QWindow's pass here: leave at once unless it is one
        # of the few this guard acts on.
        kind = event.type()
        if kind not in _WATCHED_EVENTS:
            if kind in _NATIVE_WINDOW_EVENTS and obj is self.window:
                self._follow_native_window()
            return False
        if not shiboken6.isValid(self.window):  # the window is being destroyed
            return False
        if kind == QEvent.Type.Close and obj is self.window:
            if self.active:
                event.ignore()
                log.info("close request ignored: kiosk mode (use the staff menu)")
                return True
            return False
        if kind not in (QEvent.Type.Close, QEvent.Type.Resize, QEvent.Type.KeyPress):
            if self.active:
                self._restore_cursor()
                self._cursor_timer.start()
        if kind == QEvent.Type.TouchBegin:
            # A finger: it reaches the window's QWindow first (and a widget only if one
            # takes touch events; otherwise Qt turns it into mouse presses, skipped below).
            if (obj is self.window.windowHandle() or self._is_ours(obj)) and isinstance(event, QTouchEvent) and event.points():
                self._corner_tap(event.timestamp(), event.points()[0].globalPosition().toPoint())
            return False
        if not self._is_ours(obj):
            return False
        if kind == QEvent.Type.Resize and obj is self.window:
            if self._overlay is not None:
                self._overlay.follow_parent()
        elif kind in _PRESSES and isinstance(event, QMouseEvent):
            device = event.device()
            if device is None or device.type() != QInputDevice.DeviceType.TouchScreen:  # a touch counted at TouchBegin
                self._corner_tap(event.timestamp(), event.globalPosition().toPoint())
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def _is_ours(self, obj: QObject) -> bool:
        if obj is self.window or obj is self._input:
            return True
        return isinstance(obj, QWidget) and self.window.isAncestorOf(obj)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Q and mods == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self.open_unlock()
            return True
        if self.active and not self._overlay_up():
            if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_F4 and mods & Qt.KeyboardModifier.AltModifier):
                return True  # swallowed in kiosk mode
        return False

    def _corner_tap(self, timestamp: int, where: QPoint) -> None:
        """One press or touch at global ``where``: the third in the corner within
        ``TAP_SECONDS`` opens the PIN pad."""
        # An unaccepted press is offered again to each parent: count each press once.
        identity = (timestamp, where.toTuple())
        if identity == self._last_press:
            return
        self._last_press = identity
        if self._overlay_up():
            return
        point = self.window.mapFromGlobal(where)
        if not (0 <= point.x() < CORNER and 0 <= point.y() < CORNER):
            self._taps.clear()
            return
        now = self._clock()
        self._taps.append(now)
        if len(self._taps) == TAPS and now - self._taps[0] <= TAP_SECONDS:
            self._taps.clear()
            self.open_unlock()

    def _check_pin(self, pin: str) -> bool:
        expected = str(getattr(self.cfg, "exit_pin", "") or "")
        return pins.verify_pin(pin, expected)  # hashed (scrypt) or, hand-written, plain

    def _accessibility(self, *_: Any) -> None:
        """High contrast / large text toggled on the staff menu: applied at once (for this run;
        Settings saves them for good)."""
        high_contrast, large_text = self.overlay.contrast_button.isChecked(), self.overlay.large_text_button.isChecked()
        log.info("staff menu: high contrast %s, large text %s", high_contrast, large_text)
        if self._on_accessibility is not None:
            self._on_accessibility(high_contrast=high_contrast, large_text=large_text)
        self.overlay._centre()

    def _settings(self) -> None:
        self.overlay.hide()
        self.settings_requested.emit()
        if self._on_settings is not None:
            self._on_settings()
        else:
            self.open_settings()

    def open_settings(self) -> QWidget:
        """The built-in Settings action: the setup screen over the display; after Save,
        ``on_settings_saved(cfg)`` runs, or by default the app restarts itself so every
        setting (counter, mode, monitor) takes effect the same way as at start-up."""
        from .setup import show_settings

        if self.settings_screen is not None and shiboken6.isValid(self.settings_screen) and self.settings_screen.isVisible():
            self.settings_screen.raise_()
            return self.settings_screen
        from ...config import loaded_from

        self.settings_screen = show_settings(self.cfg, self._settings_saved, path=self._settings_path or loaded_from())
        return self.settings_screen

    def _settings_saved(self, cfg: Any) -> None:
        if self._on_settings_saved is not None:
            self._on_settings_saved(cfg)
            return
        log.info("settings saved from the staff menu; restarting to apply them")
        self.release()
        QTimer.singleShot(300, restart_process)

    def _exit(self) -> None:
        log.info("exit chosen from the staff menu")
        self.overlay.hide()
        self.release()
        self.window.close()
        self.exit_requested.emit()
        if self._on_exit is not None:
            self._on_exit()
        else:
            QApplication.instance().quit()

    def _hide_cursor(self) -> None:
        if self.active and not self._cursor_hidden and not self._overlay_up():
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
            self._cursor_hidden = True

    def _restore_cursor(self, *_: Any) -> None:
        if self._cursor_hidden:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_hidden = False

    def _screens_changed(self, *_: Any) -> None:
        if self.active:
            QTimer.singleShot(500, self, self._reapply)  # after the platform has settled; dropped with the guard

    def _reapply(self) -> None:
        if self.active and shiboken6.isValid(self.window):
            apply_kiosk(self.window, self.cfg)

    @property
    def cursor_hidden(self) -> bool:
        return self._cursor_hidden


def install_kiosk(
    window: QWidget,
    cfg: Any,
    *,
    on_settings: Callable[[], Any] | None = None,
    on_exit: Callable[[], Any] | None = None,
    on_settings_saved: Callable[[Any], Any] | None = None,
    settings_path: str | os.PathLike[str] | None = None,
    on_accessibility: Callable[..., Any] | None = None,
) -> KioskGuard:
    """Put ``window`` under kiosk rules per ``cfg`` and install the staff-menu gestures.
    Call after building the window (it shows the window full screen in kiosk mode).

    ``on_settings``: replaces the built-in Settings action (the setup screen, saving to
    ``settings_path``, else the file ``config.load`` read (``--config``), else the default
    settings file; then ``on_settings_saved(cfg)`` or a restart of the process). ``on_exit``: replaces quitting the application after Exit."""
    return KioskGuard(
        window, cfg, on_settings=on_settings, on_exit=on_exit, on_settings_saved=on_settings_saved,
        settings_path=settings_path, on_accessibility=on_accessibility,
    )


def restart_process() -> None:
    """Start this program again with the same arguments, replacing this process."""
    from ...paths import executable_command

    command = [*executable_command(), *sys.argv[1:]]
    log.warning("restarting: %s", " ".join(command[:2]))
    logging.shutdown()
    if sys.platform == "win32":
        import subprocess

        subprocess.Popen(command, close_fds=True)
        os._exit(0)
    os.execv(command[0], command)


# ----------------------------------------------------------------------------- crash safety


async def run_guarded(
    main: Callable[[], Awaitable[int | None]],
    *,
    max_restarts: int = 5,
    window_seconds: float = 60.0,
    delay: float = 1.0,
    clock: Callable[[], float] = time.monotonic,
) -> int:
    """Run ``main()`` (which builds the UI and runs until done); if it raises, log it,
    close everything that run held (the asyncio tasks it started, so its counter link
    and with it its counter session, then the top-level windows it created), wait
    ``delay`` and run it again. More than ``max_restarts`` failures within
    ``window_seconds`` gives up with one CRITICAL line and returns
    ``EXIT_CODE_TOO_MANY_CRASHES`` so the service manager starts a fresh process.
    Cancellation, SystemExit and KeyboardInterrupt pass through. Also routes the loop's
    and Qt's own error reports to the log."""
    from ...logs import install_loop_exception_handler

    install_loop_exception_handler(asyncio.get_running_loop())
    route_qt_messages()
    failures: collections.deque[float] = collections.deque()
    while True:
        windows = set(QApplication.topLevelWidgets())
        tasks = asyncio.all_tasks()
        try:
            return int(await main() or 0)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("the main screen failed; restarting it")
        stopped = await _cancel_tasks(tasks)
        disposed = _dispose_windows(windows)
        log.info("closed what the failed screen held: %d task(s), %d window(s)", stopped, disposed)
        now = clock()
        failures.append(now)
        while failures and now - failures[0] > window_seconds:
            failures.popleft()
        if len(failures) > max_restarts:
            log.critical(
                "the main screen failed %d times within %.0f s; giving up: exiting with code %d so the service manager starts a fresh process",
                len(failures), window_seconds, EXIT_CODE_TOO_MANY_CRASHES,
            )
            return EXIT_CODE_TOO_MANY_CRASHES
        log.warning("starting the main screen again in %g s (failure %d; more than %d within %.0f s ends the app)", delay, len(failures), max_restarts, window_seconds)
        await asyncio.sleep(delay)


async def _cancel_tasks(before: set[asyncio.Task[Any]], timeout: float = 3.0) -> int:
    """Cancel the tasks started since ``before`` (a failed screen's counter link, its
    timers' coroutines) and wait for them to wind down. Returns how many there were."""
    current = asyncio.current_task()
    left = [t for t in asyncio.all_tasks() if t not in before and t is not current and not t.done()]
    for task in left:
        task.cancel()
    if left:
        done, pending = await asyncio.wait(left, timeout=timeout)
        for task in done:
            if not task.cancelled() and task.exception() is not None:
                log.debug("task %s ended with %r while closing", task.get_name(), task.exception())
        for task in pending:
            log.warning("task %s did not stop within %g s of the failure", task.get_name(), timeout)
    return len(left)


def _dispose_windows(before: set[QWidget]) -> int:
    disposed = 0
    for widget in QApplication.topLevelWidgets():
        if widget in before or widget.windowType() not in (Qt.WindowType.Window, Qt.WindowType.Dialog):
            continue
        guard = widget.findChild(KioskGuard)
        if guard is not None:
            guard.release()
        widget.hide()
        widget.deleteLater()
        disposed += 1
    return disposed


def route_qt_messages() -> None:
    """Send Qt's own warnings (qWarning and friends) to the log file too."""
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
