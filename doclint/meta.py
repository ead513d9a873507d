"""Document metadata read from the header: national title, motto, Party header, issuer, number
and symbol, place and date, type line and summary (title).

The header may be a 2–3 column table, tab-separated lines or two PDF columns; the parsers emit
cells and columns in reading order. This module therefore joins the texts of the first blocks
(each table cell on its own) into one stream and finds each element anywhere in it — an
element may share a line with another one ("TỈNH QUẢNG NINH  CỘNG HÒA XÃ HỘI…") or be split
over two lines. Matching runs on a folded copy of the stream that keeps every character's
offset, so missing diacritics ("CONG HOA XA HOI CHU NGHIA VIET NAM") and small typos still
match while the reported text stays the document's own. Blank placeholders that the registry
fills at issuance ("Số:     /KH-UBND", "ngày   tháng 12 năm 2025") are recognised and marked,
not treated as missing.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from doclint.lang.lexicon import Lexicon, Lexicons, Match
from doclint.lang.normalize import fold, fold_token
from doclint.model import Block, Document, Metadata

HEADER_BLOCKS = 30
KIND_LEXICONS = ("plan", "directive", "conclusion", "report", "technical", "personnel-decision",
                 "invitation", "letter")
# Without a type line, number and date are looked for in this many first header units only,
# so that a citation in the preamble ("… số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020") is not
# taken for the document's own number or date.
LEAD_UNITS = 14
AFTER_TYPE_LINE = 4
# A place-date line is short; a longer text with a date is a summary that a PDF joined with
# the paragraph below it ("… giao ban tháng 12 Ngày 30 tháng 12 năm 2025, Chủ tịch …"), or
# one that cites a dated document.
DATE_LINE_CHARS = 80

NATIONAL_TITLE = "cong hoa xa hoi chu nghia viet nam"
PARTY_HEADER = "dang cong san viet nam"
MOTTO = "doc lap tu do hanh phuc"

# "Số: 125/KH-UBND", "Số:      /KH-UBND", "Số 45-KH/TU", "No. 226-KL/TW", "№ 12-р", "رقم"
_NUMBER = re.compile(
    r"(?<![\w/])(?P<mark>số|so|no|nr|number|№|رقم)\s*[:.]?\s*[:.]?\s*"
    r"(?P<num>(?P<digits>\d[\d.]*)?[ \t._…]*(?P<sep>[/-])\s*"
    r"(?P<sym>[^\W_][\w&.]*(?:\s*[/-]\s*[^\W_][\w&.]*)*))", re.IGNORECASE)
# On the folded stream: "ngày 15 tháng 3 năm 2026", "ngày   tháng 12 năm 2025",
# "ngay ... thang ... nam 2025", and the numeric "ngày 15/3/2026" (reported as malformed).
_VI_DATE = re.compile(
    r"\bngay\s*(?P<d>\d{1,2})?[\s._…]*(?:thang\s*(?P<m>\d{1,2})?[\s._…]*nam\s*(?P<y>\d{4})"
    r"|/\s*(?P<m2>\d{1,2})?\s*/\s*(?P<y2>\d{4}))")
# Other languages: "Oslo, 15.03.2026", "Москва, 15.03.2026", "London, 15/03/2026".
_DMY = re.compile(r",\s*(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})")
# "V/v" may follow the number on a line that a parser joined ("Số: 125/UBND-NC … v/v …");
# "về việc" opens a line only, it is common in running text
_VV = re.compile(r"(?:(?:^|\n)\s*|(?<=\s))(?P<vv>v/v\b.*)|(?:^|\n)\s*(?P<vv2>ve viec\b.*)")
_DECORATION = re.compile(r"^[\s\-–—_=*.·•~]*$")
_PLACE_CONNECTORS = {"pho", "xa", "thi", "tran", "quan", "huyen", "tinh"}


class _FoldTable(dict[int, str]):
    """`str.translate` table folding one character into one, filled as characters come."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = fold_token(ch)
        if len(folded) != 1:
            low = ch.lower()
            folded = low if len(low) == 1 else ch
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold_aligned(text: str) -> str:
    """`fold` character by character: same length as `text`, so offsets carry over."""
    return text.translate(_FOLD_TABLE)


@dataclass(frozen=True, slots=True)
class Unit:
    """One header text: a paragraph, or one table cell, with its place in the stream."""

    block: Block
    text: str
    start: int  # offset of the text in Header.stream


