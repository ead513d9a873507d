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
TAIL_TABLE_COLUMNS = 3  # the recipients | signature area is laid out in two columns at most
SIGNATURE_LINE_CHARS = 60  # lines of the signature area are short: "PHÓ CHỦ TỊCH", a name


def _markers(doc: Document, lexicons: Lexicons, name: str) -> list:  # type: ignore[type-arg]
    langs = [doc.language] if doc.language == "vi" else [doc.language, "vi"]
    return [lexicons.get(lang, name) for lang in langs]


def _starts_with(block: Block, lexs: list) -> bool:  # type: ignore[type-arg]
    return any(m.start == 0 for lex in lexs for m in lex.find(block.text[:80]))


def _content_table_row(block: Block) -> bool:
    """A row of a table of three or more columns: content (a task table a PDF parser emitted
    after the signature), never the two-column recipients | signature layout."""
    return block.kind is BlockKind.TABLE_ROW and len(block.cells) >= TAIL_TABLE_COLUMNS


def boilerplate_blocks(doc: Document, lexicons: Lexicons) -> frozenset[int]:
    """Indexes of the blocks that are boilerplate."""
    meta = doc.metadata
    out: set[int] = {b.index for b in doc.blocks if b.kind in (BlockKind.HEADER, BlockKind.FOOTER)}
    header_texts = {t for t in (meta.national_title, meta.motto, meta.party_header, meta.issuer,
                                meta.date_text) if t}
    # the national title and motto are unmistakable even on a line a parser joined with the
    # issuer ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH Độc lập - Tự do - Hạnh phúc")
    distinctive = [t for t in (meta.national_title, meta.motto, meta.party_header) if t]
    body = list(doc.body())
    head = body[:HEADER_BLOCKS]
    type_pos = next((i for i, b in enumerate(head) if meta.type_line and b.text == meta.type_line),
                    None)
    type_line_seen = False
    for pos, block in enumerate(head):
        texts = [c.text for c in block.cells] if block.cells else [block.text]
        if any(t in header_texts or (meta.number and t.replace(" ", "").startswith(
                ("Số", "So", "No", "№")) and meta.number.replace(" ", "") in t.replace(" ", ""))
               or any(d in t for d in distinctive) for t in texts) \
                or (type_pos is not None and pos < type_pos):
            out.add(block.index)  # the header: every line above the type line
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
        if (in_tail and not _content_table_row(block)) or _starts_with(block, salutation):
            out.add(block.index)
        elif _starts_with(block, authority) and len(block.text) <= SIGNATURE_LINE_CHARS * 2:
            out.add(block.index)
    return frozenset(out)


def substantive_blocks(doc: Document, lexicons: Lexicons) -> list[Block]:
    """Body blocks that carry the document's own content, in order."""
    skip = boilerplate_blocks(doc, lexicons)
    return [b for b in doc.body() if b.index not in skip]
