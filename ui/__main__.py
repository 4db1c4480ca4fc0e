"""`python -m ui` runs the same entry point as the `panduan-karier` script."""

import sys

from ui.entry import main

sys.exit(main())