@dataclass(frozen=True, slots=True)
class Element:
    """A header element found in the stream: its own text and the unit it starts in."""

    text: str
    unit: Unit
    start: int
    end: int


@dataclass
class Header:
    units: list[Unit]
    stream: str
    folded: str
    elements: dict[str, Element] = field(default_factory=dict)
    metadata: Metadata = field(default_factory=Metadata)

    def unit_at(self, offset: int) -> Unit:
        found = self.units[0]
        for unit in self.units:
            if unit.start > offset:
                break
            found = unit
        return found

    def element(self, start: int, end: int) -> Element:
        return Element(self.stream[start:end].strip(), self.unit_at(start), start, end)

    def unit_index(self, offset: int) -> int:
        return self.units.index(self.unit_at(offset))


def _units(doc: Document) -> tuple[list[Unit], str]:
    units: list[Unit] = []
    parts: list[str] = []
    pos = 0
    for block in list(doc.body())[:HEADER_BLOCKS]:
        texts = [c.text for c in block.cells] if block.cells else [block.text]
        for text in texts:
            if not text.strip():
                continue
            units.append(Unit(block, text, pos))
            parts.append(text)
            pos += len(text) + 1
    return units, "\n".join(parts)


_WORDS = re.compile(r"\w+")


class Words:
    """The word tokens of a folded text; their offsets are found only when a fuzzy match
    needs them (most headers hold no phrase one edit away)."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.texts: list[str] = _WORDS.findall(folded)
        self._spans: list[tuple[int, int]] | None = None

    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = [m.span() for m in _WORDS.finditer(self.folded)]
        return self._spans


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, limit + 1 once it exceeds `limit` (rapidfuzz: C speed)."""
    return Levenshtein.distance(a, b, score_cutoff=limit)


def find_phrase(folded: str, phrase: str, max_edits: int = 2,
                tokens: Words | None = None) -> tuple[int, int] | None:
    """Span of `phrase` (folded words) in `folded`: exact up to spacing and punctuation, else
    within `max_edits` letter edits (OCR and typing slips: "CÔNG HÒA XÃ HÔI CHỦ NGHĨA VIỆT NAN")."""
    exact = re.search(r"\W*".join(re.escape(w) for w in phrase.split()), folded)
    if exact:
        return exact.span()
    tokens = Words(folded) if tokens is None else tokens
    target = phrase.replace(" ", "")
    words = phrase.split()
    n = len(words)
    toks = tokens.texts
    # a window starts at a token one edit from the first word, or before the second word
    near = {i for _, _, i in process.extract(words[0], toks, scorer=Levenshtein.distance,
                                              score_cutoff=1, limit=None)}
    if n > 1:
        near.update(i - 1 for i, tok in enumerate(toks) if i and tok == words[1])
    for i in sorted(near):
        for width in range(max(1, n - 2), n + 3):
            if i + width > len(toks):
                break
            if _edits("".join(toks[i:i + width]), target, max_edits) <= max_edits:
                spans = tokens.spans()
                return spans[i][0], spans[i + width - 1][1]
    return None


def _upper_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def type_names(lexicons: Lexicons, lang: str = "vi") -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """(folded type name, abbreviations, family) from doc-types (state) and party-doc-types,
    longest names first: "thông báo kết luận" before "thông báo"."""
    return _type_names(lexicons.get(lang, "doc-types"), lexicons.get(lang, "party-doc-types"))


@lru_cache(maxsize=64)
def _type_names(state: Lexicon, party: Lexicon) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    # keyed by the Lexicon objects: a user's extended lexicons are other objects
    out = []
    for family, lexicon in (("state", state), ("party", party)):
        for entry in lexicon.entries:
            left, _, right = entry.text.partition("=")
            abbrs = tuple(a.strip() for a in right.split(",") if a.strip())
            out.append((fold(left.strip()), abbrs, family))
    return tuple(sorted(out, key=lambda t: -len(t[0])))


def type_of_line(text: str, lexicons: Lexicons, lang: str = "vi") -> str | None:
    """The folded document type a type line names ("KẾ HOẠCH" -> "ke hoach"), if any."""
    folded = " ".join(re.findall(r"\w+", fold(text)))
    for name, _, _ in type_names(lexicons, lang):
        if folded == name or folded.startswith(name + " "):
            return name
    return None


