"""PySide's enum classes built without the functional API (packaging/qt_enums.py): the
same classes as the functional API makes, for every enum Qt has and for any members the
builder accepts, and shiboken really builds through it."""

from __future__ import annotations

import enum
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"
sys.path.insert(0, str(PACKAGING))
import qt_enums  # noqa: E402

TYPES = [enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag]


def functional(etype, name, items, boundary=enum.KEEP):
    return etype(name, items, boundary=boundary, module=__name__)


def test_every_qt_enum_is_built_the_same_both_ways():
    from PySide6 import QtCore, QtGui, QtWidgets

    classes = qt_enums.enum_classes([QtCore, QtGui, QtWidgets])
    assert len(classes) > 500
    assert {cls.__qualname__ for cls in classes} >= {"Qt.AlignmentFlag", "Qt.Key", "QEvent.Type", "QLocale.Language", "QPalette.ColorRole"}
    compared, differences = qt_enums.check(classes)
    assert differences == []
    assert compared == len(classes)  # none of Qt's is left to the functional API


def test_differences_sees_what_a_class_holds_and_how_its_members_show():
    items = [("Red", 1), ("Green", 2), ("Both", 3)]
    reference = functional(enum.Flag, "Colour", items)
    assert qt_enums.differences(reference, qt_enums.build(enum.Flag, "Colour", items, enum.KEEP, __name__)) == []
    assert qt_enums.differences(reference, functional(enum.Flag, "Colour", [("Red", 1), ("Green", 2), ("Both", 4)]))
    assert qt_enums.differences(reference, functional(enum.Flag, "Colour", [("Green", 2), ("Red", 1), ("Both", 3)]))
    assert qt_enums.differences(reference, functional(enum.IntFlag, "Colour", items))
    behind_a_property = functional(enum.Flag, "Colour", items)  # how 3.12's enum._simple_enum stores members
    redirect = enum.property()
    redirect.member = behind_a_property.Red
    redirect.__set_name__(behind_a_property, "Red")
    type.__setattr__(behind_a_property, "Red", redirect)
    assert qt_enums.differences(reference, behind_a_property) == ["Red: ('member', 'Red') != ('member behind a property', 'Red')"]
    documented = functional(enum.Flag, "Colour", items)
    documented.__doc__ = "An enumeration."  # what enum._simple_enum writes unless put right
    assert qt_enums.differences(reference, documented) == ["__doc__: None != 'An enumeration.'"]


@pytest.mark.parametrize("items", [
    [("_hidden", 1)],                # the functional API keeps it as an attribute
    [("__dunder__", 1)],
    [("name", 1)],                   # an attribute of Enum: the functional API redirects it
    [("A", 1), ("A", 2)],            # the functional API refuses a name twice
    [("mro", 1)],
    [("A", 1.5)],
    [("A", True)],
    [("A",)],
    [("A", 1, 2)],
    "A B",
], ids=repr)
def test_members_the_functional_api_treats_differently_are_left_to_it(items):
    for etype in TYPES:
        assert qt_enums.build(etype, "E", items, enum.KEEP, __name__) is None


def test_an_attribute_of_int_is_left_to_the_functional_api_only_where_int_is_a_base():
    assert qt_enums.build(enum.IntEnum, "E", [("real", 1)], enum.KEEP, __name__) is None
    assert qt_enums.build(enum.IntFlag, "E", [("real", 1)], enum.KEEP, __name__) is None
    made = qt_enums.build(enum.Enum, "E", [("real", 1)], enum.KEEP, __name__)
    assert qt_enums.differences(functional(enum.Enum, "E", [("real", 1)]), made) == [] and made.real.value == 1


def test_a_class_from_an_unknown_module_is_left_to_the_functional_api():
    assert qt_enums.build(enum.Enum, "E", [("A", 1)], None, None) is None


