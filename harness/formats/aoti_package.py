"""``aoti-package``: an AOTInductor package (``.pt2``), the compiled model deployment teams ship.

``torch._inductor.aoti_compile_and_package`` compiles the case's ``torch.export`` program on the
CPU into a shared library with the weights and zips it; ``aoti_load_package`` loads it with no
Python code and runs it. Loading dlopens native code, so it needs ``--trust-code`` as
TorchScript and ``torch.export`` programs do. Inference-only: the package keeps no optimizer
state and cannot train.

Measured (CPU, a C++ compiler on PATH): 2.6, 2.13 and 2.15 compile and load packages; 2.1 and
2.4 have neither call. The compile imports setuptools, which torch 2.6 does not depend on: 2.6's
row installs it (``setuptools<81``, which executorch 0.5 needs too). 2.13 and 2.15 write the
unified PT2 archive (``package_pt2``: every file under one top-level folder, read back by
``load_pt2``, the ``load_pt2`` check); 2.6 writes its own layout, files at the zip's root. So 2.13 and 2.15 load each other's packages and 2.6's (through
``aoti_load_package``'s fallback for outdated packages — ``load_pt2`` itself refuses them), while
2.6 finds no shared library in theirs.

Compiling costs tens of seconds a model, so by default only a sample of the cases is compiled:
those whose id hashes into the first :data:`DEFAULT_SAMPLE` of the hash range (``HARNESS_AOTI_SAMPLE``
sets the share: ``all``, ``none``, ``1/4``, ``0.25``). The same cases in every process, worker split
and environment, so a package of one release meets the same case in another; a larger share keeps
the cases of a smaller one. The others are ``unsupported``, saying they were not sampled.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import warnings
import zipfile
from fractions import Fraction
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import torch
from safetensors.torch import load_file

from .. import _compat
from ..errors import HarnessError
from ..model.build import flatten_outputs
from ..model.cases import Case
from ..train.loop import Trained
from .base import ArtifactLoadError, CannotExpress, Format, Runner, register
from .exported import export_program, with_its_code
from .mmap_load import _same_bits

NAME = "aoti-package"
FILE = "model.pt2"
#: The environment variable that sets the share of cases compiled.
SAMPLE = "HARNESS_AOTI_SAMPLE"
#: The default share: about 5 of the default 40 generated cases, a few minutes per environment.
DEFAULT_SAMPLE = "1/8"
#: How a user compiles the package again, the fix for a package a torch cannot load.
RECOMPILE = "compile it again with this torch (torch._inductor.aoti_compile_and_package)"


def sample_share(text: str | None = None) -> Fraction:
    """The share of cases compiled: ``text`` or ``$HARNESS_AOTI_SAMPLE`` (``all``, ``none``, a
    fraction such as ``1/8`` or ``0.25``), by default :data:`DEFAULT_SAMPLE`."""
    raw = (os.environ.get(SAMPLE) if text is None else text) or DEFAULT_SAMPLE
    word = raw.strip().lower()
    if word in ("all", "none"):
        return Fraction(int(word == "all"))
    try:
        share = Fraction(word)
    except (ValueError, ZeroDivisionError):
        share = Fraction(-1)
    if not 0 <= share <= 1:
        raise HarnessError(f"{SAMPLE}={raw[:40]!r}: expected all, none or the share of cases to compile between "
                           "0 and 1 (1/8, 0.25)")
    return share


def in_sample(case_id: str, share: Fraction) -> bool:
    """Is this case compiled? Its id's hash places it in [0, 1); the first ``share`` is."""
    digest = hashlib.sha256(f"{NAME}:{case_id}".encode()).digest()
    return Fraction(int.from_bytes(digest[:8], "big"), 1 << 64) < share


def _stated(share: Fraction) -> str:
    return "all" if share == 1 else "none" if share == 0 else str(share)


def _where(path: Path) -> str:
    return f"{path} ({NAME}, loaded by torch {torch.__version__})"


