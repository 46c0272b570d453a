"""Property test for the settings loader: any file, any values, raises nothing but a
one-line ConfigError (never a traceback, never a timer overflow later)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from display_app import config
from display_app.config import ConfigError
from helpers import fuzz  # noqa: F401  (the suite / fuzz example-count profiles)

NAMES = config.setting_names()

toml_scalars = st.one_of(
    st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 1, 1)),
)
toml_values = st.recursive(toml_scalars, lambda c: st.one_of(st.lists(c, max_size=3), st.dictionaries(st.text(max_size=5), c, max_size=3)), max_leaves=8)
keys = st.one_of(st.sampled_from(NAMES), st.text(max_size=12))


def _lines(pairs: dict[str, object]) -> bytes:
    out = []
    for key, value in pairs.items():
        out.append(f"{config.toml_value(key)} = {_toml(value)}")
    return "\n".join(out).encode("utf-8", "surrogatepass")


def _toml(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{config.toml_value(k)} = {_toml(v)}" for k, v in value.items()) + "}"
    return config.toml_value(value)


files = st.one_of(
    st.binary(max_size=300),
    st.dictionaries(keys, toml_values, max_size=6).map(_lines),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
)


@given(files)
def test_any_settings_file_is_a_config_or_one_config_error(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("cfg") / "config.toml"
    path.write_bytes(content)
    try:
        cfg = config.load(None, path=path)
    except ConfigError as exc:
        assert "\n" not in str(exc).strip() or str(exc).count("\n") < 3
        return
    for key, bound in config.MAX_SECONDS.items():
        assert 0 <= getattr(cfg, key) <= bound


@given(st.dictionaries(st.sampled_from(NAMES), toml_values, max_size=8))
def test_from_mapping_raises_only_config_error(values):
    try:
        config.from_mapping(values)
    except ConfigError:
        pass
