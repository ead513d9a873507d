"""Boilerplate vs substance. National title, motto, issuer, number and date lines, the salutation
("Kính gửi:"), the recipients block ("Nơi nhận: - Như trên; - Lưu: VT.") and the authority and
signature lines are shared by every document of an office: copy containment and task detection
must not count them, or two letters with different bodies would look like copies.

Markers are data: lexicons/<lang>/salutation.txt, recipients.txt, authority-marks.txt and
appendix.txt. Vietnamese markers are always tried as well, since Vietnamese boilerplate
appears in documents whose body is in another language.
"""
from __future__ import annotations

from doclint.lang.lexicon import Lexicons
from doclint.model import Block, BlockKind, Document

HEADER_BLOCKS = 12  # the header area: issuer, national title, number, date, type line
SIGNATURE_LINE_CHARS = 60  # lines of the signature area are short: "PHÓ CHỦ TỊCH", a name


def _markers(doc: Document, lexicons: Lexicons, name: str) -> list:  # type: ignore[type-arg]
    langs = [doc.language] if doc.language == "vi" else [doc.language, "vi"]
    return [lexicons.get(lang, name) for lang in langs]


def _starts_with(block: Block, lexs: list) -> bool:  # type: ignore[type-arg]
    return any(m.start == 0 for lex in lexs for m in lex.find(block.text[:80]))


def boilerplate_blocks(doc: Document, lexicons: Lexicons) -> frozenset[int]:
    """Indexes of the blocks that are boilerplate."""
    meta = doc.metadata
    out: set[int] = {b.index for b in doc.blocks if b.kind in (BlockKind.HEADER, BlockKind.FOOTER)}
    header_texts = {t for t in (meta.national_title, meta.motto, meta.party_header, meta.issuer,
                                meta.date_text) if t}
    body = list(doc.body())
    type_line_seen = False
    for block in body[:HEADER_BLOCKS]:
        texts = [c.text for c in block.cells] if block.cells else [block.text]
        if any(t in header_texts or (meta.number and t.replace(" ", "").startswith(
                ("Số", "So", "No", "№")) and meta.number.replace(" ", "") in t.replace(" ", ""))
               for t in texts):
            out.add(block.index)
        if meta.type_line and block.text == meta.type_line:
            type_line_seen = True
            out.add(block.index)  # the type line names the kind; the title after it is content
        elif not type_line_seen and block.cells and block.location.table == 0 and any(
                t in header_texts for t in texts):
            out.add(block.index)  # a header table row
    salutation = _markers(doc, lexicons, "salutation")
    recipients = _markers(doc, lexicons, "recipients")
    authority = _markers(doc, lexicons, "authority-marks")
    appendix = _markers(doc, lexicons, "appendix")
    in_tail = False
    for block in body:
        if _starts_with(block, appendix) and block.kind is not BlockKind.TABLE_ROW:
            in_tail = False
        elif _starts_with(block, recipients):
            in_tail = True  # "Nơi nhận:" opens the recipients + signature area
        if in_tail or _starts_with(block, salutation):
            out.add(block.index)
        elif _starts_with(block, authority) and len(block.text) <= SIGNATURE_LINE_CHARS * 2:
            out.add(block.index)
    return frozenset(out)


def substantive_blocks(doc: Document, lexicons: Lexicons) -> list[Block]:
    """Body blocks that carry the document's own content, in order."""
    skip = boilerplate_blocks(doc, lexicons)
    return [b for b in doc.body() if b.index not in skip]
