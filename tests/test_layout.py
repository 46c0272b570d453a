"""The package layout holds: no import cycles, no Qt below ``ui``, nothing but the command
line reaching into ``ui``, and inside ``ui`` dependencies point one way (launchers ->
surfaces -> shell/widgets). Every import counts, including the lazy ones inside functions,
because a lazy import is still a dependency (and PyInstaller follows it)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "display_app"
QT_TOP_LEVEL = {"PySide6", "shiboken6", "qasync"}
#: Modules outside ``ui`` that may name ``ui``: the command line dispatches to it.
UI_ENTRY_POINTS = {"display_app.cli"}
#: ``ui`` packages that hold no surface: surfaces may import them; they import no surface.
UI_SHARED = {"shell", "widgets"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """Every module ``name`` imports (ours resolved to the deepest known module; others by top name)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)  # `from pkg import module`
    resolved = set()
    for target in found:
        if target.startswith("display_app"):
            if target in known:
                resolved.add(target)
        else:
            resolved.add(target.split(".")[0])
    resolved.discard(name)
    return resolved


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    modules = all_modules()
    return {name: imports_of(name, path, set(modules)) for name, path in modules.items()}


def ours(edges: set[str]) -> set[str]:
    return {e for e in edges if e.startswith("display_app")}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), or a self-loop."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in ours(graph.get(v, set())):
            # a package's __init__ is imported with its submodules; an edge to the parent package
            # from its own submodule is not a dependency of ours, so only follow real modules
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_sees_lazy_and_relative_imports(graph):
    # the walker itself must work, or the other tests pass vacuously
    assert "display_app.ui.shell.command" in graph["display_app.ui.presell.main"]  # lazy, relative
    assert "display_app.simulator.counter.client" in graph["display_app.simulator.counter.presell"]
    assert "PySide6" in graph["display_app.ui.display.window"]
    assert cycles({"a.x": {"display_app.b"}, "display_app.b": {"display_app.c"}, "display_app.c": {"display_app.b"}}) == [["display_app.b", "display_app.c"]]


def test_no_import_cycles(graph):
    assert cycles(graph) == []


def test_no_qt_below_ui(graph):
    offenders = {name: sorted(edges & QT_TOP_LEVEL) for name, edges in graph.items() if not name.startswith("display_app.ui") and edges & QT_TOP_LEVEL}
    assert offenders == {}


def test_nothing_outside_ui_imports_ui_but_the_command_line(graph):
    offenders = {
        name: sorted(e for e in ours(edges) if e.startswith("display_app.ui"))
        for name, edges in graph.items()
        if not name.startswith("display_app.ui") and name not in UI_ENTRY_POINTS
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def _ui_part(name: str) -> str | None:
    """``display`` for display_app.ui.display.screens; None for a launcher (ui/start.py)."""
    parts = name.split(".")
    if len(parts) < 3 or parts[1] != "ui":
        return None
    return parts[2] if (PACKAGE / "ui" / parts[2]).is_dir() else None


def test_surfaces_stand_apart_and_shared_parts_import_no_surface(graph):
    wrong = []
    for name, edges in graph.items():
        part = _ui_part(name)
        if part is None:
            continue
        for target in ours(edges):
            other = _ui_part(target)
            if other is None or other == part:
                if target.startswith("display_app.ui") and other is None and target != "display_app.ui":
                    wrong.append(f"{name} -> {target} (a launcher)")
                continue
            if other in UI_SHARED and part not in UI_SHARED:
                continue  # a surface using the shell or shared widgets
            if part in UI_SHARED and other in UI_SHARED:
                continue  # shell <-> widgets: both shared (cycles are caught above)
            wrong.append(f"{name} -> {target}")
    assert wrong == []


def test_every_package_says_what_it_is_and_may_import():
    silent = []
    for init in PACKAGE.rglob("__init__.py"):
        if "__pycache__" in init.parts or init.parent.name == "tools":
            continue
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        if init.parent != PACKAGE and "import" not in doc.lower():
            silent.append(str(init.relative_to(PACKAGE)))
    assert silent == []


def test_ui_has_no_surface_prefixed_files():
    prefixed = [p.name for p in (PACKAGE / "ui").glob("*.py") if p.name.split("_")[0] in {"display", "presell", "board", "wall", "visit"}]
    assert prefixed == []


def test_every_link_in_the_docs_resolves_inside_the_repository():
    import re

    repo = PACKAGE.parent
    dead = []
    for md in [repo / "README.md", *sorted((repo / "docs").rglob("*.md"))]:
        for target in re.findall(r"\]\(([^)\s]+)\)", md.read_text(encoding="utf-8")):
            if "://" in target or target.startswith(("#", "mailto:")):
                continue
            path = (md.parent / target.split("#")[0]).resolve()
            if not path.exists() or repo not in path.parents:
                dead.append(f"{md.relative_to(repo)}: {target}")
    assert dead == []


def test_readme_stays_short():
    lines = (PACKAGE.parent / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 80
