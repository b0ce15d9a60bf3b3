"""Same-environment round trips through the library API: the bit-exact baseline."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from harness.formats.base import ArtifactLoadError
from harness.formats.state_dict import load_strict
from harness.model.build import build
from harness.model.cases import spec_case
from harness.model.population import generate_specs
from harness.model.spec import LayerSpec, ModelSpec
from harness.options import RunOptions
from harness.save.pipeline import save_all
from harness.verify.compare import compare_outputs
from harness.verify.pipeline import verify_dir


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("artifacts") / "here"
    manifest = save_all(out, [spec_case(s) for s in generate_specs(16, 3)], formats=["state_dict", "pickle"])
    return out, manifest


def by_key(records) -> dict:
    return {(r.case, r.format, r.check): r for r in records}


def test_same_environment_round_trip_is_bit_exact(saved) -> None:
    out, manifest = saved
    everything = list(verify_dir(out, RunOptions(trust_pickles=True, trust_code=True)))
    # resume: pickle is inference-only; state_dict needs the checkpoint, not saved here
    assert {(r.format, r.status) for r in everything if r.check == "resume"} == {
        ("pickle", "unsupported"), ("state_dict", "unsupported")}
    records = [r for r in everything if r.check != "resume"]
    assert len(records) == 16 * 4  # state_dict/output, state_dict/mmap, pickle/output, pickle/default_load
    for r in records:
        if r.status == "pass":
            assert r.check != "output" or (r.max_abs_diff == 0.0 and "bit-exact" in r.message)
        else:  # only the lost-state hazards may differ, and only for state_dict
            assert (r.format, r.status, r.limitation) == ("state_dict", "mismatch", "uncarried_state"), r
    assert {r.status for r in records if r.format == "pickle"} == {"pass"}


def test_lost_state_is_a_classified_limitation_naming_the_tensor(tmp_path: Path) -> None:
    spec = ModelSpec(input_layout="vec", input_shape=(4,), layers=(
        LayerSpec("linear", {"out_features": 3, "bias": True}),
        LayerSpec("plain_tensor"),
        LayerSpec("buffer", {"persistent": False}),
        LayerSpec("buffer", {"persistent": True}),
    ))
    save_all(tmp_path / "a", [spec_case(spec)], formats=["state_dict", "pickle"])
    records = {(r.format, r.check): r
               for r in verify_dir(tmp_path / "a", RunOptions(trust_pickles=True, trust_code=True))}
    lost = records[("state_dict", "output")]
    assert (lost.status, lost.limitation) == ("mismatch", "uncarried_state")
    assert "body.1.center (plain tensor attribute)" in lost.message
    assert "body.2.center (non-persistent buffer)" in lost.message
    assert "body.3" not in lost.message  # a persistent buffer is carried
    assert records[("pickle", "output")].status == "pass"


def test_trained_state_is_what_is_saved(tmp_path: Path) -> None:
    """The artifacts hold trained weights and BatchNorm statistics, not the freshly built ones."""
    spec = ModelSpec(input_layout="vec", input_shape=(5,), layers=(
        LayerSpec("linear", {"out_features": 4, "bias": True}), LayerSpec("batchnorm1d", {"momentum": 0.1}),
        LayerSpec("relu"), LayerSpec("linear", {"out_features": 2, "bias": True})))
    save_all(tmp_path / "a", [spec_case(spec)], formats=["state_dict"])
    fresh = build(spec).state_dict()
    stored = torch.load(tmp_path / "a" / "cases" / spec.id / "state_dict" / "state_dict.pt", weights_only=True)
    assert fresh.keys() == stored.keys()
    changed = {k for k in fresh if not torch.equal(fresh[k], stored[k])}
    assert {"body.0.weight", "body.3.weight", "body.1.running_mean", "body.1.num_batches_tracked"} <= changed


def test_flipped_byte_is_reported_corrupt_not_pass(saved, tmp_path: Path) -> None:
    import shutil
    out, manifest = saved
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    victim = manifest["cases"][0]["id"]
    path = copy / "cases" / victim / "state_dict" / "state_dict.pt"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    records = by_key(verify_dir(copy, RunOptions(trust_pickles=True, trust_code=True)))
    assert records[(victim, "state_dict", "output")].status == "corrupt"
    assert "state_dict.pt" in records[(victim, "state_dict", "output")].message
    others = [r for k, r in records.items() if k[0] != victim or k[1] != "state_dict"]
    assert all(r.status in ("pass", "unsupported") or r.limitation for r in others)


def test_changed_reference_output_fails_every_format_of_that_case(saved, tmp_path: Path) -> None:
    import shutil
    out, manifest = saved
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    victim = manifest["cases"][1]["id"]
    path = copy / "cases" / victim / "reference.safetensors"
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x40
    path.write_bytes(bytes(data))
    records = [r for r in verify_dir(copy, RunOptions(trust_pickles=True, trust_code=True)) if r.case == victim]
    applicable = [r for r in records if not r.message.startswith("inference-only format")]
    assert applicable and all(r.status == "corrupt" for r in applicable)


def test_pickles_are_not_loaded_without_consent(saved) -> None:
    out, _ = saved
    records = list(verify_dir(out, RunOptions(trust_pickles=False)))
    pickles = [r for r in records if r.format == "pickle" and r.check != "resume"]
    assert pickles and all(r.status == "unsupported" and "--trust-pickles" in r.message for r in pickles)
    assert {r.status for r in records if (r.format, r.check) == ("state_dict", "output")} <= {"pass", "mismatch"}


def test_strict_state_dict_load_names_missing_and_unexpected_keys() -> None:
    spec = generate_specs(1, 0)[0]
    module = build(spec)
    state = module.state_dict()
    key = next(iter(state))
    state["stowaway"] = state.pop(key)
    with pytest.raises(ArtifactLoadError, match=rf"missing \['{key}'\], unexpected \['stowaway'\]"):
        load_strict(module, state, Path("x.pt"))


def test_compare_policy_exact_tolerant_and_nan() -> None:
    ref = torch.tensor([1.0, 2.0, float("nan")])
    near = torch.tensor([1.0, 2.0 + 1e-6, float("nan")])
    assert compare_outputs([ref], [ref.clone()], exact=True).ok
    exact = compare_outputs([ref], [near], exact=True)
    assert not exact.ok and exact.max_abs_diff == pytest.approx(1e-6, rel=0.1)
    assert compare_outputs([ref], [near], exact=False).ok
    far = compare_outputs([ref], [torch.tensor([1.0, 2.1, float("nan")])], exact=False)
    assert not far.ok and "tolerance" in far.message
    nan_moved = compare_outputs([ref], [torch.tensor([1.0, float("nan"), 3.0])], exact=False)
    assert not nan_moved.ok and "NaN" in nan_moved.message
    shape = compare_outputs([ref], [ref[:2]], exact=False)
    assert not shape.ok and "expected" in shape.message


def test_loaded_inputs_get_aligned_memory(tmp_path: Path) -> None:
    """Misaligned inputs change MKL's rounding; verify must feed aligned copies (see _tensors)."""
    from safetensors.torch import save_file

    from harness.verify.pipeline import _tensors

    path = tmp_path / "inputs.safetensors"
    save_file({"input.0": torch.arange(3, dtype=torch.float32), "input.1": torch.ones(5, 7)}, str(path))
    tensors = _tensors(path, "input")
    assert [t.shape for t in tensors] == [torch.Size([3]), torch.Size([5, 7])]
    assert all(t.data_ptr() % 64 == 0 for t in tensors)


def test_bfloat16_parts_are_judged_at_bfloat16_tolerance() -> None:
    ref = torch.tensor([1.0, 2.0])
    off = torch.tensor([1.0, 2.01])
    assert not compare_outputs([ref], [off], exact=False).ok
    assert compare_outputs([ref], [off], exact=False, computed_in=[torch.float32, torch.bfloat16]).ok
    assert not compare_outputs([ref], [off], exact=True, computed_in=[torch.bfloat16]).ok