def _layout(path: Path) -> str | None:
    """``nested`` (every file under one top-level folder: 2.13 and 2.15's ``package_pt2``),
    ``flat`` (files at the zip's root: 2.6), or None when the file is no readable zip. Read from
    the zip's directory only; nothing in it runs."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    return "nested" if names and len({name.split("/")[0] for name in names}) == 1 and \
        all("/" in name for name in names) else "flat"


def _refused(path: Path, call: str, exc: BaseException) -> ArtifactLoadError:
    """Why ``call`` could not load the package, with the fix; the archive's layout names the
    releases that write it."""
    said = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
    layout = _layout(path)
    if layout is None:
        why = "the file is no readable zip archive: the package is damaged or not a .pt2 package"
        return ArtifactLoadError(f"{_where(path)}: {call} failed ({said}); {why} — compile it again")
    if layout == "nested" and _unified() is None:
        why = (f"its files sit under one top-level folder, the PT2 archive layout torch 2.13 and later write "
               f"(package_pt2), which torch {torch.__version__} does not read")
        return ArtifactLoadError(f"{_where(path)}: {call} failed ({said}); {why} — load it with torch 2.13 or "
                                 f"later, or {RECOMPILE}")
    if layout == "flat" and call == "load_pt2":
        why = ("its files sit at the zip's root, the layout torch 2.6 wrote, which load_pt2 does not read "
               "(aoti_load_package still loads it, through its fallback for outdated packages)")
        return ArtifactLoadError(f"{_where(path)}: {call} failed ({said}); {why} — {RECOMPILE}")
    return ArtifactLoadError(f"{_where(path)}: {call} failed ({said}) — {RECOMPILE}, or load it with the "
                             "torch that compiled it")


def _api() -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any] | None]:
    api = _compat.aoti_package()
    if api is None:  # available() and loadable() say so first; reached only when called directly
        raise CannotExpress(f"torch {torch.__version__} has no torch._inductor.aoti_compile_and_package/"
                            "aoti_load_package")
    return api


def _unified() -> Callable[..., Any] | None:
    """The unified PT2 archive's ``load_pt2`` (2.13, 2.15), or None."""
    api = _compat.aoti_package()
    return None if api is None else api[2]


def builder_unavailable() -> str | None:
    """Why AOTInductor cannot build a package in this environment, or None: its C++ builder imports
    ``torch.utils.cpp_extension``, which imports setuptools — a dependency of torch 2.13 and 2.15,
    not of 2.6 on Python 3.11 (measured: without it 2.6 cannot compile; loading needs neither) — and
    runs the compiler ``$CXX`` (default ``g++``)."""
    try:
        import torch.utils.cpp_extension  # noqa: F401
    except ImportError as exc:
        return f"torch.utils.cpp_extension, which AOTInductor builds with, does not import ({exc})"
    compiler = os.environ.get("CXX") or "g++"
    return None if shutil.which(compiler) else f"no C++ compiler {compiler!r} on PATH (set CXX to one)"


def load_package(directory: Path) -> Runner:
    """The package of the format's folder, loaded with ``aoti_load_package``, ready to run."""
    path = directory / FILE
    try:
        compiled = _api()[1](str(path))
    except CannotExpress:
        raise
    except Exception as exc:  # raised in context, not ``from``: the record's line keeps this whole
        # message (torch's words are in it), and its traceback keeps torch's
        raise _refused(path, "aoti_load_package", exc)
    return _run(compiled)


def _run(compiled: Callable[..., Any]) -> Runner:
    def run(inputs: Sequence[torch.Tensor]) -> list[torch.Tensor]:
        with torch.no_grad():
            return flatten_outputs(compiled(*inputs))

    return run


