"""The probe's reports: ``probe.json`` (every file's window, loads and static facts),
``probe.md`` (the same for a reader: the window first, then a grid of loads × environments)
and ``probe.junit.xml`` (for CI test UIs: red exactly where the gate fails).

Fed only by the probe's records and the files' static facts; judged against the baseline the
way the gate judges (:func:`harness.report.gate.covering`), so both say the same.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..probe.window import FileWindow, short
from .base import write_atomically
from .junit import xml_text
from .markdown import code, text
from .summary import version_key

PROBE_SCHEMA = 1
GLYPH = {"pass": "✅", "unsupported": "·", "load_error": "❌", "forward_error": "⚠️", "crash": "💥", "timeout": "⏱",
         "mismatch": "≠"}
LEGEND = ("✅ loads (or runs) · not tried (the reason is in its line) ❌ load_error ⚠️ forward_error (loaded, "
          "failed to run) ≠ mismatch 💥 crash ⏱ timeout")


def probe_json(found: Sequence[FileWindow], facts: Mapping[str, Mapping[str, Any]],
               verdicts: Mapping[str, str], unknown: Sequence[str]) -> dict[str, Any]:
    """The whole probe as data: ``facts`` by sha256, ``verdicts`` by gate-record message."""
    return {"schema": PROBE_SCHEMA,
            "files": [{**w.to_json(), "static": dict(facts.get(w.sha256, {})),
                       "gate": {m: v for m, v in verdicts.items() if m.startswith(f"{w.label}: ")}} for w in found],
            "not_probed": list(unknown)}


def probe_markdown(found: Sequence[FileWindow], facts: Mapping[str, Mapping[str, Any]],
                   verdicts: Mapping[str, str], unknown: Sequence[str]) -> str:
    lines = ["# Which torch can read these files", ""]
    envs = sorted({e for w in found for e in w.envs}, key=version_key)
    lines += [f"{len(found)} files probed in {len(envs)} environments"
              + (f" ({', '.join(text(short(e)) for e in envs)})" if envs else "") + ".", ""]
    new = [m for m, v in verdicts.items() if v == "new"]
    if new:
        lines += [(f"**{len(new)} new incompatibilities** (a load that worked stops working in a newer "
                   "environment, and the baseline does not list it):"), ""]
        lines += [f"- {text(m)}" for m in new] + [""]
    for path in unknown:
        lines += [f"- not probed: {text(path)}"]
    if unknown:
        lines.append("")
    for window in found:
        static = facts.get(window.sha256, {})
        lines += [f"## {code(window.label)}", "",
                  (f"{text(static.get('kind_words') or window.kind)}, {static.get('size', '?')} bytes, "
                   f"sha256 {code(window.sha256[:16])}…"), "",
                  f"**{text(window.headline)}**", ""]
        lines += _static_lines(window, static)
        if static.get("globals"):
            lines.append(f"- the pickle names (static read, nothing unpickled): "
                         f"{', '.join(code(g) for g in static['globals'][:40])}"
                         + (f" and {len(static['globals']) - 40} more" if len(static['globals']) > 40 else ""))
        if static.get("dangerous"):
            lines.append(f"- **runs code when unpickled**: {', '.join(code(g) for g in static['dangerous'])} "
                         "(fickling); no allow-list should name these")
        if static.get("note"):
            lines.append(f"- {text(static['note'])}")
        lines += [f"- {text(line)}" for line in window.lines]
        lines.append(f"- contents: {text(window.contents)}")
        if window.outputs:
            lines.append("- outputs on --inputs: " + "; ".join(f"{text(short(e))}: {text(c)}"
                                                          for e, c in window.outputs.items()))
        runtimes = window.onnxruntime() if window.kind == "onnx" else {}
        heads = [short(e) + (f" · onnxruntime {runtimes[e]}" if runtimes.get(e) else "") for e in window.envs]
        lines += ["", "| load | " + " | ".join(text(h, True) for h in heads) + " |",
                  "|---|" + "---|" * len(window.envs)]
        for name, by_env in window.cells.items():
            row = [GLYPH.get(str(by_env.get(e, {}).get("status")), "?") if e in by_env else " " for e in window.envs]
            lines.append(f"| {code(name, True)} | " + " | ".join(row) + " |")
        lines.append("")
    lines += [LEGEND, ""]
    return "\n".join(lines)


def _static_lines(window: FileWindow, static: Mapping[str, Any]) -> list[str]:
    """What the bytes say before anything loads: the format's generation, the devices the
    storages were saved on, an ONNX model's IR version, opsets, inputs and weights, and what
    runs when a TorchScript archive loads."""
    lines = [f"- format: {text(static['format'])}"] if static.get("format") else []
    devices = static.get("devices")
    if devices:
        elsewhere = [d for d in devices if d != "cpu"]
        lines.append(f"- storages saved on {', '.join(code(d) for d in devices)} (static read)"
                     + (f": a plain torch.load(f) puts them back on {', '.join(elsewhere)}" if elsewhere else ""))
    onnx = static.get("onnx")
    if isinstance(onnx, Mapping):
        lines.append(f"- inputs: {', '.join(code(i) for i in onnx.get('inputs') or ()) or 'none'}; weights: "
                     f"{onnx.get('initializers')} initializers, {onnx.get('constant_nodes')} Constant nodes"
                     + (", external data" if onnx.get("external_data") else ""))
    if window.kind == "torchscript":
        lines.append("- a program: loading it runs the TorchScript code it carries (only with --trust-code); "
                     "torch reads its data.pkl with its own unpickler, which runs no Python global")
    return lines


def probe_junit(found: Sequence[FileWindow], verdicts: Mapping[str, str]) -> bytes:
    """One test case per file × load × environment, a suite per environment: a failure where
    the gate fails (a new incompatibility), a skip for a load not tried, a known one or one
    that never worked (nothing stopped working), a pass otherwise."""
    root = ET.Element("testsuites", name="harness probe")
    suites: dict[str, ET.Element] = {}
    for window in found:
        for name, by_env in window.cells.items():
            for env, cell in by_env.items():
                suite = suites.get(env)
                if suite is None:
                    suite = suites[env] = ET.SubElement(root, "testsuite", name=xml_text(f"torch {env}"))
                case = ET.SubElement(suite, "testcase", classname=xml_text(f"probe.{window.kind}"),
                                     name=xml_text(f"{name}[{window.label}]"), time=f"{cell.get('seconds') or 0:.6f}")
                verdict = verdicts.get(f"{window.label}: {cell.get('message')}")
                message = xml_text(str(cell.get("message"))[:1000])
                if verdict == "new":
                    ET.SubElement(case, "failure", type=str(cell.get("status")), message=message)
                elif cell.get("status") != "pass":
                    ET.SubElement(case, "skipped", type=verdict or str(cell.get("status")), message=message)
    for suite in suites.values():
        cases = list(suite)
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
        suite.set("skipped", str(sum(1 for c in cases if c.find("skipped") is not None)))
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def write_probe_reports(out: Path, found: Sequence[FileWindow], facts: Mapping[str, Mapping[str, Any]],
                        verdicts: Mapping[str, str], unknown: Sequence[str]) -> list[Path]:
    """Write ``probe.json``, ``probe.md`` and ``probe.junit.xml`` into ``out``; the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "probe.json", out / "probe.md", out / "probe.junit.xml"]
    write_atomically(written[0], json.dumps(probe_json(found, facts, verdicts, unknown), indent=1, sort_keys=True)
                     + "\n")
    write_atomically(written[1], probe_markdown(found, facts, verdicts, unknown))
    write_atomically(written[2], probe_junit(found, verdicts))
    return written
