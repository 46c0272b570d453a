"""Entry point of the frozen program (PyInstaller runs this as __main__)."""

import sys

from display_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
