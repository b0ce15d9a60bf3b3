"""The CLI's ``atlas`` and ``versions`` commands (part of the CLI: they print, nothing else does)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def cmd_atlas(args: argparse.Namespace) -> int:
    """Every torch of the table, every ordered pair, environments built and removed in turn."""
    from datetime import date

    from ..options import RunOptions
    from ..report import make_report, write_report
    from ..report.atlas import (
        collect,
        gate_lines,
        new_classes,
        run_notes,
        stream_records,
        write_json,
        write_markdown,
    )
    from ..report.gate import live_entries, load_baseline
    from ..report.passes import Results
    from ..runner.atlas import AtlasOptions, run_atlas
    from ..settings import load
    from ..versions import VersionTableError, torch_envs
    config = load()
    args.state = args.state or str(config.path(config.state) / "atlas")
    args.examples = args.examples if args.examples is not None else config.generated
    args.seed = args.seed if args.seed is not None else config.seed
    args.workers = args.workers if args.workers is not None else config.workers
    if args.baseline is None and config.path(config.baseline).is_file():
        args.baseline = str(config.path(config.baseline))
    envs = torch_envs()
    if args.versions:
        wanted = [v.strip() for v in args.versions.split(",") if v.strip()]
        unknown = sorted(set(wanted) - {env.version for env in envs})
        if unknown:
            raise VersionTableError(f"--versions: {', '.join(unknown)} not in harness/torch_versions.toml "
                             f"(known: {', '.join(env.version for env in envs)})")
        envs = [env for env in envs if env.version in wanted]
    options = AtlasOptions(envs=envs, tox_root=Path(args.tox_root).resolve(), state=Path(args.state).resolve(),
                           examples=args.examples, seed=args.seed, reserve_gb=args.reserve_gb,
                           run=RunOptions(trust_pickles=True, trust_code=True, shrink=args.shrink,
                                          workers=args.workers),
                           uv_cache=Path(args.uv_cache).resolve() if args.uv_cache else None,
                           commit=_commit(Path(args.tox_root)), models=config.models)
    started = time.monotonic()

    def say(line: str) -> None:
        print(f"atlas {time.monotonic() - started:7.0f}s {line}", file=sys.stderr, flush=True)

    say(f"{len(envs)} torch versions ({', '.join(env.version for env in envs)}), {len(envs) ** 2} ordered pairs, "
        f"{args.examples} models each; state in {options.state}")
    if args.report_only:
        from ..runner.atlas import AtlasRun, read_state
        run = AtlasRun(state=read_state(options.state))
    else:
        run = run_atlas(options, say)
    say("summarizing the results")
    baseline = load_baseline(Path(args.baseline)) if args.baseline else []
    live = live_entries(baseline, date.today())
    atlas = collect(stream_records(options.results), live)
    envs_state = run.state.get("envs", {})
    notes = run_notes(run, envs, args.examples, args.seed, _commit(options.tox_root))
    out = Path(args.out)
    meta = {"date": date.today().isoformat(), "examples": args.examples, "seed": args.seed,
            "environments": envs_state, "runs": run.state.get("runs", [])}
    from ..report.plan import plans
    for plan in plans(atlas):
        for line in plan.lines():
            say(f"PLAN {line}")
    for path in (write_markdown(atlas, out / "README.md", "harness atlas: every torch × every torch", notes),
                 write_json(atlas, out / "atlas.json", meta)):
        say(f"wrote {path} ({path.stat().st_size // 1024} KB)")
    if not args.summary_only:
        reports = Path(args.reports) if args.reports else options.state / "reports"
        report = make_report(Results.files([options.results]), baseline, args.baseline or "")
        for path in write_report(report, reports):
            say(f"wrote {path} ({path.stat().st_size / (1 << 20):.1f} MB)")
    verdict = 0
    if args.baseline:
        lines = gate_lines(atlas, live)
        (out / "gate.txt").write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
        fresh = new_classes(atlas)
        say(f"gate {'FAIL' if fresh else 'OK'}: {sum(f.checks for f in fresh)} new failing checks in {len(fresh)} "
            f"findings (one line each in {out / 'gate.txt'}), "
            f"{sum(f.checks for f in atlas.findings if f.verdict == 'known')} covered by {args.baseline}")
        verdict = 1 if fresh or atlas.problems else 0
    say(f"done: {atlas.records} checks over {len(atlas.versions)} versions; "
        f"{len(run.problems)} problems" + (": " + "; ".join(run.problems[:3]) if run.problems else ""))
    return verdict or (1 if run.problems else 0)


def _commit(root: Path) -> str:
    """The checkout's commit (with "+changes" when the tree differs from it), or ""."""
    import subprocess

    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""
    return head + ("+changes" if head and dirty else "")


def cmd_versions(args: argparse.Namespace) -> int:
    """The table of torch versions, as tox names or as a CI job matrix."""
    from ..settings import load
    from ..versions import github_matrix, torch_envs

    if args.github_matrix:  # the configured versions (all with --all), the team's libraries in each
        config = load()
        print(github_matrix(versions=None if args.all else list(config.versions), libraries=config.libraries,
                            overrides={k: list(v) for k, v in config.overrides.items()}))
    else:
        for env in torch_envs():
            print(f"{env.name}\t{' '.join(env.requirements)}")
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    atlas = sub.add_parser("atlas", help="every torch of the table × every torch: environments built (tox) "
                                         "and removed in turn, one summary")
    atlas.add_argument("--tox-root", default=".", help="the repository whose tox builds the environments (default: "
                                                       "here; harness's own tox configuration where it has none)")
    atlas.add_argument("--state", help="artifacts, results, environments and cache (default: [tool.harness] state, "
                                       "then atlas/)")
    atlas.add_argument("--out", default="atlas", help="where README.md, atlas.json and gate.txt go")
    atlas.add_argument("--versions", help="comma-separated minors of the table (default: all)")
    atlas.add_argument("--examples", type=int, help="generated models per environment (default: [tool.harness], 40)")
    atlas.add_argument("--seed", type=int, help="generator seed (default: [tool.harness], 0)")
    atlas.add_argument("--workers", type=int, metavar="N", help="processes per step (default: one per core)")
    atlas.add_argument("--reserve-gb", type=float, default=12.0,
                       help="free disk to keep: environments and the atlas's uv cache are removed for it")
    atlas.add_argument("--shrink", action="store_true", help="shrink failures that reproduce in the loading env")
    atlas.add_argument("--report-only", action="store_true",
                       help="only write the summary (and gate) from the results already under --state")
    atlas.add_argument("--uv-cache", help="use this uv cache (never emptied) instead of the atlas's own under --state")
    atlas.add_argument("--baseline", help="gate the atlas against this baseline (exit 1 on new failures; default: "
                                          "[tool.harness] baseline when the file exists)")
    atlas.add_argument("--reports", help="where compat.json, junit.xml, compat.md and compat.html go "
                                         "(default: reports/ under --state)")
    atlas.add_argument("--summary-only", action="store_true",
                       help="write only README.md, atlas.json and gate.txt, not the full reports")
    atlas.set_defaults(run=cmd_atlas)

    versions = sub.add_parser("versions", help="the torch versions of the matrix (harness/torch_versions.toml)")
    versions.add_argument("--github-matrix", action="store_true",
                          help="as a GitHub Actions job matrix (JSON) of [tool.harness] versions, with its libraries")
    versions.add_argument("--all", action="store_true", help="with --github-matrix: every version of the table")
    versions.set_defaults(run=cmd_versions)
