"""Reading order of PDF text: visual lines, side-by-side column bands, paragraphs.

A band is a run of lines where some line has two or more segments far apart (the issuer |
national-title header, the recipients | signature block); its columns are read one after
the other, left first, each line a block of its own. Everywhere else lines are joined back
into paragraphs: a line continues the previous one when the gap between them is a normal
line gap, the previous line runs to the right edge, and the new line does not start with a
list label, an article heading, or (after a sentence end) an indent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from doclint.parsers.pdf_lines import Seg
from doclint.parsers.structure import ARTICLE, CHAPTER, is_upper_heading, split_label

_SENTENCE_END = re.compile(r"[.:;!?…]['\"”’»)]*$")
_PAGE_NUMBER = re.compile(r"^[\W_]*(?:trang|page|side|стр\.?|страница|صفحة)?\s*\d{1,4}"
                          r"(?:\s*(?:/|of|из|av|من)\s*\d{1,4})?[\W_]*$", re.IGNORECASE)


@dataclass(slots=True)
class Line:
    """Text on one visual line of a page, in reading order, with its line number (1-based)."""

    segs: list[Seg]
    number: int
    column: bool = False  # part of a side-by-side band: never joined with neighbours

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segs)

    @property
    def x0(self) -> float:
        return min(s.x0 for s in self.segs)

    @property
    def x1(self) -> float:
        return max(s.x1 for s in self.segs)

    @property
    def top(self) -> float:
        return min(s.top for s in self.segs)

    @property
    def bottom(self) -> float:
        return max(s.bottom for s in self.segs)

    @property
    def height(self) -> float:
        return max(s.height for s in self.segs)


@dataclass(slots=True)
class Para:
    lines: list[Line]
    page: int
    kind: str = "body"  # body, header, footer

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (min(l.x0 for l in self.lines), min(l.top for l in self.lines),
                max(l.x1 for l in self.lines), max(l.bottom for l in self.lines))


def _rtl(text: str) -> bool:
    return sum(1 for c in text if "\u0590" <= c <= "\u08ff") > sum(1 for c in text if c.isascii()
                                                                   and c.isalpha())


def _gap_limit(segs: list[Seg]) -> float:
    return 3 * max(max(s.height for s in segs), 4.0)


def _merged(line: list[Seg]) -> list[Seg]:
    """Segments of one line in reading order, pieces closer than a column gap joined (pdfium
    may break a line of shaped Arabic into glyph clusters)."""
    rtl = _rtl("".join(s.text for s in line))
    ordered = sorted(line, key=lambda s: -s.x1 if rtl else s.x0)
    out = [ordered[0]]
    for seg in ordered[1:]:
        prev = out[-1]
        gap = (prev.x0 - seg.x1) if rtl else (seg.x0 - prev.x1)
        if gap > _gap_limit([prev, seg]):
            out.append(seg)
            continue
        space = "" if gap < 0.2 * max(prev.height, seg.height) else " "
        out[-1] = Seg(prev.text + space + seg.text, min(prev.x0, seg.x0), min(prev.top, seg.top),
                      max(prev.x1, seg.x1), max(prev.bottom, seg.bottom))
    return sorted(out, key=lambda s: s.x0)


def visual_lines(segs: list[Seg]) -> list[list[Seg]]:
    """Segments grouped into lines (boxes overlapping vertically), top to bottom, left to
    right, with pieces of one column of the line merged."""
    lines: list[list[Seg]] = []
    for seg in sorted(segs, key=lambda s: (s.mid, s.x0)):
        if lines:
            last = lines[-1]
            top, bottom = min(s.top for s in last), max(s.bottom for s in last)
            overlap = min(bottom, seg.bottom) - max(top, seg.top)
            if overlap >= 0.5 * max(min(seg.height, bottom - top), 0.1):
                last.append(seg)
                continue
        lines.append([seg])
    return [_merged(line) for line in lines]


def _crosses(seg: Seg, cuts: list[float]) -> bool:
    return any(seg.x0 < cut < seg.x1 for cut in cuts)


def reading_order(lines: list[list[Seg]], numbers: list[int]) -> list[Line]:
    """Lines in reading order: column bands unrolled column by column."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(line) < 2:
            out.append(Line(line, numbers[i]))
            i += 1
            continue
        cuts = [(a.x1 + b.x0) / 2 for a, b in zip(line, line[1:])]
        band = [i]
        j = i + 1
        while j < len(lines):
            prev, nxt = lines[band[-1]], lines[j]
            gap = min(s.top for s in nxt) - max(s.bottom for s in prev)
            same_shape = len(nxt) == len(line)  # columns apart by spaces need not align
            if gap > max(s.height for s in prev + nxt) or (
                    not same_shape and any(_crosses(s, cuts) for s in nxt)):
                break
            band.append(j)
            j += 1
        columns: list[list[Line]] = [[] for _ in range(len(cuts) + 1)]
        for k in band:
            for pos, seg in enumerate(lines[k]):
                col = pos if len(lines[k]) == len(line) else sum(
                    (seg.x0 + seg.x1) / 2 > cut for cut in cuts)
                columns[col].append(Line([seg], numbers[k], column=True))
        for col_lines in columns:
            out.extend(col_lines)
        i = j
    return out


