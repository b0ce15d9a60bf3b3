"""Command line: ``python -m harness {save,verify,matrix,report}``.

The only place that prints or exits. Library errors that describe a user's
mistake (a wrong directory, a bad ``--model``) are :class:`harness.errors.HarnessError`
and become one line on stderr and exit status 2; anything else is a harness bug and
keeps its traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

from ..code_refs import use_ref
from ..errors import HarnessError
from ..options import RunOptions
from . import atlas as atlas_cli
from . import probe as probe_cli
from . import report as report_cli
from . import team as team_cli
from .progress import ProgressLine
from .report import status_line


def run_options(args: argparse.Namespace, key: bytes | None = None) -> RunOptions:
    """The run's options, read from the command line once (a command without a flag keeps
    its default)."""
    given = {name: getattr(args, name) for name in ("trust_pickles", "trust_code", "shrink", "workers", "timeout")
             if getattr(args, name, None) is not None}
    return RunOptions(**given, key=key)


def cmd_save(args: argparse.Namespace) -> int:
    from ..artifacts.entry import CaseEntry
    from ..model.cases import factory_case, spec_case
    from ..runner.save_pool import save_parallel

    cases = []
    draw = None
    if args.specs:
        from ..model.spec import read_specs
        cases = [spec_case(s) for s in read_specs(Path(args.specs))]
        origin = {"specs": args.specs}
    from ..settings import load
    config = load()  # [tool.harness] fills in what the command line leaves out
    use_ref(args.code, axis=bool(config.refs))
    given = [*args.model, *(args.models if args.models is not None else [])]
    own = list(dict.fromkeys(given if given or args.models is not None else config.models))
    if not args.specs:
        examples = args.examples if args.examples != NOT_GIVEN else config.examples
        wanted = examples if examples is not None else (0 if own else 40)
        draw = origin = {"seed": config.seed if args.seed is None else args.seed, "examples": wanted}
    cases += [factory_case(ref) for ref in own]
    if args.sign:
        from ..artifacts.signing import read_key
        key = read_key(args.sign)  # before saving: a key that cannot be read stops the run at once
    formats = args.format or None
    if not args.format and not args.skip_format:
        args.skip_format = list(config.skip_formats)
    if args.skip_format:
        from ..formats import FORMATS
        for name in args.skip_format:
            FORMATS.get(name)  # an unknown name is one line with the known ones
        formats = [name for name in (formats or FORMATS.names()) if name not in args.skip_format]
    run = save_parallel(Path(args.out), cases, draw=draw, formats=formats,
                        origin=origin, options=run_options(args), force=args.force,
                        progress=ProgressLine("save", args.quiet))
    manifest = run.manifest
    if args.sign:
        from ..artifacts.signing import sign
        sign(Path(args.out), key)
    if run.skipped:
        if not args.quiet:
            print(f"artifacts in {args.out} are current (same specs, formats, harness and package versions): "
                  "nothing saved; --force saves again", file=sys.stderr)
        return 0
    outcomes = Counter(f["status"] for case in manifest["cases"] for f in case["formats"].values())
    problems = [case for case in manifest["cases"] if case.get("problem")]
    also = f"; {len(problems)} models with a problem, nothing of them saved" if problems else ""
    print(f"saved {len(manifest['cases'])} cases with torch {manifest['environment']['torch']} into {args.out} "
          f"({run.workers} workers): {status_line(outcomes)}{also}", file=sys.stderr)
    for case in problems:  # one line per factory: the same problem in every format is one problem
        print(CaseEntry.of(case).problem_line, file=sys.stderr)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from ..artifacts.signing import read_key
    from ..runner.verify_pool import verify_isolated

    key = read_key(args.require_signature) if args.require_signature else None
    use_ref(args.code)
    tally = verify_isolated([Path(d) for d in args.dirs], Path(args.results), run_options(args, key),
                            progress=ProgressLine("verify", args.quiet))
    if not args.quiet:
        extra = f", {tally.skipped} cells already recorded" if tally.skipped else ""
        extra += f", {tally.replaced_workers} workers replaced" if tally.replaced_workers else ""
        print(f"{sum(tally.statuses.values())} checks: {status_line(Counter(tally.statuses))}{extra} "
              f"→ {args.results}", file=sys.stderr)
    return 0


def cmd_matrix(args: argparse.Namespace) -> int:
    from ..runner.matrix import run_matrix_step

    step = run_matrix_step(args.name, Path(args.artifacts), Path(args.results), run_options(args),
                           here_only=args.here_only, progress=ProgressLine("matrix", args.quiet),
                           code=use_ref(args.code))
    for gone in step.dropped:
        print(f"environment {gone} is gone (its interpreter no longer exists); dropped from the matrix",
              file=sys.stderr)
    print(f"matrix {args.name}: {len(step.verified)} pairs verified, {len(step.current)} already current",
          file=sys.stderr)
    return 0


def cmd_gen(args: argparse.Namespace) -> int:
    import json

    from ..model.population import generate_specs
    from ..model.spec import SpecError

    specs = generate_specs(args.examples, args.seed)
    if args.out:
        try:
            with open(args.out, "w", encoding="utf-8") as handle:
                for spec in specs:
                    handle.write(spec.canonical() + "\n")
        except OSError as exc:
            raise SpecError(f"--out {args.out}: cannot be written ({exc.strerror or exc})") from None
        print(f"wrote {len(specs)} specs to {args.out}", file=sys.stderr)
    elif not args.stats:
        for spec in specs:
            print(json.dumps(spec.to_json(), sort_keys=True))
    if args.stats:
        from ..model.population_stats import coverage

        rows = coverage(specs)
        print(f"{len(specs)} specs (seed {args.seed})")
        print(f"{'category':<10} {'item':<28} {'specs':>6} {'uses':>6}")
        for row in rows:
            mark = "" if row.specs else "  <- never drawn"
            print(f"{row.category:<10} {row.item:<28} {row.specs:>6} {row.occurrences:>6}{mark}")
        missing = [row.item for row in rows if not row.specs]
        print(f"{len(rows) - len(missing)}/{len(rows)} vocabulary items drawn"
              + (f"; missing: {', '.join(missing)}" if missing else ""))
        _print_digest(specs)
    return 0


def _print_digest(specs: list) -> None:
    from ..model.population_stats import digest

    d = digest(specs)
    def spread(values: tuple) -> str:
        return f"{values[0]} / {values[1]} / {values[-1]}"
    print(f"\nthe models (min / median / max over {d.specs} specs):")
    print(f"  trainable parameters   {d.parameters[0]} / {d.parameters[1]} / {d.parameters[3]} "
          f"(90th percentile {d.parameters[2]})")
    print(f"  layers (all nodes)     {spread(d.layers)}")
    print(f"  top-level layers       {spread(d.top_level)}")
    print(f"  widest feature width   {spread(d.widest)}")
    print(f"  hazards per model      {spread(d.hazards)}")
    print(f"  training batch         {spread(d.batch)}")
    print(f"  updates before save    {spread(d.updates_before)}")
    print(f"  updates after save     {spread(d.updates_after)}")
    print(f"  with weights to train  {d.trainable}/{d.specs}")
    print(f"  minimal specs          {len(d.minimal)}"
          + "".join(f"\n    {spec_id}: {why}" for spec_id, why in d.minimal))
    print("  optimizer × scheduler  " + ", ".join(f"{o}+{s} {n}" for (o, s), n in sorted(d.recipes.items())))


def cmd_audit(args: argparse.Namespace) -> int:
    from ..model.cases import FactoryError, factory_case
    from ..model.outputs import UncomparableOutput
    from ..save.audit import audit
    from ..train.materialize import materialize, rebuild

    worst = 0
    for reference in args.factories:
        case = factory_case(reference)
        made = materialize(case)
        try:
            findings = audit(made.model, made.inputs, lambda: rebuild(case))
        except UncomparableOutput as exc:  # the model's problem, in one line (as save says it)
            raise FactoryError(f"model {reference} {exc.problem}") from None
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
    """Serve the JSON-lines protocol on the channel (see :func:`harness.runner.worker.serve`)."""
    from ..runner.worker import serve

    return serve(args.channel, args.memory_mb)


def count(text: str) -> int:
    """A whole number ≥ 0 (argparse turns the ValueError into one line and exit status 2)."""
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative; give 0 or more")
    return value


#: --examples not given (argparse applies no type to a non-string default)
NOT_GIVEN = -1


def examples(text: str) -> int | None:
    """``auto`` (None: decided by whether the user named models of their own) or a count."""
    return None if text == "auto" else count(text)


def factories(text: str) -> list[str]:
    """Comma-separated PACKAGE.MODULE:FUNCTION references; blanks are ignored."""
    return [part.strip() for part in text.split(",") if part.strip()]


def seconds(text: str) -> float:
    """A positive, finite number of seconds."""
    value = float(text)
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text} is not a positive number of seconds")
    return value


#: The flags that become RunOptions, declared once: field → (flag, argparse keywords).
RUN_FLAGS: dict[str, tuple[str, dict]] = {
    "trust_pickles": ("--trust-pickles", {"action": "store_true",
                                          "help": "allow loading whole-module pickles (runs code from the files)"}),
    "trust_code": ("--trust-code", {"action": "store_true", "help": (
        "allow running TorchScript and torch.export programs and AOTInductor packages, and importing the "
        "factories a manifest names (code from the files; only for files you made)")}),
    "shrink": ("--shrink", {"action": "store_true",
                            "help": "shrink each failure that reproduces here to its smallest model"}),
    "timeout": ("--timeout", {"type": seconds, "default": RunOptions.timeout,
                              "metavar": "SECONDS"}),
    "workers": ("--workers", {"type": count, "default": 0, "metavar": "N"}),
}


CODE_HELP = ("import your models' code from this git ref of the repository (a tag, a branch, a commit, or "
             "last-tag), its tree written under [tool.harness] state; default: the repository as it is")


def add_run_flags(parser: argparse.ArgumentParser, **helps: str | None) -> None:
    """Add the named RunOptions flags to a command, each with its own help where given."""
    for name, help_text in helps.items():
        flag, keywords = RUN_FLAGS[name]
        parser.add_argument(flag, **{**keywords, **({"help": help_text} if help_text else {})})


#: Commands harness starts itself (a worker process), left out of ``--help``: they still run.
INTERNAL = frozenset({"worker"})


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="python -m harness",
        description="Will models saved in one torch version load, run and match in another?")
    sub = top.add_subparsers(dest="command", required=True)

    save = sub.add_parser("save", help="build, train and save generated models in every format")
    save.add_argument("--out", required=True, help="artifact directory to (re)create")
    save.add_argument("--examples", type=examples, default=NOT_GIVEN,
                      help="number of generated models (default: [tool.harness] examples, else auto: 40, every "
                           "layer kind at least once; 0 when --model or --models names your own)")
    save.add_argument("--seed", type=count, help="generator seed: same seed, same specs (default: [tool.harness] "
                                                 "seed, else 0)")
    save.add_argument("--format", action="append", default=[], help="only this format (repeatable)")
    save.add_argument("--skip-format", action="append", default=[], metavar="FORMAT",
                      help="leave this format out (repeatable; default: [tool.harness] skip-formats)")
    save.add_argument("--specs", metavar="FILE",
                      help="save these specs (JSON Lines, as `gen --out` writes) instead of generating")
    save.add_argument("--model", action="append", default=[], metavar="PACKAGE.MODULE:FACTORY",
                      help="your own model: FACTORY() returns (module, example_inputs[, recipe_dict]); "
                           "repeatable")
    save.add_argument("--models", type=factories, metavar="REF,REF,...",
                      help="your own models, comma-separated (empty: none; default: [tool.harness] models "
                           "unless --model is given)")
    add_run_flags(save, workers="processes saving side by side (default: one per core)",
                  timeout="time one case may take in one pass over its formats before it counts as hung "
                          "(default 600)")
    save.add_argument("--force", action="store_true",
                      help="save even if the artifacts there were saved from the same inputs")
    save.add_argument("--sign", metavar="KEY",
                      help="sign the manifest (HMAC-SHA256, manifest.sig) with the key in file KEY, or env:NAME")
    save.add_argument("--code", metavar="REF", help=CODE_HELP)
    save.add_argument("--quiet", action="store_true", help="no progress output")
    save.set_defaults(run=cmd_save)

    verify = sub.add_parser("verify", help="load artifacts here, compare, append result records")
    verify.add_argument("dirs", nargs="+", metavar="DIR", help="artifact directories written by save")
    verify.add_argument("--results", required=True, help="JSON Lines file to append records to")
    add_run_flags(verify, trust_pickles=None, trust_code=None, shrink=None,
                  timeout="time one case may take, all its formats together, before it counts as hung "
                          "(default 600)",
                  workers="processes verifying side by side (default: one per core)")
    verify.add_argument("--require-signature", metavar="KEY",
                        help="refuse a directory whose manifest.sig is not an HMAC of its manifest with this key "
                             "(file KEY, or env:NAME)")
    verify.add_argument("--code", metavar="REF", help=CODE_HELP)
    verify.add_argument("--quiet", action="store_true", help="no progress output")
    verify.set_defaults(run=cmd_verify)

    matrix = sub.add_parser("matrix", help="cross-verify this environment with every registered one")
    matrix.add_argument("--name", required=True, help="this environment's name, e.g. torch24")
    matrix.add_argument("--artifacts", required=True, help="root holding one artifact directory per env")
    matrix.add_argument("--results", required=True, help="directory of per-pair results files")
    add_run_flags(matrix, trust_pickles=None, trust_code=None, shrink=None,
                  workers="processes verifying side by side in each environment (default: one per core)")
    matrix.add_argument("--here-only", action="store_true",
                        help="verify only what this environment loads (the atlas visits every environment "
                             "itself; others may be removed meanwhile)")
    matrix.add_argument("--code", metavar="REF", help=CODE_HELP)
    matrix.add_argument("--quiet", action="store_true", help="no progress output")
    matrix.set_defaults(run=cmd_matrix)

    gen = sub.add_parser("gen", help="print generated specs, or with --stats what they cover")
    gen.add_argument("--examples", type=count, default=40, help="number of specs (default 40)")
    gen.add_argument("--seed", type=count, default=0, help="generator seed (default 0)")
    gen.add_argument("--stats", action="store_true", help="print how often each vocabulary item appears")
    gen.add_argument("--out", help="write the specs as JSON Lines to this file")
    gen.set_defaults(run=cmd_gen)

    audit = sub.add_parser("audit", help="list tensors state_dict will not carry, with proof; exit 1 if any")
    audit.add_argument("factories", nargs="+", metavar="PACKAGE.MODULE:FACTORY",
                       help="FACTORY() returns (module, example_inputs)")
    audit.set_defaults(run=cmd_audit)

    # internal: no help, so it is not listed; INTERNAL keeps it out of the usage line too
    worker = sub.add_parser("worker", description="serve save/verify requests as JSON lines (internal: "
                                                  "started by harness's own pools, never by hand)")
    worker.add_argument("--channel", required=True, metavar="R,W",
                        help="file descriptors to read requests from and write answers to")
    worker.add_argument("--memory-mb", type=int, default=0, metavar="MIB",
                        help="memory ceiling of this process (RLIMIT_DATA; 0: none)")
    worker.set_defaults(run=cmd_worker)

    report_cli.add_parsers(sub)
    atlas_cli.add_parsers(sub)
    probe_cli.add_parsers(sub)
    team_cli.add_parsers(sub)
    sub.metavar = "{" + ",".join(name for name in sub.choices if name not in INTERNAL) + "}"
    return top


MORE_MEMORY = "give it less at once or a machine with more"
#: What to do when a command runs out of memory: report and gate stream results files
#: (:mod:`harness.report.passes`) and hold a compat.json whole.
OUT_OF_MEMORY = {command: "give it fewer results at once (results files are read in two passes, a compat.json "
                          "whole) or a machine with more" for command in ("report", "gate")}


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 is printed as its escape
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = parser().parse_args(argv)
    args.entry = main  # `run` runs other commands through it
    from ..plugin_loader import load_plugins
    from ..runner.client import WorkerRequestError

    try:
        load_plugins()
        return args.run(args)
    except HarnessError as exc:
        message = exc.args[0] if exc.args else str(exc)
        print(f"harness {args.command}: error: {message}", file=sys.stderr)
        return 2
    except WorkerRequestError as exc:
        if not exc.user:
            raise
        print(f"harness {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except MemoryError:
        print(f"harness {args.command}: error: out of memory; {OUT_OF_MEMORY.get(args.command, MORE_MEMORY)}",
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130

