"""What a user's file is, read from its bytes before any torch sees it.

A probe is asked about files nobody described: ``model.bin`` may be a torch zip, a
legacy pickle or safetensors. So the kind comes from the first bytes and, for a zip, from
its entry names — never from the file name — and the pickle a file carries is read here,
statically (:mod:`harness.pickle_globals` for the globals it names and the devices its
storages were saved on, fickling for the globals that run code; :mod:`.onnx_facts` for an
ONNX model's IR version, opsets and inputs), in the supervisor, which never imports torch.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..artifacts.manifest import sha256
from ..artifacts.untrusted import inflation
from ..pickle_globals import ZipLayoutError, scan, storage_locations, torch_prefix, torch_records
from .onnx_facts import MalformedOnnx, onnx_facts
from .paths import NotAProbeFile, open_plain, plain_file
from .pickles import MAX_PICKLE_BYTES, pickles_of

__all__ = ["KINDS", "LEGACY_MAGIC", "MAX_PICKLE_BYTES", "FileFacts", "NotAProbeFile", "dangerous_globals",
           "format_of", "kind_of", "pickles_of", "read_facts"]

#: Every kind a probe knows, with the words a report uses for it.
KINDS: dict[str, str] = {
    "torch-zip": "a torch.save file (zip format, data.pkl)",
    "torch-legacy": "a torch.save file in the legacy non-zip format (_use_new_zipfile_serialization=False)",
    "torchscript": "a TorchScript archive (torch.jit.save)",
    "export": "a torch.export program (.pt2)",
    "safetensors": "a safetensors file",
    "onnx": "an ONNX model",
    "pickle": "a plain pickle (not a torch.save file)",
}
#: torch.save's legacy format starts with a pickle (protocol 2) of this LONG1 magic number.
LEGACY_MAGIC = b"\x80\x02\x8a\x0a" + (0x1950A86A20F9469CFC6C).to_bytes(10, "little")
#: fickling decompiles in Python, in the supervisor: a pickle over this size is listed by
#: pickletools alone (measured: 15 MiB of small opcodes took fickling 114 s and 2.1 GB).
MAX_ANALYSED_BYTES = 4 << 20
#: The largest safetensors header probe parses in the supervisor (JSON; a 100 MiB header of
#: 1.4 M entries took 98 s and 3.2 GB). A real model's is ~100 bytes a tensor.
MAX_SAFETENSORS_HEADER = 16 << 20
#: The first fields an ONNX ModelProto may start with after ``ir_version`` (field 1, a varint):
#: producer_name, producer_version, domain, model_version, doc_string, graph, opset_import.
_ONNX_NEXT = {0x12, 0x1A, 0x22, 0x28, 0x32, 0x3A, 0x42}


@dataclass
class FileFacts:
    """What the bytes of one file say, before anything loads it."""

    path: str
    label: str                 # how reports name it (the path as the user gave it)
    size: int
    sha256: str
    kind: str
    globals: list[str] = field(default_factory=list)     # every module.name the pickle looks up
    dtypes: list[str] = field(default_factory=list)      # numpy dtype classes its numpy.dtype calls build
    dangerous: list[str] = field(default_factory=list)   # globals fickling names as running code
    devices: list[str] | None = None                     # where its storages were saved; None: not read
    format: str = ""                                     # the format's generation, in words
    onnx: dict[str, Any] | None = None                   # an ONNX model's IR, opsets, inputs (see onnx_facts)
    note: str = ""                                       # what the static read could not do

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def kind_of(path: Path) -> str:
    """The kind of the file (a key of :data:`KINDS`), or NotAProbeFile saying what it is not
    (quoting its first bytes: it is opened as a regular file, never through a link)."""
    with open_plain(path) as handle:
        head = handle.read(64)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path)
    if head.startswith(LEGACY_MAGIC):
        return "torch-legacy"
    if _is_safetensors(path, head):
        return "safetensors"
    if len(head) >= 2 and head[0] == 0x80 and 2 <= head[1] <= 5:
        return "pickle"
    if len(head) >= 3 and head[0] == 0x08 and 1 <= head[1] <= 30 and head[2] in _ONNX_NEXT:
        return "onnx"
    shown = head[:16]
    raise NotAProbeFile(f"{path}: not a file harness can probe (none of: {', '.join(KINDS)}); "
                        f"it starts with {shown!r}")


def _zip_kind(path: Path) -> str:
    """From the entries torch's reader would resolve (:func:`harness.pickle_globals.torch_records`):
    a TorchScript archive has ``constants.pkl`` and code, a torch.save file ``data.pkl`` and a
    ``version`` record (torch refuses an archive without one); a torch.export program keeps
    its own layout."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = [info.filename for info in archive.infolist()]
    except (zipfile.BadZipFile, OSError) as exc:
        raise NotAProbeFile(f"{path}: starts like a zip archive but is not one ({exc})") from None
    prefix, layout = "", ""
    try:
        prefix = torch_prefix(names)
    except ZipLayoutError as exc:
        layout = str(exc)
    if prefix and f"{prefix}/constants.pkl" in names and any(n.startswith(f"{prefix}/code/") for n in names):
        return "torchscript"
    if any(n.endswith("serialized_exported_program.json") or n.rsplit("/", 1)[-1] == "archive_format"
           for n in names):
        return "export"
    if not prefix and any(n.endswith("data.pkl") for n in names):
        raise NotAProbeFile(f"{path}: a zip archive torch would not read ({layout})")
    if prefix and torch_records(names, "data.pkl"):
        if not torch_records(names, "version") and not torch_records(names, ".data/version"):
            raise NotAProbeFile(f"{path}: a zip archive torch would not read (no {prefix[:100]}/version record)")
        return "torch-zip"
    raise NotAProbeFile(f"{path}: a zip archive, but not one torch writes (no data.pkl, no TorchScript code, "
                        "no torch.export program)")


