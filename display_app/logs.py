"""Logging for an unattended box: a rotating file in the platform's log dir, the console
when there is one, and every unhandled exception (main thread, other threads, asyncio
tasks) written to the log instead of vanishing. No Qt here.

A windowed Windows build (PyInstaller ``console=False``) starts with ``sys.stdout`` and
``sys.stderr`` set to None: ``ensure_streams()`` points them at os.devnull so nothing
that prints can raise.
"""

from __future__ import annotations

import asyncio
import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from .config import APP_AUTHOR, APP_NAME

log = logging.getLogger("display_app")

LOG_FILE_NAME = "display-app.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_OURS = "_display_app_handler"  # marks handlers we installed, so setup_logging can be called again


def default_log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, APP_AUTHOR)


def ensure_streams() -> None:
    """Replace a None stdout/stderr (windowed Windows build) with os.devnull."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


def setup_logging(cfg: Any = None, *, console: bool = True, log_dir: str | os.PathLike[str] | None = None) -> Path | None:
    """Configure the root logger from ``cfg.log_level``; returns the log file's path
    (None if the log dir cannot be created: then the console is all there is).

    Safe to call again (e.g. after the settings change): it replaces its own handlers.
    """
    ensure_streams()
    level = getattr(logging, str(getattr(cfg, "log_level", "") or "INFO").upper(), logging.INFO)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(handler)
        handler.close()
    formatter = logging.Formatter(FORMAT)
    path: Path | None = None
    try:
        directory = Path(log_dir) if log_dir is not None else default_log_dir()
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        _owner_only(directory, 0o700)
        path = directory / LOG_FILE_NAME
        for old in [path, *directory.glob(f"{LOG_FILE_NAME}.*")]:
            if old.is_file():
                _owner_only(old, 0o600)  # logs written by older versions were 0644
        file_handler = _PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError as exc:
        file_handler = None
        path = None
        print(f"display-app: cannot write a log file: {exc}", file=sys.stderr)
    handlers: list[logging.Handler] = []
    if file_handler is not None:
        handlers.append(file_handler)
    if console and sys.stderr is not None and not _is_devnull(sys.stderr):
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        setattr(handler, _OURS, True)
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(level)
    # Third-party chatter: websockets logs every frame at DEBUG.
    logging.getLogger("websockets").setLevel(max(level, logging.INFO))
    install_excepthooks()
    logging.captureWarnings(True)
    return path


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created 0600: the log can hold counter addresses,
    sale contents and (at DEBUG) codes, so only the app's own user may read it."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def _owner_only(path: Path, mode: int) -> None:
    """chmod ``path`` to ``mode`` if it is ours; a folder someone else owns is left alone."""
    try:
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)
    except OSError as exc:
        print(f"display-app: cannot make {path} private: {exc}", file=sys.stderr)


def _is_devnull(stream: Any) -> bool:
    return getattr(stream, "name", None) == os.devnull


def install_excepthooks() -> None:
    """Log unhandled exceptions of the main thread (and of Qt slots, virtual methods and
    qasync's asyncSlot, which all report through sys.excepthook) and of other threads."""
    sys.excepthook = _log_unhandled
    threading.excepthook = _log_thread_unhandled


def _log_unhandled(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.critical("unhandled exception: %s", value, exc_info=(kind, value, tb))


def _log_thread_unhandled(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    log.critical("unhandled exception in thread %s: %s", name, args.exc_value, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # type: ignore[arg-type]


def install_loop_exception_handler(loop: asyncio.AbstractEventLoop) -> None:
    """Log what the asyncio loop reports (a task that failed and nobody awaited, a
    callback that raised) through logging, with the traceback."""

    def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        message = context.get("message") or "asyncio error"
        where = context.get("task") or context.get("future") or context.get("handle")
        detail = f"{message} ({where!r})" if where is not None else message
        if exc is not None:
            log.error("%s: %s", detail, exc, exc_info=(type(exc), exc, exc.__traceback__))
        else:
            log.error("%s", detail)

    loop.set_exception_handler(handler)
