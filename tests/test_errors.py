"""One error base: the errors that are a user's mistake derive from HarnessError, and the CLI
turns exactly those into one line (exit status 2) — a built-in error from a bug, a
FileNotFoundError included, keeps its traceback."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from harness.cli.main import main
from harness.errors import HarnessError

#: Every user-facing error class, with the built-in base code may still catch it by.
USER_ERRORS = {
    "harness.artifacts:ArtifactDirError": RuntimeError,
    "harness.artifacts.signing:SigningError": ValueError,
    "harness.cli.probe:ProbeError": ValueError,
    "harness.libraries:LibraryConflict": RuntimeError,
    "harness.model.cases:FactoryError": RuntimeError,
    "harness.model.spec:SpecError": ValueError,
    "harness.plugin_loader:PluginError": RuntimeError,
    "harness.probe.paths:NotAProbeFile": ValueError,
    "harness.project:NotInstalledFromSource": RuntimeError,
    "harness.registry:UnknownName": KeyError,
    "harness.report.gate:BaselineError": ValueError,
    "harness.report.plan:UpgradeError": ValueError,
    "harness.results:ResultsError": ValueError,
    "harness.runner.atlas:AtlasError": RuntimeError,
    "harness.runner.client:WorkerLost": RuntimeError,
    "harness.runner.client:WorkerStartError": RuntimeError,
    "harness.runner.matrix:MatrixError": RuntimeError,
    "harness.runner.probe_pool:ProbeEnvError": RuntimeError,
    "harness.runner.results_file:VerifyError": RuntimeError,
    "harness.settings:SettingsError": ValueError,
    "harness.versions:VersionTableError": ValueError,
}


def _class(reference: str) -> type:
    module, name = reference.split(":")
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize("reference", sorted(USER_ERRORS))
def test_a_user_facing_error_is_a_harness_error_and_keeps_its_builtin_base(reference: str) -> None:
    cls = _class(reference)
    assert issubclass(cls, HarnessError) and issubclass(cls, USER_ERRORS[reference])


def test_a_worker_request_error_keeps_its_own_handling() -> None:
    """It is a user's mistake only when the worker says so (``user``): not a HarnessError."""
    from harness.runner.client import WorkerRequestError

    assert not issubclass(WorkerRequestError, HarnessError)


def test_missing_results_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.jsonl"
    for argv in (["report", str(missing), "--out", str(tmp_path / "out")],
                 ["gate", str(missing), "--baseline", str(tmp_path / "b.toml")]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err == (f"harness {argv[0]}: error: no results at {missing}; "
                       "run `python -m harness verify` first\n")


def test_unreadable_and_unwritable_spec_files_are_one_line(capsys: pytest.CaptureFixture[str],
                                                           tmp_path: Path) -> None:
    missing = tmp_path / "no" / "specs.jsonl"
    assert main(["save", "--specs", str(missing), "--out", str(tmp_path / "a")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"harness save: error: {missing}: cannot be read (") and err.count("\n") == 1
    assert not (tmp_path / "a").exists()
    assert main(["gen", "--examples", "1", "--out", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"harness gen: error: --out {missing}: cannot be written (") and err.count("\n") == 1


def test_a_file_not_found_from_a_bug_keeps_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only HarnessError is a user's mistake: a FileNotFoundError inside harness is a bug."""
    import harness.model.population as population

    def broken(*args: object, **kwargs: object) -> list:
        raise FileNotFoundError(2, "No such file or directory", "internal.bin")

    monkeypatch.setattr(population, "generate_specs", broken)
    with pytest.raises(FileNotFoundError):
        main(["gen", "--examples", "1"])
