"""Settings: one dataclass, read from a TOML file in the platform's config dir and
overridable on the command line.

This module is the single place that knows setting names. Validation errors name
the bad key and value (never a traceback).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from .fd1 import dialect

APP_NAME = "display-app"
APP_AUTHOR = "display-app"

MODES = ("display", "presell")


class ConfigError(ValueError):
    """A setting is wrong; the message names the key and the value."""


@dataclass(frozen=True)
class Config:
    mode: str = "display"  # display | presell
    counter: str = ""  # counter host, host:port or ws:// URL
    apikey: str = field(default="", repr=False)  # never logged
    firehose_event: str = dialect.DEFAULT_CUSTDISP_EVENT
    # Store overrides: win over what fd1.customerdisplay.get_info says, when set.
    store_name: str = ""
    store_logo: str = ""
    store_primary_colour: str = ""
    store_accent_colour: str = ""
    store_locale: str = ""
    store_currency: str = ""
    # Idle screen
    slideshow_dir: str = ""
    slideshow_seconds: float = 8.0
    # Thank-you screen
    thankyou_url: str = ""  # template; {sale} is replaced by the sale key
    thankyou_seconds: float = 8.0
    # Kiosk
    kiosk: bool = False
    exit_pin: str = field(default="", repr=False)
    screen: int = 0
    # Probes (command line only in practice, but settable)
    state_file: str = ""
    screenshot: str = ""
    quit_after: float = 0.0
    log_level: str = "INFO"

    def replace(self, **changes: object) -> "Config":
        return dataclasses.replace(self, **changes)


def setting_names() -> list[str]:
    return [f.name for f in dataclasses.fields(Config)]


def default_config_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, APP_AUTHOR) / "config.toml"
