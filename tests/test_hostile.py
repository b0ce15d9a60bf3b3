"""Artifact directories are untrusted input (docs/reference/threat-model.md).

Each test crafts one attack on a small real artifact directory and asserts what harness
promises: no code from the directory runs without consent, nothing outside it is read,
every verdict comes from loading, and every malformed input is one line (exit 2) or a
named cell — never a traceback, never a ``pass``.
"""

from __future__ import annotations

import fcntl
import io
import json
import os
import pickle
import shutil
import sys
import zipfile
from pathlib import Path

import pytest
import torch
from conftest import ROOT, run_harness

from harness.artifacts.manifest import MANIFEST, ArtifactDirError, read_manifest, sha256
from harness.model.cases import spec_case
from harness.model.spec import LayerSpec, ModelSpec
from harness.options import RunOptions
from harness.save.pipeline import save_all
from harness.verify.pipeline import verify_dir

#: One linear layer, trained with the default recipe: every format saves it, and doubling its
#: weight and bias doubles its output (the consistent substitution below).
SPEC = ModelSpec(input_layout="vec", input_shape=(4,),
                 layers=(LayerSpec("linear", {"out_features": 2, "bias": True}),))
FILES = {"pickle": "model.pt", "state_dict": "state_dict.pt", "checkpoint": "checkpoint.pt"}


class RunsACommand:
    """Unpickling this runs ``touch MARKER`` (what an attacker's file would do)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("saved") / "artifacts"
    save_all(out, [spec_case(SPEC)])
    return out


@pytest.fixture
def art(saved: Path, tmp_path: Path) -> Path:
    """A fresh copy of the saved directory for one attack."""
    return Path(shutil.copytree(saved, tmp_path / "artifacts"))


def manifest_of(directory: Path) -> dict:
    return json.loads((directory / MANIFEST).read_text())


def write_manifest(directory: Path, manifest: object) -> None:
    (directory / MANIFEST).write_text(json.dumps(manifest))


def file_of(directory: Path, fmt: str, name: str | None = None) -> Path:
    return directory / "cases" / SPEC.id / fmt / (name or FILES.get(fmt, "model.pt"))


def rechecksum(directory: Path, *paths: Path) -> None:
    """What an attacker who edits files does next: write checksums that match them."""
    manifest = manifest_of(directory)
    for path in paths:
        manifest["checksums"][path.relative_to(directory).as_posix()] = sha256(path)
    write_manifest(directory, manifest)


def by_cell(records) -> dict:
    return {(r.format, r.check): r for r in records}


def verify_cli(directory: Path, tmp_path: Path, *flags: str, **kw) -> tuple:
    results = tmp_path / f"r{len(list(tmp_path.glob('r*.jsonl')))}.jsonl"
    done = run_harness(kw.pop("python", sys.executable), "verify", str(directory), "--results", str(results),
                       "--workers", "1", "--quiet", *flags, check=False, **kw)
    assert "Traceback" not in done.stderr, done.stderr
    records = [json.loads(line) for line in results.read_text().splitlines()] if results.exists() else []
    return done, {(r["format"], r["check"]): r for r in records}


def one_line_error(done, *words: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in lines[0], lines[0]


# 1. A verdict read from the manifest --------------------------------------------------------

def test_a_status_written_into_the_manifest_is_never_a_verdict(art: Path, tmp_path: Path) -> None:
    manifest = manifest_of(art)
    for fmt, saved in manifest["cases"][0]["formats"].items():
        saved["status"] = "pass"
        for name in saved["files"]:
            (art / name).write_bytes(b"garbage")
    write_manifest(art, manifest)
    records = list(verify_dir(art, RunOptions(trust_pickles=True, trust_code=True)))
    assert records and not [r for r in records if r.status == "pass"]
    assert all(r.status == "corrupt" and "no saving side writes" in r.message for r in records if r.check == "output")
    results = tmp_path / "r.jsonl"
    results.write_text("".join(json.dumps(r.to_json()) + "\n" for r in records))
    (tmp_path / "baseline.toml").write_text("schema = 1\n")
    gate = run_harness(sys.executable, "gate", str(results), "--baseline", str(tmp_path / "baseline.toml"),
                       check=False)
    assert gate.returncode == 1 and "gate FAIL" in gate.stderr


def test_what_the_saving_side_reported_is_recorded_as_its_claim(art: Path) -> None:
    manifest = manifest_of(art)
    manifest["cases"][0]["formats"]["state_dict"].update(status="save_error", message="RuntimeError: boom", files=[])
    write_manifest(art, manifest)
    cells = by_cell(verify_dir(art, RunOptions(trust_pickles=True, trust_code=True)))
    assert cells[("state_dict", "output")].status == "save_error"
    assert cells[("state_dict", "output")].claimed and cells[("state_dict", "output")].stage == "save"
    assert not cells[("checkpoint", "output")].claimed and cells[("checkpoint", "output")].status == "pass"


def test_a_manifest_that_claims_everything_unsupported_is_said_to_be_claims(art: Path, tmp_path: Path) -> None:
    """Nothing fails, but nothing was loaded either: the gate and the reports say the verdicts
    are the saving side's claims instead of reading as a quiet, green run."""
    manifest = manifest_of(art)
    for case in manifest["cases"]:
        for saved in case["formats"].values():
            saved.update(status="unsupported", message="the format cannot express this model", files=[])
    write_manifest(art, manifest)
    records = list(verify_dir(art, RunOptions(trust_pickles=True, trust_code=True)))
    claimed = [r for r in records if r.claimed]
    assert claimed and all(r.status == "unsupported" for r in claimed)
    results = tmp_path / "r.jsonl"
    results.write_text("".join(json.dumps(r.to_json()) + "\n" for r in records))
    (tmp_path / "baseline.toml").write_text("schema = 1\n")
    gate = run_harness(sys.executable, "gate", str(results), "--baseline", str(tmp_path / "baseline.toml"),
                       check=False)
    assert f"CLAIMED  {len(claimed)} of these verdicts are the saving side's own claims" in gate.stdout
    run_harness(sys.executable, "report", str(results), "--out", str(tmp_path / "out"))
    assert f"{len(claimed)} of these verdicts are the saving side's own claims" in (
        tmp_path / "out" / "compat.md").read_text()
    summary = json.loads((tmp_path / "out" / "compat.json").read_text())["summary"]
    assert summary["claimed"] == {"unsupported": len(claimed)}


