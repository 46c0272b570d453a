"""``display-app screenshots`` renders every surface, not only the customer display: the
presell tablet (basket, recall code, pager step), the PIN pad and staff menu, the setup
screen, the order-ready board and the Lane Wall, each from real widgets on the real
simulators. Run as a support script would (a subprocess), at one size, in Arabic (the
right-to-left path), so the command cannot break silently."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from display_app.ui.screenshots import SURFACES, parse_surfaces

NEW_SURFACES = ("tablet", "pin", "setup", "board", "wall")


def _colours(image: QImage) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 5)})


def test_every_surface_is_rendered_and_none_is_blank(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "display_app", "screenshots", "--out", str(out), "--sizes", "800x480",
         "--surfaces", ",".join(NEW_SURFACES), "--language", "ar", "--locale", "ar_EG", "--currency", "EGP"],
        check=False, capture_output=True, text=True, timeout=180, env=env,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    expected = {f"{screen}-800x480.png" for surface in NEW_SURFACES for screen in SURFACES[surface]}
    assert {p.name for p in out.glob("*.png")} == expected
    for name in sorted(expected):
        image = QImage(str(out / name))
        assert not image.isNull(), name
        # at the size asked for, or (a window with a larger minimum size) at least as big
        assert image.width() >= 800 and image.height() >= 480, (name, image.size())
        assert _colours(image) > 12, f"{name} looks blank ({_colours(image)} colours)"
    printed = {Path(line).name for line in proc.stdout.split()}
    assert printed == expected


def test_surfaces_option() -> None:
    assert parse_surfaces("board, wall") == ["board", "wall"]
    assert list(SURFACES) == ["display", "tablet", "pin", "setup", "board", "wall"]
    import argparse

    import pytest

    with pytest.raises(argparse.ArgumentTypeError, match="kiosk"):
        parse_surfaces("board,kiosk")
