"""`python -m guide` runs the same entry point as the `panduan-karier` script."""

import sys

from guide.cli import main

sys.exit(main())
