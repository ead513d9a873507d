"""Build real DOCX, PDF and text files for tests with the libraries drafters' tools use.

Items of a document body:
    "text"                         a paragraph
    Heading("text", level=1)       a heading (Word "Heading n" style)
    Item("text", level=0)          a numbered list item (Word "List Number" style)
    Bullet("text")                 a bulleted list item
    Table([["h1", "h2"], [...]])   a table; Table(rows, merged_rows={1}) merges row 1 across
    PageBreak()                    (PDF) start a new page
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence, Union

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Item:
    text: str
    level: int = 0


@dataclass
class Bullet:
    text: str


@dataclass
class Table:
    rows: list[list[str]]
    merged_rows: set[int] = field(default_factory=set)


@dataclass
class PageBreak:
    pass


Body = Sequence[Union[str, Heading, Item, Bullet, Table, PageBreak]]


def write_docx(path: Path, body: Body, *, header_table: list[list[str]] | None = None,
               font: str = "Times New Roman", size: float = 14,
               margins_mm: tuple[float, float, float, float] = (20, 20, 30, 15),
               page_mm: tuple[float, float] = (210, 297), page_header: str | None = None,
               page_footer: str | None = None) -> Path:
    """A DOCX; margins are (top, bottom, left, right) in millimetres."""
    from docx import Document
    from docx.shared import Mm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(page_mm[0]), Mm(page_mm[1])
    section.top_margin, section.bottom_margin = Mm(margins_mm[0]), Mm(margins_mm[1])
    section.left_margin, section.right_margin = Mm(margins_mm[2]), Mm(margins_mm[3])
    if page_header:
        section.header.paragraphs[0].text = page_header
    if page_footer:
        section.footer.paragraphs[0].text = page_footer
    if header_table:
        _docx_table(doc, Table(header_table))
    for item in body:
        if isinstance(item, str):
            doc.add_paragraph(item)
        elif isinstance(item, Heading):
            doc.add_heading(item.text, level=item.level)
        elif isinstance(item, Item):
            doc.add_paragraph(item.text, style="List Number" if item.level == 0 else "List Number 2")
        elif isinstance(item, Bullet):
            doc.add_paragraph(item.text, style="List Bullet")
        elif isinstance(item, Table):
            _docx_table(doc, item)
        elif isinstance(item, PageBreak):
            doc.add_page_break()
    doc.save(str(path))
    return path


def _docx_table(doc, table: Table) -> None:  # type: ignore[no-untyped-def]
    ncols = max(len(r) for r in table.rows)
    t = doc.add_table(rows=len(table.rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(table.rows):
        if i in table.merged_rows:
            merged = t.cell(i, 0).merge(t.cell(i, ncols - 1))
            merged.text = row[0]
            continue
        for j, value in enumerate(row):
            t.cell(i, j).text = value


def write_pdf(path: Path, body: Body, *, size: float = 12, two_column_header:
              tuple[list[str], list[str]] | None = None, font_path: str = DEJAVU) -> Path:
    """A PDF with a real text layer (fpdf2, DejaVu: Vietnamese, Cyrillic, Arabic glyphs).

    `two_column_header` puts (left lines, right lines) side by side at the top, as the issuer |
    national-title header of Vietnamese documents is laid out.
    """
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(30, 20, 15)
    pdf.add_font("DejaVu", "", font_path)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_font("DejaVu", size=size)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    if two_column_header:
        left, right = two_column_header
        y = pdf.get_y()
        for col, lines in ((0, left), (1, right)):
            pdf.set_xy(pdf.l_margin + col * width / 2, y)
            for line in lines:
                pdf.set_x(pdf.l_margin + col * width / 2)
                pdf.cell(width / 2, size * 0.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(size * 0.4)
    for item in body:
        if isinstance(item, PageBreak):
            pdf.add_page()
        elif isinstance(item, Table):
            with pdf.table(text_align="LEFT") as t:
                for row in item.rows:
                    r = t.row()
                    for value in row:
                        r.cell(value)
            pdf.ln(2)
        else:
            text = item if isinstance(item, str) else item.text
            if isinstance(item, Heading):
                pdf.set_font("DejaVu", "B", size)
            if isinstance(item, Item):
                text = item.text if item.text[:1].isdigit() else f"- {item.text}"
            if isinstance(item, Bullet):
                text = f"- {item.text}"
            pdf.multi_cell(width, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", size)
            pdf.ln(1.5)
    pdf.output(str(path))
    return path


def write_text(path: Path, lines: Sequence[str], *, encoding: str = "utf-8") -> Path:
    path.write_bytes("\n".join(lines).encode(encoding))
    return path