def test_a_builder_hands_what_it_cannot_build_to_the_type():
    builder = qt_enums.Builder(enum.IntEnum)
    made = builder("Level", [("Low", 1), ("High", 2)], boundary=enum.KEEP)
    assert [m.name for m in made] == ["Low", "High"] and made.__module__ == __name__
    assert builder("Odd", [("name", 1)], boundary=enum.KEEP).__members__["name"].value == 1
    assert builder("Words", "A B").B.value == 2
    assert (builder.fast, builder.fallback) == (1, 2)
    assert issubclass(builder, enum.IntEnum) and issubclass(builder, enum.Enum) and not issubclass(builder, enum.Flag)
    assert issubclass(qt_enums.Builder(enum.IntFlag), enum.Flag)


NAMES = st.one_of(st.sampled_from(["A", "B", "C", "Aa", "NoFlag", "All", "Mask"]), st.from_regex(r"[A-Z][A-Za-z0-9]{0,6}", fullmatch=True),
                  st.sampled_from(["_x", "__x__", "name", "value", "real", "mro", ""]))
VALUES = st.one_of(st.integers(-3, 70), st.sampled_from([0, 1, 2, 4, 8, 0x10, 0xFF, 0x7FFFFFFF, 0xFFFFFFFF, -1, -2**31]), st.integers(-2**70, 2**70))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TYPES), st.lists(st.tuples(NAMES, VALUES), max_size=12), st.sampled_from([enum.KEEP, None]))
def test_whatever_the_fast_way_builds_is_what_the_functional_api_builds(etype, items, boundary):
    made = qt_enums.build(etype, "Generated", items, boundary, __name__)
    if made is None:
        return
    reference = functional(etype, "Generated", items, boundary)
    assert qt_enums.differences(reference, made) == []
    for value in ({v for _, v in items} | {0, 5, 2**40}) if items else ():
        try:
            expected = repr(reference(value))
        except ValueError:
            with pytest.raises(ValueError):
                made(value)
        else:
            assert repr(made(value)).replace("Generated", "G") == expected.replace("Generated", "G")


#: Run in a fresh interpreter: build every Qt enum, with the builders installed or not,
#: and print what a program could see of each class.
FINGERPRINT = r"""
import enum, json, sys, types
sys.path.insert(0, sys.argv[1])
import qt_enums
installed = qt_enums.install() if sys.argv[2] == "fast" else {}
from PySide6 import QtCore, QtGui, QtWidgets
classes = qt_enums.enum_classes([QtCore, QtGui, QtWidgets])

def fingerprint(cls):
    first = next(iter(cls.__members__.values()))
    unknown = 0x4000_0001
    try:
        odd = repr(cls(unknown))
    except ValueError as exc:
        odd = "ValueError"
    return [cls.__module__, cls.__qualname__, [b.__name__ for b in cls.__mro__], cls.__doc__,
            [(name, m.value, m.name) for name, m in cls.__members__.items()], [m.name for m in cls],
            sorted(vars(cls)), "_missing_" in vars(cls), repr(first), str(first), format(first), odd,
            [getattr(cls, a, None) for a in ("_flag_mask_", "_singles_mask_", "_all_bits_")]]

holders = [name for name, module in list(sys.modules.items())
           if any(isinstance(v, types.ModuleType) and v.__name__ == "enum" and v is not enum for v in vars(module).values())]
print(json.dumps({"report": qt_enums.report(), "enum_is_real": sys.modules["enum"] is enum, "holders": holders,
                  "classes": sorted(fingerprint(c) for c in classes)}, default=str))
"""


def test_shiboken_builds_every_qt_enum_through_it_and_a_program_sees_the_same_classes():
    def run(mode):
        proc = subprocess.run([sys.executable, "-c", FINGERPRINT, str(PACKAGING), mode], check=False, capture_output=True, text=True,
                              timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert proc.returncode == 0, proc.stderr[-3000:]
        return json.loads(proc.stdout.strip().splitlines()[-1])

    fast, usual = run("fast"), run("usual")
    assert fast["report"]["fast"] > 500 and fast["report"]["fallback"] == 0
    assert usual["report"] == {"fast": 0, "fallback": 0}
    assert fast["enum_is_real"] and fast["holders"] == []  # only shiboken sees the stand-in
    assert len(fast["classes"]) > 500
    assert fast["classes"] == usual["classes"]
