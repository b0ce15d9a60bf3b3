"""How close harness comes to the unavoidable cost: ``tox -e bench`` (or ``nox -s bench``).

For N generated specs (default 10, 100 and 1000) it times, in this environment:

- ``harness save`` and ``harness verify`` with 1 worker (and with 2 at --speedup-sizes),
  each a fresh process tree with ``HARNESS_PROFILE`` set; peak memory of the largest
  process of each run (a worker);
- the floor of each run, from that run's profile: one torch import (the least any run
  needs) plus the union of the intervals its processes spent inside raw calls: each
  adapter's save, load, run and restore, and each training update (forward, backward,
  step — to the save point, and the resumed steps), each timed around the call alone. The
  overhead ratio is wall time ÷ this floor — both from the same run, so a machine that
  changes speed between runs does not skew it;
- at --floor-sizes, the same calls again in processes of their own
  (benchmarks/floor.py), as a check that they cost there what they cost inside harness;
- per format, harness's mean save, load and compare seconds per case (from the
  manifest and the result records).

With ``--tox`` it also runs the default ``tox -e torch21,torch24`` twice in a scratch
state directory (cold: everything saved and verified; warm: nothing changed) and splits
its wall time into environment checks (tox's ``setup``), torch imports and raw format
operations (the union of the save, load, run and restore intervals every harness process
recorded; training updates count as "the rest" there), and the rest.

Prints a table with each target beside its measured value and writes everything as
JSON (``--out``, default benchmarks/results/bench.json); ``--show FILE`` prints a stored
result again. Targets are read, not asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW_FORMAT_OPS = ("save", "load", "run", "restore")
TARGETS = {
    "overhead_save_100": ("overhead ratio, save, N=100 (1 worker)", "<=", 1.3),
    "overhead_verify_100": ("overhead ratio, verify, N=100 (1 worker)", "<=", 1.3),
    "verify_speedup": ("verify speed-up, 2 workers over 1 (largest N)", ">=", 1.7),
    "memory_growth_save": ("peak memory per worker, save, N=100 -> N=1000", "<=", 0.10),
    "memory_growth_verify": ("peak memory per worker, verify, N=100 -> N=1000", "<=", 0.10),
    "tox_outside_share": ("default tox run: wall time outside imports, raw ops, env checks", "<=", 0.25),
}


def run_tree(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None,
             check: bool = True) -> dict:
    """Wall seconds and peak RSS (MiB) of the largest process of the tree: the child is reaped
    with wait4, whose rusage covers its waited-for descendants (the workers). ``check``: a
    failing command stops the benchmark (a gate that finds something exits 1 and is timed)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if check and process.returncode:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-3000:]}")
    return {"wall": wall, "peak_mib": usage.ru_maxrss / 1024, "stdout": stdout, "stderr": stderr}


#: Every process the benchmark starts runs this checkout's harness (the one tox installed, in tox -e bench).
CHILD_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def harness(*args: str) -> dict:
    """Run a harness command with HARNESS_PROFILE set; adds the floor measured inside the same
    run: one torch import (the least any run needs) plus the union of the intervals its
    processes spent in raw calls (save, load, run, restore — timed around the calls alone —
    and training updates)."""
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as scratch:
        profile = Path(scratch) / "profile.jsonl"
        done = run_tree([sys.executable, "-m", "harness", *args], env={**CHILD_ENV, "HARNESS_PROFILE": str(profile)})
        lines = [json.loads(line) for line in profile.read_text().splitlines()] if profile.exists() else []
    imports = [e - s for line in lines for kind, s, e in line["intervals"] if kind == "import"]
    raw = union([(s, e) for line in lines for kind, s, e in line["intervals"] if kind != "import"])
    done["in_run_floor"] = {"import": min(imports, default=0.0), "raw": raw,
                            "total": min(imports, default=0.0) + raw, "processes": len(imports)}
    return done


def floor(side: str, directory: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="floor-cwd-") as cwd:  # exporters drop report files in cwd
        done = run_tree([sys.executable, str(ROOT / "benchmarks" / "floor.py"), side, str(directory)], cwd=Path(cwd),
                        env=CHILD_ENV)
    data = json.loads(done["stdout"].strip().splitlines()[-1])
    raw = sum(sum(times) for steps in data["formats"].values() for times in steps.values())
    return {"import": data["import"], "raw": raw, "total": data["import"] + raw, "wall": done["wall"],
            "formats": data["formats"]}


