"""What a ``torch.save`` file's pickle names, read without unpickling it.

A ``weights_only=True`` load refuses every global outside torch's allowlist, and the fix a
user needs is the list of those globals for ``torch.serialization.add_safe_globals``. That
list comes from the pickle's opcodes (``pickletools.genops`` decodes them; nothing is
imported or called), and allowlisting is only ever done with objects from
:data:`KNOWN_GLOBALS`, a fixed table in this module: a name read from a file never chooses
what is imported.
"""

from __future__ import annotations

import importlib
import pickle
import pickletools
import warnings
import zipfile
from pathlib import Path
from typing import Any

#: Opcodes that push a string (the operands of STACK_GLOBAL are two of them).
_STRINGS = {"SHORT_BINUNICODE", "BINUNICODE", "BINUNICODE8", "UNICODE", "STRING", "BINSTRING",
            "SHORT_BINSTRING"}
_GETS = {"GET", "BINGET", "LONG_BINGET"}
_PUTS = {"PUT", "BINPUT", "LONG_BINPUT"}
#: Opcodes that leave the stack alone.
_NEUTRAL = {"PROTO", "FRAME", "STOP"}
#: A global whose name the opcodes do not determine (STACK_GLOBAL of computed strings).
UNKNOWN = "<a global whose name the pickle computes>"


class ZipLayoutError(ValueError):
    """A zip archive laid out so torch's reader (``PyTorchStreamReader``) refuses it."""


def torch_prefix(names: list[str]) -> str:
    """The folder torch reads every record under: the top-level folder of the archive's
    first entry, which every entry must be in (torch refuses the archive otherwise:
    "file in archive is not in a subdirectory"). ZipLayoutError says why there is none."""
    if not names:
        raise ZipLayoutError("the archive is empty")
    prefix, slash, _ = names[0].partition("/")
    if not slash or not prefix:
        raise ZipLayoutError(f"its first entry {names[0][:100]!r} is not in a folder")
    outside = next((n for n in names if not n.startswith(prefix + "/")), None)
    if outside is not None:
        raise ZipLayoutError(f"entry {outside[:100]!r} is outside the archive's folder {prefix[:100]!r}")
    return prefix


def torch_records(names: list[str], record: str) -> list[str]:
    """The entries torch's lookup of ``record`` may open: ``<prefix>/<record>`` exactly, but
    compared without regard to case, as miniz compares names (measured: torch 2.4 loads
    ``archive/DATA.PKL``); where several match, torch opens one of them (not always the one
    Python's zipfile would), so every one is returned, in the archive's order."""
    wanted = f"{torch_prefix(names)}/{record}".lower()
    return [n for n in names if n.lower() == wanted]


def data_pickle(path: Path) -> bytes:
    """The pickle of a zip-format ``torch.save`` file: the record torch reads, ``data.pkl``
    under the archive's folder (see :func:`torch_records`), never an entry that merely ends
    like it (``archive/xdata.pkl``)."""
    with zipfile.ZipFile(path) as archive:
        entries = archive.infolist()
        try:
            names = torch_records([i.filename for i in entries], "data.pkl")
        except ZipLayoutError as exc:
            raise ValueError(f"{path}: not a zip archive torch reads ({exc})") from None
        if not names:
            raise ValueError(f"{path}: no data.pkl in the archive (not a torch.save zip file)")
        return archive.read(next(i for i in entries if i.filename == names[0]))  # the first, as torch 2.4 read


def pickled_globals(data: bytes) -> list[str]:
    """Every ``module.name`` the pickle looks up, in order of first use (see :func:`scan`)."""
    return scan(data)[0]


def built_dtype_classes(data: bytes) -> list[str]:
    """The ``numpy.dtypes`` classes the pickle's ``numpy.dtype(code, ...)`` calls build (see
    :func:`scan`); a code outside :data:`DTYPE_CLASSES` is named as it is, unresolved."""
    return scan(data)[1]


class _Global(str):
    """A stack entry that is a looked-up global (kept apart from strings by its type)."""


