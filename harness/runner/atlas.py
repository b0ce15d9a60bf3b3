"""The atlas: every torch release of the table, every ordered pair, on one machine, in turn.

Sixteen torch environments of 3.5–5 GB each (and a uv cache as big again) do not fit on
a 60 GB disk, so the atlas does not keep them all: tox (with tox-uv) builds each
environment when its turn comes, and an environment is removed once the plan no longer
needs it, or when free disk falls below a reserve (the atlas's own uv cache goes first).

Pair (A saved, B loaded) needs only B's environment and A's artifact directory, so the
plan visits every environment twice at most: in release order, each saves and verifies
every artifact set saved so far (old → new and itself); then in reverse order, each
verifies the sets saved after it (new → old). The last release needs one visit. Each
visit is the same two steps as a tox environment's commands (``save``, then ``matrix
--here-only``), so artifacts saved from unchanged inputs and pair files already current
are not redone: an interrupted atlas started again continues where it stopped, and a
visit whose pairs are all current is skipped without installing anything.

The supervising process never imports torch.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..artifacts.manifest import COMPAT_PACKAGES, MANIFEST, write_json_atomic
from ..errors import HarnessError
from ..options import RunOptions
from ..versions import TorchEnv
from .matrix import is_current, pair_file
from .save_pool import harness_digest
from .tox_envs import build_env, env_python, exec_python, nested_tox_env

Say = Callable[[str], None]
GB = 1 << 30
STATE = "atlas-state.json"


class AtlasError(HarnessError, RuntimeError):
    """The atlas cannot start (no tox, a bad table): one line."""


@dataclass(frozen=True)
class AtlasOptions:
    envs: Sequence[TorchEnv]
    tox_root: Path         # the repository whose tox (or harness's packaged one) builds the environments
    state: Path            # artifacts/, results/, tox/ (environments), uv-cache/, atlas-state.json
    examples: int = 40
    seed: int = 0
    #: what each environment's save and verify run with (the atlas's own environments and
    #: artifacts: pickles and programs trusted)
    run: RunOptions = RunOptions(trust_pickles=True, trust_code=True)
    reserve_gb: float = 12.0   # free disk the atlas keeps (it removes environments and its cache for it)
    uv_cache: Path | None = None  # a uv cache of yours to use instead of its own (never emptied)
    commit: str = ""              # the harness checkout's commit, recorded with each run
    models: Sequence[str] = ()    # a team's factories ([tool.harness] models), saved beside the examples

    @property
    def artifacts(self) -> Path:
        return self.state / "artifacts"

    @property
    def results(self) -> Path:
        return self.state / "results"

    @property
    def workdir(self) -> Path:
        return self.state / "tox"

    @property
    def cache(self) -> Path:
        return self.uv_cache or self.state / "uv-cache"


@dataclass
class Visit:
    env: str
    saves: bool                       # the first visit saves; both verify
    loads: list[str]                  # the artifact sets this visit brings up to date


@dataclass
class AtlasRun:
    wall_seconds: float = 0.0
    peak_used_bytes: int = 0
    start_used_bytes: int = 0
    skipped_visits: int = 0
    problems: list[str] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)


def plan(envs: Sequence[TorchEnv]) -> list[Visit]:
    """Release order (save, and load everything saved so far), then reverse order (load what
    was saved after): every ordered pair exactly once."""
    names = [env.name for env in envs]
    visits = [Visit(name, True, names[: index + 1]) for index, name in enumerate(names)]
    visits += [Visit(name, False, names[index + 1:]) for index, name in reversed(list(enumerate(names[:-1])))]
    return visits


class _DiskWatch:
    """The most disk in use while the atlas runs (sampled), for the figures it reports."""

    def __init__(self, path: Path) -> None:
        self.path, self.stop = path, threading.Event()
        self.start = self.peak = self.used()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def used(self) -> int:
        usage = shutil.disk_usage(self.path)
        return usage.total - usage.free

    def free(self) -> int:
        return shutil.disk_usage(self.path).free

    def _sample(self) -> None:
        while not self.stop.wait(2.0):
            self.peak = max(self.peak, self.used())

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.peak = max(self.peak, self.used())


def run_atlas(options: AtlasOptions, say: Say = lambda line: None) -> AtlasRun:
    """Bring every pair of ``options.envs`` up to date; returns what it took."""
    if not options.tox_root.is_dir():
        raise AtlasError(f"--tox-root {options.tox_root} is not a directory")
    for path in (options.artifacts, options.results, options.workdir):
        path.mkdir(parents=True, exist_ok=True)
    state_path = options.state / STATE
    state = read_state(options.state)
    digest = harness_digest()
    visits = plan(options.envs)
    run, started = AtlasRun(state=state), time.monotonic()
    disk = _DiskWatch(options.state)
    run.start_used_bytes = disk.start
    try:
        for index, visit in enumerate(visits):
            label = f"[{index + 1}/{len(visits)}] {visit.env}"
            if _visit_done(visit, options, state, digest):
                run.skipped_visits += 1
                say(f"{label}: every pair it loads is current; skipped")
                _drop_unneeded(visits[index + 1:], options, say)
                continue
            _make_room(visit.env, visits[index:], options, disk, say)
            env_state = state.setdefault("envs", {}).setdefault(visit.env, {})
            if not _install(visit.env, options, env_state, say, label):
                run.problems.append(f"{visit.env}: the environment could not be built: {env_state['install_error']}")
                write_json_atomic(state_path, state)
                continue
            _steps(visit, options, env_state, digest, run, say, label)
            write_json_atomic(state_path, state)
            _drop_unneeded(visits[index + 1:], options, say)
    finally:
        disk.close()
        run.peak_used_bytes = disk.peak
        run.wall_seconds = time.monotonic() - started
        state.setdefault("runs", []).append({
            "wall_seconds": round(run.wall_seconds, 1), "peak_above_start_bytes": disk.peak - disk.start,
            "visits": len(visits), "skipped_visits": run.skipped_visits, "problems": run.problems,
            "commit": options.commit,
            "finished": time.strftime("%Y-%m-%d %H:%M:%S")})
        write_json_atomic(state_path, state)
    return run


def read_state(root: Path) -> dict[str, Any]:
    """What earlier atlas runs under ``root`` recorded (empty if none)."""
    path = root / STATE
    if not path.is_file():
        return {}
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


def _manifest_run_id(directory: Path) -> str | None:
    try:
        return json.loads((directory / MANIFEST).read_text(encoding="utf-8")).get("run_id")
    except (OSError, ValueError, AttributeError):
        return None


def _pair_current(options: AtlasOptions, saved: str, loaded: str, fingerprint: Mapping[str, Any] | None) -> bool:
    run_id = _manifest_run_id(options.artifacts / saved)
    return run_id is not None and fingerprint is not None and is_current(
        pair_file(options.results, saved, loaded), run_id, fingerprint)


def _visit_done(visit: Visit, options: AtlasOptions, state: Mapping[str, Any], digest: str) -> bool:
    """Saved by this very harness, and every pair this visit loads is current: nothing to do,
    so the environment need not even be installed."""
    env_state = state.get("envs", {}).get(visit.env, {})
    if env_state.get("harness") != digest or env_state.get("run_id") != _manifest_run_id(
            options.artifacts / visit.env):
        return False
    return all(_pair_current(options, saved, visit.env, env_state.get("fingerprint")) for saved in visit.loads)


def _env_dir(options: AtlasOptions, name: str) -> Path:
    return options.workdir / name


def _install(name: str, options: AtlasOptions, env_state: dict[str, Any], say: Say, label: str) -> bool:
    """tox (with tox-uv) builds the environment (or finds it built); records how long it took
    and what it installed."""
    fresh = not env_python(options.workdir, name).exists()
    say(f"{label}: {'installing' if fresh else 'checking'} the environment (tox)")
    started = time.monotonic()
    done = build_env(options.tox_root, name, options.workdir, {"UV_CACHE_DIR": str(options.cache)})
    seconds = round(time.monotonic() - started, 1)
    env_state.setdefault("installs", []).append({"seconds": seconds, "fresh": fresh})
    if done.returncode != 0:
        tail = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()][-3:]
        env_state["install_error"] = " | ".join(tail)[:600]
        say(f"{label}: tox could not build it: {env_state['install_error']}")
        return False
    env_state.pop("install_error", None)
    python = env_python(options.workdir, name)
    probe = subprocess.run([str(python), "-c", "import importlib.metadata as m, json, sys\n"
                            "out = {}\nfor name in sys.argv[1:]:\n    try: out[name] = m.version(name)\n"
                            "    except m.PackageNotFoundError: pass\nprint(json.dumps(out))", *COMPAT_PACKAGES],
                           capture_output=True, text=True)
    if probe.returncode == 0:
        env_state["packages"] = json.loads(probe.stdout)
    return True


def _steps(visit: Visit, options: AtlasOptions, env_state: dict[str, Any], digest: str, run: AtlasRun,
           say: Say, label: str) -> None:
    """The environment's own two steps: save (skipped while current), then verify what it loads.
    Run with ``tox exec`` in the environment just built, so tox.ini's ``set_env`` and
    ``pass_env`` apply exactly as to the environment's own commands."""
    python = exec_python(options.tox_root, visit.env, options.workdir)
    env = {**nested_tox_env(), "UV_CACHE_DIR": str(options.cache)}
    logs = options.state / "logs"
    logs.mkdir(exist_ok=True)
    workers = ["--workers", str(options.run.workers)]
    steps = []
    if visit.saves or not (options.artifacts / visit.env / MANIFEST).is_file():
        steps.append(("save", [*python, "-m", "harness", "save", "--out", str(options.artifacts / visit.env),
                               "--examples", str(options.examples), "--seed", str(options.seed),
                               f"--models={','.join(options.models)}", *workers]))
    steps.append(("verify", [*python, "-m", "harness", "matrix", "--name", visit.env, "--artifacts",
                             str(options.artifacts), "--results", str(options.results), "--here-only",
                             *options.run.flags()]))
    for step, command in steps:
        say(f"{label}: {step}" + (f" (artifacts of {len(visit.loads)} environments)" if step == "verify" else ""))
        started = time.monotonic()
        with open(logs / f"{visit.env}-{step}.log", "a", encoding="utf-8") as log:
            log.write(f"\n$ {' '.join(command)}\n")
            log.flush()
            done = subprocess.run(command, stdout=log, stderr=log, stdin=subprocess.DEVNULL, env=env)
        seconds = round(time.monotonic() - started, 1)
        env_state.setdefault("steps", []).append({"step": step, "seconds": seconds, "loads": len(visit.loads),
                                                  "exit": done.returncode})
        if done.returncode != 0:
            last = _last_line(logs / f"{visit.env}-{step}.log", visit.env)
            run.problems.append(f"{visit.env}: {step} exited {done.returncode}: {last}")
            say(f"{label}: {step} failed (exit {done.returncode}): {last}")
            if step == "save":
                continue
    registry = options.artifacts / "environments.json"
    try:
        env_state["fingerprint"] = json.loads(registry.read_text(encoding="utf-8"))[visit.env]["environment"]
    except (OSError, ValueError, KeyError):
        env_state.pop("fingerprint", None)
    if visit.saves:
        env_state["run_id"], env_state["harness"] = _manifest_run_id(options.artifacts / visit.env), digest


