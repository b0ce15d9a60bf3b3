"""``harness probe`` on hostile files (issue "Hostile files, round three"): the static read
covers exactly the pickles torch would unpickle — all five of a legacy file, the zip record
torch resolves — and no symbolic link is followed: not on the command line, not in a glob,
not in an ONNX model's external data.

Every hostile pickle here is written opcode by opcode and never unpickled; its reduce would
``touch`` a marker file, which must never appear. The probe runs through its real CLI, in this
environment only, with no consent to run code.
"""

from __future__ import annotations

import json
import os
import pickle
import pickletools
import struct
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import run_harness

#: torch.save's legacy magic number, and the protocol version its second pickle holds.
MAGIC = 0x1950A86A20F9469CFC6C
PROTOCOL_VERSION = 1001
#: What lies outside the probed folders; none of it may reach the console or a report.
SECRET = b"SECRET-OUTSIDE-BYTES-do-not-quote\n"


def system_call(command: str) -> bytes:
    """Protocol-2 opcodes that push ``posix.system(command)``: GLOBAL, the argument, TUPLE1, REDUCE."""
    argument = command.encode()
    return b"cposix\nsystem\n" + b"X" + struct.pack("<I", len(argument)) + argument + b"\x85R"


def legacy_file(path: Path, marker: Path, hostile: str) -> Path:
    """A legacy torch.save file (five pickles in a row) whose ``hostile`` pickle ("magic" or
    "keys") also calls ``os.system``: the magic-number pickle still starts with the magic
    bytes and evaluates to the magic number; the storage-keys pickle still evaluates to []."""
    magic_long = b"\x8a\x0a" + MAGIC.to_bytes(10, "little")
    call = system_call(f"touch {marker}")
    magic = (b"\x80\x02" + magic_long + b"0" + call + b"0" + magic_long + b".") if hostile == "magic" \
        else pickle.dumps(MAGIC, protocol=2)
    keys = (b"\x80\x02" + call + b"0].") if hostile == "keys" else pickle.dumps([], protocol=2)
    sys_info = pickle.dumps({"protocol_version": PROTOCOL_VERSION, "little_endian": True,
                             "type_sizes": {"short": 2, "int": 4, "long": 8}}, protocol=2)
    parts = [magic, pickle.dumps(PROTOCOL_VERSION, protocol=2), sys_info, pickle.dumps({"step": 7}, protocol=2), keys]
    for part in parts:  # each a whole pickle, ending at its STOP (read by pickletools, never run)
        assert [op.name for op, _, _ in pickletools.genops(part)][-1] == "STOP"
    path.write_bytes(b"".join(parts))
    return path


