"""Hypothesis profiles and hostile-value strategies for the decoder property tests.

Profiles (``HYPOTHESIS_PROFILE``; tests/conftest.py loads them before any test): ``suite``
(default, a modest count and the same draws every run, so ``make test`` stays fast and
repeatable) and ``fuzz`` (100,000 examples per property: ``make fuzz``; ``FUZZ_EXAMPLES``
sets another count).
"""

from __future__ import annotations

import json
import os
import string
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
# The suite draws the same examples on every run (derandomize): a CI run cannot fail on a draw
# nobody has seen, and a failure found there is reproduced by running the test again. New
# draws are `make fuzz`'s job (random, 100,000 examples a property).
settings.register_profile("suite", max_examples=120, deadline=None, suppress_health_check=_QUIET, derandomize=True)
settings.register_profile(
    "fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "100000")), deadline=None, suppress_health_check=_QUIET, print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

#: Number-ish texts a hostile or broken counter sends where a number belongs.
NASTY_NUMBER_TEXTS = [
    "1e10000000", "1e1000000", "-1e10000000", "1e-10000000", "9" * 5000, "1E+999999999",
    "Infinity", "-Infinity", "NaN", "sNaN", "inf", "nan", "1_000", " 12 ", "0x10", "1e400",
    "9.22e18", "9223372036854775808", "-0", "0e-999999", "", ".", "1.2.3", "١٢٣",
]

def _huge(power: int) -> int:
    """10**5000 and friends (built lazily: hypothesis cannot print them in a repr)."""
    size = 10 ** abs(power) if abs(power) > 64 else 2 ** abs(power)
    return size if power > 0 else -size


nasty_numbers = st.one_of(
    st.sampled_from(NASTY_NUMBER_TEXTS),
    st.sampled_from([5000, -4400, 64, 63, -63, 40]).map(_huge),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(),
    st.from_regex(r"-?[0-9]{0,30}(\.[0-9]{0,30})?([eE][+-]?[0-9]{1,12})?", fullmatch=True),
)

scalars = st.one_of(
    st.none(), st.booleans(), nasty_numbers, st.text(max_size=40), st.text(string.digits + ".-e", max_size=30)
)


def json_values(max_leaves: int = 30) -> st.SearchStrategy[Any]:
    """Any JSON value (with hostile numbers and strings at the leaves)."""
    return st.recursive(
        scalars,
        lambda children: st.one_of(
            st.lists(children, max_size=6), st.dictionaries(st.text(max_size=12), children, max_size=6)
        ),
        max_leaves=max_leaves,
    )


def field_or_nasty(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A field that is usually plausible and often hostile."""
    return st.one_of(good, nasty_numbers, json_values(6))


def deep(depth: int, leaf: str = "0") -> str:
    """JSON text nested ``depth`` lists deep."""
    return "[" * depth + leaf + "]" * depth


def dumps(value: Any) -> str:
    """json.dumps that survives our hostile values (huge ints, Decimals, NaN)."""
    return json.dumps(value, default=str, allow_nan=True)


def json_text(value: Any) -> str:
    try:
        return dumps(value)
    except (ValueError, RecursionError):
        return "{}"


def same_json(a: Any, b: Any) -> bool:
    """Equal, with NaN equal to NaN, int/float/Decimal kinds kept apart and keys in the same order."""
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (a != a and b != b)
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b))
    return a == b


#: JSON texts where readers differ: what the json module accepts beyond JSON, integers past
#: 64 bits and past 40 digits, a lone surrogate, a repeated key.
EDGE_TEXTS = [
    "NaN", "-Infinity", '"\\ud800"', "1e400", "-0", "0.1", "1E-7", str(2**63), str(2**64), str(-(2**63) - 1),
    "9" * 19, "9" * 41, '"' + "1" * 25 + '"', "[]", "{}", '{"a":1,"a":2}',
]


decimal = Decimal
