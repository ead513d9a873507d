from typing import Iterable

from doclint.model import Document, Finding
from doclint.rules.base import Context
from doclint.rules.tasks.base import TaskRule
from doclint.tasks import extract_tasks


class TaskSeveralLeads(TaskRule):
    """A task names more than one lead.

    **What it checks**
    Units listed together in a lead position: "Sở Tư pháp, Sở Nội vụ chủ trì …", a lead cell
    "Sở Tư pháp; UBND các xã, phường, đặc khu", "The Ministry of Finance and the Ministry of
    Justice shall …". Cooperating units ("A chủ trì, phối hợp với B, C"; "A leads, in
    coordination with B"; "A — головной исполнитель, совместно с B"; "A har ansvaret, i samarbeid
    med B"; "تتولى A بالتنسيق مع B") are not leads, and an enumeration under one plural ("các sở,
    ban, ngành"; "UBND các xã, phường, đặc khu") is one lead.

    **Why**
    Conclusion 226-KL/TW §2.3: "Task assignment should follow the principle of assigning only
    one person to lead and handle each task".

    **Example**
    Bad: `Sở Tư pháp, Sở Nội vụ chủ trì tổ chức hội nghị tập huấn trong quý II/2026.`
    Fixed: `Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ tổ chức hội nghị tập huấn trong quý II/2026.`

    **Options**
    None.
    """

    code = "DL202"
    name = "task-several-leads"

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        for task in ctx.analysis(extract_tasks):
            if len(task.leads) > 1:
                yield self.task_finding(
                    task, f"task names {len(task.leads)} leads ({'; '.join(task.leads)}): "
                          "assign one lead, the others cooperate")
