"""The CLI's ``probe`` command: which torch can read the files a team already has.

Part of the CLI (it prints; the library under it does not): it reads the files' bytes,
probes them in the workers of each environment, writes each environment's records, then the
reports and the gate's verdict.
"""

from __future__ import annotations

import argparse
import glob
import os
import shlex
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from ..errors import HarnessError
from ..options import RunOptions, default_workers
from .progress import ProgressLine

#: Seconds all the loads of one file may take in one environment before the rest are ``timeout``.
PROBE_TIMEOUT = 300.0


class ProbeError(HarnessError, ValueError):
    """A probe that cannot start (no file matched, a bad --python): one line."""


def expand(patterns: list[str]) -> list[str]:
    """Each argument as given, or the files a glob pattern in it matches (sorted); a pattern
    that matches nothing is an error. An argument that names an existing path is taken whole
    (a file name with a space); others are split on whitespace, shell-style (tox passes
    ``$HARNESS_PROBE`` unexpanded, as one argument). A symbolic link a glob meets is kept as
    itself — a link to a file, or the linked folder once for everything found through it — so
    probe refuses it in one line instead of reading what it points at."""
    out: list[str] = []
    for pattern in patterns:
        for part in [pattern] if os.path.lexists(pattern) else shlex.split(pattern):
            if glob.has_magic(part):
                matched = _matched(part)
                if not matched:
                    raise ProbeError(f"{part!r} matches no file")
                out += matched
            else:
                out.append(part)
    if not out:
        raise ProbeError("no file to probe: name files or glob patterns (HARNESS_PROBE for tox)")
    return list(dict.fromkeys(out))


def _matched(pattern: str) -> list[str]:
    from ..probe.paths import link_in

    found: list[str] = []
    for path in sorted(glob.glob(pattern, recursive=True)):
        link = link_in(Path(path))
        if link is not None:
            found.append(link)  # refused by probe, in one line naming the link
        elif Path(path).is_file():
            found.append(path)
    return list(dict.fromkeys(found))


def environments(args: argparse.Namespace, say) -> list[tuple[str, str]]:
    """(name, interpreter) of each environment to probe in: ``--python NAME=PATH`` as given,
    ``--envs`` tox environments (built when missing), else this interpreter."""
    from ..runner.probe_pool import tox_python

    found: list[tuple[str, str]] = []
    for given in args.python:
        name, _, python = given.rpartition("=")
        if not Path(python).is_file():
            raise ProbeError(f"--python {given}: {python} is not an interpreter file")
        found.append((name or Path(python).resolve().parent.parent.name, python))
    for name in [n.strip() for n in ",".join(args.envs).split(",") if n.strip()]:
        found.append((name, tox_python(Path(args.tox_root).resolve(), name, say)))
    return found or [("here", sys.executable)]


