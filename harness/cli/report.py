"""The CLI's ``report`` and ``gate`` commands (part of the CLI: they print, nothing else does).

Both read results files, directories of them or a ``compat.json``, and both judge failures
against a baseline the same way (:func:`harness.report.gate.covering`), so the reports and the gate
agree cell for cell.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def status_line(statuses: Counter) -> str:
    """Counts per status, most first (the summary line of save, verify and report)."""
    return ", ".join(f"{n} {s}" for s, n in sorted(statuses.items(), key=lambda kv: -kv[1])) or "nothing"


def cmd_report(args: argparse.Namespace) -> int:
    from ..report import make_report, write_report
    from ..report.gate import plain
    from ..report.passes import Results
    from ..results import ResultsError

    missing = [p for p in args.results if not Path(p).exists()]
    if missing:
        raise ResultsError(f"no results at {', '.join(missing)}; run `python -m harness verify` first")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise ResultsError(f"--out {out} is a file; give a directory (the reports are written into it)")
    entries, today = _baseline_of(args)
    records = Results.files(args.results)
    try:
        report = make_report(records, entries, args.baseline or "", today, upgrade=args.upgrade)
        paths = write_report(report, out)
    except OSError as exc:
        raise ResultsError(f"--out {out}: cannot write the reports ({exc.strerror or exc})") from None
    summary = report.summary
    pairs = ", ".join(f"{saved}→{loaded}" for saved, loaded in summary["pairs"]) or "none"
    print(plain(f"{summary['records']} checks over pairs {pairs}: "
                f"{status_line(Counter({k: v for k, v in summary['statuses'].items() if v}))}"), file=sys.stderr)
    if summary["contradictions"]:
        print(f"{summary['contradictions']} checks have records that disagree (the reports show the last; "
              "`python -m harness gate` judges all)", file=sys.stderr)
    for problem in report.view.problems:
        print(plain(f"MODEL    {problem.line()}"), file=sys.stderr)
    if args.baseline:
        new_findings = [f for f in report.summary["findings"] if f["verdict"] == "new"]
        print(f"judged against {args.baseline}: {sum(f['checks'] for f in new_findings)} new failing checks in "
              f"{len(new_findings)} findings", file=sys.stderr)
    for finding in report.summary["findings"]:
        if finding["verdict"] == "new" and finding["attribution"]:
            print(plain(f"LIBRARY  {finding['line']}"), file=sys.stderr)
    print_plans(report.plans)
    for path in paths:
        print(f"wrote {path}", file=sys.stderr)
    return 0


def print_plans(plans: Any) -> None:
    """The upgrade plan, as the reports open with it: each path's headline, then what breaks
    and what to change, one line each."""
    from ..report.gate import plain

    for plan in plans:
        for line in plan.lines():
            print(plain(f"PLAN     {line}"), file=sys.stderr)


def _baseline_of(args: argparse.Namespace) -> tuple[list[Any], Any]:
    """The baseline entries and the day expiry is judged on (``--baseline``, ``--today``)."""
    from datetime import date

    from ..report.gate import BaselineError, load_baseline

    try:
        today = date.fromisoformat(args.today) if args.today else date.today()
    except ValueError:
        raise BaselineError(f"--today {args.today!r} is not a date; write it as YYYY-MM-DD") from None
    if not args.baseline:
        return [], today
    baseline = Path(args.baseline)
    if baseline.is_dir():
        raise BaselineError(f"baseline {baseline} is a directory; give the TOML file of known incompatibilities")
    return load_baseline(baseline), today


def cmd_gate(args: argparse.Namespace) -> int:
    from datetime import date

    from ..report.gate import (
        BaselineError,
        Judge,
        bootstrap,
        describe_conflict,
        describe_miscaused,
        live_entries,
        load_baseline,
        plain,
    )
    from ..report.passes import Results
    from ..report.summary import Summary, claims_text
    from ..report.view import ViewBuilder
    from ..results import ResultsError

    missing = [p for p in args.results if not Path(p).exists()]
    if missing:
        raise ResultsError(f"no results at {', '.join(missing)}; run `python -m harness verify` first")
    baseline = Path(args.baseline)
    if baseline.is_dir():
        raise BaselineError(f"baseline {baseline} is a directory; give the TOML file of known incompatibilities")
    try:
        today = date.fromisoformat(args.today) if args.today else date.today()
    except ValueError:
        raise BaselineError(f"--today {args.today!r} is not a date; write it as YYYY-MM-DD") from None
    records = Results.files(args.results)
    records.index()  # the first pass: a malformed line is one error before anything else is read
    if args.write_baseline:
        try:
            baseline.write_text(bootstrap(records), encoding="utf-8")
        except OSError as exc:
            raise BaselineError(f"baseline {baseline} cannot be written ({exc.strerror or exc})") from None
        print(f"wrote {baseline}: review it and state the cause of every entry", file=sys.stderr)
        return 0
    entries = load_baseline(baseline)
    # one walk: the gate judges the last record of each (check, status, message); the claims and,
    # when the records name the models' libraries, the findings they line up with read the last of each check
    judge, summary = Judge(entries, today), Summary()
    view = ViewBuilder(live_entries(entries, today)) if records.libraries else None
    for record, last, judged in records.walk():
        if judged:
            judge.add(record)
        if last:
            summary.add(record)
            if view is not None:
                view.add(record)
    result = judge.result(records.conflicts, records.conflict_count)
    for problem in result.problems:  # one line per factory, however many formats and pairs
        print(plain(f"MODEL    {problem.line()}"))
    for line in result.new_lines():
        print(f"NEW      {line}")
    if result.new_count and view is not None:
        for line in _library_findings(view.build()):
            print(plain(f"LIBRARY  {line}"))
    for conflict in result.conflicts:
        print(f"CONFLICT {describe_conflict(conflict)}")
    if result.conflict_count > len(result.conflicts):
        print(f"CONFLICT and {result.conflict_count - len(result.conflicts)} more checks whose records disagree, "
              "each judged")
    for entry in result.broad:
        print(plain(f"BROAD    {entry.label()} matches every failure: the gate cannot fail on anything it "
                    "covers; narrow it"))
    for entry in result.expired:
        print(plain(f"EXPIRED  {entry.label()} expired {entry.expires}: {entry.reason}"))
    for entry in result.stale:
        print(plain(f"STALE    {entry.label()} matched nothing in this run: {entry.reason}"))
    by_index = {entry.index: entry for entry in entries}
    for index, causes in sorted(result.miscaused.items()):
        print(f"MISCAUSED {describe_miscaused(by_index[index], causes)}")
    claims = claims_text(summary.result()["claimed"])
    if claims:
        print(plain(f"CLAIMED  {claims}"))
    covered = result.known
    verdict = "OK" if result.ok else "FAIL"
    broad = f", {len(result.broad)} broad (matching every failure)" if result.broad else ""
    problems = (f"{len(result.problems)} problems with your models (fix the model: no baseline covers them), "
                if result.problems else "")
    conflicts = (f"; {result.conflict_count} checks with disagreeing records, all judged"
                 if result.conflicts else "")
    conflicts += (f"; {len(result.miscaused)} entries matched records of another cause (MISCAUSED: not known)"
                  if result.miscaused else "")
    print(f"gate {verdict}: {problems}{result.new_count} new incompatibilities, {covered} known (covered by "
          f"{baseline}), {len(result.expired)} expired and {len(result.stale)} stale entries{broad}{conflicts}",
          file=sys.stderr)
    return 0 if result.ok else 1


def _library_findings(view: Any) -> list[str]:
    """The report's line for each new finding whose pairs line up with a library's version
    change (:mod:`harness.report.libraries`): the gate's NEW lines are per record, and only
    a finding's pairs, failing and passing, say whether torch or a library changed with it."""
    from ..report.libraries import finding_attribution
    from ..report.view import finding_line

    return [finding_line(view, found) for found in view.findings
            if found.verdict == "new" and finding_attribution(view, found).kind]


