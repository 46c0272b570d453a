"""The modules a customer display imports before its first live frame, and how the build
stores them.

PyInstaller compresses every module of the bundle's archive (zlib) and inflates each one
as it is imported: ~20 ms of the frozen launch for the ~180 modules a display imports
before its first live frame. Stored uncompressed, those cost ~1.7 MiB of the one-folder
build; the whole archive uncompressed would cost 5 MiB, over the size budget. So the
build stores uncompressed exactly the modules listed in ``startup-modules.txt`` beside this
file, and compresses the rest (what only the tablet, the simulators, pagers or visits load).

``python packaging/startup_modules.py`` (``make startup-modules``) writes that list: it
runs a display from this source tree against the bench counter and takes the modules it
had imported when the first frame with the counter live was painted
(``DISPLAY_APP_BENCH_MODULES``, display_app/ui/display/bench_hook.py).
``tests/test_startup_modules.py`` fails when the display has come to import a module
before its first frame that the list lacks.

The release build's interpreter (``make release``: Python 3.13) imports a few standard
library modules at start that the dev venv's (3.12) does not, and the other way round, so
``make startup-modules`` then also runs ``--add`` with the release venv's Python, which
adds what it imports to the list.
"""

from __future__ import annotations

import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

LIST = Path(__file__).with_name("startup-modules.txt")

#: Modules of a source checkout's interpreter that the bundle does not have (the venv's
#: start-up, the editable install's finder, the script runner).
SOURCE_ONLY = ("site", "_sitebuiltins", "sitecustomize", "usercustomize", "_distutils_hack", "__main__", "runpy", "__editable__")

#: What PyInstaller's bootstrap and runtime hooks, and our entry point, import from the
#: archive before our first line (a display run from source never imports them).
BUNDLE_START = frozenset({"_pyi_rth_utils", "_pyi_rth_utils.qt", "ctypes", "ctypes._endian", "pkgutil", "startup_code", "qt_enums"})


def record(timeout: float = 60.0) -> list[str]:
    """Start the bench counter and a display from source; the modules the display had
    imported at its first live frame (sorted names)."""
    from display_app.bench.procs import MODULES_ENV, CounterProcess, DisplayProcess

    with tempfile.TemporaryDirectory(prefix="startup-modules-") as tmp:
        workdir = Path(tmp)
        counter = CounterProcess(workdir)
        try:
            display = DisplayProcess(workdir, "startup-modules", counter.port, extra_env={MODULES_ENV: "1", "QT_QPA_PLATFORM": "offscreen"})
            try:
                entry = display.wait_for(lambda _entry: True, timeout, "its list of modules", event="modules")
                return [name for name in entry["names"] if not name.split(".")[0].startswith(SOURCE_ONLY)]
            finally:
                display.stop()
        finally:
            counter.stop()


def listed() -> set[str]:
    """The names in ``startup-modules.txt`` (empty if there is no list)."""
    if not LIST.is_file():
        return set()
    return {line.strip() for line in LIST.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}


def to_store() -> set[str]:
    """The archive entries the build stores uncompressed."""
    return listed() | BUNDLE_START


@contextmanager
def stored(names: set[str]) -> Iterator[None]:
    """While PyInstaller writes its module archive (``PYZ(...)`` in the spec), the entries
    named in ``names`` are written with zlib level 0 (stored: inflating them is a copy);
    every other entry keeps PyInstaller's level."""
    from PyInstaller.archive.writers import ZlibArchiveWriter

    original = ZlibArchiveWriter.__dict__["_write_entry"]
    level = ZlibArchiveWriter._COMPRESSION_LEVEL

    def write_entry(cls, fp, entry, code_dict):  # the signature of PyInstaller's own
        cls._COMPRESSION_LEVEL = 0 if entry[0] in names else level
        try:
            return original.__func__(cls, fp, entry, code_dict)
        finally:
            cls._COMPRESSION_LEVEL = level

    ZlibArchiveWriter._write_entry = classmethod(write_entry)
    try:
        yield
    finally:
        ZlibArchiveWriter._write_entry = original


def main(argv: list[str] | None = None) -> int:
    """Write the list; ``--add``: add this interpreter's modules to the list as it is."""
    add = "--add" in (sys.argv[1:] if argv is None else argv)
    names = sorted(set(record()) | (listed() if add else set()))
    LIST.write_text(
        "# Modules a customer display imports before its first live frame: the build stores them\n"
        "# uncompressed. Written by `make startup-modules` (packaging/startup_modules.py).\n"
        + "".join(f"{name}\n" for name in names),
        encoding="utf-8",
    )
    print(f"{LIST}: {len(names)} modules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
