"""Entry point of the frozen program (PyInstaller runs this as __main__)."""

import sys

import startup_code

# Before anything defines a dataclass or a named tuple or compiles a regular expression:
# those come compiled from the build (packaging/startup_code.py), ~30 ms of the launch.
startup_code.install_in_bundle()
# PySide's enum classes are built without Python's functional API (packaging/qt_enums.py),
# installed earlier still by a runtime hook (rthook_qt_enums.py): PyInstaller's own PySide6
# hook imports QtCore before this file runs.

from display_app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
