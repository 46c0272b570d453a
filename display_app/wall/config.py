"""The Lane Wall's stores file (TOML)::

    [wall]
    title = "Harbourside Group"
    stale_after_s = 45          # a lane not heard from for this long is offline
    long_sale_s = 600           # a sale open longer than this is an alert
    large_discount = "20.00"    # a sale with more discount than this is an alert
    locale = "en_NZ"            # money on the wall (default: this machine's locale)
    language = "de"             # captions: en de es fr ar zh_CN mi (default: the locale's, else this machine's)
    currency = "NZD"

    [[stores]]
    id = "S004"                 # optional; default the store's position
    name = "Devonport"
    address = "10.1.4.12"        # host, host:port or ws:// URL (as the display's counter setting)
    apikey_env = "FP_S004_KEY"   # the API key is read from this environment variable, never the file
    timezone = "Pacific/Auckland" # today's figures run from local midnight here (default: this machine's)
    lanes = 8                    # lanes shown before the counter speaks: a count, or a list of lane ids

``load(path)`` / ``parse(text)`` return a ``WallConfig`` or raise ``WallConfigError`` naming
the store and key. No Qt, no I/O beyond reading the file and the environment.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..fd1.client import counter_url

#: Most stores one file may list (one wall process is sized for 200; see docs/wall.md).
MAX_STORES = 2000
MAX_LANES = 64


class WallConfigError(ValueError):
    """The stores file is wrong; the message names where."""


@dataclass(frozen=True)
class StoreConfig:
    id: str
    name: str
    url: str
    apikey: str = field(default="", repr=False)
    apikey_env: str = ""
    timezone: str = ""
    lanes: tuple[str, ...] = ()


@dataclass(frozen=True)
class WallConfig:
    stores: tuple[StoreConfig, ...]
    title: str = "Lane Wall"
    stale_after_s: float = 45.0
    long_sale_s: float = 600.0
    large_discount: Decimal = Decimal("20.00")
    locale: str = ""  # money and numbers on the wall, e.g. en_NZ ("" = this machine's)
    currency: str = ""  # ISO 4217 code of the estate's money, e.g. NZD
    language: str = ""  # the wall's captions, e.g. de ("" = the locale's language, else this machine's)


def load(path: str | os.PathLike[str], environ: Mapping[str, str] | None = None) -> WallConfig:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise WallConfigError(f"cannot read the stores file {path}: {exc}") from None
    return parse(text, environ, where=str(path))


def _number(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise WallConfigError(f"{where} must be a number from {low:g} to {high:g}, not {value!r}")
    return float(value)


def _text(value: Any, where: str, *, required: bool = False, limit: int = 200) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise WallConfigError(f"{where} must be {'non-empty ' if required else ''}text, not {value!r}")
    if len(value) > limit:
        raise WallConfigError(f"{where} is longer than {limit} characters")
    return value.strip()


def parse(text: str, environ: Mapping[str, str] | None = None, *, where: str = "stores file") -> WallConfig:
    env = os.environ if environ is None else environ
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise WallConfigError(f"{where} is not valid TOML: {exc}") from None
    wall = doc.get("wall", {})
    if not isinstance(wall, dict):
        raise WallConfigError(f"{where}: [wall] must be a table")
    unknown = set(doc) - {"wall", "stores"}
    if unknown:
        raise WallConfigError(f"{where}: unknown section(s) {sorted(unknown)} (expected [wall] and [[stores]])")
    stores_raw = doc.get("stores")
    if not isinstance(stores_raw, list) or not stores_raw:
        raise WallConfigError(f"{where}: no stores: add one [[stores]] table per store")
    if len(stores_raw) > MAX_STORES:
        raise WallConfigError(f"{where}: {len(stores_raw)} stores; one wall holds at most {MAX_STORES} (split the estate, docs/wall.md)")
    try:
        discount = Decimal(str(wall.get("large_discount", "20.00")))
    except (InvalidOperation, ValueError):
        discount = Decimal("NaN")
    if not discount.is_finite() or discount < 0 or isinstance(wall.get("large_discount"), bool):
        raise WallConfigError(f"{where}: wall.large_discount must be an amount like \"20.00\", not {wall.get('large_discount')!r}")
    stores: list[StoreConfig] = []
    seen: set[str] = set()
    for i, raw in enumerate(stores_raw):
        at = f"{where}: stores[{i}]"
        if not isinstance(raw, dict):
            raise WallConfigError(f"{at} must be a table")
        sid = _text(raw.get("id", f"S{i + 1:03d}") if not isinstance(raw.get("id"), int) else str(raw["id"]), f"{at}.id", required=True, limit=40)
        if sid in seen:
            raise WallConfigError(f"{at}.id {sid!r} is used twice")
        seen.add(sid)
        at = f"{where}: store {sid}"
        name = _text(raw.get("name"), f"{at}.name", required=True)
        address = _text(raw.get("address"), f"{at}.address", required=True, limit=500)
        try:
            url = counter_url(address)
        except ValueError as exc:
            raise WallConfigError(f"{at}.address: {exc}") from None
        key_env = _text(raw.get("apikey_env"), f"{at}.apikey_env", limit=100)
        if "apikey" in raw:
            raise WallConfigError(f"{at}: put the API key in an environment variable and name it with apikey_env, not in the file")
        apikey = ""
        if key_env:
            apikey = env.get(key_env, "")
            if not apikey:
                raise WallConfigError(f"{at}.apikey_env: the environment variable {key_env} is not set")
        zone = _text(raw.get("timezone"), f"{at}.timezone", limit=80)
        if zone:
            try:
                ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError):
                raise WallConfigError(f"{at}.timezone: unknown time zone {zone!r} (an IANA name like Pacific/Auckland)") from None
        lanes_raw = raw.get("lanes", 0)
        if isinstance(lanes_raw, int) and not isinstance(lanes_raw, bool):
            if not 0 <= lanes_raw <= MAX_LANES:
                raise WallConfigError(f"{at}.lanes must be 0..{MAX_LANES}, not {lanes_raw}")
            lanes = tuple(str(n) for n in range(1, lanes_raw + 1))
        elif isinstance(lanes_raw, list) and len(lanes_raw) <= MAX_LANES and all(
            isinstance(x, (str, int)) and not isinstance(x, bool) and str(x).strip() for x in lanes_raw
        ):
            lanes = tuple(dict.fromkeys(str(x).strip()[:40] for x in lanes_raw))
        else:
            raise WallConfigError(f"{at}.lanes must be a number of lanes or a list of lane ids, not {lanes_raw!r}")
        stores.append(StoreConfig(id=sid, name=name, url=url, apikey=apikey, apikey_env=key_env, timezone=zone, lanes=lanes))
    return WallConfig(
        stores=tuple(stores),
        title=_text(wall.get("title", "Lane Wall"), f"{where}: wall.title") or "Lane Wall",
        stale_after_s=_number(wall.get("stale_after_s", 45.0), f"{where}: wall.stale_after_s", 5, 3600),
        long_sale_s=_number(wall.get("long_sale_s", 600.0), f"{where}: wall.long_sale_s", 10, 86400),
        locale=_text(wall.get("locale"), f"{where}: wall.locale", limit=20),
        currency=_text(wall.get("currency"), f"{where}: wall.currency", limit=3),
        language=_text(wall.get("language"), f"{where}: wall.language", limit=20),
        large_discount=discount.quantize(Decimal("0.01")) if discount < Decimal("1e9") else Decimal("1e9"),
    )
