import sys

from display_app.cli import main

sys.exit(main())
