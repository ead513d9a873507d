"""The agenda of a conference programme or invitation: items with times and roles.

Items come from a table whose rows carry a time ("Thời gian | Nội dung | Người thực hiện") or
from lines that open with a time or end with a duration ("8h00 - 8h10: Phát biểu khai mạc",
"- Báo cáo kết quả (15 phút)"). Each item gets its minutes from its own range or written
duration, else from the next item's start on the same day and session (a lunch break or a day
heading in between stops that guess). Its role (opening, presentation, discussion, closing,
procedural, other) is the role whose cue words come first in its text, from the per-language
lexicons meeting-<role>.txt.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from doclint.lang.lexicon import Lexicons
from doclint.lang.normalize import fold
from doclint.meetings.times import Timing, parse_timing, split_items
from doclint.model import Block, BlockKind, Document

ROLES = ("opening", "presentation", "discussion", "closing", "procedural")
NOON, AFTERNOON = 12 * 60, 12 * 60 + 30


@dataclass(frozen=True, slots=True)
class AgendaItem:
    block: Block
    text: str  # what is done (the content cell, or the line without its time)
    start: int | None  # minutes after midnight
    end: int | None
    minutes: int | None
    inferred: bool  # minutes taken from the next item's start
    role: str  # one of ROLES or "other"
    day: int  # 0 for the first day of the agenda
    excerpt: str  # the document's own text of the item (the row or line)


@dataclass(frozen=True, slots=True)
class Agenda:
    items: tuple[AgendaItem, ...]
    source: str  # "table", "lines" or "" when no agenda was found

    @property
    def timed(self) -> bool:
        return any(i.start is not None or i.minutes is not None for i in self.items)

    def sessions(self) -> dict[int, set[str]]:
        """Per day, the half-day sessions ("morning", "afternoon") its timed items occupy."""
        out: dict[int, set[str]] = {}
        for item in self.items:
            if item.start is None:
                continue
            end = item.end if item.end is not None else item.start + (item.minutes or 0)
            got = out.setdefault(item.day, set())
            if item.start < NOON:
                got.add("morning")
            if end > AFTERNOON or item.start >= NOON:
                got.add("afternoon")
        return out


@dataclass(frozen=True, slots=True)
class _Raw:
    block: Block
    text: str
    timing: Timing
    day: int
    boundary: bool  # a session or day heading precedes it since the previous item
    excerpt: str  # the block's text, or its part when one line holds several items


def classify_role(text: str, lang: str, lexicons: Lexicons) -> str:
    """The role whose cue comes first in `text` (token position), or "other"."""
    best: tuple[int, str] | None = None
    for role in ROLES:
        for m in lexicons.get(lang, f"meeting-{role}").find(text):
            pos = m.start if m.entry.regex is None else len(fold(text)[:m.start].split())
            if best is None or pos < best[0]:
                best = (pos, role)
    return best[1] if best else "other"


def _time_column(cells: tuple[str, ...], lang: str, lexicons: Lexicons) -> int | None:
    """The time column of an agenda table's header row ("Thời gian", "Time", "Tid")."""
    if not any(lexicons.get(lang, "meeting-content-label").find(t) for t in cells):
        return None
    for i, text in enumerate(cells):
        if len(text.split()) <= 4 and lexicons.get(lang, "meeting-time-label").find(text):
            return i
    return None


def _is_day_heading(text: str, lang: str, lexicons: Lexicons) -> bool:
    m = lexicons.get(lang, "meeting-day").first(text)
    return m is not None and len(text.split()) <= 12


def _is_session_heading(text: str, lang: str, lexicons: Lexicons) -> bool:
    if len(text.split()) > 8:
        return False
    return any(lexicons.get(lang, f"meeting-{s}").find(text) for s in ("morning", "afternoon"))


