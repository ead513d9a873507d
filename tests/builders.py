"""Build real DOCX, PDF and text files for tests with the libraries drafters' tools use.

Items of a document body:
    "text"                         a paragraph
    Heading("text", level=1)       a heading (Word "Heading n" style)
    Item("text", level=0)          a numbered list item (Word "List Number" style)
    Bullet("text")                 a bulleted list item
    Table([["h1", "h2"], [...]])   a table; Table(rows, merged_rows={1}) merges row 1 across
    PageBreak()                    (PDF) start a new page
    Columns(left, right)           (PDF) two columns side by side (recipients | signature)
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


@dataclass
class Columns:
    left: list[str]
    right: list[str]


Body = Sequence[Union[str, Heading, Item, Bullet, Table, PageBreak, Columns]]


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
              tuple[list[str], list[str]] | None = None, font_path: str = DEJAVU,
              header_order: str = "columns", page_numbers: bool = False,
              user_password: str | None = None, text_shaping: bool = False,
              arabic_forms: bool = False) -> Path:
    """A PDF with a real text layer (fpdf2, DejaVu: Vietnamese, Cyrillic, Arabic glyphs).

    `two_column_header` puts (left lines, right lines) side by side at the top, as the issuer |
    national-title header of Vietnamese documents is laid out; `header_order` draws it column
    by column ("columns"), row by row ("rows": left1, right1, left2, …) or as single lines
    with the columns apart by a run of spaces ("spaces"). `page_numbers` prints the page
    number centred at the top of every page after the first (Decree 30/2020 style).
    `text_shaping` lays out Arabic right to left with joined letters, as word processors do
    (needs uharfbuzz); right-to-left paragraphs are right-aligned. `arabic_forms` writes
    right-to-left paragraphs as older generators do: each line in visual order, spelled with
    presentation forms (U+FB50–U+FEFF), right-aligned (needs uharfbuzz too).
    """
    from fpdf import FPDF

    class NumberedPDF(FPDF):
        def header(self) -> None:  # noqa: D102
            if page_numbers and self.page_no() > 1:
                self.set_y(8)
                self.cell(0, 5, str(self.page_no()), align="C")
                self.set_y(self.t_margin)

    pdf = NumberedPDF(format="A4")
    pdf.set_margins(30, 20, 15)
    pdf.add_font("DejaVu", "", font_path)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_font("DejaVu", size=size)
    if text_shaping:
        pdf.set_text_shaping(True)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    if two_column_header:
        left, right = two_column_header
        y = pdf.get_y()
        if header_order != "columns":
            for i in range(max(len(left), len(right))):
                pair = [left[i] if i < len(left) else "", right[i] if i < len(right) else ""]
                if header_order == "spaces":
                    pdf.set_x(pdf.l_margin)
                    pdf.cell(width, size * 0.5, (" " * 24).join(pair), new_x="LMARGIN",
                             new_y="NEXT")
                    continue
                for col, line in enumerate(pair):
                    pdf.set_xy(pdf.l_margin + col * width / 2, y + i * size * 0.5)
                    pdf.cell(width / 2, size * 0.5, line, align="C")
            pdf.set_xy(pdf.l_margin, y + max(len(left), len(right)) * size * 0.5)
        bottom = pdf.get_y()
        for col, lines in ((0, left), (1, right)) if header_order == "columns" else ():
            pdf.set_xy(pdf.l_margin + col * width / 2, y)
            for line in lines:
                pdf.set_x(pdf.l_margin + col * width / 2)
                pdf.cell(width / 2, size * 0.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
            bottom = max(bottom, pdf.get_y())
        pdf.set_y(bottom)  # the body starts below the longer column
        pdf.ln(size * 0.4)
    for item in body:
        if isinstance(item, PageBreak):
            pdf.add_page()
        elif isinstance(item, Columns):
            y = bottom = pdf.get_y() + 3
            for col, lines in ((0, item.left), (1, item.right)):
                pdf.set_xy(pdf.l_margin + col * width / 2, y)
                for line in lines:
                    pdf.set_x(pdf.l_margin + col * width / 2)
                    pdf.cell(width / 2, size * 0.5, line, align="C" if col else "L",
                             new_x="LMARGIN", new_y="NEXT")
                bottom = max(bottom, pdf.get_y())
            pdf.set_y(bottom + 2)
        elif isinstance(item, Table):
            ncols = max(len(r) for r in item.rows)
            with pdf.table(text_align="LEFT") as t:
                for i, row in enumerate(item.rows):
                    r = t.row()
                    if i in item.merged_rows:  # a section row drawn across the table
                        r.cell(row[0], colspan=ncols)
                        continue
                    for value in row:
                        forms = arabic_forms and _first_strong_rtl(value)
                        r.cell(_visual_forms(value, font_path) if forms else value)
            pdf.ln(2)
        else:
            text = item if isinstance(item, str) else item.text
            if isinstance(item, Heading):
                pdf.set_font("DejaVu", "B", size)
            if isinstance(item, Item):
                text = item.text if item.text[:1].isdigit() else f"- {item.text}"
            if isinstance(item, Bullet):
                text = f"- {item.text}"
            rtl = _first_strong_rtl(text)
            if arabic_forms and rtl:
                pdf.set_text_shaping(True)  # lines broken where shaped text fills them
                lines = pdf.multi_cell(width, size * 0.5, text, dry_run=True, output="LINES")
                pdf.set_text_shaping(False)
                for line in lines:
                    pdf.cell(width, size * 0.5, _visual_forms(line.strip(), font_path), align="R",
                             new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(width, size * 0.5, text, new_x="LMARGIN", new_y="NEXT",
                               align="R" if text_shaping and rtl else "J")
            pdf.set_font("DejaVu", "", size)
            pdf.ln(1.5)
    if user_password is not None:
        pdf.set_encryption(owner_password=user_password + "-owner", user_password=user_password)
    pdf.output(str(path))
    return path


def _first_strong_rtl(text: str) -> bool:
    import unicodedata

    kind = next((k for k in map(unicodedata.bidirectional, text) if k in ("L", "R", "AL")), "L")
    return kind != "L"


def _visual_forms(text: str, font_path: str) -> str:
    """One line of text in visual order, right-to-left runs shaped with HarfBuzz and spelled
    with the font's presentation-form characters (mirrored brackets as drawn)."""
    import uharfbuzz as hb
    from fontTools.ttLib import TTFont
    from fpdf.bidi import BidiParagraph
    from fpdf.enums import TextDirection

    ttf = TTFont(font_path)
    order = ttf.getGlyphOrder()
    by_glyph: dict[str, int] = {}
    for code, name in sorted(ttf.getBestCmap().items()):
        if name not in by_glyph or 0xFB50 <= code <= 0xFEFF:
            by_glyph[name] = code
    font = hb.Font(hb.Face(hb.Blob.from_file_path(font_path)))
    out = []
    fragments = BidiParagraph(text, base_direction=TextDirection.RTL).get_bidi_fragments()
    for frag, direction in reversed(fragments):
        if direction != TextDirection.RTL:
            out.append(frag)
            continue
        buf = hb.Buffer()
        buf.add_str(frag)
        buf.direction, buf.script, buf.language = "rtl", "Arab", "ar"
        hb.shape(font, buf, {})
        out.append("".join(chr(by_glyph[order[g.codepoint]]) for g in buf.glyph_infos))
    return "".join(out)


