"""The exit PIN: stored as a salted hash, checked in constant time, with a lockout that
doubles and survives a restart. No Qt here.

Stored form (the ``exit_pin`` setting)::

    scrypt$16384$8$1$<salt hex>$<hash hex>

made by ``hashlib.scrypt``. A plain 4-8 digit PIN (a hand-written settings file) still
works, and ``config.save`` stores it hashed next time.

Lockout: after ``MAX_ATTEMPTS`` wrong PINs in a row the pad locks for 30 s; each further
lockout in a row doubles it, up to ``MAX_LOCK_SECONDS`` (16 minutes). A right PIN resets
it. With a ``path`` the state is kept in a small JSON file (written atomically), on the
wall clock, so a restart (or a pulled plug) does not reset the count.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import time
from pathlib import Path
from typing import Callable

from .atomic import write_atomic

log = logging.getLogger(__name__)

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_HASHED = re.compile(r"scrypt\$(\d{1,7})\$(\d{1,3})\$(\d{1,3})\$([0-9a-f]{16,128})\$([0-9a-f]{64})")
_PLAIN = re.compile(r"[0-9]{4,8}")

MAX_ATTEMPTS = 5
FIRST_LOCK_SECONDS = 30.0
MAX_LOCK_SECONDS = 960.0  # 30 s doubled five times: 16 minutes
LOCKOUT_FILE = "pin-lockout.json"


def is_hashed(stored: str) -> bool:
    return bool(_HASHED.fullmatch(stored or ""))


def is_valid(stored: str) -> bool:
    """A usable ``exit_pin`` setting: 4-8 digits, or a hash made by ``hash_pin``."""
    return bool(_PLAIN.fullmatch(stored or "")) or is_hashed(stored)


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """The stored form of ``pin`` (a new random salt each time)."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def stored_form(pin: str) -> str:
    """What the settings file keeps: a plain PIN hashed, a hash (or nothing) unchanged."""
    return hash_pin(pin) if pin and _PLAIN.fullmatch(pin) else pin


def verify_pin(entered: str, stored: str) -> bool:
    """True when ``entered`` is the PIN ``stored`` (hashed or, from a hand-written file, plain)."""
    if not entered or not stored:
        return False
    match = _HASHED.fullmatch(stored)
    if match is None:
        return hmac.compare_digest(entered.encode("utf-8"), stored.encode("utf-8"))
    n, r, p = (int(g) for g in match.groups()[:3])
    if n < 2 or n & (n - 1) or n > 2**20 or r > 32 or p > 16:  # refuse costs a file could abuse
        return False
    try:
        digest = hashlib.scrypt(entered.encode("utf-8"), salt=bytes.fromhex(match[4]), n=n, r=r, p=p, dklen=32, maxmem=2**27)
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(digest.hex(), match[5])


class Lockout:
    """Wrong-PIN counting and the doubling lockout; ``path`` keeps it across restarts."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path) if path is not None else None
        self.clock = clock
        self.failures = 0  # wrong PINs since the last lockout (or right PIN)
        self.lockouts = 0  # lockouts in a row
        self.locked_until = 0.0  # on ``clock``
        self._load()

    def remaining(self) -> float:
        """Seconds the pad stays locked (0 when it is not)."""
        left = self.locked_until - self.clock()
        if left > MAX_LOCK_SECONDS:  # the clock went back: never lock longer than the cap
            self.locked_until = self.clock() + MAX_LOCK_SECONDS
            left = MAX_LOCK_SECONDS
        return max(0.0, left)

    def failed(self) -> float:
        """A wrong PIN. Returns the seconds of the lockout it starts, or 0."""
        self.failures += 1
        seconds = 0.0
        if self.failures >= MAX_ATTEMPTS:
            seconds = min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2**self.lockouts)
            self.lockouts += 1
            self.failures = 0
            self.locked_until = self.clock() + seconds
        self._save()
        return seconds

    def succeeded(self) -> None:
        if self.failures or self.lockouts or self.locked_until:
            self.failures, self.lockouts, self.locked_until = 0, 0, 0.0
            self._save()

    def _load(self) -> None:
        if self.path is None:
            return
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
            failures, lockouts, until = record["failures"], record["lockouts"], record["locked_until"]
            if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (failures, lockouts, until)):
                raise ValueError("not numbers")
            self.failures = max(0, min(int(failures), MAX_ATTEMPTS))
            self.lockouts = max(0, min(int(lockouts), 32))
            self.locked_until = float(until) if until == until else 0.0
            self.remaining()  # clamp a far-future time
        except FileNotFoundError:
            return
        except Exception as exc:  # a damaged file must not unlock for ever, nor crash
            log.warning("PIN lockout state %s unreadable (%s); starting a fresh count", self.path, type(exc).__name__)

    def _save(self) -> None:
        if self.path is None:
            return
        record = {"failures": self.failures, "lockouts": self.lockouts, "locked_until": self.locked_until}
        try:
            write_atomic(self.path, json.dumps(record))
        except OSError as exc:
            log.warning("could not keep the PIN lockout state in %s: %s", self.path, exc)


def default_lockout_path() -> Path:
    from .paths import state_dir

    return state_dir() / LOCKOUT_FILE


_lockout_file: Path | None = None


def keep_lockout_in(path: str | os.PathLike[str] | None) -> None:
    """Where PIN pads made from now on keep their lockout (None: in memory only). The
    app's commands call this with ``default_lockout_path()``; tests and embedding do not."""
    global _lockout_file
    _lockout_file = Path(path) if path is not None else None


def lockout_file() -> Path | None:
    return _lockout_file
