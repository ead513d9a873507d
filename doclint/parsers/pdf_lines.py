"""Text lines of one PDF page from pdfium's text page, with their boxes.

pdfium already orders characters and breaks lines ("\\r\\n"); what it does not do is split a
line whose parts sit far apart on the same baseline (issuer | national title typed on one
line). Each pdfium line is measured by its text rectangles (one per run of one text object);
a horizontal gap wider than a few characters cuts it into segments, found again by
character index. A page holding right-to-left text has every character's box read anyway
(pdf_bidi rebuilds its lines from them): there the boxes themselves measure the lines (a
text rectangle is exactly the union of its characters' boxes), sparing the rectangles.
Coordinates are turned top-down (top = distance from the top edge), as pdfplumber keeps
them, so the two paths compare directly.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from operator import sub
from typing import Callable

from doclint.lang.normalize import clean_line
from doclint.parsers.pdf_bidi import has_rtl, logical_line, rtl_base
from doclint.parsers.pdf_raw import NO_BOX, Box, TextPage

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


def page_segments(tp: TextPage, page_height: float) -> list[Seg]:
    """Segments of every line of a text page, in pdfium's order."""
    full = tp.text
    if not full.strip():
        return []
    # (line, start offset, its boxes left to right, their extent, its count of non-space
    # characters, its column cuts when measured on character boxes)
    lines: list[tuple[str, int, list[Box], Box, int, list[int] | None]] = []
    glyphs = _Glyphs(tp) if has_rtl(full) else None
    measure = glyphs.boxes if glyphs else partial(_rects, tp)
    pos = 0
    for m in [*_BREAK.finditer(full), None]:
        end = m.start() if m else len(full)
        line = full[pos:end]
        if line.strip():
            cuts = None
            if glyphs:
                placed = glyphs.placed(pos, end)
                rects = [box for box, _ in placed]
                cuts = _box_gaps(placed, pos)
                if cuts is None:  # a line of several rows: its rectangles tell the columns
                    rects = _rects(tp, pos, end)
            else:
                rects = _rects(tp, pos, end)
            if rects:  # else only generated characters (spaces)
                lines.append((line, pos, rects, _extent(rects), len("".join(line.split())), cuts))
        pos = m.end() if m else end
    # characters per point of width: a line much sparser than the page's usual lines hides
    # a wide gap inside one text object (columns typed with tabs or runs of spaces)
    density = sorted(n / max(box[2] - box[0], 1.0) for _, _, _, box, n, _ in lines if n >= 10)
    usual = density[len(density) * 3 // 4] if density else 0.0
    page_rtl = rtl_base(full)
    out: list[Seg] = []
    for line, start, rects, box, filled, cuts in lines:
        if cuts is None:
            sparse = filled >= 10 and (filled / max(box[2] - box[0], 1.0) < 0.7 * usual
                                       or "   " in line.strip())
            cuts = _char_gaps(tp, line, start) if sparse else _rect_gaps(tp, line, start, rects)
        if cuts:
            out.extend(_cut(line, rects, cuts, page_height, tp, start, page_rtl, measure))
        elif text := _text(tp, line, start, page_rtl):
            out.append(_seg(text, box, page_height, _baseline(tp, line, start, page_height)))
    return out


def _rects(tp: TextPage, start: int, end: int) -> list[Box]:
    """The text rectangles of characters start…end-1, left to right."""
    return sorted(tp.rects(start, end - start), key=lambda r: r[0])


def _extent(rects: list[Box]) -> Box:
    """(left, bottom, right, top) around the rectangles."""
    lefts, bottoms, rights, tops = zip(*rects)
    return min(lefts), min(bottoms), max(rights), max(tops)


def _seg(text: str, box: Box, page_height: float, base: float) -> Seg:
    return Seg(text, box[0], page_height - box[3], box[2], page_height - box[1], base)


def column_gap(height: float) -> float:
    """The narrowest gap between two columns of text whose tallest glyph is `height` high."""
    return 3 * max(height, 4.0)


def _rect_gaps(tp: TextPage, line: str, start: int, rects: list[Box]) -> list[int]:
    """Offsets in `line` where a wide gap between two text rectangles starts a new column."""
    cuts = []
    for prev, rect in zip(rects, rects[1:]):
        if rect[0] - prev[2] > column_gap(max(prev[3] - prev[1], rect[3] - rect[1])):
            idx = tp.index_at(rect[0] + 0.5, (rect[1] + rect[3]) / 2, 2.0, (rect[3] - rect[1]) / 2)
            if idx is not None and start < idx < start + len(line):
                cuts.append(idx - start)
    return sorted(set(cuts))


def _char_gaps(tp: TextPage, line: str, start: int) -> list[int]:
    """Offsets where a wide gap between two characters of one line starts a new column."""
    cuts = []
    prev_right = None
    for i, ch in enumerate(line):
        if ch.isspace():
            continue
        left, bottom, right, top = tp.box(start + i)
        if prev_right is not None and left - prev_right > column_gap(top - bottom):
            cuts.append(i)
        prev_right = right
    return cuts


class _Glyphs:
    """The characters' boxes of a page that has them all read, to measure its lines on
    instead of on text rectangles."""

    def __init__(self, tp: TextPage) -> None:
        self.text = tp.text
        self.all = tp.boxes()

    def placed(self, start: int, end: int) -> list[tuple[Box, int]]:
        """(box, index) of the visible characters start…end-1, left to right."""
        return sorted((box, i) for i, ch, box in zip(range(start, end), self.text[start:end],
                                                     self.all[start:end])
                      if box != NO_BOX and not ch.isspace())

    def boxes(self, start: int, end: int) -> list[Box]:
        return [box for box, _ in self.placed(start, end)]


def _box_gaps(placed: list[tuple[Box, int]], start: int) -> list[int] | None:
    """Offsets from `start` where the characters of a line (`_Glyphs.placed`), read left to
    right, leave a gap wider than a column gap for their tallest glyph; each cut at the
    character right of the gap. None for a pdfium line that holds several rows (of a table):
    which rows' runs sit side by side is told by the text rectangles only."""
    if not placed:
        return []
    boxes, indexes = zip(*placed)
    lefts, bottoms, rights, tops = zip(*boxes)
    tallest = max(map(sub, tops, bottoms))
    if max(tops) - min(bottoms) > 1.5 * tallest:
        return None
    limit = column_gap(tallest)
    reach = list(accumulate(rights, max))  # the right end of the line so far
    return sorted({indexes[k] - start for k in range(1, len(placed))
                   if lefts[k] - reach[k - 1] > limit and indexes[k] > start})


def _cut(line: str, rects: list[Box], cuts: list[int], height: float, tp: TextPage,
         start: int, page_rtl: bool, measure: Callable[[int, int], list[Box]]) -> list[Seg]:
    """The segments of a line cut at `cuts`, each measured by `measure` (the boxes or the
    rectangles of its characters)."""
    out = []
    for a, b in zip([0, *cuts], [*cuts, len(line)]):
        text = _text(tp, line[a:b], start + a, page_rtl)
        if text:
            box = _extent(measure(start + a, start + b) or rects)
            out.append(_seg(text, box, height, _baseline(tp, line[a:b], start + a, height)))
    return out


def _text(tp: TextPage, text: str, start: int, page_rtl: bool) -> str:
    """The text of characters `start`… of the text page. On a page of right-to-left text
    pdfium reorders every line its own way, digits and Latin included: such lines are rebuilt
    from the characters' positions (pdf_bidi)."""
    if not (page_rtl or has_rtl(text)):
        return clean_line(text)
    boxes = tp.boxes()[start:start + len(text)]
    chars = [(ch, left, right, high - low) for ch, (left, low, right, high) in zip(text, boxes)]
    return clean_line(logical_line(chars, _line_rtl(text, page_rtl)))


def _line_rtl(text: str, page_rtl: bool) -> bool:
    """The direction of a line: a line without right-to-left letters reads left to right as
    drawn, one with them right to left when they dominate it or the page."""
    return has_rtl(text) and (page_rtl or rtl_base(text))


def _baseline(tp: TextPage, text: str, start: int, page_height: float) -> float:
    """Top-down baseline of a piece of text: the origin of its first visible character."""
    i = next((i for i, ch in enumerate(text) if not ch.isspace()), 0)
    return page_height - tp.origin_y(start + i)


_Char = tuple[str, float, float, float, float]  # character, left, right, top, bottom


class BoxText:
    """Text inside top-down boxes (table cells) of one text page, lines joined by spaces.
    On a page of right-to-left text the characters are read once with their boxes and each
    cell's lines are rebuilt from their positions: pdfium may even break a shaped line into
    one line per glyph run."""

    def __init__(self, tp: TextPage, page_height: float) -> None:
        self.tp = tp
        self.height = page_height
        self._chars: tuple[list[_Char], list[float], list[int]] | None = None
        self._rtl: bool | None = None

    def __call__(self, box: tuple[float, float, float, float]) -> str:
        x0, top, x1, bottom = box
        text = self.tp.bounded(x0 + 0.5, self.height - bottom + 0.5, x1 - 0.5,
                               self.height - top - 0.5)
        if not has_rtl(text) and not self._rtl_page():
            return clean_line(" ".join(_BREAK.split(text)))
        chars, mids, by_mid = self._page_chars()
        found = [i for i in by_mid[bisect_left(mids, top):bisect_right(mids, bottom)]
                 if x0 <= (chars[i][1] + chars[i][2]) / 2 <= x1]
        inside = [chars[i] for i in sorted(found, key=lambda i: (chars[i][3], i))]
        lines: list[list[_Char]] = []
        low = 0.0  # the bottom of the current line so far
        for c in inside:  # a character whose box overlaps the current line's joins it
            if lines and c[3] < low - 0.25 * (c[4] - c[3]):
                lines[-1].append(c)
                low = max(low, c[4])
            else:
                lines.append([c])
                low = c[4]
        rtl = _line_rtl(text, self._rtl_page())
        return clean_line(" ".join(logical_line([(c, lo, hi, b - t) for c, lo, hi, t, b in line],
                                                rtl) for line in lines))

    def _rtl_page(self) -> bool:
        if self._rtl is None:
            self._rtl = rtl_base(self.tp.text)
        return self._rtl

    def _page_chars(self) -> tuple[list[_Char], list[float], list[int]]:
        """(character, left, right, top, bottom) of every character, top-down in pdfium's
        order; their vertical middles sorted, and the characters' indexes in that order (a
        cell's characters are found by bisection, not by a pass over the page per cell)."""
        if self._chars is None:
            chars = []
            for ch, (left, low, right, high) in zip(self.tp.text, self.tp.boxes()):
                if ch in "\r\n":
                    continue
                chars.append((ch, left, right, self.height - high, self.height - low))
            by_mid = sorted(range(len(chars)), key=lambda i: ((chars[i][3] + chars[i][4]) / 2, i))
            self._chars = chars, [(chars[i][3] + chars[i][4]) / 2 for i in by_mid], by_mid
        return self._chars