def zip_file(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def hostile_data_pkl(marker: Path) -> bytes:
    return b"\x80\x02" + system_call(f"touch {marker}") + b"."


def onnx_model(folder: Path, location: str, outside: Path) -> Path:
    """An ONNX model (Y = X + W) whose initializer W lives in external data at ``location``;
    the data's bytes are written to ``outside``, which the test links into place."""
    import numpy as np
    from onnx import TensorProto, external_data_helper, helper, numpy_helper

    weight = numpy_helper.from_array(np.array([[1.0, 2.0]], dtype=np.float32), "W")
    outside.write_bytes(weight.raw_data)
    external_data_helper.set_external_data(weight, location=location, offset=0, length=8)
    weight.ClearField("raw_data")
    graph = helper.make_graph([helper.make_node("Add", ["X", "W"], ["Y"])], "g",
                              [helper.make_tensor_value_info("X", TensorProto.FLOAT, [1, 2])],
                              [helper.make_tensor_value_info("Y", TensorProto.FLOAT, [1, 2])], [weight])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "model.onnx"
    path.write_bytes(model.SerializeToString())
    return path


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, other_python) -> dict:
    """The hostile files, probed once with the real CLI in torch 2.1 (whose onnxruntime, 1.16,
    follows links) and this environment, no consent given."""
    root = tmp_path_factory.mktemp("hostile")
    marker = root / "MARKER"
    outside = root / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(SECRET)
    files = [str(legacy_file(root / "legacy_magic.pt", marker, "magic")),
             str(legacy_file(root / "legacy_keys.pt", marker, "keys"))]
    version = ("archive/version", b"3\n")
    files.append(str(zip_file(root / "decoy.pt", [("archive/xdata.pkl", pickle.dumps({"clean": 1}, protocol=2)),
                                                  ("archive/data.pkl", hostile_data_pkl(marker)), version])))
    files.append(str(zip_file(root / "astray.pt", [("archive/data.pkl", pickle.dumps({}, protocol=2)), version,
                                                   ("other/data.pkl", hostile_data_pkl(marker))])))
    # ONNX external data through a link beside the model, and through a linked subfolder
    linked = onnx_model(root / "onnx_link", "w.bin", outside / "w.bin")
    (linked.parent / "w.bin").symlink_to(outside / "w.bin")
    (outside / "data").mkdir()
    subfolder = onnx_model(root / "onnx_sub", "data/w.bin", outside / "data" / "w.bin")
    (subfolder.parent / "data").symlink_to(outside / "data")
    files += [str(linked), str(subfolder)]
    # a folder globbed: a plain file, a link to a file outside, a link to a folder outside
    folder = root / "downloads"
    folder.mkdir()
    (folder / "plain.pkl").write_bytes(pickle.dumps({"step": 1}, protocol=2))
    (folder / "weights.bin").symlink_to(outside / "secret.txt")
    (folder / "more").symlink_to(outside)
    (root / "named.pt").symlink_to(outside / "secret.txt")
    files += [str(folder / "**" / "*"), str(root / "named.pt")]
    (root / "with space.pkl").write_bytes(pickle.dumps({"step": 2}, protocol=2))  # one name, not two
    files.append(str(root / "with space.pkl"))
    run = run_harness(sys.executable, "probe", *files, "--python", f"torch21={other_python}",
                      "--python", f"torch24={sys.executable}", "--results", str(root / "results"),
                      "--out", str(root / "reports"), "--workers", "1", "--quiet", check=False,
                      env={**os.environ, "HARNESS_BASELINE": str(root / "no-baseline.toml")})
    assert (root / "reports" / "probe.json").is_file(), run.stderr
    report = json.loads((root / "reports" / "probe.json").read_text())
    return {"run": run, "root": root, "marker": marker, "report": report,
            "files": {Path(f["file"]).name if "onnx" not in f["file"] else Path(f["file"]).parent.name: f
                      for f in report["files"]},
            "markdown": (root / "reports" / "probe.md").read_text(),
            "said": [(root / "reports" / "probe.md").read_bytes(), (root / "reports" / "probe.json").read_bytes(),
                     run.stdout.encode(), run.stderr.encode(),
                     *(p.read_bytes() for p in (root / "results").glob("*"))]}


def test_nothing_ran(hostile):
    assert hostile["run"].returncode in (0, 1), hostile["run"].stderr
    assert not hostile["marker"].exists()


@pytest.mark.parametrize("name", ["legacy_magic.pt", "legacy_keys.pt"])
def test_every_pickle_of_a_legacy_file_is_read(hostile, name):
    window = hostile["files"][name]
    assert window["kind"] == "torch-legacy"
    assert window["static"]["dangerous"] == ["posix.system"]
    assert "posix.system" in window["static"]["globals"]
    from harness.report.markdown import code
    section = hostile["markdown"].split(f"## {code(str(hostile['root'] / name))}\n")[1].split("\n## ")[0]
    assert f"**runs code when unpickled**: {code('posix.system')}" in section
    assert {cell["status"] for cell in window["loads"]["add_safe_globals"].values()} == {"unsupported"}


def test_the_zip_record_torch_reads_is_the_one_read(hostile):
    window = hostile["files"]["decoy.pt"]
    assert window["kind"] == "torch-zip"
    assert window["static"]["dangerous"] == ["posix.system"]


def test_a_zip_torch_would_not_read_is_said_so_in_one_line(hostile):
    said = [line for line in hostile["report"]["not_probed"] if "astray.pt" in line]
    assert len(said) == 1 and "\n" not in said[0]
    assert "a zip archive torch would not read (entry 'other/data.pkl' is outside the archive's folder" in said[0]
    assert "astray.pt" not in hostile["files"]