@dataclass
class Geometry:
    """The text column of the document, measured over its plain lines."""

    left: float
    right: float
    gap: float  # the usual gap between two lines of one paragraph
    height: float
    lines: list[Line] = field(default_factory=list)

    @classmethod
    def of(cls, pages: list[list[Line]]) -> "Geometry":
        flow = [l for page in pages for l in page if not l.column]
        if not flow:
            return cls(0.0, 0.0, 0.0, 0.0)
        x0 = sorted(l.x0 for l in flow)
        x1 = sorted(l.x1 for l in flow)
        height = median(l.height for l in flow)
        gaps = [b.top - a.bottom for page in pages for a, b in zip(page, page[1:])
                if not a.column and not b.column and 0 <= b.top - a.bottom < height]
        return cls(x0[len(x0) // 10], x1[len(x1) * 9 // 10], median(gaps) if gaps else height / 3,
                   height)

    def full(self, line: Line) -> bool:
        return line.x1 >= self.right - max(0.07 * (self.right - self.left), self.height)

    def continues(self, prev: Line, line: Line, same_page: bool) -> bool:
        """Does `line` continue the paragraph that `prev` ends?"""
        if prev.column or line.column or not self.full(prev):
            return False
        text = line.text
        if split_label(text)[0] or ARTICLE.match(text) or CHAPTER.match(text):
            return False
        if is_upper_heading(prev.text) != is_upper_heading(text):
            return False
        ends_sentence = bool(_SENTENCE_END.search(prev.text))
        if not same_page:
            return not ends_sentence and text[:1].islower()
        h = max(prev.height, line.height)
        if line.top - prev.bottom > self.gap + 0.3 * h:
            return False
        indented = line.x0 > self.left + 0.6 * h
        return not (ends_sentence and (indented or not text[:1].islower()))


def running_lines(pages: list[list[Line]], heights: list[float]) -> set[tuple[int, int]]:
    """(page index, line index) of running heads and footers: page numbers, and lines near the
    top or bottom edge whose text (digits aside) repeats on several pages."""
    if len(pages) < 2:
        return set()
    candidates: dict[str, list[tuple[int, int]]] = {}
    found: set[tuple[int, int]] = set()
    for p, (lines, h) in enumerate(zip(pages, heights)):
        for i, line in enumerate(lines):
            if line.top > 0.12 * h and line.bottom < 0.88 * h:
                continue
            if _PAGE_NUMBER.match(line.text):
                found.add((p, i))
            else:
                candidates.setdefault(re.sub(r"\d+", "#", line.text), []).append((p, i))
    for where in candidates.values():
        if len({p for p, _ in where}) >= max(2, len(pages) // 2):
            found.update(where)
    return found
