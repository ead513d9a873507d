from __future__ import annotations

from typing import Iterable

from doclint.model import Document, Finding, Location
from doclint.rules.base import Context
from doclint.rules.format.base import FormatRule
from doclint.rules.format.facts import FormatFacts


class Recipients(FormatRule):
    """The recipients block "Nơi nhận:" is missing, or lists no archive copy ("Lưu: VT").

    **What it checks**
    A formal document ends with the block "Nơi nhận:" listing who receives it, its last entry
    the archive copy "- Lưu: VT, <drafting unit>." The block is found in any layout (its own
    paragraphs, the left cell of the signature table, a tab-separated line).

    **Why**
    Decree 30/2020/NĐ-CP Art. 8(1)(i) and Appendix I §II.9 (recipients, ending with "Lưu: VT");
    Hướng dẫn 36-HD/VPTW §II.1.9 (Party documents: "Nơi nhận:" … "Lưu Văn phòng …"). Without
    it, nobody knows who must implement the document nor where its original is kept.

    **Example**
    A plan that ends with the signature only -> add "Nơi nhận: - Như trên; - Lưu: VT, NC."

    **Options**
    None.
    """

    code = "DL405"
    name = "recipients"

    def check_format(self, doc: Document, ctx: Context, facts: FormatFacts) -> Iterable[Finding]:
        if facts.recipients is None:
            last = list(doc.body())[-1] if doc.blocks else None
            yield self.finding(last, 'no recipients block "Nơi nhận:" (Decree 30/2020/NĐ-CP '
                               "Appendix I §II.9)",
                               location=last.location if last else Location(block=0))
        elif not facts.archive_copy:
            unit = facts.recipients
            yield self.finding(unit.block, 'the recipients block lists no archive copy '
                               '("- Lưu: VT, …")', excerpt=unit.text)
