from __future__ import annotations

from typing import Iterable

from doclint.model import Document, Finding
from doclint.rules.base import Context
from doclint.rules.format.base import FormatRule
from doclint.rules.format.facts import FormatFacts

# Forms that carry no summary under their type name (Decree 30/2020/NĐ-CP Appendix III, forms
# 1.8 and 1.10): a letter of introduction, a leave permit, transmittal slips.
NO_SUMMARY = ("giay gioi thieu", "giay nghi phep", "phieu gui", "phieu chuyen", "phieu bao")


class TypeSummary(FormatRule):
    """The type name and summary (trích yếu) is missing; official letters lack "V/v".

    **What it checks**
    A document with a type (KẾ HOẠCH, QUYẾT ĐỊNH, BÁO CÁO, KẾT LUẬN…) writes the type name on
    its own line followed by a one-line summary of its content; an official letter (công văn)
    has no type name and writes its summary under the number, starting with "V/v". Fires when
    neither a type line nor a "V/v" summary is found, or when a type line has no summary (forms
    such as GIẤY GIỚI THIỆU excepted).

    **Why**
    Decree 30/2020/NĐ-CP Art. 8(1)(đ) and Appendix I §II.5 (5a: type name and summary; 5b:
    official letters, "V/v" summary under the number and symbol); Hướng dẫn 36-HD/VPTW §II.1.5
    for Party documents. Conclusion 226-KL/TW §2.1: "the correct format and presentation".

    **Example**
    An official letter with "Số: 125/UBND-VP" but no summary -> add "V/v triển khai Kết luận
    số 226-KL/TW" under the number.

    **Options**
    None.
    """

    code = "DL404"
    name = "type-summary"

    def check_format(self, doc: Document, ctx: Context, facts: FormatFacts) -> Iterable[Finding]:
        meta = facts.header.metadata
        elements = facts.header.elements
        if not meta.type_line:
            if "letter_summary" not in elements:
                yield self.at(elements.get("number"), facts, "no type name (KẾ HOẠCH, QUYẾT ĐỊNH…) "
                              'and no "V/v" summary of an official letter')
            return
        if not meta.title and (facts.type_name or "") not in NO_SUMMARY:
            yield self.at(elements.get("type_line"), facts,
                          f'the type name "{meta.type_line}" has no summary (trích yếu) under it',
                          evidence={"type_line": meta.type_line})