@pytest.mark.parametrize("folder, link", [("onnx_link", "w.bin"), ("onnx_sub", "data")])
def test_onnx_external_data_through_a_link_is_refused(hostile, folder, link):
    cells = hostile["files"][folder]["loads"]["onnxruntime"]
    assert len(cells) == 2, hostile["files"][folder]
    for cell in cells.values():
        assert cell["status"] == "load_error"
        assert "goes through a symbolic link" in cell["message"] and f"({link})" in cell["message"]


def test_links_on_the_command_line_and_in_a_glob_are_refused_unread(hostile):
    root = hostile["root"]
    refused = [line for line in hostile["report"]["not_probed"] if "symbolic link" in line]
    assert any(line.startswith(f"{root / 'named.pt'}: is a symbolic link") for line in refused), refused
    assert any(line.startswith(f"{root / 'downloads' / 'weights.bin'}: is a symbolic link") for line in refused)
    # a linked folder is refused once, as itself, not once per file found through it
    assert [line for line in refused if str(root / "downloads" / "more") in line] == [
        line for line in refused if line.startswith(f"{root / 'downloads' / 'more'}: is a symbolic link")]
    assert len([line for line in refused if str(root / "downloads" / "more") in line]) == 1
    assert "plain.pkl" in hostile["files"]  # the plain file beside them is probed
    assert "with space.pkl" in hostile["files"]  # an argument with a space is one file
    for said in hostile["said"]:
        assert SECRET[:12] not in said and b"SECRET" not in said


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_the_static_read_matches_torch_zip_lookup(tmp_path):
    """torch's reader compares record names without regard to case and opens one of several
    same-named records: every one of them is read."""
    from harness.probe.kinds import read_facts

    marker = tmp_path / "MARKER"
    clean = pickle.dumps({"clean": 1}, protocol=2)
    upper = zip_file(tmp_path / "upper.pt", [("archive/data.pkl", clean),
                                             ("archive/DATA.PKL", hostile_data_pkl(marker)),
                                             ("archive/version", b"3\n")])
    twice = zip_file(tmp_path / "twice.pt", [("archive/data.pkl", hostile_data_pkl(marker)),
                                             ("archive/data.pkl", clean), ("archive/version", b"3\n")])
    for path in (upper, twice):
        assert read_facts(path).dangerous == ["posix.system"], path
    assert not marker.exists()


def test_a_cut_legacy_file_is_said_so(tmp_path):
    from harness.probe.kinds import read_facts

    whole = legacy_file(tmp_path / "whole.pt", tmp_path / "MARKER", "magic").read_bytes()
    cut = tmp_path / "cut.pt"
    end = len(whole) - len(pickle.dumps([], protocol=2))
    cut.write_bytes(whole[:end])  # without its storage keys
    facts = read_facts(cut)
    assert facts.kind == "torch-legacy" and facts.dangerous == ["posix.system"]
    assert facts.note == f"torch would not read it whole: the storage keys pickle is missing (byte {end})"


def test_a_pickle_past_the_bound_is_refused_unread(tmp_path):
    """A string that claims 4 GiB at the start of a (sparse) 300 MiB file: read up to the
    bound, then refused in one line, as any pickle over it is."""
    from harness.probe.kinds import NotAProbeFile, read_facts

    path = tmp_path / "huge.pkl"
    with open(path, "wb") as handle:
        handle.write(b"\x80\x02X" + struct.pack("<I", 0xFFFFFFF0))
        handle.truncate(300 << 20)
    with pytest.raises(NotAProbeFile, match=r"huge\.pkl: a pickle in it is over 256 MiB; not read$"):
        read_facts(path)


def test_an_archive_that_inflates_is_refused_before_anything_reads_it(tmp_path):
    """A data.pkl of 64 MiB deflated to a few KB (a zip bomb): refused from the zip's directory
    alone, as verify refuses it, before the static read or a worker's torch.load inflates it."""
    from harness.probe.kinds import NotAProbeFile, read_facts

    path = tmp_path / "bomb.pt"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("archive/data.pkl", b"\x80\x02X" + struct.pack("<I", 64 << 20) + b"\0" * (64 << 20) + b".")
        archive.writestr("archive/version", b"3\n")
    assert path.stat().st_size < 1 << 20
    with pytest.raises(NotAProbeFile, match=r"bomb\.pt: bomb\.pt inflates to 67,108,[0-9]+ bytes .* refused unread"):
        read_facts(path)


