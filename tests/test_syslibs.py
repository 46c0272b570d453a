"""The system-library check (display_app/syslibs.py) that ``make demo`` and ``display-app
demo`` run before Qt loads, against what PySide6 really links."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from display_app import syslibs

ROOT = Path(__file__).resolve().parent.parent


def elf_needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of a 64-bit little-endian ELF file (what ``objdump -p`` lists)."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1, f"{path} is not a 64-bit LE ELF file"
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC
    strtab = sections[dynamic[6]]  # sh_link: its string table
    names = []
    for offset in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, offset)
        if tag == 0:
            break
        if tag == 1:  # DT_NEEDED
            start = strtab[4] + value
            names.append(data[start:data.index(b"\0", start)].decode())
    return names


def qt_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


BASE = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1", "libzstd.so.1",
        "ld-linux-x86-64.so.2", "libdl.so.2", "libpthread.so.0", "librt.so.1"}  # in every Debian/Ubuntu base system


def outside_qt(path: Path) -> set[str]:
    return {n for n in elf_needed(path) if not n.startswith(("libQt6", "libicu")) and n not in BASE}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux wheels only")
def test_the_tables_list_everything_the_xcb_plugin_and_qt_link():
    qt = qt_dir()
    xcb = outside_qt(qt / "plugins" / "platforms" / "libqxcb.so") | outside_qt(qt / "lib" / "libQt6XcbQpa.so.6")
    for plugin in (qt / "plugins" / "xcbglintegrations").glob("*.so"):
        xcb |= outside_qt(plugin)
    always = set()
    for lib in ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6DBus.so.6"):
        always |= outside_qt(qt / "lib" / lib)
    assert always <= set(syslibs.ALWAYS), f"add to syslibs.ALWAYS: {sorted(always - set(syslibs.ALWAYS))}"
    assert xcb <= set(syslibs.ALWAYS) | set(syslibs.XCB), f"add to syslibs.XCB: {sorted(xcb - set(syslibs.ALWAYS) - set(syslibs.XCB))}"


def test_the_test_setup_installs_every_package_the_tables_name():
    script = (ROOT / "packaging" / "test-setup.sh").read_text(encoding="utf-8")
    listed = set(re.search(r"APT_PACKAGES=\((.*?)\)", script, re.S).group(1).split())
    wanted = set(syslibs.ALWAYS.values()) | set(syslibs.XCB.values()) | {"xvfb", "xauth", "x11-xserver-utils"}
    assert wanted <= listed, f"packaging/test-setup.sh does not install {sorted(wanted - listed)}"


def test_the_readme_quick_start_gives_the_same_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    packages = sorted(set(syslibs.ALWAYS.values()) | set(syslibs.XCB.values()))
    assert "sudo apt-get install --no-install-recommends " + " ".join(packages) in readme


def test_a_missing_library_is_one_message_with_the_packages_and_the_command(monkeypatch):
    monkeypatch.setitem(syslibs.XCB, "libxcb-made-up.so.9", "libxcb-made-up9")
    monkeypatch.setitem(syslibs.XCB, "libxcb-also-gone.so.1", "libxcb-also-gone1")
    message = syslibs.problem("display-app demo", {"DISPLAY": ":0"})
    assert message is not None
    first, command = message.splitlines()
    assert first.startswith("display-app demo: Qt's xcb platform needs system packages that are not installed: libxcb-also-gone1, libxcb-made-up9")
    assert command.strip().endswith("apt-get install --no-install-recommends libxcb-also-gone1 libxcb-made-up9")
    # Offscreen needs no window system: the xcb libraries are not asked for.
    assert syslibs.problem("display-app demo", {"QT_QPA_PLATFORM": "offscreen"}) is None


def test_no_window_system_is_said_plainly():
    message = syslibs.problem("display-app demo", {})
    assert message is not None and "DISPLAY" in message and "QT_QPA_PLATFORM=offscreen" in message


def test_this_machine_has_what_the_tests_need():
    assert syslibs.problem("tests", {"QT_QPA_PLATFORM": "offscreen"}) is None


def test_the_module_runs_with_the_system_python_and_exits_3_when_something_is_missing(tmp_path):
    """``make demo`` runs it before the venv exists: standard library only."""
    env = {"PATH": "/usr/bin:/bin", "DISPLAY": ":0"}
    code = "import sys; from display_app import syslibs; syslibs.XCB['libnot-there.so.1'] = 'libnot-there1'; sys.exit(syslibs.main(['demo']))"
    proc = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=30)
    assert proc.returncode == 3
    assert "libnot-there1" in proc.stderr and "apt-get install" in proc.stderr and len(proc.stderr.strip().splitlines()) == 2
