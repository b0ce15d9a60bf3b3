"""Makes this interpreter an environment whose torch has no torch.export save/load, as torch
2.0 (PYTHONPATH=this directory)."""

import torch.export

del torch.export.save, torch.export.load