def _table_items(doc: Document, lexicons: Lexicons) -> list[_Raw]:
    lang = doc.language
    for rows in doc.tables().values():
        time_col: int | None = None
        raws: list[_Raw] = []
        day, boundary, days_seen = 0, False, 0
        for n, row in enumerate(rows):
            texts = tuple(c.text for c in row.cells)
            if n == 0 and (time_col := _time_column(texts, lang, lexicons)) is not None:
                continue
            col = time_col or 0
            timing = parse_timing(texts[col] if col < len(texts) else "")
            if timing.empty and len(set(t for t in texts if t)) <= 1:
                if _is_day_heading(" ".join(texts), lang, lexicons):
                    days_seen += 1
                    day = days_seen - 1
                boundary = True  # a merged row: "BUỔI SÁNG", "Ngày thứ hai"
                continue
            if time_col is None and timing.start is None:
                continue
            content = " ".join(t for i, t in enumerate(texts) if i != col and t)
            raws.append(_Raw(row, content, timing, day, boundary, row.text))
            boundary = False
        if len(raws) >= 2 or (raws and time_col is not None):
            return raws
    return []


def _line_items(doc: Document, lexicons: Lexicons) -> list[_Raw]:
    lang = doc.language
    raws: list[_Raw] = []
    day, boundary, days_seen = 0, False, 0
    for block in doc.body():
        if block.kind is BlockKind.TABLE_ROW:
            continue
        parts = split_items(block.text)
        timing = parts[0][1]
        if timing.start is None and timing.minutes is None:
            if _is_day_heading(block.text, lang, lexicons):
                days_seen += 1
                day = days_seen - 1
                boundary = True
            elif _is_session_heading(block.text, lang, lexicons):
                boundary = True
            continue
        if timing.start is None and block.kind is not BlockKind.LIST_ITEM:
            continue  # a duration in running text is not an agenda line
        for text, timing in parts:
            rest = text[timing.span[1]:] if timing.start is not None else text
            raws.append(_Raw(block, rest.strip(" :-–—.\t"), timing, day, boundary,
                             text if len(parts) > 1 else block.text))
            boundary = False
    return raws if len(raws) >= 2 else []


def _items(raws: list[_Raw], lang: str, lexicons: Lexicons) -> Iterable[AgendaItem]:
    for i, raw in enumerate(raws):
        t = raw.timing
        minutes, end, inferred = t.minutes, t.end, False
        nxt = raws[i + 1] if i + 1 < len(raws) else None
        if minutes is None and t.start is not None and nxt is not None and not nxt.boundary \
                and nxt.day == raw.day and nxt.timing.start is not None \
                and nxt.timing.start > t.start and not (t.start < NOON and nxt.timing.start > AFTERNOON):
            minutes, end, inferred = nxt.timing.start - t.start, nxt.timing.start, True
        yield AgendaItem(raw.block, raw.text, t.start, end, minutes, inferred,
                         classify_role(raw.text, lang, lexicons), raw.day, raw.excerpt)


def read_agenda(doc: Document, lexicons: Lexicons) -> Agenda:
    lang = doc.language
    raws = _table_items(doc, lexicons)
    source = "table"
    if not raws:
        raws, source = _line_items(doc, lexicons), "lines"
    if not raws:
        return Agenda((), "")
    return Agenda(tuple(_items(raws, lang, lexicons)), source)


def untimed_items(doc: Document, lexicons: Lexicons) -> list[Block]:
    """Agenda-like blocks without any time: table rows under a content header, or list items
    naming an agenda role (opening, presentation, discussion, closing)."""
    lang = doc.language
    for rows in doc.tables().values():
        if rows and lexicons.get(lang, "meeting-content-label").find(rows[0].text) \
                and any(classify_role(r.text, lang, lexicons) in ROLES[:4] for r in rows[1:]):
            return list(rows[1:])
    return [b for b in doc.body() if b.kind is BlockKind.LIST_ITEM
            and classify_role(b.text, lang, lexicons) in ROLES[:4]]