def test_a_full_disk_during_verify_is_one_line_and_keeps_what_was_written(art: Path, tmp_path: Path) -> None:
    import resource
    import signal
    import subprocess

    def small_files() -> None:  # the results file may not grow past 2 KB: as a full disk, EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))

    results = tmp_path / "r.jsonl"
    done = subprocess.run([sys.executable, "-m", "harness", "verify", str(art), "--results", str(results)],
                          capture_output=True, text=True, cwd=ROOT, preexec_fn=small_files)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr[-3000:]
    assert f"cannot append to {results}" in done.stderr and "run verify again" in done.stderr
    for line in results.read_text().splitlines():  # what was written is whole records
        json.loads(line)


# 2. Code execution through a factory source ---------------------------------------------------

EVIL_FACTORY = """
from pathlib import Path
Path({marker!r}).write_text("ran")
def make():
    raise SystemExit("never")
"""


@pytest.mark.parametrize("on_path", [False, True], ids=["cwd", "cwd-on-PYTHONPATH"])
def test_a_factory_module_inside_the_artifact_directory_never_runs(art: Path, tmp_path: Path,
                                                                   on_path: bool) -> None:
    """The example workflow's layout: ``verify artifacts/*`` from the checkout, a manifest that
    names ``artifacts.<env>.cases.evil:make`` (a folder without __init__.py imports as a
    namespace package)."""
    work = tmp_path / "work"
    directory = Path(shutil.move(str(art), work / "artifacts" / "torch24"))
    marker = tmp_path / "RAN"
    (directory / "cases" / "evil.py").write_text(EVIL_FACTORY.format(marker=str(marker)))
    manifest = manifest_of(directory)
    manifest["cases"][0]["source"] = {"kind": "factory", "factory": "artifacts.torch24.cases.evil:make"}
    write_manifest(directory, manifest)
    env = dict(os.environ, PYTHONPATH=str(work)) if on_path else None
    done, cells = verify_cli(Path("artifacts/torch24"), tmp_path, cwd=work, env=env)
    assert done.returncode == 0 and not marker.exists()
    assert "--trust-code" in cells[("state_dict", "output")]["message"]
    done, cells = verify_cli(Path("artifacts/torch24"), tmp_path, "--trust-code", "--trust-pickles", cwd=work,
                             env=env)
    assert done.returncode == 0 and not marker.exists(), "a module from the artifact directory ran"
    for fmt in ("state_dict", "checkpoint", "safetensors"):  # they rebuild the model from its factory
        assert cells[(fmt, "output")]["status"] != "pass", cells[(fmt, "output")]
    if on_path:
        assert "inside the artifact directory" in cells[("state_dict", "output")]["message"]
        # a program needs no code, but its load runs the factory first (its outputs' library types)
        assert "inside the artifact directory" in cells[("export", "output")]["message"]