def _is_safetensors(path: Path, head: bytes) -> bool:
    """An 8-byte little-endian header length, then that many bytes of a JSON object."""
    if len(head) < 10 or head[8:9] != b"{":
        return False
    (length,) = struct.unpack("<Q", head[:8])
    if not 2 <= length <= path.stat().st_size - 8:
        return False
    if length > MAX_SAFETENSORS_HEADER:
        raise NotAProbeFile(f"{path}: a safetensors header of {length:,} bytes, over probe's bound of "
                            f"{MAX_SAFETENSORS_HEADER >> 20} MiB; not read")
    with open_plain(path) as handle:
        handle.seek(8)
        try:
            return isinstance(json.loads(handle.read(length)), dict)
        except ValueError:
            return False


def dangerous_globals(data: bytes) -> tuple[list[str], str]:
    """The globals of a pickle that fickling's static analysis names as running code
    (``posix.system``, ``builtins.exec``, …), and a note if it could not read the pickle."""
    if len(data) > MAX_ANALYSED_BYTES:
        return [], (f"the pickle is over {MAX_ANALYSED_BYTES >> 20} MiB: fickling did not analyse it "
                    "(its globals are listed; none is excused)")
    try:
        from fickling.analysis import Severity, check_safety
        from fickling.fickle import Pickled

        results = check_safety(Pickled.load(io.BytesIO(data))).results
    except Exception as exc:  # noqa: BLE001  (a pickle fickling cannot decompile is a note)
        return [], f"fickling could not analyse the pickle ({type(exc).__name__}: {str(exc)[:120]})"
    found = []
    for result in results:
        trigger = str(result.trigger or "")
        if result.analysis_name == "UnsafeImports" and result.severity >= Severity.LIKELY_UNSAFE \
                and trigger.startswith("from ") and " import " in trigger:
            module, _, names = trigger[5:].partition(" import ")
            found += [f"{module}.{name.strip()}" for name in names.split(",")]
    return list(dict.fromkeys(found)), ""


