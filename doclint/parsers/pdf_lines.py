"""Text lines of one PDF page from pdfium's text page, with their boxes.

pdfium already orders characters and breaks lines ("\\r\\n"); what it does not do is split a
line whose parts sit far apart on the same baseline (issuer | national title typed on one
line). Each pdfium line is measured by its text rectangles (one per run of one text object);
a horizontal gap wider than a few characters cuts it into segments, found again by
character index. Coordinates are turned top-down (top = distance from the top edge), as
pdfplumber keeps them, so the two paths compare directly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from doclint.lang.normalize import clean_line

_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(slots=True)
class Seg:
    """A piece of text on one line of the page (top-down coordinates, points)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    base: float = 0.0  # the baseline: unlike the glyph boxes, it does not move with accents

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


def page_segments(tp: Any, page_height: float) -> list[Seg]:
    """Segments of every line of a text page, in pdfium's order."""
    full = tp.get_text_range()
    if not full.strip():
        return []
    lines: list[tuple[str, int, list[tuple[float, float, float, float]]]] = []
    pos = 0
    for m in [*_BREAK.finditer(full), None]:
        end = m.start() if m else len(full)
        line = full[pos:end]
        if line.strip():
            k = tp.count_rects(pos, len(line))
            rects = sorted((tp.get_rect(j) for j in range(k)), key=lambda r: r[0])
            if rects:  # else only generated characters (spaces)
                lines.append((line, pos, rects))
        pos = m.end() if m else end
    # characters per point of width: a line much sparser than the page's usual lines hides
    # a wide gap inside one text object (columns typed with tabs or runs of spaces)
    def filled(line: str) -> int:
        return sum(1 for c in line if not c.isspace())

    density = sorted(filled(l) / max(max(x[2] for x in r) - r[0][0], 1.0) for l, _, r in lines
                     if filled(l) >= 10)
    usual = density[len(density) * 3 // 4] if density else 0.0
    out: list[Seg] = []
    for line, start, rects in lines:
        width = max(r[2] for r in rects) - rects[0][0]
        sparse = filled(line) >= 10 and (filled(line) / max(width, 1.0) < 0.7 * usual
                                         or "   " in line.strip())
        cuts = _char_gaps(tp, line, start) if sparse else _rect_gaps(tp, line, start, rects)
        out.extend(_cut(line, rects, cuts, page_height, tp, start))
    return out


def _gap_limit(height: float) -> float:
    return 3 * max(height, 4.0)


def _rect_gaps(tp: Any, line: str, start: int, rects: list[tuple[float, ...]]) -> list[int]:
    """Offsets in `line` where a wide gap between two text rectangles starts a new column."""
    cuts = []
    for prev, rect in zip(rects, rects[1:]):
        if rect[0] - prev[2] > _gap_limit(max(prev[3] - prev[1], rect[3] - rect[1])):
            idx = tp.get_index(rect[0] + 0.5, (rect[1] + rect[3]) / 2, 2.0, (rect[3] - rect[1]) / 2)
            if idx is not None and start < idx < start + len(line):
                cuts.append(idx - start)
    return sorted(set(cuts))


def _char_gaps(tp: Any, line: str, start: int) -> list[int]:
    """Offsets where a wide gap between two characters of one line starts a new column."""
    cuts = []
    prev_right = None
    for i, ch in enumerate(line):
        if ch.isspace():
            continue
        left, bottom, right, top = tp.get_charbox(start + i)
        if prev_right is not None and left - prev_right > _gap_limit(top - bottom):
            cuts.append(i)
        prev_right = right
    return cuts


def _cut(line: str, rects: list[tuple[float, ...]], cuts: list[int], height: float, tp: Any,
         start: int) -> list[Seg]:
    if not cuts:
        text = clean_line(line)
        return [Seg(text, rects[0][0], height - max(r[3] for r in rects),
                    max(r[2] for r in rects), height - min(r[1] for r in rects),
                    _baseline(tp, line, start, height))] if text else []
    out = []
    for a, b in zip([0, *cuts], [*cuts, len(line)]):
        text = clean_line(line[a:b])
        if not text:
            continue
        k = tp.count_rects(start + a, b - a)
        boxes = [tp.get_rect(j) for j in range(k)] or rects
        out.append(Seg(text, min(r[0] for r in boxes), height - max(r[3] for r in boxes),
                       max(r[2] for r in boxes), height - min(r[1] for r in boxes),
                       _baseline(tp, line[a:b], start + a, height)))
    return out


def _baseline(tp: Any, text: str, start: int, page_height: float) -> float:
    """Top-down baseline of a piece of text: the origin of its first visible character."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    i = next((i for i, ch in enumerate(text) if not ch.isspace()), 0)
    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(tp.raw, start + i, x, y)
    return page_height - y.value


def bounded_text(tp: Any, box: tuple[float, float, float, float], page_height: float) -> str:
    """Text inside a top-down box (a table cell), lines joined by spaces."""
    x0, top, x1, bottom = box
    text = tp.get_text_bounded(left=x0 + 0.5, bottom=page_height - bottom + 0.5, right=x1 - 0.5,
                               top=page_height - top - 0.5)
    return clean_line(" ".join(_BREAK.split(text)))
