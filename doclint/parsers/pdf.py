"""PDF -> Document. The text layer comes from pdfium's text page (C speed); the "tables" layer
from the page's rulings (pdf_tables); pdfplumber is opened only for a grid drawn with complex
paths and for the "layout" layer (fonts).

Per page: pdfium lines and their boxes (pdf_lines), tables on ruled pages (pdf_tables),
reading order with side-by-side column bands and paragraphs joined from lines (pdf_order),
running heads and page numbers as HEADER/FOOTER blocks. A page with images but no text has
`has_text=False`; a document without any text is DL902.
"""
from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from doclint.errors import NoTextLayer, OverLimits, UnreadableFile
from doclint.lang.normalize import clean_line
from doclint.model import Block, BlockKind, Cell, Document, Location, Page, Style
from doclint.parsers.limits import Limits
from doclint.parsers.pdf_lines import Seg, page_segments
from doclint.parsers.pdf_order import Geometry, Line, Para, reading_order, running_lines, visual_lines
from doclint.parsers.pdf_raw import TextPage, has_images
from doclint.parsers.pdf_tables import (PdfTable, find_tables, grid_tables, has_table_marks,
                                       ruling_edges, rulings)
from doclint.parsers.structure import classify

_PT_MM = 25.4 / 72


@dataclass(slots=True)
class _Row:
    """A table row placed in the page flow."""

    cells: tuple[Cell, ...]
    table: PdfTable
    row: int
    page: int
    line: int
    top: float


def _open(path: Path) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise UnreadableFile("the PDF is encrypted with a password: remove the password "
                                 "(print or export an unprotected copy) and check again",
                                 path=str(path)) from None
        raise UnreadableFile(f"corrupt or truncated PDF ({msg})", path=str(path)) from None


def _load_page(pdf: Any, index: int, count: int, path: Path) -> tuple[Any, TextPage]:
    """A page and its text page; a page pdfium cannot load makes the file unreadable rather
    than silently losing that page's text."""
    import pypdfium2 as pdfium

    try:
        page = pdf[index]
        return page, TextPage(page.get_textpage())
    except pdfium.PdfiumError as exc:
        raise UnreadableFile(f"page {index + 1} of {count} is corrupt ({exc})",
                             path=str(path)) from None


def _tables(page: Any, index: int, tp: TextPage, height: float, plumber: "_Plumber") -> list[PdfTable]:
    """The page's tables: from pdfium's rulings when they are plain lines and rectangles,
    else from pdfplumber's reading of the page; none on a page without such marks."""
    marks = rulings(page)
    if not has_table_marks(marks):
        return []
    edges = ruling_edges(marks, height)
    found = grid_tables(edges) if edges is not None else plumber.page(index).find_tables()
    return find_tables(found, tp, height)


def _inside(seg: Seg, box: tuple[float, float, float, float]) -> bool:
    x, y = (seg.x0 + seg.x1) / 2, seg.mid
    return box[0] - 1 <= x <= box[2] + 1 and box[1] - 1 <= y <= box[3] + 1


class _Plumber:
    """pdfplumber, opened at most once per file and only when a page needs it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pdf: Any = None

    def page(self, index: int) -> Any:
        if self.pdf is None:
            import pdfplumber

            self.pdf = pdfplumber.open(str(self.path))
        return self.pdf.pages[index]

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def parse_pdf(path: Path, layers: frozenset[str], limits: Limits) -> Document:
    pdf = _open(path)
    plumber = _Plumber(path)
    try:
        count = len(pdf)
        if count > limits.max_pages:
            raise OverLimits(f"{count} pages, over the {limits.max_pages} page limit",
                             path=str(path))
        pages: list[Page] = []
        flows: list[list[Line | _Row]] = []
        plain: list[list[Line]] = []
        heights: list[float] = []
        for index in range(count):
            page, tp = _load_page(pdf, index, count, path)
            width, height = page.get_size()
            segs = page_segments(tp, height)
            tables = _tables(page, index, tp, height, plumber) if segs and "tables" in layers else []
            pages.append(Page(index + 1, round(width * _PT_MM, 1), round(height * _PT_MM, 1),
                              has_text=bool(segs) or not has_images(page)))
            flow, lines = _page_flow(segs, tables, index + 1)
            flows.append(flow)
            plain.append(lines)
            heights.append(height)
            tp.close()
            page.close()
        if not any(flows):
            raise NoTextLayer("no page has a text layer (a scanned document): run OCR or export "
                              "the PDF from the word processor", path=str(path))
        blocks, boxes = _blocks(flows, plain, heights)
        if "layout" in layers:
            blocks = _with_fonts(blocks, boxes, plumber)
    finally:
        plumber.close()
        pdf.close()
    return Document(path=str(path), format="pdf", blocks=tuple(blocks), pages=tuple(pages),
                    layers=frozenset({"text"} | (layers & {"tables", "layout"})))


def _page_flow(segs: list[Seg], tables: list[PdfTable], page: int) -> tuple[list[Line | _Row], list[Line]]:
    """The page's lines (outside tables) in reading order, with table rows at their place."""
    all_lines = visual_lines(segs)
    numbers = list(range(1, len(all_lines) + 1))
    kept = [[s for s in line if not any(_inside(s, t.box) for t in tables)] for line in all_lines]
    pairs = [(l, n) for l, n in zip(kept, numbers) if l]
    lines = reading_order([l for l, _ in pairs], [n for _, n in pairs])
    rows: list[_Row] = []
    for table in tables:
        for r, (cells, top) in enumerate(table.rows):
            line = 1 + sum(1 for l in all_lines if l[0].mid < top)
            rows.append(_Row(cells, table, r, page, line, top))
    flow: list[Line | _Row] = []
    pending = sorted(rows, key=lambda r: r.top)
    for i, line in enumerate(lines):
        # a band of columns (recipients | signature) is read whole: rows above its top go
        # before it, none inside it
        if not line.column or i == 0 or not lines[i - 1].column:
            top = line.top if not line.column else min(
                l.top for l in itertools.takewhile(lambda l: l.column, lines[i:]))
            while pending and pending[0].top <= top:
                flow.append(pending.pop(0))
        flow.append(line)
    flow.extend(pending)
    return flow, lines


