"""``compat.html``: one self-contained page — no network, no CDN — for people, not parsers.

On top, what is new (the gate's failures), then one line per finding, then which torch
reads the files each torch wrote; then the atlas: a small saved-in × loaded-in grid per
format × check, coloured by the worst verdict of its cases (new, known, expected, pass,
unsupported: five colours). The grids are rendered on the server side, so the page reads
without JavaScript; a little inline script opens a cell's non-passing cases on click. The
page holds counts for every cell and the cases only of cells that did not simply pass, so
it stays a few megabytes at fourteen torch versions.

Every string in the page that comes from a record (case ids, formats, checks, statuses,
versions, messages, specs) is untrusted: it is escaped with :func:`_e` where the page is
written, and the JSON the script reads is escaped so that nothing in it can end, comment
out or re-open the ``<script>`` element it sits in (the script escapes again with ``esc``).
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..results import LIMITATIONS
from .base import COLLECTORS, WRITERS, Report, write_atomically
from .causes import limitations_by_cause
from .html_plan import plan_section
from .libraries import environment_libraries
from .magnitudes import columns, histogram, label
from .problems import HEADING, PROBLEMS_NOTE
from .reproducers import own_part, shared_helpers
from .summary import claims_text
from .view import VERDICTS, View, finding_line, window_text

COLOURS = {"new": "#c62828", "known": "#ef6c00", "expected": "#fbc02d", "pass": "#2e7d32",
           "unsupported": "#bdbdbd"}
WORDS = {"new": "new: a failure no baseline entry covers", "known": "known: covered by a baseline entry (its cause)",
         "expected": "expected: a named limitation of the format explains it", "pass": "every case passed",
         "unsupported": "nothing compared: the format cannot express the model here"}


def _e(value: Any) -> str:
    """A record-derived value as HTML text or a quoted attribute value."""
    return html.escape(str(value), quote=True)


def _worst(cell: Counter) -> str:
    return next((v for v in VERDICTS if cell[v]), "unsupported")


#: The least share of a split cell a verdict gets, so 1 case in 40 still shows.
MIN_SHARE = 0.15


def _split(cell: Counter) -> str:
    """A cell holding several verdicts is split bottom to top in proportion to them (pass at
    the bottom, new on top), so "4 of 40 expected" does not look like "40 of 40 expected"."""
    parts = [(v, cell[v]) for v in reversed(VERDICTS) if cell[v]]
    if len(parts) < 2:
        return ""
    total = sum(n for _, n in parts)
    shares = [max(MIN_SHARE, n / total) for _, n in parts]
    scale = sum(shares)
    stops, at = [], 0.0
    for (verdict, _), share in zip(parts, shares):
        end = at + 100 * share / scale
        stops.append(f"{COLOURS[verdict]} {at:.0f}% {end:.0f}%")
        at = end
    return f' style="background:linear-gradient(to top,{",".join(stops)})"'


def _title(saved: str, loaded: str, cell: Counter) -> str:
    counts = ", ".join(f"{cell[v]} {v}" for v in VERDICTS if cell[v])
    return f"saved in {saved}, loaded in {loaded}: {sum(cell.values())} checks — {counts}"


def _labels(versions: list[str]) -> dict[str, str]:
    """Axis labels: the minor ("2.10") when that names each version of the run apart, so a
    16-version grid stays narrow; the full version is the label's title."""
    minors = {v: ".".join(v.split(".")[:2]) for v in versions}
    return minors if len(set(minors.values())) == len(versions) else {v: v for v in versions}


def _grid(view: View, fmt: str, check: str) -> str:
    cells = view.cells[(fmt, check)]
    versions = view.versions
    label = _labels(versions)
    head = "".join(f'<th title="{_e(v)}">{_e(label[v])}</th>' for v in versions)
    rows = []
    for saved in versions:
        tds = []
        for loaded in versions:
            cell = cells.get((saved, loaded))
            if not cell:
                tds.append('<td class="none"></td>')
                continue
            worst = _worst(cell)
            shown = cell[worst] if worst in ("new", "known") else ""
            counts = ",".join(f"{v}:{cell[v]}" for v in VERDICTS if cell[v])
            tds.append(f'<td class="cell {worst}" data-format="{_e(fmt)}" data-check="{_e(check)}" '
                       f'data-saved="{_e(saved)}" data-loaded="{_e(loaded)}" data-passed="{cell["pass"]}" '
                       f'data-total="{sum(cell.values())}" data-counts="{counts}"{_split(cell)} '
                       f'title="{_e(_title(saved, loaded, cell))}">{shown}</td>')
        rows.append(f'<tr><th title="{_e(saved)}">{_e(label[saved])}</th>{"".join(tds)}</tr>')
    return (f'<figure class="grid"><figcaption>{_e(fmt)} / {_e(check)}</figcaption><table>'
            f'<tr><th class="corner" title="rows: saved in; columns: loaded in">↓ →</th>{head}</tr>{"".join(rows)}</table></figure>')


