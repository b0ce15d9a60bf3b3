"""``python -m harness``: the command line (:mod:`harness.cli.main`).

Guarded, so that importing this module (a documentation build, a test) does not run it."""

import sys

from .cli.main import main

if __name__ == "__main__":
    sys.exit(main())
