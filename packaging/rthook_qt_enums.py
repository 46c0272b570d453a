"""Runtime hook of the bundle (display-app.spec): PySide's enum classes built without Python's
functional API (packaging/qt_enums.py). It runs before PyInstaller's own PySide6 hook,
which imports QtCore (to write Qt's embedded qt.conf), so before shiboken starts."""

import qt_enums

qt_enums.install()