def kind_matches(text: str, lang: str, lexicons: Lexicons) -> list[tuple[str, Match]]:
    """Every kind cue in `text` (kind-<kind>.txt) with its kind, in KIND_LEXICONS order and
    each kind's matches in their own order: as if each kind's lexicon were searched in turn,
    in one pass of a lexicon merging them (the header and kind passes ask this of every
    opening line)."""
    merged, kind_of = _merged_kinds(tuple(lexicons.get(lang, f"kind-{k}") for k in KIND_LEXICONS))
    found = [(kind_of[id(m.entry)], m) for m in merged.find(text)]
    return sorted(found, key=lambda f: KIND_LEXICONS.index(f[0]))


@lru_cache(maxsize=64)
def _merged_kinds(lexicons: tuple[Lexicon, ...]) -> tuple[Lexicon, dict[int, str]]:
    # keyed by the Lexicon objects: a user's extended lexicons are other objects
    kind_of = {id(e): kind for kind, lexicon in zip(KIND_LEXICONS, lexicons)
               for e in lexicon.entries}
    return Lexicon("kind-cues", (e for lexicon in lexicons for e in lexicon.entries)), kind_of


def kind_of_type_line(text: str, lang: str, lexicons: Lexicons) -> str | None:
    """The document kind a type line ("KẾ HOẠCH", "Report") names, if it names one."""
    words = len(fold(text).split())
    for kind, match in kind_matches(text, lang, lexicons):
        if match.start == 0 and words <= len(match.entry.tokens) + 12:
            return kind
    return None


def _is_type_line(text: str, lang: str, lexicons: Lexicons) -> bool:
    """Vietnamese type lines are upper case ("KẾ HOẠCH"), or the bare type name in any case;
    other languages name the type at the start of a short line ("Report", "ПЛАН")."""
    if _DECORATION.match(text):
        return False
    if lang != "vi":
        return kind_of_type_line(text, lang, lexicons) is not None
    name = type_of_line(text, lexicons)
    if name:
        head = " ".join(text.split()[:len(name.split())])  # "KẾ HOẠCH thực hiện…" (joined lines)
        if _upper_share(head) >= 0.6 or " ".join(re.findall(r"\w+", fold(text))) == name:
            return True
    return _upper_share(text) >= 0.6 and kind_of_type_line(text, lang, lexicons) is not None


def read_header(doc: Document, lexicons: Lexicons) -> Header:
    units, stream = _units(doc)
    header = Header(units, stream, fold_aligned(stream))
    if not units:
        return header
    found: dict[str, Any] = {}
    tokens = Words(header.folded)
    for name, phrase in (("national_title", NATIONAL_TITLE), ("party_header", PARTY_HEADER),
                         ("motto", MOTTO)):
        span = find_phrase(header.folded, phrase, tokens=tokens)
        # titles are set in capitals; "Điều lệ Đảng Cộng sản Việt Nam" in a preamble is not one
        if span and (name == "motto" or _upper_share(stream[span[0]:span[1]]) >= 0.6):
            header.elements[name] = header.element(*span)
            found[name] = header.elements[name].text
    masked = _mask(stream, header.elements.values())
    type_index = _type_line(header, doc, lexicons, found)
    limit = type_index if type_index is not None else min(len(units), LEAD_UNITS)
    end = units[limit].start if limit < len(units) else len(stream)
    # a PDF whose columns came out of order may put the number or date just below the type
    # line; look there only when they are not above it
    late = units[limit + AFTER_TYPE_LINE].start if limit + AFTER_TYPE_LINE < len(units) else len(stream)
    _number(header, masked, end, found) or _number(header, masked, late, found)
    masked = _mask(stream, header.elements.values())
    folded = _mask(header.folded, header.elements.values())  # fold_aligned(masked), cheaper
    _date(header, masked, folded, end, found) or _date(header, masked, folded, late, found)
    if "title" not in found:
        _letter_summary(header, folded, end, found)
    issuer = _issuer(header, end)
    if issuer:
        found["issuer"] = issuer
    header.metadata = Metadata(**found)
    return header


def _mask(stream: str, elements: Any) -> str:
    chars = list(stream)
    for el in elements:
        chars[el.start:el.end] = "\n" * (el.end - el.start)
    return "".join(chars)


