"""What Python compiles at every start, compiled at build time (display-app.spec, entry.py).

Three things compile source text each time the program starts, though what they give
depends only on that text and the interpreter:

* ``@dataclass`` writes the source of each class's methods and compiles it with ``exec``
  (~170 compiles before the customer display's first frame, ~23 ms of the frozen launch);
* ``collections.namedtuple`` compiles each class's constructor with ``eval`` (~20, ~2 ms);
* ``re`` turns each regular expression into the engine's code, in Python (~50 patterns
  before the first frame, from logging, tomllib, argparse, websockets and our own modules;
  ~10 ms).

The build imports the app's modules once with these recorded (``record``), and the bundle
carries the results, as it carries each module's bytecode. At start, ``install`` (entry.py,
before anything else is imported) puts a look-up in front of each:

* ``dataclasses`` and ``collections`` get an ``exec`` and an ``eval`` (both look those
  names up in their own globals before the builtins) that run the stored code of a source
  they know;
* ``re._compiler.compile`` gets a front that hands the stored engine code of a known
  (pattern, flags) to ``_sre.compile``, which is how ``re._compiler.compile`` itself ends.

Anything not stored is compiled as before, and nothing else changes: the same source runs
with the same globals and locals, and the same engine code makes the same pattern object
(patterns compare equal by their code). The file names the interpreter that made it
(bytecode magic number, regular expression engine magic, Python version); from another
one, damaged or missing, nothing is installed, and a damaged entry is compiled from its
source. Only the bundle uses this: a source checkout compiles as Python always does.
"""

from __future__ import annotations

import builtins
import marshal
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from typing import Any, Callable

import _sre

#: The file's name in the bundle (next to the program's other data, ``sys._MEIPASS``).
FILE_NAME = "startup-code.bin"

#: Which interpreter made the file: all three must match this one's.
INTERPRETER = {"magic": MAGIC_NUMBER, "sre": _sre.MAGIC, "python": sys.version}

#: The file: marshal of {**INTERPRETER, "exec": {source: marshalled code}, "eval": {...},
#: "patterns": {(pattern, flags): _sre.compile's arguments}}.
EXEC, EVAL, PATTERNS = "exec", "eval", "patterns"

#: The ``installed`` look-ups of this process (``install`` sets it), for the self-test's report.
INSTALLED: dict[str, Any] = {}


class StoredCode:
    """``exec`` or ``eval`` for one module: the stored code of a known source, else as before."""

    def __init__(self, table: dict[str, bytes], run: Callable[..., Any]) -> None:
        self.table = table
        self.run = run  # builtins.exec or builtins.eval
        self.hits = 0
        self.misses = 0

    def __call__(self, source: Any, globals: Any = None, locals: Any = None, /, **kwargs: Any) -> Any:
        if globals is None:  # the builtin's own default: the caller's namespaces
            caller = sys._getframe(1)
            globals = caller.f_globals
            if locals is None:
                locals = caller.f_locals
        blob = self.table.get(source) if type(source) is str else None
        if blob is not None:
            try:
                code = marshal.loads(blob)
            except (ValueError, EOFError, TypeError):
                self.table.pop(source, None)  # damaged: compile this one from its source from now on
            else:
                self.hits += 1
                return self.run(code, globals, locals, **kwargs)
        self.misses += 1
        return self.run(source, globals, locals, **kwargs)


class StoredPatterns:
    """A front for ``re._compiler.compile``: the stored engine code of a known pattern."""

    def __init__(self, table: dict[tuple[Any, int], tuple[Any, ...]], compile: Callable[..., Any]) -> None:
        self.table = table
        self.compile = compile  # the real re._compiler.compile
        self.hits = 0
        self.misses = 0

    def __call__(self, pattern: Any, flags: int = 0) -> Any:
        args = self.table.get((pattern, int(flags))) if type(pattern) in (str, bytes) else None
        if args is not None:
            try:
                # Checked here, at use, not for the whole table at start: _sre.compile checks
                # its arguments' types and validates the engine code (a damaged entry raises).
                if type(args) is not tuple or len(args) != 6 or args[0] != pattern:
                    raise ValueError("not this pattern's entry")
                compiled = _sre.compile(*args)
            except (TypeError, ValueError, RuntimeError, OverflowError):
                self.table.pop((pattern, int(flags)), None)  # damaged: compile it from now on
            else:
                self.hits += 1
                return compiled
        self.misses += 1
        return self.compile(pattern, flags)


