"""packaging/shiboken_support.py: shiboken's support package compiled for the bundle, with
the .pyi stub writer held back until first use (it cost ~17 ms of every frozen start)."""

from __future__ import annotations

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
