"""The DOCX parser on real files written with python-docx, in all five languages."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from builders import (Bullet, Heading, Item, Table, add_docx_comment, write_docx,
                      write_docx_header_layout, write_docx_numbered)

from doclint.model import TEXT_AND_TABLES, BlockKind
from doclint.parsers import parse

TEXT = TEXT_AND_TABLES
LAYOUT = frozenset({"text", "layout"})

# (heading, paragraph, two list items, table rows with a section row, closing line)
LANGS = {
    "vi": ("KẾ HOẠCH", "Triển khai thực hiện Kết luận số 226-KL/TW của Bộ Chính trị.",
           ["Sở Tư pháp chủ trì, hoàn thành trước ngày 30/6/2026.", "Sở Nội vụ phối hợp."],
           [["STT", "Nhiệm vụ", "Thời gian"], ["I. CẢI CÁCH THỂ CHẾ"], ["1", "Rà soát văn bản", "Quý I/2026"]],
           "Nơi nhận: Như trên; Lưu: VT."),
    "en": ("IMPLEMENTATION PLAN", "The Ministry shall implement Conclusion 226-KL/TW.",
           ["The Legal Department leads the review by 30 June 2026.", "The Office assists."],
           [["No.", "Task", "Deadline"], ["I. INSTITUTIONAL REFORM"], ["1", "Review regulations", "Q1 2026"]],
           "Recipients: as above."),
    "ru": ("ПЛАН", "Министерство обеспечивает выполнение Заключения № 226-KL/TW.",
           ["Юридический отдел проводит проверку до 30 июня 2026 года.", "Аппарат содействует."],
           [["№", "Задача", "Срок"], ["I. ИНСТИТУЦИОНАЛЬНАЯ РЕФОРМА"], ["1", "Проверка актов", "I квартал 2026"]],
           "Рассылка: по списку."),
    "nb": ("HANDLINGSPLAN", "Departementet skal gjennomføre konklusjon nr. 226-KL/TW.",
           ["Juridisk avdeling leder gjennomgangen innen 30. juni 2026.", "Sekretariatet bistår."],
           [["Nr.", "Oppgave", "Frist"], ["I. INSTITUSJONELL REFORM"], ["1", "Gjennomgå forskrifter", "1. kvartal 2026"]],
           "Mottakere: som ovenfor."),
    "ar": ("خطة التنفيذ", "تتولى الوزارة تنفيذ الاستنتاج رقم 226-KL/TW.",
           ["تتولى الإدارة القانونية المراجعة قبل 30 يونيو 2026.", "يساعد المكتب في ذلك."],
           [["الرقم", "المهمة", "الموعد"], ["أولا. الإصلاح المؤسسي"], ["1", "مراجعة اللوائح", "الربع الأول 2026"]],
           "المرسل إليهم: كما ورد أعلاه."),
}


def _plan(tmp_path: Path, lang: str) -> Path:
    heading, para, items, rows, closing = LANGS[lang]
    return write_docx(tmp_path / f"plan-{lang}.docx",
                      [Heading(heading), para, Item(items[0]), Item(items[1]),
                       Table(rows, merged_rows={1}), closing],
                      page_header="HEADER-" + lang, page_footer="FOOTER-" + lang)


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_blocks_in_reading_order_with_tables_lists_and_parts(tmp_path, lang):
    heading, para, items, rows, closing = LANGS[lang]
    doc = parse(_plan(tmp_path, lang), TEXT)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == [BlockKind.HEADER, BlockKind.HEADING, BlockKind.PARAGRAPH,
                     BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.TABLE_ROW,
                     BlockKind.TABLE_ROW, BlockKind.TABLE_ROW, BlockKind.PARAGRAPH,
                     BlockKind.FOOTER]
    texts = [b.text for b in doc.blocks]
    assert texts[1:5] == [heading, para, *items]
    assert texts[0] == f"HEADER-{lang}" and texts[-1] == f"FOOTER-{lang}"
    assert texts[8] == closing
    assert [b.number for b in doc.blocks[3:5]] == ["1.", "2."]
    assert doc.blocks[1].level == 1
    header, section, task = doc.blocks[5:8]
    assert [c.text for c in header.cells] == rows[0]
    # the merged section row is one cell spanning the whole table
    assert [(c.text, c.col, c.span) for c in section.cells] == [(rows[1][0], 0, 3)]
    assert [c.text for c in task.cells] == rows[2]
    assert [(b.location.table, b.location.row) for b in (header, section, task)] == [
        (0, 0), (0, 1), (0, 2)]
    assert [b.location.block for b in doc.blocks] == list(range(len(doc.blocks)))
    assert [b.text for b in doc.body()] == texts[1:-1]


def python_docx_view(path: Path) -> list[str]:
    """Paragraph texts and "cell:" texts (merged cells once) as python-docx's model sees them."""
    import docx
    from docx.table import Table as DocxTable

    expected: list[str] = []
    for item in docx.Document(str(path)).iter_inner_content():
        if isinstance(item, DocxTable):
            for row in item.rows:
                seen = []
                for cell in row.cells:
                    if cell._tc not in seen:
                        seen.append(cell._tc)
                        expected.append("cell:" + cell.text)
        elif item.text.strip():
            expected.append(item.text)
    return expected


