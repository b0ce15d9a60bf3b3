""""Known" means known for its cause (DESIGN.md §9): a baseline entry covers a record only when
the record's classified cause is the one the entry is about; an entry that matches records of
another cause is listed for review (MISCAUSED) and does not make them known. Findings are
grouped by cause, and their messages keep what their records share.

The records are a real save and verify of this environment (two generated models, their
output and resume checks), relabelled as the verify of other torch releases writes them — a
resume that departs carries its ``departure`` and a message that starts with it — as
test_report_libraries relabels them; a lost cell's records come from the supervisor's own
function.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import ROOT, run_harness, saved_and_verified

from harness.report import make_report
from harness.report.causes import Wording, message_key, record_cause
from harness.report.gate import BaselineError, load_baseline, run_gate
from harness.runner.verify_pool import _cell_records

ENVS = ("2.1.2", "2.4.1", "2.6.0", "2.7.1")
RNG = "rng_changed: departs at update 1 (loss, outputs; max loss diff 0.031); the generator draws other numbers here"
DRIFT = ("numeric_drift: departs at update 3 (loss; max loss diff 0.0886); a control that replays the saver's "
         "updates here without loading anything departs as much")


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """Two models saved and verified in this environment (a checkpoint: output and resume)."""
    records = saved_and_verified(tmp_path_factory.mktemp("causes"), "checkpoint")
    assert {"output", "resume"} <= {r["check"] for r in records if r["status"] != "unsupported"}, records
    return records


def relabel(record: dict, saved: str, loaded: str, **fields) -> dict:
    return {**record, "run_id": f"{record['run_id']}-{saved}", "saved": {**record["saved"], "torch": saved},
            "loaded": {**record["loaded"], "torch": loaded}, **fields}


def resumes(real: list[dict], departure: str, message: str) -> list[dict]:
    """Every resume record of ``real`` over the pairs that cross 2.7, departing with that cause."""
    return [relabel(r, saved, loaded, status="diverged", departure=departure, message=message, limitation=None,
                    diagnostics={"evidence": {"probe": "measured"}})
            for r in real if r["check"] == "resume" and r["status"] != "unsupported"
            for saved in ENVS[:3] for loaded in ENVS[3:]]


def baseline(tmp_path: Path, *entries: str) -> list:
    path = tmp_path / "baseline.toml"
    path.write_text("schema = 1\n" + "".join(f'[[known]]\ncheck = "resume"\n{e}\nreason = "r"\n\n' for e in entries),
                    encoding="utf-8")
    return load_baseline(path)


def test_an_entry_with_a_cause_covers_only_records_of_that_cause(real: list[dict], tmp_path: Path) -> None:
    drift, rng = resumes(real, "numeric_drift", DRIFT), resumes(real, "rng_changed", RNG)
    assert drift and record_cause(drift[0]) == "numeric_drift" and record_cause(rng[0]) == "rng_changed"
    # torch 2.7's dropout-stream entry, however wide its message pattern, never covers a numeric_drift record
    entries = baseline(tmp_path, 'saved = "<2.7"\nloaded = ">=2.7"\nmessage = "departs"\ncause = "rng_changed"')
    result = run_gate(drift + rng, entries, date_today())
    assert {id(r) for r in result.new} == {id(r) for r in drift}
    assert result.covered[0] == len(rng) and not result.miscaused and not result.stale
    verdicts = {c["verdict"] for cells in make_report(drift, entries).view.cases.values() for c in cells}
    assert verdicts == {"new"}


def test_a_record_whose_cause_differs_from_its_covering_entrys_is_listed_for_review_and_not_known(
        real: list[dict], tmp_path: Path) -> None:
    drift = resumes(real, "numeric_drift", DRIFT)
    # an entry without `cause`: one about rng_changed by its pattern, one about no cause at all
    entries = baseline(tmp_path, "message = '^(rng_changed|numeric_drift): .*departs'", 'message = "departs"')
    result = run_gate(drift, entries, date_today())
    assert not result.new and result.covered[0] == len(drift)  # its pattern names numeric_drift
    entries = baseline(tmp_path, "message = '^rng_changed: |departs at update 3'", 'message = "departs"')
    result = run_gate(drift, entries, date_today())
    assert len(result.new) == len(drift) and not any(result.covered.values())
    assert result.miscaused == {0: {"numeric_drift": len(drift)}, 1: {"numeric_drift": len(drift)}}
    assert not result.stale  # listed once, as miscaused
    report = make_report(drift, entries)
    assert {f["verdict"] for f in report.summary["findings"]} == {"new"}
    assert [m["entry"] for m in report.summary["miscaused"]] == [1, 2]
    assert "matched " + str(len(drift)) + " records whose cause is numeric_drift" in report.summary["miscaused"][0]["line"]


def test_the_gate_prints_miscaused_entries_and_fails(real: list[dict], tmp_path: Path) -> None:
    drift = resumes(real, "numeric_drift", DRIFT)
    results = tmp_path / "r.jsonl"
    results.write_text("".join(json.dumps(r) + "\n" for r in drift), encoding="utf-8")
    (tmp_path / "b.toml").write_text("schema = 1\n[[known]]\ncheck = 'resume'\nmessage = '^rng_changed|departs'\n"
                                     "reason = 'the dropout stream of 2.7'\n", encoding="utf-8")
    done = run_harness(sys.executable, "gate", str(results), "--baseline", str(tmp_path / "b.toml"), cwd=ROOT,
                       check=False)
    assert done.returncode == 1, done.stderr
    assert f"MISCAUSED entry 1 (check='resume' message='^rng_changed|departs') (about rng_changed) matched " \
           f"{len(drift)} records whose cause is numeric_drift" in done.stdout
    assert "NEW" in done.stdout and "1 entries matched records of another cause" in done.stderr


def test_a_cause_a_baseline_entry_names_is_one_a_harness_classifies(tmp_path: Path) -> None:
    path = tmp_path / "b.toml"
    path.write_text("schema = 1\n[[known]]\ncause = 'dropout'\nreason = 'r'\n", encoding="utf-8")
    with pytest.raises(BaselineError, match=r"\[\[known\]\] entry 1: cause 'dropout' is not a cause"):
        load_baseline(path)
    committed = {e.index + 1: e.cause for e in load_baseline(ROOT / "compat-baseline.toml")}
    assert committed[20] == committed[21] == "rng_changed" and committed[29] == committed[30] == "numeric_drift"


def test_failures_of_one_cause_with_other_messages_are_one_finding(real: list[dict]) -> None:
    other = RNG.replace("departs at update 1 (loss, outputs; max loss diff 0.031)",
                        "losses and learning rates match over 4 updates, but the outputs after them differ")
    records = resumes(real, "rng_changed", RNG) + [{**r, "case": r["case"] + "-b"}  # another model, other words
                                                   for r in resumes(real, "rng_changed", other)]
    findings = make_report(records).view.findings
    assert len(findings) == 1 and findings[0].checks == len(records)
    assert findings[0].message.startswith("rng_changed: departs at update 1") and "1 other wordings" in findings[0].message
    # one exception and the qualified names it cites, worded apart: one finding
    gone = [relabel(r, "2.4.1", "2.13.0", status="load_error", message=message, limitation=None)
            for r, message in zip([r for r in real if r["check"] == "output"],
                                  [("AttributeError: Can't get attribute 'GPT2Config' on <module "
                                    "'transformers.models.gpt2.modeling_gpt2'>"),
                                   ("AttributeError: module 'transformers.models.gpt2.modeling_gpt2' has no "
                                    "attribute 'GPT2Config'")])]
    assert len(gone) == 2 and len(make_report(gone).view.findings) == 1


def test_a_format_that_cannot_save_a_model_anywhere_is_one_finding(real: list[dict]) -> None:
    case, other = sorted({r["case"] for r in real})
    records = []
    for saved in ENVS:
        for loaded in ENVS:
            for r in real:
                if r["case"] == case or saved == "2.1.2":  # the other model fails to save in one release only
                    message = (f"RuntimeError: Python builtin <built-in function id> is currently not supported in "
                               f"Torchscript (line {ENVS.index(saved) + 10})" if saved != "2.7.1" else
                               "NotSupportedError: Compiled functions can't take variable number of arguments")
                    r = relabel(r, saved, loaded, format="torchscript-script", status="save_error", stage="save",
                                message=message, claimed=True, limitation=None)
                else:
                    r = relabel(r, saved, loaded, format="torchscript-script")
                records.append(r)
    findings = make_report(records).view.findings
    everywhere = [f for f in findings if {c for _, c in f.cases} == {case}]
    assert len(everywhere) == 1, [f.message for f in findings]
    assert everywhere[0].message.startswith(f"torchscript-script cannot save model {case} in any version tried")
    assert {c for f in findings for _, c in f.cases if f is not everywhere[0]} == {other}


def test_a_lost_cell_is_one_finding_of_its_output_check_never_of_a_check_the_format_has_not(
        real: list[dict]) -> None:
    r = real[0]
    job = SimpleNamespace(manifest={"environment": {**r["saved"], "torch": "2.1.2"}, "run_id": "run"},
                          entry=SimpleNamespace(id=r["case"], source=r.get("source")), directory=Path("/art"))
    lost = _cell_records("crash", "the worker was killed by SIGABRT while verifying onnx-dynamo",
                         "onnx-dynamo", ["output", "resume"], job, {**r["loaded"], "torch": "2.4.1"})
    unsupported = relabel(r, "2.1.2", "2.4.1", format="onnx-dynamo", check="resume", status="unsupported",
                          message="inference-only format: it keeps no optimizer, scheduler or RNG state")
    findings = make_report([*lost, unsupported]).view.findings
    assert [(f.format, f.check, dict(f.statuses)) for f in findings] == [("onnx-dynamo", "output", {"crash": 1})]


def test_message_keys_keep_identifiers_and_blank_only_the_numbers_that_vary() -> None:
    text = ("AttributeError: Can't get attribute 'GPT2Config' on <module 'transformers.models.gpt2.modeling_gpt2' "
            "from '/env/lib/python3.11/site-packages/transformers/models/gpt2/modeling_gpt2.py'> in torch 2.6.0+cu124")
    key = message_key(text)
    assert "GPT2Config" in key and "transformers.models.gpt2.modeling_gpt2" in key and "Can't get attribute" in key
    assert "+cu124" in key and "torch N+cu124" in key  # the version, standing alone, groups
    wording = Wording("departs at update 3 (max loss diff 0.0886) in torch 2.6.0")
    wording.add("departs at update 3 (max loss diff 0.194) in torch 2.6.0")
    assert wording.text() == "departs at update 3 (max loss diff N) in torch 2.6.0"


def test_a_protocol_2_pickle_names_builtins_as_the_unpickler_reads_them(tmp_path: Path) -> None:
    import torch

    from harness.formats.whole_pickle import pickled_globals, unimportable

    torch.save({"seen": {1, 2}}, tmp_path / "x.pt")  # protocol 2 writes GLOBAL '__builtin__ set'
    names = pickled_globals(tmp_path / "x.pt")
    assert "builtins.set" in names and not any(n.startswith("__builtin__") for n in names)
    assert all(unimportable(n) is None for n in names)


def date_today():
    from datetime import date

    return date.today()
