"""``python -m archcite`` runs the ``archcite`` command."""

import sys

from archcite.cli import main

if __name__ == "__main__":
    sys.exit(main())
