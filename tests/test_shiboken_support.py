"""packaging/shiboken_support.py: shiboken's support package compiled for the bundle, with
the .pyi stub writer held back until first use (it cost ~17 ms of every frozen start)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
from shiboken_support import compiled_support  # noqa: E402

# Runs in a fresh interpreter: shiboken6 loads its own (embedded) support package, then the
# bundle's stand-in and the real stub writer are put where the bundle puts them.
CHECK = """
import importlib.util, sys
import shiboken6
import shibokensupport.signature.lib as lib
lib.__path__.insert(0, {lib_dir!r})
sys.modules.pop("shibokensupport.signature.lib.pyi_generator", None)
import shibokensupport.signature.lib.pyi_generator as stand_in
held_back = "shibokensupport.signature.lib._pyi_generator_full" not in sys.modules
writer = stand_in.generate_pyi
print(held_back, writer.__module__)
"""


def test_the_stub_writer_loads_on_first_use_and_is_the_real_one(tmp_path):
    entries = compiled_support(tmp_path)
    if not entries:
        pytest.skip("this shiboken6 carries no embedded support package")
    names = {Path(compiled).name for compiled, _ in entries}
    assert {"pyi_generator.pyc", "_pyi_generator_full.pyc", "loader.pyc", "parser.pyc"} <= names
    lib_dir = str(tmp_path / "pyc" / "shibokensupport" / "signature" / "lib")
    proc = subprocess.run([sys.executable, "-c", CHECK.format(lib_dir=lib_dir)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True", "shibokensupport.signature.lib._pyi_generator_full"]


# Runs in a fresh interpreter with a copy of shiboken6 whose files.dir holds what the bundle
# holds (the stand-in loader included), ahead of the installed one on the path.
LEAN = """
import sys
from PySide6 import QtWidgets
print("start", "shibokensupport.signature._loader_full" in sys.modules, "shibokensupport.signature.parser" in sys.modules)
import sourceless, with_source
features = sys.modules["PySide6.support.feature"].pyside_feature_dict
print("features", features["sourceless"], features["with_source"])
app = QtWidgets.QApplication([])
try:
    QtWidgets.QWidget().resize("a", "b")
except TypeError as error:
    print("error", "Supported signatures:" in str(error), "resize(w: int, h: int" in str(error))
print("after", "shibokensupport.signature._loader_full" in sys.modules, "shibokensupport.signature.parser" in sys.modules)
import PySide6.support.signature.mapping, PySide6.support.signature.parser
print("published", PySide6.support.signature.parser.__spec__.name)
"""


def _bundle_like_shiboken(tmp_path: Path) -> Path:
    """A copy of the installed shiboken6 with the bundle's compiled support in files.dir."""
    import py_compile
    import shutil

    import shiboken6

    entries = compiled_support(tmp_path / "work")
    if not entries:
        pytest.skip("this shiboken6 carries no embedded support package")
    site = tmp_path / "site"
    shutil.copytree(Path(shiboken6.__file__).parent, site / "shiboken6", ignore=shutil.ignore_patterns("__pycache__", "files.dir"))
    for compiled, folder in entries:
        target = site / folder
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(compiled, target)
    # Two modules of ours that mention PySide6: one with its source, one shipped compiled only.
    (site / "with_source.py").write_text("NAME = 'PySide6'\n", encoding="utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "sourceless.py").write_text("NAME = 'PySide6'\n", encoding="utf-8")
    py_compile.compile(str(tmp_path / "src" / "sourceless.py"), cfile=str(site / "sourceless.pyc"), doraise=True)
    return site


def test_the_stand_in_loader_defers_the_signature_modules_and_errors_still_list_signatures(tmp_path):
    site = _bundle_like_shiboken(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run([sys.executable, "-c", LEAN], capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = dict(line.split(" ", 1) for line in proc.stdout.splitlines())
    assert lines["start"] == "False False"  # neither the real loader nor the parser at start-up
    assert lines["features"] == "-1 0"  # no source: "ignore"; with source naming PySide6: 0, as shiboken says
    assert lines["error"] == "True True"  # the "wrong argument types" message, with the signatures
    assert lines["after"] == "True True"
    assert lines["published"] == "PySide6.support.signature.parser"
