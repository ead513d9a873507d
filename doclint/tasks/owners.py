"""Owners of a task: which units or persons lead it and which cooperate.

A unit is found from owners.txt (the start of its name: "Sở", "Ministry", "министерств*",
"-direktoratet", "وزارة"); its name runs on until a clause break, a marker or a task verb
(task-verbs.txt). The lead is read from anchors, in this order:
- a directive verb or lead marker followed by a unit ("Giao Sở A", "Chủ trì: Sở A", "تتولى A")
  names the unit after it; one that is not ("Sở A chủ trì", "A shall", "A har ansvaret") names
  the unit(s) before it, back to the start of the clause;
- otherwise the unit the task opens with ("Sở A: …", "Министерству финансов обеспечить …").
A marker written as a field ("Lead: A; B.", "Chủ trì: …", "Bistand: …") is read like a table
cell up to its sentence's end: each part between ";" is a unit.
Cooperation markers ("phối hợp với", "in coordination with", "совместно с", "i samarbeid med",
"بالتنسيق مع") open the cooperating units, which are never leads. Several units listed together
in a lead position ("Sở A, Sở B chủ trì"; "Sở A; UBND các xã") are several leads; a bare
enumeration under one plural ("các sở, ban, ngành"; "UBND các xã, phường, đặc khu") is one.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from doclint.lang.lexicon import Lexicon, Lexicons
from doclint.lang.normalize import fold
from doclint.tasks.text import CLAUSE, LIST, Hit, Words, strip_span

MAX_NAME_WORDS = 10  # "Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng"
MAX_MODIFIERS = 3  # "Provincial health departments shall"
MARKER_REACH = 2  # a unit this many words after a marker belongs to it ("Giao cho Sở A")
# Languages whose unit names are capitalised and whose folded unit words collide with common
# words ("Vụ"/"nhiệm vụ", "Ban"/"ban hành", "Sở"/"Số", "Bộ"/"Bố trí"): a lone lower-case unit
# word needs a determiner, and a word typed with diacritics must carry the entry's own.
CAPITALISED_NAMES = frozenset({"vi"})
_HARD_BREAK = re.compile(r"[;.\n]")
# Languages where an all-capitals word at a subject's place is an agency ("NVE skal …"); not
# Vietnamese, whose acronyms are mostly not units ("CCHC", "CNTT") and whose own are listed.
ACRONYM_OWNERS = frozenset({"en", "nb", "ru"})
# Languages whose capitalised words before a unit word are part of its name ("Health Unit").
CAPITALISED_MODIFIERS = frozenset({"en"})
_ACRONYM = re.compile(r"^[^\W\d_]{2,6}$")
_ROMAN = re.compile(r"^[IVXLC]+$")  # a heading's "II", not an agency
_AR_DEFINITE = ("ال", "لل", "وال")


def _definite(token: str) -> bool:
    """An Arabic word with the article ("الصحة", "للتعليم", "والتقييم")."""
    return token.startswith(_AR_DEFINITE)


def _marks(word: str) -> list[str]:
    """Letters and marks of a word, order-free ("uỷ" and "ủy" are the same word)."""
    return sorted(unicodedata.normalize("NFD", word.casefold()))


def _same_diacritics(w: Words, hit: Hit) -> bool:
    """Words typed with diacritics match only the entry's own ("Số" is not "sở")."""
    if hit.entry_text.startswith("re:"):
        return True
    entry_words = hit.entry_text.split()
    for k, i in enumerate(range(hit.start, min(hit.end, hit.start + len(entry_words)))):
        typed = w.text[w.starts[i]:w.ends[i]]
        if typed.casefold() == w.folded[i]:
            continue  # typed without diacritics: the folded match stands
        want = entry_words[k].casefold()
        if want.endswith("*"):
            if not typed.casefold().startswith(want[:-1]):
                return False
        elif _marks(typed) != _marks(want):
            return False
    return True


@dataclass(frozen=True, slots=True)
class Owners:
    leads: tuple[str, ...]
    cooperating: tuple[str, ...]