def _type_line(header: Header, doc: Document, lexicons: Lexicons,
               found: dict[str, Any]) -> int | None:
    """Index of the unit holding the type line; sets type_line and title."""
    taken = {header.unit_index(e.start) for e in header.elements.values()}
    for i, unit in enumerate(header.units):
        text = unit.text.strip()
        if i in taken or not _is_type_line(text, doc.language, lexicons):
            continue
        number = _NUMBER.match(text)
        if number:
            continue
        name = type_of_line(text, lexicons) if doc.language == "vi" else None
        words = text.split()
        name_words = len(name.split()) if name else len(words)
        if name and len(words) > name_words + 1:
            found["type_line"] = " ".join(words[:name_words])
            found["title"] = " ".join(words[name_words:])
        else:
            found["type_line"] = text
            title = _title_after([u for j, u in enumerate(header.units) if j > i and j not in taken])
            if title:
                found["title"] = title[0]
                last = title[1]
                header.elements["title"] = Element(title[0], last, last.start,
                                                   last.start + len(last.text))
        header.elements["type_line"] = Element(found["type_line"], unit, unit.start,
                                               unit.start + len(unit.text))
        return i
    return None


def _title_after(units: list[Unit]) -> tuple[str, Unit] | None:
    """The summary under the type line (the next unit and its lower-case continuations) and
    the last unit it spans."""
    parts: list[str] = []
    last = None
    for unit in units[:4]:
        text = unit.text.strip()
        if _DECORATION.match(text):
            if parts:
                break
            continue
        folded = fold(text)
        if folded.startswith(("can cu", "kinh gui")) or len(text) > 300 or \
                re.match(r"^(\d+[.)]|[IVX]+\.)\s", text):
            break
        if parts and not text[:1].islower():
            break
        if _NUMBER.match(text) or _is_date_line(text):
            break  # a number or date line drawn below the type line: no summary
        if _VI_DATE.match(fold(text)):
            break  # "Ngày 20 tháng 9 năm 2026, Phó Thủ tướng chủ trì…": the body, not a summary
        parts.append(text)
        last = unit
    return (" ".join(parts), last) if parts and last else None


def _is_date_line(text: str) -> bool:
    """"Hà Nội, ngày 15 tháng 3 năm 2026": a short line ending with a date that opens it or
    follows a comma; "… Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư" is a summary."""
    folded = fold_aligned(text.strip())
    m = _VI_DATE.search(folded)
    return bool(m) and len(folded) <= DATE_LINE_CHARS and len(folded) - m.end() <= 3 and \
        (m.start() == 0 or folded[:m.start()].rstrip().endswith(","))


def _number(header: Header, masked: str, end: int, found: dict[str, Any]) -> bool:
    for m in _NUMBER.finditer(masked, 0, end):
        # the number line opens a line, or follows the issuer's capitals on it ("TỈNH ỦY
        # Số 45-KH/TU"); "Заключение № 226-KL/TW" or "quyết định số 12/QĐ-UBND" in running
        # text is a citation
        line = masked[masked.rfind("\n", 0, m.start()) + 1:m.start()].strip()
        if line and (_upper_share(line) < 0.6 or m.group("mark")[0].islower()):
            continue
        if m.group("mark")[0].islower() and not masked[m.end("mark"):].lstrip().startswith(":"):
            continue  # a lower-case "số" opens the number line only with its colon
        sym = m.group("sym")
        # "NQ-HĐND", also after the year of a legal document ("25/2026/NQ-HĐND")
        if not re.sub(r"^\d{4}\s*/\s*", "", sym)[:1].isupper():
            continue
        header.elements["number"] = header.element(m.start(), m.end())
        found["number"] = re.sub(r"\s+", "", m.group("num")).strip("._…")
        found["number_placeholder"] = m.group("digits") is None
        found["symbol"] = _symbol(found["number"])
        return True
    return False


def _symbol(number: str) -> str:
    """"125/KH-UBND" -> "KH-UBND"; "12/2025/QĐ-UBND" -> "QĐ-UBND"; "45-KH/TU" -> "KH/TU"."""
    m = re.match(r"^[\d.]*(?:/\d{4})?[/-]?(.*)$", number)
    return m.group(1) if m and m.group(1) else number


