from __future__ import annotations

import re
from typing import Any, Iterable

from doclint.lang.normalize import fold
from doclint.meta import Element
from doclint.model import Document, Finding
from doclint.rules.base import Context
from doclint.rules.format.base import FormatRule
from doclint.rules.format.facts import FormatFacts

# "125/KH-UBND", "/KH-UBND", "12/2025/QĐ-UBND", "125/UBND-VP" (an official letter)
STATE_NUMBER = re.compile(r"^(?P<n>\d+)?(?:/(?P<year>\d{4}))?/(?P<first>[^\W\d_][\w&.]*)(?:-[\w&.]+)*$")
# "45-KH/TU", "-KH/TU", "226-KL/TW", "151-TTr/VPTW"
PARTY_NUMBER = re.compile(r"^(?P<n>\d+)?-(?P<first>[^\W\d_][\w]*)/[^\W\d_][\w&.]*(?:-[\w&.]+)*$")
LETTER_PARTY_ABBR = "CV"


class NumberSymbol(FormatRule):
    """The number and symbol is missing, malformed, or its type abbreviation does not match.

    **What it checks**
    - a formal document without a "Số" line;
    - a state number not shaped "Số: 125/KH-UBND" (legal documents: "Số: 12/2025/QĐ-UBND";
      official letters: "Số: 125/UBND-VP"), a Party number not shaped "Số 45-KH/TU";
    - the type abbreviation of the symbol differs from the document's type line: a "KẾ
      HOẠCH" numbered ".../BC-UBND", a Party "KẾT LUẬN" numbered "...-TB/TU" (tables in
      lexicons/vi/doc-types.txt and party-doc-types.txt, extendable from the config);
    - an official letter (a "V/v" summary, no type line) whose state symbol starts with a
      type abbreviation, or whose Party symbol is not "-CV/";
    - with `--issued` (or `issued = true`), a blank number left for the registry
      ("Số:      /KH-UBND"). Drafts keep the blank: it is filled at issuance.

    **Why**
    Decree 30/2020/NĐ-CP Art. 8(1)(c), Appendix I §II.3 (number and symbol: "Số: .../type
    abbreviation-issuer abbreviation") and Appendix III §I (type abbreviations: NQ, QĐ, CT,
    QC, QyĐ, TC, TB, HD, CTr, KH, PA, ĐA, DA, BC, BB, TTr, HĐ, CĐ, BGN, BTT, GUQ, GM, GGT,
    GNP, PG, PC, PB); Hướng dẫn 36-HD/VPTW §II.1.3 (Party: "Số 45-KH/TU", type abbreviation
    after the hyphen, issuer after the slash). Conclusion 226-KL/TW §2.1: "the correct format".

    **Example**
    `Số: 125/BC-UBND` over "KẾ HOẠCH" -> `Số: 125/KH-UBND`; a Party plan `Số: 45/KH-TU` ->
    `Số 45-KH/TU`.

    **Options**
    None. The `issued` setting (`--issued`) turns blank numbers into findings.
    """

    code = "DL402"
    name = "number-symbol"

    def check_format(self, doc: Document, ctx: Context, facts: FormatFacts) -> Iterable[Finding]:
        meta = facts.header.metadata
        element = facts.header.elements.get("number")
        if not meta.number:
            example = "Số 45-KH/TU" if facts.family == "party" else "Số: 125/KH-UBND"
            yield self.at(None, facts, f'no number and symbol line ("{example}")',
                          evidence={"family": facts.family})
            return
        evidence = {"number": meta.number, "family": facts.family}
        if meta.number_placeholder and ctx.settings.issued:
            yield self.at(element, facts, f'the number is blank ("{meta.number}") in an issued '
                          "document: the registry assigns it at issuance", evidence=evidence)
        own, other = (PARTY_NUMBER, STATE_NUMBER) if facts.family == "party" else \
            (STATE_NUMBER, PARTY_NUMBER)
        m = own.match(meta.number)
        if not m:
            if other.match(meta.number):
                want = "Số 45-KH/TU (number-type/issuer)" if facts.family == "party" else \
                    "Số: 125/KH-UBND (number/type-issuer)"
                yield self.at(element, facts, f'"{meta.number}" is written like a '
                              f'{"state" if facts.family == "party" else "Party"} number; a '
                              f"{facts.family} document is numbered {want}", evidence=evidence)
            else:
                yield self.at(element, facts, f'malformed number and symbol "{meta.number}"',
                              evidence=evidence)
            return
        yield from self._type_abbreviation(facts, m.group("first"), element, evidence)

    def _type_abbreviation(self, facts: FormatFacts, first: str, element: Element | None,
                           evidence: dict[str, Any]) -> Iterable[Finding]:
        meta = facts.header.metadata
        known = {fold(a) for abbrs in facts.type_abbrs.values() for a in abbrs}
        if facts.type_name and facts.type_name in facts.type_abbrs:
            expected = facts.type_abbrs[facts.type_name]
            if expected and fold(first) not in {fold(a) for a in expected}:
                yield self.at(element, facts, f'symbol "{first}" does not match the document type '
                              f'"{meta.type_line}" (expected {" or ".join(expected)})',
                              evidence={**evidence, "expected": list(expected), "found": first})
        elif not meta.type_line and "letter_summary" in facts.header.elements:
            if facts.family == "party" and fold(first) != fold(LETTER_PARTY_ABBR):
                yield self.at(element, facts, f'a Party official letter is numbered '
                              f'"-{LETTER_PARTY_ABBR}/", not "-{first}/"',
                              evidence={**evidence, "expected": [LETTER_PARTY_ABBR], "found": first})
            elif facts.family == "state" and fold(first) in known:
                yield self.at(element, facts, f'an official letter ("V/v" summary) carries the type '
                              f'abbreviation "{first}"; its symbol is issuer-unit ("125/UBND-VP"), '
                              "or add the type line", evidence={**evidence, "found": first})
