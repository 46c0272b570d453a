"""Settings, secrets, the exit PIN and the log file, hardened (issue 10, items 7 and 8)."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from display_app import config, logs, pins
from display_app.config import Config, ConfigError

ROOT = Path(__file__).resolve().parents[1]


def run_display(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"),
            "XDG_STATE_HOME": str(tmp_path / "s")}
    return subprocess.run([sys.executable, "-m", "display_app", "display", *args], cwd=ROOT, env={**base, **(env or {})},
                          capture_output=True, text=True, timeout=60)


# ----------------------------------------------------------------------------- malformed files


@pytest.mark.parametrize(
    "content",
    [b"counter = \"till1\"\nstore_name = \"Caf\xe9\"\n", b"\xff\xfe\x00c\x00", b"a = " + b"[" * 5000, b"slideshow_seconds = 1e12\n",
     b"thankyou_seconds = inf\n", b"screen = 99999999999999999999999\n", b"quit_after = nan\n"],
    ids=["latin-1", "utf-16", "deep", "huge seconds", "inf", "huge screen", "nan"],
)
def test_every_malformed_settings_file_is_one_line_and_exit_2(tmp_path, content):
    path = tmp_path / "config.toml"
    path.write_bytes(content)
    with pytest.raises(ConfigError):
        config.load(None, path=path)
    result = run_display(tmp_path, "--config", str(path), "--counter", "127.0.0.1:1")
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert str(path) in lines[0]


@pytest.mark.parametrize("option", ["--quit-after", "--slideshow-seconds", "--thankyou-seconds"])
def test_seconds_on_the_command_line_have_an_upper_bound(tmp_path, option):
    result = run_display(tmp_path, "--counter", "127.0.0.1:1", option, "1e12")
    assert result.returncode == 2
    assert "at most" in result.stderr and "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_seconds_bounds_accept_sane_values():
    assert config.from_mapping({"slideshow_seconds": 3600, "thankyou_seconds": 0.5, "quit_after": 604800}).quit_after == 604800
    with pytest.raises(ConfigError, match="at most"):
        config.from_mapping({"thankyou_seconds": 3601})


# ----------------------------------------------------------------------------- secrets


def test_secrets_come_from_the_environment_or_a_file_instead_of_the_command_line(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    parser = config.argparse.ArgumentParser()
    config.add_arguments(parser)
    monkeypatch.setenv("DISPLAY_APP_APIKEY", "from-env")
    assert config.load(parser.parse_args([])).apikey == "from-env"
    (tmp_path / "pin").write_text("2580\n")
    (tmp_path / "key").write_text("from-file\n")
    cfg = config.load(parser.parse_args(["--apikey-file", str(tmp_path / "key"), "--exit-pin-file", str(tmp_path / "pin")]))
    assert cfg.apikey == "from-file" and cfg.exit_pin == "2580"
    with pytest.raises(ConfigError, match="--apikey-file"):
        config.load(parser.parse_args(["--apikey-file", str(tmp_path / "missing")]))
    with caplog.at_level(logging.WARNING, logger="display_app.config"):
        assert config.load(parser.parse_args(["--apikey", "on-the-command-line"])).apikey == "on-the-command-line"
    assert any("every user" in r.getMessage() and "on-the-command-line" not in r.getMessage() for r in caplog.records)


# ----------------------------------------------------------------------------- the exit PIN


def test_the_pin_is_saved_as_a_salted_hash_and_a_hand_written_plain_pin_still_works(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('kiosk = true\nexit_pin = "2580"\n', encoding="utf-8")
    cfg = config.load(None, path=path)
    assert pins.verify_pin("2580", cfg.exit_pin) and not pins.verify_pin("2581", cfg.exit_pin)
    config.save(cfg, path)
    stored = tomllib.loads(path.read_text(encoding="utf-8"))["exit_pin"]
    assert "2580" not in path.read_text(encoding="utf-8") and pins.is_hashed(stored)
    again = config.load(None, path=path)
    assert pins.verify_pin("2580", again.exit_pin) and not pins.verify_pin("0000", again.exit_pin)
    config.save(again, path)  # a hash is kept as it is, not hashed twice
    assert tomllib.loads(path.read_text(encoding="utf-8"))["exit_pin"] == stored
    assert pins.hash_pin("2580") != pins.hash_pin("2580")  # salted
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_tampered_hash_never_verifies():
    stored = pins.hash_pin("2580")
    last = "1" if stored.endswith("0") else "0"  # a digest digit that really differs
    for bad in (stored.replace("16384", "1048576000"), stored[:-1] + last, "scrypt$3$8$1$00$" + "0" * 64, "2580x"):
        assert not pins.verify_pin("2580", bad)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_the_lockout_doubles_to_16_minutes_and_survives_a_restart(tmp_path):
    clock = FakeClock()
    path = tmp_path / "state" / pins.LOCKOUT_FILE
    locks = []
    for _ in range(7):
        lockout = pins.Lockout(path, clock=clock)  # a fresh start every time: the state is on disk
        assert lockout.remaining() == 0
        for attempt in range(pins.MAX_ATTEMPTS):
            seconds = pins.Lockout(path, clock=clock).failed()
        locks.append(seconds)
        restarted = pins.Lockout(path, clock=clock)
        assert restarted.remaining() == pytest.approx(seconds)
        clock.now += seconds
    assert locks == [30, 60, 120, 240, 480, 960, 960]
    lockout = pins.Lockout(path, clock=clock)
    lockout.succeeded()
    assert pins.Lockout(path, clock=clock).lockouts == 0
    path.write_text("{not json")
    assert pins.Lockout(path, clock=clock).remaining() == 0  # damaged: a fresh count, no crash


def test_the_pin_pad_shows_a_lockout_left_from_before_a_restart(qtbot, tmp_path):
    from display_app.ui.shell.pin import PinPad

    path = tmp_path / pins.LOCKOUT_FILE
    pad = PinPad(lambda pin: pin == "2580", lockout=pins.Lockout(path))
    qtbot.addWidget(pad)
    for _ in range(pins.MAX_ATTEMPTS):
        for key in "0000":
            pad.press(key)
        pad.press("ok")
    assert pad.locked and "wait 30 s" in pad.message.text()
    again = PinPad(lambda pin: pin == "2580", lockout=pins.Lockout(path))  # the app restarted
    qtbot.addWidget(again)
    assert again.locked and "Too many tries" in again.message.text()
    for key in "2580":
        again.press(key)
    again.press("ok")
    assert again.locked  # the right PIN does not get through a lockout


# ----------------------------------------------------------------------------- logs


def test_the_log_is_owner_only_in_an_owner_only_folder(tmp_path):
    folder = tmp_path / "log"
    folder.mkdir(mode=0o755)
    (folder / logs.LOG_FILE_NAME).write_text("old\n")
    os.chmod(folder / logs.LOG_FILE_NAME, 0o644)
    path = logs.setup_logging(Config(), console=False, log_dir=folder)
    try:
        logging.getLogger("display_app.test").warning("a line")
        assert path is not None and "a line" in path.read_text()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        fresh = tmp_path / "fresh"
        logs.setup_logging(Config(), console=False, log_dir=fresh)
        logging.getLogger("display_app.test").warning("another")
        assert stat.S_IMODE((fresh / logs.LOG_FILE_NAME).stat().st_mode) == 0o600
    finally:
        for handler in [h for h in logging.getLogger().handlers if getattr(h, logs._OURS, False)]:
            logging.getLogger().removeHandler(handler)
            handler.close()


async def test_recall_codes_and_scanned_codes_are_not_logged_at_info(caplog):
    import asyncio
    import contextlib
    from decimal import Decimal

    from display_app.presell.model import Product
    from display_app.presell.tablet import Tablet, presell_settings
    from helpers import running_simulator, wait_until

    caplog.set_level(logging.INFO)
    async with running_simulator(status_interval=None) as sim:
        barcode = sim.lane.catalogue.find(1101).barcodes[0]
        tablet = Tablet(presell_settings(sim.url, first_delay=0.05, request_timeout=2.0))
        task = asyncio.create_task(tablet.run())
        try:
            await wait_until(lambda: tablet.state.connected)
            tablet.scan(barcode)
            tablet.add(Product(pid=1002, description="Milk", price=Decimal("4.79")))
            await wait_until(lambda: tablet.state.pending == 0 and len(tablet.state.lines) == 2)
            tablet.send_to_lane()
            parked = await wait_until(lambda: tablet.state.parked)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    at_info = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert parked.code and not [m for m in at_info if parked.code in m]
    assert not [m for m in at_info if barcode in m]
