"""Entry point of the frozen program (PyInstaller runs this as __main__)."""

import sys

import dataclass_code

# Before anything defines a dataclass: their methods come compiled from the build
# (packaging/dataclass_code.py), ~20 ms of the launch.
dataclass_code.install_in_bundle()

from display_app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
