"""Tables of a PDF page. pdfium says cheaply whether a page has rulings and hands over its
path objects (pdf_raw); when every one is a plain line or rectangle (what word processors draw for cell
borders), their edges go straight into pdfplumber's grid functions (snap, join, intersect,
cells, tables) without pdfplumber parsing the page. A page drawn with complex paths (curves,
one path for the whole grid) is opened with pdfplumber, whose table finder reads its edges.
Cell text is read back from pdfium's text page inside each cell box, so the characters are
the same as the fast path's.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from doclint.model import Cell
from doclint.parsers.pdf_lines import BoxText
from doclint.parsers.pdf_raw import TextPage, path_boxes

_MIN_RULINGS = 4


Ruling = tuple[float, float, float, float, int]  # left, bottom, right, top, path segments


def rulings(page: Any) -> list[Ruling]:
    """Thin horizontal/vertical path objects and rectangles: the marks a table leaves."""
    out = []
    for left, bottom, right, top, segments in path_boxes(page):
        w, h = right - left, top - bottom
        if (h < 3 and w > 15) or (w < 3 and h > 8) or (w > 15 and h > 8):
            out.append((left, bottom, right, top, segments))
    return out


def has_table_marks(marks: list[Ruling]) -> bool:
    # one path may draw a whole grid: count its segments, a line is two
    return sum(max(1, (segments - 1) // 2) for *_, segments in marks) >= _MIN_RULINGS


def ruling_edges(marks: list[Ruling], page_height: float) -> list[dict[str, Any]] | None:
    """pdfplumber-style edges (top-down) of the page's rulings; None when some path is more
    than one line or one rectangle (pdfplumber must read it)."""
    edges: list[dict[str, Any]] = []

    def edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> None:
        edges.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0,
                      "height": bottom - top, "orientation": orientation,
                      "object_type": "rect_edge"})

    for left, bottom, right, top, segments in marks:
        if segments > 6:  # moveto + 4 lines + close, at most
            return None
        top, bottom = page_height - top, page_height - bottom
        if bottom - top < 3:
            edge(left, (top + bottom) / 2, right, (top + bottom) / 2, "h")
        elif right - left < 3:
            edge((left + right) / 2, top, (left + right) / 2, bottom, "v")
        else:
            edge(left, top, right, top, "h")
            edge(left, bottom, right, bottom, "h")
            edge(left, top, left, bottom, "v")
            edge(right, top, right, bottom, "v")
    return edges


def grid_tables(edges: list[dict[str, Any]]) -> list[Any]:
    """pdfplumber's tables from edges, with its default "lines" settings."""
    from pdfplumber.table import (Table, cells_to_tables, edges_to_intersections,
                                  intersections_to_cells, merge_edges)

    merged = [e for e in merge_edges(edges, 3, 3, 3, 3)
              if e["height" if e["orientation"] == "v" else "width"] >= 3]
    cells = intersections_to_cells(edges_to_intersections(merged, 3, 3))
    return [Table(None, group) for group in cells_to_tables(cells)]  # type: ignore[arg-type]


@dataclass(slots=True)
class PdfTable:
    box: tuple[float, float, float, float]  # x0, top, x1, bottom (top-down points)
    rows: list[tuple[tuple[Cell, ...], float]]  # cells, top of the row
    ncols: int


def find_tables(tables: list[Any], tp: TextPage, page_height: float) -> list[PdfTable]:
    """Tables (pdfplumber Table objects) with at least two rows and two columns, top to
    bottom, their cell text read from pdfium."""
    out = []
    cell_text = BoxText(tp, page_height)
    for table in tables:
        rows = []
        ncols = 0
        for row in table.rows:
            cells: list[Cell] = []
            boxes = list(row.cells)
            ncols = max(ncols, len(boxes))
            for col, box in enumerate(boxes):
                if box is None:
                    continue
                span = 1
                while col + span < len(boxes) and boxes[col + span] is None:
                    span += 1
                cells.append(Cell(cell_text(box), col, span))
            if any(c.text for c in cells):
                rows.append((tuple(cells), float(row.bbox[1])))
        if len(rows) >= 2 and ncols >= 2:
            out.append(PdfTable(tuple(map(float, table.bbox)), rows, ncols))  # type: ignore[arg-type]
    return sorted(out, key=lambda t: t.box[1])