class OwnerFinder:
    """Finds the lead and cooperating owners in texts of one language."""

    def __init__(self, lexicons: Lexicons, lang: str) -> None:
        get = lambda name: lexicons.get(lang, name)  # noqa: E731
        self.lang = lang
        self.owners = get("owners")
        self.not_owners = get("not-owners")
        self.determiners = get("owner-determiners")
        self.joiners = get("owner-joiners")
        self.modifiers = get("owner-modifiers")
        self.shared_heads = get("owner-shared-heads")
        self.persons = get("owner-persons")
        self.task_verbs = get("task-verbs")
        self.lead_markers = [get("directive-verbs"), get("lead-markers")]
        self.coop_markers = get("cooperation-markers")
        self.timing_words = [get("vague"), get("periodic")]

    def find(self, w: Words, lexicon: Lexicon) -> list[Hit]:
        """Matches of a lexicon; in CAPITALISED_NAMES languages words typed with diacritics must
        carry the entry's own ("mỗi" is not "Môi", "Số" is not "Sở")."""
        hits = w.find(lexicon)
        if self.lang in CAPITALISED_NAMES:
            hits = [h for h in hits if _same_diacritics(w, h)]
        return hits

    # -- units -------------------------------------------------------------------------------
    def mentions(self, w: Words, markers: list[Hit]) -> list[Hit]:
        """Unit mentions; adjacent unit words ("Giám đốc Sở", "UBND các xã") are one."""
        blocked = {h.start for h in self.find(w, self.not_owners)}
        determiner_ends = self._determiner_ends(w)
        raw = []
        for h in self.find(w, self.owners):
            if h.start in blocked or any(m.start <= h.start and h.end <= m.end and
                                         (m.start, m.end) != (h.start, h.end) for m in markers):
                continue
            if (self.lang in CAPITALISED_NAMES and h.end - h.start == 1 and
                    " " not in h.entry_text and not h.entry_text.startswith("re:") and
                    not w.is_capitalised(h.start) and h.start not in determiner_ends and
                    not any(r.end == h.start for r in raw)):
                continue
            raw.append(h)
        raw = self._with_modifiers(w, raw) + self._acronyms(w, raw, blocked)
        merged: list[Hit] = []
        for h in sorted(raw, key=lambda h: (h.start, -h.end)):
            if merged and h.start <= merged[-1].end and (h.start < merged[-1].end or w.gap(h.start) == 0):
                if h.end > merged[-1].end:
                    merged[-1] = Hit(merged[-1].start, h.end, merged[-1].entry_text)
                continue
            merged.append(h)
        return merged

    def _determiner_ends(self, w: Words) -> set[int]:
        """Ends of determiners ("các", "mỗi"); in CAPITALISED_NAMES languages a capitalised one
        inside a clause belongs to a name ("Nong nghiep - Moi truong" typed without marks)."""
        return {h.end for h in self.find(w, self.determiners)
                if not (self.lang in CAPITALISED_NAMES and w.is_capitalised(h.start)
                        and w.gap(h.start) != CLAUSE)}

    def _acronyms(self, w: Words, raw: list[Hit], blocked: set[int]) -> list[Hit]:
        """Agencies named by an acronym ("NVE", "DSB", "МЧС") where a subject stands: at a
        clause start, or listed after another unit ("NVE og DSB")."""
        if self.lang not in ACRONYM_OWNERS:
            return []
        taken = {i for h in raw for i in range(h.start, h.end)}
        joined = {h.start + 1 for h in self.find(w, self.joiners)}
        caps = [bool(_ACRONYM.match(t)) and t.isupper() and not _ROMAN.match(t)
                for t in (w.text[s:e] for s, e in zip(w.starts, w.ends))]
        out: list[Hit] = []
        for i in range(len(w)):
            # "WORK PLAN", "DEPARTMENT OF EDUCATION": words of a title in capitals are no acronym
            in_caps_run = (i > 0 and caps[i - 1] and w.gap(i) == 0) or \
                (i + 1 < len(w) and caps[i + 1] and w.gap(i + 1) == 0)
            if not caps[i] or in_caps_run or i in taken or i in blocked:
                continue
            # listed after a unit ("NVE og DSB"), not inside a name ("Отдел по делам ГО и ЧС")
            before = i - 1 if w.gap(i) == LIST else i - 2
            listed = (w.gap(i) == LIST or i in joined) and (
                before in taken or any(h.start == before for h in out))
            if w.gap(i) == CLAUSE or listed:
                out.append(Hit(i, i + 1, "re:acronym"))
        return out

    def _with_modifiers(self, w: Words, raw: list[Hit]) -> list[Hit]:
        """Unit words with the modifiers written before them ("Финансовое управление")."""
        ends = {h.end: h.start for h in self.find(w, self.modifiers)}
        if self.lang in CAPITALISED_MODIFIERS:  # "The Transport Safety Office", "School principals"
            determiners = {i for h in self.find(w, self.determiners) for i in range(h.start, h.end)}
            ends.update({i + 1: i for i in range(len(w)) if w.is_capitalised(i) and i not in determiners
                         and i + 1 not in ends})
        out = []
        for h in raw:
            start = h.start
            while start in ends and w.gap(start) == 0 and start - ends[start] < MAX_NAME_WORDS:
                start = ends[start]
            out.append(Hit(start, h.end, h.entry_text) if start != h.start else h)
        return out

    def _shared_head(self, w: Words, start: int, i: int) -> bool:
        """The unit opens with a head serving several bodies and names one bare body so far
        ("Văn phòng HĐND", not "Văn phòng UBND tỉnh")."""
        return any(h.start == start and i - h.end == 1 for h in self.find(w, self.shared_heads))

    def _name_ends(self, w: Words, i: int, start: int) -> bool:
        """Arabic: a name is a chain of definite words after its head ("إدارة الشؤون القانونية");
        an indefinite word after a definite one opens the predicate ("… التخطيط خطة")."""
        return (self.lang == "ar" and i - 1 >= start and _definite(w.folded[i - 1])
                and not _definite(w.folded[i]))

    def _joined_by_proclitic(self, w: Words, mention: Hit) -> bool:
        """Arabic writes "and" onto the next unit: "ووزارة العدل"."""
        token = w.folded[mention.start]
        head = fold(mention.entry_text).split(" ")[0]
        return token != head and token.startswith("و") and token[1:] in (head, "ال" + head)

    def _units(self, w: Words, mentions: list[Hit], first: Hit, hi: int,
               stops: set[int]) -> list[tuple[int, int]]:
        """The unit starting at `first` and the units listed right after it, before `hi`."""
        by_start = {m.start: m for m in mentions}
        joiners = {h.start for h in self.find(w, self.joiners)}
        determiner_ends = self._determiner_ends(w)
        modified = {h.start for h in self.find(w, self.modifiers)}
        persons = {h.start for h in self.find(w, self.persons)}
        person = first.start in persons
        units: list[tuple[int, int]] = []
        start, i, length = first.start, first.end, first.end - first.start
        while i < hi:
            gap = w.gap(i)
            if gap == CLAUSE or (i in stops and not w.is_capitalised(i)
                                 and not _definite(w.folded[i])):  # "وحدة المتابعة": a name's word
                break
            nxt = None
            if gap == LIST or i in joiners:
                j = i + 1 if i in joiners else i
                nxt = by_start.get(j) or by_start.get(j + 1)
            elif i in by_start and self._joined_by_proclitic(w, by_start[i]):
                nxt = by_start[i]
            if person and nxt is not None and nxt.start not in persons:
                nxt = None  # "Ông A, Công chức Văn hóa - Xã hội": his title, not another owner
            if nxt is not None and i in joiners and self._shared_head(w, start, i) \
                    and not (nxt.start + 1 < len(w) and w.is_capitalised(nxt.start + 1)):
                nxt = None  # "Văn phòng HĐND và UBND phường": one office of both bodies
            if nxt is not None and nxt.start < hi:
                chunk_end = nxt.end
                while (chunk_end < min(hi, len(w)) and w.gap(chunk_end) == 0
                       and chunk_end not in joiners
                       and (chunk_end not in stops or w.is_capitalised(chunk_end))):  # "Sở Xây dựng"
                    chunk_end += 1
                # a name, a unit with its determiner ("and the Office") or a compound name,
                # not a bare "ban" of "các sở, ban, ngành"
                # "các phòng, đơn vị thuộc Sở": bare unit words under one plural are one unit
                # ("Thủ trưởng các cơ quan, đơn vị": the plural may sit inside the first unit)
                plural = (any(first.start <= e < first.end or e == first.start for e in determiner_ends)
                          and i == first.end == start + (first.end - first.start) and gap == LIST)
                # "Đài Phát thanh": a capitalised word after the unit word makes it a name
                # (", Công an xã": unit words merged into one mention are a name too, in a comma
                # list; "HĐND và UBND huyện" may be one office's name)
                proper = nxt.end - nxt.start > 1 and w.is_capitalised(nxt.start + 1) or (
                    gap == LIST and not nxt.entry_text.startswith("re:")
                    and nxt.end - nxt.start > len(nxt.entry_text.split("##")[0].split()))
                if nxt.start in determiner_ends or nxt.start in modified or not plural and (
                        chunk_end - nxt.start > nxt.end - nxt.start or proper
                        or nxt.entry_text.startswith("re:")):  # "Helsedirektoratet": a whole name
                    units.append((start, i))
                    start, i, length = nxt.start, nxt.end, nxt.end - nxt.start
                    continue
            if self._name_ends(w, i, start):
                break
            i += 1
            length += 1
            if length >= MAX_NAME_WORDS:
                break
        units.append((start, min(i, hi)))
        return units

    # -- roles -------------------------------------------------------------------------------
    def analyse(self, text: str, *, cell: bool = False) -> Owners:
        """Leads and cooperating units of a task text; `cell` reads a lead/cooperation cell,
        where every unit named (outside cooperation) is a lead and unknown names count."""
        w = Words(text)
        leads_m = sorted((h for lex in self.lead_markers for h in self.find(w, lex)), key=lambda h: h.start)
        coops_m = self.find(w, self.coop_markers)
        markers = sorted(leads_m + coops_m, key=lambda h: h.start)
        mentions = self.mentions(w, markers)
        # a marker inside a unit's name is part of the name ("Ban Chỉ đạo", "Lead Agency")
        markers = [mk for mk in markers if not any(
            m.start <= mk.start and mk.end <= m.end and m.end - m.start > mk.end - mk.start
            for m in mentions)]
        leads_m = [mk for mk in leads_m if mk in markers]
        coops_m = [mk for mk in coops_m if mk in markers]
        stops = {h.start for lex in [self.task_verbs, *self.timing_words] for h in self.find(w, lex)}
        stops |= {m.start for m in markers}
        leads: dict[int, tuple[int, int]] = {}
        coops: dict[int, tuple[int, int]] = {}
        subjects: dict[int, tuple[int, int]] = {}  # cooperating units read before their marker
        for k, mk in enumerate(markers):
            target = coops if mk in coops_m else leads
            if self._is_field(w, mk):
                hi = next((mm.start for mm in markers[k + 1:] if mm.start >= mk.end), len(w))
                for u in self._field_units(w, mentions, mk.end, hi, stops):
                    target.setdefault(u[0], u)
                continue
            after = next((m for m in mentions if mk.end <= m.start <= mk.end + MARKER_REACH and
                          not _HARD_BREAK.search(text[w.ends[mk.end - 1]:w.starts[m.start]]) and
                          not stops.intersection(range(mk.end, m.start))), None)
            if after is not None:
                hi = next((mm.start for mm in markers[k + 1:] if mm.start > after.start), len(w))
                for u in self._units(w, mentions, after, hi, stops):
                    target.setdefault(u[0], u)
                continue
            # back to the clause start or the previous marker of the same role: a lead marker
            # looks past a cooperation clause ("A совместно с B подготовить" → A)
            same_role = [mm.end for mm in markers[:k] if (mm in coops_m) == (mk in coops_m)]
            lo = max([0] + same_role + [i for i in range(1, mk.start + 1) if w.gap(i) == CLAUSE])
            lo = self._across_semicolons(w, mentions, lo, stops)
            firsts = [m for m in mentions if lo <= m.start < mk.start and
                      (m.start == lo or w.text[w.ends[m.start - 1]:w.starts[m.start]].strip() in (";", "؛"))]
            if not firsts and self.lang in CAPITALISED_MODIFIERS:
                firsts = self._modified_subject(w, mentions, lo, mk.start, stops)
            for first in firsts:
                for u in self._units(w, mentions, first, mk.start, stops - {mk.start}):
                    target.setdefault(u[0], u)
                    if target is coops:
                        subjects.setdefault(u[0], u)
        for start in coops:
            leads.pop(start, None)
        if not leads and not cell and 0 in subjects:
            # "Trưởng các thôn phối hợp vận động …": with no other lead, the subjects lead
            leads = {k: coops.pop(k) for k in subjects}
        if not leads and not cell and mentions:
            first = mentions[0]
            determiners = {h.end for h in self.find(w, self.determiners) if h.start == 0}
            # "The Digital Transformation Office shall": capitalised words may open the name
            opening = next(iter(determiners), 0)
            named = first.start - opening <= 3 and all(w.is_capitalised(i) for i in range(opening, first.start))
            if (first.start == 0 or first.start in determiners or named) and first.start not in coops:
                hi = next((m.start for m in markers if m.start > first.start), len(w))
                for u in self._units(w, mentions, first, hi, stops):
                    leads.setdefault(u[0], u)
        if cell and not leads:
            leads = self._cell_units(w, mentions, coops, stops)
        return Owners(tuple(strip_span(w.span(*leads[k])) for k in sorted(leads)),
                      tuple(strip_span(w.span(*coops[k])) for k in sorted(coops)))

    @staticmethod
    def _is_field(w: Words, marker: Hit) -> bool:
        """A marker written as a field label: it opens a clause and a colon follows ("Lead:
        …", "Chủ trì: …", "Ответственный: …", "Bistand: …", "الجهة المسؤولة: …")."""
        if marker.end >= len(w) or w.gap(marker.start) != CLAUSE:
            return False
        return ":" in w.text[w.ends[marker.end - 1]:w.starts[marker.end]]

    def _field_units(self, w: Words, mentions: list[Hit], lo: int, hi: int,
                     stops: set[int]) -> list[tuple[int, int]]:
        """The units a field names, like a table cell: parts split by ";" are units each
        ("Lead: Legal Unit; Policy Unit"), units joined by "and" in a part too; a part naming no
        known unit is one unit as written. The field ends at its sentence's end."""
        units: list[tuple[int, int]] = []
        determiners = {i for h in self.find(w, self.determiners) for i in range(h.start, h.end)}
        part = lo
        for i in range(lo + 1, hi + 1):
            if i < hi and w.gap(i) != CLAUSE:
                continue
            semicolon = i < hi and w.text[w.ends[i - 1]:w.starts[i]].strip() in (";", "؛")
            first = next((m for m in mentions if part <= m.start < i), None)
            if first is not None:
                found = self._units(w, mentions, first, i, stops)
                if not (stops | determiners).intersection(range(part, first.start)):
                    found[0] = (part, found[0][1])  # "Juridisk avdeling": its words before the unit word
                units.extend(found)
            elif any(c.isalpha() for c in w.span(part, i)) and not stops.intersection(range(part, i)):
                units.append((part, i))
            if not semicolon:
                break
            part = i
        return units

    def _modified_subject(self, w: Words, mentions: list[Hit], lo: int, hi: int,
                          stops: set[int]) -> list[Hit]:
        """"Provincial health departments shall": a few plain words before the clause's first
        unit word, with a lead marker after it, are that unit's name."""
        m = next((m for m in mentions if lo < m.start < hi), None)
        if m is None or w.gap(lo) != CLAUSE or not w.is_capitalised(lo) or m.start - lo > MAX_MODIFIERS:
            return []
        if stops.intersection(range(lo, m.start)) or any(w.gap(j) != 0 for j in range(lo + 1, m.start)) \
                or any(h.start == lo for h in self.find(w, self.determiners)):  # "The Director of …"
            return []
        return [Hit(lo, m.end, m.entry_text)]

    def _across_semicolons(self, w: Words, mentions: list[Hit], lo: int, stops: set[int]) -> int:
        """Move a clause start back over units listed with semicolons ("Sở A; Sở B chủ trì")."""
        starts = {m.start for m in mentions}
        while lo > 0 and lo in starts and w.text[w.ends[lo - 1]:w.starts[lo]].strip() in (";", "؛"):
            prev = max([0] + [i for i in range(1, lo) if w.gap(i) == CLAUSE])
            if prev not in starts or lo - prev > MAX_NAME_WORDS or stops.intersection(range(prev, lo)):
                break
            lo = prev
        return lo

    def _cell_units(self, w: Words, mentions: list[Hit], coops: dict[int, tuple[int, int]],
                    stops: set[int]) -> dict[int, tuple[int, int]]:
        """Every unit of a lead cell; a part naming no known unit is one unit as written."""
        units: dict[int, tuple[int, int]] = {}
        covered: set[int] = set()
        for c_start, c_end in coops.values():
            covered.update(range(c_start, c_end))
        for m in mentions:
            if m.start in covered:
                continue
            for u in self._units(w, mentions, m, len(w), stops):
                units.setdefault(u[0], u)
                covered.update(range(u[0], u[1]))
        part_start = 0
        for i in range(1, len(w) + 1):
            if i == len(w) or w.gap(i) == CLAUSE:
                if not any(part_start <= k < i for k in covered) and \
                        any(c.isalpha() for c in w.span(part_start, i)):
                    units[part_start] = (part_start, i)
                part_start = i
        return units