def per_format(directory: Path, results: Path) -> dict:
    """Harness's mean seconds per case: save (manifest), load/run/compare (output records)."""
    spent: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    manifest = json.loads((directory / "manifest.json").read_text())
    for entry in manifest["cases"]:
        for fmt, record in entry["formats"].items():
            if "seconds" in record:
                spent[fmt]["save"].append(record["seconds"])
    for line in results.read_text().splitlines():
        record = json.loads(line)
        for step, seconds in (record.get("seconds") or {}).items():
            spent[record["format"]][f"{record['check']}:{step}"].append(seconds)
    return {fmt: {step: statistics.fmean(v) for step, v in steps.items()} for fmt, steps in spent.items()}


def sweep(n: int, seed: int, work: Path, workers: list[int], repeat: int, with_floor: bool) -> dict:
    """Harness with each worker count and the floor, interleaved ``repeat`` times; the fastest
    run of each counts (the minimum is the least disturbed by the rest of the machine)."""
    out: dict = {"n": n, "repeat": repeat}
    artifacts = work / f"n{n}"
    runs: dict[str, list[dict]] = defaultdict(list)
    for _ in range(repeat):
        for w in workers:
            save = harness("save", "--out", str(artifacts), "--examples", str(n), "--seed", str(seed),
                           "--workers", str(w), "--force", "--quiet")
            results = work / f"n{n}-w{w}.jsonl"
            results.unlink(missing_ok=True)
            verify = harness("verify", str(artifacts), "--results", str(results), "--trust-pickles", "--trust-code",
                             "--workers", str(w), "--quiet")
            runs[f"w{w}"].append({
                "save": save["wall"], "save_peak_mib": save["peak_mib"], "verify": verify["wall"],
                "verify_peak_mib": verify["peak_mib"], "save_floor": save["in_run_floor"]["total"],
                "verify_floor": verify["in_run_floor"]["total"],
                "save_overhead": save["wall"] / save["in_run_floor"]["total"],
                "verify_overhead": verify["wall"] / verify["in_run_floor"]["total"]})
            print(f"  N={n} workers={w}: save {save['wall']:.1f}s (floor in the run "
                  f"{save['in_run_floor']['total']:.1f}s), verify {verify['wall']:.1f}s (floor in the run "
                  f"{verify['in_run_floor']['total']:.1f}s)", file=sys.stderr)
        if with_floor:
            runs["floor_save"].append(floor("save", artifacts))
            runs["floor_verify"].append(floor("load", artifacts))
            print(f"  N={n} floor process: save {runs['floor_save'][-1]['total']:.1f}s, "
                  f"verify {runs['floor_verify'][-1]['total']:.1f}s", file=sys.stderr)
    for w in workers:  # the fastest of the repeats (wall, and ratio: the least disturbed)
        out[f"w{w}"] = {key: min(run[key] for run in runs[f"w{w}"]) for key in runs[f"w{w}"][0]}
        out[f"w{w}"]["all"] = runs[f"w{w}"]
    for side in ("floor_save", "floor_verify") if with_floor else ():
        out[side] = min(runs[side], key=lambda run: run["total"])
        out[side]["all_totals"] = [run["total"] for run in runs[side]]
    out["per_format"] = per_format(artifacts, work / f"n{n}-w{workers[0]}.jsonl")
    w1 = out.get("w1")
    if w1:
        out["overhead_save"] = w1["save_overhead"]
        out["overhead_verify"] = w1["verify_overhead"]
        if with_floor:  # the same calls in a process of their own: a check on the in-run floor
            out["overhead_save_vs_floor_process"] = w1["save"] / out["floor_save"]["total"]
            out["overhead_verify_vs_floor_process"] = w1["verify"] / out["floor_verify"]["total"]
        out["cases_per_min_save"] = 60 * n / w1["save"]
        out["cases_per_min_verify"] = 60 * n / w1["verify"]
    if w1 and "w2" in out:
        out["speedup_save"] = w1["save"] / out["w2"]["save"]
        out["speedup_verify"] = w1["verify"] / out["w2"]["verify"]
        out["cases_per_min_save_w2"] = 60 * n / out["w2"]["save"]
        out["cases_per_min_verify_w2"] = 60 * n / out["w2"]["verify"]
    return out


def union(intervals: list[tuple[float, float]]) -> float:
    total, end = 0.0, float("-inf")
    for s, e in sorted(intervals):
        if e > end:
            total += e - max(s, end)
            end = e
    return total


