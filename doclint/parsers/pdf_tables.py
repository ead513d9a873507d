"""Tables of a PDF page: pdfium says cheaply whether a page has rulings; only such pages are
opened with pdfplumber, whose table finder gives the grid (rows, cells, merged cells). Cell
text is read back from pdfium's text page inside each cell box, so the characters are the
same as the fast path's.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from doclint.model import Cell
from doclint.parsers.pdf_lines import bounded_text

_MIN_RULINGS = 4


def has_rulings(page: Any) -> bool:
    """Thin horizontal/vertical path objects or rectangles: the marks a table leaves."""
    import pypdfium2.raw as pdfium_c

    found = 0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        w, h = right - left, top - bottom
        if (h < 3 and w > 15) or (w < 3 and h > 8) or (w > 15 and h > 8):
            found += 1
            if found >= _MIN_RULINGS:
                return True
    return False


@dataclass(slots=True)
class PdfTable:
    box: tuple[float, float, float, float]  # x0, top, x1, bottom (top-down points)
    rows: list[tuple[tuple[Cell, ...], float]]  # cells, top of the row
    ncols: int


def find_tables(plumber_page: Any, tp: Any, page_height: float) -> list[PdfTable]:
    """Tables with at least two rows and two columns, top to bottom."""
    out = []
    for table in plumber_page.find_tables():
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
                cells.append(Cell(bounded_text(tp, box, page_height), col, span))
            if any(c.text for c in cells):
                rows.append((tuple(cells), float(row.bbox[1])))
        if len(rows) >= 2 and ncols >= 2:
            out.append(PdfTable(tuple(map(float, table.bbox)), rows, ncols))  # type: ignore[arg-type]
    return sorted(out, key=lambda t: t.box[1])
