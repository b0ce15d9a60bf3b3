"""``aoti-package`` on real torch releases: packages compiled by 2.13 and 2.15 and loaded by each
other, 2.6's refusal of them, 2.4 (no API), consent, the sample, and a damaged package.

Compiling costs ~15-60 s a model here, so two packages are compiled in all (one by 2.13, one by
2.15); the second model of each save is left out of the sample on purpose. Nothing is mocked.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from fractions import Fraction
from pathlib import Path

import pytest
from conftest import ROOT, run_harness, tox_env_python

from harness.errors import HarnessError
from harness.formats import FORMATS
from harness.formats.aoti_package import in_sample, sample_share
from harness.model.cases import spec_case
from harness.model.spec import LayerSpec, ModelSpec
from harness.save.pipeline import save_all

pytestmark = pytest.mark.crossversion

FORMAT = "aoti-package"
LINEAR = LayerSpec("linear", {"out_features": 6, "bias": True})
TWO = (ModelSpec(input_layout="vec", input_shape=(4,), layers=(LINEAR, LayerSpec("relu"), LINEAR)),
       ModelSpec(input_layout="vec", input_shape=(5,), layers=(LINEAR, LayerSpec("tanh"))))
RELEASES = {"torch213": "2.13", "torch215": "2.15", "torch26": "2.6.", "torch24": "2.4."}
NOT_SAMPLED = f"not in this run's {FORMAT} sample"


def _place(case_id: str) -> Fraction:
    digest = hashlib.sha256(f"{FORMAT}:{case_id}".encode()).digest()
    return Fraction(int.from_bytes(digest[:8], "big"), 1 << 64)


#: the model compiled (the lower hash place) and the one the share leaves out
SAMPLED, LEFT_OUT = sorted(TWO, key=lambda spec: _place(spec.id))
SHARE = (_place(SAMPLED.id) + _place(LEFT_OUT.id)) / 2
NAMES = {SAMPLED.id: "sampled", LEFT_OUT.id: "left_out"}


def _records(path: Path) -> dict[tuple[str, str], dict]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    assert all(r["format"] == FORMAT for r in rows)
    return {(NAMES[r["case"]], r["check"]): r for r in rows}


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two models saved by 2.13 and 2.15 (one package compiled by each) and by 2.6."""
    root = tmp_path_factory.mktemp("aoti")
    specs = root / "specs.jsonl"
    specs.write_text("".join(json.dumps(spec.to_json()) + "\n" for spec in TWO))
    env = {**os.environ, "HARNESS_AOTI_SAMPLE": str(SHARE)}
    for release in ("torch213", "torch215", "torch26"):
        run_harness(tox_env_python(release), "save", "--out", str(root / release), "--specs", str(specs),
                    "--format", FORMAT, "--workers", "1", "--quiet", env=env, cwd=ROOT)
    return root


def _verify(saved: Path, saver: str, loader: str, *flags: str, directory: Path | None = None) -> dict:
    """The records of ``loader``'s verify of what ``saver`` saved (each pair and flags once)."""
    results = saved / f"{saver}-by-{loader}{''.join(flags)}{'-' + directory.name if directory else ''}.jsonl"
    if not results.exists():
        run_harness(tox_env_python(loader), "verify", str(directory or saved / saver), "--results", str(results),
                    "--workers", "1", *flags, cwd=ROOT)
    return _records(results)


@pytest.mark.parametrize(("saver", "loader"), [("torch213", "torch213"), ("torch213", "torch215"),
                                               ("torch215", "torch213"), ("torch215", "torch215")])
def test_a_package_loads_and_matches_in_its_release_and_the_other(saved: Path, saver: str, loader: str) -> None:
    records = _verify(saved, saver, loader, "--trust-code")
    assert {r["saved"]["torch"][:4] for r in records.values()} == {RELEASES[saver]}
    assert {r["loaded"]["torch"][:4] for r in records.values()} == {RELEASES[loader]}
    output = records[("sampled", "output")]
    assert output["status"] == "pass", output["message"]
    assert output["message"] == "matches reference, per-dtype tolerance"  # compiled code: never bit-exact owed
    assert output["max_abs_diff"] is not None and output["max_abs_diff"] < 1e-5
    unified = records[("sampled", "load_pt2")]
    assert unified["status"] == "pass" and "bit for bit" in unified["message"], unified["message"]
    resume = records[("sampled", "resume")]
    assert resume["status"] == "unsupported" and resume["message"].startswith("inference-only format")


def test_a_case_outside_the_sample_is_unsupported_never_pass(saved: Path) -> None:
    manifest = json.loads((saved / "torch213" / "manifest.json").read_text())
    saves = {NAMES[case["id"]]: case["formats"][FORMAT] for case in manifest["cases"]}
    assert saves["sampled"]["status"] == "saved" and saves["sampled"]["sample"] == str(SHARE)
    assert saves["left_out"]["status"] == "unsupported" and saves["left_out"]["files"] == []
    assert NOT_SAMPLED in saves["left_out"]["message"] and f"HARNESS_AOTI_SAMPLE={SHARE}" in saves["left_out"]["message"]
    records = _verify(saved, "torch213", "torch213", "--trust-code")
    for check in ("output", "load_pt2"):
        r = records[("left_out", check)]
        assert r["status"] == "unsupported" and NOT_SAMPLED in r["message"] and r["claimed"], (check, r)


def test_the_sample_is_deterministic_nested_and_validated() -> None:
    ids = [f"case{i}" for i in range(400)]
    eighth, quarter = ([i for i in ids if in_sample(i, sample_share(s))] for s in ("1/8", "0.25"))
    assert set(eighth) < set(quarter) and 25 <= len(eighth) <= 75  # a share, not a count
    assert all(in_sample(i, sample_share("all")) for i in ids) and not any(in_sample(i, sample_share("none")) for i in ids)
    with pytest.raises(HarnessError, match="HARNESS_AOTI_SAMPLE='2'"):
        sample_share("2")


