from typing import Iterable

from doclint.model import Document, Finding
from doclint.rules.base import Context
from doclint.rules.tasks.base import TaskRule
from doclint.tasks import extract_tasks


class TaskVagueDeadline(TaskRule):
    """The only timing of a task is vague.

    **What it checks**
    A task whose timings are all vague: "Thường xuyên", "Kịp thời", "khi có yêu cầu", "as soon
    as possible", "regularly", "регулярно", "løpende", "باستمرار", or a deadline cell that names
    no date, period, schedule or reference. "Thường xuyên" next to a real date ("thường xuyên
    kiểm tra, báo cáo trước ngày 15/12/2026") is not vague: the date is the deadline. Periodic
    timings ("Hằng năm", "Hàng quý") and timings set by reference ("Theo Điều 17 Nghị định số
    52/2015/NĐ-CP", "Ngay sau khi có Nghị quyết của HĐND tỉnh") are not vague either.

    **Why**
    Conclusion 226-KL/TW §2.1 asks for a "completion time" and §2.3 for "clear timelines"; "as
    soon as possible" is neither.

    **Example**
    Bad: `Sở Thông tin và Truyền thông thường xuyên cập nhật thông tin.`
    Fixed: `Sở Thông tin và Truyền thông cập nhật thông tin hằng tháng, trước ngày 05 của tháng sau.`

    **Options**
    None. Vague words are data: `vague` per language.
    """

    code = "DL204"
    name = "task-vague-deadline"

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        for task in ctx.analysis(extract_tasks):
            if task.timings and not task.has_firm_timing:
                vague = ", ".join(f"“{t.text}”" for t in task.timings)
                yield self.task_finding(task, f"the only timing is vague ({vague}): give a date or period")
