"""Timings of a task, found and classified from the language's lexicons.

Classes (docs/tasks.md explains them): concrete (deadlines.txt: a date or a bounded period),
periodic (periodic.txt), vague (vague.txt), reference (reference-timing.txt: set by a rule or
an event). Dates of cited documents ("Kế hoạch số 12/KH-UBND ngày 15/3/2025",
citation-dates.txt) are not timings. In running text, reference timings are read only from a
timing clause opened by a label ("Thời gian: theo Điều 17 …", timing-labels.txt), since "theo
quy định" elsewhere is not about time, except those of event-timing.txt, which are about time
wherever they stand ("ngay sau khi …", "within the time limits set by …"); a deadline cell or
clause whose text fits no class is vague: it sets no date the drafter or a reader can check. A
label written as a field ("Deadline: ongoing.", "Срок: постоянно.", "Hạn: thường xuyên.")
decides the task's timing: what its clause says replaces timing words found elsewhere in the
task ("Move weekly staff meetings online" is about meetings held weekly, not a schedule).
"""
from __future__ import annotations

import re

from doclint.lang.lexicon import Lexicons
from doclint.tasks.model import Timing
from doclint.tasks.text import CLAUSE, Hit, Words, strip_span

# \d takes any script's digits: "٣٠/٦/٢٠٢٦" is a date too (int() reads them)
_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")


def _iso(text: str) -> str | None:
    m = _DMY.search(text)
    if not m:
        return None
    d, mth, y = (int(g) for g in m.groups())
    if 1 <= d <= 31 and 1 <= mth <= 12 and 1900 <= y <= 2099:
        return f"{y:04d}-{mth:02d}-{d:02d}"
    return None


def _outside(hits: list[Hit], taken: list[Hit]) -> list[Hit]:
    return [h for h in hits if not any(h.start < t.end and t.start < h.end for t in taken)]


def _merge(hits: list[Hit]) -> list[Hit]:
    """Overlapping matches of one class become one span (the widest reading)."""
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if out and h.start < out[-1].end:
            if h.end > out[-1].end:
                out[-1] = Hit(out[-1].start, h.end, out[-1].entry_text)
            continue
        out.append(h)
    return out


class TimingFinder:
    """Finds timings in texts of one language (lexicons read once)."""

    def __init__(self, lexicons: Lexicons, lang: str) -> None:
        get = lambda name: lexicons.get(lang, name)  # noqa: E731
        self.deadlines = get("deadlines")
        self.citations = get("citation-dates")
        self.periodic = get("periodic")
        self.vague = get("vague")
        self.reference = get("reference-timing")
        self.events = get("event-timing")
        self.labels = get("timing-labels")

    def _classified(self, words: Words, *, with_reference: bool) -> list[tuple[Hit, str]]:
        citations = words.find(self.citations)
        found: list[tuple[Hit, str]] = []
        taken: list[Hit] = []
        for cls, lex in (("concrete", self.deadlines), ("periodic", self.periodic),
                         ("reference", self.events), ("vague", self.vague),
                         ("reference", self.reference)):
            if lex is self.reference and not with_reference:
                continue
            hits = _merge(_outside(words.find(lex), citations + taken))
            found.extend((h, cls) for h in hits)
            taken.extend(hits)
        return sorted(found, key=lambda f: f[0].start)

    def _timing(self, words: Words, hit: Hit, cls: str) -> Timing:
        text = strip_span(words.span(hit.start, hit.end))
        return Timing(text, cls, _iso(text) if cls == "concrete" else None)

    def in_cell(self, text: str) -> tuple[Timing, ...]:
        """Timings of a deadline cell or a labelled timing clause: every class; text that
        fits none is one vague timing."""
        words = Words(text)
        if not any(c.isalnum() for c in text):
            return ()
        found = [self._timing(words, h, cls) for h, cls in self._classified(words, with_reference=True)]
        if not found:
            # a cell that cites a document only ("Nghị định 52/2015/NĐ-CP ngày …") refers to it
            cls = "reference" if words.find(self.citations) else "vague"
            found = [Timing(strip_span(text), cls)]
        return tuple(found)

    def in_text(self, text: str) -> tuple[Timing, ...]:
        """Timings in running text: dates, periods, schedules and vague words anywhere;
        labelled clauses ("Thời gian: …") read like a deadline cell."""
        words = Words(text)
        found = self._classified(words, with_reference=False)
        out = [self._timing(words, h, cls) for h, cls in found]
        fields: list[Timing] = []
        # "thời gian" inside "trong thời gian diễn ra …" is part of a timing, not its label
        for label in _outside(words.find(self.labels), [h for h, _ in found]):
            end = label.end
            while end < len(words) and (end == label.end or words.gap(end) != CLAUSE):
                end += 1
            if end == label.end:
                continue
            clause = words.text[words.starts[label.end]:words.ends[end - 1]]
            # timings found in the field's words, "31. mai 2026" whole though ". " ends a clause
            own = [t for (h, _), t in zip(found, out) if label.end <= h.start < end]
            for t in self.in_cell(clause):
                if all(t.text not in o.text and o.text not in t.text for o in out):
                    out.append(t)
                    own.append(t)
            if _is_field(words, label):
                fields.extend(own)
        # an explicit field ("Deadline: ongoing.") decides: "weekly" in "Move weekly staff
        # meetings online" describes the task's object, not its schedule
        return tuple(fields) if fields else tuple(out)


def _is_field(words: Words, label: Hit) -> bool:
    """A label written as a field: it opens a clause and a colon follows ("Срок: …")."""
    if label.end >= len(words) or words.gap(label.start) != CLAUSE:
        return False
    return ":" in words.text[words.ends[label.end - 1]:words.starts[label.end]]
