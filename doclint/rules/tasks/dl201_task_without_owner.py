from typing import Iterable

from doclint.model import Document, Finding
from doclint.rules.base import Context
from doclint.rules.tasks.base import TaskRule
from doclint.tasks import extract_tasks


class TaskWithoutOwner(TaskRule):
    """A task names no lead unit or person.

    **What it checks**
    Every task of a plan, directive or conclusion (numbered items and bullets under a task
    heading, task-table rows, sentences addressed to a unit) must name who leads it: a unit
    ("Sở Tư pháp", "Ministry of Finance", "Министерство финансов", "Helsedirektoratet",
    "وزارة الصحة") or a person ("Chủ tịch UBND tỉnh"). A lead column cell, the task's own text
    ("Sở A chủ trì", "Giao Sở A …", "A shall …") and a unit heading above the task ("1. Sở Tài
    chính:") all count. Cooperating units ("phối hợp với Sở B") are not leads.

    **Why**
    Conclusion 226-KL/TW §2.1: lower-level documents must concretize directives into specific
    tasks, "specifying resources, completion time, and clearly assigning responsibilities";
    §2.3: "clear responsibilities, clear tasks, clear timelines, clear accountability".

    **Example**
    Bad: `3. Rà soát, cắt giảm thủ tục hành chính trong năm 2026.`
    Fixed: `3. Văn phòng UBND tỉnh chủ trì rà soát, cắt giảm thủ tục hành chính trong năm 2026.`

    **Options**
    None. Units are data: extend `owners` in `[tool.doclint.lexicons.<lang>]`
    (e.g. `owners = ["Ban Quản lý dự án"]`).
    """

    code = "DL201"
    name = "task-without-owner"

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        for task in ctx.analysis(extract_tasks):
            if not task.leads:
                yield self.task_finding(task, "task names no lead unit or person")
