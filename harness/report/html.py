"""``compat.html``: one self-contained page — no network, no CDN — for people, not parsers.

The matrix is rendered on the server side (so the counts are in the page even
without JavaScript); a little inline script opens a cell's cases on click, each
with its spec, message or error magnitudes, and its smallest reproducer. An
inline SVG charts the error magnitudes per format and pair.

Every string in the page that comes from a record (case ids, formats, checks, statuses,
versions, messages, specs) is untrusted: it is escaped with :func:`_e` where the page is
written, and the JSON the script reads is escaped so that nothing in it can end, comment
out or re-open the ``<script>`` element it sits in (the script escapes again with ``esc``).
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..results import is_failure
from . import WRITERS
from .summary import contradictions, dedupe, explained, never_applicable, pair_of

COLOURS = {"pass": "#2e7d32", "failing": "#c62828", "expected": "#f9a825", "unsupported": "#9e9e9e"}


def _e(value: Any) -> str:
    """A record-derived value as HTML text or a quoted attribute value."""
    return html.escape(str(value), quote=True)


def _kind(record: Mapping[str, Any]) -> str:
    if is_failure(record):
        return "failing"
    if record["status"] == "pass":
        return "pass"
    return "expected" if explained(record) else "unsupported"


def _cell_class(cell: Mapping[str, Any]) -> str:
    if cell["failing"]:
        return "failing"
    if cell["counts"].get("pass"):
        return "expected" if cell["expected"] else "pass"
    return "unsupported"


def _matrix(summary: Mapping[str, Any], never: Mapping[tuple[str, str], str]) -> str:
    pairs = [tuple(p) for p in summary["pairs"]]
    rows: dict[tuple[str, str], dict[tuple[str, str], Mapping[str, Any]]] = {}
    for cell in summary["matrix"]:
        rows.setdefault((cell["format"], cell["check"]), {})[(cell["saved"], cell["loaded"])] = cell
    head = "".join(f"<th>{_e(s)} → {_e(l)}</th>" for s, l in pairs)
    body = []
    for (fmt, check), cells in rows.items():
        if (fmt, check) in never:
            continue
        tds = []
        for pair in pairs:
            cell = cells.get(pair)
            if cell is None:
                tds.append("<td>—</td>")
                continue
            passed = cell["counts"].get("pass", 0)
            notes = [f"{n} {s}" for s, n in cell["failures"].items()]
            if cell["expected"]:
                notes.append(f"{cell['expected']} expected")
            if cell["counts"].get("unsupported"):
                notes.append(f"{cell['counts']['unsupported']} unsupported")
            tds.append(
                f'<td class="cell {_cell_class(cell)}" data-format="{_e(fmt)}" '
                f'data-check="{_e(check)}" data-saved="{_e(pair[0])}" '
                f'data-loaded="{_e(pair[1])}" data-passed="{passed}" data-total="{cell["total"]}" '
                f'data-failing="{cell["failing"]}"><b>{passed}/{cell["total"]}</b>'
                f'<small>{_e(", ".join(notes))}</small></td>')
        body.append(f"<tr><th>{_e(fmt)} / {_e(check)}</th>{''.join(tds)}</tr>")
    left_out = "".join(f"<li><code>{_e(f)} / {_e(c)}</code>: {_e(reason)}</li>"
                       for (f, c), reason in sorted(never.items()))
    return (f'<table id="matrix"><thead><tr><th>format / check</th>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>'
            + (f"<p>Not applicable in any pair:</p><ul>{left_out}</ul>" if left_out else ""))


def _chart(records: Sequence[Mapping[str, Any]], summary: Mapping[str, Any]) -> str:
    """Max absolute error of every output comparison, per format (rows) and pair (colour), on a
    log axis; exact zeros sit at the left edge."""
    pairs = [tuple(p) for p in summary["pairs"]]
    palette = ["#1565c0", "#6a1b9a", "#00838f", "#ef6c00", "#5d4037", "#ad1457", "#2e7d32", "#455a64"]
    formats = sorted({r["format"] for r in records if r.get("max_abs_diff") is not None})
    low, high = -12, 2
    width, row, left = 760, 22, 170
    points = []
    for r in records:
        value = r.get("max_abs_diff")
        if value is None or r["format"] not in formats or (isinstance(value, float) and math.isnan(value)):
            continue
        exponent = low if value <= 0 else min(high, max(low, math.log10(value)))
        x = left + (exponent - low) / (high - low) * (width - left - 10)
        y = 20 + formats.index(r["format"]) * row + (pairs.index(pair_of(r)) + 1) * row / (len(pairs) + 1)
        colour = palette[pairs.index(pair_of(r)) % len(palette)]
        points.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour}" fill-opacity="0.6">'
                      f'<title>{_e(r["format"])} {_e(r["case"])}: {_e(f"{value:.3g}")}</title></circle>')
    height = 40 + len(formats) * row
    labels = [f'<text x="{left - 6}" y="{20 + i * row + row / 2 + 4:.0f}" text-anchor="end">{_e(f)}</text>'
              for i, f in enumerate(formats)]
    ticks = []
    for exponent in range(low, high + 1, 2):
        x = left + (exponent - low) / (high - low) * (width - left - 10)
        text = "0" if exponent == low else f"1e{exponent}"
        ticks.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="14" y2="{height - 18}" stroke="#ddd"/>'
                     f'<text x="{x:.1f}" y="{height - 4}" text-anchor="middle">{text}</text>')
    legend = "".join(f'<span style="color:{palette[i % len(palette)]}">● {_e(s)} → {_e(l)}</span> '
                     for i, (s, l) in enumerate(pairs))
    return (f'<svg id="chart" width="{width}" height="{height}" font-size="11">{"".join(ticks)}{"".join(labels)}'
            f'{"".join(points)}</svg><p class="legend">{legend}</p>')


def _payload(records: Sequence[Mapping[str, Any]]) -> str:
    cases: dict[str, Any] = {}
    rows = []
    for r in records:
        source = r.get("source") or {}
        cases.setdefault(r["case"], source.get("spec") or source.get("factory"))
        reproducer = r.get("reproducer") or {}
        saved, loaded = pair_of(r)
        rows.append({"case": r["case"], "format": r["format"], "check": r["check"], "saved": saved,
                     "loaded": loaded, "status": r["status"], "kind": _kind(r), "message": r["message"][:600],
                     "abs": _finite(r.get("max_abs_diff")), "rel": _finite(r.get("max_rel_diff")),
                     "limitation": r.get("limitation"), "departure": r.get("departure"),
                     "claimed": bool(r.get("claimed")),
                     "reproducer": reproducer.get("python")})
    text = json.dumps(_finite_tree({"cases": cases, "records": rows}), separators=(",", ":"), default=str,
                      ensure_ascii=True, allow_nan=False)
    # "<", ">" and "&" only occur inside JSON strings, where \uXXXX means the same to JSON.parse:
    # no "</script", "<!--" or "<script" can end the element or switch the HTML parser's script
    # states; U+2028/2029 are escaped by ensure_ascii
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _finite(value: Any) -> Any:
    """JSON.parse has no NaN or Infinity: a non-finite magnitude travels as its name."""
    return str(value) if isinstance(value, float) and not math.isfinite(value) else value


def _finite_tree(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _finite_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite_tree(v) for v in value]
    return _finite(value)


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>harness compatibility report</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
td.cell{cursor:pointer;color:#fff;min-width:9em}td.cell small{display:block;font-size:11px;opacity:.9}
td.pass{background:%(pass)s}td.failing{background:%(failing)s}td.expected{background:%(expected)s;color:#222}
td.unsupported{background:%(unsupported)s}td.open{outline:3px solid #000}
#cases .case{border-left:4px solid #ccc;margin:.5em 0;padding:.3em .6em}
#cases .failing{border-color:%(failing)s}#cases .pass{border-color:%(pass)s}
#cases .expected{border-color:%(expected)s}#cases .unsupported{border-color:%(unsupported)s}
pre{background:#f5f5f5;padding:.5em;overflow:auto;max-height:24em}.legend span{margin-right:1em}
</style></head><body>
<h1>harness compatibility report</h1>
<p id="totals">%(totals)s</p>
%(matrix)s
<p>Columns: saved-in → loaded-in torch. Green: all applicable cases pass; amber: passes plus differences a
known limitation explains; red: failures; grey: the format cannot express these models here.
Click a cell to see its cases.</p>
<div id="cases"></div>
<h2>Error magnitudes</h2>
<p>Max absolute difference of every output comparison, per format and pair (log scale; exact matches at 0).</p>
%(chart)s
<script type="application/json" id="data">%(data)s</script>
<script>
(function(){
var data=JSON.parse(document.getElementById('data').textContent);
function esc(s){return String(s==null?'':s).replace(/[&<>"]/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c];});}
document.querySelectorAll('td.cell').forEach(function(td){td.addEventListener('click',function(){
  document.querySelectorAll('td.open').forEach(function(o){o.classList.remove('open');});td.classList.add('open');
  var d=td.dataset,out=['<h2>'+esc(d.format)+' / '+esc(d.check)+', '+esc(d.saved)+' → '+esc(d.loaded)+'</h2>'];
  data.records.filter(function(r){return r.format===d.format&&r.check===d.check&&r.saved===d.saved&&r.loaded===d.loaded;})
  .sort(function(a,b){return (a.kind==='failing'?0:1)-(b.kind==='failing'?0:1);}).forEach(function(r){
    var spec=data.cases[r.case];
    out.push('<div class="case '+r.kind+'"><b>'+esc(r.case)+'</b>: '+esc(r.status)+
      (r.limitation?' (expected: '+esc(r.limitation)+')':'')+(r.departure?' ['+esc(r.departure)+']':'')+
      (r.claimed?' (as the saving side reported: nothing was loaded)':'')+
      (r.abs!=null?' — max abs '+Number(r.abs).toPrecision(3)+', max rel '+Number(r.rel).toPrecision(3):'')+
      '<div>'+esc(r.message)+'</div><details><summary>spec</summary><pre>'+esc(JSON.stringify(spec,null,1))+'</pre></details>'+
      (r.reproducer?'<details open><summary>smallest reproducer</summary><pre>'+esc(r.reproducer)+'</pre></details>':'')+'</div>');
  });
  document.getElementById('cases').innerHTML=out.join('');});});
// #open=format/check/saved/loaded opens that cell: links into the report, and its browser test
var m=/^#open=(.*)$/.exec(location.hash);
if(m){var k=decodeURIComponent(m[1]).split('/');document.querySelectorAll('td.cell').forEach(function(td){
  var d=td.dataset;if(d.format===k[0]&&d.check===k[1]&&d.saved===k[2]&&d.loaded===k[3])td.click();});}
})();
</script></body></html>
"""


def write_html(records: Sequence[Mapping[str, Any]], summary: Mapping[str, Any], out: Path) -> Path:
    conflicting = contradictions(records)  # before dedupe, which keeps only the last of each
    records = dedupe(records)
    statuses = ", ".join(f"{n} {s}" for s, n in summary["statuses"].items() if n)
    totals = (f"{summary['records']} checks across torch {', '.join(summary['versions'])}: {statuses}."
              if summary["pairs"] else "No results yet: run python -m harness verify first.")
    if conflicting:
        cells = "; ".join(f"{c['case']} {c['format']}/{c['check']} {c['saved']} → {c['loaded']} "
                          f"({', '.join(c['statuses'])})" for c in conflicting[:10])
        totals += (f" Contradictions: {len(conflicting)} checks have records with different statuses "
                   f"(the page shows the last of each; harness gate judges all): {cells}.")
    page = PAGE % {**COLOURS, "totals": _e(totals), "matrix": _matrix(summary, never_applicable(records)),
                   "chart": _chart(records, summary), "data": _payload(records)}
    path = out / "compat.html"
    path.write_text(page, encoding="utf-8", errors="backslashreplace")  # a lone surrogate: as its escape
    return path


WRITERS.add("html", write_html)
