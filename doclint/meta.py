"""Document metadata read from the header text: national title, motto, issuer, number and
symbol, place and date, type line and title.

The header may be a 2–3 column table, tab-separated lines or two PDF columns; every parser
puts its cells/columns in reading order, so this module reads the first blocks' texts and
their table cells one by one. Blank placeholders that the registry fills at issuance
("Số:     /KH-UBND", "ngày   tháng 12 năm 2025") are recognised and marked, not treated as
missing.
"""
from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any, Iterator

from doclint.lang.lexicon import Lexicons
from doclint.lang.normalize import fold
from doclint.model import Block, Document, Metadata

HEADER_BLOCKS = 30
KIND_LEXICONS = ("plan", "directive", "conclusion", "report", "technical", "personnel-decision",
                 "invitation", "letter")

_NATIONAL = "cong hoa xa hoi chu nghia viet nam"
_PARTY = "dang cong san viet nam"
_MOTTO = re.compile(r"doc\s*lap\s*-?\s*tu\s*do\s*-?\s*hanh\s*phuc")
# "Số: 125/KH-UBND", "Số:      /KH-UBND", "Số 45-KH/TU", "No. 226-KL/TW", "№ 12-р"
_NUMBER = re.compile(
    r"^\s*(?:Số|So|No\.?|Number|№|Nr\.?|رقم)\s*[:.]?\s*"
    r"(?P<num>(?P<digits>\d[\d.]*)?\s*(?P<sep>[/-])\s*(?P<sym>[A-ZĐa-zđ0-9][\wĐđ.&\-/]*[\wĐđ]))",
    re.IGNORECASE)
_VI_DATE = re.compile(
    r"(?P<place>[^\d,;:()]{2,50}?)\s*,\s*ngày\s*(?P<d>\d{1,2})?\s*(?:tháng|/)\s*(?P<m>\d{1,2})?\s*"
    r"(?:năm|/)\s*(?P<y>\d{4})", re.IGNORECASE)
_DMY = re.compile(r"(?P<place>[^\d,;:()]{2,50}?)\s*,\s*(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})")


def _header_texts(doc: Document) -> Iterator[tuple[Block, str]]:
    for block in list(doc.body())[:HEADER_BLOCKS]:
        if block.cells:
            for cell in block.cells:
                yield block, cell.text
        else:
            yield block, block.text


def _iso(y: str | None, m: str | None, d: str | None) -> str | None:
    if not (y and m and d):
        return None
    if not (1 <= int(m) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def kind_of_type_line(text: str, lang: str, lexicons: Lexicons) -> str | None:
    """The document kind a type line ("KẾ HOẠCH", "Report") names, if it names one."""
    folded = fold(text)
    for kind in KIND_LEXICONS:
        for match in lexicons.get(lang, f"kind-{kind}").find(text):
            if match.start == 0 and len(folded.split()) <= len(match.entry.tokens) + 12:
                return kind
    return None


def extract_metadata(doc: Document, lexicons: Lexicons) -> Metadata:
    found: dict[str, Any] = {}
    texts = list(_header_texts(doc))
    for i, (block, text) in enumerate(texts):
        folded = fold(text)
        if "national_title" not in found and _NATIONAL in folded:
            found["national_title"] = text
        if "party_header" not in found and _PARTY in folded:
            found["party_header"] = text
        if "motto" not in found and _MOTTO.search(folded):
            found["motto"] = text
        if "number" not in found and (m := _NUMBER.search(text)):
            found["number"] = " ".join(m.group("num").split())
            found["number_placeholder"] = m.group("digits") is None
            found["symbol"] = m.group("sym")
        if "date_text" not in found and (m := _VI_DATE.search(text) or _DMY.search(text)):
            found["date_text"] = text
            found["place"] = m.group("place").strip(" -–")
            found["year"] = int(m.group("y"))
            found["date"] = _iso(m.group("y"), m.group("m"), m.group("d"))
            found["date_placeholder"] = found["date"] is None
        if "type_line" not in found and kind_of_type_line(text, doc.language, lexicons):
            found["type_line"] = text
            rest = [t for _, t in texts[i + 1:i + 3] if t and not _NUMBER.search(t)]
            if rest:
                found["title"] = rest[0]
    issuer = _issuer(texts, found)
    if issuer:
        found["issuer"] = issuer
    return Metadata(**found)


def _issuer(texts: list[tuple[Block, str]], found: dict[str, Any]) -> str | None:
    """The first header text that is not the national title, motto, number or date."""
    skip = {found.get(k) for k in ("national_title", "motto", "party_header", "date_text")}
    for _, text in texts[:6]:
        if text in skip or _NUMBER.search(text) or text == found.get("type_line"):
            continue
        letters = [c for c in text if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) >= 0.6 * len(letters) and len(text) < 200:
            return text
    return None


def metadata_dict(meta: Metadata) -> dict[str, Any]:
    return {k: v for k, v in asdict(meta).items() if v not in (None, False)}