def tox_run(envs: str) -> dict:
    state = Path(tempfile.mkdtemp(prefix="bench-tox-"))
    profile = state / "profile.jsonl"
    env = {**os.environ, "HARNESS_STATE": str(state / "state"), "HARNESS_REPORTS": str(state / "reports"),
           "HARNESS_PROFILE": str(profile)}
    env.pop("VIRTUAL_ENV", None)
    runs = {}
    for which in ("cold", "warm"):
        profile.unlink(missing_ok=True)
        start = time.time()
        done = subprocess.run([sys.executable, "-m", "tox", "-e", envs], cwd=ROOT, env=env,
                              capture_output=True, text=True)
        end = time.time()
        if done.returncode:
            raise SystemExit(f"tox -e {envs} failed:\n{done.stdout[-3000:]}\n{done.stderr[-2000:]}")
        setup = sum(float(x) for x in re.findall(r"setup\[([0-9.]+)\]", done.stdout + done.stderr))
        kinds: dict[str, list] = defaultdict(list)
        for line in profile.read_text().splitlines() if profile.exists() else []:
            for kind, s, e in json.loads(line)["intervals"]:
                if kind in RAW_FORMAT_OPS or kind == "import":  # training updates are not format operations
                    kinds["import" if kind == "import" else "raw"].append((max(s, start), min(e, end)))
        imports = union(kinds["import"])
        covered = union(kinds["import"] + kinds["raw"])
        wall = end - start
        runs[which] = {"wall": wall, "env_checks": setup, "imports": imports, "raw_ops": covered - imports,
                       "outside": wall - setup - covered, "outside_share": (wall - setup - covered) / wall}
        print(f"  tox -e {envs} ({which}): {wall:.1f}s", file=sys.stderr)
    return runs


def verdict(key: str, value: float | None) -> str:
    if value is None:
        return "not measured"
    _, op, target = TARGETS[key]
    holds = value <= target if op == "<=" else value >= target
    return "holds" if holds else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="numbers of specs (default 10,100,1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--speedup-sizes", default="100,1000",
                        help="sizes also run with 2 workers (default 100,1000)")
    parser.add_argument("--floor-sizes", default="10,100",
                        help="sizes also timed by benchmarks/floor.py in processes of their own (default 10,100)")
    parser.add_argument("--repeat", type=int, default=2,
                        help="runs of each measurement at N <= 100, the fastest counts (default 2; one above 100)")
    parser.add_argument("--tox", action="store_true", help="also time the default tox -e torch21,torch24")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "bench.json"))
    parser.add_argument("--show", metavar="JSON", help="print the table of a stored result and stop")
    args = parser.parse_args()
    if args.show:
        if not Path(args.show).is_file():
            parser.error(f"--show: no benchmark result at {args.show} (run without --show to make one)")
        stored = json.loads(Path(args.show).read_text())
        stored["sizes"] = {int(n): r for n, r in stored["sizes"].items()}
        _print(stored, sorted(stored["sizes"]))
        return 0
    sizes = [int(x) for x in args.sizes.split(",") if x]
    twice = {int(x) for x in args.speedup_sizes.split(",") if x}
    floor_sizes = {int(x) for x in args.floor_sizes.split(",") if x}
    import torch

    report: dict = {"torch": torch.__version__, "python": sys.version.split()[0], "cores": os.cpu_count(),
                    "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        for n in sizes:
            print(f"N={n}", file=sys.stderr)
            report["sizes"][n] = sweep(n, args.seed, Path(scratch), [1, 2] if n in twice else [1],
                                       args.repeat if n <= 100 else 1, n in floor_sizes)
    if args.tox:
        report["tox"] = tox_run("torch21,torch24")
    measured = _measured(report, sizes)
    report["targets"] = {k: {"what": TARGETS[k][0], "target": f"{TARGETS[k][1]} {TARGETS[k][2]}",
                             "measured": v, "verdict": verdict(k, v)} for k, v in measured.items()}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1, sort_keys=True) + "\n")
    _print(report, sizes)
    print(f"\nwrote {args.out}")
    return 0


