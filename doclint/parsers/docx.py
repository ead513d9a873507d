"""DOCX -> Document by one walk of word/document.xml with lxml (no python-docx on this path).

Blocks come in reading order: page-header parts (HEADER), the body (paragraphs, headings,
list items with their rendered labels, table rows with merged cells, text boxes after their
anchor paragraph), then page-footer parts (FOOTER). A header typed with tabs ("UBND TỈNH X
<tab><tab> CỘNG HÒA …") is split into its columns, emitted left column first, as a PDF of the
same page reads. The "layout" layer adds effective fonts per block and the sections' page
setup; it costs one extra pass over the run properties and is built only on request.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doclint.errors import UnreadableFile
from doclint.lang.normalize import clean_line
from doclint.model import TEXT_AND_TABLES, Block, BlockKind, Cell, Document, Location, PageSetup, Style
from doclint.parsers.container import Container, parse_xml
from doclint.parsers.docx_styles import W, Numbering, RunProps, Styles, child, wval
from doclint.parsers.limits import Limits
from doclint.parsers.structure import ARTICLE, CHAPTER, classify, split_label

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TWIP_MM = 25.4 / 1440

# inline containers whose children are walked like the paragraph's own
_INLINE = {W + t for t in ("hyperlink", "smartTag", "ins", "fldSimple", "sdt", "sdtContent",
                           "customXml", "moveTo", "dir", "bdo")}
_COLUMN_GAP = re.compile(r"\t+| {4,}")


@dataclass
class _Para:
    """What one paragraph's inline content holds."""

    parts: list[str] = field(default_factory=list)
    runs: list[tuple[int, str | None, Any]] = field(default_factory=list)  # (chars, rStyle, rPr)
    boxes: list[Any] = field(default_factory=list)  # w:txbxContent elements
    comments: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _is_lead_in(piece: str) -> bool:
    """A list label or "Kính gửi:"-style lead-in that a single tab separates from its text."""
    return (piece.endswith(":") or split_label(piece + " x")[0] == piece
            or bool(ARTICLE.match(piece) or CHAPTER.match(piece)) or len(piece.split()) < 2)


def columns(raw: str) -> list[str]:
    """A paragraph laid out as side-by-side columns with tabs or runs of spaces -> its columns.

    A gap separates columns unless what follows it continues the text: a blank left for the
    registry ("Số:      /KH-UBND", "ngày      tháng"), lower case, or (after a single tab or
    a run of spaces) a lead-in such as a list label or "Kính gửi:" before it.
    """
    raw = raw.strip()
    pieces: list[str] = []
    start = 0  # where the current column begins
    for m in _COLUMN_GAP.finditer(raw):
        left = clean_line(raw[start:m.start()])
        following = raw[m.end():m.end() + 1]
        if not left or following in ("", "/", ".", ",", ";", ")") or following.islower():
            continue
        strong = m.group().count("\t") >= 2 or ("\t" in m.group() and " " in m.group())
        if not strong and _is_lead_in(left):
            continue
        pieces.append(left)
        start = m.end()
    pieces.append(clean_line(raw[start:]))
    return [p for p in pieces if p] or [""]