# 3. A TorchScript program that writes a file --------------------------------------------------

class WritesAFile(torch.nn.Module):
    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        written = torch.from_file(self.path, shared=True, size=4, dtype=torch.uint8)
        written.fill_(65)
        return x[:, :2] * 0.0 + written.float().sum()  # used, or the JIT drops the call


def test_a_torchscript_program_runs_only_with_trust_code(art: Path, tmp_path: Path) -> None:
    target = tmp_path / "WRITTEN"
    path = file_of(art, "torchscript-script")
    torch.jit.save(torch.jit.script(WritesAFile(str(target))), str(path))
    rechecksum(art, path)
    cell = by_cell(verify_dir(art, RunOptions(trust_pickles=True)))[("torchscript-script", "output")]
    assert cell.status == "unsupported" and "--trust-code" in cell.message
    assert not target.exists(), "a TorchScript program ran without --trust-code"
    # with consent it is run, as the user asked (and its outputs do not match)
    cell = by_cell(verify_dir(art, RunOptions(trust_pickles=True, trust_code=True)))[("torchscript-script", "output")]
    assert target.exists() and cell.status == "mismatch", cell


# 4. torch.export unpickles without consent ----------------------------------------------------

def poison_export(path: Path, marker: Path) -> None:
    """Every entry of a .pt2 that a torch.export.load passes to torch.load or pickle.loads,
    replaced by a pickle that runs a command."""
    buffer = io.BytesIO()
    torch.save(RunsACommand(marker), buffer, pickle_protocol=pickle.DEFAULT_PROTOCOL)
    with zipfile.ZipFile(path) as archive:
        items = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w") as archive:
        for info, data in items:
            name = info.filename
            if name.endswith(".pt") or "state_dict" in name or ("constants" in name and not name.endswith(".json")):
                data = buffer.getvalue()
            archive.writestr(info, data)


@pytest.mark.parametrize("saver,loader", [("this_python", "this_python"), ("other_python", "other_python"),
                                          ("torch26_python", "torch26_python"),
                                          ("torch26_python", "newest_python")])
def test_a_torch_export_program_unpickles_nothing_without_trust_pickles(tmp_path: Path, request, saver: str,
                                                                        loader: str) -> None:
    """torch 2.1–2.4 read a .pt2's weights with a plain torch.load, 2.6 with weights_only=False,
    the newest falls back to it for older archives: consent is enforced on what the loader calls."""
    saving, loading = request.getfixturevalue(saver), request.getfixturevalue(loader)
    specs = tmp_path / "specs.jsonl"
    specs.write_text(SPEC.canonical() + "\n")
    out = tmp_path / "a"
    run_harness(saving, "save", "--out", str(out), "--specs", str(specs), "--format", "export", "--quiet")
    marker = tmp_path / "PWNED"
    path = file_of(out, "export", "model.pt2")
    poison_export(path, marker)
    rechecksum(out, path)
    done, cells = verify_cli(out, tmp_path, "--trust-code", python=loading)
    assert done.returncode == 0, done.stderr
    assert not marker.exists(), f"torch.export.load in {loader} unpickled without --trust-pickles"
    cell = cells[("export", "output")]
    assert cell["status"] != "pass", cell
    if cell["status"] == "unsupported":
        assert "--trust-pickles" in cell["message"]


