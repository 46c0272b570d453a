"""Settings: one dataclass, read from a TOML file in the platform's config dir and
overridable on the command line.

This module is the single place that knows setting names. Validation errors name
the bad key and value, and where it came from (never a traceback). No Qt here.

API::

    config.add_arguments(parser)      # --config plus one option per setting (defaults None = not given)
    cfg = config.load(args)           # file + command-line overrides -> validated Config, or ConfigError
    config.save(cfg, path=None)       # TOML, atomically, 0600 (it holds the api key and the exit PIN)
    config.exists(path=None) -> bool
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import math
import os
import re
import string
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from . import pins
from .atomic import sweep_temps, write_atomic
from .fd1 import dialect
from .paths import APP_AUTHOR, APP_NAME

log = logging.getLogger(__name__)

MODES = ("display", "presell")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")

#: Settings whose values are never shown (in errors, logs or reprs).
SECRET_KEYS = frozenset({"apikey", "exit_pin"})

#: Secrets can also come from these environment variables, or from a file named by
#: ``--apikey-file`` / ``--exit-pin-file``, so they need not be on the command line, where
#: every user of the machine can read them (ps). Precedence: the option itself, then its
#: file, then the variable, then the settings file.
SECRET_ENV = {"apikey": "DISPLAY_APP_APIKEY", "exit_pin": "DISPLAY_APP_EXIT_PIN"}

#: Settings that describe one run (probes), not an installation: save() leaves them out.
RUN_ONLY_KEYS = frozenset({"state_file", "screenshot", "quit_after"})


class ConfigError(ValueError):
    """A setting is wrong; the message names the key and the value (and the file)."""


def _help(text: str) -> dict[str, str]:
    return {"help": text}


@dataclass(frozen=True)
class Config:
    mode: str = field(default="display", metadata=_help("display (customer display) or presell (presell tablet)"))
    counter: str = field(default="", metadata=_help("counter host, host:port or ws:// URL (port 3490 and path /fd1/open_websocket by default)"))
    apikey: str = field(default="", repr=False, metadata=_help("API key sent at login, if the counter wants one (never logged)"))
    firehose_event: str = field(default=dialect.DEFAULT_CUSTDISP_EVENT, metadata=_help("firehose event that streams customer-display sale messages"))
    session: str = field(default="", metadata=_help("follow one checkout session on the counter (its id, as the setup screen lists it); empty = every sale on the lane"))
    # Store overrides: win over what fd1.customerdisplay.get_info says, when set.
    store_name: str = field(default="", metadata=_help("store name shown on screen (overrides the counter's)"))
    store_logo: str = field(default="", metadata=_help("path of a logo image (overrides the counter's)"))
    store_primary_colour: str = field(default="", metadata=_help("primary colour, #RRGGBB"))
    store_accent_colour: str = field(default="", metadata=_help("accent colour, #RRGGBB"))
    store_locale: str = field(default="", metadata=_help("locale for money and dates, e.g. en_NZ"))
    store_currency: str = field(default="", metadata=_help("ISO 4217 currency code, e.g. NZD"))
    store_language: str = field(default="", metadata=_help("language of the display's captions, e.g. de, zh_CN, mi (default: the store locale's)"))
    # Accessibility and burn-in (docs/accessibility.md)
    high_contrast: bool = field(default=False, metadata=_help("high-contrast theme (white on black, AAA contrast)"))
    large_text: bool = field(default=False, metadata=_help("all type 1.5 times larger"))
    language_button: bool = field(default=False, metadata=_help("a language button for shoppers (touch displays)"))
    night_from: str = field(default="", metadata=_help("HH:MM the idle screen dims for the night (empty: never)"))
    night_until: str = field(default="", metadata=_help("HH:MM the night dimming ends"))
    # Idle screen
    slideshow_dir: str = field(default="", metadata=_help("folder of images shown while no sale is in progress"))
    slideshow_seconds: float = field(default=8.0, metadata=_help("seconds per slideshow image"))
    # Thank-you screen
    thankyou_url: str = field(default="", metadata=_help("receipt/feedback URL shown as a QR code; {sale} is replaced by the sale key, {session} by the visit session id"))
    thankyou_seconds: float = field(default=8.0, metadata=_help("seconds the thank-you screen stays up"))
    # Shopper identification (docs/visits.md)
    visits_url: str = field(default="", metadata=_help("base URL of the visit-session (Genesys KC Session Management) API, e.g. http://kc:8080/gks-server/v1; empty: shopper identification off"))
    visits_flavour: str = field(default="8.5.1", metadata=_help("visit-session API behaviour: 8.5.0, 8.5.1 or current"))
    visits_tenant: str = field(default="", metadata=_help("tenantId for the current visit-session API"))
    visits_agent: str = field(default="", metadata=_help("agent id sent with each association (the lane's name)"))
    visits_session_id: str = field(default="sale", metadata=_help("visit session id: sale (the sale's salephyskey) or new (one made by PUT /sessions/new per sale)"))
    greeting: bool = field(default=False, metadata=_help("greet an identified shopper by first name on the customer display"))
    # Guest pagers (docs/pagers.md)
    pager: str = field(default="", metadata=_help("guest-pager base station, host[:port] (CoAP over UDP, port 5683 by default); empty: no pagers on the tablet"))
    pager_goal_seconds: int = field(default=300, metadata=_help("wait goal sent with each pager session; the board turns a guest to attention past it"))
    pager_lane: str = field(default="", metadata=_help("lane name a page announces, where the pagers can show text"))
    pager_shows_text: bool = field(default=False, metadata=_help("the pagers have a text display (the lane's name is sent with the page)"))
    # Kiosk
    kiosk: bool = field(default=False, metadata=_help("full screen, no way out without the exit PIN"))
    exit_pin: str = field(default="", repr=False, metadata=_help("PIN (4-8 digits) that unlocks Settings/Exit in kiosk mode (saved as a salted hash)"))
    screen: int = field(default=0, metadata=_help("monitor number (0 = first) the window goes full screen on"))
    # Probes (command line only in practice, but settable)
    state_file: str = field(default="", metadata=_help("write the screen-state JSON to this file on every change"))
    screenshot: str = field(default="", metadata=_help("save a PNG of the window to this path before quitting"))
    quit_after: float = field(default=0.0, metadata=_help("quit after this many seconds (0 = never)"))
    log_level: str = field(default="INFO", metadata=_help("DEBUG, INFO, WARNING, ERROR or CRITICAL"))

    def replace(self, **changes: object) -> "Config":
        return dataclasses.replace(self, **changes)


_FIELDS: dict[str, dataclasses.Field] = {f.name: f for f in dataclasses.fields(Config)}
_TYPES: dict[str, type] = {f.name: {"str": str, "float": float, "int": int, "bool": bool}[f.type] for f in _FIELDS.values()}  # type: ignore[index]


def setting_names() -> list[str]:
    return list(_FIELDS)


def setting_help(name: str) -> str:
    return _FIELDS[name].metadata.get("help", "")


def default_config_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, APP_AUTHOR) / "config.toml"


def option_name(name: str) -> str:
    """``store_name`` -> ``--store-name``."""
    return "--" + name.replace("_", "-")


# ----------------------------------------------------------------------------- command line


def add_arguments(parser: argparse.ArgumentParser, *, skip: Iterable[str] = ()) -> None:
    """Add ``--config PATH`` and one option per setting (except ``skip``).

    Every option defaults to None, so ``load`` can tell "not given" from a value.
    ``--config`` defaults to "absent" so a top-level ``display-app --config X cmd``
    is not overwritten by a sub-command's default.
    """
    skipped = set(skip)
    parser.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS, help=f"settings file (default: {_default_path_text()})")
    group = parser.add_argument_group("settings (override the settings file)")
    for name in SECRET_ENV:
        if name not in skipped:
            group.add_argument(
                option_name(name) + "-file", dest=f"{name}_file", default=None, metavar="PATH",
                help=f"read {name} from this file (or set ${SECRET_ENV[name]}) instead of the command line",
            )
    for name, f in _FIELDS.items():
        if name in skipped:
            continue
        kind = _TYPES[name]
        text = setting_help(name)
        if kind is bool:
            group.add_argument(option_name(name), dest=name, action=argparse.BooleanOptionalAction, default=None, help=text)
        elif kind is str:
            metavar = "PIN" if name == "exit_pin" else ("LEVEL" if name == "log_level" else None)
            group.add_argument(option_name(name), dest=name, default=None, metavar=metavar or name.upper(), help=text)
        else:
            group.add_argument(option_name(name), dest=name, type=kind, default=None, metavar="N" if kind is int else "SECONDS", help=text)


def _default_path_text() -> str:
    try:
        return str(default_config_path())
    except Exception:  # pragma: no cover - platformdirs cannot fail in practice; help must never crash
        return "config.toml in the user config dir"


# ----------------------------------------------------------------------------- load


def exists(path: str | os.PathLike[str] | None = None) -> bool:
    return Path(path).is_file() if path is not None else default_config_path().is_file()


def config_path(args: argparse.Namespace | None = None) -> Path:
    """The file ``load(args)`` reads (and ``save`` should write): ``--config`` or the default."""
    given = getattr(args, "config", None) if args is not None else None
    return Path(given).expanduser() if given else default_config_path()


_loaded_from: Path | None = None


def loaded_from() -> Path | None:
    """The settings file the last ``load`` read (or would have read: it may not exist yet).
    Saving settings from inside the running app goes there, so ``--config`` is honoured."""
    return _loaded_from


def load(
    args: argparse.Namespace | None = None, *, path: str | os.PathLike[str] | None = None, missing_ok: bool = False
) -> Config:
    """Read the settings file (``path``, else ``args.config``, else the default path; a
    missing default file means all defaults, and so does a missing named one when
    ``missing_ok``: the first run, which will create it), apply command-line overrides
    from ``args`` and validate. Raises ConfigError with a one-line message."""
    global _loaded_from
    explicit = path is not None or bool(getattr(args, "config", None))
    file = Path(path).expanduser() if path is not None else config_path(args)
    _loaded_from = file
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    if file.is_file():
        values = read_file(file)
        sources = {k: str(file) for k in values}
    elif explicit and not missing_ok:
        raise ConfigError(f"settings file {file} does not exist")
    for name, variable in SECRET_ENV.items():
        if os.environ.get(variable):
            values[name], sources[name] = os.environ[variable], f"${variable}"
        secret_file = getattr(args, f"{name}_file", None) if args is not None else None
        if secret_file:
            values[name], sources[name] = _read_secret(name, secret_file), f"{option_name(name)}-file"
    if args is not None:
        for name in _FIELDS:
            value = getattr(args, name, None)
            if value is not None:
                values[name] = value
                sources[name] = option_name(name)
                if name in SECRET_ENV:
                    log.warning(
                        "%s on the command line can be read by every user of this machine; use $%s or %s-file",
                        option_name(name), SECRET_ENV[name], option_name(name),
                    )
    return from_mapping(values, sources=sources)


def _read_secret(name: str, path: str | os.PathLike[str]) -> str:
    """A secret from a file: its first line, without surrounding whitespace."""
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{option_name(name)}-file {path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    lines = text.strip().splitlines()
    return lines[0].strip() if lines else ""


def read_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The raw key/values of a settings file, with unknown keys and bad types rejected."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    except RecursionError:
        raise ConfigError(f"{path}: not a settings file (nested too deeply)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:  # anything else tomllib or the decoder can say about bad bytes
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    for key, value in data.items():
        if isinstance(value, dict):
            raise ConfigError(f"{path}: [{key}] sections are not used; write plain 'key = value' lines")
    return data


def from_mapping(values: Mapping[str, Any], *, sources: Mapping[str, str] | None = None) -> Config:
    """A validated Config from plain key/values (as in the file). ``sources`` names where
    each key came from, for error messages."""
    sources = sources or {}
    for key in values:
        if key not in _FIELDS:
            import difflib  # only to word the error

            close = difflib.get_close_matches(key, list(_FIELDS), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(f"{_where(sources, key)}unknown setting {key!r}{hint}")
    checked: dict[str, Any] = {}
    for key, value in values.items():
        checked[key] = _check_type(key, value, sources)
    cfg = Config(**checked)
    return validate(cfg, sources=sources)


def _where(sources: Mapping[str, str], key: str) -> str:
    source = sources.get(key)
    return f"{source}: " if source else ""


def _shown(key: str, value: Any) -> str:
    return "'***'" if key in SECRET_KEYS else repr(value)


def _check_type(key: str, value: Any, sources: Mapping[str, str]) -> Any:
    kind = _TYPES[key]
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not ok:
        expected = {str: "a string (in quotes)", float: "a number", int: "a whole number", bool: "true or false"}[kind]
        raise ConfigError(f"{_where(sources, key)}{key} = {_shown(key, value)}: expected {expected}, got {type(value).__name__}")
    return value


_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
# language[_Script][_TERRITORY], e.g. en, en_NZ, mi_NZ, zh_Hant_TW, es_419 (also with '-')
_LOCALE = re.compile(r"[a-z]{2,3}([_-][A-Z][a-z]{3})?([_-]([A-Z]{2}|[0-9]{3}))?")
_CURRENCY = re.compile(r"[A-Z]{3}")
_PIN = re.compile(r"[0-9]{4,8}")

#: Upper bounds of the seconds settings: beyond them Qt's millisecond timers (32-bit)
#: overflow, and no screen needs longer (a slide or a thank-you of an hour; a week of run).
MAX_SECONDS = {"slideshow_seconds": 3600.0, "thankyou_seconds": 3600.0, "quit_after": 7 * 24 * 3600.0}
MAX_PAGER_GOAL_SECONDS = 4 * 3600  # a guest waiting longer than this is not a pager wait
MAX_SCREEN = 63
_CLOCK = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


def validate(cfg: Config, *, sources: Mapping[str, str] | None = None) -> Config:
    """Check every setting's value; returns ``cfg`` (with ``log_level`` upper-cased)."""
    sources = sources or {}

    def bad(key: str, why: str) -> ConfigError:
        return ConfigError(f"{_where(sources, key)}{key} = {_shown(key, getattr(cfg, key))}: {why}")

    if cfg.mode not in MODES:
        raise bad("mode", f"must be one of {', '.join(MODES)}")
    if cfg.counter.strip():
        from .fd1.client import counter_url  # websockets import: only when needed

        try:
            counter_url(cfg.counter)
        except ValueError as exc:
            raise bad("counter", str(exc)) from None
    if not cfg.firehose_event.strip() or any(c.isspace() for c in cfg.firehose_event):
        raise bad("firehose_event", "must be a non-empty event name without spaces")
    for key in ("store_primary_colour", "store_accent_colour"):
        value = getattr(cfg, key)
        if value and not _COLOUR.fullmatch(value):
            raise bad(key, "must be a colour written #RRGGBB, e.g. #1B5E20")
    if cfg.store_locale and not _LOCALE.fullmatch(cfg.store_locale):
        raise bad("store_locale", "must be a locale name such as en_NZ, mi_NZ or en_AU")
    if cfg.store_currency and not _CURRENCY.fullmatch(cfg.store_currency):
        raise bad("store_currency", "must be a 3-letter ISO 4217 code such as NZD")
    if cfg.store_language and not _LOCALE.fullmatch(cfg.store_language):
        raise bad("store_language", "must be a language such as de, es, fr, ar, zh_CN or mi")
    for key in ("night_from", "night_until"):
        if getattr(cfg, key) and not _CLOCK.fullmatch(getattr(cfg, key)):
            raise bad(key, "must be a time of day written HH:MM, e.g. 22:00")
    if bool(cfg.night_from) != bool(cfg.night_until):
        raise bad("night_from" if not cfg.night_from else "night_until", "night_from and night_until go together")
    if cfg.thankyou_url:
        try:
            fields = [name for _, name, _, _ in string.Formatter().parse(cfg.thankyou_url) if name is not None]
        except ValueError as exc:
            raise bad("thankyou_url", f"bad template ({exc}); write literal braces as {{{{ and }}}}") from None
        unknown = [f for f in fields if f not in ("sale", "session")]
        if unknown:
            raise bad("thankyou_url", f"the only placeholders allowed are {{sale}} and {{session}} (found {{{unknown[0]}}})")
    if cfg.visits_url and not re.fullmatch(r"https?://[^\s/]+(/\S*)?", cfg.visits_url):
        raise bad("visits_url", "must be an http:// or https:// URL")
    if cfg.visits_flavour not in ("8.5.0", "8.5.1", "current"):
        raise bad("visits_flavour", "must be 8.5.0, 8.5.1 or current")
    if cfg.visits_url and cfg.visits_flavour == "current" and not cfg.visits_tenant:
        raise bad("visits_tenant", "the current visit-session API needs a tenant id")
    if cfg.visits_agent and not re.fullmatch(r"[\x21-\x7e]{1,128}", cfg.visits_agent):
        raise bad("visits_agent", "must be up to 128 printable characters without spaces")
    if cfg.visits_session_id not in ("sale", "new"):
        raise bad("visits_session_id", "must be sale or new")
    if cfg.pager:
        from .pagers.link import parse_base_address  # aiocoap: only when pagers are on

        try:
            parse_base_address(cfg.pager)
        except ValueError as exc:
            raise bad("pager", f"{exc}; write host or host:port, e.g. 10.0.0.40 or base.local:5683") from None
    if not 1 <= cfg.pager_goal_seconds <= MAX_PAGER_GOAL_SECONDS:
        raise bad("pager_goal_seconds", f"must be a whole number of seconds from 1 to {MAX_PAGER_GOAL_SECONDS}")
    for key in ("slideshow_seconds", "thankyou_seconds"):
        value = getattr(cfg, key)
        if not (math.isfinite(value) and 0 < value <= MAX_SECONDS[key]):
            raise bad(key, f"must be a number of seconds greater than 0 and at most {MAX_SECONDS[key]:g}")
    if not (math.isfinite(cfg.quit_after) and 0 <= cfg.quit_after <= MAX_SECONDS["quit_after"]):
        raise bad("quit_after", f"must be a number of seconds, 0 (never) or more and at most {MAX_SECONDS['quit_after']:g} (a week)")
    if cfg.exit_pin and not pins.is_valid(cfg.exit_pin):
        raise bad("exit_pin", "must be 4 to 8 digits")
    if cfg.kiosk and not cfg.exit_pin:
        raise bad("kiosk", "kiosk mode needs an exit_pin (4 to 8 digits), or there is no way out")
    if not 0 <= cfg.screen <= MAX_SCREEN:
        raise bad("screen", f"must be 0 or more (0 = first monitor) and at most {MAX_SCREEN}")
    if cfg.log_level.upper() not in LOG_LEVELS:
        raise bad("log_level", f"must be one of {', '.join(LOG_LEVELS)}")
    if cfg.log_level != cfg.log_level.upper():
        cfg = cfg.replace(log_level=cfg.log_level.upper())
    return cfg