def _shared(command: argparse.ArgumentParser) -> None:
    """What ``report`` and ``gate`` both take, declared once."""
    command.add_argument("results", nargs="+", metavar="RESULTS",
                         help="JSONL files, directories of them, or a compat.json report")
    command.add_argument("--today", help="judge the baseline's expiry dates as of this day (YYYY-MM-DD; "
                                         "default: today)")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="write compat.json, junit.xml, compat.md and compat.html from result records")
    _shared(report)
    report.add_argument("--out", required=True, help="directory for the reports")
    report.add_argument("--baseline", help="TOML file of known incompatibilities: failing cells it covers show as "
                        "known (with the cause), the others as new, exactly as `gate` judges them")
    report.add_argument("--upgrade", metavar="FROM:TO", help="plan this upgrade only (e.g. 2.4:2.6; a rollback is "
                        "TO:FROM); default: every adjacent pair of the run's versions both ways and oldest ↔ newest")
    report.set_defaults(run=cmd_report)

    gate = sub.add_parser("gate", help="exit 1 on failures the baseline of known incompatibilities does not cover")
    _shared(gate)
    gate.add_argument("--baseline", required=True, help="TOML file of known incompatibilities")
    gate.add_argument("--write-baseline", action="store_true",
                      help="write a baseline covering every failure of these results (then edit the reasons)")
    gate.set_defaults(run=cmd_gate)
