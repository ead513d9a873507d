"""OpenDocument text (.odt) -> Document: content.xml walked with the hardened XML parser.

Headings (text:h with their outline level), paragraphs, lists (level = nesting; labels from
the list style: numbers, letters, Roman numerals or the bullet character), tables with
spanned cells (covered cells are skipped, as merged Word cells are), frames/text boxes,
and annotations (comments) anchored to the block they sit in.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from doclint.errors import UnreadableFile
from doclint.lang.normalize import clean_line
from doclint.model import TEXT_AND_TABLES, Block, BlockKind, Cell, Document, Location
from doclint.parsers.container import Container
from doclint.parsers.docx_styles import format_number
from doclint.parsers.limits import Limits
from doclint.parsers.structure import classify

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
            "I": "upperRoman", "": "none"}


def _list_styles(*roots: Any) -> dict[str, dict[int, tuple[str, str]]]:
    """List style name -> level (0-based) -> (number format or "bullet", suffix/bullet)."""
    out: dict[str, dict[int, tuple[str, str]]] = {}
    for root in roots:
        if root is None:
            continue
        for ls in root.iter(_TEXT + "list-style"):
            levels = out.setdefault(ls.get(_STYLE + "name", ""), {})
            for lvl in ls:
                level = int(lvl.get(_TEXT + "level", "1")) - 1
                if lvl.tag == _TEXT + "list-level-style-number":
                    levels[level] = (_FORMATS.get(lvl.get(_STYLE + "num-format", "1"), "decimal"),
                                     lvl.get(_STYLE + "num-suffix", "."))
                elif lvl.tag == _TEXT + "list-level-style-bullet":
                    levels[level] = ("bullet", lvl.get(_TEXT + "bullet-char", "•"))
    return out


class _Walker:
    def __init__(self, list_styles: dict[str, dict[int, tuple[str, str]]]) -> None:
        self.list_styles = list_styles
        self.blocks: list[Block] = []
        self.comments: list[tuple[int, str]] = []
        self.tables = 0

    def inline(self, el: Any, parts: list[str], notes: list[str]) -> None:
        if el.text:
            parts.append(el.text)
        for ch in el:
            tag = ch.tag
            if tag == _TEXT + "s":
                parts.append(" " * int(ch.get(_TEXT + "c", "1")))
            elif tag in (_TEXT + "tab", _TEXT + "line-break"):
                parts.append("\t" if tag == _TEXT + "tab" else "\n")
            elif tag == _OFFICE + "annotation":
                notes.append(clean_line(" ".join("".join(p.itertext()) for p in ch.iter(_TEXT + "p"))))
            elif tag in (_TEXT + "note", _DRAW + "frame"):
                pass  # footnotes and frames are read as blocks of their own
            else:
                self.inline(ch, parts, notes)
            if ch.tail:
                parts.append(ch.tail)

    def add(self, kind: BlockKind, text: str, notes: list[str], **kw: Any) -> None:
        index = len(self.blocks)
        self.comments.extend((index, n) for n in notes if n)
        loc = Location(index, table=kw.pop("table", None), row=kw.pop("row", None))
        self.blocks.append(Block(kind, text, loc, **kw))

    def body(self, parent: Any, list_style: str | None = None, depth: int = -1,
             counters: dict[int, int] | None = None) -> None:
        for el in parent:
            tag = el.tag
            if tag in (_TEXT + "p", _TEXT + "h"):
                self.paragraph(el, tag == _TEXT + "h")
            elif tag == _TEXT + "list":
                style = el.get(_TEXT + "style-name") or list_style
                self.list(el, style, depth + 1, counters if counters is not None else {})
            elif tag == _TABLE + "table":
                self.table(el)
            elif tag in (_TEXT + "section", _OFFICE + "text", _TABLE + "table-rows",
                         _TABLE + "table-header-rows"):
                self.body(el, list_style, depth, counters)

    def paragraph(self, el: Any, heading: bool, label: str | None = None,
                  level: int | None = None) -> None:
        parts: list[str] = []
        notes: list[str] = []
        self.inline(el, parts, notes)
        text = clean_line("".join(parts))
        if text:
            if heading:
                self.add(BlockKind.HEADING, text, notes,
                         level=int(el.get(_TEXT + "outline-level", "1")))
            elif label is not None:
                kind, lvl, _ = classify(f"{label} {text}")
                if kind is not BlockKind.HEADING:
                    kind, lvl = BlockKind.LIST_ITEM, level
                self.add(kind, text, notes, level=lvl, number=label)
            else:
                kind, lvl, number = classify(text)
                self.add(kind, text, notes, level=lvl, number=number)
        for frame in el.iter(_DRAW + "text-box"):
            self.body(frame)

    def list(self, el: Any, style: str | None, depth: int, counters: dict[int, int]) -> None:
        fmt, suffix = self.list_styles.get(style or "", {}).get(depth, ("bullet", "•"))
        for item in el.iterfind(_TEXT + "list-item"):
            counters[depth] = counters.get(depth, 0) + 1
            for deeper in [k for k in counters if k > depth]:
                del counters[deeper]
            label = suffix if fmt == "bullet" else f"{format_number(counters[depth], fmt)}{suffix}"
            for ch in item:
                if ch.tag in (_TEXT + "p", _TEXT + "h"):
                    self.paragraph(ch, ch.tag == _TEXT + "h", label, depth)
                    label = None  # further paragraphs of the item carry no label
                elif ch.tag == _TEXT + "list":
                    self.list(ch, ch.get(_TEXT + "style-name") or style, depth + 1, counters)

    def table(self, el: Any) -> None:
        index = self.tables
        self.tables += 1
        rows = [r for r in el.iter(_TABLE + "table-row")
                if next(r.iterancestors(_TABLE + "table")) is el]
        for r, row in enumerate(rows):
            cells: list[Cell] = []
            notes: list[str] = []
            col = 0
            for cell in row:
                repeat = int(cell.get(_TABLE + "number-columns-repeated", "1"))
                if cell.tag == _TABLE + "covered-table-cell":
                    col += min(repeat, 1000)
                    continue
                if cell.tag != _TABLE + "table-cell":
                    continue
                span = int(cell.get(_TABLE + "number-columns-spanned", "1"))
                lines = []
                for p in cell.iter(_TEXT + "p", _TEXT + "h"):
                    parts: list[str] = []
                    self.inline(p, parts, notes)
                    if line := clean_line("".join(parts)):
                        lines.append(line)
                text = "\n".join(lines)
                for _ in range(min(repeat, 1000) if text else 1):
                    cells.append(Cell(text, col, span))
                    col += span
                if not text:
                    col += span * (min(repeat, 1000) - 1)
            if any(c.text for c in cells):
                self.add(BlockKind.TABLE_ROW, " | ".join(" ".join(c.text.split()) for c in cells
                                                         if c.text),
                         notes, cells=tuple(cells), table=index, row=r)


def parse_odt(path: Path, layers: frozenset[str], limits: Limits) -> Document:
    with Container(path, limits, "OpenDocument text") as box:
        manifest = box.xml("META-INF/manifest.xml")
        if manifest is not None and any(el.tag.endswith("}encryption-data")
                                        for el in manifest.iter()):
            raise UnreadableFile("the OpenDocument file is encrypted: remove the password and "
                                 "save it again", path=str(path))
        content = box.xml("content.xml")
        styles = box.xml("styles.xml")
    if content is None:
        raise UnreadableFile("the OpenDocument file has no content.xml", path=str(path))
    walker = _Walker(_list_styles(content, styles))
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is not None:
        walker.body(body)
    return Document(path=str(path), format="odt", blocks=tuple(walker.blocks),
                    comments=tuple(walker.comments), layers=TEXT_AND_TABLES)