@register
class AotiPackage(Format):
    name = NAME
    imports_factory = True  # with_its_code: the output types a team's library registers
    needs_code = False
    keeps_uncarried_state = True  # export lifts plain tensor attributes into the program's constants
    # Inductor fuses operators, vectorizes and reorders reductions: even a same-environment load
    # rounds differently from eager (measured ~1e-7 on float32), so per-dtype tiers as for ONNX.
    exact_in_same_env = False
    runs_code = "compiled AOTInductor package (a shared library)"  # dlopened: native code
    snippet = ("# the AOTInductor package round trip (torch 2.6+; compiling needs a C++ compiler and setuptools)\n"
               "import torch._inductor\n"
               "if hasattr(torch._inductor, 'aoti_compile_and_package'):\n"
               "    program = torch.export.export(model, (x,))\n"
               "    torch._inductor.aoti_compile_and_package(program, package_path='model.pt2')\n"
               "    compiled = torch._inductor.aoti_load_package('model.pt2')\n"
               "    print(compiled(x))\n"
               "else:\n"
               "    print('this torch has no AOTInductor packages')")

    def loadable(self) -> str | None:
        if _compat.aoti_package() is None:
            return (f"torch {torch.__version__} has no torch._inductor.aoti_load_package to load AOTInductor "
                    "packages (2.6, 2.13 and 2.15 have it)")
        return None

    def available(self) -> str | None:
        reason = _compat.torch_export_unavailable() or self.loadable()
        if reason is None:
            missing = builder_unavailable()
            if missing:
                reason = (f"torch {torch.__version__} cannot compile an AOTInductor package here: {missing}; "
                          "install what it names in this environment (torch 2.10 needs setuptools to load packages too)")
        return reason

    def supports(self, case: Case) -> str | None:
        share = sample_share()
        if in_sample(case.id, share):
            return None
        return (f"not in this run's {NAME} sample: compiling takes tens of seconds a model, so only the cases "
                f"whose id hashes into the first {_stated(share)} of the range are compiled ({SAMPLE}="
                f"{_stated(share)}; {SAMPLE}=all compiles every case)")

    def saved_with(self) -> dict[str, Any]:
        return {"sample": _stated(sample_share()),
                "archive": "package_pt2" if _unified() else "torch._inductor.package"}

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        program = export_program(trained, case)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _api()[0](program, package_path=str((directory / FILE).resolve()))

    def load(self, case: Case, directory: Path) -> Runner:
        with_its_code(case)
        return load_package(directory)

    def extra_checks(self) -> Mapping[str, Callable[..., str]]:
        return {"load_pt2": load_pt2}


def _inputs(case_dir: Path) -> list[torch.Tensor]:
    """The case's inputs (checksummed by the verifier before any check), in fresh allocations."""
    loaded = load_file(str(case_dir / "inputs.safetensors"))
    return [loaded[f"input.{i}"].clone() for i in range(len(loaded))]


def load_pt2(directory: Path, *, case: Case | None = None) -> str:
    """Load the package with the unified PT2 archive loader (``load_pt2``, 2.13 and 2.15), as
    code that reads every ``.pt2`` through it does, and hold its runner's outputs to those of
    ``aoti_load_package``'s, bit for bit: the same compiled library on the same inputs."""
    loader = _unified()
    if loader is None:
        raise CannotExpress(f"torch {torch.__version__} has no torch.export.pt2_archive load_pt2 (the unified "
                            "PT2 archive loader, which 2.13 and 2.15 have)")
    path = directory / FILE
    with_its_code(case)
    try:
        contents = loader(str(path))
    except Exception as exc:  # in context, as in load_package
        raise _refused(path, "load_pt2", exc)
    runners = getattr(contents, "aoti_runners", {}) or {}
    if "model" not in runners:
        raise ArtifactLoadError(f"{_where(path)}: load_pt2 found no AOTInductor model 'model' in it (found "
                                f"{sorted(runners)[:5]}) — {RECOMPILE}")
    inputs = _inputs(directory.parent)
    unified = _run(runners["model"])(inputs)
    expected = load_package(directory)(inputs)
    differ = [str(i) for i, (a, b) in enumerate(zip(unified, expected)) if not _same_bits(a, b)]
    if len(unified) != len(expected) or differ:
        raise ArtifactLoadError(f"{_where(path)}: load_pt2's runner gives other outputs than aoti_load_package's "
                                f"({len(unified)} vs {len(expected)} outputs; differing: {differ[:5]}) — "
                                f"{RECOMPILE}")
    return (f"load_pt2 reads the package, and its runner gives aoti_load_package's {len(unified)} outputs "
            "bit for bit")
