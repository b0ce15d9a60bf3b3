"""The process layer: workers (client and server), the save and verify pools, the one
fresh-process path, the run's options, and the matrix and atlas over environments.
Supervisors never import torch."""
