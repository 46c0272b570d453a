"""Build the shipped program with PyInstaller and run it: --version, and the self-test
(embedded simulator + customer display offscreen, a sale must reach the screen).

This catches what only a frozen build gets wrong: hidden imports (commands are imported
by name), data files (scenarios, catalogue, fonts), Qt plugins the prune step must keep.
Builds go to a temporary directory; the one-folder build takes ~15 s, one-file ~30 s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="the build extra is not installed (make setup installs it)")

from x11_fixtures import x_server  # noqa: E402,F401  (a real X server for the kiosk test)

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "display-app.spec"
BUILD_TIMEOUT = 240

pytestmark = pytest.mark.timeout(BUILD_TIMEOUT + 60)


def build(tmp: Path, *extra: str) -> Path:
    dist, work = tmp / "dist", tmp / "build"
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",  # no --clean: fresh workpath; the shared cache stays
         "--distpath", str(dist), "--workpath", str(work), str(SPEC), *(["--", *extra] if extra else [])],
        cwd=tmp, capture_output=True, text=True, timeout=BUILD_TIMEOUT,
    )
    assert proc.returncode == 0, f"PyInstaller failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}"
    return dist


def clean_env(tmp: Path) -> dict[str, str]:
    """No QT_QPA_PLATFORM (the self-test must choose offscreen itself), no venv on the path,
    and a scratch HOME so nothing touches the user's settings."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONPATH", "VIRTUAL_ENV", "QT_API")}
    env["HOME"] = str(tmp)
    env["XDG_CONFIG_HOME"] = str(tmp / "config")
    env["XDG_STATE_HOME"] = str(tmp / "state")
    env["XDG_CACHE_HOME"] = str(tmp / "cache")
    return env


def run_program(exe: Path, *args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout, env=env, cwd=exe.parent.parent)


