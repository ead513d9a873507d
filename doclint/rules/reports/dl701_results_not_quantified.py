from __future__ import annotations

from typing import Iterable

from doclint.model import Document, Finding
from doclint.rules.base import Context, Rule
from doclint.rules.reports.quantities import quantities
from doclint.rules.reports.sections import section_blocks


class ResultsNotQuantified(Rule):
    """A report's results section states no quantified result.

    **What it checks**
    In a report, each section headed as results ("KẾT QUẢ THỰC HIỆN", "Results", "Результаты",
    "Resultater", "النتائج") must state at least one quantity: a percentage, a count, an amount,
    a ratio against a target ("đạt 95%", "12/15 xã", "ban hành 25 văn bản"). Dates, years,
    document numbers and clause references do not count.

    **Why**
    Conclusion 226-KL/TW §2.3: "… ensuring that reports are concise, clearly state timelines and
    accountability, quantify results, and reduce the number of reports".

    **Example**
    Bad: `I. KẾT QUẢ` / `Các cơ quan đã triển khai nghiêm túc, đạt nhiều kết quả tích cực.`
    Fixed: `I. KẾT QUẢ` / `Đã ban hành 25/27 văn bản theo kế hoạch (đạt 92,6%); giảm 18% số hội
    nghị so với năm 2024.`

    **Options**
    None; headings are the lexicons report-results and report-section, reference words
    report-reference and report-month.
    """

    code = "DL701"
    name = "results-not-quantified"
    kinds = frozenset({"report"})

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        for blocks in section_blocks(doc, ctx.lexicons, "results"):
            found = [q for b in blocks for q in quantities(b.text, doc.language, ctx.lexicons)]
            if not found:
                # The excerpt is the section's first paragraph, the text that should carry figures;
                # a section with no paragraph at all is reported on its heading.
                yield self.finding(
                    blocks[1] if len(blocks) > 1 else blocks[0], f"the results section ({len(blocks) - 1} paragraph(s)) states no "
                    "figure, percentage or count against a target; Conclusion 226-KL/TW §2.3 "
                    "asks reports to quantify results", evidence={"paragraphs": len(blocks) - 1})