def _blocks(flows: list[list[Line | _Row]], plain: list[list[Line]], heights: list[float]
            ) -> tuple[list[Block], list[tuple[int, tuple[float, float, float, float]] | None]]:
    geometry = Geometry.of(plain)
    running = {(p, id(plain[p][i])) for p, i in running_lines(plain, heights)}
    units: list[Para | _Row] = []
    for p, flow in enumerate(flows):
        for item in flow:
            if isinstance(item, _Row):
                units.append(item)
                continue
            if (p, id(item)) in running:
                kind = "header" if item.top < heights[p] / 2 else "footer"
                units.append(Para([item], p + 1, kind))
                continue
            last = units[-1] if units else None
            if (isinstance(last, Para) and last.kind == "body"
                    and geometry.continues(last.lines[-1], item, last.page == p + 1)):
                last.lines.append(item)
            else:
                units.append(Para([item], p + 1))
    blocks: list[Block] = []
    boxes: list[tuple[int, tuple[float, float, float, float]] | None] = []
    table_ids: dict[int, int] = {}
    row_counts: dict[int, int] = {}
    prev_table: PdfTable | None = None
    for unit in units:
        index = len(blocks)
        if isinstance(unit, _Row):
            key = id(unit.table)
            if key not in table_ids:
                table_ids[key] = (table_ids[id(prev_table)] if prev_table is not None
                                  and _continues(prev_table, unit, blocks)
                                  else len(set(table_ids.values())))
            t = table_ids[key]
            if unit.row == 0 and row_counts.get(t) and _repeats_heading(unit, t, blocks):
                prev_table = unit.table
                continue
            row = row_counts.get(t, 0)
            row_counts[t] = row + 1
            text = " | ".join(" ".join(c.text.split()) for c in unit.cells if c.text)
            blocks.append(Block(BlockKind.TABLE_ROW, text, Location(index, unit.page, unit.line,
                                                                     table=t, row=row),
                                cells=unit.cells))
            boxes.append(None)
            prev_table = unit.table
            continue
        text = clean_line(unit.text)
        loc = Location(index, unit.page, unit.lines[0].number)
        if unit.kind != "body":
            blocks.append(Block(BlockKind(unit.kind), text, loc))
        else:
            kind, level, number = classify(text)
            blocks.append(Block(kind, text, loc, level=level, number=number))
        boxes.append((unit.page - 1, unit.box))
    return blocks, boxes


def _repeats_heading(row: _Row, table: int, blocks: list[Block]) -> bool:
    """The heading row a word processor repeats at the top of each page a table runs over."""
    first = next(b for b in blocks if b.location.table == table and b.kind is BlockKind.TABLE_ROW)
    return [c.text for c in row.cells] == [c.text for c in first.cells]


def _continues(prev: PdfTable, row: _Row, blocks: list[Block]) -> bool:
    """A table at the top of a page that goes on from the table ending the previous page."""
    last = next((b for b in reversed(blocks) if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER)),
                None)
    return (row.row == 0 and prev.ncols == row.table.ncols and last is not None
            and last.kind is BlockKind.TABLE_ROW and (last.location.page or 0) < row.page)


def _with_fonts(blocks: list[Block], boxes: list[tuple[int, tuple[float, float, float, float]] | None],
                plumber: _Plumber) -> list[Block]:
    """The dominant font, size and weight of each block's characters (pdfplumber)."""
    import dataclasses

    chars_of: dict[int, list[dict[str, Any]]] = {}
    out = []
    for block, where in zip(blocks, boxes):
        if where is None:
            out.append(block)
            continue
        page, (x0, top, x1, bottom) = where
        if page not in chars_of:
            chars_of[page] = plumber.page(page).chars
        fonts: Counter[tuple[str, float]] = Counter()
        for ch in chars_of[page]:
            cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
            if x0 - 1 <= cx <= x1 + 1 and top - 2 <= cy <= bottom + 2 and ch["text"].strip():
                fonts[(ch["fontname"], round(float(ch["size"]), 1))] += 1
        if not fonts:
            out.append(block)
            continue
        (name, size), _ = fonts.most_common(1)[0]
        base = name.split("+", 1)[-1]
        lowered = base.lower()
        out.append(dataclasses.replace(block, style=Style(
            base.split("-")[0].split(",")[0], size, "bold" in lowered,
            "italic" in lowered or "oblique" in lowered)))
    return out