def _measured(report: dict, sizes: list[int]) -> dict:
    at = report["sizes"]
    big = [n for n in sizes if "speedup_verify" in at[n]]
    growth = {}
    for side in ("save", "verify"):
        if 100 in at and 1000 in at:
            growth[side] = at[1000]["w1"][f"{side}_peak_mib"] / at[100]["w1"][f"{side}_peak_mib"] - 1
    return {
        "overhead_save_100": at[100]["overhead_save"] if 100 in at else None,
        "overhead_verify_100": at[100]["overhead_verify"] if 100 in at else None,
        "verify_speedup": at[max(big)]["speedup_verify"] if big else None,
        "memory_growth_save": growth.get("save"),
        "memory_growth_verify": growth.get("verify"),
        "tox_outside_share": report["tox"]["cold"]["outside_share"] if "tox" in report else None,
    }


def _print(report: dict, sizes: list[int]) -> None:
    print(f"\nharness benchmark — torch {report['torch']}, Python {report['python']}, {report['cores']} cores")
    print("ratio = harness wall ÷ floor (one torch import + the raw format calls of the same run);"
          " [floor process: the same calls timed by benchmarks/floor.py]")
    print(f"\n{'N':>5} {'save 1w':>8} {'floor':>7} {'ratio':>5} {'[proc]':>6} {'verify 1w':>9} {'floor':>7}"
          f" {'ratio':>5} {'[proc]':>6} {'save 2w':>8} {'verify 2w':>9} {'x save|verify':>13}"
          f" {'cases/min 1w s|v':>17} {'peak MiB s|v':>13}")
    nan = float("nan")
    for n in sizes:
        r = report["sizes"][n]
        w1, w2 = r["w1"], r.get("w2", {})
        print(f"{n:>5} {w1['save']:>7.1f}s {w1['save_floor']:>6.1f}s {r['overhead_save']:>5.2f}"
              f" {r.get('overhead_save_vs_floor_process', nan):>6.2f}"
              f" {w1['verify']:>8.1f}s {w1['verify_floor']:>6.1f}s {r['overhead_verify']:>5.2f}"
              f" {r.get('overhead_verify_vs_floor_process', nan):>6.2f}"
              f" {w2.get('save', nan):>7.1f}s {w2.get('verify', nan):>8.1f}s"
              f" {r.get('speedup_save', nan):>6.2f}|{r.get('speedup_verify', nan):<6.2f}"
              f" {r['cases_per_min_save']:>8.0f}|{r['cases_per_min_verify']:<8.0f}"
              f" {w1['save_peak_mib']:>6.0f}|{w1['verify_peak_mib']:<6.0f}")
    for n in [n for n in sizes if "floor_save" in report["sizes"][n]][-1:]:
        _print_formats(report, n)
    if "tox" in report:
        for which, t in report["tox"].items():
            print(f"\ntox -e torch21,torch24 ({which}): {t['wall']:.1f}s = env checks {t['env_checks']:.1f}s"
                  f" + torch imports {t['imports']:.1f}s + raw format ops {t['raw_ops']:.1f}s"
                  f" + the rest {t['outside']:.1f}s ({100 * t['outside_share']:.0f}%)")
    print("\ntargets")
    for key, t in report["targets"].items():
        value = t["measured"]
        shown = "—" if value is None else (f"{100 * value:+.1f}%" if "growth" in key or "share" in key
                                            else f"{value:.2f}")
        print(f"  {t['what']:<66} {t['target']:>8}  measured {shown:>8}  {t['verdict']}")


def _print_formats(report: dict, n: int) -> None:
    print(f"\nper format, N={n}: harness mean ms per case (save | output load, run, compare | floor save, load, run)")
    r = report["sizes"][n]
    floor_s, floor_v = r["floor_save"]["formats"], r["floor_verify"]["formats"]
    for fmt in sorted(r["per_format"]):
        h = r["per_format"][fmt]
        mean = lambda d, k: 1000 * statistics.fmean(d[k]) if d.get(k) else float("nan")  # noqa: E731
        print(f"  {fmt:<20} {1000 * h.get('save', float('nan')):>8.1f} | "
              f"{1000 * h.get('output:load', float('nan')):>7.1f} {1000 * h.get('output:run', float('nan')):>6.1f} "
              f"{1000 * h.get('output:compare', float('nan')):>6.2f} | {mean(floor_s.get(fmt, {}), 'save'):>8.1f} "
              f"{mean(floor_v.get(fmt, {}), 'load'):>7.1f} {mean(floor_v.get(fmt, {}), 'run'):>6.1f}")


if __name__ == "__main__":
    sys.exit(main())
