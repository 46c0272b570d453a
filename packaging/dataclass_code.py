"""Dataclass methods compiled at build time (used by display-app.spec and entry.py).

``@dataclass`` writes the source of each class's methods (``__init__``, ``__repr__``,
``__eq__``, ``__hash__`` and, for a frozen class, ``__setattr__``/``__delattr__``) and
compiles it with ``exec`` when the class is defined: at every start of the program. For
the customer display that is ~170 compiles before its first frame, ~23 ms of the frozen
launch. Like a module's ``.pyc``, what a compile gives depends only on the source text
and the interpreter, so the build compiles each text once and the bundle carries the code:

* at build time, ``record`` imports the app's modules in a fresh interpreter in which
  ``dataclasses`` compiles through a recording ``exec``, and writes {source: marshalled
  code} to a file, stamped with the interpreter's magic number;
* at start, ``install`` (entry.py, before anything else is imported) gives ``dataclasses``
  an ``exec`` that runs the stored code of a source it has, and compiles any other source
  as before.

``dataclasses`` itself is untouched: it builds the same source and runs it with the same
globals and locals; only the compiling is looked up. A file from another interpreter (its
magic number differs), a damaged file or no file: nothing is installed, and a damaged
entry is compiled from its source. Nothing but the bundle uses this; a source checkout
compiles as Python always does.
"""

from __future__ import annotations

import builtins
import marshal
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from typing import Any

#: The file's name in the bundle (next to the program's other data, ``sys._MEIPASS``).
FILE_NAME = "dataclass-code.bin"

#: The file holds {"magic": MAGIC_NUMBER, "code": {source: marshal.dumps(code)}}.
MAGIC_KEY = "magic"
CODE_KEY = "code"


class StoredCode:
    """``exec`` for ``dataclasses``: the stored code of a known source, else as before."""

    def __init__(self, table: dict[str, bytes]) -> None:
        self.table = table
        self.hits = 0
        self.misses = 0

    def __call__(self, source: Any, globals: Any = None, locals: Any = None, /, **kwargs: Any) -> None:
        if globals is None:  # exec's own default: the caller's namespaces
            caller = sys._getframe(1)
            globals = caller.f_globals
            if locals is None:
                locals = caller.f_locals
        blob = self.table.get(source) if type(source) is str else None
        if blob is not None:
            try:
                code = marshal.loads(blob)
            except (ValueError, EOFError, TypeError):
                del self.table[source]  # damaged: compile this one from its source from now on
            else:
                self.hits += 1
                return builtins.exec(code, globals, locals, **kwargs)
        self.misses += 1
        return builtins.exec(source, globals, locals, **kwargs)


def read(data: bytes) -> dict[str, bytes] | None:
    """The stored code in a file's ``data``; None unless it is a table made by this
    interpreter (the same magic number)."""
    try:
        stored = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None
    if not isinstance(stored, dict) or stored.get(MAGIC_KEY) != MAGIC_NUMBER:
        return None
    table = stored.get(CODE_KEY)
    if not isinstance(table, dict) or not all(type(k) is str and type(v) is bytes for k, v in table.items()):
        return None
    return table


def install(path: Path) -> StoredCode | None:
    """Give ``dataclasses`` the stored code in ``path`` (see the module's text). Returns the
    installed ``exec`` (its ``hits`` and ``misses`` count compiles saved and not), or None
    when the file is missing or not usable, and then changes nothing."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    table = read(data)
    if table is None:
        return None
    import dataclasses

    stored = StoredCode(table)
    dataclasses.exec = stored  # type: ignore[attr-defined]  # dataclasses looks exec up in its globals first
    return stored


def install_in_bundle() -> StoredCode | None:
    """``install`` from the frozen program's own folder (a no-op outside a bundle)."""
    folder = getattr(sys, "_MEIPASS", None)
    return install(Path(folder) / FILE_NAME) if folder else None


def installed() -> StoredCode | None:
    """The ``StoredCode`` that dataclasses compiles through, if ``install`` put one there."""
    dataclasses = sys.modules.get("dataclasses")
    stored = getattr(dataclasses, "exec", None)
    return stored if isinstance(stored, StoredCode) else None


# ----------------------------------------------------------------------------- build time

#: Run in a fresh interpreter by ``record``: import each module named on stdin with a
#: recording exec in dataclasses, then print the recorded sources as one marshalled list.
_RECORDER = r"""
import builtins, dataclasses, importlib, marshal, sys
sources = []
def recording_exec(source, *args, **kwargs):
    if type(source) is str:
        sources.append(source)
    return builtins.exec(source, *args, **kwargs)
dataclasses.exec = recording_exec
failed = []
for name in sys.stdin.read().split():
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
sys.stdout.buffer.write(marshal.dumps([sources, failed]))
"""


def record(modules: list[str], out: Path, *, env: dict[str, str] | None = None) -> tuple[int, list[str]]:
    """Import ``modules`` in a fresh interpreter (this one), compile every dataclass method
    source their import wrote, and write the table to ``out``. Returns the number of
    sources stored and the modules that failed to import (they are skipped)."""
    import os
    import subprocess

    run_env = dict(os.environ if env is None else env)
    run_env.setdefault("QT_QPA_PLATFORM", "offscreen")  # some modules import Qt; none needs a screen
    done = subprocess.run([sys.executable, "-c", _RECORDER], input="\n".join(modules).encode(),
                          capture_output=True, env=run_env, check=True)
    sources, failed = marshal.loads(done.stdout)
    # ``dont_inherit``: compiled as dataclasses' own exec compiles them, with no __future__
    # flags (dataclasses.py has none).
    table = {source: marshal.dumps(compile(source, "<string>", "exec", dont_inherit=True)) for source in sources}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(marshal.dumps({MAGIC_KEY: MAGIC_NUMBER, CODE_KEY: table}))
    return len(table), failed
