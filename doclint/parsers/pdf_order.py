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

from doclint.parsers.pdf_bidi import rtl_base
from doclint.parsers.pdf_lines import Seg, column_gap
from doclint.parsers.structure import ARTICLE, CHAPTER, is_upper_heading, split_label, starts_item

_JUSTIFY_TOLERANCE = 2.5  # points: glyph side bearings move a stretched line's end this much
_SENTENCE_END = re.compile(r"[.:;!?…؟؛]['\"”’»)]*$")
_PAGE_NUMBER = re.compile(r"^[\W_]*(?:trang|page|side|стр\.?|страница|صفحة)?\s*\d{1,4}"
                          r"(?:\s*(?:/|of|из|av|من)\s*\d{1,4})?[\W_]*$", re.IGNORECASE)


@dataclass(slots=True)
class Line:
    """Text on one visual line of a page, in reading order, with its line number (1-based).
    Its text and extent are measured once: paragraph building asks for them many times."""

    segs: list[Seg]
    number: int
    column: bool = False  # part of a side-by-side band: never joined with neighbours
    text: str = field(init=False)
    x0: float = field(init=False)
    x1: float = field(init=False)
    top: float = field(init=False)
    bottom: float = field(init=False)
    height: float = field(init=False)
    base: float = field(init=False)

    def __post_init__(self) -> None:
        segs = self.segs
        if len(segs) == 1:  # most lines
            seg = segs[0]
            self.text, self.x0, self.x1, self.base = seg.text, seg.x0, seg.x1, seg.base
            self.top, self.bottom, self.height = seg.top, seg.bottom, seg.bottom - seg.top
            return
        self.text = " ".join(s.text for s in segs)
        self.x0 = min(s.x0 for s in segs)
        self.x1 = max(s.x1 for s in segs)
        self.top = min(s.top for s in segs)
        self.bottom = max(s.bottom for s in segs)
        self.height = max(s.bottom - s.top for s in segs)
        self.base = max(s.base for s in segs)


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


def _merged(line: list[Seg]) -> list[Seg]:
    """Segments of one line in reading order, pieces closer than a column gap joined (pdfium
    may break a line of shaped Arabic into glyph clusters)."""
    if len(line) == 1:
        return line
    rtl = rtl_base("".join(s.text for s in line))
    ordered = sorted(line, key=lambda s: -s.x1 if rtl else s.x0)
    out = [ordered[0]]
    for seg in ordered[1:]:
        prev = out[-1]
        gap = (prev.x0 - seg.x1) if rtl else (seg.x0 - prev.x1)
        if gap > column_gap(max(prev.height, seg.height)):
            out.append(seg)
            continue
        space = "" if gap < 0.2 * max(prev.height, seg.height) else " "
        out[-1] = Seg(prev.text + space + seg.text, min(prev.x0, seg.x0), min(prev.top, seg.top),
                      max(prev.x1, seg.x1), max(prev.bottom, seg.bottom), prev.base)
    return sorted(out, key=lambda s: s.x0)


