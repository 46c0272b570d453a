"""Shiboken's Python support package, compiled at build time (used by display-app.spec).

shiboken6 carries its ``shibokensupport`` package (signatures, enum and feature support)
as Python *source* inside its library and compiles it at every start of every program:
~40 ms of the frozen display's launch, before the first of our own lines. Shiboken has a
documented way to use real files instead (``SBK_EMBED=0`` writes them to
``shiboken6/files.dir``, which it then imports normally, with no compiling). The spec
puts the same files, compiled once here with the build's Python, into the bundle's
``shiboken6/files.dir``; Python imports a ``.pyc`` that has no ``.py`` beside it as is.

Two modules are held back, each replaced by a stand-in under its name that loads the real
one (kept under a new name) on first use:

* ``signature/lib/pyi_generator`` writes ``.pyi`` stub files (a developer tool,
  ``pyside6-genpyi``) and cost ~17 ms of every start (its regular expressions, argparse,
  typing), only to be published as ``PySide6.support.signature.lib.pyi_generator``.
* ``signature/loader`` imported the signature parser, layout and error handler at every
  start (~20 ms), which only signatures, help texts and argument errors use; its stand-in
  is ``packaging/shiboken_loader.py`` (which says what it keeps doing at start-up).

Nothing is added (and shiboken compiles as before) when the embedded package cannot be
found in this shiboken6.
"""

from __future__ import annotations

import py_compile
import sys
from pathlib import Path

#: Where shiboken6 looks for the files (``Path(shiboken6.__file__).parent / "files.dir"``).
BUNDLE_DIR = Path("shiboken6") / "files.dir"

#: A stand-in for a module that only its attributes reach: the real module loads on first use.
STAND_IN = '''"""display-app's bundle: {real} loads on first use, not at every start
(packaging/shiboken_support.py)."""


def __getattr__(name):
    import importlib

    return getattr(importlib.import_module(__name__.rpartition(".")[0] + ".{real}"), name)
'''

#: Loaded on first use rather than at every start (see above):
#: name -> (the real module's new name, the stand-in's source with ``{real}`` for that name).
DEFERRED = {
    "shibokensupport/signature/lib/pyi_generator.py": ("_pyi_generator_full", STAND_IN),
    "shibokensupport/signature/loader.py": ("_loader_full", (Path(__file__).with_name("shiboken_loader.py")).read_text(encoding="utf-8")),
}


def compiled_support(workdir: Path) -> list[tuple[str, str]]:
    """Compile the embedded ``shibokensupport`` modules into ``workdir``; returns
    PyInstaller datas entries (compiled file, folder in the bundle), [] if not found."""
    import shiboken6  # noqa: F401  (loads shibokensupport from the embedded archive)

    loader = sys.modules.get("shibokensupport.signature.loader")
    archive = getattr(getattr(loader, "__loader__", None), "zfile", None)
    if archive is None:
        return []
    entries: list[tuple[str, str]] = []
    for name in archive.namelist():
        if not (name.startswith("shibokensupport/") and name.endswith(".py")):
            continue
        deferred = DEFERRED.get(name)
        if deferred is None:
            entries.append(_compiled(workdir, name, archive.read(name)))
        else:
            real, stand_in = deferred
            entries.append(_compiled(workdir, f"{name.rpartition('/')[0]}/{real}.py", archive.read(name)))
            entries.append(_compiled(workdir, name, stand_in.replace("{real}", real).encode()))
    return entries


def _compiled(workdir: Path, name: str, text: bytes) -> tuple[str, str]:
    source = workdir / "src" / name
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_bytes(text)
    compiled = workdir / "pyc" / (name[:-3] + ".pyc")
    compiled.parent.mkdir(parents=True, exist_ok=True)
    py_compile.compile(
        str(source), cfile=str(compiled), dfile=name, doraise=True,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,  # no source to check against
    )
    return str(compiled), str(BUNDLE_DIR / Path(name).parent)
