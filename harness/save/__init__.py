"""The saving side: train each case, audit what ``state_dict`` misses, save every format,
write the manifest (:mod:`.pipeline`, :mod:`.audit`). Importing this package imports no torch."""

#: Marks a format record whose export failed after other exports in the same process: the
#: dynamo-based ONNX exporter can fail on a model after exporting others and export it fine
#: in a new process (torch 2.4: "tensor does not have a device"). A user exporting this model
#: would see the fresh-process result, so the save pool exports it again alone
#: (:func:`harness.runner.fresh.retry_alone`) and records that verdict.
RETRY_ALONE = "retry_alone"
