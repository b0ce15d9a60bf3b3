"""What ``report`` and ``gate`` take at scale: ``python benchmarks/scale.py [RESULTS] --records N ...``

Records of a real run — RESULTS (a results file, a directory of them or a compat.json), or a
small save + verify made here — are repeated under new case ids until there are N, written
as one JSON Lines file, and ``harness report`` and ``harness gate`` (with this checkout's
baseline) run on it, each a fresh process: wall seconds and peak memory (the largest
process, ``wait4``'s ``ru_maxrss``) are printed per N. A figure, never asserted: the
threat model states it (docs/reference/threat-model.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import CHILD_ENV, ROOT, run_tree  # noqa: E402  (this folder's own module)


def base_records(given: str | None, work: Path) -> list[dict]:
    """The records to repeat: those of ``given``, or of 3 generated models saved and verified here."""
    sys.path.insert(0, str(ROOT))
    from harness.report.read import read_records

    if given:
        return read_records([Path(given)])
    run_tree([sys.executable, "-m", "harness", "save", "--out", str(work / "art"), "--examples", "3", "--workers", "1",
              "--quiet"], env=CHILD_ENV)
    run_tree([sys.executable, "-m", "harness", "verify", str(work / "art"), "--results", str(work / "r.jsonl"),
              "--workers", "1", "--trust-pickles", "--trust-code", "--quiet"], env=CHILD_ENV)
    return read_records([work / "r.jsonl"])


def write_scaled(records: list[dict], n: int, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            record = dict(records[i % len(records)], case=f"{records[i % len(records)]['case']}-{i // len(records)}")
            out.write(json.dumps(record) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", nargs="?", help="records to repeat (default: a small run made here)")
    parser.add_argument("--records", type=int, nargs="+", default=[100_000])
    args = parser.parse_args()
    baseline = ROOT / "compat-baseline.toml"
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as scratch:
        work = Path(scratch)
        records = base_records(args.results, work)
        print(f"{len(records)} records to repeat", file=sys.stderr)
        for n in args.records:
            path = work / f"r{n}.jsonl"
            write_scaled(records, n, path)
            size = path.stat().st_size
            report = run_tree([sys.executable, "-m", "harness", "report", str(path), "--out", str(work / "reports"),
                               "--baseline", str(baseline)], env=CHILD_ENV)
            gate = run_tree([sys.executable, "-m", "harness", "gate", str(path), "--baseline", str(baseline)],
                            env=CHILD_ENV, check=False)
            print(f"{n:,} records ({size / 2**30:.2f} GiB of JSON Lines): report {report['wall']:.0f} s, "
                  f"peak {report['peak_mib']:,.0f} MiB; gate {gate['wall']:.0f} s, peak {gate['peak_mib']:,.0f} MiB")
            path.unlink()


if __name__ == "__main__":
    main()
