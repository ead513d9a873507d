"""Plain text and Markdown. One block per paragraph: a non-empty line, or several lines that
were hard-wrapped (a line that does not end a sentence followed by one that starts in lower
case). Markdown headings, list items and pipe tables keep their structure.
"""
from __future__ import annotations

import re

from doclint.lang.normalize import clean_line
from doclint.model import Block, BlockKind, Cell, Document, Location, Page
from doclint.parsers.encoding import decode
from doclint.parsers.structure import classify, starts_item

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def _joins(prev: str, line: str) -> bool:
    """A hard-wrapped continuation: prev ends mid-sentence and line starts in lower case or
    with a number that is no item label ("10 phút", "1. september"). A `doclint: ignore …`
    line is a directive of its own, never a continuation."""
    return bool(prev) and not re.search(r"[.:;!?…»”)\]]$", prev) \
        and (line[:1].islower() or line[:1].isdigit()) and not starts_item(line, False) \
        and not line.startswith("doclint:")


def parse_text(data: bytes, path: str) -> Document:
    text, _encoding = decode(data, path)
    blocks: list[Block] = []
    table_index = -1
    row_index = 0
    in_table = False
    pending: list[str] = []
    pending_line = 0

    def flush() -> None:
        nonlocal pending
        if pending:
            para = clean_line(" ".join(pending))
            kind, level, number = classify(para)
            blocks.append(Block(kind, para, Location(block=len(blocks), line=pending_line),
                                level=level, number=number))
            pending = []

    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = clean_line(raw)
        if not line:
            flush()
            in_table = False
            continue
        if line.startswith("|") and line.count("|") >= 2:
            flush()
            if _TABLE_RULE.match(line):
                continue
            if not in_table:
                table_index += 1
                row_index = 0
                in_table = True
            cells = tuple(Cell(clean_line(c), i) for i, c in
                          enumerate(line.strip().strip("|").split("|")))
            blocks.append(Block(BlockKind.TABLE_ROW, " | ".join(c.text for c in cells),
                                Location(block=len(blocks), line=lineno, table=table_index,
                                         row=row_index), cells=cells))
            row_index += 1
            continue
        in_table = False
        md = _MD_HEADING.match(line)
        if md:
            flush()
            blocks.append(Block(BlockKind.HEADING, md.group(2),
                                Location(block=len(blocks), line=lineno), level=len(md.group(1))))
            continue
        if pending and _joins(pending[-1], line):
            pending.append(line)
            continue
        flush()
        pending, pending_line = [line], lineno
    flush()
    return Document(path=path, format="text", blocks=tuple(blocks), pages=(Page(1),),
                    layers=frozenset({"text", "tables", "layout"}))
