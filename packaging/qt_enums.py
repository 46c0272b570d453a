"""PySide's enum classes built without Python's functional API (a runtime hook of the bundle,
before Qt loads).

PySide turns every Qt enum into a Python enum class the first time its Qt class is used:
~170 classes and ~3,200 members before the customer display's first frame (the ``Qt``
namespace alone: 94 enums, 1,199 members). shiboken builds each through Python's
functional API, ``IntEnum(name, [(member, value), ...], boundary=KEEP)``, which runs
every member through the class-statement machinery (the namespace's ``__setitem__``, a
proto-member's ``__set_name__``, ``_add_member_``): ~35 ms of the frozen launch on the
release interpreter, the largest single item left in it.

``build`` makes the same classes another way. The class comes from the standard
library's other builder, ``enum._simple_enum`` (what ``re``, ``ast`` and ``http`` make
their own enums with), given no members; the members are then added in one loop, as the
functional API adds them. ``_simple_enum`` cannot be used for the members too: on Python
3.12 it stores each member behind a property, where the functional API stores the member
itself. For every enum of QtCore, QtGui and QtWidgets (637 classes, release interpreter):
79 ms through the functional API, 42 ms through ``_simple_enum``, 27 ms through ``build``.

How it is put in front of shiboken: shiboken imports ``enum`` once, when it starts, and
at every enum it builds looks up ``Enum``, ``IntEnum``, ``Flag`` or ``IntFlag`` on that
module by name. ``install`` lets shiboken import a stand-in module instead (the real
``enum`` is back in ``sys.modules`` as soon as shiboken is imported; any other module
imported meanwhile is pointed back at the real one). The stand-in's four names are then
``Builder`` objects: each builds with ``build`` when the members are what Qt's always
are, and hands anything else to the functional API, as before:

* every member a (str, int) pair, the names unique and none starting with ``_`` (the
  functional API treats those as attributes, or refuses them);
* no name that is already an attribute of the enum type (``name``, ``value``, ``real``:
  the functional API puts a redirect there);
* the module it is built from known (the functional API marks a class unpicklable
  otherwise), and the type's members initialised by ``Enum.__init__`` (which does nothing).

A class built this way has the same dictionary as the functional API's, key by key
(members, value maps, flag masks, iteration order, the same methods, each member's own
attributes). ``differences`` compares two classes that way; the tests run it over every
enum in QtCore, QtGui and QtWidgets and over random member lists on the test
interpreter, and the frozen program's self-test over Qt's on its own one.

Only the bundle installs this (like ``startup_code``): a source checkout builds its enums
as PySide always does.
"""

from __future__ import annotations

import enum
import sys
import types
from collections.abc import Iterable
from typing import Any

#: The enum types shiboken asks for by name.
TYPES = ("Enum", "IntEnum", "Flag", "IntFlag")

#: This process's builders by type name (``install`` fills it), for the self-test's report.
INSTALLED: dict[str, Builder] = {}


def _reserved(etype: type) -> frozenset[str]:
    """Names the functional API would not make plain members of ``etype``: attributes of
    the type and its bases (it redirects those through a property), and the two it refuses."""
    names = {"mro", ""}
    for base in etype.__mro__:
        names.update(vars(base))
    return frozenset(names)


_RESERVED: dict[type, frozenset[str]] = {}


