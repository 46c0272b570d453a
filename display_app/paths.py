"""Where the app's own files are, from source and from a PyInstaller build alike.

From source, ``resources/`` sits beside the ``display_app`` package (the repository
root). In a frozen build, PyInstaller unpacks (one-file) or places (one-folder) the
bundle in ``sys._MEIPASS``, and the spec copies ``resources/`` to ``_MEIPASS/resources``.
Never use the current directory: under systemd or Task Scheduler it is not ours.
No Qt here.
"""

from __future__ import annotations

import sys
from pathlib import Path


#: The app's name and author for the user's folders (platformdirs): settings, logs, state.
APP_NAME = "display-app"
APP_AUTHOR = "display-app"


def state_dir() -> Path:
    """The app's own state folder (``~/.local/state/display-app`` on Linux): what it keeps
    between runs that is not a setting (the PIN lockout, the counter's last branding, the
    tablet's variant and basket)."""
    from platformdirs import user_state_path

    return user_state_path(APP_NAME, APP_AUTHOR)


def is_frozen() -> bool:
    """True inside a PyInstaller build."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder holding ``display_app/`` and ``resources/``: ``sys._MEIPASS`` when frozen,
    else the repository root."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def resource_path(*parts: str) -> Path:
    """``resource_path("fonts", "DejaVuSans.ttf")`` -> the file's path (which may not exist:
    callers decide what a missing resource means)."""
    return resources_dir().joinpath(*parts)


def executable_command() -> list[str]:
    """The command that starts this program again (for re-exec and for autostart entries):
    the frozen executable, or this Python running the package."""
    if is_frozen():
        return [sys.executable]
    return [sys.executable, "-m", "display_app"]
