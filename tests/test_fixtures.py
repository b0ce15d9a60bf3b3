"""The golden corpus: files saved by torch 2.1 and 2.4, verified by the torch running the tests
(no second environment needed), each verdict held to what was recorded when the corpus was made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from harness.artifacts.manifest import read_manifest
from harness.formats import FORMATS
from harness.options import RunOptions
from harness.verify.pipeline import verify_dir

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ENVS = ("torch21", "torch24")
LOADER = ".".join(torch.__version__.split("+")[0].split(".")[:2])


def recorded() -> dict:
    verdicts = json.loads((FIXTURES / "verdicts.json").read_text())
    if LOADER not in verdicts:
        pytest.skip(f"no verdicts recorded for torch {LOADER}; record them with `tox -e fixtures`")
    return verdicts[LOADER]


@pytest.mark.parametrize("env", ENVS)
def test_every_fixture_keeps_its_recorded_verdict(env: str) -> None:
    expected = recorded()[env]
    got = {f"{r.case}/{r.format}/{r.check}": [r.status, r.limitation, r.departure]
           for r in verify_dir(FIXTURES / env, RunOptions(trust_pickles=True, trust_code=True))}
    assert got.keys() == expected.keys()
    changed = {key: (expected[key], got[key]) for key in got if got[key] != expected[key]}
    assert not changed, f"verdicts changed (recorded → now): {changed}"


@pytest.mark.parametrize("env", ENVS)
def test_the_corpus_is_what_its_provenance_says(env: str) -> None:
    provenance = json.loads((FIXTURES / "provenance.json").read_text())
    manifest = read_manifest(FIXTURES / env)
    assert manifest["environment"] == provenance["saved"][env]["environment"]
    assert manifest["environment"]["torch"].startswith({"torch21": "2.1.", "torch24": "2.4."}[env])
    specs = [json.loads(line) for line in (FIXTURES / "specs.jsonl").read_text().splitlines()]
    assert [c["source"]["spec"] for c in manifest["cases"]] == specs


def test_the_corpus_covers_every_format_and_hazard() -> None:
    verdicts = recorded()
    formats = {key.split("/")[1] for env in ENVS for key in verdicts[env]}
    assert formats == set(FORMATS.names())
    seen = {status for env in ENVS for status, _, _ in verdicts[env].values()}
    limitations = {lim for env in ENVS for _, lim, _ in verdicts[env].values() if lim}
    assert {"pass", "unsupported", "load_error", "save_error"} <= seen
    assert {"uncarried_state", "shared_tensors", "traced_control_flow", "export_control_flow"} <= limitations
    size = sum(p.stat().st_size for p in FIXTURES.rglob("*") if p.is_file())
    assert size < 8 * 2**20, f"the corpus grew to {size / 2**20:.1f} MiB"
