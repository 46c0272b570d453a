"""``display-app`` with no command: the installed program's start. First run shows the
setup screen (nothing is written until the installer saves); with settings, the
configured mode runs. Real subprocesses against the real simulator."""

from __future__ import annotations

import json

from PySide6.QtGui import QImage
from test_display_commands import isolated_env, run_app

from display_app.simulator.counter.server import CounterSimulator


async def test_first_run_without_settings_shows_the_setup_screen_and_writes_nothing(tmp_path):
    settings, shot = tmp_path / "settings.toml", tmp_path / "setup.png"
    code, out = await run_app("--config", str(settings), "--quit-after", "3", "--screenshot", str(shot), env=isolated_env(tmp_path))
    assert code == 0, out
    assert "first run: showing the setup screen" in out
    assert not settings.exists()  # nothing saved without the installer pressing Save
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 300
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5  # a drawn form, not a blank window


async def test_with_settings_the_configured_display_runs(tmp_path):
    settings, state = tmp_path / "settings.toml", tmp_path / "state.json"
    async with CounterSimulator(host="127.0.0.1", port=0, status_interval=0.5) as sim:
        settings.write_text(f'mode = "display"\ncounter = "{sim.url}"\n', encoding="utf-8")
        code, out = await run_app("--config", str(settings), "--quit-after", "3", "--state-file", str(state), env=isolated_env(tmp_path))
    assert code == 0, out
    doc = json.loads(state.read_text(encoding="utf-8"))
    assert doc["store"]["name"] == "Harbourside Fresh Market"
    assert doc["connection"]["counter"] == sim.url
