from typing import Iterable

from doclint.boilerplate import substantive_blocks
from doclint.model import Document, Finding
from doclint.rules.base import Context, Option
from doclint.rules.tasks.base import ASSIGNING_KINDS, TaskRule
from doclint.tasks import extract_tasks


class NoConcreteTasks(TaskRule):
    """An implementing document assigns no concrete task.

    **What it checks**
    A plan or lower-level directive in which no task has both substance and an anchor: not one
    task names a lead or a timing that is not vague. Such a document restates its superior's
    directives ("Quán triệt sâu sắc…", "Tăng cường…") without turning them into tasks. One
    finding per document, on its title.

    **Why**
    Conclusion 226-KL/TW §2.1: "do not issue documents that merely copy the content of
    documents from higher levels. Documents from lower levels must concretize directives from
    higher levels into specific tasks and solutions for their level or unit".

    **Example**
    Bad: a plan whose items all read like `Tăng cường công tác tuyên truyền, nâng cao nhận thức.`
    Fixed: `Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức 04 hội nghị tuyên truyền trong quý II/2026.`

    **Options**
    `kinds` (list, ["plan", "directive"]): kinds of document checked.
    """

    code = "DL206"
    name = "no-concrete-tasks"
    kinds = ASSIGNING_KINDS
    options = {"kinds": Option(["plan", "directive"], "kinds of document checked")}

    def applies_to(self, doc: Document, ctx: Context) -> bool:
        return super().applies_to(doc, ctx) and doc.kind in ctx.option(self, "kinds")

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        tasks = ctx.analysis(extract_tasks)
        if any(t.leads or t.has_firm_timing for t in tasks):
            return
        title = doc.metadata.title or doc.metadata.type_line
        body = substantive_blocks(doc, ctx.lexicons)
        block = next((b for b in body if title and b.text == title), body[0] if body else None)
        if block is None:
            return
        what = f"its {len(tasks)} task(s) name" if tasks else "it names"
        yield self.finding(block, f"the document assigns no concrete task: {what} no lead and "
                                  "no firm timing", evidence={"tasks": len(tasks)})
