"""What users import and run: the public faces keep their names, the command line lists only
public commands, and ``harness.__main__`` runs nothing when imported."""

from __future__ import annotations

import importlib
import json

import pytest
from hypothesis import HealthCheck, given, settings

from harness.model.spec import ModelSpec, check_bounds
from harness.strategies import model_specs, realistic_specs

#: Each public face and the names it promises; a change here is a change to users' code.
FACES = {
    "harness.plugin": [
        "CHECKPOINT_FILE", "FORMATS", "ArtifactLoadError", "CannotExpress", "Case", "Checkpoint",
        "Format", "NeedsTrust", "Runner", "StateDict", "Trained", "module_runner", "read_checkpoint", "rebuild",
        "register", "with_consent",
    ],
    "harness.strategies": [
        "LAYOUTS", "draw_specs", "input_infos", "layer_specs", "model_specs", "realistic_recipes",
        "realistic_specs", "training_recipes",
    ],
}


@pytest.mark.parametrize("face", sorted(FACES))
def test_a_public_face_promises_exactly_its_names_and_each_resolves(face: str) -> None:
    module = importlib.import_module(face)
    assert sorted(module.__all__) == sorted(FACES[face])
    assert len(set(module.__all__)) == len(module.__all__)
    missing = [name for name in module.__all__ if getattr(module, name, None) is None]
    assert missing == []


def _valid(spec: ModelSpec) -> None:
    """What a spec from a user's file must pass: it round-trips its JSON and is inside the limits."""
    assert isinstance(spec, ModelSpec)
    assert ModelSpec.from_json(json.loads(spec.canonical())) == spec
    check_bounds(spec)


@settings(max_examples=5, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(spec=model_specs(max_layers=3))
def test_model_specs_from_the_face_draw_valid_specs(spec: ModelSpec) -> None:
    _valid(spec)


@settings(max_examples=5, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(spec=realistic_specs(focus="linear"))
def test_realistic_specs_from_the_face_draw_valid_specs(spec: ModelSpec) -> None:
    _valid(spec)
    assert any(layer.kind == "linear" for layer in spec.walk())


def test_help_lists_only_public_commands_and_the_worker_still_parses(capsys: pytest.CaptureFixture[str]) -> None:
    from harness.cli.main import INTERNAL, parser

    with pytest.raises(SystemExit) as done:
        parser().parse_args(["--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert "save" in shown and "probe" in shown
    assert "worker" not in shown and all(name not in shown for name in INTERNAL)
    args = parser().parse_args(["worker", "--channel", "3,4"])
    assert args.command == "worker" and args.channel == "3,4"


def test_importing_main_runs_nothing() -> None:
    module = importlib.import_module("harness.__main__")
    assert callable(module.main)


def test_consent_reaches_a_load_only_as_an_argument_it_declares() -> None:
    """--trust-pickles travels as the keyword ``trusted`` (no global): a load that declares it
    (or takes **keywords) gets the user's answer, one written before it existed is called as
    it always was, and nothing in harness keeps consent anywhere else."""
    from harness.plugin import with_consent

    def declares(path, *, trusted=False):
        return ("declares", path, trusted)

    def keywords(path, **given):
        return ("keywords", path, given)

    def old(path):
        return ("old", path)

    assert with_consent(declares, "p", trusted=True) == ("declares", "p", True)
    assert with_consent(declares, "p", trusted=False) == ("declares", "p", False)
    assert with_consent(keywords, "p", trusted=True) == ("keywords", "p", {"trusted": True})
    assert with_consent(old, "p", trusted=True) == ("old", "p")
    import harness.formats.errors as errors
    assert not [name for name in vars(errors) if "TRUST" in name.upper() and name != "NeedsTrust"]
