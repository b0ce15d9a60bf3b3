"""Extra formats (or layer kinds) from your own modules, in every environment of a run.

``HARNESS_PLUGINS=mypkg.formats,other.module`` imports those modules at start-up;
importing them registers whatever they define, exactly like harness's own
adapters. The variable reaches every environment the matrix starts, so a format
you add is saved and verified everywhere.
"""

from __future__ import annotations

import importlib
import os

from .errors import HarnessError

VARIABLE = "HARNESS_PLUGINS"


class PluginError(HarnessError, RuntimeError):
    """A plugin module named in HARNESS_PLUGINS that cannot be imported."""


def load_plugins() -> list[str]:
    names = [n.strip() for n in os.environ.get(VARIABLE, "").split(",") if n.strip()]
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            raise PluginError(f"{VARIABLE}: module {name!r} cannot be imported ({exc!r})") from exc
    return names