def write_text(path: Path, lines: Sequence[str], *, encoding: str = "utf-8") -> Path:
    path.write_bytes("\n".join(lines).encode(encoding))
    return path


def add_docx_comment(path: Path, anchor_text: str, comment: str, *, author: str = "Reviewer") -> Path:
    """Anchor a Word comment on the first body paragraph containing `anchor_text`, in place."""
    import docx

    document = docx.Document(str(path))
    para = next(p for p in document.paragraphs if anchor_text in p.text)
    document.add_comment(para.runs, text=comment, author=author, initials="RV")
    document.save(str(path))
    return path


def write_docx_header_layout(path: Path, left: list[str], right: list[str], layout: str,
                             body: Body = ()) -> Path:
    """A DOCX whose issuer | national-title header is laid out as offices do it: "table"
    (a borderless 2-column table), "tabs" (left<TAB><TAB>right per line), "spaces" (a run of
    spaces between them) or "textboxes" (one text box per column)."""
    if layout == "table":
        pairs = [[left[i] if i < len(left) else "", right[i] if i < len(right) else ""]
                 for i in range(max(len(left), len(right)))]
        return write_docx(path, body, header_table=pairs)
    from docx import Document
    from docx.oxml import parse_xml

    doc = Document()
    if layout in ("tabs", "spaces"):
        sep = "\t\t" if layout == "tabs" else " " * 12
        for i in range(max(len(left), len(right))):
            doc.add_paragraph((left[i] if i < len(left) else "") + sep
                              + (right[i] if i < len(right) else ""))
    elif layout == "textboxes":
        para = doc.add_paragraph()
        for lines in (left, right):
            paras = "".join(f"<w:p><w:r><w:t xml:space='preserve'>{line}</w:t></w:r></w:p>"
                            for line in lines)
            para._p.append(parse_xml(
                '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape '
                'style="position:absolute;width:220pt;height:60pt"><v:textbox><w:txbxContent>'
                f"{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"))
    else:
        raise ValueError(layout)
    for item in body:
        doc.add_paragraph(item if isinstance(item, str) else item.text)
    doc.save(str(path))
    return path