def test_without_consent_nothing_is_loaded(saved: Path) -> None:
    records = _verify(saved, "torch213", "torch213")  # no --trust-code
    for check in ("output", "load_pt2"):
        r = records[("sampled", check)]
        assert r["status"] == "unsupported" and "pass --trust-code" in r["message"], r
        assert "AOTInductor package" in r["message"] and r["max_abs_diff"] is None


def test_torch26_refuses_the_newer_archive_layout(saved: Path) -> None:
    """Measured: 2.6's loader finds no shared library in a 2.13 package (the PT2 archive nests every
    file under one folder)."""
    records = _verify(saved, "torch213", "torch26", "--trust-code")
    output = records[("sampled", "output")]
    assert output["status"] == "load_error", output["message"]
    assert "No AOTInductor generate cpp file or so file found" in output["message"]  # torch's own words
    for said in (FORMAT, "loaded by torch 2.6", "one top-level folder", "load it with torch 2.13 or later",
                 "aoti_compile_and_package"):
        assert said in output["message"], said
    unified = records[("sampled", "load_pt2")]
    assert unified["status"] == "unsupported" and "has no torch.export.pt2_archive load_pt2" in unified["message"]


def test_a_torch26_package_loads_in_213_through_the_fallback_and_load_pt2_refuses_it(saved: Path) -> None:
    """2.6 compiles (its row installs setuptools<81, which the compile imports and executorch 0.5
    needs too) and writes its files at the zip's root: 2.13's aoti_load_package reads that layout
    through its fallback for outdated packages; the unified loader does not."""
    manifest = json.loads((saved / "torch26" / "manifest.json").read_text())
    saves = {NAMES[case["id"]]: case["formats"][FORMAT] for case in manifest["cases"]}
    assert saves["sampled"]["status"] == "saved", saves["sampled"]
    assert saves["sampled"]["archive"] == "torch._inductor.package"
    records = _verify(saved, "torch26", "torch213", "--trust-code")
    output = records[("sampled", "output")]
    assert output["status"] == "pass", output["message"]
    unified = records[("sampled", "load_pt2")]
    assert unified["status"] == "load_error", unified["message"]
    assert "the layout torch 2.6 wrote" in unified["message"], unified["message"]


def test_torch24_has_no_aoti_packages_on_either_side(saved: Path, tmp_path: Path) -> None:
    reason = "has no torch._inductor.aoti_load_package"
    manifest = save_all(tmp_path / "a", [spec_case(SAMPLED)], formats=[FORMAT])  # this interpreter: 2.4
    record = manifest["cases"][0]["formats"][FORMAT]
    assert record["status"] == "unsupported" and reason in record["message"], record
    assert FORMATS.get(FORMAT).loadable() is not None
    records = _verify(saved, "torch213", "torch24", "--trust-code")
    for check in ("output", "load_pt2"):
        r = records[("sampled", check)]
        assert r["status"] == "unsupported" and reason in r["message"] and r["loaded"]["torch"].startswith("2.4.")


def test_a_damaged_package_is_a_load_error(saved: Path, tmp_path: Path) -> None:
    """A package cut short (checksummed as it is, so it is not ``corrupt``): the load fails with
    torch's words, the file, the format and the fix — never a pass, never a crash."""
    damaged = tmp_path / "damaged"
    shutil.copytree(saved / "torch213", damaged)
    package = damaged / "cases" / SAMPLED.id / FORMAT / "model.pt2"
    package.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    manifest = json.loads((damaged / "manifest.json").read_text())
    manifest["checksums"][package.relative_to(damaged).as_posix()] = hashlib.sha256(package.read_bytes()).hexdigest()
    (damaged / "manifest.json").write_text(json.dumps(manifest))
    records = _verify(saved, "torch213", "torch213", "--trust-code", directory=damaged)
    for check in ("output", "load_pt2"):
        r = records[("sampled", check)]
        assert r["status"] == "load_error", (check, r["status"], r["message"])
        assert str(package) in r["message"] and "no readable zip" in r["message"] and "compile it again" in r["message"]


def test_a_team_models_package_whose_output_is_its_librarys_type_loads_where_the_library_is_imported(
        tmp_path: Path) -> None:
    """A package's output spec names the pytree type the model returned (transformers'
    ``ModelOutput`` classes; here ``pytree_library.Pair``, registered when that module is
    imported, which the factory does). The verifying worker runs the factory before loading, as
    the deploying process's code would: without that, the load failed "Deserializing
    pytree_library.Pair in pytree is not registered" whenever no other format had imported it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests" / "plugins"), "HARNESS_AOTI_SAMPLE": "all"}
    run_harness(tox_env_python("torch213"), "save", "--out", str(tmp_path / "a"), "--model",
                "pytree_outputs:paired", "--format", FORMAT, "--workers", "1", "--quiet", env=env, cwd=ROOT)
    results = tmp_path / "r.jsonl"
    run_harness(tox_env_python("torch215"), "verify", str(tmp_path / "a"), "--results", str(results),
                "--workers", "1", "--trust-code", env=env, cwd=ROOT)
    records = {r["check"]: r for r in map(json.loads, results.read_text().splitlines())}
    assert records["output"]["loaded"]["torch"].startswith("2.15")
    assert records["output"]["status"] == "pass", records["output"]["message"]
    assert records["load_pt2"]["status"] == "pass", records["load_pt2"]["message"]
