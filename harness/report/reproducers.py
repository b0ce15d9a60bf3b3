"""Reproducers without repetition: the helper code they share, shown once per report.

Every script :func:`harness.model.codegen.to_python` writes starts with the same imports, the
harness classes its model uses and ``fill_deterministically``; only what follows
``model = SpecNet(`` (the model and the round trip) is the entry's own. A report with thirty
findings showed those thirty lines thirty times. :func:`split` cuts a script at that line,
and :func:`shared_helpers` merges the preambles of a report's reproducers into one block
(imports once, each class and function once). A script not of that shape (a results file
may hold anything) is shown whole, as its own entry.
"""

from __future__ import annotations

from collections.abc import Iterable

MARKER = "model = SpecNet("


def split(python: str) -> tuple[list[str], str] | None:
    """(top-level blocks of the preamble, the entry's own lines) or None when the script is
    not a harness reproducer."""
    head, found, tail = python.partition("\n" + MARKER)
    if not found:
        return None
    blocks: list[str] = []
    for line in head.splitlines():
        top = line[:1] not in (" ", "\t", "") and not line.startswith(("#", ")", "]"))
        if top or not blocks:
            blocks.append(line)
        else:
            blocks[-1] += "\n" + line
    title = next((line for line in head.splitlines() if line.startswith("# harness reproducer")), "")
    own = (f"{title}\n" if title else "") + MARKER + tail
    return [b.rstrip() for b in blocks if b.strip() and not b.startswith("#")], own.rstrip() + "\n"


def shared_helpers(scripts: Iterable[str]) -> str:
    """One preamble for every reproducer of a report: imports first, then each class and
    function the first time it appears (by its first line)."""
    imports: dict[str, None] = {}
    definitions: dict[str, str] = {}
    for script in scripts:
        parts = split(script)
        if parts is None:
            continue
        for block in parts[0]:
            first = block.splitlines()[0]
            if first.startswith(("import ", "from ")):
                imports[first] = None
            else:
                definitions.setdefault(first, block)
    if not imports and not definitions:
        return ""
    return ("# shared by every reproducer below: run this first, then an entry's lines\n"
            + "\n".join(imports) + "\n\n\n" + "\n\n".join(definitions.values()) + "\n")


def own_part(python: str) -> str:
    """What an entry shows: its own lines, or the whole script when it is not of our shape."""
    parts = split(python)
    return parts[1] if parts else python
