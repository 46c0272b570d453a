"""Settings: file + command line -> validated Config; every mistake is one clear line."""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
import tomllib

import pytest

from display_app import config, pins
from display_app.config import Config, ConfigError


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    config.add_arguments(parser)
    return parser.parse_args(argv)


def write(tmp_path, text: str):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        config.load(parse(["--config", str(path)]))
    message = str(info.value)
    assert "\n" not in message
    return message


def test_defaults_when_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert not config.exists()
    assert config.load(parse([])) == Config()
    assert config.load(None, path=write(tmp_path, "")) == Config()


def test_a_full_file_loads(tmp_path):
    path = write(
        tmp_path,
        """
mode = "presell"
counter = "till1:4000"
apikey = "k-123"
store_name = "Kai Corner"
store_primary_colour = "#1B5E20"
store_locale = "mi_NZ"
store_currency = "NZD"
thankyou_url = "https://example.co.nz/r/{sale}"
thankyou_seconds = 5
kiosk = true
exit_pin = "2468"
screen = 1
log_level = "debug"
""",
    )
    cfg = config.load(parse(["--config", str(path)]))
    assert cfg.mode == "presell" and cfg.counter == "till1:4000" and cfg.apikey == "k-123"
    assert cfg.thankyou_seconds == 5.0 and isinstance(cfg.thankyou_seconds, float)
    assert cfg.kiosk is True and cfg.screen == 1 and cfg.log_level == "DEBUG"


@pytest.mark.parametrize(
    "line, words",
    [
        ('mode = "kiosk"', ["mode", "'kiosk'", "display, presell"]),
        ('counter = "ws://x:99999"', ["counter", "ws://x:99999", "port"]),
        ('counter = "http://till1"', ["counter", "ws://"]),
        ('store_primary_colour = "green"', ["store_primary_colour", "'green'", "#RRGGBB"]),
        ('store_accent_colour = "#12345"', ["store_accent_colour", "#RRGGBB"]),
        ('store_locale = "english"', ["store_locale", "'english'", "en_NZ"]),
        ('store_currency = "dollars"', ["store_currency", "ISO 4217"]),
        ('thankyou_url = "https://x/{receipt}"', ["thankyou_url", "{sale}", "{receipt}"]),
        ('thankyou_url = "https://x/{sale"', ["thankyou_url", "template"]),
        ("thankyou_seconds = 0", ["thankyou_seconds", "greater than 0"]),
        ("slideshow_seconds = -2.5", ["slideshow_seconds", "greater than 0"]),
        ('exit_pin = "12a4"', ["exit_pin", "4 to 8 digits"]),
        ('exit_pin = "123"', ["exit_pin", "4 to 8 digits"]),
        ("kiosk = true", ["kiosk", "exit_pin"]),
        ("screen = -1", ["screen", "0 or more"]),
        ('log_level = "loud"', ["log_level", "'loud'"]),
        ('firehose_event = "a b"', ["firehose_event"]),
    ],
)
def test_each_bad_value_names_key_value_and_file(tmp_path, line, words):
    message = error_for(tmp_path, line + "\n")
    assert str(tmp_path / "config.toml") in message
    for word in words:
        assert word in message


def test_exit_pin_value_is_never_shown_in_errors(tmp_path):
    message = error_for(tmp_path, 'exit_pin = "98x7654"\n')
    assert "98x7654" not in message and "exit_pin" in message


def test_unknown_key_is_an_error_with_a_suggestion(tmp_path):
    message = error_for(tmp_path, 'kisok = true\n')
    assert "unknown setting 'kisok'" in message and "did you mean 'kiosk'" in message


def test_sections_are_rejected(tmp_path):
    message = error_for(tmp_path, "[store]\nname = 'x'\n")
    assert "[store]" in message


@pytest.mark.parametrize(
    "line, words",
    [
        ("screen = \"1\"", ["screen", "'1'", "whole number", "str"]),
        ("screen = true", ["screen", "whole number", "bool"]),
        ("kiosk = \"yes\"", ["kiosk", "true or false", "str"]),
        ("thankyou_seconds = \"8\"", ["thankyou_seconds", "a number", "str"]),
        ("counter = 3490", ["counter", "string", "int"]),
    ],
)
def test_wrong_type_names_key_expected_type_and_value(tmp_path, line, words):
    message = error_for(tmp_path, line + "\n")
    for word in words:
        assert word in message


def test_apikey_value_hidden_in_type_errors(tmp_path):
    message = error_for(tmp_path, "apikey = 123456789\n")
    assert "123456789" not in message and "apikey" in message


