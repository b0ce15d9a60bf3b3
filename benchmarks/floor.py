"""The floor: what the same cases cost with nothing of harness around the format calls.

Run in a fresh process, once per side, over an artifact directory that ``harness save``
wrote:

    python benchmarks/floor.py save DIR   # import torch, then each format's save call
    python benchmarks/floor.py load DIR   # import torch, then each format's load, run
                                          # and, where it resumes, restore + resumed steps

Prints one JSON object: the torch import's seconds and, per format, the seconds of
each timed call per case. Only the calls are timed (and, on the save side, training to the save
point and the reference forward pass); what sets them up (building the model, reading
inputs, copying the model per format) is not, so the
floor is what a hand-written script that does just these calls would cost, at least.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

started = time.perf_counter()
import torch  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - started

import copy  # noqa: E402
import tempfile  # noqa: E402
import warnings  # noqa: E402
from dataclasses import replace  # noqa: E402

from harness.artifacts.entry import CaseEntry  # noqa: E402
from harness.artifacts.manifest import read_manifest  # noqa: E402
from harness.formats import FORMATS  # noqa: E402
from harness.formats.base import with_consent  # noqa: E402
from harness.model.cases import Case  # noqa: E402
from harness.train.loop import Trained, run_updates, train  # noqa: E402
from harness.train.materialize import materialize, training_plan  # noqa: E402
from harness.train.rng import rng_states  # noqa: E402
from harness.verify.pipeline import _tensors, resume_unsupported  # noqa: E402
from harness.verify.resume import restore  # noqa: E402


def saved_formats(entry: dict) -> list[str]:
    return [fmt for fmt, record in entry["formats"].items() if record["status"] == "saved" and fmt in FORMATS]


def tried_formats(entry: dict) -> list[str]:
    """The formats whose save call ran (saved, or refused by the exporter) — not those the
    format declared it cannot express before trying."""
    return [fmt for fmt, record in entry["formats"].items()
            if fmt in FORMATS and (record["status"] != "unsupported" or record.get("limitation"))]


def _trained(case: Case) -> tuple[Trained, float]:
    """The case trained to its save point, and the seconds of the training and reference run."""
    made = materialize(case)
    trained = Trained(model=made.model, inputs=made.inputs)
    start = time.perf_counter()
    if made.recipe is not None:  # training to the save point: run calls a save cannot skip
        recipe, stream = training_plan(case, made.inputs)
        trained = train(made.model, recipe, stream)
        trained.inputs, trained.rng = made.inputs, rng_states()
    made.model.eval()
    with torch.no_grad():
        made.model(*made.inputs)
    return trained, time.perf_counter() - start


def save_side(directory: Path) -> dict:
    """Each format's save call, in harness's order: the formats that must come first in a
    process (the dynamo-based ONNX exporter) for every case, then the others."""
    spent: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    entries = read_manifest(directory)["cases"]
    first = [name for name in FORMATS.names() if FORMATS.get(name).saves_first]
    with tempfile.TemporaryDirectory(prefix="floor-") as scratch:
        rest = [name for name in FORMATS.names() if name not in first]
        for one_pass in (first, rest):
            for entry in entries:
                formats = [f for f in tried_formats(entry) if f in one_pass]
                if not formats:
                    continue
                case = Case(id=entry["id"], source=entry["source"])
                trained, seconds = _trained(case)
                if one_pass is rest or not any(f in rest for f in tried_formats(entry)):
                    spent["(train to the save point)"]["run"].append(seconds)  # timed once a case
                for fmt in formats:
                    target = Path(scratch) / case.id / fmt
                    target.mkdir(parents=True)
                    model, optimizer = copy.deepcopy((trained.model, trained.optimizer))  # as save/pipeline.py
                    copied = replace(trained, model=model, optimizer=optimizer)
                    start = time.perf_counter()
                    try:
                        FORMATS.get(fmt).save(copied, case, target)
                    except Exception:
                        pass  # a refused export is a call the run cannot skip either
                    spent[fmt]["save"].append(time.perf_counter() - start)
    return spent


def load_side(directory: Path) -> dict:
    spent: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for entry in read_manifest(directory)["cases"]:
        case = Case(id=entry["id"], source=entry["source"])
        inputs = _tensors(directory / entry["inputs"], "input")
        for fmt in saved_formats(entry):
            adapter, where = FORMATS.get(fmt), directory / "cases" / case.id / fmt
            try:
                start = time.perf_counter()
                runner = with_consent(adapter.load, case, where, trusted=True)  # as the matrix runs
                loaded = time.perf_counter()
                with torch.no_grad():
                    runner(inputs)
                spent[fmt]["load"].append(loaded - start)
                spent[fmt]["run"].append(time.perf_counter() - loaded)
                for check, call in adapter.extra_checks().items():  # e.g. pickle: torch.load's defaults
                    start = time.perf_counter()
                    with_consent(call, where, trusted=True)
                    spent[fmt][check].append(time.perf_counter() - start)
            except Exception:
                continue  # a failing cell: its cost is whatever it took, the floor leaves it out
            if resume_unsupported(adapter, CaseEntry.of(entry)) is None:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    recipe, stream = training_plan(case, tuple(inputs))
                    start = time.perf_counter()
                    trained = restore(with_consent(adapter.load_module, case, where, trusted=True), recipe,
                                      with_consent(adapter.training_state, case, directory / "cases" / case.id,
                                                   trusted=True), tuple(inputs))
                    restored = time.perf_counter()
                    run_updates(trained, stream, recipe.resume_steps)
                    spent[fmt]["restore"].append(restored - start)
                    spent[fmt]["resume"].append(time.perf_counter() - restored)
    return spent


def main(argv: list[str]) -> int:
    side, directory = argv[0], Path(argv[1]).resolve()
    torch.set_num_threads(1)
    spent = save_side(directory) if side == "save" else load_side(directory)
    print(json.dumps({"import": IMPORT_SECONDS, "formats": spent}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