def test_export_is_code_and_needs_trust_code(art: Path) -> None:
    cell = by_cell(verify_dir(art, RunOptions(trust_pickles=True)))[("export", "output")]
    assert cell.status == "unsupported" and "--trust-code" in cell.message
    trusted = RunOptions(trust_pickles=True, trust_code=True)
    assert by_cell(verify_dir(art, trusted))[("export", "output")].status == "pass"


def test_pickles_still_need_trust_pickles(art: Path, tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    paths = []
    for fmt, name in FILES.items():
        torch.save(RunsACommand(marker), file_of(art, fmt, name), pickle_protocol=pickle.DEFAULT_PROTOCOL)
        paths.append(file_of(art, fmt, name))
    rechecksum(art, *paths)
    done, cells = verify_cli(art, tmp_path, "--trust-code")
    assert not marker.exists(), "verify ran code from an artifact without --trust-pickles"
    assert cells[("pickle", "output")]["status"] == "unsupported"
    assert "--trust-pickles" in cells[("pickle", "output")]["message"]
    for fmt in ("state_dict", "checkpoint"):  # weights_only=True refuses the object
        record = cells[(fmt, "output")]
        assert record["status"] in ("load_error", "unsupported") and "weights_only" in record["message"], record
    assert all(r["status"] != "pass" for (fmt, _), r in cells.items() if fmt in FILES)
    run_harness(sys.executable, "verify", str(art), "--results", str(tmp_path / "t.jsonl"), "--trust-pickles")
    assert marker.exists(), "the crafted pickle did not run even with consent: this test proves nothing"


# 6. Reads outside the directory ---------------------------------------------------------------

def _case(m):
    return m["cases"][0]


OUTSIDE = {
    "a case id with ../": lambda m: _case(m).update(id="../../escape"),
    "an absolute file name": lambda m: _case(m)["formats"]["state_dict"].update(files=["/etc/passwd"]),
    "a file name with ..": lambda m: _case(m)["formats"]["state_dict"].update(
        files=[f"cases/{SPEC.id}/state_dict/../../../../etc/passwd"]),
    "inputs outside": lambda m: _case(m).update(inputs="/etc/passwd"),
    "reference of another case": lambda m: _case(m).update(reference="cases/other/reference.safetensors"),
    "resume tensors outside": lambda m: _case(m)["resume"].update(tensors="../resume.safetensors"),
    "a format name with /": lambda m: _case(m)["formats"].update({"x/../../y": {"status": "saved", "files": []}}),
}


@pytest.mark.parametrize("attack", list(OUTSIDE))
def test_names_from_the_manifest_never_leave_the_directory(art: Path, tmp_path: Path, attack: str) -> None:
    manifest = manifest_of(art)
    OUTSIDE[attack](manifest)
    write_manifest(art, manifest)
    with pytest.raises(ArtifactDirError):
        read_manifest(art)
    done, _ = verify_cli(art, tmp_path)
    one_line_error(done, str(art / MANIFEST))


def test_a_symbolic_link_inside_the_directory_is_never_followed(art: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.pt"
    path = file_of(art, "state_dict")
    shutil.copy(path, outside)  # same bytes: the checksum would match
    path.unlink()
    path.symlink_to(outside)
    folder = art / "cases" / SPEC.id / "safetensors"
    shutil.move(str(folder), tmp_path / "elsewhere")
    folder.symlink_to(tmp_path / "elsewhere")
    cells = by_cell(verify_dir(art, RunOptions(trust_pickles=True, trust_code=True)))
    for fmt in ("state_dict", "safetensors"):
        assert cells[(fmt, "output")].status == "corrupt" and "symbolic link" in cells[(fmt, "output")].message
    assert cells[("checkpoint", "output")].status == "pass"


def test_a_file_the_manifest_does_not_list_is_corrupt(art: Path) -> None:
    (file_of(art, "onnx", "model.onnx.data")).write_bytes(b"\0" * 64)
    cell = by_cell(verify_dir(art, RunOptions(trust_pickles=True, trust_code=True)))[("onnx", "output")]
    assert cell.status == "corrupt" and "not in the manifest" in cell.message


def test_onnx_external_data_outside_its_folder_is_refused(art: Path, tmp_path: Path) -> None:
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    secret = art / "cases" / SPEC.id / "secret.bin"  # inside the directory, outside the format's folder
    secret.write_bytes(np.arange(8, dtype=np.float32).tobytes())
    weight = numpy_helper.from_array(np.ones((4, 2), np.float32), "W")
    weight.ClearField("raw_data")
    weight.data_location = TensorProto.EXTERNAL
    for key, value in (("location", "../secret.bin"), ("offset", "0"), ("length", "32")):
        entry = weight.external_data.add()
        entry.key, entry.value = key, value
    graph = helper.make_graph([helper.make_node("MatMul", ["x", "W"], ["y"])], "g",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 4])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 2])], [weight])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    path = file_of(art, "onnx", "model.onnx")
    onnx.save(model, str(path))
    rechecksum(art, path)
    cell = by_cell(verify_dir(art))[("onnx", "output")]
    assert cell.status == "load_error" and "not a file beside the model" in cell.message


