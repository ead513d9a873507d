"""Format facts shared by the DL4xx rules, computed once per document (`ctx.analysis`):
the header (doclint.meta), the document family (state or Party), the recipients block and
the signature block with its authority marks."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from doclint.lang.lexicon import Lexicon
from doclint.lang.normalize import fold, word_spans, words
from doclint.meta import Header, Unit, fold_aligned, read_header, type_names, type_of_line
from doclint.model import Block, Document
from doclint.rules.base import Context

# A document with fewer format elements than this is a note or an extract, not an
# administrative document: the format rules stay silent on it.
MIN_ELEMENTS = 3
TAIL_UNITS = 80  # the signature and recipients are looked for in this many last texts

# "TM.", "KT.", "TL.", "TUQ.", "Q." (state) and "T/M", "K/T", "T/L", "T/UQ" (Party)
_MARK = re.compile(r"(?<![\w/])(?P<mark>T/M|TM|K/T|KT|T/L|TL|T/UQ|TUQ|Q)(?P<dot>\.)?(?![\w/])\s*")
_PARTY_NUMBER = re.compile(r"^\d*-[^\W\d_][\w]*/[^\W\d_]")
_RECIPIENTS = re.compile(r"(?:^|\n)[\s\-–•]*(?P<n>n)oi\s*nhan\b", re.IGNORECASE)
_ARCHIVE = re.compile(r"(?:^|[\n\s\-–+•;,.:])luu\b")


@dataclass(frozen=True, slots=True)
class Mark:
    code: str  # TM, KT, TL, TUQ, Q (Party slashes removed)
    written: str  # as in the document: "T/M", "KT."
    party_style: bool  # written with a slash
    target: str | None  # the collective or position written after it
    target_kind: str | None  # "collective", "title" or None


@dataclass(frozen=True, slots=True)
class Signature:
    block: Block
    text: str  # the unit's own text
    marks: tuple[Mark, ...]
    signer: str | None  # the signer's position (folded), e.g. "pho chu tich"

    @property
    def codes(self) -> set[str]:
        return {m.code for m in self.marks}


@dataclass
class FormatFacts:
    header: Header
    family: str  # "state" or "party"
    elements: int  # how many format elements the document has
    recipients: Unit | None = None
    archive_copy: bool = False
    signature: Signature | None = None
    collective_issuer: bool = False
    type_name: str | None = None  # folded, from the type line
    type_abbrs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # family's table

    @property
    def formal(self) -> bool:
        return self.elements >= MIN_ELEMENTS


def header_of(doc: Document, ctx: Context) -> Header:
    return read_header(doc, ctx.lexicons)


def format_facts(doc: Document, ctx: Context) -> FormatFacts:
    header = ctx.analysis(header_of)
    meta = header.metadata
    lex = ctx.lexicons
    family = _family(header, lex.get("vi", "party-bodies"))
    recipients, archive, signature = _closing(doc, lex.get("vi", "signer-titles"),
                                              lex.get("vi", "collective-bodies"))
    present = [meta.national_title or meta.party_header, meta.motto, meta.number, meta.date_text,
               meta.type_line or meta.title, recipients, signature]
    table = {name: abbrs for name, abbrs, fam in type_names(lex) if fam == family}
    issuer = meta.issuer or ""
    return FormatFacts(
        header=header, family=family, elements=sum(1 for p in present if p),
        recipients=recipients, archive_copy=archive, signature=signature,
        collective_issuer=_collective_issuer(issuer, lex.get("vi", "collective-bodies")),
        type_name=type_of_line(meta.type_line, lex) if meta.type_line else None,
        type_abbrs=table)


def _family(header: Header, party_bodies: Lexicon) -> str:
    meta = header.metadata
    if meta.party_header:
        return "party"
    if meta.national_title:
        return "state"
    if meta.number and _PARTY_NUMBER.match(meta.number):
        return "party"
    if meta.issuer and party_bodies.find(meta.issuer):
        return "party"
    return "state"


# Words of a unit's name ("BAN TUYÊN GIÁO TỈNH ỦY", "VĂN PHÒNG UBND") before a collective's
# name: the issuer is then an agency of the collective, headed by one person.
_AGENCY_WORDS = {"ban", "van", "phong", "so", "vien", "truong", "cuc", "vu", "trung", "tam"}


def _collective_issuer(issuer: str, collectives: Lexicon) -> bool:
    """Whether the issuer is itself a collective leadership ("ỦY BAN NHÂN DÂN TỈNH …",
    "ĐẢNG BỘ TỈNH … / TỈNH ỦY"), not one of its agencies ("BAN TUYÊN GIÁO TỈNH ỦY")."""
    tokens = words(issuer)
    for m in collectives.find(issuer):
        if not _AGENCY_WORDS & set(tokens[:m.start]):
            return True
    return False


def _closing(doc: Document, titles: Lexicon,
             collectives: Lexicon) -> tuple[Unit | None, bool, Signature | None]:
    """Recipients block, archive copy and signature: at the end of the document, or before an
    appendix that follows them ("PHỤ LỤC" / "(Kèm theo Kế hoạch số …)" with a long table)."""
    blocks = list(doc.body())
    found: tuple[Unit | None, bool, Signature | None] = (None, False, None)
    for end in [len(blocks)] + _appendix_starts(blocks):
        tail = _tail_units(blocks[:end])
        recipients, archive = _recipients(tail)
        signature = _signature(tail, titles, collectives)
        if end == len(blocks):
            found = (recipients, archive, signature)
        if recipients is not None and signature is not None:
            return recipients, archive, signature
    return found


_APPENDIX = re.compile(r"^\(?\s*(?:phu luc\b|(?:ban hanh )?kem theo\b|danh muc\b)")


def _appendix_starts(blocks: list[Block]) -> list[int]:
    """Indices of the blocks that may open an appendix: a short line "PHỤ LỤC", "Phụ lục I",
    "DANH MỤC …" or "(Kèm theo …)". Only used where the closing is found before one."""
    out = []
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if i and len(text) < 200 and _APPENDIX.match(fold(text)):
            out.append(i)
    return out


def _tail_units(blocks: list[Block]) -> list[Unit]:
    units: list[Unit] = []
    for block in blocks[-TAIL_UNITS:]:
        for text in ([c.text for c in block.cells] if block.cells else [block.text]):
            if text.strip():
                units.append(Unit(block, text, 0))
    return units[-TAIL_UNITS:]


def _recipients(units: list[Unit]) -> tuple[Unit | None, bool]:
    """The unit opening with "Nơi nhận:" and whether an archive copy ("Lưu: VT") follows."""
    for i, unit in enumerate(units):
        folded = fold_aligned(unit.text)
        m = _RECIPIENTS.search(folded)
        if m and unit.text[m.start("n"):m.start("n") + 1].isupper():
            following = "\n".join([folded[m.end():]] + [fold_aligned(u.text)
                                                        for u in units[i + 1:i + 12]])
            return unit, bool(_ARCHIVE.search(following))
    return None, False


def _longest_at_start(lex: Lexicon, text: str) -> tuple[str, int] | None:
    """The longest lexicon entry matching at the first word of `text`: (folded, n words)."""
    best = None
    for m in lex.find(text):
        if m.start == 0 and (best is None or m.end > best[1]):
            best = (m.text, m.end)
    return best


def _signature(units: list[Unit], titles: Lexicon, collectives: Lexicon) -> Signature | None:
    """The last unit with an authority mark, else the last one opening with a signer title."""
    for unit in reversed(units):
        marks = _marks(unit.text, titles, collectives)
        if marks:
            last, rest = marks[-1]
            skip = len(last.target.split()) if last.target_kind else 0
            return Signature(unit.block, unit.text, tuple(m for m, _ in marks),
                             _signer_after(rest, skip, unit, units, titles))
    for unit in reversed(units):
        for text in (unit.text.strip(), trailing_caps(unit.text)):
            hit = _longest_at_start(titles, text)
            head = " ".join(text.split()[:hit[1]]) if hit else ""  # the title's own words
            if hit and sum(c.isupper() for c in head) >= 0.6 * sum(c.isalpha() for c in head):
                return Signature(unit.block, unit.text, (), hit[0])
    return None


def _marks(text: str, titles: Lexicon, collectives: Lexicon) -> list[tuple[Mark, str]]:
    """The authority marks of a signature text, each with the text that follows it."""
    found = [m for m in _MARK.finditer(text) if _valid_mark(m, text, titles, collectives)]
    out = []
    for i, m in enumerate(found):
        rest = text[m.end():found[i + 1].start() if i + 1 < len(found) else len(text)]
        code = m.group("mark").replace("/", "")
        target, kind = _target(rest, code, titles, collectives)
        written = m.group("mark") + (m.group("dot") or "")
        out.append((Mark(code, written, "/" in m.group("mark"), target, kind),
                    text[m.end():]))
    return out


def _valid_mark(m: re.Match[str], text: str, titles: Lexicon, collectives: Lexicon) -> bool:
    after = text[m.end():m.end() + 1]
    if not after[:1].isupper():
        return False
    if m.group("mark") == "Q" and not m.group("dot"):
        return False
    # upper-case context: signature lines are set in capitals ("KT. CHỦ TỊCH")
    head = text[m.end():m.end() + 12]
    letters = [c for c in head if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) >= 0.7 * len(letters):
        return True
    # a mark written out ("KT.", "T/M") before a position or collective in any case
    # ("TM. Ủy ban nhân dân", "KT. Chủ tịch")
    rest = text[m.end():]
    return bool(m.group("dot") or "/" in m.group("mark")) and \
        bool(_longest_at_start(titles, rest) or _longest_at_start(collectives, rest))


def _target(rest: str, code: str, titles: Lexicon,
            collectives: Lexicon) -> tuple[str | None, str | None]:
    coll = _longest_at_start(collectives, rest)
    title = _longest_at_start(titles, rest)
    if code == "TM" and coll:
        return coll[0], "collective"
    if title and (not coll or title[1] >= coll[1]):
        return title[0], "title"
    if coll:
        return coll[0], "collective"
    first = " ".join(words(rest)[:4])
    return first or None, None


def _signer_after(rest: str, skip: int, unit: Unit, units: list[Unit],
                  titles: Lexicon) -> str | None:
    """The signer's position: the first title after the last mark's target (`skip` words),
    in the same text or the next texts ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH")."""
    spans = word_spans(rest)
    tokens = [t for t, _, _ in spans]
    prev_end = spans[skip - 1][2] if 0 < skip <= len(spans) else 0
    i = skip
    while i < min(len(tokens), skip + 12):
        hit = _longest_at_start(titles, " ".join(tokens[i:]))
        if hit and "," in rest[prev_end:spans[i][1]]:
            # a compound head's position: "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM"
            prev_end = spans[i + hit[1] - 1][2]
            i += hit[1]
            continue
        if hit:
            return hit[0]
        i += 1
    index = units.index(unit)
    for nxt in units[index + 1:index + 3]:
        hit = _longest_at_start(titles, nxt.text) or _longest_at_start(titles, trailing_caps(nxt.text))
        if hit:
            return hit[0]
    return None


_CAPS_WORD = re.compile(r"\S+")


def trailing_caps(text: str) -> str:
    """The run of upper-case words that ends a line: the right column of a recipients |
    signature layout that a PDF or a tab-aligned text flattened into one line ("- Như Điều 3;
    PHÓ CHỦ TỊCH" -> "PHÓ CHỦ TỊCH")."""
    tokens = _CAPS_WORD.findall(text)
    taken: list[str] = []
    for token in reversed(tokens):
        letters = [c for c in token if c.isalpha()]
        if not letters or not all(c.isupper() for c in letters) or token.endswith((";", ",", ".")):
            break
        taken.append(token)
    return " ".join(reversed(taken)) if len(taken) < len(tokens) else ""


def is_deputy(title: str) -> bool:
    """"Phó …" and "Thứ trưởng" (deputy minister) are deputies; "Thủ trưởng" (head of an agency)
    folds to the same letters, so when the title carries diacritics they decide."""
    folded = fold(title)
    if folded.startswith("pho "):
        return True
    lowered = title.strip().lower()
    if lowered.startswith(("thứ trưởng", "thủ trưởng")):
        return lowered.startswith("thứ")
    return folded.startswith("thu truong")
