"""MkDocs hook: a link from a page to a file of the repository outside docs/ is not an error.

MkDocs reports every relative link whose target is not a documentation file as "not found"
(``validation.links.not_found``), and ``--strict`` makes that fatal — which is what catches a
broken link between pages. A link such as ``../../compat-baseline.toml`` leaves docs/ on purpose:
it points at a file of the repository (it works where the Markdown is read on GitHub). This
hook lowers exactly those warnings to INFO, and only when the file exists, so a link to a
repository file that is not there still fails the build like a broken link between pages.
"""

from __future__ import annotations

import logging
import posixpath
import re
from pathlib import Path

_NOT_FOUND = re.compile(r"^Doc file '(?P<page>[^']+)' contains a link '(?P<url>[^']+)', but the target")


class _RepositoryLinks(logging.Filter):
    harness_repository_links = True  # the mark a filter of an earlier load of this hook is found by

    def __init__(self, docs_dir: Path) -> None:
        super().__init__()
        self.docs_dir = docs_dir
        self.root = docs_dir.parent

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        found = _NOT_FOUND.match(record.getMessage())
        if not found:
            return True
        path = found["url"].split("#", 1)[0].split("?", 1)[0]
        target = posixpath.normpath(posixpath.join(posixpath.dirname(found["page"]), path))
        file = (self.docs_dir / target).resolve()
        if target.startswith("../") and file.is_relative_to(self.root) and file.exists():
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


def on_config(config):
    docs_dir = Path(config["docs_dir"]).resolve()
    logger = logging.getLogger("mkdocs.structure.pages")
    for old in [f for f in logger.filters if getattr(f, "harness_repository_links", False)]:
        logger.removeFilter(old)
    logger.addFilter(_RepositoryLinks(docs_dir))
    return config
