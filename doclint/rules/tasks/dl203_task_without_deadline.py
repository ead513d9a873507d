from typing import Iterable

from doclint.model import Document, Finding
from doclint.rules.base import Context
from doclint.rules.tasks.base import TaskRule
from doclint.tasks import extract_tasks


class TaskWithoutDeadline(TaskRule):
    """A task has no completion time.

    **What it checks**
    A task with no timing at all: no date or period ("trước ngày 30/6/2026", "Quý II/2026",
    "by 30 June 2026", "до 1 июня 2025 года", "innen 30. juni 2026", "قبل 30 يونيو 2026"), no
    schedule ("Hằng năm", "annually"), no timing set by reference ("Theo Điều 17 Nghị định số
    52/2015/NĐ-CP") and no vague word (those are DL204). A timing in the deadline column, in a
    "Thời gian:" clause, in the task's text, or in the heading or table section row the task
    sits under counts. The date in the document's header (place-date line) and dates of cited
    documents ("Kế hoạch số 12/KH-UBND ngày 15/3/2025") are not deadlines.

    **Why**
    Conclusion 226-KL/TW §2.1: lower-level documents must specify "completion time" for their
    tasks; §2.3: "clear timelines".

    **Example**
    Bad: `2. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch.`
    Fixed: `2. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch, báo cáo trước ngày 15/12/2026.`

    **Options**
    None. Date patterns are data: `deadlines` (regexes with `re:`) per language.
    """

    code = "DL203"
    name = "task-without-deadline"

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        for task in ctx.analysis(extract_tasks):
            if not task.timings:
                yield self.task_finding(task, "task has no completion time")
