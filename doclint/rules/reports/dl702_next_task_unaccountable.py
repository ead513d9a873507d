from __future__ import annotations

from typing import Iterable

from doclint.model import BlockKind, Document, Finding
from doclint.rules.base import Context, Rule
from doclint.rules.reports.sections import section_blocks


class NextTaskUnaccountable(Rule):
    """A task in a report's next-tasks section names no owner or no deadline.

    **What it checks**
    In the section of a report that sets the coming period's tasks ("NHIỆM VỤ THỜI GIAN TỚI",
    "PHƯƠNG HƯỚNG, NHIỆM VỤ", "Next steps", "Задачи на 2026 год", "Oppgaver fremover", "المهام
    المقبلة"), every task found by the shared task extraction must name a lead unit or person
    and a deadline that is a date, a period or a schedule (a vague "kịp thời" is no deadline).
    A list item of the section that the extraction does not take for a task is still one of
    the section's tasks; the extraction's owner and timing finders read it.

    **Why**
    Conclusion 226-KL/TW §2.3: reports must "clearly state timelines and accountability"; and
    tasks follow "clear responsibilities, clear tasks, clear timelines, clear accountability".

    **Example**
    Bad: `- Tiếp tục đẩy mạnh chuyển đổi số trong thời gian tới.`
    Fixed: `- Sở Khoa học và Công nghệ chủ trì đưa 100% hồ sơ lên môi trường số, hoàn thành trước
    ngày 30/6/2026.`

    **Options**
    None.
    """

    code = "DL702"
    name = "next-task-unaccountable"
    kinds = frozenset({"report"})

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        sections = section_blocks(doc, ctx.lexicons, "next-tasks")
        inside = {b.index for blocks in sections for b in blocks[1:]}
        if not inside:
            return
        from doclint.tasks.extract import extract_tasks
        from doclint.tasks.owners import OwnerFinder
        from doclint.tasks.timing import TimingFinder

        tasks = [t for t in ctx.analysis(extract_tasks) if t.block.index in inside]
        seen = {t.block.index for t in tasks}
        owners = OwnerFinder(ctx.lexicons, doc.language)
        timings = TimingFinder(ctx.lexicons, doc.language)
        # the items of a next-tasks section are its tasks, whatever verbs they use
        items = [(b, b.text, owners.analyse(b.text).leads, timings.in_text(b.text))
                 for blocks in sections for b in blocks[1:]
                 if b.index not in seen and b.kind is BlockKind.LIST_ITEM]
        found = [(t.block, t.text, t.leads, t.timings) for t in tasks] + items
        for block, text, leads, when in sorted(found, key=lambda f: f[0].index):
            missing = []
            if not leads:
                missing.append("no owner")
            if not {t.cls for t in when} & {"concrete", "periodic"}:
                vague = any(t.cls == "vague" for t in when)
                missing.append("only a vague deadline" if vague else "no deadline")
            if missing:
                yield self.finding(
                    block, f"a next task of this report names {' and '.join(missing)}; "
                    "Conclusion 226-KL/TW §2.3 asks reports to state timelines and "
                    "accountability", excerpt=text,
                    evidence={"missing": missing, "leads": list(leads),
                              "timings": [t.text for t in when]})
