"""A reviewed copy of a DOCX: a Word comment anchored on each flagged paragraph.

Findings point at blocks (Location). The DOCX parser numbers blocks in body order: paragraphs,
and each table row, in document order. Here the same body is walked with python-docx and a
finding is anchored by, in order of trust:
1. its table coordinates (table/row/cell: tables counted in body order),
2. its excerpt (the document's own text of the flagged paragraph or passage), looked for in
   the body paragraphs, taking the match nearest to the block number when the text repeats,
3. its block number in the body sequence (a finding without text, e.g. a scanned page).
The original file is only read; the copy is written to another path.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from doclint.lang.normalize import clean_line
from doclint.model import Finding

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import _Row
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

AUTHOR = "doclint"
PREFIX_CHARS = 80  # a passage may span paragraphs: its start is looked for


@dataclass
class _Element:
    """One numbered block of the body: a paragraph or a table row."""

    paragraphs: list["Paragraph"]
    text: str  # clean NFC text, as the parser stores it
    table: int | None = None
    row: int | None = None
    cells: list[list["Paragraph"]] | None = None


def body_elements(document: "DocxDocument") -> list[_Element]:
    """Paragraphs and table rows of the body in document order (content controls opened)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[_Element] = []
    tables = 0

    def walk(parent: Any) -> Iterator[Any]:
        for child in parent.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "sdt":  # content controls and custom XML wrap body content
                content = child.find(child.tag[:-3] + "sdtContent")
                if content is not None:
                    yield from walk(content)
            elif tag == "customXml":
                yield from walk(child)
            elif tag in ("p", "tbl"):
                yield child

    for el in walk(document.element.body):
        if el.tag.endswith("}p"):
            para = Paragraph(el, document._body)
            out.append(_Element([para], clean_line(para.text)))
            continue
        table = Table(el, document._body)
        for r, row in enumerate(table.rows):
            cells = _row_cells(row)
            out.append(_Element([p for c in cells for p in c],
                                " | ".join(clean_line(" ".join(p.text for p in c)) for c in cells),
                                table=tables, row=r, cells=cells))
        tables += 1
    return out


def _row_cells(row: "_Row") -> list[list["Paragraph"]]:
    """Each distinct cell's paragraphs once (a merged cell repeats in row.cells)."""
    seen: set[int] = set()
    out = []
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        out.append(list(cell.paragraphs))
    return out


def _numbered(elements: list[_Element]) -> list[_Element]:
    """The elements that become blocks: empty paragraphs carry no block."""
    return [e for e in elements if e.text.strip(" |")]


def locate(elements: list[_Element], finding: Finding) -> _Element | None:
    loc = finding.location
    blocks = _numbered(elements)
    if loc.table is not None:
        for e in elements:
            if e.table == loc.table and e.row == (loc.row or 0):
                if loc.cell is not None and e.cells and loc.cell < len(e.cells):
                    return _Element(e.cells[loc.cell], e.text, e.table, e.row)
                return e
    key = clean_line(finding.excerpt)[:PREFIX_CHARS]
    if key:
        hits = [i for i, e in enumerate(blocks) if key in e.text]
        if not hits:  # a passage that starts in one paragraph and ends in another
            hits = [i for i, e in enumerate(blocks) if e.text and e.text in key]
        if hits:
            return blocks[min(hits, key=lambda i: abs(i - loc.block))]
    if blocks:
        return blocks[min(max(loc.block, 0), len(blocks) - 1)]
    return None


def _anchor_runs(element: _Element) -> list["Run"]:
    # one paragraph's runs (a comment range that crosses table cells confuses Word): in a
    # table row, the longest cell text, which is the task or passage rather than its number
    with_runs = [p for p in element.paragraphs if p.runs and p.text.strip()]
    if with_runs:
        runs = max(with_runs, key=lambda p: len(p.text)).runs
        return [runs[0], runs[-1]]
    # text only inside hyperlinks or tracked insertions: anchor on an empty run at its end
    para = next((p for p in element.paragraphs if p.text.strip()), element.paragraphs[0])
    return [para.add_run("")]


def comment_text(f: Finding) -> str:
    text = f"{f.code} {f.name} [{f.severity.value}]: {f.message}"
    source = {k: v for k, v in f.evidence.items() if k.startswith("source") and v not in (None, "")}
    if source:
        text += "\nSource: " + "; ".join(
            f"{k.removeprefix('source').strip('_') or 'id'}: {v}" for k, v in source.items())
    return text


def annotate_docx(src: Path, dst: Path, findings: Sequence[Finding], *,
                  author: str = AUTHOR) -> int:
    """Write `dst`, a copy of `src` with one comment per finding; returns the comments added."""
    import docx

    if src.resolve() == dst.resolve():
        raise ValueError(f"{dst}: the annotated copy must not replace the original")
    document = docx.Document(str(src))
    elements = body_elements(document)
    added = 0
    for f in findings:
        element = locate(elements, f)
        if element is None or not element.paragraphs:
            continue
        document.add_comment(_anchor_runs(element), text=comment_text(f), author=author,
                             initials="DL")
        added += 1
    dst.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(dst))
    return added
