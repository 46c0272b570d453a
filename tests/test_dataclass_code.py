"""packaging/dataclass_code.py: dataclass methods compiled at build time. A program that
runs with the stored code must get the same classes as one that compiles them, compile
nothing it has stored, and start as before when the file is missing, damaged or made by
another interpreter."""

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
import dataclass_code  # noqa: E402

#: Dataclasses of every kind the app and its libraries define: frozen with slots, defaults
#: and factories, order, keyword-only fields, InitVar and __post_init__, postponed annotations.
SAMPLE = '''
from __future__ import annotations

import dataclasses
from dataclasses import InitVar, dataclass, field


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
    }
'''

RUN = '''
import json, sys
sys.path.insert(0, {packaging!r})
import dataclass_code
stored = dataclass_code.install(__import__("pathlib").Path({table!r})) if {install!r} else None
import sample
out = {{"behaviour": sample.behaviour(), "installed": stored is not None}}
if stored is not None:
    out.update(hits=stored.hits, misses=stored.misses)
    # a class the build never saw: compiled from its source, as before
    import dataclasses
    New = dataclasses.make_dataclass("New", [("x", int)])
    out.update(new=repr(New(3)), misses_after=stored.misses)
    # exec's own default namespaces (the caller's globals) still work
    stored("made_here = 41 + 1")
    out["made_here"] = made_here
print(json.dumps(out))
'''

PACKAGING = str(Path(dataclass_code.__file__).parent)


def _env(folder: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(folder)}


def _run(folder: Path, table: Path, install: bool) -> dict:
    script = RUN.format(packaging=PACKAGING, table=str(table), install=install)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=_env(folder), check=True, timeout=60)
    return json.loads(done.stdout)


def _sample(tmp_path: Path) -> Path:
    (tmp_path / "sample.py").write_text(textwrap.dedent(SAMPLE), encoding="utf-8")
    return tmp_path


def test_the_stored_code_gives_the_same_classes_and_nothing_it_stored_is_compiled(tmp_path):
    folder = _sample(tmp_path)
    table = tmp_path / dataclass_code.FILE_NAME
    stored, failed = dataclass_code.record(["sample", "no_such_module"], table, env=_env(folder))
    assert failed and failed[0].startswith("no_such_module: ModuleNotFoundError")
    assert stored >= 10  # three classes: __init__, __repr__, __eq__, __hash__, __setattr__, ... each

    compiled = _run(folder, table, install=False)
    served = _run(folder, table, install=True)
    assert compiled == {"behaviour": served["behaviour"], "installed": False}
    assert served["behaviour"]["frozen"] == "FrozenInstanceError" and served["behaviour"]["order"] is True
    assert served["behaviour"]["repr"][2] == "Settings(host='h', port=8000)"
    assert served["hits"] == stored and served["misses"] == 0
    assert served["new"] == "New(x=3)" and served["misses_after"] > 0
    assert served["made_here"] == 42


def test_a_file_from_another_interpreter_a_damaged_file_or_none_is_not_installed(tmp_path):
    import dataclasses

    other = tmp_path / "other.bin"
    other.write_bytes(marshal.dumps({dataclass_code.MAGIC_KEY: b"\x00\x00\r\n", dataclass_code.CODE_KEY: {}}))
    damaged = tmp_path / "damaged.bin"
    damaged.write_bytes(b"\xe3 not marshal at all")
    wrong_table = tmp_path / "wrong.bin"
    wrong_table.write_bytes(marshal.dumps({dataclass_code.MAGIC_KEY: dataclass_code.MAGIC_NUMBER, dataclass_code.CODE_KEY: {"x": 1}}))
    try:
        for path in (other, damaged, wrong_table, tmp_path / "missing.bin"):
            assert dataclass_code.install(path) is None, path.name
            assert "exec" not in vars(dataclasses), path.name
    finally:
        vars(dataclasses).pop("exec", None)  # whatever happened, later tests get the real one


def test_a_damaged_entry_is_compiled_from_its_source_and_dropped():
    source = "def __create_fn__():\n def f(self):\n  return 7\n return f"
    stored = dataclass_code.StoredCode({source: b"\xe3garbage"})
    namespace: dict = {}
    stored(source, {}, namespace)
    assert namespace["__create_fn__"]()(None) == 7
    assert (stored.hits, stored.misses) == (0, 1) and source not in stored.table
    stored.table[source] = marshal.dumps(compile(source, "<string>", "exec", dont_inherit=True))
    stored(source, {}, namespace)
    assert stored.hits == 1 and namespace["__create_fn__"]()(None) == 7


_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.binary(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8) | st.binary(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@given(st.binary(max_size=512) | _values.map(marshal.dumps) | _values.map(lambda table: marshal.dumps(
    {dataclass_code.MAGIC_KEY: dataclass_code.MAGIC_NUMBER, dataclass_code.CODE_KEY: table})))
def test_reading_any_file_gives_a_table_of_sources_or_nothing(data):
    table = dataclass_code.read(data)
    assert table is None or (isinstance(table, dict) and all(type(k) is str and type(v) is bytes for k, v in table.items()))