def build(etype: type, name: str, items: Any, boundary: Any, module: str | None) -> type | None:
    """The class ``etype(name, items, boundary=boundary)`` makes when called from ``module``;
    None when ``items`` are not all plain (see the module's text), and then the caller
    should use the functional API.

    The class itself comes from ``enum._simple_enum`` (with no members); the members are
    then added as the functional API adds them, one by one: the member made by the type's
    own constructor, its value, name, owner and order; the first member of a value
    canonical, a later one an alias of it; a flag's masks; stored directly in the class
    (``_simple_enum`` puts them behind properties on Python 3.12)."""
    if module is None or type(name) is not str or not isinstance(items, (list, tuple)):
        return None
    if etype.__init__ is not enum.Enum.__init__:  # type: ignore[misc]  # members' __init__ is not called here
        return None
    reserved = _RESERVED.get(etype)
    if reserved is None:
        reserved = _RESERVED[etype] = _reserved(etype)
    seen: set[str] = set()
    for item in items:
        if type(item) is not tuple or len(item) != 2:
            return None
        member_name, value = item
        if type(member_name) is not str or type(value) is not int or member_name.startswith("_") or member_name in reserved or member_name in seen:
            return None
        seen.add(member_name)
    # The functional API keeps the type's own next-value function as a staticmethod; the
    # stdlib's builder would store the plain function.
    body = {"__module__": module, "_generate_next_value_": staticmethod(etype._generate_next_value_)}  # type: ignore[attr-defined]
    made = enum._simple_enum(etype, boundary=boundary)(type(name, (), body))  # type: ignore[attr-defined]
    made.__doc__ = None  # the stdlib's builder writes "An enumeration."; the functional API leaves none
    namespace = made.__dict__
    new_member, use_args, member_type = namespace["_new_member_"], namespace["_use_args_"], namespace["_member_type_"]
    names, members, by_value = namespace["_member_names_"], namespace["_member_map_"], namespace["_value2member_map_"]
    hashable = namespace.get("_hashable_values_")  # Python 3.13 keeps these
    is_flag = issubclass(made, enum.Flag)
    single = False
    flag_mask = singles = 0
    for member_name, value in items:
        member = new_member(made, value) if use_args else new_member(made)
        member._value_ = value if member_type is object else member_type(value)
        member._name_ = member_name
        member.__objclass__ = made
        member._sort_order_ = len(names)
        if is_flag:
            flag_mask |= value
            single = enum._is_single_bit(value)  # type: ignore[attr-defined]  # the functional API's own test
            if single:
                singles |= value
        canonical = by_value.get(value)
        if canonical is None:
            if not is_flag or single:
                names.append(member_name)
            by_value[value] = member
            if hashable is not None:
                hashable.append(value)
        else:
            member = canonical  # an alias
        type.__setattr__(made, member_name, member)
        members[member_name] = member
    if is_flag:
        made._flag_mask_ = flag_mask  # type: ignore[attr-defined]
        made._singles_mask_ = singles  # type: ignore[attr-defined]
        made._all_bits_ = 2 ** flag_mask.bit_length() - 1  # type: ignore[attr-defined]
        values = [member._value_ for member in made]  # type: ignore[attr-defined]
        if values != sorted(values):
            made._iter_member_ = made._iter_member_by_def_  # type: ignore[attr-defined]
    return made


class Builder:
    """What shiboken finds under an enum type's name on the stand-in module: called as the
    type would be (``IntEnum(name, items, boundary=KEEP)``), it builds with ``build`` or,
    for anything else, with the type itself. ``__bases__`` lets shiboken's "is this a
    Flag?" (``PyObject_IsSubclass``) answer as it would for the type."""

    def __init__(self, etype: type) -> None:
        self.etype = etype
        self.__bases__ = (etype,)
        self.fast = 0
        self.fallback = 0

    def __call__(self, value: Any, names: Any = None, *args: Any, **kwargs: Any) -> Any:
        made = None
        if not args and set(kwargs) <= {"boundary"} and names is not None:
            try:
                # Where the functional API would look for the module: its caller's caller,
                # which is this call's caller (shiboken itself runs no Python frame).
                module = sys._getframemodulename(1)  # Python 3.12+, as the project requires
                made = build(self.etype, value, names, kwargs.get("boundary"), module)
            except Exception:  # noqa: BLE001 - anything odd: the functional API decides
                made = None
        if made is not None:
            self.fast += 1
            return made
        self.fallback += 1
        if names is None:
            return self.etype(value, *args, **kwargs)
        return self.etype(value, names, *args, **kwargs)


def install() -> dict[str, Builder]:
    """Import shiboken with a stand-in ``enum`` and give it ``Builder``s (see the module's
    text). Returns them by type name; {} (and nothing changes) when shiboken is already
    imported, cannot be, or this Python has no ``enum._simple_enum``."""
    if "shiboken6" in sys.modules or not hasattr(enum, "_simple_enum"):
        return {}
    real = sys.modules["enum"]
    stand_in = types.ModuleType("enum", "The enum module as shiboken sees it (packaging/qt_enums.py).")
    stand_in.__getattr__ = lambda name: getattr(real, name)  # type: ignore[method-assign]
    for name in (*TYPES, "EnumMeta", "KEEP"):
        setattr(stand_in, name, getattr(real, name))
    before = set(sys.modules)
    sys.modules["enum"] = stand_in
    try:
        import shiboken6.Shiboken  # noqa: F401 - its start-up imports `enum` (the stand-in)
    except ImportError:
        return {}
    finally:
        sys.modules["enum"] = real
        for module_name in set(sys.modules) - before:
            namespace = getattr(sys.modules[module_name], "__dict__", None) or {}
            for key, value in list(namespace.items()):
                if value is stand_in:
                    namespace[key] = real
    INSTALLED.update({name: Builder(getattr(real, name)) for name in TYPES})
    for name, builder in INSTALLED.items():
        setattr(stand_in, name, builder)
    return dict(INSTALLED)


