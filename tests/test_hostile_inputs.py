"""Hostile files, round three: what a user points harness at, or what travelled to it, must
never cost the user their files, slip a line break into a name, sign with a guessable key,
end in a traceback, or stall the gate. Each test runs the real CLI where it can."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, run_harness

from harness.artifacts.signing import SigningError, read_key
from harness.artifacts.untrusted import Untrusted, check_name
from harness.model.spec import LayerSpec, ModelSpec
from harness.results import Record

SPEC = ModelSpec(input_layout="vec", input_shape=(4,), layers=(LayerSpec("linear", {"out_features": 2, "bias": True}),))
SAVED = {"torch": "2.1.2", "python": "3.11.9", "numpy": "1.26.4", "platform": "Linux-6.1-x86_64", "machine": "x86_64"}
LOADED = {"torch": "2.4.1", "python": "3.11.9", "numpy": "2.1.0", "platform": "Linux-6.1-x86_64", "machine": "x86_64"}


def harness(*args: str, **kw: Any) -> subprocess.CompletedProcess:
    return run_harness(sys.executable, *args, cwd=ROOT, check=False, **kw)


def one_line_error(done: subprocess.CompletedProcess, *words: str) -> str:
    """The run failed as a user error: exit status 2, one line on stderr naming ``words``."""
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert all(word in lines[0] for word in words), lines[0]
    return lines[0]


def save(out: Path, *flags: str, **kw: Any) -> subprocess.CompletedProcess:
    specs = out.parent / "specs.jsonl"
    specs.write_text(SPEC.canonical() + "\n")
    return harness("save", "--out", str(out), "--specs", str(specs), "--format", "state_dict",
                   "--workers", "1", "--quiet", *flags, **kw)


def tree(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


# 1. save --out replaces only what it wrote --------------------------------------------------

def test_save_refuses_a_directory_with_someone_elses_manifest(tmp_path: Path) -> None:
    out = tmp_path / "webapp"
    (out / "src").mkdir(parents=True)
    (out / "manifest.json").write_text('{"name": "my web app", "icons": []}\n')
    (out / "src" / "main.js").write_text("console.log('mine')\n")
    before = tree(out)
    one_line_error(save(out), str(out), "not an artifact directory harness wrote", "another --out")
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["specs.jsonl", "webapp"]  # no scratch left behind


def test_save_refuses_an_artifact_directory_holding_files_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "art"
    assert save(out).returncode == 0
    assert save(out, "--force").returncode == 0  # its own directory: replaced as before
    (out / "cases" / "notes.txt").write_text("my notes\n")
    one_line_error(save(out, "--force"), "cases/notes.txt", "does not list")
    assert (out / "cases" / "notes.txt").read_text() == "my notes\n"
    assert (out / "manifest.json").is_file()


def test_save_refuses_a_directory_whose_manifest_is_not_valid(tmp_path: Path) -> None:
    """A manifest.json shaped like harness's but failing validation does not make the folder ours."""
    out = tmp_path / "art"
    out.mkdir()
    (out / "manifest.json").write_text(json.dumps({"schema": 1, "run_id": "x", "environment": {},
                                                   "checksums": {}, "cases": "everything"}))
    (out / "thesis.tex").write_text("\\documentclass{article}\n")
    one_line_error(save(out), "not an artifact directory harness wrote", "cases")
    assert (out / "thesis.tex").is_file()


def test_save_out_a_regular_file_is_refused_up_front(tmp_path: Path) -> None:
    out = tmp_path / "results.txt"
    out.write_text("keep me\n")
    one_line_error(save(out), str(out), "is a file, not a directory")
    assert out.read_text() == "keep me\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.txt", "specs.jsonl"]


# 2. names are matched whole ---------------------------------------------------------------

@pytest.mark.parametrize("name", ["case1\n", "case1\n\n", "state_dict\n"])
def test_a_name_with_a_trailing_newline_is_refused(name: str) -> None:
    with pytest.raises(Untrusted, match="is not a name harness writes"):
        check_name(name, "cases[0].id")


def _manifest(directory: Path, case: dict[str, Any]) -> Path:
    directory.mkdir()
    (directory / "manifest.json").write_text(json.dumps({
        "schema": 1, "run_id": "r", "environment": {"torch": "2.4.1"}, "formats": ["state_dict"],
        "checksums": {}, "cases": [case]}))
    return directory


def test_verify_refuses_a_case_id_with_a_trailing_newline(tmp_path: Path) -> None:
    art = _manifest(tmp_path / "art", {"id": "case1\n", "source": {"kind": "spec", "spec": SPEC.to_json()},
                                       "formats": {}})
    done = harness("verify", str(art), "--results", str(tmp_path / "r.jsonl"), "--workers", "1", "--quiet")
    one_line_error(done, "cases[0].id", "not a name harness writes")