def _atlas(view: View) -> str:
    legend = "".join(f'<span><i class="{v}"></i>{_e(WORDS[v])}</span>' for v in VERDICTS)
    grids = "".join(_grid(view, fmt, check) for fmt, check in view.grid_keys())
    never = "".join(f"<li><code>{_e(f)} / {_e(c)}</code>: {_e(reason)}</li>" for (f, c), reason in view.never().items())
    return (f'<p class="legend">Rows: the torch that saved (↓); columns: the torch that loaded (→). {legend}</p>'
            f'<div id="grids">{grids}</div>'
            + (f"<p>Not applicable in any pair:</p><ul>{never}</ul>" if never else ""))


def _findings(view: View, numbers: Mapping[int, int]) -> str:
    new = [f for f in view.findings if f.verdict == "new"]
    head = (f'<h2 id="new">New incompatibilities: {sum(f.checks for f in new)} checks in {len(new)} findings</h2>'
            if new else '<h2 id="new">New incompatibilities: none</h2>')
    items = []
    for i, found in enumerate(view.findings, 1):
        link = f' <a href="#r{numbers[id(found)]}">smallest reproducer</a>' if id(found) in numbers else ""
        items.append(f'<li id="f{i}" class="{found.verdict}">{_e(finding_line(view, found))}{link}</li>')
    body = f'<ol id="findings">{"".join(items)}</ol>' if items else "<p>No failures.</p>"
    return f"{head}<h2>Findings, one line each (new first)</h2>{body}"


def _libraries(view: View) -> str:
    """Each environment's versions of the models' libraries, when its records list them."""
    per = environment_libraries(view.environments)
    if not per:
        return ""
    names = sorted({name for libraries in per.values() for name in libraries})
    rows = "".join(f"<tr><th>{_e(label)}</th>" + "".join(
        f"<td>{_e(' / '.join(v or 'not installed' for v in libraries.get(name, [])))}</td>" for name in names)
        + "</tr>" for label, libraries in per.items())
    return ("<p>Libraries in each environment (a finding whose pairs line up with a change of one names it):</p>"
            f'<table id="libraries"><tr><th>torch</th>{"".join(f"<th>{_e(n)}</th>" for n in names)}</tr>{rows}</table>')


def _problems(view: View) -> str:
    """Each factory whose output harness cannot compare, once (:mod:`.problems`)."""
    if not view.problems:
        return ""
    items = "".join(f'<li class="new">{_e(problem.line())}</li>' for problem in view.problems)
    return f'<h2 id="problems">{_e(HEADING)} ({len(view.problems)})</h2><p>{_e(PROBLEMS_NOTE)}</p><ul>{items}</ul>'


def _windows(view: View, windows: Mapping[str, Any]) -> str:
    rows = []
    for fmt, per in windows.items():
        for check, window in per.items():
            label = "every check" if check == "*" else check
            rows.append(f'<tr class="{"all" if check == "*" else "one"}"><td>{_e(fmt)}</td><td>{_e(label)}</td>'
                        f"<td>{_e(window_text(window, view.versions))}</td></tr>")
    return ("<h2>Which torch reads these files</h2><p>Per format: files saved in the versions on the left load, "
            "run and compare equal (or a named limitation explains the difference) in the versions on the "
            "right; A…B is every tested version from A to B.</p>"
            f'<table id="windows"><tr><th>format</th><th>check</th><th>saved in → works in</th></tr>'
            f'{"".join(rows)}</table>')


