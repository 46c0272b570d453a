"""The whole demo as a head office would run it: ``display-app simulate --stores 3 --lanes 4
--wall-config wall.toml``, then ``display-app wall --config wall.toml``, as two processes
over real sockets; and the commands' one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


def run_display_app(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "display_app", *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})


def test_simulate_stores_then_wall_is_the_whole_demo(tmp_path: Path):
    wall_toml = tmp_path / "wall.toml"
    sim = subprocess.Popen([sys.executable, "-m", "display_app", "simulate", "--stores", "3", "--lanes", "4", "--port", "0",
                            "--speed", "5", "--wall-config", str(wall_toml)],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        while not wall_toml.exists():
            assert sim.poll() is None and time.monotonic() < deadline, "the simulator did not write the wall's settings"
            time.sleep(0.1)
        state = tmp_path / "wall.json"
        shot = tmp_path / "wall.png"
        done = run_display_app("wall", "--config", str(wall_toml), "--state-file", str(state), "--screenshot", str(shot),
                               "--quit-after", "6", "--size", "1280x720", "--log-level", "WARNING",
                               env={"XDG_STATE_HOME": str(tmp_path / "xdg")})
        assert done.returncode == 0, done.stderr[-2000:]
        doc = json.loads(state.read_text(encoding="utf-8"))
        assert doc["estate"]["stores_online"] == 3 and doc["estate"]["lanes"] == 12
        assert len(doc["lanes"]) == 12
        assert {(e["store"], e["lane"]) for e in doc["lanes"]} == {(f"S00{s}", str(lane)) for s in (1, 2, 3) for lane in (1, 2, 3, 4)}
        assert all(e["link"] == "online" and e["state"] in ("idle", "in_sale", "tendering") for e in doc["lanes"])
        assert all(set(e["sale"]) >= {"total", "items"} for e in doc["lanes"] if e["sale"] is not None)
        assert shot.stat().st_size > 10_000
    finally:
        sim.terminate()
        sim.wait(10)


def test_a_wrong_stores_file_is_one_line_and_exit_2(tmp_path: Path):
    bad = tmp_path / "wall.toml"
    bad.write_text('[[stores]]\nname = "A"\naddress = "a"\napikey_env = "NO_SUCH_VARIABLE_12"\n', encoding="utf-8")
    done = run_display_app("wall", "--config", str(bad))
    assert done.returncode == 2
    assert "NO_SUCH_VARIABLE_12 is not set" in done.stderr and "Traceback" not in done.stderr
    done = run_display_app("simulate", "--stores", "0")
    assert done.returncode == 2 and "--stores" in done.stderr