def _last_line(path: Path, env: str) -> str:
    """The step's own last words: tox's closing lines about the environment are skipped."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
             if line.strip() and not line.strip().startswith(f"{env}:")
             and "evaluation failed" not in line and "congratulations" not in line]
    return lines[-1][:300] if lines else "(no output)"


def _needed(name: str, rest: Sequence[Visit]) -> int | None:
    """How many visits until ``name`` is visited again (None: never)."""
    return next((index for index, visit in enumerate(rest) if visit.env == name), None)


def _remove_env(name: str, options: AtlasOptions, say: Say, why: str) -> None:
    if _env_dir(options, name).exists():
        shutil.rmtree(_env_dir(options, name), ignore_errors=True)
        say(f"removed the {name} environment ({why})")


def _drop_unneeded(rest: Sequence[Visit], options: AtlasOptions, say: Say) -> None:
    for directory in sorted(options.workdir.glob("torch*")):
        if _needed(directory.name, rest) is None:
            _remove_env(directory.name, options, say, "no later visit needs it")


def _make_room(name: str, rest: Sequence[Visit], options: AtlasOptions, disk: _DiskWatch, say: Say) -> None:
    """Keep ``reserve_gb`` free before building an environment: first the atlas's uv cache goes
    (the environments keep what they use: uv hardlinks from its cache), then the environments
    the plan needs last."""
    reserve = options.reserve_gb * GB
    if disk.free() >= reserve:
        return
    if options.uv_cache is None and options.cache.exists():
        shutil.rmtree(options.cache, ignore_errors=True)
        say(f"free disk below {options.reserve_gb:g} GB: emptied the atlas's uv cache")
    installed = [d.name for d in options.workdir.glob("torch*") if d.name != name]
    installed.sort(key=lambda other: -(_needed(other, rest) if _needed(other, rest) is not None else 1 << 30))
    for other in installed:
        if disk.free() >= reserve:
            return
        _remove_env(other, options, say, f"free disk below {options.reserve_gb:g} GB")
