"""Command line: ``python -m harness {save,verify,matrix,report}``.

The only place that prints or exits. Library errors that describe a user's
mistake (a wrong directory, a bad ``--model``) become one line on stderr and
exit status 2; anything else is a harness bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Sequence

from . import atlas_cli


class ProgressLine:
    """A one-line progress bar on a terminal; sparse plain lines in CI logs."""

    def __init__(self, what: str, quiet: bool = False) -> None:
        self.what, self.quiet = what, quiet
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, done: int, total: int, label: str) -> None:
        if self.quiet:
            return
        now = time.monotonic()
        finished = done >= total
        if self.tty:
            width = 24
            filled = int(width * done / max(total, 1))
            sys.stderr.write(f"\r{self.what} [{'#' * filled}{'.' * (width - filled)}] "
                             f"{done}/{total} {label[:40]:<40}")
            if finished:
                sys.stderr.write("\n")
            sys.stderr.flush()
        elif finished or now - self.last > 5 or done == 0:
            print(f"{self.what}: {done}/{total} {label}", file=sys.stderr, flush=True)
            self.last = now


def _status_line(statuses: Counter) -> str:
    return ", ".join(f"{n} {s}" for s, n in sorted(statuses.items(), key=lambda kv: -kv[1])) or "nothing"


def cmd_save(args: argparse.Namespace) -> int:
    from .cases import factory_case, spec_case
    from .parallel_save import save_parallel

    cases = []
    generate = None
    if args.specs:
        from .spec import read_specs
        cases = [spec_case(s) for s in read_specs(Path(args.specs))]
        generator = {"specs": args.specs}
    else:
        generate = generator = {"seed": args.seed, "examples": args.examples}
    cases += [factory_case(ref) for ref in args.model]
    run = save_parallel(Path(args.out), cases, generate=generate, formats=args.format or None,
                        generator=generator, workers=args.workers, force=args.force,
                        progress=ProgressLine("save", args.quiet), timeout=args.timeout)
    manifest = run.manifest
    if run.skipped:
        if not args.quiet:
            print(f"artifacts in {args.out} are current (same specs, formats, harness and package versions): "
                  "nothing saved; --force saves again", file=sys.stderr)
        return 0
    outcomes = Counter(f["status"] for case in manifest["cases"] for f in case["formats"].values())
    print(f"saved {len(manifest['cases'])} cases with torch {manifest['environment']['torch']} into {args.out} "
          f"({run.workers} workers): {_status_line(outcomes)}", file=sys.stderr)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from .isolation import verify_isolated
    from .worker_client import default_workers

    tally = verify_isolated([Path(d) for d in args.dirs], Path(args.results), trust_pickles=args.trust_pickles,
                            shrink=args.shrink, timeout=args.timeout, workers=args.workers or default_workers(),
                            progress=ProgressLine("verify", args.quiet))
    if not args.quiet:
        extra = f", {tally.skipped} cells already recorded" if tally.skipped else ""
        extra += f", {tally.replaced_workers} workers replaced" if tally.replaced_workers else ""
        print(f"{sum(tally.statuses.values())} checks: {_status_line(Counter(tally.statuses))}{extra} "
              f"→ {args.results}", file=sys.stderr)
    return 0


def cmd_matrix(args: argparse.Namespace) -> int:
    from .matrix import run_matrix_step

    step = run_matrix_step(args.name, Path(args.artifacts), Path(args.results),
                           trust_pickles=args.trust_pickles, shrink=args.shrink, workers=args.workers,
                           here_only=args.here_only, progress=ProgressLine("matrix", args.quiet))
    for gone in step.dropped:
        print(f"environment {gone} is gone (its interpreter no longer exists); dropped from the matrix",
              file=sys.stderr)
    print(f"matrix {args.name}: {len(step.verified)} pairs verified, {len(step.current)} already current",
          file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from .report import summarize, write_reports
    from .results import read_records

    missing = [p for p in args.results if not Path(p).exists()]
    if missing:
        raise FileNotFoundError(f"no results at {', '.join(missing)}; run `python -m harness verify` first")
    records = read_records([Path(p) for p in args.results])
    paths = write_reports(records, Path(args.out))
    summary = summarize(records)
    pairs = ", ".join(f"{saved}→{loaded}" for saved, loaded in summary["pairs"]) or "none"
    print(f"{summary['records']} checks over pairs {pairs}: "
          f"{_status_line(Counter({k: v for k, v in summary['statuses'].items() if v}))}", file=sys.stderr)
    for path in paths:
        print(f"wrote {path}", file=sys.stderr)
    return 0


def cmd_gate(args: argparse.Namespace) -> int:
    from datetime import date

    from .gate import bootstrap, describe, load_baseline, run_gate
    from .results import read_records

    missing = [p for p in args.results if not Path(p).exists()]
    if missing:
        raise FileNotFoundError(f"no results at {', '.join(missing)}; run `python -m harness verify` first")
    records = read_records([Path(p) for p in args.results])
    if args.write_baseline:
        Path(args.baseline).write_text(bootstrap(records), encoding="utf-8")
        print(f"wrote {args.baseline}: review it and state the cause of every entry", file=sys.stderr)
        return 0
    today = date.fromisoformat(args.today) if args.today else date.today()
    result = run_gate(records, load_baseline(Path(args.baseline)), today)
    for record in result.new:
        print(f"NEW      {describe(record)}")
    for entry in result.expired:
        print(f"EXPIRED  {entry.label()} expired {entry.expires}: {entry.reason}")
    for entry in result.stale:
        print(f"STALE    {entry.label()} matched nothing in this run: {entry.reason}")
    covered = len({id(r) for found in result.covered.values() for r in found})
    verdict = "FAIL" if result.new else "OK"
    print(f"gate {verdict}: {len(result.new)} new incompatibilities, {covered} known (covered by "
          f"{args.baseline}), {len(result.expired)} expired and {len(result.stale)} stale entries", file=sys.stderr)
    return 1 if result.new else 0


def cmd_gen(args: argparse.Namespace) -> int:
    import json

    from .strategies import generate_specs

    specs = generate_specs(args.examples, args.seed)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            for spec in specs:
                handle.write(spec.canonical() + "\n")
        print(f"wrote {len(specs)} specs to {args.out}", file=sys.stderr)
    elif not args.stats:
        for spec in specs:
            print(json.dumps(spec.to_json(), sort_keys=True))
    if args.stats:
        from .coverage import coverage

        rows = coverage(specs)
        print(f"{len(specs)} specs (seed {args.seed})")
        print(f"{'category':<10} {'item':<28} {'specs':>6} {'uses':>6}")
        for row in rows:
            mark = "" if row.specs else "  <- never drawn"
            print(f"{row.category:<10} {row.item:<28} {row.specs:>6} {row.occurrences:>6}{mark}")
        missing = [row.item for row in rows if not row.specs]
        print(f"{len(rows) - len(missing)}/{len(rows)} vocabulary items drawn"
              + (f"; missing: {', '.join(missing)}" if missing else ""))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from .audit import audit
    from .sources import factory_case, materialize, rebuild

    worst = 0
    for reference in args.factories:
        case = factory_case(reference)
        made = materialize(case)
        findings = audit(made.model, made.inputs, lambda: rebuild(case))
        if not findings:
            print(f"{reference}: state_dict carries every tensor of the model")
            continue
        print(f"{reference}: {len(findings)} tensors are not in state_dict")
        for f in findings:
            proof = (f"losing it changes the output (max abs diff {f.max_abs_diff:.3g})" if f.changes_output
                     else "losing it did not change the output on the example inputs")
            print(f"  {f.path:<40} {f.kind:<24} {f.dtype} {list(f.shape)}: {proof}")
            worst = max(worst, 1)
    return worst


def cmd_worker(args: argparse.Namespace) -> int:
    """Serve JSON-lines requests on the channel's read end, answering on its write end: the
    workers of ``save`` and ``verify``, and the matrix's replays of shrink candidates.
    stdout and stderr are not the protocol: whatever torch or a model prints there is output."""
    import json
    import os
    import traceback
    import warnings

    from . import process_output, profile

    try:
        reading, writing = (int(fd) for fd in args.channel.split(","))
        os.set_inheritable(reading, False)  # nothing this process starts can write the channel
        os.set_inheritable(writing, False)
    except (ValueError, OSError):
        raise SystemExit(f"harness worker: --channel takes two open file descriptors R,W, not {args.channel!r}")
    process_output.tap_stdio()
    profile.import_torch()  # first, and timed: the benchmark counts it as unavoidable
    from .worker import handle

    warnings.simplefilter("ignore")

    def emit(message: dict) -> None:
        payload = (json.dumps(message) + "\n").encode("utf-8")
        while payload:
            payload = payload[os.write(writing, payload):]

    with os.fdopen(reading, "rb", closefd=True) as requests:
        for line in requests:
            if not line.strip():
                continue
            try:
                answer = handle(json.loads(line), emit)
            except _user_errors() as exc:  # the request was wrong: one line for the user
                answer = {"ok": False, "error": exc.args[0] if exc.args else str(exc), "user_error": True}
            except Exception as exc:  # an answer, so the client can name the request that failed
                answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}
            emit(answer)
    # Every answer is out and every file it wrote is closed: leave without the interpreter's
    # teardown, which takes about a second once torch is loaded (the supervisor waits for it).
    profile.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="python -m harness",
        description="Will models saved in one torch version load, run and match in another?")
    sub = top.add_subparsers(dest="command", required=True)

    save = sub.add_parser("save", help="build, train and save generated models in every format")
    save.add_argument("--out", required=True, help="artifact directory to (re)create")
    save.add_argument("--examples", type=int, default=40,
                      help="number of generated specs (default 40: every layer kind at least once)")
    save.add_argument("--seed", type=int, default=0, help="generator seed: same seed, same specs (default 0)")
    save.add_argument("--format", action="append", default=[], help="only this format (repeatable)")
    save.add_argument("--specs", metavar="FILE",
                      help="save these specs (JSON Lines, as `gen --out` writes) instead of generating")
    save.add_argument("--model", action="append", default=[], metavar="PACKAGE.MODULE:FACTORY",
                      help="add your own model: FACTORY() returns (module, example_inputs); repeatable")
    save.add_argument("--workers", type=int, default=0, metavar="N",
                      help="processes saving side by side (default: one per core)")
    save.add_argument("--force", action="store_true",
                      help="save even if the artifacts there were saved from the same inputs")
    save.add_argument("--timeout", type=float, default=600.0, metavar="SECONDS",
                      help="time one case may take in one pass over its formats before it counts as hung (default 600)")
    save.add_argument("--quiet", action="store_true", help="no progress output")
    save.set_defaults(run=cmd_save)

    verify = sub.add_parser("verify", help="load artifacts here, compare, append result records")
    verify.add_argument("dirs", nargs="+", metavar="DIR", help="artifact directories written by save")
    verify.add_argument("--results", required=True, help="JSON Lines file to append records to")
    verify.add_argument("--trust-pickles", action="store_true",
                        help="allow loading whole-module pickles (runs code from the files)")
    verify.add_argument("--shrink", action="store_true",
                        help="shrink each failure that reproduces here to its smallest model")
    verify.add_argument("--timeout", type=float, default=600.0, metavar="SECONDS",
                        help="time one case may take before it counts as hung (default 600)")
    verify.add_argument("--workers", type=int, default=0, metavar="N",
                        help="processes verifying side by side (default: one per core)")
    verify.add_argument("--quiet", action="store_true", help="no progress output")
    verify.set_defaults(run=cmd_verify)

    matrix = sub.add_parser("matrix", help="cross-verify this environment with every registered one")
    matrix.add_argument("--name", required=True, help="this environment's name, e.g. torch24")
    matrix.add_argument("--artifacts", required=True, help="root holding one artifact directory per env")
    matrix.add_argument("--results", required=True, help="directory of per-pair results files")
    matrix.add_argument("--trust-pickles", action="store_true",
                        help="allow loading whole-module pickles (runs code from the files)")
    matrix.add_argument("--shrink", action="store_true",
                        help="shrink each failure that reproduces here to its smallest model")
    matrix.add_argument("--workers", type=int, default=0, metavar="N",
                        help="processes verifying side by side in each environment (default: one per core)")
    matrix.add_argument("--here-only", action="store_true",
                        help="verify only what this environment loads (the atlas visits every environment "
                             "itself; others may be removed meanwhile)")
    matrix.add_argument("--quiet", action="store_true", help="no progress output")
    matrix.set_defaults(run=cmd_matrix)

    gen = sub.add_parser("gen", help="print generated specs, or with --stats what they cover")
    gen.add_argument("--examples", type=int, default=40, help="number of specs (default 40)")
    gen.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    gen.add_argument("--stats", action="store_true", help="print how often each vocabulary item appears")
    gen.add_argument("--out", help="write the specs as JSON Lines to this file")
    gen.set_defaults(run=cmd_gen)

    audit = sub.add_parser("audit", help="list tensors state_dict will not carry, with proof; exit 1 if any")
    audit.add_argument("factories", nargs="+", metavar="PACKAGE.MODULE:FACTORY",
                       help="FACTORY() returns (module, example_inputs)")
    audit.set_defaults(run=cmd_audit)

    worker = sub.add_parser("worker", help="serve save/verify requests as JSON lines (internal)")
    worker.add_argument("--channel", required=True, metavar="R,W",
                        help="file descriptors to read requests from and write answers to")
    worker.set_defaults(run=cmd_worker)

    report = sub.add_parser("report", help="write compat.json, junit.xml, compat.md and compat.html from result records")
    report.add_argument("results", nargs="+", metavar="RESULTS", help="JSONL files or directories of them")
    report.add_argument("--out", required=True, help="directory for the reports")
    report.set_defaults(run=cmd_report)

    gate = sub.add_parser("gate", help="exit 1 on failures the baseline of known incompatibilities does not cover")
    gate.add_argument("results", nargs="+", metavar="RESULTS", help="JSONL files or directories of them")
    gate.add_argument("--baseline", required=True, help="TOML file of known incompatibilities")
    gate.add_argument("--write-baseline", action="store_true",
                      help="write a baseline covering every failure of these results (then edit the reasons)")
    gate.add_argument("--today", help="judge expiry dates as of this day (YYYY-MM-DD; default: today)")
    gate.set_defaults(run=cmd_gate)

    atlas_cli.add_parsers(sub)
    return top


def _user_errors() -> tuple[type[BaseException], ...]:
    """Errors that describe a user's mistake: one line and exit status 2, no traceback."""
    from .artifacts import ArtifactDirError
    from .atlas import AtlasError
    from .cases import FactoryError
    from .gate import BaselineError
    from .worker_client import WorkerLost, WorkerStartError
    from .matrix import MatrixError
    from .plugins import PluginError
    from .registry import UnknownName
    from .spec import SpecError
    from .versions import VersionTableError

    return (ArtifactDirError, FactoryError, SpecError, MatrixError, FileNotFoundError, UnknownName,
            PluginError, BaselineError, WorkerStartError, WorkerLost, AtlasError, VersionTableError)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from .worker_client import WorkerRequestError
    from .plugins import load_plugins

    user_errors = _user_errors()
    try:
        load_plugins()
        return args.run(args)
    except user_errors as exc:
        message = exc.args[0] if exc.args else str(exc)
        print(f"harness {args.command}: error: {message}", file=sys.stderr)
        return 2
    except WorkerRequestError as exc:
        if not exc.user:
            raise
        print(f"harness {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