def _expected(view: View) -> str:
    items = [f"<li>{_e(LIMITATIONS[limitation])} — {checks} checks in {pairs} pairs, in "
             + ", ".join(f"<code>{_e(place)}</code>" for place in places) + "</li>"
             for limitation, places, checks, pairs in limitations_by_cause(view.expected)]
    return f"<h2>Expected differences (named limitations)</h2><ul>{''.join(items)}</ul>" if items else ""


def _reproducers(view: View) -> tuple[str, dict[int, int]]:
    shrunk = [f for f in view.findings if f.reproducer]
    numbers = {id(f): i for i, f in enumerate(shrunk, 1)}
    if not shrunk:
        return "", numbers
    helpers = shared_helpers(f.reproducer["python"] for f in shrunk)
    entries = "".join(
        f'<details id="r{i}"><summary>{_e(f.format)} / {_e(f.check)} ({f.reproducer["layers"]} layers, shrunk '
        f'from {_e(f.reproducer.get("from_layers", "?"))}; {_e(f.reproducer.get("replayed", ""))})</summary>'
        f'<pre>{_e(own_part(f.reproducer["python"]))}</pre></details>' for i, f in enumerate(shrunk, 1))
    shared = f"<details><summary>shared helper code</summary><pre>{_e(helpers)}</pre></details>" if helpers else ""
    return f"<h2>Smallest reproducers</h2>{shared}{entries}", numbers


def _magnitudes(report: Report) -> str:
    """Max absolute error of every output comparison as a histogram per format (:mod:`.magnitudes`);
    a point per comparison does not fit in a page at fourteen versions."""
    counts = report.collected["html"].magnitudes
    if not counts:
        return ""
    shown = columns(counts)
    head = "".join(f"<th>{_e(label(b))}</th>" for b in shown)
    rows = []
    for fmt, per in sorted(counts.items()):
        top = max(per.values())
        tds = "".join(f'<td style="background:rgba(21,101,192,{0.15 + 0.85 * per[b] / top:.2f})">{per[b]}</td>'
                      if per[b] else "<td></td>" for b in shown)
        rows.append(f"<tr><th>{_e(fmt)}</th>{tds}<td>{sum(per.values())}</td></tr>")
    return ("<h2>Error magnitudes</h2><p>Max absolute difference of every output comparison, counted per "
            "format: exact, then by power of ten (1e-3 is 0.001 up to 0.01), ∞ where one side is NaN or "
            f"infinite.</p><table id=\"magnitudes\"><tr><th></th>{head}<th>all</th></tr>{''.join(rows)}</table>")


#: The columns of a case row in the page's data (trailing empty values are left off).
ROW = ("case", "verdict", "status", "message", "abs", "rel", "limitation", "departure", "claimed", "entries")


def _payload(report: Report) -> str:
    """What the script needs to open a cell, in tables: each case id, spec, status and
    message (shown shortened, artifact paths blanked) once, each non-passing case a short
    row of indices into them — 60,000 cases at fourteen versions stay a few megabytes."""
    view = report.view
    specs = report.collected["html"].specs
    tables: dict[str, dict[Any, int]] = {"cases": {}, "strings": {}}

    def ref(table: str, value: Any) -> int:
        return tables[table].setdefault(value, len(tables[table]))

    def row(case: Mapping[str, Any]) -> list[Any]:
        values = [ref("cases", case["case"]), ref("strings", case["verdict"]), ref("strings", case["status"]),
                  ref("strings", _shown(case["message"])), _round(case["abs"]), _round(case["rel"]),
                  ref("strings", case["limitation"]) if case["limitation"] else None,
                  case["departure"], 1 if case["claimed"] else None, case["entries"] or None]
        while values and values[-1] is None:
            values.pop()
        return values

    cells = {"/".join(k): [row(case) for case in rows] for k, rows in view.cases.items()}
    unsupported = {"/".join(k): [[ref("strings", _shown(reason)), n] for reason, n in c.most_common(5)]
                   for k, c in view.unsupported.items()}
    cases = list(tables["cases"])
    payload = {"columns": ROW, "cases": cases, "specs": [specs.get(c) for c in cases],
               "strings": list(tables["strings"]), "cells": cells, "unsupported": unsupported,
               "reasons": {entry.index + 1: entry.reason for entry in view.baseline},
               "limitations": dict(LIMITATIONS)}
    text = json.dumps(_finite_tree(payload), separators=(",", ":"), default=str, ensure_ascii=True, allow_nan=False)
    # "<", ">" and "&" only occur inside JSON strings, where \uXXXX means the same to JSON.parse:
    # no "</script", "<!--" or "<script" can end the element or switch the HTML parser's script
    # states; U+2028/2029 are escaped by ensure_ascii
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_ARTIFACT_PATH = re.compile(r"(?:/[^\s/()'\"]+)+/cases/[0-9a-zA-Z_.-]+/")


