from __future__ import annotations

import datetime
import re
from typing import Iterable

from doclint.citations import Citation
from doclint.lang.normalize import fold
from doclint.meta import type_names
from doclint.model import Document, Finding
from doclint.rules.base import Context
from doclint.rules.citations.base import CitationRule, citations_of

# Legal documents carry their year in the number (Law 80/2015/QH13 Art. 8): "30/2020/NĐ-CP".
NEEDS_YEAR = {"nd", "tt", "ttlt"}
# Issuer parts of Party symbols: TW (Central), TU (provincial), HU, QU, ThU, ĐU, and the
# Central committees' bodies ending in TW (VPTW, BTCTW, UBKTTW…).
_PARTY_ISSUER = re.compile(r"^(?:\w*TW|TU|HU|QU|ThU|ĐU|DU|ĐUK|BCSĐ|ĐĐ)$")
FIRST_YEAR = 1945


def _latin(code: str) -> bool:
    return all(c.isascii() or c in "ĐđƠơƯư" for c in code)


class MalformedCitation(CitationRule):
    """A cited document's number is malformed: wrong shape, year or type abbreviation.

    **What it checks**
    For each citation ("Kết luận số 226-KL/TW", "Nghị định 30/2020/NĐ-CP"):
    - a Party document's number written in the state shape ("226/KL-TW" for "226-KL/TW");
    - a decree or circular without its year ("Nghị định 30/NĐ-CP"), or a year that cannot be
      one (before 1945, after next year, or not four digits);
    - the type word and the symbol's abbreviation disagree ("Kết luận số 226-CT/TW",
      "Nghị định số 30/2020/QĐ-CP"), in Vietnamese and in the English, Russian, Norwegian and
      Arabic renderings (lexicons/<lang>/citation-types.txt);
    - a Party-style number whose type abbreviation is in neither table ("226-KLL/TW").

    **Why**
    Decree 30/2020/NĐ-CP Appendix I §II.6: a cited document is identified by its type, number
    and symbol, date and issuer; Hướng dẫn 36-HD/VPTW §II.1.3 sets the Party symbol
    "number-type/issuer". A misnumbered citation points to another document or to none, and
    Conclusion 226-KL/TW §2.1 asks for documents issued "in the correct format".

    **Example**
    "Thực hiện Kết luận số 226/KL-TW" -> "Thực hiện Kết luận số 226-KL/TW".

    **Options**
    None.
    """

    code = "DL502"
    name = "malformed-citation"

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        known = {fold(a) for _, abbrs, _ in type_names(ctx.lexicons) for a in abbrs}
        this_year = datetime.date.today().year
        for c in ctx.analysis(citations_of):
            message = self._problem(c, known, this_year)
            if message:
                yield self.on(c, message, type_code=c.type_code, type_text=c.type_text)

    def _problem(self, c: Citation, known: set[str], this_year: int) -> str | None:
        parts = c.number.split("/")
        code = c.type_code or ""
        if c.system == "state":
            last = parts[-1].split("-")
            if len(last) > 1 and (fold(last[0]) == "kl" or _PARTY_ISSUER.match(last[-1])):
                party = f"{parts[0]}-{last[0]}/{'-'.join(last[1:])}"
                return f'"{c.number}" is a Party document\'s number in the state shape; write "{party}"'
            year_part = parts[1] if len(parts) > 2 else None
            if year_part is not None and (len(year_part) != 4 or
                                          not FIRST_YEAR <= int(year_part) <= this_year + 1):
                return f'"{c.number}": the year "{year_part}" cannot be the year of issue'
            if year_part is None and fold(code) in NEEDS_YEAR and len(parts) == 2:
                return f'"{c.number}": decrees and circulars carry their year ("30/2020/NĐ-CP")'
        if c.type_expected and code and _latin(code) and \
                fold(code) not in {fold(a) for a in c.type_expected}:
            return (f'"{c.type_text}" calls for the abbreviation {" or ".join(c.type_expected)}, '
                    f'but the number reads "{c.number}"')
        if c.system == "party" and code and _latin(code) and fold(code) not in known:
            return f'"{c.number}": "{code}" is not a type abbreviation of Party documents'
        return None