def read_facts(path: Path, label: str | None = None) -> FileFacts:
    """The kind, size, digest and static pickle facts of one file; NotAProbeFile if it is none
    of the kinds, cannot be read, is not a regular file or is reached through a link."""
    plain_file(path)
    bomb = inflation(path)  # before anything inflates it, here or in a worker
    if bomb:
        raise NotAProbeFile(f"{path}: {bomb}")
    try:
        kind = kind_of(path)
        facts = FileFacts(path=str(path), label=label or str(path), size=path.stat().st_size,
                          sha256=sha256(path), kind=kind)
        pickles, layout = pickles_of(path, kind)
        facts.format, facts.onnx = format_of(path, kind)
    except OSError as exc:
        raise NotAProbeFile(f"{path}: cannot be read ({exc.strerror or exc})") from None
    facts.devices = [] if kind not in ("torch-zip", "torchscript", "torch-legacy", "pickle") else None
    notes, devices, unread = [layout], [], False
    for what, data in pickles:
        said = f"{what}: " if len(pickles) > 1 else ""
        try:
            names, dtypes = scan(data)
            devices += storage_locations(data)
        except MemoryError:
            raise  # the file's, not a malformed pickle: the bounded read names it (harness.runner.static_read)
        except Exception as exc:  # noqa: BLE001  (a malformed pickle: said, and the loads will tell)
            notes.append(f"{said}the pickle's opcodes could not be read ({type(exc).__name__}: {str(exc)[:120]})")
            names, dtypes, unread = [], [], True
        facts.globals += [n for n in names if n not in facts.globals]
        facts.dtypes += [d for d in dtypes if d not in facts.dtypes]
        if kind == "torchscript":
            # torch.jit.load (and torch.load, which hands the archive to it) reads data.pkl with
            # torch's own unpickler: it resolves TorchScript's rebuild helpers and the archive's
            # classes, and no Python global; what runs is the archive's code (--trust-code).
            continue
        dangerous, note = dangerous_globals(data)
        facts.dangerous += [d for d in dangerous if d not in facts.dangerous]
        notes.append(f"{said}{note}" if note else "")
    if pickles and not unread:
        facts.devices = list(dict.fromkeys(devices))
    facts.note = "; ".join(filter(None, notes))
    return facts


def format_of(path: Path, kind: str) -> tuple[str, dict[str, Any] | None]:
    """The file's format generation in words — legacy or zip, the archive's version records
    (``version``, ``.format_version``, ``.storage_alignment``: newer writers add them) — and,
    for ONNX, :func:`.onnx_facts.onnx_facts` (None for other kinds)."""
    if kind == "torch-legacy":
        return "legacy non-zip torch.save format (torch < 1.6, or _use_new_zipfile_serialization=False)", None
    if kind in ("torch-zip", "torchscript", "export"):
        with zipfile.ZipFile(path) as archive:
            records = {n.split("/", 1)[-1]: n for n in archive.namelist()}
            said = []
            for record, words in (("version", "archive version"), (".format_version", ".format_version"),
                                  (".storage_alignment", "storages aligned to"), ("archive_format", "archive format")):
                if record in records and archive.getinfo(records[record]).file_size <= 64:
                    value = archive.read(records[record]).decode("ascii", "replace").strip()
                    said.append(f"{words} {value}" + (" bytes" if record == ".storage_alignment" else ""))
        return "zip format" + (f" ({', '.join(said)})" if said else ""), None
    if kind == "onnx":
        try:
            with open(path, "rb") as handle:
                facts = onnx_facts(handle, path.stat().st_size)
        except MalformedOnnx as exc:
            return f"ONNX, but its fields could not be read ({exc})", None
        opsets = ", ".join(f"{domain} {version}" for domain, version in facts["opsets"].items())
        return (f"ONNX IR version {facts['ir_version']}, opsets {opsets or 'none'}"
                + (f", written by {facts['producer']}" if facts["producer"] else "")), facts
    if kind == "pickle":
        with open(path, "rb") as handle:
            return f"pickle protocol {handle.read(2)[1]}", None
    return "", None
