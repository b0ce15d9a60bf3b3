"""``python -m harness``: the command line (:mod:`harness.cli.main`)."""

import sys

from .cli.main import main

sys.exit(main())
