"""The upgrade plan as the first section of ``compat.html`` (:mod:`.plan`).

One ``<details>`` per path, its summary the headline ("2.4 → 2.6 (upgrade): 3 things break");
the upgrades between adjacent versions are open, so the first screen answers the question a
team opens the page with. Every string is escaped; an action's code spans become ``<code>``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from .plan import SIDES, Plan
from .summary import version_key


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _action(action: str) -> str:
    parts = action.split("`")
    if len(parts) % 2 == 0:
        return _e(action)
    return "".join(f"<code>{_e(part)}</code>" if i % 2 else _e(part) for i, part in enumerate(parts))


def plan_section(plans: Sequence[Plan]) -> str:
    if not plans:
        return ""
    ranked = sorted({v for p in plans for v in (p.source, p.target)}, key=version_key)
    blocks = []
    for plan in plans:
        step = ranked.index(plan.target) - ranked.index(plan.source)
        upgrade, adjacent = step > 0, abs(step) == 1
        body = []
        for side, heading in SIDES.items():
            steps = [s for s in plan.steps if s.side == side]
            if not steps:
                continue
            items = "".join(
                f'<li class="step-{_e(s.verdict)}"><b>{_e(", ".join(s.formats))} / {_e(s.check)}</b>: '
                f"{s.cases} of {s.total} models ({_e(s.known)}) — {_e(s.cause)}"
                + (f' <span class="libs">({_e(s.libraries)})</span>' if s.libraries else "")
                + f'<br><span class="change">Change: {_action(s.action)}</span></li>' for s in steps)
            body.append(f"<p>{_e(heading.format(a=plan.source, b=plan.target)).capitalize()}:</p><ul>{items}</ul>")
        if plan.unaffected:
            body.append(f'<p class="unchanged">Unchanged: {_e(", ".join(plan.unaffected))}</p>')
        opened = " open" if upgrade and adjacent and plan.steps else ""
        blocks.append(f'<details class="plan"{opened}><summary>{_e(plan.headline())}</summary>{"".join(body)}</details>')
    return ('<section id="upgrade"><h2>Upgrade plan</h2><p>What changes on each move between the torch versions '
            "of this run — only what works in the version you leave; the findings below list everything.</p>"
            f'{"".join(blocks)}</section>')