def visual_lines(segs: list[Seg]) -> list[list[Seg]]:
    """Segments grouped into lines (boxes overlapping vertically), top to bottom, left to
    right, with pieces of one column of the line merged."""
    lines: list[list[Seg]] = []
    top = bottom = 0.0  # the extent of the last line so far
    for seg in sorted(segs, key=lambda s: (s.top + s.bottom, s.x0)):
        if lines:
            overlap = min(bottom, seg.bottom) - max(top, seg.top)
            if overlap >= 0.5 * max(min(seg.bottom - seg.top, bottom - top), 0.1):
                lines[-1].append(seg)
                top, bottom = min(top, seg.top), max(bottom, seg.bottom)
                continue
        lines.append([seg])
        top, bottom = seg.top, seg.bottom
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
        pitches: list[float] = []
        j = i + 1
        while j < len(lines):
            prev, nxt = lines[band[-1]], lines[j]
            gap = min(s.top for s in nxt) - max(s.bottom for s in prev)
            pitch = max(s.base for s in nxt) - max(s.base for s in prev)
            same_shape = len(nxt) == len(line)  # columns apart by spaces need not align
            if gap > max(s.height for s in prev + nxt) or (
                    not same_shape and any(_crosses(s, cuts) for s in nxt)):
                break
            if pitches and pitch > 1.3 * min(pitches):  # space below the band: the body starts
                break
            pitches.append(pitch)
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
    """The text column of the document and how it marks paragraphs, measured over its lines.

    A paragraph ends where its last line stops short of the right edge, before a list label or
    a heading, and, depending on the document's own habit, before extra space (`para_pitch`) or
    a first-line indent (`indent`). Both habits are read from the lines that surely end a
    paragraph (short lines), so a document that does neither falls back on sentence ends."""

    left: float
    right: float
    edge: float  # the right margin: the furthest most lines reach
    pitch: float  # the usual distance between the baselines of two lines of one paragraph
    height: float
    para_pitch: float | None = None  # the same between paragraphs, where wider than `pitch`
    indent: bool = False  # the first line of a paragraph is indented
    justified: tuple[float, ...] = ()  # right edges inner lines are stretched to, if they are
    lines: list[Line] = field(default_factory=list)
    rtl: bool = False  # right-to-left text: measured mirrored, a line starts at the right edge

    @classmethod
    def of(cls, pages: list[list[Line]]) -> "Geometry":
        flow = [l for page in pages for l in page if not l.column]
        if 2 * sum(rtl_base(l.text) for l in flow) <= len(flow):
            return cls._measure(pages, flow)
        geo = cls._measure([[_mirror(l) for l in page] for page in pages],
                           [_mirror(l) for l in flow])
        geo.rtl = True
        return geo

    @classmethod
    def _measure(cls, pages: list[list[Line]], flow: list[Line]) -> "Geometry":
        if not flow:
            return cls(0.0, 0.0, 0.0, 0.0, 0.0)
        x0 = sorted(l.x0 for l in flow)
        x1 = sorted(l.x1 for l in flow)
        height = median(l.height for l in flow)
        geo = cls(x0[len(x0) // 10], x1[len(x1) * 9 // 10], x1[len(x1) * 49 // 50], height * 1.3,
                  height)
        pairs = [(a, b) for page in pages for a, b in zip(page, page[1:])
                 if not a.column and not b.column and 0 < b.base - a.base < 3 * height]
        inside = [b.base - a.base for a, b in pairs if geo.wraps(a, b)
                  and not _SENTENCE_END.search(a.text) and not split_label(b.text)[0]]
        small = [g for a, b in pairs if (g := b.base - a.base) < 2 * height]
        if inside or small:
            geo.pitch = median(inside or small)
        stretched = sorted(a.x1 for a, b in pairs if geo.wraps(a, b)
                           and not split_label(b.text)[0])
        edges: list[list[float]] = []
        for x in stretched:  # lists set with their own indents may end at an edge of their own
            if edges and x - edges[-1][0] <= 2 * _JUSTIFY_TOLERANCE:
                edges[-1].append(x)
            else:
                edges.append([x])
        edges = [e for e in edges if len(e) >= 2]
        if len(stretched) >= 3 and sum(map(len, edges)) >= 0.8 * len(stretched):
            geo.justified = tuple(median(e) for e in edges)
        ends = [(a, b) for a, b in pairs if not geo.wraps(a, b)]
        if len(ends) >= 2:
            para_pitch = median(b.base - a.base for a, b in ends)
            if para_pitch > geo.pitch + max(0.2 * height, 1.5):
                geo.para_pitch = para_pitch
        firsts = [b for a, b in ends if not split_label(b.text)[0] and not is_upper_heading(b.text)
                  and b.x1 - b.x0 > 0.5 * (geo.right - geo.left)]
        geo.indent = sum(map(geo.indented, firsts)) > len(firsts) / 2
        return geo

    def indented(self, line: Line) -> bool:
        return line.x0 > self.left + 0.6 * self.height

    def wraps(self, prev: Line, line: Line) -> bool:
        """Did `prev` run to the right edge, or stop only because the first word of `line`
        would not fit after it (ragged-right text)?"""
        if prev.x1 >= self.right - max(0.07 * (self.right - self.left), self.height):
            return True
        text = line.text
        char = (line.x1 - line.x0) / max(len(text), 1)
        word = len(text.split(" ", 1)[0]) + 1
        return prev.x1 + word * char > self.edge - char

    def continues(self, prev: Line, line: Line, same_page: bool) -> bool:
        """Does `line` continue the paragraph that `prev` ends?"""
        if self.rtl:
            prev, line = _mirror(prev), _mirror(line)
        if prev.column or line.column or not self.wraps(prev, line):
            return False
        text = line.text
        ends_sentence = bool(_SENTENCE_END.search(prev.text))
        if starts_item(text, ends_sentence) or ARTICLE.match(text) or CHAPTER.match(text):
            return False
        if is_upper_heading(prev.text) != is_upper_heading(text):
            return False
        if not ends_sentence:
            return same_page and line.base - prev.base <= self._break_pitch(line) or (
                not same_page and not self.indented(line))
        if same_page and line.base - prev.base > self._break_pitch(line):
            return False
        hanging = self.indented(line) and (
            (split_label(prev.text)[0] is not None and line.x0 > prev.x0 + 0.6 * self.height)
            or abs(line.x0 - prev.x0) < 0.3 * self.height)
        if hanging:
            return True
        if self.indent or (self.para_pitch is not None and same_page):
            return not self.indented(line)
        if self.justified:  # a paragraph's last line is not stretched to the edge
            return any(abs(prev.x1 - edge) <= _JUSTIFY_TOLERANCE for edge in self.justified)
        return text[:1].islower()

    def _break_pitch(self, line: Line) -> float:
        """Baselines further apart than this end the paragraph."""
        if self.para_pitch is not None:
            return (self.pitch + self.para_pitch) / 2
        return self.pitch + 0.3 * max(line.height, self.height)


def _mirror(line: Line) -> Line:
    """The line seen in a mirror (x negated), so that right-to-left text starts at the left."""
    return Line([Seg(s.text, -s.x1, s.top, -s.x0, s.bottom, s.base) for s in line.segs],
                line.number, line.column)


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
