"""Makes this interpreter an environment without onnxruntime (PYTHONPATH=this directory)."""

import importlib.abc
import sys


class _NoOnnxRuntime(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "onnxruntime" or name.startswith("onnxruntime."):
            raise ModuleNotFoundError(f"No module named {name!r} (hidden by the test)", name=name)
        return None


sys.meta_path.insert(0, _NoOnnxRuntime())
