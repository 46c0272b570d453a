"""The display's translations with Qt's own tools (docs/accessibility.md).

    python packaging/translations.py update     # pyside6-lupdate: code -> resources/translations/*.ts
    python packaging/translations.py compile    # pyside6-lrelease: *.ts -> *.qm beside them
    python packaging/translations.py compile --out DIR   # ... into DIR (the test's freshness check)

``make translations`` runs both; ``make frozen`` compiles before building, and the spec
ships ``resources/translations/*.qm``. lupdate and lrelease come with the PySide6
wheels (``PySide6/lupdate``, ``PySide6/lrelease``; also as ``pyside6-lupdate`` and
``pyside6-lrelease`` in the venv). One ``.ts`` per ``display_app.sale.language.LANGUAGES``
code; ``-locations none`` keeps line numbers out of them, so an edit elsewhere in a file
never changes a translation source.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "display_app"


def tool(name: str) -> str:
    """The path of Qt's ``lupdate``/``lrelease`` shipped inside the PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    return f"pyside6-{name}"  # the venv's wrapper script


def languages() -> tuple[str, ...]:
    sys.path.insert(0, str(ROOT))
    from display_app.sale.language import LANGUAGES

    return LANGUAGES


def ts_path(code: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOGUE}_{code}.ts"


def sources() -> list[str]:
    """Every Python file under display_app/ui (where all user-facing text lives)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "display_app" / "ui").rglob("*.py"))


def update(folder: Path = TRANSLATIONS) -> None:
    """Refresh each language's .ts from the code (new texts added as unfinished, gone ones dropped)."""
    folder.mkdir(parents=True, exist_ok=True)
    for code in languages():
        subprocess.run(
            [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", "-source-language", "en",
             "-target-language", code, *sources(), "-ts", str(ts_path(code, folder))],
            cwd=ROOT, check=True,
        )
        _drop_extracomments(ts_path(code, folder))


def _drop_extracomments(path: Path) -> None:
    """lupdate's Python parser takes any ``#:`` comment (our attribute docs) above a call as a
    note for translators, even one far from it: dropped, so an edit to an unrelated comment
    never changes a translation source."""
    text = path.read_text(encoding="utf-8")
    cleaned = re.sub(r"\n\s*<extracomment>.*?</extracomment>", "", text, flags=re.DOTALL)
    if cleaned != text:
        path.write_text(cleaned, encoding="utf-8")


def compile_all(out: Path | None = None, folder: Path = TRANSLATIONS) -> list[Path]:
    """lrelease each .ts into a .qm (beside it, or in ``out``); returns the .qm paths."""
    written = []
    for code in languages():
        target = (out or folder) / f"{CATALOGUE}_{code}.qm"
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool("lrelease"), "-silent", str(ts_path(code, folder)), "-qm", str(target)], cwd=ROOT, check=True)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("update", "compile"))
    parser.add_argument("--out", type=Path, default=None, help="compile: folder for the .qm files (default: beside the .ts)")
    args = parser.parse_args(argv)
    if args.action == "update":
        update()
    else:
        for path in compile_all(args.out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