def scan(data: bytes) -> tuple[list[str], list[str]]:
    """The globals the pickle looks up, and the dtype classes its ``numpy.dtype`` calls build.

    GLOBAL and INST carry the name in the opcode (protocols 0–3; torch writes protocol 2).
    STACK_GLOBAL (protocol 4+) takes the two strings on top of the stack, so what was pushed
    before it is followed, through the memo (PUT/BINPUT/MEMOIZE store the top of the stack,
    GET/BINGET push it again). Only what these opcodes determine is followed: any other opcode
    makes the top of the stack unknown, and a STACK_GLOBAL of unknown operands is listed as
    :data:`UNKNOWN` rather than guessed — a name is never wrong, at worst missing. A dtype's
    code is the first string pushed after its ``numpy.dtype`` global is pushed (GLOBAL, or
    GET of the memoized class): its first argument, as NumPy pickles a dtype.
    """
    found: list[str] = []
    dtypes: list[str] = []
    stack: list[str | None] = []   # the last pushes: str, _Global, or None (unknown)
    memo: dict[int, str | None] = {}
    after_dtype = False
    for opcode, arg, _ in pickletools.genops(data):
        name = opcode.name
        if name in _PUTS:
            memo[arg] = stack[-1] if stack else None
            continue
        if name == "MEMOIZE":
            memo[len(memo)] = stack[-1] if stack else None
            continue
        if name in _NEUTRAL:
            continue
        pushed: str | None = None
        if name in _STRINGS:
            pushed = arg.decode("latin-1") if isinstance(arg, bytes) else str(arg)
        elif name in _GETS:
            pushed = memo.get(arg)
        elif name in ("GLOBAL", "INST"):
            module, _, qualname = str(arg).partition(" ")
            pushed = _Global(f"{module}.{qualname}")
        elif name == "STACK_GLOBAL":
            module, qualname = (stack[-2], stack[-1]) if len(stack) >= 2 else (None, None)
            known = all(isinstance(v, str) and not isinstance(v, _Global) for v in (module, qualname))
            pushed = _Global(f"{module}.{qualname}" if known else UNKNOWN)
            del stack[-2:]
        if isinstance(pushed, _Global):
            if name not in _GETS:
                found.append(str(pushed))
            after_dtype = after_dtype or pushed == "numpy.dtype"
        elif isinstance(pushed, str) and after_dtype:
            dtypes.append(f"numpy.dtypes.{DTYPE_CLASSES[pushed]}" if pushed in DTYPE_CLASSES
                          else f"numpy.dtypes.<class of dtype {pushed!r}>")
            after_dtype = False
        stack.append(pushed)
    return list(dict.fromkeys(found)), list(dict.fromkeys(dtypes))


