"""The PDF parser (pypdfium2 text layer, pdfplumber only for tables and layout) on PDFs written
with fpdf2 in all five languages."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from builders import Heading, Item, PageBreak, Table, write_image_pdf, write_pdf
from test_parsers_docx import HEADER_LEFT, HEADER_RIGHT, LANGS

from doclint.errors import NoTextLayer
from doclint.model import TEXT_AND_TABLES, BlockKind
from doclint.parsers import parse

TEXT = TEXT_AND_TABLES

LONG = {
    "vi": "Các sở, ban, ngành và Ủy ban nhân dân các xã, phường tổ chức quán triệt, triển khai "
          "thực hiện nghiêm túc kế hoạch này, bảo đảm tiến độ và chất lượng, định kỳ báo cáo kết "
          "quả thực hiện về Sở Tư pháp để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
    "en": "All departments and district authorities shall disseminate and carry out this plan "
          "strictly, ensure its progress and quality, and report their results every quarter to "
          "the Legal Department, which compiles them for the provincial People's Committee.",
    "ru": "Все департаменты и районные администрации обеспечивают неукоснительное выполнение "
          "настоящего плана, соблюдение сроков и качества и ежеквартально представляют отчеты "
          "о результатах в юридический департамент для обобщения и доклада губернатору.",
    "nb": "Alle avdelinger og kommuner skal formidle og gjennomføre denne planen strengt, sikre "
          "framdrift og kvalitet, og rapportere resultatene hvert kvartal til juridisk avdeling, "
          "som sammenstiller dem for fylkeskommunen og departementet innen fristen.",
    "ar": "تتولى جميع الإدارات والسلطات المحلية نشر هذه الخطة وتنفيذها بدقة وضمان التقدم والجودة "
          "ورفع تقارير فصلية بالنتائج إلى الإدارة القانونية التي تجمعها وترفعها إلى اللجنة "
          "الشعبية للمقاطعة في الموعد المحدد.",
}


def _pdf(tmp_path: Path, lang: str, **kw) -> Path:  # type: ignore[no-untyped-def]
    heading, para, items, rows, closing = LANGS[lang]
    kw.setdefault("text_shaping", lang == "ar")
    return write_pdf(tmp_path / f"plan-{lang}.pdf",
                     [Heading(heading), para, LONG[lang], Item("1. " + items[0]),
                      Item("2. " + items[1]), Table([rows[0], rows[2]]), PageBreak(), closing],
                     **kw)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text))


def _letters(text: str) -> list[str]:
    """The letters and digits of a text, sorted: shaped Arabic comes back from PDF text layers
    with ligatures split and direction marks lost, so compare what is written, not its order."""
    return sorted(c for c in unicodedata.normalize("NFKC", text) if c.isalnum())


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_paragraphs_pages_lines_and_tables(tmp_path, lang):
    heading, para, items, rows, closing = LANGS[lang]
    doc = parse(_pdf(tmp_path, lang), TEXT)
    body = [b for b in doc.blocks if b.kind is not BlockKind.TABLE_ROW]
    # the long paragraph wraps over several lines and comes back as one block; shaped
    # right-to-left Arabic comes back in the order it was typed
    assert [b.text for b in body] == [heading, para, LONG[lang], "1. " + items[0],
                                      "2. " + items[1], closing]
    assert [b.number for b in body[3:5]] == ["1.", "2."]
    assert body[3].kind is BlockKind.LIST_ITEM
    assert [b.location.page for b in body] == [1, 1, 1, 1, 1, 2]
    lines = [b.location.line for b in body[:5]]
    assert lines[0] == 1 and lines == sorted(lines) and lines[3] - lines[2] >= 3
    assert body[-1].location.line == 1
    table = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [[c.text for c in b.cells] for b in table] == [rows[0], rows[2]]
    assert [(b.location.table, b.location.row, b.location.page) for b in table] == [
        (0, 0, 1), (0, 1, 1)]
    assert [p.number for p in doc.pages] == [1, 2] and all(p.has_text for p in doc.pages)
    assert (doc.pages[0].width_mm, doc.pages[0].height_mm) == (210.0, 297.0)


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_text_layer_alone_reads_table_text_as_lines(tmp_path, lang):
    """Without the "tables" layer (a `--select DL9` run) a ruled table's text is still read,
    as lines in reading order: the same characters as with tables, none lost. (The table's
    lines then count in the page's line geometry, so a right-to-left paragraph next to it
    may be cut into two blocks; only the text is promised.)"""
    path = _pdf(tmp_path, lang)
    full = parse(path, TEXT)
    text = parse(path, frozenset({"text"}))
    assert "tables" in full.layers and "tables" not in text.layers
    assert not any(b.kind is BlockKind.TABLE_ROW for b in text.blocks)
    assert any(b.kind is BlockKind.TABLE_ROW for b in full.blocks)
    assert [b.text for b in text.blocks][:2] == [b.text for b in full.blocks][:2]
    assert _letters(text.text) == _letters(full.text)


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_fast_path_matches_pdfplumber(tmp_path, lang):
    """pypdfium2 and pdfplumber read the same words and the same table cells."""
    import pdfplumber

    path = _pdf(tmp_path, lang)
    doc = parse(path, TEXT)
    with pdfplumber.open(str(path)) as pdf:
        plumber_words = [w for page in pdf.pages for w in _words(page.extract_text())]
        plumber_cells = [[" ".join((c or "").split()) for c in row]
                         for page in pdf.pages for t in page.extract_tables() for row in t]
    ours = [w for b in doc.blocks for w in _words(b.text)]
    cells = [[c.text for c in b.cells] for b in doc.blocks if b.cells]
    if lang == "ar":  # pdfplumber reads shaped Arabic in visual order, pdfium in logical order
        assert _letters(" ".join(ours)) == _letters(" ".join(plumber_words))
        assert [[_letters(c) for c in row] for row in cells] == [
            [_letters(c) for c in row] for row in plumber_cells]
    else:
        assert sorted(ours) == sorted(plumber_words)
        assert cells == plumber_cells


@pytest.mark.parametrize("order", ["columns", "rows", "spaces"])
def test_two_column_header_reads_left_column_then_right(tmp_path, order):
    path = write_pdf(tmp_path / f"h-{order}.pdf", ["KẾ HOẠCH", "Nội dung kế hoạch."],
                     two_column_header=(HEADER_LEFT, HEADER_RIGHT), header_order=order)
    doc = parse(path, TEXT)
    assert [b.text for b in doc.blocks] == [
        "UBND TỈNH LÂM ĐỒNG", "SỞ TƯ PHÁP", "Số: /KH-STP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Lâm Đồng, ngày tháng 12 năm 2025", "KẾ HOẠCH",
        "Nội dung kế hoạch."]
    # both columns keep the line number they sit on
    assert [b.location.line for b in doc.blocks[:6]] == [1, 2, 3, 1, 2, 3]


def test_merged_section_rows_and_rows_over_several_lines(tmp_path):
    from fpdf import FPDF

    from builders import DEJAVU, DEJAVU_BOLD

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    task = ("Rà soát, sửa đổi, bổ sung các văn bản quy phạm pháp luật của tỉnh không còn phù hợp "
            "với quy định của Trung ương")
    with pdf.table(col_widths=(10, 60, 30), text_align="LEFT") as t:
        for row in (["STT", "Nhiệm vụ", "Chủ trì"], ["I. CẢI CÁCH THỂ CHẾ"], ["1", task, "Sở Tư pháp"]):
            r = t.row()
            if len(row) == 1:
                r.cell(row[0], colspan=3)
            else:
                for value in row:
                    r.cell(value)
    pdf.output(str(tmp_path / "merged.pdf"))
    rows = parse(tmp_path / "merged.pdf", TEXT).blocks
    assert [[(c.text, c.col, c.span) for c in b.cells] for b in rows] == [
        [("STT", 0, 1), ("Nhiệm vụ", 1, 1), ("Chủ trì", 2, 1)],
        [("I. CẢI CÁCH THỂ CHẾ", 0, 3)],
        [("1", 0, 1), (task, 1, 1), ("Sở Tư pháp", 2, 1)]]


def test_table_continued_on_next_page_keeps_its_index(tmp_path):
    rows = [["STT", "Nhiệm vụ", "Thời gian"]] + [[str(i), f"Nhiệm vụ số {i}", "Quý I/2026"]
                                                 for i in range(1, 41)]
    doc = parse(write_pdf(tmp_path / "long.pdf", ["Bảng nhiệm vụ:", Table(rows)]), TEXT)
    table = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert {b.location.page for b in table} == {1, 2}
    assert {b.location.table for b in table} == {0}
    assert [b.cells[0].text for b in table if b.cells[0].text != "STT"] == [
        str(i) for i in range(1, 41)]


def test_page_numbers_become_running_headers(tmp_path):
    body = ["Đoạn thứ nhất của văn bản.", PageBreak(), "Đoạn thứ hai.", PageBreak(), "Đoạn ba."]
    doc = parse(write_pdf(tmp_path / "pn.pdf", body, page_numbers=True), TEXT)
    headers = [(b.text, b.location.page) for b in doc.blocks if b.kind is BlockKind.HEADER]
    assert headers == [("2", 2), ("3", 3)]
    assert [b.text for b in doc.body()] == ["Đoạn thứ nhất của văn bản.", "Đoạn thứ hai.", "Đoạn ba."]


def _count_plumber_pages(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    import doclint.parsers.pdf as pdf_parser

    opened: list[int] = []
    original = pdf_parser._Plumber.page
    monkeypatch.setattr(pdf_parser._Plumber, "page",
                        lambda self, i: opened.append(i) or original(self, i))
    return opened


def test_ruled_tables_are_read_without_pdfplumber(tmp_path, monkeypatch):
    """Cell borders drawn as plain lines and rectangles give the grid straight from pdfium."""
    opened = _count_plumber_pages(monkeypatch)
    body = ["Trang một không có bảng.", PageBreak(), Table([["A", "B"], ["1", "2"]])]
    doc = parse(write_pdf(tmp_path / "t.pdf", body), TEXT)
    assert opened == []
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE_ROW,
                                            BlockKind.TABLE_ROW]
    assert [[c.text for c in b.cells] for b in doc.blocks[1:]] == [["A", "B"], ["1", "2"]]


def test_a_grid_drawn_as_one_path_is_read_by_pdfplumber(tmp_path, monkeypatch):
    from fpdf import FPDF

    from builders import DEJAVU

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.set_xy(30, 20)
    pdf.cell(0, 8, "Bảng nhiệm vụ:")
    x0, x1, x2, y0, y1, y2 = 30, 90, 150, 40, 50, 60
    # the whole grid in one path: outline, then the inner lines, pen never lifted
    pdf.polyline([(x0, y0), (x2, y0), (x2, y2), (x0, y2), (x0, y0), (x0, y1), (x2, y1),
                  (x2, y0), (x1, y0), (x1, y2)])
    for (x, y), text in zip([(x0, y0), (x1, y0), (x0, y1), (x1, y1)],
                            ["Nhiệm vụ", "Chủ trì", "Rà soát văn bản", "Sở Tư pháp"]):
        pdf.set_xy(x + 2, y + 2)
        pdf.cell(50, 6, text)
    pdf.output(str(tmp_path / "onepath.pdf"))
    opened = _count_plumber_pages(monkeypatch)
    doc = parse(tmp_path / "onepath.pdf", TEXT)
    assert opened == [0]
    assert [[c.text for c in b.cells] for b in doc.blocks if b.cells] == [
        ["Nhiệm vụ", "Chủ trì"], ["Rà soát văn bản", "Sở Tư pháp"]]


def test_layout_layer_reads_fonts_and_sizes(tmp_path):
    path = write_pdf(tmp_path / "f.pdf", [Heading("KẾ HOẠCH"), "Nội dung."], size=13)
    assert all(b.style is None for b in parse(path, TEXT).blocks)
    doc = parse(path, frozenset({"text", "layout"}))
    heading, para = doc.blocks
    assert para.style.size == 13.0 and para.style.font.startswith("DejaVuSans")
    assert heading.style.bold is True and para.style.bold is False


def test_nfd_text_layer_comes_out_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh ban hành kế hoạch.")
    doc = parse(write_pdf(tmp_path / "nfd.pdf", [nfd]), TEXT)
    assert doc.blocks[0].text == unicodedata.normalize("NFC", nfd)


def test_scanned_pages_have_no_text_layer(tmp_path):
    with pytest.raises(NoTextLayer) as err:
        parse(write_image_pdf(tmp_path / "scan.pdf", pages=2), TEXT)
    assert err.value.code == "DL902"


def _merge(text_pdf: Path, image_pdf: Path, out: Path) -> Path:
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument(str(text_pdf))
    merged.import_pages(pdfium.PdfDocument(str(image_pdf)))
    merged.save(str(out))
    return out


def test_image_page_in_a_text_pdf_is_reported_per_page(tmp_path):
    text = write_pdf(tmp_path / "text.pdf", ["Trang có chữ của kế hoạch."])
    path = _merge(text, write_image_pdf(tmp_path / "img.pdf"), tmp_path / "mixed.pdf")
    doc = parse(path, TEXT)
    assert [(p.number, p.has_text) for p in doc.pages] == [(1, True), (2, False)]
    from doclint.engine import Engine
    from doclint.config import Settings

    findings, _ = Engine(Settings(select=("DL902",))).check_document(doc)
    assert [(f.code, f.location.page) for f in findings] == [("DL902", 2)]


def _task_rows() -> list[list[str]]:
    rows = [["STT", "Nhiệm vụ", "Chủ trì", "Thời gian hoàn thành"]]
    for section, title in enumerate(("I. CẢI CÁCH THỂ CHẾ", "II. CẢI CÁCH HÀNH CHÍNH",
                                     "III. CHUYỂN ĐỔI SỐ")):
        rows.append([title])
        for i in range(1, 21):
            rows.append([str(i), f"Nhiệm vụ {section + 1}.{i}: rà soát, sửa đổi, bổ sung các văn "
                                 "bản quy phạm pháp luật thuộc lĩnh vực được giao quản lý",
                         "Sở Tư pháp; UBND các xã, phường, đặc khu", "Quý I/2026"])
    return rows


def test_sixty_row_task_table_with_section_rows_over_pages(tmp_path):
    from fpdf import FPDF

    from builders import DEJAVU, DEJAVU_BOLD

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    rows = _task_rows()
    with pdf.table(col_widths=(8, 50, 25, 17), text_align="LEFT") as t:
        for row in rows:
            r = t.row()
            if len(row) == 1:
                r.cell(row[0], colspan=4)
            else:
                for value in row:
                    r.cell(value)
    pdf.output(str(tmp_path / "tasks.pdf"))
    doc = parse(tmp_path / "tasks.pdf", TEXT)
    table = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert {b.location.table for b in table} == {0} and len({b.location.page for b in table}) > 2
    # repeated heading rows aside, every row comes back once, cells whole over several lines
    got = [[c.text for c in b.cells] for b in table if b.cells[0].text != "STT"]
    assert got == rows[1:]
    sections = [b for b in table if len(b.cells) == 1]
    assert [(b.cells[0].span, b.text) for b in sections] == [(4, r[0]) for r in rows if len(r) == 1]


def _ar_page_pdf(tmp_path: Path) -> Path:
    """Shaped Arabic with a Vietnamese two-column header, a line of two columns typed with
    spaces, a numbered item, a table and page numbers."""
    heading, para, items, rows, closing = LANGS["ar"]
    body = ["وزارة العدل" + " " * 45 + "الجمهورية العربية", Heading(heading), para, LONG["ar"],
            Item("1. " + items[0]), Table([rows[0], rows[2]]), PageBreak(),
            Item("2. " + items[1]), closing]
    return write_pdf(tmp_path / "ar.pdf", body, two_column_header=(HEADER_LEFT, HEADER_RIGHT),
                     page_numbers=True, text_shaping=True)


@pytest.mark.parametrize("layers", [frozenset({"text"}), TEXT_AND_TABLES])
def test_right_to_left_pages_measured_on_character_boxes_as_on_rectangles(tmp_path, monkeypatch,
                                                                        layers):
    """A page with Arabic text measures its lines on the character boxes it reads anyway; the
    blocks are those that measuring on pdfium's text rectangles gives (two-column header,
    table, page numbers and shaped text on one page)."""
    from doclint.parsers import pdf_lines

    path = _ar_page_pdf(tmp_path)
    glyphs = parse(path, layers)
    monkeypatch.setattr(pdf_lines, "_Glyphs", lambda tp: None)
    rectangles = parse(path, layers)
    assert [(b.kind, b.text, b.location, [c.text for c in b.cells]) for b in glyphs.blocks] == \
        [(b.kind, b.text, b.location, [c.text for c in b.cells]) for b in rectangles.blocks]
    assert any(HEADER_LEFT[0] == b.text for b in glyphs.blocks)  # a header column's own block


def test_character_boxes_measure_lines_as_text_rectangles_do(tmp_path):
    """What the right-to-left measuring relies on: each pdfium line's extent from its
    characters' boxes is its text rectangles' extent, and the column gaps found on the boxes
    are those found on the rectangles or characters (a line of several rows is left to them)."""
    import pypdfium2 as pdfium

    from doclint.parsers import pdf_lines
    from doclint.parsers.pdf_raw import TextPage

    pdf = pdfium.PdfDocument(str(_ar_page_pdf(tmp_path)))
    lines = cuts = 0
    for page in pdf:
        tp = TextPage(page.get_textpage())
        glyphs = pdf_lines._Glyphs(tp)
        pos = 0
        for line in tp.text.split("\r\n"):
            rects = sorted(tp.rects(pos, len(line)), key=lambda r: r[0])
            if rects:
                lines += 1
                placed = glyphs.placed(pos, pos + len(line))
                assert pdf_lines._extent([box for box, _ in placed]) == \
                    pytest.approx(pdf_lines._extent(rects))
                found = pdf_lines._box_gaps(placed, pos)
                if found is not None:
                    sparse = "   " in line.strip()
                    assert found == (pdf_lines._char_gaps(tp, line, pos) if sparse else
                                     pdf_lines._rect_gaps(tp, line, pos, rects))
                    cuts += len(found)
            pos += len(line) + 2
        tp.close()
    pdf.close()
    assert lines >= 15 and cuts >= 3  # the spaced line and the table rows are cut