def _date(header: Header, masked: str, folded: str, end: int, found: dict[str, Any]) -> bool:
    for pattern in (_VI_DATE, _DMY):
        for m in pattern.finditer(folded, 0, end):
            place, place_start = _place_before(masked, m.start())
            if pattern is _DMY and not place:
                continue
            if pattern is _VI_DATE and not place and masked[:m.start()].rstrip(" \t,")[-1:] not in ("", "\n"):
                continue  # "…/NĐ-CP ngày 05 tháng 3 năm 2020": a citation's date
            g = m.groupdict()
            y = g.get("y") or g.get("y2")
            mo = g.get("m") or g.get("m2")
            start = place_start if place else m.start()
            header.elements["date"] = header.element(start, m.end())
            found["date_text"] = header.elements["date"].text
            if place:
                found["place"] = place
            found["year"] = int(y)
            found["date"] = _iso(y, mo, g.get("d"))
            found["date_placeholder"] = not (g.get("d") and mo)
            return True
    return False


def _place_before(masked: str, pos: int) -> tuple[str | None, int]:
    """The place name written before ", ngày": trailing capitalised words on the same line."""
    line_start = masked.rfind("\n", 0, pos) + 1
    segment = masked[line_start:pos]
    stripped = segment.rstrip(" \t").removesuffix(",")
    words = list(re.finditer(r"\S+", stripped))
    taken: list[re.Match[str]] = []
    for w in reversed(words[-6:]):
        word = w.group()
        if word[:1].isupper() or (taken and fold(word) in _PLACE_CONNECTORS):
            taken.append(w)
        else:
            break
    taken.reverse()
    # an all-capitals word before a Title-case place ends the issuer's line ("TỈNH ỦY Hạ
    # Long, ngày"); an all-capitals place ("HÀ NỘI, ngày") stands alone on its line
    if any(not _all_caps(w.group()) for w in taken):
        while taken and (_all_caps(taken[0].group()) or fold(taken[0].group()) in _PLACE_CONNECTORS):
            taken.pop(0)
    elif len(taken) < len(words):
        taken = []
    if not taken:
        return None, pos
    start = line_start + taken[0].start()
    return masked[start:line_start + taken[-1].end()], start


def _all_caps(word: str) -> bool:
    plain = word.strip(".")
    return len(plain) >= 2 and plain.isupper() and not word.endswith(".")


@dataclass(frozen=True, slots=True)
class DateParts:
    day: str | None  # as written ("05", "5"), None when blank
    month: str | None
    year: str
    numeric: bool  # "ngày 15/3/2026" instead of "ngày 15 tháng 3 năm 2026"


def date_parts(text: str) -> DateParts | None:
    """Day, month and year of a Vietnamese date line as written."""
    m = _VI_DATE.search(fold_aligned(text))
    if not m:
        return None
    if m.group("y"):
        return DateParts(m.group("d"), m.group("m"), m.group("y"), False)
    return DateParts(m.group("d"), m.group("m2"), m.group("y2"), True)


def _iso(y: str | None, m: str | None, d: str | None) -> str | None:
    if not (y and m and d):
        return None
    try:
        return datetime.date(int(y), int(m), int(d)).isoformat()
    except ValueError:  # 31 tháng 02, tháng 13
        return None


def _letter_summary(header: Header, folded: str, end: int, found: dict[str, Any]) -> None:
    """An official letter (công văn) has no type line; its summary starts with "V/v"."""
    m = _VV.search(folded, 0, end)
    if m:
        start = m.start("vv") if m.group("vv") else m.start("vv2")
        line_end = header.stream.find("\n", start)
        el = header.element(start, line_end if line_end >= 0 else len(header.stream))
        header.elements["letter_summary"] = el
        found["title"] = el.text


def _issuer(header: Header, end: int) -> str | None:
    """Upper-case text before the number/type line that is no other element: the issuing body
    (one or two lines: "ĐẢNG BỘ TỈNH QUẢNG NINH" + "TỈNH ỦY")."""
    stop = min([end] + [e.start for k, e in header.elements.items()
                        if k in ("number", "type_line", "letter_summary")])
    masked = _mask(header.stream, header.elements.values())[:stop]
    parts: list[str] = []
    for line in masked.split("\n"):
        # rules and stars drawn under the issuer ("*", "-----") on the same line
        text = " ".join(t for t in line.split() if not _DECORATION.match(t))
        if not text:
            continue
        if _upper_share(text) >= 0.6 and len(text) < 200 and sum(c.isalpha() for c in text) >= 2:
            parts.append(text)
            if len(parts) == 3:
                break
        elif parts:
            break
    return " ".join(parts) or None


def extract_metadata(doc: Document, lexicons: Lexicons) -> Metadata:
    return read_header(doc, lexicons).metadata


def metadata_dict(meta: Metadata) -> dict[str, Any]:
    return {k: v for k, v in asdict(meta).items() if v not in (None, False)}
