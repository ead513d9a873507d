"""PDF lines joined back into paragraphs the way the document marks them: first-line indents,
space between paragraphs, justified edges, hanging list indents; a line that opens a numbered
or bulleted item always starts a block, a number wrapped onto a line ("10 phút") never does."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from builders import write_pdf_paragraphs

from doclint.model import TEXT_AND_TABLES, BlockKind
from doclint.parsers import parse
from doclint.parsers.structure import split_label

TEXT = TEXT_AND_TABLES

DRAFTS = {
    "vi": [
        "KẾ HOẠCH",
        "Thực hiện Kết luận số 226-KL/TW ngày 15 tháng 9 năm 2025 của Ban Bí thư về tiếp tục đổi "
        "mới, nâng cao chất lượng ban hành văn bản. Ủy ban nhân dân tỉnh ban hành Kế hoạch thực "
        "hiện như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Quán triệt đầy đủ nội dung Kết luận. Nâng cao nhận thức, trách nhiệm của các cơ quan, đơn "
        "vị trong việc ban hành văn bản. Bảo đảm văn bản ban hành đúng thẩm quyền, đúng thể thức.",
        "a) Xác định rõ nhiệm vụ, giải pháp cụ thể, phân công trách nhiệm cho từng cơ quan chủ trì. "
        "Thời gian hoàn thành trước ngày 31/12/2025.",
        "b) Các sở, ban, ngành chủ động phối hợp. Không sao chép nội dung văn bản của cấp trên.",
        "2.1. Sở Nội vụ chủ trì rà soát, tham mưu Ủy ban nhân dân tỉnh giảm ít nhất 15% số lượng "
        "văn bản hành chính so với năm 2024. Hoàn thành trong quý I/2026.",
        "3) Sở Khoa học và Công nghệ triển khai hệ thống quản lý văn bản điện tử, bảo đảm kết nối "
        "liên thông với các xã, phường. Hoàn thành tháng 6/2026.",
        "- Tập trung đổi mới, nâng cao chất lượng ban hành văn bản theo hướng đơn giản hóa. Không "
        "ban hành văn bản theo thẩm quyền riêng thay cho văn bản thuộc thẩm quyền chung.",
        "• Hội nghị quán triệt, triển khai nghị quyết không quá một buổi; hội nghị chuyên môn, "
        "nghiệp vụ không quá một ngày.",
        "+ Phát biểu tại hội nghị phải ngắn gọn, đi thẳng vào vấn đề đặt ra. Phát biểu khai mạc "
        "không quá 10 phút, tham luận không quá 10 phút.",
    ],
    "ru": [
        "ПЛАН",
        "В целях реализации поручения Правительства и сокращения документооборота утверждается "
        "настоящий план мероприятий на 2026 год. План подлежит исполнению всеми подразделениями.",
        "1. Общие положения",
        "а) Департамент информационных технологий обеспечивает внедрение системы электронного "
        "документооборота до 1 июля 2026 года. Ответственный исполнитель назначается приказом.",
        "б) Управление делами сокращает число совещаний не менее чем на 20 процентов. Отчет "
        "представляется ежеквартально.",
        "2) Юридическое управление проводит ревизию нормативных актов в срок до 31 декабря 2026 "
        "года. Результаты рассматриваются на заседании коллегии.",
    ],
    "en": [
        "IMPLEMENTATION PLAN",
        "This plan sets out the tasks of the provincial departments for implementing Conclusion No. "
        "226-KL/TW. Each department shall name one lead unit and one deadline for every task.",
        "1.1. The Department of Home Affairs shall review all administrative documents issued in "
        "2025 and cut their number by fifteen percent. The review shall be completed by 31 March.",
        "(a) Meetings shall not exceed half a day. Opening speeches shall not exceed ten minutes "
        "and closing remarks shall not exceed fifteen minutes.",
        "IV. Implementation",
    ],
    "nb": [
        "HANDLINGSPLAN",
        "Denne planen fastsetter oppgavene for avdelingene i fylkeskommunen i 2026. Hver oppgave "
        "skal ha én ansvarlig enhet og en frist som er mulig å kontrollere.",
        "a) Digitaliseringsavdelingen skal innføre elektronisk saksbehandling i alle enheter innen "
        "1. september 2026. Avdelingen rapporterer hvert kvartal til fylkesdirektøren.",
        "b) Juridisk avdeling skal gjennomgå alle retningslinjer. Arbeidet skal være ferdig innen "
        "utgangen av året.",
    ],
}

# (first-line indent mm, space after mm, alignment, hanging list indents): the layouts offices
# use. Ragged text with neither indents nor spacing is left out: there a sentence ending at a
# line end is ambiguous even to a reader.
STYLES = {
    "justified, no indent, no spacing": (0, 0, "J", False),
    "justified, first-line indent": (10, 0, "J", False),
    "ragged, space after": (0, 3, "L", False),
    "ragged, indent and hanging lists": (10, 0, "L", True),
    "justified, spacing and hanging lists": (0, 3, "J", True),
}


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("lang", sorted(DRAFTS))
def test_each_paragraph_and_item_comes_back_whole(tmp_path, lang, style):
    indent, spacing, align, hanging = STYLES[style]
    paras = DRAFTS[lang]
    for size in (12, 13):  # other sizes wrap the lines elsewhere
        path = write_pdf_paragraphs(tmp_path / f"{lang}-{size}.pdf", paras, size=size,
                                    first_line_indent=indent, spacing=spacing, align=align,
                                    hanging=hanging)
        doc = parse(path, TEXT)
        assert [b.text for b in doc.blocks] == paras, (size, style)
        items = [b for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
        assert [b.number for b in items] == [split_label(p)[0] for p in paras
                                             if split_label(p)[0] and not p.startswith(("I.", "IV."))]


def _line_starts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return [line.strip() for line in text.splitlines()]


def test_numbers_wrapped_to_a_line_start_stay_in_their_sentence(tmp_path):
    """"10 phút", "1. september", "2026 года" at the start of a wrapped line are not labels."""
    paras = ["Phát biểu tại hội nghị phải ngắn gọn, đi thẳng vào vấn đề đặt ra, không nêu thành "
             "tích, không nêu tình hình chung, phát biểu khai mạc không quá 10 phút, tham luận không "
             "quá 10 phút, kết luận của lãnh đạo không quá 30 phút.",
             "Digitaliseringsavdelingen skal innføre elektronisk saksbehandling i alle enheter innen "
             "1. september 2026, og juridisk avdeling skal ha gjennomgått alle retningslinjene innen "
             "1. desember 2026."]
    wrapped = 0
    for size in [n / 2 for n in range(20, 33)]:
        path = write_pdf_paragraphs(tmp_path / f"n{size}.pdf", paras, size=size, spacing=2)
        wrapped += sum(1 for s in _line_starts(path) if s[:1].isdigit()
                       and s not in paras)
        assert [b.text for b in parse(path, TEXT).blocks] == paras, size
        assert all(b.kind is BlockKind.PARAGRAPH for b in parse(path, TEXT).blocks)
    assert wrapped >= 2  # some size really put a number at the start of a line


@pytest.mark.parametrize("label", ["2.1.", "3)", "a)", "II.", "-", "•", "+", "а)", "б)"])
def test_a_line_opening_an_item_is_never_merged_into_the_previous_paragraph(tmp_path, label):
    """The previous paragraph runs to the right edge without a sentence end: only the label
    tells where the item starts."""
    lead = ("Các cơ quan, đơn vị tổ chức quán triệt, triển khai thực hiện nghiêm túc các nội dung "
            "của kế hoạch này và báo cáo kết quả thực hiện về Sở Nội vụ theo định kỳ hằng quý "
            "trước ngày 20 của tháng cuối quý để tổng hợp")
    item = f"{label} Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật của tỉnh."
    for size in (11, 12, 13, 14):
        doc = parse(write_pdf_paragraphs(tmp_path / f"l{size}.pdf", [lead, item], size=size), TEXT)
        assert [b.text for b in doc.blocks] == [lead, item], size
        assert doc.blocks[1].number == label or doc.blocks[1].kind is BlockKind.HEADING


@pytest.mark.parametrize("text,label", [("а) Департамент обеспечивает", "а)"),
                                        ("١. تتولى الإدارة القانونية", "١."),
                                        ("1- تتولى الإدارة القانونية", "1-"),
                                        ("أ) تتولى الإدارة القانونية", "أ)"),
                                        ("(b) The Office assists", "(b)")])
def test_cyrillic_and_arabic_item_labels(text, label):
    assert split_label(text)[0] == label