def report() -> dict[str, int]:
    """Enum classes made by ``build`` so far (``fast``), and handed to the functional API."""
    return {"fast": sum(b.fast for b in INSTALLED.values()), "fallback": sum(b.fallback for b in INSTALLED.values())}


# ----------------------------------------------------------------------------- checking

def _comparable(value: Any, cls: type) -> Any:
    """``value`` from ``cls``'s dictionary with the class and its members by name, so that
    two classes' dictionaries compare by what they hold."""
    if value is cls:
        return "<the class>"
    if isinstance(value, cls):
        return ("member", value._name_)  # type: ignore[attr-defined]
    if isinstance(value, enum.property) and isinstance(getattr(value, "member", None), cls):
        return ("member behind a property", value.member._name_)  # how 3.12's _simple_enum stores members
    if isinstance(value, types.MethodType):
        return ("method", value.__func__, _comparable(value.__self__, cls))
    if isinstance(value, (staticmethod, classmethod)):
        return (type(value).__name__, value.__func__)
    if isinstance(value, dict):
        return {_comparable(k, cls): _comparable(v, cls) for k, v in value.items()}
    if isinstance(value, list):
        return [_comparable(v, cls) for v in value]
    return value


def differences(a: type, b: type) -> list[str]:
    """How two enum classes of the same members differ: the keys of their dictionaries
    and what each holds (methods by identity; the module aside), each member's own
    dictionary, and what the members show and how the class iterates. [] when none."""
    found: list[str] = []
    keys_a, keys_b = set(vars(a)), set(vars(b))
    if keys_a != keys_b:
        found.append(f"keys only in the first: {sorted(keys_a - keys_b)}, only in the second: {sorted(keys_b - keys_a)}")
    members = a._member_map_  # type: ignore[attr-defined]
    for key in sorted(keys_a & keys_b):
        if key == "__module__":
            continue
        left, right = _comparable(vars(a)[key], a), _comparable(vars(b)[key], b)
        if left != right:
            found.append(f"{key}: {left!r:.120} != {right!r:.120}")
    if list(members) != list(b._member_map_):  # type: ignore[attr-defined]
        found.append("members differ or are in another order")
        return found
    for name, member in members.items():
        other = b._member_map_[name]  # type: ignore[attr-defined]
        if _comparable(vars(member), a) != _comparable(vars(other), b):
            found.append(f"member {name}: {vars(member)} != {vars(other)}")
        shown = (member._name_, member._value_, repr(member), str(member), format(member), hash(member))
        if shown != (other._name_, other._value_, repr(other), str(other), format(other), hash(other)):
            found.append(f"member {name} shows differently")
    if [m._name_ for m in a] != [m._name_ for m in b]:  # type: ignore[attr-defined]
        found.append("iteration differs")
    return found


def enum_classes(modules: Iterable[types.ModuleType]) -> list[type]:
    """Every enum class PySide has made in ``modules``' classes (building any not yet
    made), nested classes included."""
    found: dict[int, type] = {}
    seen: set[int] = set()

    def walk(owner: Any) -> None:
        for attribute in dir(owner):
            try:
                value = getattr(owner, attribute)
            except Exception:  # noqa: BLE001 - a lazy class that cannot load here
                continue
            if not isinstance(value, type) or id(value) in seen:
                continue
            seen.add(id(value))
            if isinstance(value, enum.EnumType):
                if value._member_map_:  # type: ignore[attr-defined]
                    found[id(value)] = value
            elif value.__module__.startswith("PySide6."):
                walk(value)

    for module in modules:
        walk(module)
    return list(found.values())


def check(classes: Iterable[type]) -> tuple[int, list[str]]:
    """Rebuild each of ``classes``' members with the functional API and with ``build``
    and compare the two: (classes compared, differences found as text)."""
    compared, found = 0, []
    for cls in classes:
        etype = next((base for base in cls.__mro__[1:] if base.__name__ in TYPES and base.__module__ == "enum"), None)
        if etype is None:
            continue
        items = [(name, member._value_) for name, member in cls._member_map_.items()]  # type: ignore[attr-defined]
        boundary = getattr(cls, "_boundary_", None)
        made = build(etype, cls.__name__, items, boundary, __name__)
        if made is None:
            continue
        reference = etype(cls.__name__, items, boundary=boundary, module=__name__)
        compared += 1
        found += [f"{cls.__qualname__}: {text}" for text in differences(reference, made)]
    return compared, found
