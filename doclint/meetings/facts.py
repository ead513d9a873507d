"""What an invitation or programme says about its conference: purpose, length, form, scope,
organiser and invitees. One `Meeting` per document, shared by the DL6xx rules through
`Context.analysis(meeting_analysis)`, and `meeting_facts(doc)` for archive statistics.

Length in days is the largest of what the document states: a count ("02 ngày", "1,5 ngày",
"02 buổi" = two half days), a date range ("từ ngày 15 đến ngày 16/12/2025"), the sessions of the
time line ("sáng và chiều", "cả ngày") and the half-day sessions the timed agenda occupies.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from doclint.lang.lexicon import Lexicons
from doclint.lang.normalize import fold
from doclint.meetings.agenda import Agenda, read_agenda
from doclint.meetings.times import ascii_digits, find_ranges
from doclint.model import Block, BlockKind, Document

if TYPE_CHECKING:
    from doclint.rules.base import Context

PURPOSES = ("dissemination", "professional", "important")
LEAD_BLOCKS = 40
# A count stands alone: the "30" of "11.30 ngày 12/3" is the minutes of a clock, not 30 days.
_NUM = r"(?<![\d.,:/])(?P<n>\d{1,2}(?:[.,]5)?)"
_DAYS = re.compile(_NUM + r"\s*(?:ngay|days?|дн(?:я|ей)|день|dager|dag|ايام|يوم|يومين)\b")
_HALF_DAYS = re.compile(_NUM + r"\s*(?:buoi|sessions?|half[- ]days?|полудн\w*|halvdag\w*)\b")
# A day range: "15-16/12", "15.12–16.12.2025", "12.–13. mars", "с 15 по 16 декабря", "15-16 tháng
# 12". The number after a dot or slash must be a month (1–12), so "09.00–12.00" and "10.00 до
# 12.30" stay clock ranges; a word after the second day must be a month name ("с 9 до 12
# часов" is hours).
_MONTH_NUM = r"[/.](?:0?[1-9]|1[0-2])(?![\d:])"
_DATE_RANGE = re.compile(
    r"(?<![\d/.,:])(?P<a>\d{1,2})(?:" + _MONTH_NUM + r")?\.?\s*(?:-|den|to|до|по|til|الى|حتى)\s*"
    r"(?:het\s+)?(?:ngay\s+)?(?P<b>\d{1,2})(?:" + _MONTH_NUM + r"|\.?\s+(?P<month>[^\W\d]{3,}))")
# Words after which a range is a clock range whatever its numbers ("kl. 10.10–11.11").
_CLOCK_BEFORE = re.compile(r"(?:\bkl\.?|\bklokk(?:a|en)|\bluc|\bat|\bв|الساعة)\s*$")
_ARABIC_TWO_DAYS = re.compile(r"يومين|يومان")


@dataclass(frozen=True, slots=True)
class Meeting:
    is_meeting: bool  # an invitation or a conference programme/plan
    purpose: str | None  # one of PURPOSES
    days: float | None  # length in days (0.5 per half-day session)
    days_evidence: Block | None  # the block the length was read from
    form: str | None  # "in-person", "online", "hybrid"
    scope: str | None  # "province", "commune"
    organiser: str | None  # "ministry", "province" (internal conferences of §2.2)
    title_block: Block | None
    agenda: Agenda


def _lead(doc: Document) -> list[Block]:
    return [b for b in doc.body()][:LEAD_BLOCKS]


def _has(lexicons: Lexicons, lang: str, name: str, text: str | None) -> bool:
    return bool(text) and bool(lexicons.get(lang, name).find(text or ""))


def title_text(doc: Document) -> str:
    meta = doc.metadata
    return " ".join(t for t in (meta.type_line, meta.title) if t)


def is_meeting_document(doc: Document, lexicons: Lexicons) -> bool:
    """An invitation, or a programme/plan whose title is about a conference."""
    if doc.kind == "invitation":
        return True
    if doc.kind not in ("plan", "other", "letter"):
        return False
    title = title_text(doc) or " ".join(b.text for b in _lead(doc)[:8])
    # a letter or plan *about* conferences ("V/v thực hiện quy định về tổ chức hội nghị") that
    # names no time holds no conference of its own
    return _has(lexicons, doc.language, "meeting-conference", title) and (
        bool(_time_lines(doc, lexicons)) or any(find_ranges(b.text) for b in doc.body()))


def _purpose(doc: Document, lexicons: Lexicons) -> str | None:
    """From the title first, then the lead paragraphs: the first purpose named."""
    lang = doc.language
    sources = [title_text(doc)] + [b.text for b in _lead(doc)]
    for text in sources:
        for purpose in PURPOSES:
            if _has(lexicons, lang, f"meeting-purpose-{purpose}", text):
                return purpose
    return None


def _time_lines(doc: Document, lexicons: Lexicons) -> list[Block]:
    """Lines that state when the conference is held ("Thời gian: …", "Time: …")."""
    lang = doc.language
    lex = lexicons.get(lang, "meeting-time-label")
    out = []
    for b in _lead(doc):
        if b.kind is BlockKind.TABLE_ROW:
            continue
        m = lex.first(b.text)
        if m is not None and (m.entry.regex is not None or m.start <= 2):
            out.append(b)
    return out


def stated_days(text: str, lang: str, lexicons: Lexicons) -> float | None:
    """Length in days a time line states, or None."""
    folded = ascii_digits(fold(text))
    found: list[float] = []
    if m := _DAYS.search(folded):
        found.append(float(m.group("n").replace(",", ".")))
    if _ARABIC_TWO_DAYS.search(folded):
        found.append(2.0)
    if m := _HALF_DAYS.search(folded):
        found.append(0.5 * float(m.group("n").replace(",", ".")))
    if (span := _date_range_days(folded, lang, lexicons)) is not None:
        found.append(float(span))
    sessions = _sessions(text, lang, lexicons)
    if sessions is not None:
        found.append(sessions)
    dated = [d for d in (_sessions(c, lang, lexicons) for c in _CLAUSE.split(text)
                         if re.search(r"\d", c)) if d is not None]
    if len(dated) >= 2:  # "hele dagen 11. desember, og formiddagen 12. desember": 1.5 days
        found.append(sum(dated))
    return max(found) if found else None


def _date_range_days(folded: str, lang: str, lexicons: Lexicons) -> int | None:
    """Days of the first day range in a folded time line ("15-16/12" is 2), or None."""
    months = lexicons.get(lang, "report-month")
    for m in _DATE_RANGE.finditer(folded):
        if _CLOCK_BEFORE.search(folded, 0, m.start()):
            continue
        month = m.group("month")
        if month is not None and month != "thang" and not months.find(month):
            continue
        span = int(m.group("b")) - int(m.group("a")) + 1
        if 2 <= span <= 10:
            return span
    return None


# Clauses of a time line that may each name a day and its sessions.
_CLAUSE = re.compile(r"[,;،]|\s(?:và|og|and|и)\s", re.IGNORECASE)


def _sessions(text: str, lang: str, lexicons: Lexicons) -> float | None:
    """Days the sessions named in `text` take: a full day 1, morning or afternoon 0.5, both 1."""
    if _has(lexicons, lang, "meeting-fullday", text):
        return 1.0
    morning = _has(lexicons, lang, "meeting-morning", text)
    afternoon = _has(lexicons, lang, "meeting-afternoon", text)
    if morning or afternoon:
        return 1.0 if morning and afternoon else 0.5
    return None


def _days(doc: Document, lexicons: Lexicons, agenda: Agenda) -> tuple[float | None, Block | None]:
    best: tuple[float | None, Block | None] = (None, None)
    for block in _time_lines(doc, lexicons):
        days = stated_days(block.text, doc.language, lexicons)
        if days is not None and (best[0] is None or days > best[0]):
            best = (days, block)
    sessions = agenda.sessions()
    if sessions:
        days = 0.5 * sum(len(s) for s in sessions.values())
        if best[0] is None or days > best[0]:
            last_day = max(sessions)
            block = next(i.block for i in reversed(agenda.items) if i.day == last_day)
            best = (days, block)
    return best


def _form(doc: Document, lexicons: Lexicons) -> str | None:
    lang = doc.language
    text = "\n".join(b.text for b in _lead(doc))
    online = _has(lexicons, lang, "meeting-online", text)
    in_person = _has(lexicons, lang, "meeting-in-person", text)
    if online and in_person:
        return "hybrid"
    return "online" if online else "in-person" if in_person else None


def _scope(doc: Document, lexicons: Lexicons) -> str | None:
    text = title_text(doc) + "\n" + "\n".join(b.text for b in _lead(doc)[:15])
    for scope in ("province", "commune"):
        if _has(lexicons, doc.language, f"meeting-scope-{scope}", text):
            return scope
    return None


def organiser_level(doc: Document, lexicons: Lexicons) -> str | None:
    """"ministry" or "province" when the issuer is one (the internal conferences of §2.2)."""
    issuer = doc.metadata.issuer or " ".join(b.text for b in _lead(doc)[:3])
    for level in ("ministry", "province"):
        if _has(lexicons, doc.language, f"meeting-organiser-{level}", issuer):
            return level
    return None


def read_meeting(doc: Document, lexicons: Lexicons) -> Meeting:
    agenda = read_agenda(doc, lexicons)
    days, evidence = _days(doc, lexicons, agenda)
    title = next((b for b in _lead(doc) if doc.metadata.title and b.text == doc.metadata.title),
                 None)
    return Meeting(is_meeting=is_meeting_document(doc, lexicons), purpose=_purpose(doc, lexicons),
                   days=days, days_evidence=evidence, form=_form(doc, lexicons),
                   scope=_scope(doc, lexicons), organiser=organiser_level(doc, lexicons),
                   title_block=title, agenda=agenda)


def meeting_analysis(doc: Document, ctx: "Context") -> Meeting:
    """The shared analysis the DL6xx rules read (computed once per document)."""
    return read_meeting(doc, ctx.lexicons)


@lru_cache(maxsize=1)
def _default_lexicons() -> Lexicons:
    return Lexicons()


def meeting_facts(doc: Document, lexicons: Lexicons | None = None) -> dict[str, Any]:
    """Facts about one conference for archive statistics (`doclint scan`).

    Keys: is_meeting (bool), date (ISO of the document date or None), year, issuer, scope
    ("province", "commune" or None), form ("in-person", "online", "hybrid" or None), purpose,
    days. Only documents with is_meeting true are conferences; the others carry the same keys.
    """
    lex = lexicons or _default_lexicons()
    meeting = read_meeting(doc, lex)
    meta = doc.metadata
    return {"is_meeting": meeting.is_meeting, "date": meta.date, "year": meta.year,
            "issuer": meta.issuer, "scope": meeting.scope, "form": meeting.form,
            "purpose": meeting.purpose, "days": meeting.days}
