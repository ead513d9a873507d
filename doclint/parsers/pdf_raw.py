"""pdfium's C API for the calls made once per page object or per character.

pypdfium2's helpers wrap every page object in a Python object and every box in fresh ctypes
values; on a page of table borders, or an Arabic page read character by character, that
wrapping costs more than the rest of the page's parsing. The raw calls below do the same
work (forms opened to the same depth, the same boxes) and hand over plain tuples.
"""
from __future__ import annotations

import ctypes
from typing import Any, Iterator

MAX_DEPTH = 3  # form XObjects inside form XObjects, as deep as pypdfium2's walk was asked to go

Box = tuple[float, float, float, float]  # left, bottom, right, top (PDF coordinates)
NO_BOX: Box = (0.0, 0.0, 0.0, 0.0)  # a character pdfium cannot place


def objects(page: Any, kind: int) -> Iterator[Any]:
    """Raw handles of the page's objects of one type (FPDF_PAGEOBJ_*), forms opened."""
    import pypdfium2.raw as pdfium_c

    def walk(parent: Any, count: Any, get: Any, level: int) -> Iterator[Any]:
        for i in range(max(count(parent), 0)):
            obj = get(parent, i)
            if not obj:
                continue
            found = pdfium_c.FPDFPageObj_GetType(obj)
            if found == kind:
                yield obj
            if found == pdfium_c.FPDF_PAGEOBJ_FORM and level < MAX_DEPTH - 1:
                yield from walk(obj, pdfium_c.FPDFFormObj_CountObjects,
                                pdfium_c.FPDFFormObj_GetObject, level + 1)

    yield from walk(page.raw, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, 0)


def has_images(page: Any) -> bool:
    import pypdfium2.raw as pdfium_c

    return next(objects(page, pdfium_c.FPDF_PAGEOBJ_IMAGE), None) is not None


def path_boxes(page: Any) -> list[tuple[float, float, float, float, int]]:
    """(left, bottom, right, top, segment count) of every path object."""
    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    out = []
    for obj in objects(page, pdfium_c.FPDF_PAGEOBJ_PATH):
        if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            out.append((left.value, bottom.value, right.value, top.value,
                        pdfium_c.FPDFPath_CountSegments(obj)))
    return out


class TextPage:
    """One page's pdfium text page: its text (read once), character boxes and origins, text
    rectangles. One object per page and per thread: the out-parameters are reused."""

    def __init__(self, tp: Any) -> None:
        import pypdfium2.raw as pdfium_c

        self.tp = tp
        self.text: str = tp.get_text_range()
        self._c = pdfium_c
        self._d = tuple(ctypes.c_double() for _ in range(4))
        self._boxes: list[Box] | None = None

    def box(self, index: int) -> Box:
        """The character's tight box; a character pdfium cannot place gets an empty one."""
        left, right, bottom, top = self._d
        if not self._c.FPDFText_GetCharBox(self.tp.raw, index, left, right, bottom, top):
            return NO_BOX
        return left.value, bottom.value, right.value, top.value

    def boxes(self) -> list[Box]:
        """The boxes of all characters, read once: a right-to-left page needs every one (but
        the line breaks pdfium generates, which no caller measures)."""
        if self._boxes is None:
            box = self.box
            self._boxes = [NO_BOX if ch in "\r\n" else box(i) for i, ch in enumerate(self.text)]
        return self._boxes

    def origin_y(self, index: int) -> float:
        """The character's baseline (its origin's y)."""
        x, y = self._d[:2]
        return y.value if self._c.FPDFText_GetCharOrigin(self.tp.raw, index, x, y) else 0.0

    def rects(self, start: int, count: int) -> list[Box]:
        """The text rectangles (one per run of one text object) of characters start…"""
        left, top, right, bottom = self._d
        out = []
        for i in range(max(self._c.FPDFText_CountRects(self.tp.raw, start, count), 0)):
            if self._c.FPDFText_GetRect(self.tp.raw, i, left, top, right, bottom):
                out.append((left.value, bottom.value, right.value, top.value))
        return out

    def index_at(self, x: float, y: float, x_tol: float, y_tol: float) -> int | None:
        index = self._c.FPDFText_GetCharIndexAtPos(self.tp.raw, x, y, x_tol, y_tol)
        return index if index >= 0 else None

    def close(self) -> None:
        self.tp.close()

    def bounded(self, left: float, bottom: float, right: float, top: float) -> str:
        return str(self.tp.get_text_bounded(left=left, bottom=bottom, right=right, top=top))
