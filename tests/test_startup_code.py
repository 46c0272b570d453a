"""packaging/startup_code.py: dataclass methods, named tuples and regular expressions
compiled at build time. A program that runs with the stored code must get the same
classes and patterns as one that compiles them, compile nothing it has stored, and start
as before when the file is missing, damaged or made by another interpreter."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))
import startup_code  # noqa: E402

#: Dataclasses of every kind the app and its libraries define (frozen with slots, defaults
#: and factories, order, keyword-only fields, InitVar and __post_init__, postponed
#: annotations), a named tuple and regular expressions (str and bytes, with flags and groups).
SAMPLE = '''
from __future__ import annotations

import collections
import dataclasses
import re
from dataclasses import InitVar, dataclass, field

Point = collections.namedtuple("Point", "x y", defaults=(0,))
CODE = re.compile(r"(?P<prefix>[A-Z]{3})(?P<number>\\d{4})", re.IGNORECASE)
WORDS = re.compile(rb"\\w+")
VERBOSE = re.compile(r"""
    (?P<qty>\\d+)   # how many
    \\s*[x×]\\s*     # times
    (?P<sku>\\S+)   # of what
""", re.VERBOSE)


@dataclass(frozen=True, slots=True)
class Line:
    sku: str
    qty: int = 1
    tags: tuple[str, ...] = ()


@dataclass(order=True)
class Basket:
    name: str
    lines: list[Line] = field(default_factory=list)
    note: str = field(default="", compare=False, repr=False)


@dataclass(kw_only=True)
class Settings:
    host: str
    port: int = 4000
    scale: InitVar[int] = 1

    def __post_init__(self, scale: int) -> None:
        self.port *= scale


def behaviour() -> dict:
    a, b = Line("MILK", 2), Line("MILK", 2)
    try:
        a.qty = 3
        frozen = "no error"
    except dataclasses.FrozenInstanceError as exc:
        frozen = type(exc).__name__
    one, two = Basket("a"), Basket("b")
    one.lines.append(a)
    return {
        "repr": [repr(a), repr(one), repr(Settings(host="h", scale=2))],
        "eq": a == b, "hash": hash(a) == hash(b), "frozen": frozen,
        "factory": two.lines == [], "order": one < two,
        "match_args": list(Line.__match_args__), "slots": list(Line.__slots__),
        "replace": repr(dataclasses.replace(a, qty=5)),
        "note_ignored": Basket("a", [], "x") == Basket("a", [], "y"),
        "namedtuple": [repr(Point(1)), Point(1, 2)._asdict()["y"]],
        "code": CODE.fullmatch("dai0002").groupdict(), "words": [w.decode() for w in WORDS.findall(b"two words")],
        "verbose": VERBOSE.match("3 x MILK").group("qty", "sku"), "code_flags": int(CODE.flags),
    }
'''

RUN = '''
import json, sys
sys.path.insert(0, {packaging!r})
import startup_code
installed = startup_code.install(__import__("pathlib").Path({table!r})) if {install!r} else {{}}
import sample
out = {{"behaviour": sample.behaviour(), "installed": sorted(installed)}}
if installed:
    out["report"] = startup_code.report()
    # what the build never saw is compiled as before
    import collections, dataclasses, re
    New = dataclasses.make_dataclass("New", [("x", int)])
    Pair = collections.namedtuple("Pair", "a b")
    out.update(new=[repr(New(3)), repr(Pair(1, 2)), re.findall("n[a-z]+", "never seen")], after=startup_code.report())
    # exec's own default namespaces (the caller's globals) still work
    installed["dataclasses"]("made_here = 41 + 1")
    out["made_here"] = made_here
print(json.dumps(out))
'''

PACKAGING = str(Path(startup_code.__file__).parent)


def _env(folder: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(folder)}


def _run(folder: Path, table: Path, install: bool) -> dict:
    script = RUN.format(packaging=PACKAGING, table=str(table), install=install)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=_env(folder), check=True, timeout=60)
    return json.loads(done.stdout)


def _sample(tmp_path: Path) -> Path:
    (tmp_path / "sample.py").write_text(textwrap.dedent(SAMPLE), encoding="utf-8")
    return tmp_path


def test_the_stored_code_gives_the_same_classes_and_patterns_and_nothing_stored_is_compiled(tmp_path):
    folder = _sample(tmp_path)
    table = tmp_path / startup_code.FILE_NAME
    stored, failed = startup_code.record(["sample", "no_such_module"], table, env=_env(folder))
    assert failed and failed[0].startswith("no_such_module: ModuleNotFoundError")
    # three classes (one compile each on 3.13; on 3.12 one per method: __init__, __repr__, __eq__,
    # ...), one named tuple, three patterns
    assert stored["exec"] >= 3 and stored["eval"] == 1 and stored["patterns"] == 3

    compiled = _run(folder, table, install=False)
    served = _run(folder, table, install=True)
    assert compiled == {"behaviour": served["behaviour"], "installed": []}
    behaviour = served["behaviour"]
    assert behaviour["frozen"] == "FrozenInstanceError" and behaviour["order"] is True
    assert behaviour["repr"][2] == "Settings(host='h', port=8000)" and behaviour["namedtuple"] == ["Point(x=1, y=0)", 2]
    assert behaviour["code"] == {"prefix": "dai", "number": "0002"} and behaviour["verbose"] == ["3", "MILK"]
    assert served["report"] == {
        "dataclasses": {"hits": stored["exec"], "misses": 0},
        "namedtuples": {"hits": 1, "misses": 0},
        "patterns": {"hits": 3, "misses": 0},
    }
    assert served["new"] == ["New(x=3)", "Pair(a=1, b=2)", ["never"]]
    assert all(served["after"][name]["misses"] > 0 for name in ("dataclasses", "namedtuples", "patterns"))
    assert served["made_here"] == 42


def test_every_pattern_the_display_compiles_at_start_is_the_same_pattern_from_the_stored_code(tmp_path):
    import re

    import _sre

    table = tmp_path / startup_code.FILE_NAME
    stored, failed = startup_code.record(["display_app.ui.shell.kiosk", "display_app.ui.display.controller"], table)
    assert not failed and stored["patterns"] >= 20 and stored["exec"] >= 30  # ~30 dataclasses
    patterns = startup_code.read(table.read_bytes())["patterns"]
    for (pattern, flags), args in patterns.items():
        fresh = re._compiler.compile(pattern, flags)
        assert _sre.compile(*args) == fresh, pattern  # patterns compare equal by flags and engine code


def test_a_file_from_another_interpreter_a_damaged_file_or_none_is_not_installed(tmp_path):
    import collections
    import dataclasses
    import re

    good = {**startup_code.INTERPRETER, "exec": {}, "eval": {}, "patterns": {}}
    files = {
        "another interpreter": {**good, "magic": b"\x00\x00\r\n"},
        "another regular expression engine": {**good, "sre": 1},
        "another Python": {**good, "python": "3.99.0"},
        "a table of the wrong shape": {**good, "exec": {"x": 1}},
        "a pattern key of the wrong shape": {**good, "patterns": {("a", "0"): ("a", 0, [], 0, {}, ())}},
        "a table missing": {**startup_code.INTERPRETER, "exec": {}, "eval": {}},
    }
    paths = []
    for number, content in enumerate(files.values()):
        paths.append(tmp_path / f"{number}.bin")
        paths[-1].write_bytes(marshal.dumps(content))
    (tmp_path / "damaged.bin").write_bytes(b"\xe3 not marshal at all")
    paths += [tmp_path / "damaged.bin", tmp_path / "missing.bin"]
    real_compile = re._compiler.compile
    try:
        for path in paths:
            assert startup_code.install(path) == {}, path.name
            assert "exec" not in vars(dataclasses) and "eval" not in vars(collections), path.name
            assert re._compiler.compile is real_compile and not startup_code.INSTALLED
    finally:  # whatever happened, later tests get the real ones
        vars(dataclasses).pop("exec", None)
        vars(collections).pop("eval", None)
        re._compiler.compile = real_compile
        startup_code.INSTALLED.clear()


def test_a_damaged_entry_is_compiled_from_its_source_and_dropped():
    source = "def __create_fn__():\n def f(self):\n  return 7\n return f"
    stored = startup_code.StoredCode({source: b"\xe3garbage"}, exec)
    namespace: dict = {}
    stored(source, {}, namespace)
    assert namespace["__create_fn__"]()(None) == 7
    assert (stored.hits, stored.misses) == (0, 1) and source not in stored.table
    stored.table[source] = marshal.dumps(compile(source, "<string>", "exec", dont_inherit=True))
    stored(source, {}, namespace)
    assert stored.hits == 1 and namespace["__create_fn__"]()(None) == 7


def test_a_damaged_pattern_entry_is_compiled_from_its_pattern_and_dropped():
    import re

    damaged = [
        ("a+", 0, [1, 2, 3], 0, {}, (None,)),  # engine code _sre rejects
        ("b+", 0, [], 0, {}, (None,)),  # another pattern's entry
        ("a+", 0, ["x"], 0, {}, (None,)),  # not engine code at all
        ("a+", 0, [], 0, [], (None,)),  # groups of the wrong type
        ("a+",),  # not the arguments
        "a+",
    ]
    for entry in damaged:
        patterns = startup_code.StoredPatterns({("a+", 0): entry}, re._compiler.compile)
        assert patterns("a+", 0).match("aaa").group() == "aaa", entry
        assert (patterns.hits, patterns.misses) == (0, 1) and not patterns.table, entry


_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.binary(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8) | st.binary(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@given(st.binary(max_size=512) | _values.map(marshal.dumps) | st.fixed_dictionaries(
    {name: _values for name in ("exec", "eval", "patterns")}).map(lambda tables: marshal.dumps({**startup_code.INTERPRETER, **tables})))
def test_reading_any_file_gives_well_formed_tables_or_nothing(data):
    tables = startup_code.read(data)
    if tables is not None:
        assert all(type(k) is str and type(v) is bytes for name in ("exec", "eval") for k, v in tables[name].items())
        assert all(type(key) is tuple and len(key) == 2 for key in tables["patterns"])
        # whatever the entries hold, a pattern it has is compiled right (from the entry or again)
        import re

        patterns = startup_code.StoredPatterns(dict(tables["patterns"]), re._compiler.compile)
        for pattern, flags in list(tables["patterns"])[:5]:
            try:
                fresh = re._compiler.compile(pattern, flags)
            except Exception:  # noqa: BLE001 - not a pattern at all: not ours to check
                continue
            assert patterns(pattern, flags) == fresh