# ----------------------------------------------------------------------------- save


def save(cfg: Config, path: str | os.PathLike[str] | None = None) -> Path:
    """Validate ``cfg`` and write it as TOML (atomically; owner-only permissions, since it
    holds the api key and the exit PIN). Run-only probe settings are left out.
    Returns the path written."""
    validate(cfg)
    target = Path(path).expanduser() if path is not None else default_config_path()
    sweep_temps(target)
    write_atomic(target, dumps(cfg), mode=0o600)
    log.info("settings saved to %s", target)
    return target


def dumps(cfg: Config) -> str:
    """The TOML text ``save`` writes: every installation setting, each with its help as a comment."""
    lines = [
        "# display-app settings. Every key can also be given on the command line",
        "# (e.g. store_name -> --store-name). Unknown keys are an error.",
        "",
    ]
    for name in _FIELDS:
        if name in RUN_ONLY_KEYS:
            continue
        lines.append(f"# {setting_help(name)}")
        value = getattr(cfg, name)
        if name == "exit_pin":
            value = pins.stored_form(value)  # never written in plain text
        lines.append(f"{name} = {toml_value(value)}")
    return "\n".join(lines) + "\n"


def toml_value(value: object) -> str:
    """A flat scalar as TOML: str, bool, int or finite float."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return "inf" if value > 0 else ("-inf" if value < 0 else "nan")
        return repr(value)
    if isinstance(value, str):
        # JSON string escapes (\" \\ \n \t \uXXXX ...) are all valid TOML basic-string
        # escapes; DEL is the one control character JSON leaves raw and TOML forbids.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    raise TypeError(f"cannot write {type(value).__name__} to the settings file")

