"""Write one evaluation document as DOCX, PDF or plain text, laid out as office drafters do.

A document is a list of blocks:
    ("hdr", left, right, layout)  issuer | national-title header; layout "table" (2 columns),
                                  "table3" (issuer, spacer, title), "tabs" or "spaces"
    ("p", text)                   a paragraph          ("b", text)  a bold paragraph
    ("t", rows, section_rows)     a table; rows listed in section_rows are merged across
    ("sig", left, right)          recipients | signature block, side by side
    ("li", text) / ("bl", text)   an item of Word's automatic numbering / bullets (the number or
                                  bullet is not part of the text in DOCX; text and PDF write "-")
Only the writers differ by format; the text of the blocks is what a drafter typed.
"""
from __future__ import annotations

from pathlib import Path

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def plain_text(blocks: list[tuple]) -> str:
    """Every string the drafter typed, one per line (the reference for excerpt checks)."""
    out: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind in ("hdr", "sig"):
            out += [s for s in block[1] + block[2] if s]
        elif kind == "t":
            out += [cell for row in block[1] for cell in row if cell]
        else:
            out.append(block[1])
    return "\n".join(out)


def write(path: Path, blocks: list[tuple]) -> None:
    suffix = path.suffix
    if suffix == ".docx":
        _docx(path, blocks)
    elif suffix == ".pdf":
        _pdf(path, blocks)
    else:
        _txt(path, blocks)


def _pairs(left: list[str], right: list[str]) -> list[tuple[str, str]]:
    n = max(len(left), len(right))
    return [(left[i] if i < len(left) else "", right[i] if i < len(right) else "") for i in range(n)]


def _txt(path: Path, blocks: list[tuple]) -> None:
    lines: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind == "hdr":
            sep = " " * 10 if block[3] == "spaces" else "\t"
            lines += [(a + sep + b).rstrip() if a else sep + b for a, b in _pairs(block[1], block[2])]
            lines.append("")
        elif kind == "sig":
            lines.append("")
            lines += [(a + "\t\t" + b).rstrip() for a, b in _pairs(block[1], block[2])]
        elif kind == "t":
            for row in block[1]:
                lines.append(" | ".join(row))
        elif kind in ("li", "bl"):
            lines.append("- " + block[1])
        else:
            lines.append(block[1])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cell_lines(cell, lines: list[str], bold: bool = False, align=None) -> None:  # type: ignore[no-untyped-def]
    first = True
    for line in lines:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = para.add_run(line)
        run.bold = bold
        if align is not None:
            para.alignment = align


def _no_borders(table) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import parse_xml

    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(
        '<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def _docx(path: Path, blocks: list[tuple]) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(20), Mm(20), Mm(30), Mm(15)
    center = WD_ALIGN_PARAGRAPH.CENTER
    for block in blocks:
        kind = block[0]
        if kind in ("hdr", "sig"):
            left, right = block[1], block[2]
            layout = block[3] if kind == "hdr" else "table"
            if layout in ("tabs", "spaces"):
                sep = "\t\t" if layout == "tabs" else " " * 12
                for a, b in _pairs(left, right):
                    doc.add_paragraph(a + sep + b)
                continue
            cols = 3 if layout == "table3" else 2
            table = doc.add_table(rows=1, cols=cols)
            _no_borders(table)
            cells = table.rows[0].cells
            _cell_lines(cells[0], left, bold=kind == "hdr", align=center if kind == "hdr" else None)
            _cell_lines(cells[-1], right, bold=True, align=center)
        elif kind == "t":
            rows, sections = block[1], block[2]
            ncols = max(len(r) for r in rows)
            table = doc.add_table(rows=len(rows), cols=ncols)
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                if i in sections:
                    merged = table.cell(i, 0).merge(table.cell(i, ncols - 1))
                    merged.paragraphs[0].add_run("   ".join(c for c in row if c)).bold = True
                    continue
                for j, value in enumerate(row):
                    _cell_lines(table.cell(i, j), [value], bold=i == 0)
        elif kind in ("li", "bl"):
            doc.add_paragraph(block[1], style="List Number" if kind == "li" else "List Bullet")
        else:
            para = doc.add_paragraph()
            run = para.add_run(block[1])
            run.bold = kind == "b"
            if kind == "b" and block[1].isupper():
                para.alignment = center
    doc.save(str(path))


def _pdf(path: Path, blocks: list[tuple]) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(30, 20, 15)
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    size = 12
    pdf.set_font("DejaVu", size=size)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    line_h = size * 0.5
    for block in blocks:
        kind = block[0]
        if kind in ("hdr", "sig"):
            left, right = block[1], block[2]
            y = pdf.get_y()
            if kind == "sig":
                pdf.ln(3)
                y = pdf.get_y()
                if y > pdf.h - 70:
                    pdf.add_page()
                    y = pdf.get_y()
            bottom = y
            for col, lines in ((0, left), (1, right)):
                pdf.set_xy(pdf.l_margin + col * width / 2, y)
                bold_col = kind == "hdr" or col == 1
                pdf.set_font("DejaVu", "B" if bold_col else "", size - 1)
                for line in lines:
                    pdf.set_x(pdf.l_margin + col * width / 2)
                    pdf.cell(width / 2, line_h, line, align="C" if bold_col else "L",
                             new_x="LMARGIN", new_y="NEXT")
                bottom = max(bottom, pdf.get_y())
            pdf.set_font("DejaVu", "", size)
            pdf.set_y(bottom)
            pdf.ln(4)
        elif kind == "t":
            rows, sections = block[1], block[2]
            pdf.set_font("DejaVu", "", size - 2)
            ncols = max(len(r) for r in rows)
            with pdf.table(text_align="LEFT", line_height=line_h) as table:
                for i, row in enumerate(rows):
                    r = table.row()
                    if i in sections:
                        r.cell("   ".join(c for c in row if c), colspan=ncols)
                        continue
                    for value in row:
                        r.cell(value)
            pdf.set_font("DejaVu", "", size)
            pdf.ln(2)
        else:
            pdf.set_font("DejaVu", "B" if kind == "b" else "", size)
            text = "- " + block[1] if kind in ("li", "bl") else block[1]
            pdf.multi_cell(width, line_h, text, align="C" if kind == "b" and block[1].isupper() else "J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", size)
            pdf.ln(1)
    pdf.output(str(path))
