from __future__ import annotations

from typing import Iterable

from doclint.model import Document, Finding
from doclint.rules.base import Context
from doclint.rules.format.base import FormatRule
from doclint.rules.format.facts import FormatFacts


class MissingHeaderTitle(FormatRule):
    """The national title and motto (state) or "ĐẢNG CỘNG SẢN VIỆT NAM" (Party) is missing.

    **What it checks**
    A state document must open with the national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    and the motto "Độc lập - Tự do - Hạnh phúc"; a Party document with the header line
    "ĐẢNG CỘNG SẢN VIỆT NAM". The header is read in any layout (table cells, tabs, two PDF
    columns) and tolerates missing diacritics and a couple of typing slips. A document is taken
    for a Party one when it carries the Party header, a Party-style number ("Số 45-KH/TU") or a
    Party issuer (Tỉnh ủy, Đảng ủy…). Texts with fewer than three format elements (an extract,
    a note) are not checked.

    **Why**
    Decree 30/2020/NĐ-CP Art. 8(1)(a) and Appendix I §II.1 make the national title and motto
    the first mandatory element of an administrative document; Hướng dẫn 36-HD/VPTW §II.1.1
    makes "Đảng Cộng sản Việt Nam" the element that identifies a Party document. Conclusion
    226-KL/TW §2.1: documents must be issued "in the correct format and presentation".

    **Example**
    A plan of a provincial People's Committee whose header reads only "ỦY BAN NHÂN DÂN TỈNH
    QUẢNG NINH" -> add "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" in
    the right-hand column.

    **Options**
    None. Runs on Vietnamese documents; `languages = {DL401 = ["vi", "en"]}` widens it.
    """

    code = "DL401"
    name = "missing-header-title"

    def check_format(self, doc: Document, ctx: Context, facts: FormatFacts) -> Iterable[Finding]:
        meta = facts.header.metadata
        if facts.family == "party":
            if not meta.party_header:
                yield self.at(None, facts, 'Party document without the header line '
                              '"ĐẢNG CỘNG SẢN VIỆT NAM" (Hướng dẫn 36-HD/VPTW §II.1.1)',
                              evidence={"family": "party", "missing": ["party_header"]})
            return
        missing = [name for name, value in (("national_title", meta.national_title),
                                            ("motto", meta.motto)) if not value]
        if not missing:
            return
        what = {"national_title": 'national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"',
                "motto": 'motto "Độc lập - Tự do - Hạnh phúc"'}
        element = facts.header.elements.get("national_title")
        yield self.at(element, facts, f"state document without the {' and '.join(what[m] for m in missing)}"
                      " (Decree 30/2020/NĐ-CP Appendix I §II.1)",
                      evidence={"family": "state", "missing": missing})