class _Walker:
    def __init__(self, styles: Styles, numbering: Numbering, layout: bool) -> None:
        self.styles = styles
        self.numbering = numbering
        self.layout = layout
        self.blocks: list[Block] = []
        self.comment_at: dict[str, int] = {}
        self.tables = 0
        self.group: list[list[str]] = []  # consecutive tab-column paragraphs awaiting emission
        self.group_style: Style | None = None

    # inline content

    def inline(self, el: Any, acc: _Para) -> None:
        for ch in el:
            tag = ch.tag
            if tag == W + "r":
                self.run(ch, acc)
            elif tag in _INLINE:
                self.inline(ch, acc)
            elif tag == W + "commentRangeStart":
                acc.comments.append(ch.get(W + "id", ""))
            elif tag == _MC + "AlternateContent":
                choice = child(ch, _MC + "Choice")
                if choice is not None:
                    self.inline(choice, acc)

    def run(self, r: Any, acc: _Para) -> None:
        before = sum(len(p) for p in acc.parts) if self.layout else 0
        for x in r:
            tag = x.tag
            if tag == W + "t":
                acc.parts.append(x.text or "")
            elif tag == W + "tab" or tag == W + "ptab":
                acc.parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                if x.get(W + "type") not in ("page", "column"):
                    acc.parts.append("\n")
            elif tag == W + "noBreakHyphen":
                acc.parts.append("-")
            elif tag == W + "commentReference":
                acc.comments.append(x.get(W + "id", ""))
            elif tag == _MC + "AlternateContent":
                choice = child(x, _MC + "Choice")
                if choice is not None:
                    acc.boxes.extend(choice.iter(W + "txbxContent"))
            elif tag in (W + "drawing", W + "pict", W + "object"):
                acc.boxes.extend(x.iter(W + "txbxContent"))
        if self.layout:
            rpr = child(r, W + "rPr")
            chars = sum(len(p) for p in acc.parts) - before
            if chars:
                acc.runs.append((chars, wval(rpr, "rStyle"), rpr))

    def style(self, para_style: str | None, ppr: Any, acc: _Para) -> Style | None:
        if not self.layout:
            return None
        weights: Counter[RunProps] = Counter()
        for chars, run_style, rpr in acc.runs:
            weights[self.styles.run_props(para_style, run_style, rpr)] += chars
        props = (weights.most_common(1)[0][0] if weights
                 else self.styles.run_props(para_style, None, None))
        return Style(props.font, props.size, props.bold, props.italic,
                     self.styles.align(para_style, ppr))

    # blocks

    def add(self, kind: BlockKind, text: str, *, level: int | None = None,
            number: str | None = None, cells: tuple[Cell, ...] = (), style: Style | None = None,
            table: int | None = None, row: int | None = None, comments: list[str] = ()) -> None:
        index = len(self.blocks)
        for cid in comments:
            self.comment_at.setdefault(cid, index)
        self.blocks.append(Block(kind, text, Location(block=index, table=table, row=row),
                                 level=level, number=number, cells=cells, style=style))

    def body(self, parent: Any, part: BlockKind | None = None) -> None:
        for el in parent:
            tag = el.tag
            if tag == W + "p":
                self.paragraph(el, part)
            elif tag == W + "tbl":
                self.flush_group()
                self.table(el, part)
            elif tag in (W + "sdt", W + "customXml"):
                content = child(el, W + "sdtContent") if tag == W + "sdt" else el
                if content is not None:
                    self.body(content, part)
        self.flush_group()

    def paragraph(self, p: Any, part: BlockKind | None) -> None:
        ppr = child(p, W + "pPr")
        acc = _Para()
        self.inline(p, acc)
        para_style = self.styles.para_style(ppr)
        style = self.style(para_style, ppr, acc)
        raw = acc.text
        pieces = columns(raw) if "\t" in raw or "    " in raw else [clean_line(raw)]
        num = self.styles.num_pr(para_style, ppr)
        label = self.numbering.label(*num) if num else None
        if len(pieces) > 1 and part is None and not label:
            self.column_line(pieces, style, acc)
        elif pieces[0] or label:
            self.flush_group()
            self.emit_paragraph(pieces[0], part, para_style, ppr, num, label, style, acc.comments)
        elif self.group and raw.strip("\t ") == "":
            pass  # an empty line inside a tabbed header keeps the columns together
        else:
            self.flush_group()
            for cid in acc.comments:  # a comment on an empty paragraph belongs to the next block
                self.comment_at.setdefault(cid, len(self.blocks))
        for box in acc.boxes:
            self.flush_group()
            self.body(box, part)

    def emit_paragraph(self, text: str, part: BlockKind | None, para_style: str | None, ppr: Any,
                       num: tuple[str, int] | None, label: str | None, style: Style | None,
                       comments: list[str]) -> None:
        if part is not None:
            self.add(part, text, style=style, comments=comments)
            return
        heading = self.styles.heading_level(para_style, ppr)
        if heading is not None:
            self.add(BlockKind.HEADING, text, level=heading, number=label, style=style,
                     comments=comments)
        elif num is not None and label is not None:
            kind, level, _ = classify(f"{label} {text}")
            if kind is not BlockKind.HEADING:
                kind, level = BlockKind.LIST_ITEM, num[1]
            self.add(kind, text, level=level, number=label, style=style, comments=comments)
        else:
            kind, level, number = classify(text)
            self.add(kind, text, level=level, number=number, style=style, comments=comments)

    def column_line(self, pieces: list[str], style: Style | None, acc: _Para) -> None:
        if self.group and len(self.group) != len(pieces):
            self.flush_group()
        if not self.group:
            self.group = [[] for _ in pieces]
            self.group_style = style
        for col, piece in zip(self.group, pieces):
            col.append(piece)
        for cid in acc.comments:
            self.comment_at.setdefault(cid, len(self.blocks))

    def flush_group(self) -> None:
        for col in self.group:
            for piece in col:
                kind, level, number = classify(piece)
                self.add(kind, piece, level=level, number=number, style=self.group_style)
        self.group = []

    def cell_lines(self, parent: Any, lines: list[str], comments: list[str],
                   styles: list[Style]) -> None:
        """Text lines of a cell: its paragraphs (with their labels), nested tables, text boxes."""
        for el in parent:
            tag = el.tag
            if tag == W + "p":
                ppr = child(el, W + "pPr")
                acc = _Para()
                self.inline(el, acc)
                para_style = self.styles.para_style(ppr)
                num = self.styles.num_pr(para_style, ppr)
                label = self.numbering.label(*num) if num else None
                text = clean_line(acc.text)
                if label:
                    text = f"{label} {text}".strip()
                if text:
                    lines.append(text)
                    if self.layout and (st := self.style(para_style, ppr, acc)):
                        styles.append(st)
                comments.extend(acc.comments)
                for box in acc.boxes:
                    self.cell_lines(box, lines, comments, styles)
            elif tag == W + "tbl":
                for tr in el.iterchildren(W + "tr"):
                    row = []
                    for tc in tr.iterchildren(W + "tc"):
                        sub: list[str] = []
                        self.cell_lines(tc, sub, comments, styles)
                        row.append(" ".join(sub))
                    if any(row):
                        lines.append(" | ".join(x for x in row if x))
            elif tag in (W + "sdt", W + "customXml"):
                content = child(el, W + "sdtContent") if tag == W + "sdt" else el
                if content is not None:
                    self.cell_lines(content, lines, comments, styles)

    def table(self, tbl: Any, part: BlockKind | None) -> None:
        index = self.tables
        if part is None:
            self.tables += 1
        merged_down: dict[int, str] = {}
        for r, tr in enumerate(tbl.iterchildren(W + "tr")):
            col = int(wval(child(tr, W + "trPr"), "gridBefore") or 0)
            cells: list[Cell] = []
            comments: list[str] = []
            styles: list[Style] = []
            for tc in tr.iterchildren(W + "tc"):
                tcpr = child(tc, W + "tcPr")
                span_val = wval(tcpr, "gridSpan")
                span = int(span_val) if span_val and span_val.isdigit() else 1
                lines: list[str] = []
                self.cell_lines(tc, lines, comments, styles)
                text = "\n".join(lines)
                vmerge = child(tcpr, W + "vMerge")
                if vmerge is not None and vmerge.get(W + "val") != "restart":
                    text = merged_down.get(col, text)  # a cell merged down repeats the top one
                elif vmerge is not None:
                    merged_down[col] = text
                else:
                    merged_down.pop(col, None)
                cells.append(Cell(text, col, span))
                col += span
            if not any(c.text for c in cells):
                continue
            text = " | ".join(" ".join(c.text.split()) for c in cells if c.text)
            style = Counter(styles).most_common(1)[0][0] if styles else None
            if part is not None:
                self.add(part, text, cells=tuple(cells), style=style, comments=comments)
            else:
                self.add(BlockKind.TABLE_ROW, text, cells=tuple(cells), style=style, table=index,
                         row=r, comments=comments)


