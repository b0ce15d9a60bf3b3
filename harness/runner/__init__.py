"""The process layer: workers (client.py starts them, worker.py is what runs in them), the
save and verify pools, the one fresh-process path, the run's options, and the matrix and
atlas over environments. Supervisors never import torch."""
