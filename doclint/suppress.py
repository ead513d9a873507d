"""In-document suppressions for reviewed exceptions.

`doclint: ignore DL203` in a paragraph (or in a Word comment anchored on it) silences DL203 on
that paragraph and on the paragraph that follows it (a note is usually written just above
the text it excuses). `doclint: ignore-file DL4` anywhere silences the codes for the whole
document. Codes are prefixes ("DL4" = all format rules); several may be listed with commas.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from doclint.model import Document, Finding
from doclint.rules.registry import matches

_DIRECTIVE = re.compile(r"doclint:\s*(ignore-file|ignore)\s+((?:DL\d+|ALL)(?:\s*,\s*(?:DL\d+|ALL))*)",
                        re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Suppression:
    block: int | None  # None: the whole document
    codes: tuple[str, ...]


def suppressions(doc: Document) -> list[Suppression]:
    sources = [(b.index, b.text) for b in doc.blocks] + list(doc.comments)
    out = []
    for block, text in sources:
        for m in _DIRECTIVE.finditer(text):
            codes = tuple(c.strip().upper() for c in m.group(2).split(","))
            out.append(Suppression(None if m.group(1).lower() == "ignore-file" else block, codes))
    return out


def _covers(s: Suppression, f: Finding) -> bool:
    in_scope = s.block is None or f.location.block in (s.block, s.block + 1)
    return in_scope and matches(f.code, s.codes)


def apply_suppressions(doc: Document, findings: list[Finding]) -> list[Finding]:
    supp = suppressions(doc)
    if not supp:
        return findings
    return [f for f in findings if not any(_covers(s, f) for s in supp)]