def _relationships(box: Container) -> dict[str, tuple[str, str]]:
    """rId -> (type suffix, part name) for word/document.xml."""
    root = box.xml("word/_rels/document.xml.rels")
    out: dict[str, tuple[str, str]] = {}
    if root is None:
        return out
    for rel in root.iter(_PKG_REL + "Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        name = target.lstrip("/") if target.startswith("/") else "word/" + target
        out[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], name)
    return out


def _page_setup(sect: Any) -> PageSetup | None:
    size = child(sect, W + "pgSz")
    if size is None or not (size.get(W + "w") or "").isdigit():
        return None
    mar = child(sect, W + "pgMar")

    def mm(el: Any, attr: str) -> float | None:
        value = el.get(W + attr) if el is not None else None
        return round(abs(int(value)) * _TWIP_MM, 1) if value and value.lstrip("-").isdigit() else None

    return PageSetup(mm(size, "w") or 0.0, mm(size, "h") or 0.0, mm(mar, "top"), mm(mar, "bottom"),
                     mm(mar, "left"), mm(mar, "right"))


def _comment_texts(root: Any) -> dict[str, str]:
    if root is None:
        return {}
    return {c.get(W + "id", ""): clean_line(" ".join("".join(t.text or "" for t in p.iter(W + "t"))
                                                    for p in c.iter(W + "p")))
            for c in root.iter(W + "comment")}


