"""Durable, atomic file writes: the one helper for the journal, the settings and presell.json.

``write_atomic(path, text)`` writes a temporary file in the same folder, fsyncs it,
``os.replace``s it over ``path`` and fsyncs the folder, so a reader (or a power cut)
sees the old file or the new one, never half of one. Temporary files are named
``.<name>.<random>.tmp``; ``sweep_temps(path)`` removes those an interrupted write
left behind (call it once at start, before the first write).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".tmp"


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


def write_atomic(path: str | os.PathLike[str], data: str | bytes, *, mode: int = 0o600) -> Path:
    """Replace ``path`` with ``data`` (text is written as UTF-8) atomically and durably.

    The file gets ``mode`` (owner-only by default: these files hold keys, PINs, baskets).
    Raises OSError when it cannot be written; the old file is then untouched."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, temp = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_dir(target.parent)
    return target


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable. Windows cannot open a folder for fsync: skipped."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        log.debug("cannot open %s to fsync it: %s", folder, exc)
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        log.debug("fsync of %s failed: %s", folder, exc)
    finally:
        os.close(fd)


def sweep_temps(path: str | os.PathLike[str]) -> int:
    """Remove temporary files an interrupted ``write_atomic(path, ...)`` left behind.
    Returns how many were removed."""
    target = Path(path)
    removed = 0
    try:
        candidates = list(target.parent.glob(f"{_temp_prefix(target)}*{TEMP_SUFFIX}"))
    except OSError:
        return 0
    for leftover in candidates:
        try:
            leftover.unlink()
            removed += 1
        except OSError as exc:
            log.warning("could not remove the leftover temporary file %s: %s", leftover, exc)
    if removed:
        log.info("removed %d leftover temporary file(s) of %s", removed, target)
    return removed
