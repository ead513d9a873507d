from typing import Iterable

from doclint.model import Document, Finding
from doclint.rules.base import Context, Option
from doclint.rules.tasks.base import TaskRule
from doclint.tasks import extract_tasks
from doclint.tasks.resources import stated_resources


class PlanWithoutResources(TaskRule):
    """An implementing document assigns tasks but states no resources at all.

    **What it checks**
    A plan or directive with at least `min-tasks` tasks whose own text (boilerplate aside)
    names no funding, budget source, staff or equipment anywhere: no "Kinh phí thực hiện"
    section, no budget column with content, no "ngân sách", "nguồn vốn", "budget", "funding",
    "финансирование", "бюджет", "finansiering", "budsjett", "الميزانية", "التمويل". One finding per
    document, on its first task.

    **Why**
    Conclusion 226-KL/TW §2.1: lower-level documents must concretize directives into specific
    tasks and solutions, "specifying resources, completion time, and clearly assigning
    responsibilities".

    **Example**
    Bad: a plan of twelve tasks with no word on who pays.
    Fixed: add `III. KINH PHÍ THỰC HIỆN — Kinh phí thực hiện từ ngân sách tỉnh năm 2026 giao cho
    các cơ quan, đơn vị.` or a "Kinh phí" column.

    **Options**
    `min-tasks` (int, 3): fewer tasks than this and the rule does not apply.
    `kinds` (list, ["plan", "directive"]): kinds of document checked.
    """

    code = "DL205"
    name = "plan-without-resources"
    options = {"min-tasks": Option(3, "fewer tasks than this: the rule does not apply"),
               "kinds": Option(["plan", "directive"], "kinds of document checked")}

    def applies_to(self, doc: Document, ctx: Context) -> bool:
        return super().applies_to(doc, ctx) and doc.kind in ctx.option(self, "kinds")

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        tasks = ctx.analysis(extract_tasks)
        if len(tasks) < ctx.option(self, "min-tasks") or stated_resources(doc, ctx):
            return
        yield self.task_finding(tasks[0], f"the document assigns {len(tasks)} tasks but states no "
                                          "resources (funding, budget source, staff, equipment)",
                                tasks=len(tasks))
