"""`python -m guide` runs the commands (build, search, suggest, export) without Qt."""

import sys

from guide.cli import main

sys.exit(main())
