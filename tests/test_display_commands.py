"""The display's commands as an installer or a support script runs them: ``display``
against a counter (the simulator, over a real socket), ``demo``, and ``screenshots``."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from display_app.simulator.counter.server import CounterSimulator

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def isolated_env(tmp_path: Path) -> dict[str, str]:
    """No user settings file or log dir leaks into (or out of) the test."""
    return {**ENV, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path)}


async def run_app(*args: str, env: dict[str, str], timeout: float = 60) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "display_app", *args, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    return proc.returncode, out.decode("utf-8", "replace")


async def test_display_command_shows_the_sale_writes_the_probe_and_a_screenshot(tmp_path):
    state, shot = tmp_path / "state.json", tmp_path / "shot.png"
    async with CounterSimulator(host="127.0.0.1", port=0, status_interval=0.5) as sim:
        sim.lane.start_sale()
        sim.lane.add_item("DAI0002", 2)
        sim.lane.add_item("PRO0001", grams=1235)
        code, out = await run_app(
            "display", "--counter", sim.url, "--state-file", str(state), "--screenshot", str(shot), "--quit-after", "2.5",
            env=isolated_env(tmp_path),
        )
        assert code == 0, out
        logins = [r for r in sim.received if r.a == "fd1.session.login"]
        assert logins and logins[0].v["purpose"] == "customerdisplay"
        assert any(r.a == "fd1.customerdisplay.get_info" for r in sim.received)
    doc = json.loads(state.read_text(encoding="utf-8"))
    assert doc["screen"] == "sale" and doc["store"]["name"] == "Harbourside Fresh Market"
    assert [l["description"] for l in doc["sale"]["lines"]] == ["Anchor Blue Top Milk 2L", "Bananas Cavendish"]
    assert doc["sale"]["total"] == "13.89"  # 9.58 + 4.31
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 320


async def test_display_command_without_a_counter_says_so(tmp_path):
    code, out = await run_app("display", env=isolated_env(tmp_path))
    assert code == 2 and "no counter set" in out and "Traceback" not in out


async def test_demo_runs_the_embedded_simulator_and_quits_cleanly(tmp_path):
    state, shot = tmp_path / "state.json", tmp_path / "demo.png"
    code, out = await run_app(
        "demo", "--quit-after", "4", "--state-file", str(state), "--screenshot", str(shot), env=isolated_env(tmp_path)
    )
    assert code == 0, out
    assert "Traceback" not in out
    doc = json.loads(state.read_text(encoding="utf-8"))
    assert doc["connection"]["state"] == "connected" and doc["connection"]["counter"].startswith("ws://127.0.0.1:")
    assert doc["store"]["name"] == "Harbourside Fresh Market"
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)  # no real screen: the natural size


PRESELL_STEPS = ("Presell, 1 of 4", "Presell, 2 of 4", "Presell, 3 of 4", "the customer display shows the tablet's basket (3 lines",
                 "Presell, 4 of 4", "At the lane, a walk-in customer", "Paid: the customer display thanks")


async def test_demo_tells_the_whole_story_unattended(tmp_path):
    """Nobody touches it: the tablet's basket is built, sent, recalled and rung through on the
    display, then a walk-in sale; every step captioned (and logged)."""
    code, out = await run_app("demo", "--speed", "5", "--rounds", "1", "--quit-after", "100", env=isolated_env(tmp_path), timeout=120)
    assert code == 0, out
    assert "Traceback" not in out and "went wrong" not in out, out[-4000:]
    assert "demo: the story ran 1 time(s); ending" in out  # it ended itself, not at --quit-after
    at = [out.find(step) for step in PRESELL_STEPS]
    assert all(i >= 0 for i in at), dict(zip(PRESELL_STEPS, at))
    assert at == sorted(at)


async def test_demo_without_a_window_system_says_so(tmp_path):
    env = {k: v for k, v in isolated_env(tmp_path).items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    code, out = await run_app("demo", env=env)
    assert code == 3 and "no window system" in out and "QT_QPA_PLATFORM=offscreen" in out and "Traceback" not in out


async def test_screenshots_command_writes_every_screen(tmp_path):
    out_dir = tmp_path / "shots"
    code, out = await run_app("screenshots", "--out", str(out_dir), "--sizes", "800x480,480x800", "--surfaces", "display", env=isolated_env(tmp_path), timeout=120)
    assert code == 0, out
    names = {"idle", "sale-short", "sale-long", "sale-discount-weighed", "thankyou", "banner", "offline", "sale-rtl", "unreachable"}
    files = {p.name for p in out_dir.glob("*.png")}
    assert files == {f"{n}-{s}.png" for n in names for s in ("800x480", "480x800")}
    for name in files:
        image = QImage(str(out_dir / name))
        w, h = (int(v) for v in name.rsplit("-", 1)[1][:-4].split("x"))
        assert (image.width(), image.height()) == (w, h)
        colours = {image.pixel(x, y) for x in range(0, w, 37) for y in range(0, h, 29)}
        assert len(colours) > 3, f"{name} looks blank"
