"""What the frozen build leaves out of PySide6, in one place.

PyInstaller's ``excludes`` only drops Python modules; Qt plugins and translations
come along with the Qt modules we do use. These rules drop the ones a customer display
never loads. ``display-app.spec`` applies them to the file lists before collecting
(so the one-folder and one-file builds are both pruned), and this script applies the
same rules to an existing one-folder build (the post-build step, idempotent)::

    python packaging/prune.py dist/display-app        # prints what it removed

Kept platform plugins: xcb (X11), wayland*, eglfs (KMS, no window system), linuxfb,
offscreen (CI self-test), windows, cocoa. Kept image formats: the ones a slideshow or
logo may use (jpeg, gif, webp, ico, bmp via Qt core, svg).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path, PurePosixPath

#: Plugin folders (under PySide6/Qt/plugins) dropped entirely.
DROP_PLUGIN_DIRS = frozenset({
    "designer", "qmltooling", "sqldrivers", "tls", "networkinformation", "bearer",
    "printsupport", "position", "sensors", "texttospeech", "multimedia", "sceneparsers",
    "renderers", "renderplugins", "geometryloaders", "canbus", "webview", "qmllint", "qmlls",
    "wayland-graphics-integration-server",  # compositor side; we are a client
})

#: Platform plugins kept (file name stem without lib prefix / extension, lower case).
KEEP_PLATFORMS = ("qxcb", "qwayland", "qeglfs", "qlinuxfb", "qoffscreen", "qwindows", "qcocoa")

#: Qt libraries dropped: QtNetwork is only loaded by the TUIO touch plugin (dropped too);
#: our networking is Python's (websockets). Its Kerberos libraries go with it as orphans.
DROP_QT_LIBS = ("qt6network",)

#: Image-format plugins kept.
KEEP_IMAGEFORMATS = ("qjpeg", "qgif", "qwebp", "qico", "qsvg")


def _stem(name: str) -> str:
    stem = name.lower()
    if stem.startswith("lib"):
        stem = stem[3:]
    return stem.split(".", 1)[0]


def should_drop(dest: str) -> bool:
    """True for a bundle path (as PyInstaller's TOC ``dest`` or relative to ``_internal``)
    that the app never needs."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    try:
        qt = parts.index("Qt", parts.index("PySide6"))
    except ValueError:
        return False
    rest = parts[qt + 1 :]
    if not rest:
        return False
    if rest[0] == "translations":
        return True  # Qt's own UI translations: our text is our own
    if rest[0] == "qml":
        return True
    if rest[0] == "lib" and _stem(rest[-1]).startswith(DROP_QT_LIBS):
        return True
    if rest[0] == "plugins" and len(rest) >= 3:
        folder, name = rest[1], rest[-1]
        if folder in DROP_PLUGIN_DIRS:
            return True
        if folder == "platforms":
            return not _stem(name).startswith(KEEP_PLATFORMS)
        if folder == "platformthemes":
            return _stem(name).startswith("qgtk")  # needs GTK 3 on the box; Qt falls back without it
        if folder == "imageformats":
            return _stem(name) not in KEEP_IMAGEFORMATS
        if folder == "generic":
            return _stem(name).startswith("qtuiotouch")  # TUIO: touch events over UDP, never used
    return False


def orphan_libraries(binaries: list[tuple[str, str, str]]) -> set[str]:
    """Linux: top-level shared libraries that no kept binary needs any more (they came in
    only as dependencies of a dropped plugin, e.g. GTK's cairo/pango/atk for qgtk3).
    ``binaries`` is PyInstaller's TOC after ``should_drop`` filtering; returns ``dest`` names."""
    if not sys.platform.startswith("linux"):
        return set()
    from PyInstaller.depend.bindepend import get_imports  # ldd: transitive closure

    top = {dest: src for dest, src, kind in binaries if "/" not in dest and ".so" in dest and kind == "BINARY"}
    needed: set[str] = set()
    for dest, src, kind in binaries:
        if dest in top or kind not in ("BINARY", "EXTENSION") or not src:
            continue
        needed.update(name for name, _path in get_imports(src))
    return {dest for dest in top if dest not in needed and not dest.startswith("libpython")}


#: ICU data (``libicudata``, 31 MB, the largest file of the build) that Qt never reads for a
#: customer display: Qt formats numbers, money and dates from its own CLDR tables and
#: breaks lines with its own Unicode code; ICU serves it case mapping, normalisation and
#: character properties (kept). Dropped: legacy text converters (``*.cnv``), collation
#: (``QCollator``, unused), break-iterator dictionaries, and the localized names of units,
#: currencies, languages, regions and time zones, transliteration and spelled-out numbers;
#: and each locale's own bundle (``de_AT.res`` and ~850 more, 2.9 MB: ICU's date, number
#: and calendar formats, which Qt takes from CLDR itself; ICU falls back to ``root.res``).
DROP_ICU_TREES = ("brkitr", "coll", "curr", "lang", "region", "translit", "rbnf", "unit", "zone")
DROP_ICU_SUFFIXES = (".cnv",)
_ICU_LOCALE_BUNDLE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res")
KEEP_ICU_ITEMS = ("res_index.res",)  # the list of installed locales (a locale-like name)


def _icu_dropped(name: str) -> bool:
    if name.endswith(DROP_ICU_SUFFIXES):
        return True
    parts = name.split("/")
    if len(parts) > 2:
        return parts[1] in DROP_ICU_TREES
    return parts[-1] not in KEEP_ICU_ITEMS and _ICU_LOCALE_BUNDLE.fullmatch(parts[-1]) is not None


def slim_icu_data(library: Path, workdir: Path) -> Path | None:
    """A copy of ``libicudata.so.NN`` without the items ``_icu_dropped`` names (ICU's
    common-data package rebuilt, then linked into a library of the same soname and
    symbol with the C compiler). None when it cannot be built here (no ``cc``/``nm``,
    not Linux, an unknown layout): the build then keeps the whole library."""
    import shutil
    import struct
    import subprocess

    if not sys.platform.startswith("linux") or not (shutil.which("cc") and shutil.which("nm")):
        return None
    try:
        symbols = subprocess.run(["nm", "-D", "--defined-only", "-S", str(library)], capture_output=True, text=True, check=True).stdout
        name, size = next((f[3], int(f[1], 16)) for f in (line.split() for line in symbols.splitlines()) if len(f) == 4 and f[3].endswith("_dat"))
        blob = library.read_bytes()
        start = blob.find(b"CmnD") - 12
        if start < 0 or blob[start + 2 : start + 4] != b"\xda\x27":
            return None
        pkg = blob[start : start + size]
        head = struct.unpack_from("<H", pkg, 0)[0]
        count = struct.unpack_from("<I", pkg, head)[0]
        toc = [struct.unpack_from("<II", pkg, head + 4 + 8 * i) for i in range(count)]
        items = []
        for i, (name_at, data_at) in enumerate(toc):
            item = pkg[head + name_at : pkg.index(b"\0", head + name_at)]
            end = toc[i + 1][1] if i + 1 < count else size - head
            if not _icu_dropped(item.decode("ascii")):
                items.append((item, pkg[head + data_at : head + end]))
        names_at = 4 + 8 * len(items)
        names = b""
        offsets = []
        for item, _ in items:
            offsets.append(names_at + len(names))
            names += item + b"\0"
        data_at = (names_at + len(names) + 15) // 16 * 16
        body = bytearray()
        table = bytearray(struct.pack("<I", len(items)))
        for (item, data), name_offset in zip(items, offsets):
            table += struct.pack("<II", name_offset, data_at + len(body))
            body += data + b"\0" * (-len(data) % 16)
        package = pkg[:head] + bytes(table) + names + b"\0" * (data_at - names_at - len(names)) + bytes(body)
        workdir.mkdir(parents=True, exist_ok=True)
        (workdir / "icudata.dat").write_bytes(package)
        (workdir / "icudata.S").write_text(
            f".section .rodata\n.globl {name}\n.type {name}, @object\n.balign 16\n{name}:\n"
            f'.incbin "icudata.dat"\n.size {name}, . - {name}\n.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        out = workdir / library.name
        subprocess.run(["cc", "-shared", "-o", out.name, f"-Wl,-soname,{library.name}", "icudata.S"], cwd=workdir, check=True, capture_output=True)
        return out
    except (OSError, ValueError, StopIteration, struct.error, subprocess.CalledProcessError):
        return None


def prune_folder(root: Path) -> tuple[int, int]:
    """Delete what ``should_drop`` names under a one-folder build. Returns (files, bytes)."""
    base = root / "_internal" if (root / "_internal").is_dir() else root
    files = size = 0
    for path in sorted(base.rglob("*")):
        if path.is_file() and should_drop(path.relative_to(base).as_posix()):
            size += path.stat().st_size
            path.unlink()
            files += 1
    for folder in sorted((p for p in base.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    return files, size


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python packaging/prune.py dist/display-app", file=sys.stderr)
        return 2
    files, size = prune_folder(Path(argv[0]))
    print(f"pruned {files} files, {size / 1e6:.1f} MB from {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