_INTS = {"INT", "BININT", "BININT1", "BININT2", "LONG", "LONG1", "LONG4"}
_TUPLES = {"TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "EMPTY_TUPLE"}


class _Mark:
    """The MARK on the stack of :func:`storage_locations`' emulation."""


def storage_locations(data: bytes) -> list[str]:
    """Where the file's storages were saved (``cpu``, ``cuda:0``, …), read from the persistent
    ids ``torch.save`` and ``torch.jit.save`` pickle for each storage — ``('storage', type,
    key, location, numel[, view])`` — without unpickling: the stack is followed with the
    stack effects ``pickletools`` documents for every opcode, keeping only strings, ints,
    tuples of them and the memo; anything else is unknown. A plain ``torch.load`` restores each
    storage to this location, and fails where the device is missing."""
    stack: list[Any] = []
    memo: dict[int, Any] = {}
    found: list[str] = []
    for opcode, arg, _ in pickletools.genops(data):
        name = opcode.name
        if name in _PUTS or name == "MEMOIZE":
            memo[arg if name in _PUTS else len(memo)] = stack[-1] if stack else None
            continue
        before = opcode.stack_before
        if pickletools.markobject in before:
            at = max((i for i, v in enumerate(stack) if isinstance(v, _Mark)), default=-1)
            items = stack[at + 1:]
            del stack[max(at, 0):]
            below = before.index(pickletools.markobject)
            if below:
                del stack[-below:]
        else:
            items = stack[len(stack) - len(before):] if before else []
            if before:
                del stack[-len(before):]
        if name in _TUPLES:
            stack.append(tuple(items))
        elif name in ("BINPERSID", "PERSID"):
            pid = items[0] if items else (arg if isinstance(arg, tuple) else None)
            if isinstance(pid, tuple) and len(pid) >= 4 and pid[0] == "storage" and isinstance(pid[3], str):
                found.append(pid[3])
            stack.append(None)
        elif name in _STRINGS:
            stack.append(arg.decode("latin-1") if isinstance(arg, bytes) else str(arg))
        elif name in _INTS:
            stack.append(arg)
        elif name in _GETS:
            stack.append(memo.get(arg))
        elif name == "DUP":
            stack += items * 2
        else:
            stack += [_Mark() if v is pickletools.markobject else None for v in opcode.stack_after]
    return list(dict.fromkeys(found))


def refused_globals(path: Path, allowed: set[str] | None, listed: list[str] | None = None) -> list[str]:
    """What a weights-only load of the file needs allowlisted, in the order the pickle uses it:
    the globals an unpickler with the ``allowed`` set refuses — with no known set (None), every
    global outside ``torch`` and ``collections.OrderedDict`` — or, where torch listed them
    itself (``listed``), those; then the NumPy dtype classes the pickle builds, which no list
    of globals names but the unpickler refuses to BUILD unless they are allowlisted."""
    names, dtypes = scan(data_pickle(path))
    if listed is not None:
        refused = sorted(listed, key=lambda n: names.index(n) if n in names else len(names))
    elif allowed is None:
        refused = [n for n in names if not (n.startswith("torch.") or n == "collections.OrderedDict")]
    else:
        refused = [n for n in names if n not in allowed]
    return refused + [d for d in dtypes if refused and d not in refused]


#: NumPy's dtype codes → the class ``numpy.dtype(code)`` returns (NumPy >= 1.25 names them in
#: ``numpy.dtypes``). The pickle names only ``numpy.dtype``; the instance it builds is of one of
#: these classes, and its state is then set by BUILD, which torch's weights-only unpickler
#: refuses for a type that is not allowlisted (measured in 2.4, 2.6, 2.13: "Can only build
#: Tensor, Parameter or OrderedDict objects, but got <class 'numpy.dtypes.UInt32DType'>").
DTYPE_CLASSES: dict[str, str] = {
    "u1": "UInt8DType", "u2": "UInt16DType", "u4": "UInt32DType", "u8": "UInt64DType",
    "i1": "Int8DType", "i2": "Int16DType", "i4": "Int32DType", "i8": "Int64DType",
    "f2": "Float16DType", "f4": "Float32DType", "f8": "Float64DType", "b1": "BoolDType",
}

#: The globals harness allowlists for a weights-only load: name in the file → (module to
#: import, attribute path). Only these; a name read from a file is looked up here, never
#: imported. NumPy 1 files name ``numpy.core``, NumPy 2 files ``numpy._core``.
KNOWN_GLOBALS: dict[str, tuple[str, str]] = {
    "argparse.Namespace": ("argparse", "Namespace"),
    "harness.modules.TrainingConfig": ("harness.modules", "TrainingConfig"),
    "numpy.core.multiarray._reconstruct": ("numpy.core.multiarray", "_reconstruct"),
    "numpy._core.multiarray._reconstruct": ("numpy._core.multiarray", "_reconstruct"),
    "numpy.core.multiarray.scalar": ("numpy.core.multiarray", "scalar"),
    "numpy._core.multiarray.scalar": ("numpy._core.multiarray", "scalar"),
    "numpy.ndarray": ("numpy", "ndarray"),
    "numpy.dtype": ("numpy", "dtype"),
    **{f"numpy.dtypes.{name}": ("numpy.dtypes", name) for name in DTYPE_CLASSES.values()},
    "_codecs.encode": ("_codecs", "encode"),
    "torch.torch_version.TorchVersion": ("torch.torch_version", "TorchVersion"),
}


def known_global(name: str) -> Any:
    """The object :data:`KNOWN_GLOBALS` maps ``name`` to; KeyError for any other name,
    LookupError if it does not exist in this environment."""
    module_name, attribute = KNOWN_GLOBALS[name]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # numpy 2 warns on numpy.core
            obj: Any = importlib.import_module(module_name)
            for part in attribute.split("."):
                obj = getattr(obj, part)
    except (ImportError, AttributeError) as exc:
        raise LookupError(f"{name} does not exist here ({exc})") from exc
    return obj


def needed_allowlist(path: Path) -> list[str]:
    """What a weights-only load of ``path`` needs allowlisted in this torch, from the file's
    opcodes: the globals torch's own reader lists where it has one (2.5+), else those outside
    this torch's allowlist by harness's reading; and the dtype classes."""
    from . import _compat
    return refused_globals(path, _compat.weights_only_allowed_globals(),
                           _compat.unsafe_globals_in_checkpoint(str(path)))


def allowlist_entries(names: list[str]) -> tuple[list[Any], str]:
    """The objects to pass to ``add_safe_globals`` for ``names`` (an object, or an
    ``(object, name)`` pair where the file names it under another module), or ``[]`` and why
    harness will not try: only names of :data:`KNOWN_GLOBALS` are ever imported."""
    from . import _compat
    why_not = _compat.allowlisting()
    if why_not:
        return [], why_not
    entries = []
    for name in names:
        try:
            obj = known_global(name)
        except KeyError:
            what = name if name != UNKNOWN else "a computed global"
            return [], f"{what} is not one harness knows (it imports only the globals of a fixed table)"
        except LookupError as exc:
            return [], str(exc)
        own = f"{getattr(obj, '__module__', '')}.{getattr(obj, '__name__', '')}"
        entries.append(obj if own == name else (obj, name))
    return entries, ""


def load_allowlisted(path: Path, names: list[str] | None = None,
                     map_location: Any = "cpu") -> tuple[Any, list[Any], str]:
    """Load ``path`` with ``weights_only=True`` and exactly what it needs allowlisted (``names``;
    None: read from its data.pkl), tried only when every name is one of :data:`KNOWN_GLOBALS`:
    (the object or None, the entries tried — empty when not tried —, what happened, in words).
    ``map_location`` as ``torch.load`` takes it (None: the storages' own devices)."""
    import torch

    from . import _compat
    names = needed_allowlist(path) if names is None else names
    entries, why_not = allowlist_entries(names)
    if why_not:
        return None, [], f"allowlisting not tried: {why_not}"
    try:
        with _compat.safe_globals(entries):
            obj = torch.load(path, map_location=map_location, weights_only=True)
    except pickle.UnpicklingError as exc:
        renamed = [name for entry, name in zip(entries, names) if isinstance(entry, tuple)]
        why = (f"; this torch matches an allowlisted object only by its own module, and the file names "
               f"{', '.join(renamed)} under another (allowlisting under a name arrived in 2.6)"
               if renamed and not _compat.takes_named_globals() else "")
        return None, entries, f"with them allowlisted here it still fails ({refusal(exc)}){why}"
    return obj, entries, "with them allowlisted here it loads"


def fix_hint(names: list[str]) -> str:
    """The fix for a refused weights-only load, as a user would type it."""
    return ("pass weights_only=False if you trust the file, or "
            f"torch.serialization.add_safe_globals([{', '.join(names)}])")


def refusal(exc: BaseException) -> str:
    """torch's reason for refusing a weights-only load, in one line: from the unpickler's own
    words where they are (the refused global, or what it cannot build; below a general
    preamble in every release), else the start."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    at = text.find("WeightsUnpickler error")
    return text[max(at, 0):][:160]


def load_by_default(path: Path, refused: str) -> str:
    """``torch.load(path)`` with this torch's *default* arguments, as a user's old code would:
    it unpickles everything before torch 2.6 and loads weights only from 2.6 on. Refused, the
    error names what torch refused and every global the file needs allowlisted (``refused``:
    what the file is, in the message); loaded, whether torch warned."""
    import torch

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            torch.load(path, map_location="cpu")
        except pickle.UnpicklingError as exc:
            names = needed_allowlist(path)
            raise pickle.UnpicklingError(
                f"Weights only load failed: torch {torch.__version__}'s torch.load({path.name}) defaults to "
                f"weights_only=True and refuses {refused} ({refusal(exc)}); it needs {len(names)} names "
                f"allowlisted; {fix_hint(names)}") from exc
    notes = [str(w.message).splitlines()[0] for w in caught if issubclass(w.category, FutureWarning)]
    return ("loads, with a warning: " + notes[0][:200]) if notes else "loads with default arguments"