# 7. Duplicate case ids ------------------------------------------------------------------------

def test_duplicate_case_ids_are_refused(art: Path, tmp_path: Path) -> None:
    manifest = manifest_of(art)
    manifest["cases"].append(dict(manifest["cases"][0]))
    write_manifest(art, manifest)
    done, _ = verify_cli(art, tmp_path)
    one_line_error(done, "appears twice")


# 8. Results durability ------------------------------------------------------------------------

def test_a_results_file_cut_mid_line_loses_and_duplicates_nothing(art: Path, tmp_path: Path) -> None:
    flags = ("--trust-pickles", "--trust-code")
    full = tmp_path / "full.jsonl"
    run_harness(sys.executable, "verify", str(art), "--results", str(full), "--workers", "1", "--quiet", *flags)
    lines = full.read_text().splitlines(keepends=True)
    # cut inside the second record of a two-check format: its first check is complete
    second = next(i for i, line in enumerate(lines) if json.loads(line)["format"] == "state_dict"
                  and json.loads(line)["check"] == "resume")
    cut = tmp_path / "cut.jsonl"
    cut.write_text("".join(lines[:second]) + lines[second][: len(lines[second]) // 2])
    run_harness(sys.executable, "verify", str(art), "--results", str(cut), "--workers", "1", "--quiet", *flags)
    key = lambda r: (r["case"], r["format"], r["check"])  # noqa: E731
    again = [json.loads(line) for line in cut.read_text().splitlines()]
    assert sorted(map(key, again)) == sorted(key(json.loads(line)) for line in lines)


def test_a_second_verify_on_the_same_results_file_is_refused(art: Path, tmp_path: Path) -> None:
    results = tmp_path / "r.jsonl"
    with open(tmp_path / "r.jsonl.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        held.write("4242")
        held.flush()
        done = run_harness(sys.executable, "verify", str(art), "--results", str(results), check=False)
    one_line_error(done, "another harness verify", str(results))


# 9. The training state a resume check borrows -------------------------------------------------

def test_a_damaged_checkpoint_spoils_the_resume_cells_that_borrow_it(art: Path) -> None:
    path = file_of(art, "checkpoint")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    cells = by_cell(verify_dir(art, RunOptions(trust_pickles=True, trust_code=True)))
    for fmt in ("state_dict", "safetensors", "safetensors-model", "checkpoint"):
        assert cells[(fmt, "resume")].status == "corrupt", cells[(fmt, "resume")]
    assert cells[("state_dict", "output")].status == "pass"


# 11. Consistent tampering: checksums detect damage, a signature detects substitution -----------

def test_a_consistent_substitution_is_caught_only_by_the_signature(art: Path, tmp_path: Path) -> None:
    from safetensors.torch import load_file, save_file

    from harness.artifacts.signing import sign

    key = tmp_path / "key"
    key.write_text("0123456789abcdef0123456789abcdef")
    sign(art, key.read_bytes().strip())
    done, cells = verify_cli(art, tmp_path, "--require-signature", str(key))
    assert done.returncode == 0 and cells[("state_dict", "output")]["status"] == "pass"
    path = file_of(art, "state_dict")
    state = torch.load(path, weights_only=True)
    torch.save({k: v * 2 for k, v in state.items()}, path)
    reference = art / "cases" / SPEC.id / "reference.safetensors"
    save_file({k: v * 2 for k, v in load_file(str(reference)).items()}, str(reference))
    rechecksum(art, path, reference)
    done, cells = verify_cli(art, tmp_path)
    assert cells[("state_dict", "output")]["status"] == "pass", "the substitution was not consistent"
    done, _ = verify_cli(art, tmp_path, "--require-signature", str(key))
    one_line_error(done, "does not match")
    (art / "manifest.sig").unlink()
    done, _ = verify_cli(art, tmp_path, "--require-signature", str(key))
    one_line_error(done, "no manifest.sig")


def test_save_signs_and_verify_requires_it(tmp_path: Path) -> None:
    specs = tmp_path / "specs.jsonl"
    specs.write_text(SPEC.canonical() + "\n")
    env = dict(os.environ, CI_KEY="a key of sixteen bytes or more")
    out = tmp_path / "a"
    run_harness(sys.executable, "save", "--out", str(out), "--specs", str(specs), "--format", "safetensors",
                "--sign", "env:CI_KEY", "--quiet", env=env)
    done, cells = verify_cli(out, tmp_path, "--require-signature", "env:CI_KEY", env=env)
    assert done.returncode == 0 and cells[("safetensors", "output")]["status"] == "pass"
    done, _ = verify_cli(out, tmp_path, "--require-signature", "env:CI_KEY",
                         env=dict(os.environ, CI_KEY="another key of sixteen bytes"))
    one_line_error(done, "does not match")
    done, _ = verify_cli(out, tmp_path, "--require-signature", "env:NOT_SET_ANYWHERE")
    one_line_error(done, "NOT_SET_ANYWHERE")


# Weak before: malformed manifests, bounds ------------------------------------------------------

def _nest(depth: int) -> str:
    return "[" * depth + "]" * depth


MALFORMED = {
    "not JSON": ("{", "unreadable manifest"),
    "a list": ("[]", "not a harness manifest"),
    "deep nesting": (None, "nested too deeply"),
    "cases as an object": (lambda m: m.update(cases={}), "cases must be an array"),
    "checksums as a list": (lambda m: m.update(checksums=[]), "checksums must be an object"),
    "an integer id": (lambda m: _case(m).update(id=7), ".id must be a string"),
    "a case without formats": (lambda m: _case(m).pop("formats"), "lacks 'formats'"),
    "a status that is a number": (lambda m: _case(m)["formats"]["state_dict"].update(status=1), "status"),
    "files as a string": (lambda m: _case(m)["formats"]["state_dict"].update(files="x"), "files must be an array"),
    "an unknown source kind": (lambda m: _case(m)["source"].update(kind="url"), "source.kind"),
    "a factory that is not a reference": (lambda m: _case(m).update(
        source={"kind": "factory", "factory": "os; rm -rf /"}), "PACKAGE.MODULE:FUNCTION"),
    "a width of 10**9": (lambda m: _case(m)["source"]["spec"]["layers"][0]["params"].update(
        out_features=10 ** 9), "beyond this harness's limit"),
    "resume_steps of 10**9": (lambda m: _case(m)["source"]["spec"]["recipe"].update(resume_steps=10 ** 9),
                              "recipe.resume_steps"),
    "an environment that is a list": (lambda m: m.update(environment=[]), "environment must be an object"),
    "a checksum that is not a digest": (lambda m: m["checksums"].update({"x": 5}), "SHA-256"),
}


@pytest.mark.parametrize("attack", list(MALFORMED))
def test_a_malformed_manifest_is_one_line_naming_the_field(art: Path, tmp_path: Path, attack: str) -> None:
    change, words = MALFORMED[attack]
    if change is None:
        (art / MANIFEST).write_text('{"schema": 1, "generator": ' + _nest(100_000) + "}")
    elif isinstance(change, str):
        (art / MANIFEST).write_text(change)
    else:
        manifest = manifest_of(art)
        change(manifest)
        write_manifest(art, manifest)
    done, _ = verify_cli(art, tmp_path)
    one_line_error(done, words, MANIFEST)


def test_unreadable_inputs_are_a_corrupt_cell_and_the_run_goes_on(tmp_path: Path) -> None:
    other = ModelSpec(input_layout="vec", input_shape=(3,),
                      layers=(LayerSpec("linear", {"out_features": 2, "bias": False}),))
    out = tmp_path / "a"
    save_all(out, [spec_case(SPEC), spec_case(other)], formats=["state_dict", "safetensors"])
    inputs = out / "cases" / SPEC.id / "inputs.safetensors"
    inputs.write_bytes(b"\x08\0\0\0\0\0\0\0{}garbage")
    rechecksum(out, inputs)
    done, _ = verify_cli(out, tmp_path)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in next(tmp_path.glob("r*.jsonl")).read_text().splitlines()]
    mine = [r for r in records if r["case"] == SPEC.id]
    assert mine and all(r["status"] == "corrupt" for r in mine if r["check"] == "output"), mine
    theirs = {(r["format"], r["check"]): r["status"] for r in records if r["case"] == other.id}
    assert theirs[("state_dict", "output")] == theirs[("safetensors", "output")] == "pass", theirs


def test_an_archive_that_inflates_is_refused_unread(art: Path) -> None:
    path = file_of(art, "state_dict")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("archive/data.pkl", b"\0" * (64 << 20))
    rechecksum(art, path)
    cell = by_cell(verify_dir(art))[("state_dict", "output")]
    assert cell.status == "load_error" and "zip bomb" in cell.message


SLOW_FACTORY = """
import os, time, torch
class Slow(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = torch.nn.Linear(4, 2)
    def forward(self, x):
        time.sleep(float(os.environ.get("SLOW_SECONDS", "0")))
        return self.linear(x)
def make():
    if os.environ.get("ALLOCATE_GB"):
        torch.ones(int(os.environ["ALLOCATE_GB"]) << 30, dtype=torch.uint8)
    torch.manual_seed(0)
    return Slow(), torch.randn(2, 4)
"""


@pytest.fixture
def factory_artifacts(tmp_path: Path) -> tuple[Path, dict]:
    (tmp_path / "mods").mkdir()
    (tmp_path / "mods" / "slowmod.py").write_text(SLOW_FACTORY)
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "mods"))
    out = tmp_path / "a"
    run_harness(sys.executable, "save", "--out", str(out), "--model", "slowmod:make", "--examples", "0",
                "--format", "state_dict", "--format", "safetensors", "--format", "checkpoint", "--quiet", env=env)
    return out, env


