from typing import Iterable

from doclint.boilerplate import substantive_blocks
from doclint.kinds import find_type_line, is_instruction
from doclint.lang.lexicon import Lexicon
from doclint.model import Document, Finding
from doclint.rules.base import Context, Option
from doclint.rules.tasks.base import ASSIGNING_KINDS, TaskRule
from doclint.tasks import extract_tasks
from doclint.tasks.model import Task


class NoConcreteTasks(TaskRule):
    """An implementing document assigns no concrete task.

    **What it checks**
    A plan or lower-level directive in which no task has both substance and an anchor: not one
    task names a lead or a timing that is not vague. A closing instruction to implement the plan
    itself ("Các phòng căn cứ Kế hoạch này nghiêm túc triển khai thực hiện", "All units shall
    implement this plan", "обеспечить выполнение настоящего плана", "følge opp planen",
    generic-implementation.txt) is no concrete task, even with a lead, unless it sets its own
    firm timing. Such a document restates its superior's
    directives ("Quán triệt sâu sắc…", "Tăng cường…") without turning them into tasks. One
    finding per document, on its title.

    Which documents: plans and programmes always (they exist to turn directives into tasks);
    among directives only the directive proper, whose type line is in kind-instruction.txt
    ("CHỈ THỊ", "DIRECTIVE", "ДИРЕКТИВА", "Поручение", "Rundskriv", "تعميم"), and only when
    it lists items at all: a directive written as pure prose or one that merely relays its
    superior's text is DL101/DL102's case. Decisions and resolutions ("QUYẾT ĐỊNH",
    "NGHỊ QUYẾT", "Решение", "Vedtak", "قرار") are not checked: they approve, appoint,
    inspect or discipline and assign no task by nature.

    **Why**
    Conclusion 226-KL/TW §2.1: "do not issue documents that merely copy the content of
    documents from higher levels. Documents from lower levels must concretize directives from
    higher levels into specific tasks and solutions for their level or unit".

    **Example**
    Bad: a plan whose items all read like `Tăng cường công tác tuyên truyền, nâng cao nhận thức.`
    Fixed: `Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức 04 hội nghị tuyên truyền trong quý II/2026.`

    **Options**
    `kinds` (list, ["plan", "directive"]): kinds of document checked (directives: the directive
    proper only, as above).
    """

    code = "DL206"
    name = "no-concrete-tasks"
    kinds = ASSIGNING_KINDS
    options = {"kinds": Option(["plan", "directive"], "kinds of document checked")}

    def applies_to(self, doc: Document, ctx: Context) -> bool:
        if not super().applies_to(doc, ctx) or doc.kind not in ctx.option(self, "kinds"):
            return False
        if doc.kind != "directive":
            return True
        type_line = find_type_line(doc, ctx.lexicons)[0]
        return bool(type_line) and is_instruction(type_line, doc.language, ctx.lexicons)

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        tasks = ctx.analysis(extract_tasks)
        generic = ctx.lexicons.get(doc.language, "generic-implementation")
        if any((t.leads or t.has_firm_timing) and not _generic(t, generic) for t in tasks):
            return
        if doc.kind == "directive" and not tasks:
            return  # prose or a relay: DL101/DL102 judge it
        title = doc.metadata.title or doc.metadata.type_line
        body = substantive_blocks(doc, ctx.lexicons)
        block = next((b for b in body if title and b.text == title), body[0] if body else None)
        if block is None:
            return
        what = f"its {len(tasks)} task(s) name" if tasks else "it names"
        closing = sum(1 for t in tasks if _generic(t, generic))
        note = f" ({closing} only ask to implement the plan itself)" if closing else ""
        yield self.finding(block, f"the document assigns no concrete task: {what} no lead and "
                                  f"no firm timing{note}", evidence={"tasks": len(tasks)})


def _generic(task: Task, generic: Lexicon) -> bool:
    """A closing instruction to implement the plan, with no firm timing of its own."""
    own_firm = any(t.cls != "vague" and not t.inherited for t in task.timings)
    return bool(generic.find(task.text)) and not own_firm