def write_docx_numbered(path: Path, items: Sequence[tuple[int, str]],
                        levels: Sequence[tuple[str, str]]) -> Path:
    """A DOCX list with its own numbering definition: `levels` are (numFmt, lvlText) per
    level, e.g. [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"),
    ("bullet", "-")]; `items` are (level, text) paragraphs of that list."""
    from docx import Document
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    doc = Document()
    numbering = doc.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
    abstract = parse_xml(f'<w:abstractNum {w} w:abstractNumId="90">{lvls}</w:abstractNum>')
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, text in items:
        para = doc.add_paragraph(text, style="List Paragraph")
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    doc.save(str(path))
    return path


def write_image_pdf(path: Path, pages: int = 1) -> Path:
    """A "scanned" PDF: every page is an image, no text layer."""
    import io

    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 560), 255)
    ImageDraw.Draw(image).rectangle((40, 40, 360, 80), fill=0)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    pdf = FPDF(format="A4")
    for _ in range(pages):
        pdf.add_page()
        pdf.image(io.BytesIO(buf.getvalue()), x=10, y=10, w=190)
    pdf.output(str(path))
    return path


def write_pdf_paragraphs(path: Path, paragraphs: Sequence[str], *, size: float = 12,
                         first_line_indent: float = 0, spacing: float = 0, align: str = "J",
                         hanging: bool = False) -> Path:
    """A PDF of plain paragraphs laid out as word processors do: `first_line_indent` and
    `spacing` (space after each paragraph) in millimetres, `align` "J" (justified) or "L"
    (ragged right); `hanging` sets list items ("- …", "a) …") with a hanging indent, their
    wrapped lines aligned under the text."""
    from fpdf import FPDF

    from doclint.parsers.structure import split_label

    pdf = FPDF(format="A4")
    pdf.set_margins(30, 20, 15)
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.set_font("DejaVu", size=size)
    pdf.add_page()
    with pdf.text_columns(text_align=align, line_height=1.15) as cols:
        for text in paragraphs:
            label, rest = split_label(text)
            if hanging and label:
                with cols.paragraph(bottom_margin=spacing, indent=8, bullet_string=label,
                                    bullet_r_margin=2) as para:
                    para.write(rest)
                continue
            with cols.paragraph(first_line_indent=first_line_indent,
                                bottom_margin=spacing) as para:
                para.write(text)
    pdf.output(str(path))
    return path