def test_the_deadline_is_for_the_case_not_for_each_worker(factory_artifacts, tmp_path: Path) -> None:
    out, env = factory_artifacts
    done, cells = verify_cli(out, tmp_path, "--trust-code", "--timeout", "2", env=dict(env, SLOW_SECONDS="5"))
    assert done.returncode == 0, done.stderr
    assert {r["status"] for r in cells.values() if r["check"] == "output"} == {"timeout"}
    assert any("before this format was tried" in r["message"] for r in cells.values())


def test_a_worker_has_a_memory_ceiling(factory_artifacts, tmp_path: Path) -> None:
    out, env = factory_artifacts
    done, cells = verify_cli(out, tmp_path, "--trust-code",
                             env=dict(env, ALLOCATE_GB="6", HARNESS_WORKER_MEMORY_MB="3072"))
    assert done.returncode == 0, done.stderr
    cell = cells[("state_dict", "output")]
    assert cell["status"] in ("load_error", "crash") and "allocate" in cell["message"], cell


@pytest.mark.parametrize("args,words", [
    (["save", "--out", "{tmp}/x", "--examples", "-1"], "negative"),
    (["verify", "{art}", "--results", "{tmp}/r.jsonl", "--timeout", "0"], "positive number of seconds"),
    (["verify", "{art}", "--results", "{tmp}"], "is a directory"),
])
def test_bad_arguments_are_one_line(art: Path, tmp_path: Path, args: list[str], words: str) -> None:
    done = run_harness(sys.executable, *[a.format(tmp=tmp_path, art=art) for a in args], check=False)
    assert done.returncode == 2 and "Traceback" not in done.stderr and words in done.stderr, done.stderr