def read(data: bytes) -> dict[str, dict[Any, Any]] | None:
    """The tables in a file's ``data``: None unless this interpreter made it and every
    key has the right shape (a pattern's arguments are checked when it is used)."""
    try:
        stored = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None
    if not isinstance(stored, dict) or any(stored.get(key) != value for key, value in INTERPRETER.items()):
        return None
    tables = {name: stored.get(name) for name in (EXEC, EVAL, PATTERNS)}
    if not all(isinstance(table, dict) for table in tables.values()):
        return None
    for name in (EXEC, EVAL):
        if not all(type(k) is str and type(v) is bytes for k, v in tables[name].items()):
            return None
    # Keys only: an entry's arguments are checked when it is used (StoredPatterns).
    if not all(type(key) is tuple and len(key) == 2 and type(key[0]) in (str, bytes) and type(key[1]) is int
               for key in tables[PATTERNS]):
        return None
    return tables  # type: ignore[return-value]


def install(path: Path) -> dict[str, Any]:
    """Put the stored code in ``path`` in front of dataclasses, namedtuple and re (see the
    module's text). Returns the look-ups installed by name ({} when the file is missing or
    not usable, and then nothing changes); each counts its ``hits`` and ``misses``."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    tables = read(data)
    if tables is None:
        return {}
    import collections
    import dataclasses
    import re._compiler

    INSTALLED.update(
        dataclasses=StoredCode(tables[EXEC], builtins.exec),
        namedtuples=StoredCode(tables[EVAL], builtins.eval),
        patterns=StoredPatterns(tables[PATTERNS], re._compiler.compile),
    )
    dataclasses.exec = INSTALLED["dataclasses"]  # type: ignore[attr-defined]
    collections.eval = INSTALLED["namedtuples"]  # type: ignore[attr-defined]
    re._compiler.compile = INSTALLED["patterns"]
    return dict(INSTALLED)


def install_in_bundle() -> dict[str, Any]:
    """``install`` from the frozen program's own folder (nothing outside a bundle)."""
    folder = getattr(sys, "_MEIPASS", None)
    return install(Path(folder) / FILE_NAME) if folder else {}


def report() -> dict[str, dict[str, int]]:
    """Compiles saved (``hits``) and not (``misses``) so far, by look-up."""
    return {name: {"hits": lookup.hits, "misses": lookup.misses} for name, lookup in INSTALLED.items()}


# ----------------------------------------------------------------------------- build time

#: Run in a fresh interpreter by ``record``: import each module named on stdin with the
#: three compilers recorded, then print what they compiled as one marshalled list.
_RECORDER = r"""
import builtins, collections, dataclasses, importlib, marshal, re._compiler, sys
execs, evals, patterns = [], [], {}

def recording(run, into):
    def record(source, *args, **kwargs):
        if type(source) is str:
            into.append(source)
        return run(source, *args, **kwargs)
    return record

dataclasses.exec = recording(builtins.exec, execs)
collections.eval = recording(builtins.eval, evals)

class Engine:
    # re._compiler's _sre, recording what compile() hands it for the pattern being compiled
    def __init__(self, sre):
        self.sre, self.key = sre, None
    def __getattr__(self, name):
        return getattr(self.sre, name)
    def compile(self, pattern, flags, code, groups, groupindex, indexgroup):
        if self.key is not None:
            patterns[self.key] = (pattern, int(flags), [int(c) for c in code], int(groups), dict(groupindex), tuple(indexgroup))
        return self.sre.compile(pattern, flags, code, groups, groupindex, indexgroup)

engine = Engine(re._compiler._sre)
re._compiler._sre = engine
real_compile = re._compiler.compile
def compile_recorded(pattern, flags=0):
    plain = type(pattern) in (str, bytes) and not int(flags) & re.DEBUG
    engine.key = (pattern, int(flags)) if plain else None
    try:
        return real_compile(pattern, flags)
    finally:
        engine.key = None
re._compiler.compile = compile_recorded

failed = []
for name in sys.stdin.read().split():
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
sys.stdout.buffer.write(marshal.dumps([execs, evals, patterns, failed]))
"""


def record(modules: list[str], out: Path, *, env: dict[str, str] | None = None) -> tuple[dict[str, int], list[str]]:
    """Import ``modules`` in a fresh interpreter (this one), compile what their import
    compiled, and write the tables to ``out``. Returns how many of each were stored and
    the modules that failed to import (they are skipped)."""
    import os
    import subprocess

    run_env = dict(os.environ if env is None else env)
    run_env.setdefault("QT_QPA_PLATFORM", "offscreen")  # some modules import Qt; none needs a screen
    done = subprocess.run([sys.executable, "-c", _RECORDER], input="\n".join(modules).encode(),
                          capture_output=True, env=run_env, check=True)
    execs, evals, patterns, failed = marshal.loads(done.stdout)
    # ``dont_inherit``: compiled as dataclasses' and collections' own calls compile them,
    # with no __future__ flags (neither module has any).
    tables = {
        EXEC: {source: marshal.dumps(compile(source, "<string>", "exec", dont_inherit=True)) for source in execs},
        EVAL: {source: marshal.dumps(compile(source, "<string>", "eval", dont_inherit=True)) for source in evals},
        PATTERNS: patterns,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(marshal.dumps({**INTERPRETER, **tables}))
    return {name: len(table) for name, table in tables.items()}, failed