def test_broken_toml_names_the_file(tmp_path):
    message = error_for(tmp_path, 'mode = "display\n')
    assert "config.toml" in message and "TOML" in message


def test_missing_explicit_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        config.load(parse(["--config", str(tmp_path / "nope.toml")]))


def test_command_line_wins_over_file(tmp_path):
    path = write(tmp_path, 'counter = "till1"\nkiosk = true\nexit_pin = "1234"\nscreen = 1\nstore_name = "File"\n')
    cfg = config.load(parse(["--config", str(path), "--counter", "till2:5000", "--no-kiosk", "--screen", "0", "--thankyou-seconds", "3"]))
    assert cfg.counter == "till2:5000"
    assert cfg.kiosk is False and cfg.screen == 0 and cfg.thankyou_seconds == 3.0
    assert cfg.store_name == "File"  # not given on the command line: the file's value stays


def test_bad_command_line_value_names_the_option(tmp_path):
    path = write(tmp_path, "")
    with pytest.raises(ConfigError) as info:
        config.load(parse(["--config", str(path), "--counter", "ws://x:99999"]))
    assert str(info.value).startswith("--counter: counter = 'ws://x:99999'")


def test_every_setting_has_an_option():
    args = parse([])
    for name in config.setting_names():
        assert getattr(args, name) is None, name
    assert not hasattr(args, "config")  # absent, so a top-level --config is not overwritten


def test_save_round_trips_and_is_plain_toml(tmp_path):
    tricky = 'Kai "Corner" \\ Café\t🍍\x7f\n#2'
    cfg = Config(
        mode="presell", counter="ws://till1:3490/fd1/open_websocket", apikey="s3cret", store_name=tricky,
        store_primary_colour="#ABCDEF", thankyou_url="https://x/{sale}?a={{b}}", thankyou_seconds=2.5,
        kiosk=True, exit_pin="00001234", screen=2, log_level="WARNING",
    )
    path = config.save(cfg, tmp_path / "sub" / "config.toml")
    assert config.exists(path) and not config.exists(tmp_path / "other.toml")
    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    assert raw["store_name"] == tricky
    assert raw["exit_pin"].startswith("scrypt$") and pins.verify_pin("00001234", raw["exit_pin"])  # never plain
    assert "state_file" not in raw  # run-only probes are not saved
    loaded = config.load(None, path=path)
    assert loaded == cfg.replace(exit_pin=raw["exit_pin"])
    if sys.platform != "win32":
        assert path.stat().st_mode & 0o077 == 0  # holds the api key: owner only


def test_save_refuses_an_invalid_config(tmp_path):
    with pytest.raises(ConfigError, match="screen"):
        config.save(Config(screen=-3), tmp_path / "c.toml")
    assert not (tmp_path / "c.toml").exists()


def test_apikey_and_pin_never_reach_the_logs(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    cfg = Config(counter="till1", apikey="TOPSECRET-KEY", exit_pin="97531", kiosk=True)
    path = config.save(cfg, tmp_path / "config.toml")
    loaded = config.load(None, path=path)
    logging.getLogger("test").info("running with %r", loaded)
    assert "TOPSECRET-KEY" not in caplog.text and "97531" not in caplog.text
    assert "TOPSECRET-KEY" not in repr(loaded) and "97531" not in repr(loaded)
    assert "settings saved" in caplog.text


@pytest.mark.parametrize("argv", [["--config", "top.toml", "cmd"], ["cmd", "--config", "top.toml"]])
def test_config_path_given_before_or_after_the_command(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default=None)  # as display_app.cli does
    sub = parser.add_subparsers(dest="command")
    config.add_arguments(sub.add_parser("cmd"))
    args = parser.parse_args(argv)
    assert str(config.config_path(args)) == "top.toml"


def test_bad_counter_on_command_line_is_one_line_and_exit_2(tmp_path):
    pytest.importorskip("display_app.ui.display.main")
    env_home = {"XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    import os

    proc = subprocess.run(
        [sys.executable, "-m", "display_app", "display", "--counter", "ws://x:99999"],
        capture_output=True, text=True, timeout=60, env={**os.environ, **env_home},
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "counter" in lines[0] and "ws://x:99999" in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr


def test_version_and_help_do_not_import_qt():
    script = (
        "import sys\n"
        "from display_app.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit as exc:\n    assert exc.code in (0, None)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'qasync')))\n"
        "print('QT' if qt else 'NOQT', qt)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("display-app ") and "NOQT" in proc.stdout, proc.stdout


def test_loaded_from_remembers_the_file_for_saving_from_the_app(tmp_path):
    path = write(tmp_path, 'counter = "till1"\n')
    config.load(parse(["--config", str(path)]))
    assert config.loaded_from() == path
