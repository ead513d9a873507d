"""In-document suppressions for reviewed exceptions.

`doclint: ignore DL203` in a paragraph silences DL203 on that paragraph and on the block that
follows it (a note is usually written just above the text it excuses); in a Word comment it
silences the code on the paragraph the comment is anchored on. `doclint: ignore-file DL4`
anywhere (paragraph or comment) silences the codes for the whole document. Codes are prefixes
("DL4" = all format rules) or ALL; several may be listed, separated by commas or spaces.

A suppression that silences nothing is reported as DL001 (unused-suppression) when that rule is
selected, so stale exceptions do not pile up after the text they excused was rewritten.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Collection

from doclint.model import Document, Finding, Location
from doclint.rules.registry import matches

_CODE = r"(?:DL\d{1,3}|ALL)\b"
_DIRECTIVE = re.compile(rf"doclint:\s*(ignore-file|ignore)\s+({_CODE}(?:\s*[,\s]\s*{_CODE})*)",
                        re.IGNORECASE)
UNUSED_CODE = "DL001"


@dataclass(frozen=True, slots=True)
class Suppression:
    at: int  # the block the directive is written in (or its comment is anchored on)
    scope: tuple[int, ...] | None  # blocks it covers; None: the whole document
    codes: tuple[str, ...]
    text: str  # the directive as written
    in_comment: bool

    def covers(self, f: Finding) -> bool:
        in_scope = self.scope is None or f.location.block in self.scope
        return in_scope and matches(f.code, self.codes)


def suppressions(doc: Document) -> list[Suppression]:
    """Every directive of the document: paragraphs first, then Word comments."""
    sources = [(b.index, b.text, False) for b in doc.blocks]
    sources += [(block, text, True) for block, text in doc.comments]
    out = []
    for block, text, in_comment in sources:
        for m in _DIRECTIVE.finditer(text):
            codes = tuple(c.upper() for c in re.split(r"[,\s]+", m.group(2).strip()) if c)
            if m.group(1).lower() == "ignore-file":
                scope = None
            else:
                scope = (block,) if in_comment else (block, block + 1)
            out.append(Suppression(block, scope, codes, m.group(0), in_comment))
    return out


def apply_suppressions(doc: Document, findings: list[Finding],
                       ran: Collection[str] = ()) -> list[Finding]:
    """The findings no suppression covers, plus DL001 findings for unused suppressions.

    `ran` holds the codes of the rules that ran on this document; DL001 is reported only when
    it is among them, and only for codes of rules that ran (a code the run did not check
    cannot be judged unused).
    """
    supp = suppressions(doc)
    if not supp:
        return findings
    used: set[int] = set()
    kept = []
    for f in findings:
        covering = [i for i, s in enumerate(supp) if s.covers(f)]
        used.update(covering)
        if not covering:
            kept.append(f)
    if UNUSED_CODE in ran:
        kept.extend(_unused(doc, supp, used, [c for c in ran if c != UNUSED_CODE]))
    return kept


def _unused(doc: Document, supp: list[Suppression], used: set[int],
            ran: list[str]) -> list[Finding]:
    from doclint.rules.suppression.dl001_unused_suppression import UnusedSuppression

    rule = UnusedSuppression()
    out = []
    for i, s in enumerate(supp):
        judged = [c for c in s.codes if any(matches(code, (c,)) for code in ran)]
        if i in used or not judged:
            continue
        block = doc.blocks[s.at] if 0 <= s.at < len(doc.blocks) else None
        where = "this document" if s.scope is None else (
            "the commented paragraph" if s.in_comment else "this paragraph or the next")
        out.append(rule.finding(
            block, f"suppression `{s.text}` silences nothing: no {', '.join(judged)} finding "
                   f"in {where}; remove it",
            location=block.location if block else Location(block=s.at),
            evidence={"directive": s.text, "codes": list(s.codes),
                      "source": "comment" if s.in_comment else "paragraph"}))
    return out