# 3. signing keys of at least 16 bytes from every source -----------------------------------

def test_a_short_signing_key_from_the_environment_is_refused_before_saving(tmp_path: Path) -> None:
    out = tmp_path / "art"
    done = save(out, "--sign", "env:CI_KEY", env=dict(os.environ, CI_KEY="k"))
    one_line_error(done, "env:CI_KEY", "1 bytes", "at least 16")
    assert not out.exists()


@pytest.mark.parametrize("value", ["k", "0123456789abcde", " " * 15 + "k" + "\n"])
def test_read_key_wants_16_bytes_from_an_environment_variable(value: str) -> None:
    os.environ["HARNESS_TEST_SHORT_KEY"] = value
    try:
        with pytest.raises(SigningError, match="at least 16"):
            read_key("env:HARNESS_TEST_SHORT_KEY")
        os.environ["HARNESS_TEST_SHORT_KEY"] = "a key of sixteen bytes or more"
        assert read_key("env:HARNESS_TEST_SHORT_KEY") == b"a key of sixteen bytes or more"
    finally:
        del os.environ["HARNESS_TEST_SHORT_KEY"]


# 4. a spec field of the wrong type is one line naming it ----------------------------------

@pytest.mark.parametrize(("field", "value", "named"), [
    ("recipe", {"steps": "3"}, "recipe.steps"),
    ("recipe", {"lr": "0.1"}, "recipe.lr"),
    ("recipe", {"batch_size": True}, "recipe.batch_size"),
    ("recipe", {"stepz": 3}, "recipe field 'stepz'"),
    ("recipe", "fast", "recipe"),
    ("vocab", "10", "vocab"),
    ("input_shape", ["4"], "input_shape[0]"),
    ("input_shape", 4, "input_shape"),
    ("layers", [3], "layers[0] must be a JSON object (a layer), not int"),
    ("layers", [{"kind": "linear", "params": {"out_features": 4}}, {"kind": 5}], "layers[1].kind must be a string"),
    ("layers", [{"kind": "residual", "bodies": [[{"kind": "relu"}, "x"]]}], "layers[0].bodies[0][1] must be"),
    ("layers", [{"kind": "residual", "bodies": "ab"}], "layers[0].bodies must be an array"),
    ("layers", [{"kind": "linear", "params": [4]}], "layers[0].params must be a JSON object"),
])
def test_verify_names_a_spec_field_of_the_wrong_type(tmp_path: Path, field: str, value: Any, named: str) -> None:
    spec = SPEC.to_json()
    spec[field] = value
    art = _manifest(tmp_path / "art", {"id": "case1", "source": {"kind": "spec", "spec": spec}, "formats": {}})
    done = harness("verify", str(art), "--results", str(tmp_path / "r.jsonl"), "--workers", "1", "--quiet")
    one_line_error(done, "case case1: source.spec:", named)


def test_save_names_a_spec_field_of_the_wrong_type(tmp_path: Path) -> None:
    spec = SPEC.to_json()
    spec["recipe"] = {"steps": "3"}
    specs = tmp_path / "specs.jsonl"
    specs.write_text(json.dumps(spec) + "\n")
    done = harness("save", "--out", str(tmp_path / "art"), "--specs", str(specs), "--workers", "1", "--quiet")
    one_line_error(done, "line 1", "recipe.steps must be an integer")


# 5. the gate: catch-all entries however written, and bounded message patterns -------------

def _record(message: str = "beyond torch.float32 tolerance (max abs 0.5)") -> dict[str, Any]:
    return Record(case="mlp-0", format="state_dict", check="output", status="mismatch", saved=SAVED, loaded=LOADED,
                  message=message, max_abs_diff=0.5, max_rel_diff=0.1, run_id="run-1",
                  artifacts="/tmp/artifacts/old", source={"spec": SPEC.to_json()}, seconds={"load": 0.01}).to_json()


def _gate(tmp_path: Path, entry: str, message: str | None = None, timeout: float | None = None
          ) -> subprocess.CompletedProcess:
    results = tmp_path / "r.jsonl"
    results.write_text(json.dumps(_record() if message is None else _record(message)) + "\n")
    baseline = tmp_path / "baseline.toml"
    baseline.write_text(f'schema = 1\n[[known]]\n{entry}\nreason = "r"\n', encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "harness", "gate", str(results), "--baseline", str(baseline)],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout, check=False)


@pytest.mark.parametrize("entry", ['saved = ">=0"', 'loaded = "<3"', 'saved = "!=1.0"\nloaded = ">=2.0"',
                                   'format = "[a-z]*"', 'check = "*[!x]"', 'format = "?*"\ncheck = "[!_]*"'])