# Documents made from one template share their styles part byte for byte (Word's Normal.dotm,
# an office's letterhead template; python-docx's is 350 KB, 5 ms to parse): an archive scan or
# a multi-file check parses each distinct styles part once. A Styles' memo caches depend only on
# its parts, so sharing it is safe. Keyed by the parts' bytes themselves: no collisions.
_STYLES_CACHE: dict[tuple[bytes | None, bytes | None], Styles] = {}
_STYLES_CACHE_SIZE = 8


def _styles(box: Container, styles_name: str, theme_name: str | None) -> Styles:
    data = box.read(styles_name)
    theme = box.read(theme_name) if theme_name else None
    key = (data, theme)
    if key not in _STYLES_CACHE:
        if len(_STYLES_CACHE) >= _STYLES_CACHE_SIZE:
            _STYLES_CACHE.pop(next(iter(_STYLES_CACHE)))
        _STYLES_CACHE[key] = Styles(
            parse_xml(data, styles_name, box.path) if data is not None else None,
            parse_xml(theme, theme_name, box.path) if theme is not None and theme_name else None)
    return _STYLES_CACHE[key]


def parse_docx(path: Path, layers: frozenset[str], limits: Limits) -> Document:
    layout = "layout" in layers
    with Container(path, limits, "Word document") as box:
        rels = _relationships(box)
        by_type: dict[str, list[str]] = {}
        for kind, name in rels.values():
            by_type.setdefault(kind, []).append(name)
        part_of = {t: names[0] for t, names in by_type.items() if names}
        styles = _styles(box, part_of.get("styles", "word/styles.xml"),
                         part_of.get("theme") if layout else None)
        numbering = Numbering(box.xml(part_of.get("numbering", "word/numbering.xml")))
        root = box.xml("word/document.xml")
        body = child(root, W + "body") if root is not None else None
        if body is None:
            raise UnreadableFile("word/document.xml has no body", path=str(path))
        sections = list(root.iter(W + "sectPr"))
        walker = _Walker(styles, numbering, layout)

        def walk_parts(ref_tag: str, kind: BlockKind) -> None:
            names = dict.fromkeys(rels.get(ref.get(_R + "id", ""), ("", ""))[1]
                                  for sect in sections for ref in sect.iterchildren(W + ref_tag))
            for name in filter(None, names):
                part = box.xml(name)
                if part is not None:
                    walker.body(part, kind)

        walk_parts("headerReference", BlockKind.HEADER)
        walker.body(body)
        walk_parts("footerReference", BlockKind.FOOTER)
        comments = _comment_texts(box.xml(part_of["comments"])) if "comments" in part_of else {}
    last = max(len(walker.blocks) - 1, 0)
    anchored = sorted((min(walker.comment_at.get(cid, last), last), text)
                      for cid, text in comments.items() if text)
    setups = tuple(s for s in map(_page_setup, sections) if s) if layout else ()
    return Document(path=str(path), format="docx", blocks=tuple(walker.blocks),
                    page_setup=setups, comments=tuple(anchored),
                    layers=TEXT_AND_TABLES | ({"layout"} if layout else set()))
