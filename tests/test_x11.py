"""On a real X server (Qt's xcb platform), not offscreen: what only a window system shows.

Each test runs a program from tests/x11/ in a subprocess on the session's X server
(tests/x11_fixtures.py: .ci/run's Xvfb, a private Xvfb, or $DISPLAY; the tests skip,
saying why, only when there is none, and fail instead under .ci/run).
"""

from __future__ import annotations

import shutil

import pytest

from x11_fixtures import small_x_server, x_server  # noqa: F401

pytestmark = pytest.mark.timeout(180)


def _check_clean(result: dict, *, restarts: int) -> None:
    assert "error" not in result, result
    assert result["platform"] == "xcb"
    assert result["exit"] == 0 and result["_exit"] == 0, result["_stderr"]
    assert result["counter_sessions"] == 1, f"the counter sees {result['counter_sessions']} displays"
    assert result["windows"] == 1
    assert result["deleted_object_errors"] == 0
    assert result["restart_lines"] == restarts
    assert result["tracebacks"] == restarts, result["errors"]
    assert result["lines"] == 3  # the sale rung up after the (re)start is on screen
    assert result["full_screen"] and result["window_geometry"] == result["screen_geometry"]


@pytest.mark.skipif(shutil.which("xset") is None, reason="xset is not installed (apt-get install x11-xserver-utils; .ci/run installs it)")
def test_kiosk_starts_on_xcb_with_xset_and_turns_blanking_off(x_server, tmp_path):
    result = x_server.run("kiosk_display.py", "start", str(tmp_path))
    _check_clean(result, restarts=0)
    assert result["xset_on_path"] and result["xset_line"]
    assert result["screensaver_off"]  # xset really ran against this X server
    assert result["errors"] == []


@pytest.mark.parametrize("mode", ["crash-start", "crash-running"])
def test_a_restarted_screen_leaves_one_counter_session_and_no_dead_timers(x_server, tmp_path, mode):
    result = x_server.run("kiosk_display.py", mode, str(tmp_path))
    _check_clean(result, restarts=1)
    assert result["attempts"] == 2


@pytest.mark.parametrize("gap_ms", [100, 450])
def test_three_taps_in_the_corner_open_the_pin_pad_as_mouse_and_as_touch(x_server, gap_ms):
    result = x_server.run("taps.py", str(gap_ms))
    assert result["platform"] == "xcb" and result["full_screen"], result
    assert result["mouse_three_taps"], "three mouse presses did not open the PIN pad"
    assert result["touch_three_taps"], "three touches on a window that does not take touch did not open it"
    assert result["touch_widget_three_taps"], "three touches on a widget that takes touch did not open it"
    assert not result["mouse_two_taps"] and not result["touch_widget_two_taps"]


def test_the_demo_fits_a_1366x768_screen_and_tells_the_story(small_x_server, tmp_path):
    """``make demo`` on a small laptop screen: the windows and the caption inside the screen,
    none over another, and the whole presell story told unattended."""
    import re
    import subprocess
    import sys

    env = small_x_server.env(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"), HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "display_app", "demo", "--speed", "5", "--rounds", "1", "--quit-after", "100"],
                          capture_output=True, text=True, timeout=120, env=env)
    out = proc.stderr + proc.stdout
    assert proc.returncode == 0, out[-4000:]
    assert "Traceback" not in out and "went wrong" not in out
    placed = re.search(r"demo: on a (\d+)x(\d+) screen", out)
    assert placed, out[-3000:]
    if small_x_server.size is not None:
        assert placed.groups() == ("1366", "768")
    assert "demo: every window fits the screen" in out, out[-3000:]
    assert "demo: the story ran 1 time(s); ending" in out
    for step in ("Presell, 1 of 4", "Presell, 2 of 4", "Presell, 3 of 4", "the customer display shows the tablet's basket", "Presell, 4 of 4",
                 "Guest pagers: Aroha's basket went with pager 1", "Head office: the Lane Wall", "Shopper identification:"):
        assert step in out, step
    assert "shopper identification on" in out  # the display joined visits, and the greeting came (else the act logs "went wrong")
