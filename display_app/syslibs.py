"""What Qt needs from the operating system, checked before Qt is loaded.

A bare Debian or Ubuntu machine lacks a few of the libraries PySide6's xcb platform
plugin links, and Qt then stops with a misleading message (it blames ``xcb-cursor0``
whatever is missing). ``problem()`` says instead, in one message, which packages are
missing and the one ``apt-get`` command that installs them. ``make demo`` runs it with the
system Python before it sets anything up (``python -m display_app.syslibs demo``), and
``display-app demo`` runs it again before it loads Qt.

Only the standard library here: it runs before the virtual environment exists.

The tables list the shared libraries (sonames) Qt's own libraries and the xcb plugin
link directly, with the Debian/Ubuntu package of each. tests/test_syslibs.py reads
PySide6's ``libqxcb.so`` and ``libQt6XcbQpa.so.6`` and fails when they need one that is
not listed here, so a PySide6 upgrade cannot silently outgrow this list (or .ci/run's).
"""

from __future__ import annotations

import ctypes
import os
import shlex
import sys
from typing import Mapping

#: Every platform, offscreen too (QtCore, QtGui, QtWidgets, QtDBus).
ALWAYS: dict[str, str] = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11.so.6": "libx11-6",
}

#: The X11 (xcb) platform plugin and its GL integrations.
XCB: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

#: The Wayland platform plugin (a ``cage`` kiosk, a Wayland desktop).
WAYLAND: dict[str, str] = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

#: Platforms that draw into memory or a framebuffer: no window system to check for.
NO_WINDOW_SYSTEM = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")


def platform_for(env: Mapping[str, str]) -> str:
    """The Qt platform the app will use: ``QT_QPA_PLATFORM`` (its first choice), else
    wayland on a Wayland session, xcb with ``$DISPLAY``, "" when there is no window system."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if chosen:
        return chosen
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return "wayland"
    if env.get("DISPLAY"):
        return "xcb"
    return ""


def needed(platform: str) -> dict[str, str]:
    """soname -> package for what ``platform`` loads."""
    libs = dict(ALWAYS)
    if platform == "xcb":
        libs.update(XCB)
    elif platform.startswith("wayland"):
        libs.update(WAYLAND)
    return libs


def loads(soname: str) -> bool:
    """True when the dynamic loader finds ``soname`` (and everything it links)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing(libs: Mapping[str, str]) -> dict[str, str]:
    """The libraries of ``libs`` the loader cannot find, with their packages."""
    return {soname: package for soname, package in libs.items() if not loads(soname)}


def install_command(packages: list[str] | tuple[str, ...]) -> str:
    """The one command that installs ``packages`` (sudo unless we are root)."""
    sudo = "" if hasattr(os, "geteuid") and os.geteuid() == 0 else "sudo "
    return f"{sudo}apt-get install --no-install-recommends " + " ".join(shlex.quote(p) for p in dict.fromkeys(packages))


def problem(what: str = "display-app", env: Mapping[str, str] | None = None) -> str | None:
    """None when ``what`` can open its windows here; else one message that says what is
    missing and how to get it. Only on Linux; elsewhere the wheels carry what Qt needs."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if env is None else env
    platform = platform_for(env)
    if not platform:
        return (
            f"{what}: no window system to open windows on: DISPLAY (and WAYLAND_DISPLAY) are not set. "
            "Run it from a desktop session (or ssh -X), or without a screen with QT_QPA_PLATFORM=offscreen."
        )
    absent = missing(needed(platform if platform not in NO_WINDOW_SYSTEM else ""))
    if not absent:
        return None
    packages = sorted(set(absent.values()))
    return (
        f"{what}: Qt's {platform} platform needs system packages that are not installed: {', '.join(packages)} "
        f"(missing {', '.join(sorted(absent))}). Install them with:\n    {install_command(packages)}"
    )


def main(argv: list[str] | None = None) -> int:
    """``python -m display_app.syslibs [WHAT]``: exit 0 when all is there, else print the
    message and exit 3."""
    argv = sys.argv[1:] if argv is None else argv
    message = problem(f"display-app {argv[0]}" if argv else "display-app")
    if message is None:
        return 0
    print(message, file=sys.stderr)
    return 3


if __name__ == "__main__":
    sys.exit(main())
