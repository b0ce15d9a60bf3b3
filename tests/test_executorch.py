"""``executorch`` and ``executorch-xnnpack`` on real releases: programs written by torch 2.13
(executorch 1.4) and 2.15 (executorch 1.5) run by each other's runtime, an operator outside Core
ATen named as the format's limitation, an environment without executorch (the test environment,
torch 2.4), and files the runtime must not be handed. Nothing is mocked.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Callable

import pytest
from conftest import ROOT, run_harness, tox_env_python

from harness.model.spec import LayerSpec, ModelSpec

pytestmark = pytest.mark.crossversion

FORMATS = ("executorch", "executorch-xnnpack")
LINEAR = LayerSpec("linear", {"out_features": 6, "bias": True})
MLP = ModelSpec(input_layout="vec", input_shape=(4,), layers=(LINEAR, LayerSpec("relu"), LINEAR))
#: adaptive max pooling lowers to aten.adaptive_max_pool2d, which is not Core ATen
POOLED = ModelSpec(input_layout="img", input_shape=(2, 6, 6),
                   layers=(LayerSpec("adaptive_maxpool", {"size": [3, 3]}), LayerSpec("flatten"), LINEAR))
NAMES = {MLP.id: "mlp", POOLED.id: "pooled"}
RELEASES = {"torch213": ("2.13", "1.4."), "torch215": ("2.15", "1.5.")}


def _records(path: Path) -> dict[tuple[str, str, str], dict]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return {(NAMES[r["case"]], r["format"], r["check"]): r for r in rows}


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("executorch")
    specs = root / "specs.jsonl"
    specs.write_text("".join(json.dumps(spec.to_json()) + "\n" for spec in (MLP, POOLED)))
    for release in RELEASES:
        run_harness(tox_env_python(release), "save", "--out", str(root / release), "--specs", str(specs),
                    *(arg for fmt in FORMATS for arg in ("--format", fmt)), "--workers", "1", "--quiet", cwd=ROOT)
    return root


def _verify(saved: Path, saver: str, loader: Path | str, directory: Path | None = None) -> dict:
    name = loader if isinstance(loader, str) else "here"
    results = saved / f"{saver}-by-{name}{'-' + directory.name if directory else ''}.jsonl"
    if not results.exists():
        python = tox_env_python(loader) if isinstance(loader, str) else loader
        run_harness(python, "verify", str(directory or saved / saver), "--results", str(results),
                    "--workers", "1", cwd=ROOT)
    return _records(results)


@pytest.mark.parametrize(("saver", "loader"), [("torch213", "torch213"), ("torch213", "torch215"),
                                               ("torch215", "torch213"), ("torch215", "torch215")])
def test_a_program_runs_in_its_release_and_the_other_without_consent(saved: Path, saver: str, loader: str) -> None:
    records = _verify(saved, saver, loader)  # no --trust-* flag: the runtime runs no Python from the file
    manifest = json.loads((saved / saver / "manifest.json").read_text())
    mlp = next(case for case in manifest["cases"] if case["id"] == MLP.id)
    for fmt in FORMATS:
        written = mlp["formats"][fmt]
        assert written["status"] == "saved" and written["executorch"].startswith(RELEASES[saver][1]), written
        assert written["lowering"] == ("xnnpack" if fmt.endswith("xnnpack") else "portable")
        output = records[("mlp", fmt, "output")]
        assert output["loaded"]["torch"].startswith(RELEASES[loader][0])
        assert output["status"] == "pass", output["message"]
        assert output["message"] == "matches reference, per-dtype tolerance"  # other kernels: never bit-exact owed
        assert output["max_abs_diff"] is not None and output["max_abs_diff"] < 1e-5
        resume = records[("mlp", fmt, "resume")]
        assert resume["status"] == "unsupported" and resume["message"].startswith("inference-only format")


def test_an_operator_outside_core_aten_is_the_formats_named_limitation(saved: Path) -> None:
    manifest = json.loads((saved / "torch215" / "manifest.json").read_text())
    pooled = next(case for case in manifest["cases"] if case["id"] == POOLED.id)
    for fmt in FORMATS:
        written = pooled["formats"][fmt]
        assert written["status"] == "unsupported" and written["limitation"] == "executorch_operator", written
        assert "aten.adaptive_max_pool2d" in written["message"] and "Core ATen" in written["message"]
    records = _verify(saved, "torch215", "torch215")
    for fmt in FORMATS:
        r = records[("pooled", fmt, "output")]
        assert r["status"] == "unsupported" and r["limitation"] == "executorch_operator", r


def test_an_environment_without_executorch_says_so_on_both_sides(saved: Path, this_python: str,
                                                                  tmp_path: Path) -> None:
    reason = "executorch is not installed in this environment"
    records = _verify(saved, "torch213", Path(this_python))  # the test environment: torch 2.4, no executorch
    for fmt in FORMATS:
        r = records[("mlp", fmt, "output")]
        assert r["status"] == "unsupported" and reason in r["message"] and r["loaded"]["torch"].startswith("2.4.")
    specs = saved / "specs.jsonl"
    run_harness(this_python, "save", "--out", str(tmp_path / "a"), "--specs", str(specs), "--format", FORMATS[0],
                "--workers", "1", "--quiet", cwd=ROOT)
    manifest = json.loads((tmp_path / "a" / "manifest.json").read_text())
    assert all(reason in case["formats"][FORMATS[0]]["message"] for case in manifest["cases"])


def _tampered(saved: Path, name: str, fmt: str, content: bytes | Callable[[bytes], bytes]) -> tuple[Path, Path]:
    """torch 2.15's artifacts with one program replaced and checksummed as it is (so it is not
    ``corrupt``: what reaches the runtime is this file)."""
    damaged = saved / name
    shutil.copytree(saved / "torch215", damaged)
    program = damaged / "cases" / MLP.id / fmt / "model.pte"
    program.write_bytes(content(program.read_bytes()) if callable(content) else content)
    manifest = json.loads((damaged / "manifest.json").read_text())
    manifest["checksums"][program.relative_to(damaged).as_posix()] = hashlib.sha256(program.read_bytes()).hexdigest()
    (damaged / "manifest.json").write_text(json.dumps(manifest))
    return damaged, program


def test_a_file_that_is_no_program_is_refused_before_the_runtime_parses_it(saved: Path) -> None:
    zipped = (ROOT / "fixtures" / "torch24" / "manifest.json").read_bytes()[:64]  # any other file's bytes
    damaged, program = _tampered(saved, "not-a-program", "executorch", zipped)
    r = _verify(saved, "torch215", "torch215", directory=damaged)[("mlp", "executorch", "output")]
    assert r["status"] == "load_error", r
    assert str(program) in r["message"] and "not an ExecuTorch program" in r["message"]
    assert "executorch 1.5." in r["message"] and "export the model again" in r["message"]


def test_a_program_cut_short_is_a_load_error_with_the_runtimes_words(saved: Path) -> None:
    damaged, program = _tampered(saved, "cut-short", "executorch-xnnpack", lambda data: data[: len(data) // 2])
    r = _verify(saved, "torch215", "torch215", directory=damaged)[("mlp", "executorch-xnnpack", "output")]
    assert r["status"] == "load_error", r
    assert str(program) in r["message"] and "the runtime refused it" in r["message"]
    assert "(InvalidProgram)" in r["message"], r["message"]  # error 0x23, named from executorch's error.h


def test_a_newer_program_in_an_older_runtime_is_not_refused_and_its_wrong_numbers_are_a_mismatch(
        saved: Path) -> None:
    """Nothing in a .pte says which executorch wrote it, and no runtime refuses a newer program
    for its version (measured): executorch 0.5 (torch 2.6's) runs 1.5's portable MLP right and its
    XNNPACK MLP silently wrong — the verdict comes from running it, never from versions."""
    records = _verify(saved, "torch215", "torch26")
    portable, delegated = (records[("mlp", fmt, "output")] for fmt in FORMATS)
    assert portable["loaded"]["torch"].startswith("2.6.")
    assert portable["status"] == "pass", portable["message"]
    assert delegated["status"] == "mismatch", delegated["message"]
    assert delegated["message"].startswith("output: beyond torch.float32 tolerance")