def _shown(message: str, limit: int = 400) -> str:
    """A message as the page shows it: the artifact directory of the case blanked (it makes
    every message unique) and shortened; compat.json keeps every message whole."""
    text = _ARTIFACT_PATH.sub(".../", message or "")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _round(value: Any) -> Any:
    if isinstance(value, float) and math.isfinite(value) and value != 0:
        return float(f"{value:.3g}")
    return value


def _finite_tree(value: Any) -> Any:
    """JSON.parse has no NaN or Infinity: a non-finite magnitude travels as its name."""
    if isinstance(value, dict):
        return {k: _finite_tree(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite_tree(v) for v in value]
    return str(value) if isinstance(value, float) and not math.isfinite(value) else value


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>harness compatibility report</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222;max-width:100%%}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
#grids{display:flex;flex-wrap:wrap;gap:14px}figure.grid{margin:0}figcaption{font-weight:600;font-size:13px}
figure.grid table{font-size:10px}figure.grid th{padding:1px 3px;font-weight:400;white-space:nowrap}
figure.grid th.corner{font-size:9px}figure.grid td{width:16px;height:16px;padding:0;text-align:center;color:#fff}
td.cell{cursor:pointer}td.new,i.new{background:%(new)s}td.known,i.known{background:%(known)s}
td.expected,i.expected{background:%(expected)s}td.pass,i.pass{background:%(pass)s}
td.unsupported,i.unsupported{background:%(unsupported)s}td.open{outline:3px solid #000}
.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}.legend span{margin-right:1.2em}
li.new{color:%(new)s;font-weight:600}#cases .case{border-left:4px solid #ccc;margin:.4em 0;padding:.2em .6em}
#cases .new{border-color:%(new)s}#cases .known{border-color:%(known)s}#cases .expected{border-color:%(expected)s}
details.plan{margin:.3em 0}details.plan summary{font-weight:600;cursor:pointer}details.plan ul{margin:.2em 0}
details.plan li{margin:.25em 0}details.plan li::marker{font-size:1.3em}li.step-new::marker{color:%(new)s}
li.step-known::marker{color:%(known)s}li.step-expected::marker{color:%(expected)s}
span.change{color:#1b5e20}span.libs{color:#666;font-size:.9em}p.unchanged{color:#555;margin:.2em 0}
tr.one td{color:#555}pre{background:#f5f5f5;padding:.5em;overflow:auto;max-height:24em}
</style></head><body>
<h1>harness compatibility report</h1>
<p id="totals">%(totals)s</p>
%(plan)s
%(problems)s
%(libraries)s
%(findings)s
%(windows)s
<h2>Saved-in × loaded-in, per format and check</h2>
%(atlas)s
<p>Click a cell for its cases.</p>
<div id="cases"></div>
%(expected_list)s
%(reproducers)s
%(magnitudes)s
<script type="application/json" id="data">%(data)s</script>
<script>
(function(){
var data=JSON.parse(document.getElementById('data').textContent);
function esc(s){return String(s==null?'':s).replace(/[&<>"]/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c];});}
function open(td){
  document.querySelectorAll('td.open').forEach(function(o){o.classList.remove('open');});td.classList.add('open');
  var d=td.dataset,key=[d.format,d.check,d.saved,d.loaded].join('/'),S=data.strings;
  var rows=(data.cells[key]||[]).map(function(v){var r={};data.columns.forEach(function(c,i){r[c]=v[i];});
    r.spec=data.specs[r.case];r.case=data.cases[r.case];r.verdict=S[r.verdict];r.status=S[r.status];
    r.message=S[r.message];r.limitation=r.limitation==null?null:S[r.limitation];r.entries=r.entries||[];return r;});
  var out=['<h2>'+esc(d.format)+' / '+esc(d.check)+', saved in '+esc(d.saved)+', loaded in '+esc(d.loaded)+'</h2>',
    '<p>'+esc(td.title)+'</p>'];
  (data.unsupported[key]||[]).forEach(function(u){out.push('<p>unsupported ('+u[1]+'): '+esc(S[u[0]])+'</p>');});
  var rank={'new':0,'known':1,'expected':2};
  rows.slice().sort(function(a,b){return rank[a.verdict]-rank[b.verdict];}).forEach(function(r){
    var why=r.verdict==='known'?' — known '+r.entries.map(function(e){return '#'+e+': '+esc(data.reasons[e]);}).join('; '):
      (r.verdict==='expected'?' — expected: '+esc(data.limitations[r.limitation]):' — NEW');
    out.push('<div class="case '+esc(r.verdict)+'"><b>'+esc(r.case)+'</b>: '+esc(r.status)+why+
      (r.departure?' ['+esc(r.departure)+']':'')+(r.claimed?' (as the saving side reported: nothing was loaded)':'')+
      (r.abs!=null?' — max abs '+esc(Number(r.abs).toPrecision(3))+', max rel '+esc(Number(r.rel).toPrecision(3)):'')+
      '<div>'+esc(r.message)+'</div><details><summary>spec</summary><pre>'+esc(JSON.stringify(r.spec,null,1))+
      '</pre></details></div>');
  });
  document.getElementById('cases').innerHTML=out.join('');
  document.getElementById('cases').scrollIntoView();}
document.querySelectorAll('td.cell').forEach(function(td){td.addEventListener('click',function(){open(td);});});
// #open=format/check/saved/loaded opens that cell: links into the report, and its browser test
var m=/^#open=(.*)$/.exec(location.hash);
if(m){var k=decodeURIComponent(m[1]).split('/');document.querySelectorAll('td.cell').forEach(function(td){
  var d=td.dataset;if(d.format===k[0]&&d.check===k[1]&&d.saved===k[2]&&d.loaded===k[3])open(td);});}
})();
</script></body></html>
"""


def _totals(report: Report) -> str:
    summary, view = report.summary, report.view
    if not summary["pairs"]:
        return "No results yet: run python -m harness verify first."
    verdicts = view.totals()
    text = (f"{summary['records']} checks across torch {', '.join(view.versions)} "
            f"({len(summary['pairs'])} ordered pairs): " + ", ".join(f"{verdicts[v]} {v}" for v in VERDICTS) + ". "
            + (f"Judged against {report.baseline} ({len(view.baseline)} live entries), as the gate judges them."
               if report.baseline else "No baseline given (report --baseline FILE): every failure shows as new."))
    claims = claims_text(summary.get("claimed", {}))
    text += f" {claims}" if claims else ""
    conflicting = report.conflicts  # found before dedupe, which keeps only the last of each
    if conflicting:
        cells = "; ".join(f"{c['case']} {c['format']}/{c['check']} {c['saved']} → {c['loaded']} "
                          f"({', '.join(c['statuses'])})" for c in conflicting[:10])
        text += (f" Contradictions: {report.conflict_count} checks have records with different statuses "
                 f"(the page shows the last of each; harness gate judges all): {cells}.")
    return text


def write_html(report: Report, out: Path) -> Path:
    view = report.view
    reproducers, numbers = _reproducers(view)
    page = PAGE % {**COLOURS, "totals": _e(_totals(report)), "plan": plan_section(report.plans), "problems": _problems(view), "libraries": _libraries(view),
                   "findings": _findings(view, numbers),
                   "windows": _windows(view, report.summary["windows"]), "atlas": _atlas(view),
                   "expected_list": _expected(view), "reproducers": reproducers, "magnitudes": _magnitudes(report),
                   "data": _payload(report)}
    path = out / "compat.html"
    write_atomically(path, page)
    return path


class Page:
    """What the page needs of every record shown (:data:`.base.COLLECTORS`): the error
    magnitudes per format, and each case's spec (or factory) for its panel."""

    def __init__(self, *_: Any) -> None:
        self.magnitudes: dict[str, Counter] = {}
        self.specs: dict[str, Any] = {}

    def add(self, r: Mapping[str, Any]) -> None:
        histogram((r,), into=self.magnitudes)
        if r["case"] not in self.specs:
            source = r.get("source") or {}
            self.specs[r["case"]] = source.get("spec") or source.get("factory")


WRITERS.add("html", write_html)
COLLECTORS.add("html", Page)