def test_a_catch_all_entry_however_written_is_broad(tmp_path: Path, entry: str) -> None:
    done = _gate(tmp_path, entry)
    broad = [line for line in done.stdout.splitlines() if line.startswith("BROAD")]
    assert len(broad) == 1 and broad[0].startswith("BROAD    entry 1 ("), done.stdout
    assert "1 broad" in done.stderr


@pytest.mark.parametrize("entry", ['saved = ">=2.2"', 'loaded = "!=2.4.1"', 'format = "state_dict*"',
                                   'check = "o*"', 'status = "mismatch"', 'message = "tolerance"'])
def test_an_entry_that_leaves_something_out_is_not_broad(tmp_path: Path, entry: str) -> None:
    done = _gate(tmp_path, entry)
    assert not [line for line in done.stdout.splitlines() if line.startswith("BROAD")], done.stdout


@pytest.mark.parametrize("pattern", ["^(a+)+$", "(a|aa)+!", "^(a*b?)*$", ".*a.*a.*a.*a.*a.*b", "(.*a){12}b"])
def test_a_message_pattern_cannot_stall_the_gate(tmp_path: Path, pattern: str) -> None:
    """Exponential (nested repeats) and polynomial (.*a.*a… on a long message without b or !)
    patterns: Python's re takes minutes to years on these messages; the gate, matching with
    RE2, judges the record in linear time, and the entry covers nothing it should not."""
    done = _gate(tmp_path, f"message = '{pattern}'", message="a" * 20_000 + "c", timeout=60)
    assert done.returncode == 1 and "1 new incompatibilities" in done.stderr, done.stderr[-2000:]


@pytest.mark.parametrize("pattern", ["x(?=(a+)+)", "(?<!torch)load", r"(a)\1"])
def test_a_message_pattern_without_a_linear_time_match_is_refused(tmp_path: Path, pattern: str) -> None:
    done = _gate(tmp_path, f"message = '{pattern}'", timeout=60)
    one_line_error(done, "entry 1", "message", "RE2, which has no lookaround or backreferences: write the pattern without them")


def test_an_entry_matches_messages_as_python_re_would() -> None:
    """Every pattern of the committed baseline finds exactly what Python's re finds, in the
    messages of the committed baseline's own reasons and a set of real messages (the
    reference messages the tests write)."""
    import re

    from harness.report.gate import load_baseline
    from harness.report.patterns import search
    entries = load_baseline(ROOT / "compat-baseline.toml")
    texts = [e.reason for e in entries] + [e.message for e in entries] + [
        "output: not bit-exact (max abs diff 0.0734) — expected: checkpoint does not carry body.layers.3.center",
        "Weights only load failed. Unsupported global: GLOBAL numpy.core.multiarray._reconstruct",
        "resume: diverged at update 2 (max loss diff 0.31) — rng_changed: the dropout masks differ"]
    assert entries and texts
    for entry in entries:
        for text in texts:
            assert search(entry.message, text) == (re.search(entry.message, text) is not None), (entry.message, text)


def test_message_patterns_of_the_committed_baseline_still_load() -> None:
    from harness.report.gate import load_baseline
    assert load_baseline(ROOT / "compat-baseline.toml")


# 6. Paths that are not UTF-8 ------------------------------------------------------------------

def _latin1(path: Path) -> Path:
    """``path`` with its last name's "e" as the Latin-1 byte 0xe9 (no UTF-8 decoding of it)."""
    return Path(os.fsdecode(os.fsencode(path.parent) + b"/" + os.fsencode(path.name).replace(b"e", b"\xe9", 1)))


def test_an_artifact_directory_at_a_path_that_is_not_utf8_is_one_line_not_corrupt(tmp_path: Path) -> None:
    """safetensors and torch's mmap load open UTF-8 paths only: an untouched directory moved to
    a Latin-1 name would read as damaged files. verify says so in one line instead, and save
    refuses such an --out before saving."""
    assert save(tmp_path / "saved").returncode == 0
    moved = _latin1(tmp_path / "saved")
    os.rename(tmp_path / "saved", moved)
    results = tmp_path / "r.jsonl"
    done = subprocess.run([sys.executable, "-m", "harness", "verify", os.fsencode(moved), "--results", str(results)],
                          capture_output=True, cwd=ROOT)
    assert done.returncode == 2 and b"Traceback" not in done.stderr, done.stderr[-2000:]
    assert b"its path is not UTF-8" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not results.exists() or "corrupt" not in results.read_text()
    specs = tmp_path / "specs.jsonl"
    done = subprocess.run([sys.executable, "-m", "harness", "save", "--out", os.fsencode(_latin1(tmp_path / "next")),
                           "--specs", str(specs), "--format", "state_dict", "--workers", "1", "--quiet"],
                          capture_output=True, cwd=ROOT)
    assert done.returncode == 2 and b"its path is not UTF-8" in done.stderr, done.stderr[-2000:]
    assert not os.path.lexists(_latin1(tmp_path / "next"))
