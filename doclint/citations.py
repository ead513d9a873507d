"""References to other documents: "Chỉ thị số 05-CT/TW", "Nghị định 30/2020/NĐ-CP",
"Conclusion No. 226-KL/TW", "Заключение № 226-KL/TW", "konklusjon nr. 226-KL/TW",
"الاستنتاج رقم 226-KL/TW".

A citation is found by its number and symbol, the part every language keeps as written; the
type word before it ("Kết luận", "Conclusion", "Заключение") is read from the per-language
lexicon citation-types.txt (`name = ABBR`), so a translation of the type still tells which
abbreviation the symbol should carry. The document's own number line is not a citation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from doclint.lang.lexicon import Lexicon, Lexicons, available_languages
from doclint.lang.normalize import fold, fold_token
from doclint.model import Document, Location

# Party: "226-KL/TW", "151-TTr/VPTW", "21-БК/ДУ";
# state: "30/2020/NĐ-CP", "125/KH-UBND", "59/2020/QH14", and the misshapen "226/KL-TW".
_SYMBOL_PART = r"[^\W\d_][\w&]*"
NUMBER = re.compile(
    rf"(?<![\w/.-])(?P<number>\d{{1,5}}\s?(?:-\s?{_SYMBOL_PART}\s?/\s?{_SYMBOL_PART}(?:-{_SYMBOL_PART})*"
    rf"|/\s?(?:\d{{2,4}}\s?/\s?)?{_SYMBOL_PART}(?:\s?-\s?{_SYMBOL_PART})*))(?![\w/])")
# National numbering of the other languages, taken only after a type word: "Федеральный закон
# от 27.07.2006 № 149-ФЗ", "постановление № 313", "forskrift 15. desember 2000 nr. 1265",
# "Law No. 45", "القانون رقم 15 لسنة 2020"
NATIONAL = re.compile(r"(?<![\w])(?:№|nr\.?|no\.?|رقم)\s*(?P<number>\d{1,5}(?:-[^\W\d_]{1,5})?)"
                      r"(?![\w/.-]\w)(?:\s+لسنة\s+(?P<year>\d{4}))?", re.IGNORECASE)
# The date written between a type word and its number: "постановление Правительства от
# 15.04.2014 № 313", "forskrift 15. desember 2000 nr. 1265", "Decision of 5 May 2020 No. 45"
_DATE_BEFORE = re.compile(r"(?:\b(?:от|of|dated|av)\s+)?\d{1,2}(?:[./]\s?\d{1,2}[./]\s?|\.?\s+"
                          r"[^\W\d_]{3,}\s+)\d{4}(?:\s*г\.?)?[\s,]*(?:№|nr\.?|no\.?|رقم)?\s*$",
                          re.IGNORECASE)
# "số", "No.", "№", "nr.", "رقم" between the type word and the number
_MARKERS = {"so", "no", "number", "nr", "n", "№", "رقم", "nos"}
LOOKBACK_WORDS = 9
LOOKBACK_CHARS = 240  # enough for the words and a date written before the number
ISSUER_WORDS = 4
_WORD = re.compile(r"[\w№]+")
# what every NUMBER and NATIONAL match holds (a digit before "-" or "/", or a number mark
# before a digit): most texts with digits (dates, list labels) are passed over in one search
_CANDIDATE = re.compile(r"\d\s?[-/]|(?:№|nr|no|رقم)\.?\s*\d", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Citation:
    text: str  # the citation as written: "Kết luận số 226-KL/TW"
    number: str  # "226-KL/TW", spaces removed
    system: str  # "party" (226-KL/TW), "state" (30/2020/NĐ-CP, 125/KH-UBND) or "national" (149-ФЗ)
    type_code: str | None  # the type abbreviation in the symbol: "KL", "NĐ"
    type_text: str | None  # the type word as written: "Kết luận", "Conclusion"
    type_expected: tuple[str, ...]  # abbreviations the type word calls for
    year: int | None  # from the symbol ("30/2020/NĐ-CP")
    location: Location

    def to_dict(self) -> dict[str, Any]:
        out = {name: v for name in self.__slots__ if (v := getattr(self, name)) not in (None, (), "")}
        out["location"] = self.location.to_dict()
        if "type_expected" in out:
            out["type_expected"] = list(out["type_expected"])
        return out


def parse_number(number: str) -> tuple[str, str | None, int | None]:
    """(system, type code, year) of a compact number: "226-KL/TW" -> ("party", "KL", None)."""
    m = re.match(r"^\d+-([^/]+)/", number)
    if m:
        return "party", m.group(1), None
    parts = number.split("/")
    year = int(parts[1]) if len(parts) > 2 and parts[1].isdigit() else None
    first = parts[-1].split("-")[0]
    return "state", first, year


TypeRow = tuple[tuple[str, ...], tuple[str, ...]]  # folded name tokens, abbreviations


@lru_cache(maxsize=64)
def _type_table(lexicon: Lexicon) -> tuple[TypeRow, ...]:
    """(folded name tokens, abbreviations) of citation-types.txt, longest names first."""
    out = []
    for entry in lexicon.entries:
        name, _, abbrs = entry.text.partition("=")
        out.append((tuple(fold(t) for t in name.split()),
                    tuple(a.strip() for a in abbrs.split(",") if a.strip())))
    return tuple(sorted(out, key=lambda t: -len(t[0])))


def _token_ok(pattern: str, token: str) -> bool:
    if pattern.endswith("*"):
        return fold(token).startswith(fold(pattern[:-1]))
    if token == pattern:
        return True
    # Arabic writes the article onto the word: "الاستنتاج" for "استنتاج"
    return token.startswith(("ال", "وال", "بال", "لل")) and token.endswith(pattern) and \
        len(token) - len(pattern) <= 3


def _type_before(text: str, start: int, table: list[TypeRow]
                 ) -> tuple[int, str, tuple[str, ...]] | None:
    """The type word just before a number: (its start offset, as written, abbreviations)."""
    # both look back a few words only: a long paragraph is not scanned from its start for
    # each of its citations (the whole text is, where the window holds too few words)
    lo = max(0, start - LOOKBACK_CHARS)
    dated = _DATE_BEFORE.search(text, lo, start)
    start = dated.start() if dated else start
    words = list(_WORD.finditer(text, lo, start))
    if lo and len(words) <= LOOKBACK_WORDS:
        words = list(_WORD.finditer(text, 0, start))
    words = words[-LOOKBACK_WORDS:]
    spans = [(m.start(), m.end(), fold_token(m.group())) for m in words]  # one token each
    while spans and spans[-1][2] in _MARKERS:
        spans.pop()
    # the type word may be followed by its issuer before the number: "Заключение Политбюро
    # № 150-KL/TW", "Kết luận của Bộ Chính trị số 150-KL/TW"
    for end in range(len(spans), max(len(spans) - ISSUER_WORDS, 0) - 1, -1):
        for tokens, abbrs in table:
            n = len(tokens)
            window = spans[end - n:end] if end >= n else []
            if window and all(_token_ok(p, t) for p, (_, _, t) in zip(tokens, window)):
                return window[0][0], text[window[0][0]:window[-1][1]], abbrs
    return None


def extract_citations(doc: Document, lexicons: Lexicons) -> list[Citation]:
    """Every reference to a numbered document, in reading order, with its block location."""
    # the document's own language first, then the others (a translation quoted in the text)
    langs = [doc.language] + [lang for lang in available_languages() if lang != doc.language]
    table = [row for lang in langs for row in _type_table(lexicons.get(lang, "citation-types"))]
    own = re.sub(r"\s+", "", doc.metadata.number or "")
    out: list[Citation] = []
    for block in doc.blocks:
        for text, col in _texts(block):
            if not _CANDIDATE.search(text):
                continue
            location = _location(block, col)
            found = _national(text, location, table, own)
            for m in NUMBER.finditer(text):
                number = re.sub(r"\s+", "", m.group("number"))
                if not any(c.isalpha() for c in number):
                    continue
                if number == own and re.search(r"(?:^|\s)(?:Số|SỐ|So|No|№)\s*:?\s*$", text[:m.start()]):
                    continue  # the document's own number line
                system, code, year = parse_number(number)
                typed = _type_before(text, m.start(), table)
                start = typed[0] if typed else m.start()
                found.append((start, Citation(
                    text=text[start:m.end()], number=number, system=system, type_code=code,
                    type_text=typed[1] if typed else None,
                    type_expected=typed[2] if typed else (), year=year, location=location)))
            out.extend(c for _, c in sorted(found, key=lambda f: f[0]))
    return out


def _national(text: str, location: Location, table: list[TypeRow],
              own: str) -> list[tuple[int, Citation]]:
    """Citations numbered in a country's own way, with their start offsets; the type word
    before them is required, since a bare "№ 5" or "No. 3" may number anything."""
    out = []
    for m in NATIONAL.finditer(text):
        if NUMBER.match(text, m.start("number")):
            continue  # "No. 226-KL/TW": a Vietnamese number, taken above
        typed = _type_before(text, m.start(), table)
        number = m.group("number")
        if typed is None or number == own:
            continue
        out.append((typed[0], Citation(
            text=text[typed[0]:m.end()], number=number, system="national", type_code=None,
            type_text=typed[1], type_expected=(),
            year=int(m.group("year")) if m.group("year") else None, location=location)))
    return out


def _texts(block: Any) -> list[tuple[str, int | None]]:
    """The block's text, or each of its cells' with the cell's column."""
    if not block.cells:
        return [(block.text, None)]
    return [(c.text, c.col) for c in block.cells]


def _location(block: Any, col: int | None) -> Location:
    if col is None:
        return block.location
    loc = block.location
    return Location(block=loc.block, page=loc.page, line=loc.line, table=loc.table, row=loc.row,
                    cell=col)


def citations_list(doc: Document, lexicons: Lexicons) -> list[dict[str, Any]]:
    """The JSON form of a file's citations (engine extras)."""
    return [c.to_dict() for c in extract_citations(doc, lexicons)]