@pytest.fixture(scope="session")
def onefolder(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("frozen-onefolder")
    exe = build(tmp) / "display-app" / ("display-app.exe" if sys.platform == "win32" else "display-app")
    assert exe.is_file()
    return exe


def check_self_test(exe: Path, tmp: Path) -> dict:
    report = tmp / "self-test.json"
    proc = run_program(exe, "--self-test", "--self-test-report", str(report), env=clean_env(tmp))
    lines = proc.stdout.strip().splitlines()
    assert lines, f"no output; stderr:\n{proc.stderr[-4000:]}"
    result = json.loads(lines[-1])
    assert proc.returncode == 0, f"self-test failed: {result.get('reason')}\n{proc.stderr[-4000:]}"
    assert result["ok"] is True and result["frozen"] is True
    assert result["platform"] == "offscreen"
    assert result["screen"] in ("sale", "thankyou")
    assert result["total"] == result["expected_total"] and result["lines"] == 4
    assert result["store"] == "Harbourside Fresh Market"
    assert result["case_mapping"] == "\u0130STANBUL"  # ICU's data, slimmed by the build, still maps Turkish i
    # A big sale's frames were read by their outline (msgspec, in the build) and its
    # unchanged lines kept from the frame before.
    assert result["big_sale"]["outlined"] >= 2 and result["big_sale"]["kept"] >= 149, result["big_sale"]
    # What the run compiled at start (the display's, the simulator's and websockets'
    # dataclasses, named tuples, regular expressions) came compiled from the build:
    # packaging/startup_code.py. Nothing the app's modules define at import is missed.
    stored = result["startup_code"]
    assert stored["dataclasses"]["hits"] >= 40 and stored["dataclasses"]["misses"] == 0, stored  # 3.13: one compile a class
    assert stored["namedtuples"]["hits"] >= 5 and stored["patterns"]["hits"] >= 20, stored
    # PySide's enum classes were built by packaging/qt_enums.py's builder, not the functional API,
    # none left to that API, and on this interpreter the builder makes every enum of
    # QtCore, QtGui and QtWidgets as the functional API does.
    enums = result["qt_enums"]
    assert enums["fast"] >= 150 and enums["fallback"] == 0, enums
    assert enums["compared"] >= 500 and enums["differences"] == [], enums
    assert json.loads(report.read_text(encoding="utf-8")) == result
    return result


def test_onefolder_version(onefolder, tmp_path):
    from display_app import __version__

    proc = run_program(onefolder, "--version", env=clean_env(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"display-app {__version__}"


def test_onefolder_self_test_puts_a_sale_on_screen(onefolder, tmp_path):
    check_self_test(onefolder, tmp_path)


def test_onefolder_is_pruned_and_carries_its_data(onefolder):
    internal = onefolder.parent / "_internal"
    qt = internal / "PySide6" / "Qt"
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert any("qoffscreen" in name for name in platforms) and any("qxcb" in name for name in platforms)
    assert any("qeglfs" in name for name in platforms) and any("qlinuxfb" in name for name in platforms)
    assert not any("qvnc" in name or "qminimal" in name for name in platforms)
    assert not (qt / "translations").exists()
    assert not (qt / "plugins" / "tls").exists()
    assert not list(internal.rglob("*QtNetwork*")) and not list(internal.rglob("*QtQml*"))
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert list((internal / "display_app" / "simulator" / "counter" / "scenarios").glob("*.json"))
    assert (internal / "display_app" / "simulator" / "counter" / "data" / "catalogue.json").is_file()


def test_onefolder_stores_the_start_up_modules_uncompressed_and_compresses_the_rest(onefolder):
    """packaging/startup_modules.py: what a display imports before its first frame is stored
    in the module archive (inflating it is a copy); what loads later stays compressed."""
    import zlib

    from PyInstaller.loader.pyimod01_archive import ZlibArchiveReader

    pyz = onefolder.parents[2] / "build" / "display-app" / "PYZ-00.pyz"
    archive = ZlibArchiveReader(str(pyz))

    def growth(name: str) -> float:
        _typecode, offset, length = archive.toc[name]
        with open(pyz, "rb") as stream:
            stream.seek(offset)
            raw = stream.read(length)
        return len(zlib.decompress(raw)) / len(raw)

    for name in ("display_app.ui.display.window", "display_app.fd1.client", "asyncio.base_events", "websockets.asyncio.client", "_pyi_rth_utils"):
        assert growth(name) < 1.0, name
    for name in ("aiohttp.client", "display_app.ui.presell.window", "display_app.simulator.counter.server"):
        assert growth(name) > 2.0, name


def test_prune_script_finds_nothing_left_and_the_build_still_works(onefolder, tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "prune.py"), str(onefolder.parent)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("pruned 0 files"), proc.stdout + proc.stderr
    check_self_test(onefolder, tmp_path)


def test_bad_setting_is_one_line_and_exit_2_when_frozen(onefolder, tmp_path):
    proc = run_program(onefolder, "display", "--counter", "ws://x:99999", env=clean_env(tmp_path))
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "ws://x:99999" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.skipif(os.environ.get("DISPLAY_APP_SKIP_ONEFILE") == "1", reason="DISPLAY_APP_SKIP_ONEFILE=1")
def test_onefile_self_test(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("frozen-onefile")
    exe = build(tmp, "--onefile") / ("display-app-onefile.exe" if sys.platform == "win32" else "display-app-onefile")
    assert exe.is_file()
    check_self_test(exe, tmp)


def test_onefolder_kiosk_on_x11_with_xset(onefolder, tmp_path, x_server):
    """The shipped program in kiosk mode on a real X server with xset installed: it comes
    up full screen, connects once and turns blanking off; no crash, no restart."""
    import shutil
    import socket

    if shutil.which("xset") is None:
        pytest.skip("xset is not installed (apt-get install x11-xserver-utils; .ci/run installs it)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = clean_env(tmp_path)
    env.update(DISPLAY=x_server.display, QT_QPA_PLATFORM="xcb")
    sim = subprocess.Popen([str(onefolder), "simulate", "--port", str(port), "--status-interval", "0"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=onefolder.parent)
    try:
        proc = run_program(onefolder, "display", "--counter", f"127.0.0.1:{port}", "--kiosk", "--exit-pin", "2580",
                           "--quit-after", "6", env=env)
    finally:
        sim.terminate()
        sim_log = sim.communicate(timeout=20)[1]
    assert proc.returncode == 0, proc.stderr[-4000:]
    text = next((tmp_path / "state").rglob("display-app.log")).read_text(encoding="utf-8")
    assert "kiosk: full screen" in text and "screen blanking turned off with xset" in text
    assert "logged in to counter" in text
    assert "Traceback" not in text and "restarting it" not in text and "CRITICAL" not in text
    assert sim_log.count("session 1)") >= 1 and "session 2)" not in sim_log
