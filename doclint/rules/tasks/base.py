"""What the DL2xx rules share: the kinds of document that assign tasks, and a finding on a task.

Kinds: plans, directives (chỉ thị, quyết định, nghị quyết) and conclusions assign tasks. A
report's "next tasks" are checked by the reports rules, and letters request rather than assign,
so neither is covered here (no double reporting).
"""
from __future__ import annotations

from typing import Any

from doclint.model import Finding
from doclint.rules.base import Rule
from doclint.tasks.model import Task

ASSIGNING_KINDS = frozenset({"plan", "directive", "conclusion"})


class TaskRule(Rule):
    kinds = ASSIGNING_KINDS

    def task_finding(self, task: Task, message: str, **evidence: Any) -> Finding:
        """A finding whose excerpt is the task's own text (a table row's text for rows)."""
        ev = {"source": task.source, "leads": list(task.leads),
              "cooperating": list(task.cooperating),
              "timings": [{"text": t.text, "class": t.cls, **({"date": t.date} if t.date else {}),
                           **({"inherited": True} if t.inherited else {})} for t in task.timings]}
        if task.section:
            ev["section"] = task.section
        ev.update(evidence)
        return self.finding(task.block, message, excerpt=task.text, evidence=ev)