def test_a_safetensors_header_past_the_bound_is_refused_unparsed(tmp_path):
    from harness.probe.kinds import NotAProbeFile, read_facts

    header = json.dumps({f"t{i}": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}
                         for i in range(260_000)}).encode()
    assert len(header) > 16 << 20
    path = tmp_path / "many.safetensors"
    path.write_bytes(struct.pack("<Q", len(header)) + header + b"\0" * 4)
    with pytest.raises(NotAProbeFile, match=r"many\.safetensors: a safetensors header of [0-9,]+ bytes, over "
                                            r"probe's bound of 16 MiB; not read$"):
        read_facts(path)


def test_a_file_name_that_is_not_utf8_is_probed_and_reported(tmp_path):
    """A name with a Latin-1 byte (b"caf\\xe9.pkl"): probed, and written into the reports as
    its escape, without a traceback."""
    os.makedirs(os.fsencode(tmp_path / "in"))
    with open(os.fsencode(tmp_path / "in") + b"/caf\xe9.pkl", "wb") as handle:
        handle.write(pickle.dumps({"step": 1}, protocol=2))
    [name] = os.listdir(tmp_path / "in")
    import subprocess
    done = subprocess.run([sys.executable, "-m", "harness", "probe", str(tmp_path / "in" / name), "--out",
                           str(tmp_path / "reports"), "--results", str(tmp_path / "results"), "--quiet"],
                          capture_output=True, cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr[-2000:]
    assert b"caf\\udce9.pkl (pickle)" in done.stdout  # the console shows the name as its escape
    report = json.loads((tmp_path / "reports" / "probe.json").read_text(encoding="utf-8"))
    assert [Path(f["file"]).name for f in report["files"]] == [name]  # JSON's \\udce9 escape, read back
    assert "caf\\udce9.pkl" in (tmp_path / "reports" / "probe.md").read_text(encoding="utf-8")


def _memo_pickle(path: Path, pairs: int) -> Path:
    """A pickle of ``pairs`` BININT1 + MEMOIZE opcodes: following its stack and memo takes
    time and memory in proportion (3 M pairs, 8 MiB: 15 s and 400 MB in one process)."""
    path.write_bytes(b"\x80\x04" + b"K\x01\x94" * pairs + b".")
    return path


@pytest.mark.parametrize(("limits", "said"), [
    ({"HARNESS_STATIC_MEMORY_MB": "300"}, "ran out of its 300 MiB memory ceiling"),
    ({"timeout": "3"}, "took over 10 s (--timeout, at least 10 s); not probed"),
])
def test_a_static_read_past_its_bounds_is_named_and_the_files_after_it_are_probed(tmp_path, limits, said):
    """The static read runs in a child with a memory ceiling and a time limit: a pickle built
    to exhaust them is one line, and the supervisor goes on with the next file."""
    import subprocess
    heavy = _memo_pickle(tmp_path / "heavy.pkl", 3_000_000)
    light = tmp_path / "light.pkl"
    light.write_bytes(pickle.dumps({"step": 1}, protocol=2))
    env = dict(os.environ, **{k: v for k, v in limits.items() if k != "timeout"})
    done = subprocess.run([sys.executable, "-m", "harness", "probe", str(heavy), str(light), "--out",
                           str(tmp_path / "reports"), "--results", str(tmp_path / "results"), "--quiet",
                           "--timeout", limits.get("timeout", "120")],
                          capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[1], timeout=300)
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    [line] = [line for line in done.stderr.splitlines() if "heavy.pkl" in line]
    assert line.startswith(f"harness probe: {heavy}: its static read (the pickle's opcodes, fickling) ") and said in line
    assert "light.pkl (pickle)" in done.stdout and "heavy.pkl" not in done.stdout
