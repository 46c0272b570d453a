"""A real X server for the tests that must not run offscreen (kiosk on xcb, taps, the demo).

The rest of the suite runs on Qt's offscreen platform in this process; these tests run a
small program (``tests/x11/*.py``) in a subprocess with ``QT_QPA_PLATFORM=xcb`` against a
real X server, and read the one JSON line it prints.

Which X server (``x_display()``), in this order:

1. ``$DISPLAY_APP_TEST_DISPLAY``: the one ``.ci/run`` brought up (it must answer);
2. a private ``Xvfb`` started for the test session, when ``Xvfb`` is installed;
3. ``$DISPLAY``, when it answers (a developer's desktop);
4. none: the tests skip, saying so, unless ``DISPLAY_APP_REQUIRE_X=1`` (CI), where
   they fail instead.

``XInput`` sends real pointer presses through the X server (the XTEST extension, as a
mouse would), so Qt's xcb plugin turns fast ones into double clicks exactly as it does
for a shopper's finger on a touch screen that emulates a mouse.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import select
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "tests" / "x11"

NO_X = (
    "no X server: DISPLAY_APP_TEST_DISPLAY and DISPLAY are unset or do not answer, and Xvfb is not "
    "installed (apt-get install xvfb; .ci/run installs it and brings one up)"
)


def _libx11() -> Any:
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    return lib


def answers(display: str) -> bool:
    """True when an X client can open ``display``."""
    if not display:
        return False
    try:
        lib = _libx11()
    except OSError:
        return False
    handle = lib.XOpenDisplay(display.encode())
    if not handle:
        return False
    lib.XCloseDisplay(handle)
    return True


@dataclass
class XServer:
    display: str
    size: tuple[int, int] | None = None  # known for a private Xvfb
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for a program on this X server (xcb platform, PATH kept: xset)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_QPA_", "WAYLAND_"))}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT) + os.pathsep + str(ROOT / "tests"))
        env.update(extra)
        return env

    def run(self, script: str, *args: str, timeout: float = 90.0, env: dict[str, str] | None = None) -> dict[str, Any]:
        """Run ``tests/x11/<script>`` on this server; return the JSON it printed last."""
        proc = subprocess.run(
            [sys.executable, str(SCRIPTS / script), *args],
            capture_output=True, text=True, timeout=timeout, env=env or self.env(), cwd=str(ROOT),
        )
        result = None
        for line in reversed(proc.stdout.splitlines()):
            if line.startswith("{"):
                result = json.loads(line)
                break
        if result is None:
            raise AssertionError(
                f"{script} printed no result (exit {proc.returncode})\n--- stdout\n{proc.stdout[-4000:]}\n--- stderr\n{proc.stderr[-6000:]}"
            )
        result["_exit"] = proc.returncode
        result["_stderr"] = proc.stderr[-6000:]
        return result


def start_xvfb(size: tuple[int, int] = (1920, 1080), timeout: float = 10.0) -> XServer:
    """A private Xvfb on a free display number (``-displayfd``), with XTEST (the default)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise FileNotFoundError("Xvfb is not installed")
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    os.close(write_end)
    number = b""
    deadline = time.monotonic() + timeout
    try:
        while not number.endswith(b"\n"):
            left = deadline - time.monotonic()
            ready, _, _ = select.select([read_end], [], [], max(0.0, left))
            if not ready:
                raise TimeoutError(f"Xvfb did not start within {timeout:g}s")
            chunk = os.read(read_end, 16)
            if not chunk:
                raise RuntimeError(f"Xvfb exited: {process.stderr.read().decode(errors='replace')[-500:] if process.stderr else ''}")
            number += chunk
    except BaseException:
        process.kill()
        raise
    finally:
        os.close(read_end)
    server = XServer(display=f":{number.decode().strip()}", size=size, process=process)
    if not answers(server.display):
        server.stop()
        raise RuntimeError(f"Xvfb started on {server.display} but does not answer")
    return server


def find_x_server() -> tuple[XServer | None, str]:
    """The X server to test on (see the module docstring), or None and why not."""
    given = os.environ.get("DISPLAY_APP_TEST_DISPLAY", "")
    if given:
        if answers(given):
            return XServer(display=given), ""
        return None, f"DISPLAY_APP_TEST_DISPLAY={given} does not answer"
    if shutil.which("Xvfb"):
        try:
            return start_xvfb(), ""
        except (OSError, RuntimeError, TimeoutError) as exc:
            return None, f"Xvfb would not start: {exc}"
    desktop = os.environ.get("DISPLAY", "")
    if answers(desktop):
        return XServer(display=desktop), ""
    return None, NO_X


class XInput:
    """Real pointer input through the X server's XTEST extension (what a mouse does)."""

    def __init__(self, display: str) -> None:
        self.x11 = _libx11()
        self.xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        self.xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong]
        self.xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.handle = self.x11.XOpenDisplay(display.encode())
        if not self.handle:
            raise RuntimeError(f"cannot open X display {display}")

    def click(self, x: int, y: int, button: int = 1) -> None:
        self.xtst.XTestFakeMotionEvent(self.handle, -1, int(x), int(y), 0)
        self.xtst.XTestFakeButtonEvent(self.handle, button, 1, 0)
        self.xtst.XTestFakeButtonEvent(self.handle, button, 0, 0)
        self.x11.XSync(self.handle, 0)

    def close(self) -> None:
        if self.handle:
            self.x11.XCloseDisplay(self.handle)
            self.handle = None
