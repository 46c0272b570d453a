"""Entry point of the frozen program (PyInstaller runs this as __main__)."""

import sys

import startup_code

# Before anything defines a dataclass or a named tuple or compiles a regular expression:
# those come compiled from the build (packaging/startup_code.py), ~30 ms of the launch.
startup_code.install_in_bundle()

from display_app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