def body_view(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """The same view of a parsed Document's body."""
    got: list[str] = []
    for b in doc.body():
        if b.cells:
            got.extend("cell:" + c.text for c in b.cells)
        else:
            got.append(b.text)
    return got


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_fast_walk_matches_python_docx(tmp_path, lang):
    """The lxml walk and python-docx's object model see the same paragraphs and cells."""
    path = _plan(tmp_path, lang)
    assert body_view(parse(path, TEXT)) == python_docx_view(path)


def test_numbering_labels_rendered_from_numbering_part(tmp_path):
    path = write_docx_numbered(
        tmp_path / "numbered.docx",
        [(0, "CẢI CÁCH THỂ CHẾ"), (1, "Rà soát văn bản"), (2, "cấp xã"), (2, "cấp tỉnh"),
         (1, "Tuyên truyền"), (3, "gạch đầu dòng"), (0, "CẢI CÁCH HÀNH CHÍNH"), (1, "Một")],
        [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-")])
    doc = parse(path, TEXT)
    assert [(b.number, b.text) for b in doc.blocks] == [
        ("I.", "CẢI CÁCH THỂ CHẾ"), ("1.", "Rà soát văn bản"), ("a)", "cấp xã"),
        ("b)", "cấp tỉnh"), ("2.", "Tuyên truyền"), ("-", "gạch đầu dòng"),
        ("II.", "CẢI CÁCH HÀNH CHÍNH"), ("1.", "Một")]
    # a Roman-numbered upper-case line is a section heading, the rest are list items by level
    assert doc.blocks[0].kind is BlockKind.HEADING and doc.blocks[6].kind is BlockKind.HEADING
    assert [b.level for b in doc.blocks if b.kind is BlockKind.LIST_ITEM] == [1, 2, 2, 1, 3, 1]


def test_bullets_and_multilevel_list_styles(tmp_path):
    doc = parse(write_docx(tmp_path / "b.docx", [Bullet("Một"), Item("Hai"), Item("Ba")]), TEXT)
    assert [(b.kind, b.number) for b in doc.blocks] == [
        (BlockKind.LIST_ITEM, "•"), (BlockKind.LIST_ITEM, "1."), (BlockKind.LIST_ITEM, "2.")]


HEADER_LEFT = ["UBND TỈNH LÂM ĐỒNG", "SỞ TƯ PHÁP", "Số:      /KH-STP"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Lâm Đồng, ngày      tháng 12 năm 2025"]


@pytest.mark.parametrize("layout", ["tabs", "spaces", "textboxes"])
def test_header_columns_typed_with_tabs_spaces_or_text_boxes(tmp_path, layout):
    path = write_docx_header_layout(tmp_path / f"h-{layout}.docx", HEADER_LEFT, HEADER_RIGHT,
                                    layout, ["KẾ HOẠCH", "Nội dung kế hoạch."])
    texts = [b.text for b in parse(path, TEXT).blocks]
    # left column, then right column, each line its own block; placeholders stay whole
    assert texts == ["UBND TỈNH LÂM ĐỒNG", "SỞ TƯ PHÁP", "Số: /KH-STP",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Lâm Đồng, ngày tháng 12 năm 2025", "KẾ HOẠCH", "Nội dung kế hoạch."]


def test_header_table_keeps_issuer_and_national_title_apart(tmp_path):
    path = write_docx_header_layout(tmp_path / "h-table.docx", HEADER_LEFT, HEADER_RIGHT, "table")
    rows = [b for b in parse(path, TEXT).blocks if b.kind is BlockKind.TABLE_ROW]
    assert [[c.text for c in r.cells] for r in rows] == [
        ["UBND TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["SỞ TƯ PHÁP", "Độc lập - Tự do - Hạnh phúc"],
        ["Số: /KH-STP", "Lâm Đồng, ngày tháng 12 năm 2025"]]


def test_single_tab_after_a_label_does_not_split(tmp_path):
    from docx import Document

    d = Document()
    for text in ("1.\tSở Tư pháp chủ trì.", "Kính gửi:\tSở Nội vụ", "Điều 2.\tHiệu lực thi hành"):
        d.add_paragraph(text)
    d.save(str(tmp_path / "t.docx"))
    assert [b.text for b in parse(tmp_path / "t.docx", TEXT).blocks] == [
        "1. Sở Tư pháp chủ trì.", "Kính gửi: Sở Nội vụ", "Điều 2. Hiệu lực thi hành"]


def test_layout_layer_fonts_margins_and_style_inheritance(tmp_path):
    path = write_docx(tmp_path / "fmt.docx", [Heading("KẾ HOẠCH"), "Nội dung.", Item("Một")],
                      font="Times New Roman", size=13, margins_mm=(20, 20, 30, 15))
    fast = parse(path, TEXT)
    assert fast.page_setup == () and all(b.style is None for b in fast.blocks)
    assert "layout" not in fast.layers
    doc = parse(path, LAYOUT)
    assert "layout" in doc.layers
    (setup,) = doc.page_setup
    assert (setup.width_mm, setup.height_mm) == (210.0, 297.0)
    assert (setup.top_mm, setup.bottom_mm, setup.left_mm, setup.right_mm) == (20.0, 20.0, 30.0, 15.0)
    body = doc.blocks[1]
    # Normal's font and size reach the paragraph and the list item (basedOn Normal)
    assert (body.style.font, body.style.size) == ("Times New Roman", 13.0)
    assert (doc.blocks[2].style.font, doc.blocks[2].style.size) == ("Times New Roman", 13.0)
    # the heading style sets its own size and bold over Normal
    import docx

    heading_style = docx.Document(str(path)).styles["Heading 1"]
    assert doc.blocks[0].style.size == heading_style.font.size.pt
    assert doc.blocks[0].style.bold is True


def test_documents_sharing_a_template_keep_their_own_styles(tmp_path):
    # Styles parts are reused across documents with the same bytes: a file whose styles
    # differ, read between two of the same template, must still get its own fonts.
    def made(name: str, font: str, size: int) -> Path:
        return write_docx(tmp_path / name, [Heading("KẾ HOẠCH"), "Nội dung."], font=font, size=size)

    a1, b, a2 = made("a1.docx", "Times New Roman", 14), made("b.docx", "Arial", 12), \
        made("a2.docx", "Times New Roman", 14)
    fonts = [(d.blocks[1].style.font, d.blocks[1].style.size)
             for d in (parse(p, LAYOUT) for p in (a1, b, a2, b))]
    assert fonts == [("Times New Roman", 14.0), ("Arial", 12.0), ("Times New Roman", 14.0),
                     ("Arial", 12.0)]


def test_run_formatting_overrides_style(tmp_path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    p = d.add_paragraph()
    run = p.add_run("Chữ in đậm cỡ 16, phông Arial.")
    run.font.size, run.font.name, run.bold = Pt(16), "Arial", True
    p.add_run("ngắn")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(str(tmp_path / "run.docx"))
    style = parse(tmp_path / "run.docx", LAYOUT).blocks[0].style
    assert (style.font, style.size, style.bold, style.align) == ("Arial", 16.0, True, "center")


def test_comments_anchor_to_their_block(tmp_path):
    path = write_docx(tmp_path / "c.docx", ["Đoạn một.", "Đoạn hai cần sửa.", "Đoạn ba."])
    add_docx_comment(path, "cần sửa", "Bổ sung thời hạn hoàn thành.")
    doc = parse(path, TEXT)
    assert doc.comments == ((1, "Bổ sung thời hạn hoàn thành."),)
    assert doc.blocks[1].text == "Đoạn hai cần sửa."


def test_vertically_merged_cells_repeat_the_top_cell(tmp_path):
    from docx import Document

    d = Document()
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["1", "Rà soát", ""], ["2", "Tuyên truyền", ""], ["3", "Báo cáo", "Văn phòng"]]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    merged = t.cell(0, 2).merge(t.cell(1, 2))
    merged.text = "Sở Tư pháp"
    d.save(str(tmp_path / "v.docx"))
    rows = parse(tmp_path / "v.docx", TEXT).blocks
    assert [[c.text for c in r.cells] for r in rows] == [
        ["1", "Rà soát", "Sở Tư pháp"], ["2", "Tuyên truyền", "Sở Tư pháp"],
        ["3", "Báo cáo", "Văn phòng"]]


def test_nfd_input_comes_out_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh Lâm Đồng ban hành kế hoạch.")
    assert nfd != unicodedata.normalize("NFC", nfd)
    doc = parse(write_docx(tmp_path / "nfd.docx", [nfd, Table([[nfd, "x"]])]), TEXT)
    expected = unicodedata.normalize("NFC", nfd)
    assert doc.blocks[0].text == expected
    assert doc.blocks[1].cells[0].text == expected


def test_sixty_row_task_table_with_section_rows(tmp_path):
    from test_parsers_pdf import _task_rows

    rows = _task_rows()
    merged = {i for i, r in enumerate(rows) if len(r) == 1}
    doc = parse(write_docx(tmp_path / "tasks.docx", [Table(rows, merged_rows=merged)]), TEXT)
    assert [[c.text for c in b.cells] for b in doc.blocks] == rows
    assert [b.location.row for b in doc.blocks] == list(range(len(rows)))
    assert [(b.cells[0].span, b.location.row) for b in doc.blocks if len(b.cells) == 1] == [
        (4, i) for i in sorted(merged)]
