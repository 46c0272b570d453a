"""packaging/startup-modules.txt lists what a customer display imports before its first live
frame (the build stores those modules uncompressed: packaging/startup_modules.py). When the
display comes to import something new before its first frame, this fails until the list is
written again with ``make startup-modules``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))
import startup_modules  # noqa: E402


def test_every_module_the_display_imports_before_its_first_live_frame_is_listed():
    imported = set(startup_modules.record())
    assert {"display_app.ui.display.window", "display_app.fd1.client", "asyncio.base_events", "websockets.asyncio.client"} <= imported
    missing = sorted(imported - startup_modules.listed())
    assert not missing, f"imported before the first frame but not in {startup_modules.LIST.name} (run `make startup-modules`): {missing}"


def test_the_list_leaves_out_what_only_later_surfaces_and_systems_load():
    listed = startup_modules.listed()
    assert not {name for name in listed if name.split(".")[0] in ("aiohttp", "aiocoap", "qrcode", "msgspec")}  # msgspec: after the launch (fd1/frames.py)
    assert not {name for name in listed if name.startswith(("display_app.simulator", "display_app.presell", "display_app.ui.presell"))}


def test_stored_writes_the_named_entries_at_level_0_and_the_rest_compressed(tmp_path):
    import zlib

    from PyInstaller.archive.writers import ZlibArchiveWriter
    from PyInstaller.loader.pyimod01_archive import ZlibArchiveReader

    source = tmp_path / "m.py"
    source.write_text("TEXT = " + repr("abc " * 2000) + "\n", encoding="utf-8")
    code = compile(source.read_text(encoding="utf-8"), str(source), "exec")
    entries = [("first", str(source), "PYMODULE"), ("second", str(source), "PYMODULE")]
    with startup_modules.stored({"first"}):
        ZlibArchiveWriter(str(tmp_path / "a.pyz"), entries, code_dict={"first": code, "second": code})
    level = ZlibArchiveWriter._COMPRESSION_LEVEL
    assert ZlibArchiveWriter.__dict__["_write_entry"].__func__.__module__.startswith("PyInstaller")  # put back
    archive = ZlibArchiveReader(str(tmp_path / "a.pyz"))
    raw = {}
    with open(tmp_path / "a.pyz", "rb") as pyz:
        for name in ("first", "second"):
            _typecode, offset, length = archive.toc[name]
            pyz.seek(offset)
            raw[name] = pyz.read(length)
    assert [archive.extract(name).co_consts[0] for name in ("first", "second")] == ["abc " * 2000] * 2
    assert len(raw["first"]) > len(zlib.decompress(raw["first"]))  # stored: a copy, with zlib's framing
    assert len(raw["second"]) * 10 < len(zlib.decompress(raw["second"]))  # compressed at PyInstaller's level
    assert level == ZlibArchiveWriter._COMPRESSION_LEVEL
