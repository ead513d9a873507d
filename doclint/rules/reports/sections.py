"""Sections of a report found by their headings: results, next tasks, and the others that end
them (difficulties, recommendations…), each from the per-language lexicons report-*.txt.

A heading is a heading block, a numbered or upper-case line of at most a dozen words; a bullet
("- Hạn chế …") is never one. A section runs until the next heading of another section or the closing boilerplate
(recipients, signature).
"""
from __future__ import annotations

import re

from doclint.boilerplate import boilerplate_blocks
from doclint.lang.lexicon import Lexicons
from doclint.model import Block, BlockKind, Document

SECTIONS = ("results", "next-tasks", "section")
MAX_HEADING_WORDS = 14
SHORT_HEADING_WORDS = 6
_BULLET = re.compile(r"^[-+•–—*▪●◦·]$")


def _heading_like(block: Block) -> bool:
    if block.kind is BlockKind.TABLE_ROW or len(block.text.split()) > MAX_HEADING_WORDS:
        return False
    if block.kind is BlockKind.HEADING:
        return True
    if block.number and not _BULLET.match(block.number):
        return True
    letters = [c for c in block.text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    # a short line without closing punctuation: "أولا: النتائج", "Kết quả đạt được"
    return len(block.text.split()) <= SHORT_HEADING_WORDS and not block.text.rstrip().endswith(
        (".", ";", ",", "،", "؛"))


def heading_of(block: Block, lang: str, lexicons: Lexicons) -> str | None:
    """Which section a heading-like block opens, if any (the cue must open the heading)."""
    if not _heading_like(block):
        return None
    for name in SECTIONS:
        m = lexicons.get(lang, f"report-{name}").first(block.text)
        if m is not None and (m.entry.regex is not None or m.start <= 2):
            return name
    return None


def section_blocks(doc: Document, lexicons: Lexicons, name: str) -> list[list[Block]]:
    """Every section called `name`: its heading block first, then its body blocks."""
    out: list[list[Block]] = []
    current: list[Block] | None = None
    closing = boilerplate_blocks(doc, lexicons)  # recipients and signature end every section
    for block in doc.body():
        if block.index in closing:
            current = None
            continue
        opened = heading_of(block, doc.language, lexicons)
        if opened is not None and (current is None or opened != name):
            current = [block] if opened == name else None
            if current is not None:
                out.append(current)
            continue
        if current is not None:
            current.append(block)
    return out