def cmd_probe(args: argparse.Namespace) -> int:
    from ..code_refs import use_ref
    from ..probe.kinds import KINDS, NotAProbeFile
    from ..probe.window import gate_records, windows
    from ..report.probe import write_probe_reports
    from ..runner.probe_pool import probe_files, read_env_results, write_env_results
    from ..runner.static_read import read_all
    from ..settings import load
    config = load()
    use_ref(args.code)  # --code: the team's classes and factories come from that ref's tree
    args.results = args.results or str(config.path(config.state) / "probe")
    args.out = args.out or str(config.path(config.reports))
    if args.baseline is None and config.path(config.baseline).is_file():
        args.baseline = str(config.path(config.baseline))
    if args.baseline:  # a baseline that cannot be read stops the probe before it starts
        from ..report.gate import load_baseline
        load_baseline(Path(args.baseline))
    facts, unknown = [], []
    for outcome in read_all([(Path(path), path) for path in expand(args.files)], args.timeout):
        if isinstance(outcome, NotAProbeFile):
            print(f"harness probe: {outcome}", file=sys.stderr)
            unknown.append(str(outcome))
        else:
            facts.append(outcome)
    if not facts:
        raise ProbeError("none of the files is one harness can probe (see above)")
    say = (lambda line: None) if args.quiet else (lambda line: print(line, file=sys.stderr))
    run_on = {"inputs": _inputs(args.inputs), "model": args.model}
    if args.model and not args.inputs:
        raise ProbeError("--model is for running a state dict on inputs: give --inputs FILE.safetensors too")
    envs = environments(args, say)
    # the environments side by side (most of a probe is starting torch in each), sharing the cores
    options = RunOptions(trust_pickles=args.trust_pickles, trust_code=args.trust_code, timeout=args.timeout,
                         workers=args.workers or max(1, default_workers() // len(envs)))
    results = Path(args.results)
    with ThreadPoolExecutor(len(envs)) as pool:
        running = [(name, pool.submit(probe_files, facts, python, name, options,
                                      ProgressLine(f"probe {name}", args.quiet), run_on)) for name, python in envs]
    for name, future in running:
        write_env_results(results, name, future.result())
    wanted = {(f.label, f.sha256) for f in facts}
    records = [r for r in read_env_results(results) if (r.get("file"), r.get("sha256")) in wanted]
    static = {f.sha256: {**f.to_json(), "kind_words": KINDS[f.kind]} for f in facts}
    found = windows(records, static)
    verdicts = _judge(gate_records(found), args.baseline, args.today)
    written = write_probe_reports(Path(args.out), found, static, verdicts, unknown)
    for window in found:
        print(f"{window.label} ({window.kind}): {window.headline}")
        for line in window.lines if args.verbose else ():
            print(f"  {line}")
    new = [m for m, v in verdicts.items() if v == "new"]
    for message in new:
        print(f"NEW      {message}")
    print(f"probe: {len(found)} files in {len({e for w in found for e in w.envs})} environments; "
          f"{len(new)} new incompatibilities, {sum(v == 'known' for v in verdicts.values())} known"
          f"{'' if args.baseline else ' (no --baseline: every load that stops working is new)'} → "
          f"{', '.join(str(p) for p in written)}", file=sys.stderr)
    return 1 if new else 0


def _inputs(given: str | None) -> str | None:
    """The inputs file as an absolute path (the workers run elsewhere), checked to be safetensors."""
    if not given:
        return None
    from ..probe.kinds import NotAProbeFile, kind_of
    from ..probe.paths import plain_file
    try:
        plain_file(Path(given))  # as given: a link is refused, not resolved to what it points at
        path = Path(given).resolve()
        if kind_of(path) != "safetensors":
            raise ProbeError(f"--inputs {given}: not a safetensors file (its tensors, in key order, are the inputs)")
    except (NotAProbeFile, OSError) as exc:
        raise ProbeError(f"--inputs {given}: {exc}") from None
    return str(path)


def _judge(failures: list[dict], baseline: str | None, today: str | None) -> dict[str, str]:
    """Each failure's verdict (``new`` or ``known``), by its message, as the gate judges it."""
    from ..report.gate import covering, live_entries, load_baseline
    from ..results import is_failure

    entries = load_baseline(Path(baseline)) if baseline else []
    live = live_entries(entries, date.fromisoformat(today) if today else date.today())
    return {r["message"]: ("known" if covering(r, live) else "new") if is_failure(r) else "expected"
            for r in failures}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    probe = sub.add_parser("probe", help="which torch versions load these files, and what they need to")
    probe.add_argument("files", nargs="*", metavar="FILE",
                       help="files or glob patterns (quoted); the kind is read from the bytes, not the name")
    probe.add_argument("--envs", action="append", default=[], metavar="NAME,NAME,...",
                       help="tox environments to probe in (e.g. torch21,torch26; built with tox when missing)")
    probe.add_argument("--python", action="append", default=[], metavar="[NAME=]PATH",
                       help="an interpreter with harness installed to probe in (repeatable)")
    probe.add_argument("--tox-root", default=".", help="the repository whose tox builds --envs (default: here; "
                                                       "harness's own tox configuration where it has none)")
    probe.add_argument("--results", help="directory of per-environment probe records (default: [tool.harness] "
                                         "state, then probe/)")
    probe.add_argument("--out", help="where probe.json and probe.md go (default: [tool.harness] reports)")
    probe.add_argument("--inputs", metavar="FILE.safetensors",
                       help="run what loaded on these inputs — by name where the tensors are named as the model "
                            "names its inputs, by position where they are named 0, 1, … — and compare the outputs "
                            "across environments")
    probe.add_argument("--model", metavar="PACKAGE.MODULE:FACTORY",
                       help="for a state dict: the module to load it into strictly before running, as for save: "
                            "FACTORY() returns (module, example_inputs[, recipe]) (needs --trust-code)")
    probe.add_argument("--baseline", help="TOML file of known incompatibilities (format = \"probe\", check = the "
                                          "load; default: [tool.harness] baseline when the file exists)")
    probe.add_argument("--today", help="judge the baseline's expiry dates as of this day (YYYY-MM-DD)")
    probe.add_argument("--trust-pickles", action="store_true",
                       help="also try weights_only=False and the default torch.load of torch < 2.6, which run "
                            "code from the file (only for files you trust)")
    probe.add_argument("--trust-code", action="store_true",
                       help="also load TorchScript and torch.export programs (code from the file), with torch.jit.load "
                            "and with a torch.load that hands the archive to it")
    probe.add_argument("--timeout", type=float, default=PROBE_TIMEOUT, metavar="SECONDS",
                       help=f"time all loads of one file may take in one environment (default {PROBE_TIMEOUT:g})")
    probe.add_argument("--workers", type=int, default=0, metavar="N", help="processes per environment (default: the cores shared among the environments)")
    probe.add_argument("--code", metavar="REF",
                       help="with --model: build the model with this git ref's version of your code (a tag, a "
                            "branch, a commit, or last-tag), to see whether your files load into it")
    probe.add_argument("--verbose", action="store_true", help="print every load's line, not only the window")
    probe.add_argument("--quiet", action="store_true", help="no progress output")
    probe.set_defaults(run=cmd_probe)
