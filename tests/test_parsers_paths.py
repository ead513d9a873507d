"""The fast path (pypdfium2 text page, lxml walk of the DOCX body) and the full path
(pdfplumber, python-docx) read the same document: same blocks, text and table cells, in all
five languages, on drafts with a two-column header, numbered items and a table."""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from builders import Heading, Item, PageBreak, Table, write_docx, write_pdf
from test_parsers_docx import body_view, python_docx_view

from doclint.model import TEXT_AND_TABLES, Block
from doclint.parsers import parse

TEXT = TEXT_AND_TABLES
FULL = frozenset({"text", "tables", "layout"})

# issuer | national title header, type line, paragraph, two numbered items, table, closing line
DRAFTS = {
    "vi": (["UBND TỈNH LÂM ĐỒNG", "SỞ TƯ PHÁP", "Số: /KH-STP"],
           ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Lâm Đồng, ngày tháng 12 năm 2025"],
           "KẾ HOẠCH", "Sở Tư pháp ban hành kế hoạch thực hiện Kết luận số 226-KL/TW của Ban Bí thư "
           "về tiếp tục đổi mới, nâng cao chất lượng ban hành văn bản và tổ chức hội nghị.",
           ["Phòng Văn bản chủ trì rà soát, hoàn thành trước ngày 30/6/2026.",
            "Văn phòng Sở tổng hợp, báo cáo hằng quý."],
           [["STT", "Nhiệm vụ", "Thời gian"], ["1", "Rà soát văn bản", "Quý I/2026"]],
           "Nơi nhận: Như trên; Lưu: VT."),
    "en": (["PROVINCIAL PEOPLE'S COMMITTEE", "DEPARTMENT OF JUSTICE", "No.: /KH-STP"],
           ["SOCIALIST REPUBLIC OF VIETNAM", "Independence - Freedom - Happiness",
            "Da Lat, December 2025"],
           "IMPLEMENTATION PLAN", "The Department of Justice issues this plan to implement "
           "Conclusion No. 226-KL/TW on improving the quality of documents and meetings.",
           ["The Legal Division leads the review and completes it by 30 June 2026.",
            "The Office compiles a report every quarter."],
           [["No.", "Task", "Deadline"], ["1", "Review documents", "Q1 2026"]],
           "Recipients: as above."),
    "ru": (["АДМИНИСТРАЦИЯ ОБЛАСТИ", "ЮРИДИЧЕСКИЙ ДЕПАРТАМЕНТ", "№ 12-П"],
           ["РОССИЙСКАЯ ФЕДЕРАЦИЯ", "ПОСТАНОВЛЕНИЕ", "г. Томск, 1 декабря 2025 г."],
           "ПЛАН", "Юридический департамент утверждает план выполнения заключения о повышении "
           "качества документов и сокращении числа совещаний.",
           ["Отдел нормотворчества проводит проверку до 30 июня 2026 года.",
            "Аппарат ежеквартально готовит отчет."],
           [["№", "Задача", "Срок"], ["1", "Проверка актов", "I квартал 2026"]],
           "Рассылка: по списку."),
    "nb": (["FYLKESKOMMUNEN", "JURIDISK AVDELING", "Saksnr.: 2025/12"],
           ["NORGE", "Vedtak", "Bergen, 1. desember 2025"],
           "HANDLINGSPLAN", "Juridisk avdeling vedtar denne planen for å gjennomføre konklusjonen "
           "om bedre kvalitet på dokumenter og færre møter.",
           ["Forskriftsseksjonen leder gjennomgangen innen 30. juni 2026.",
            "Sekretariatet rapporterer hvert kvartal."],
           [["Nr.", "Oppgave", "Frist"], ["1", "Gjennomgå forskrifter", "1. kvartal 2026"]],
           "Mottakere: som ovenfor."),
    "ar": (["وزارة العدل", "الإدارة القانونية", "الرقم: 12"],
           ["الجمهورية العربية", "قرار", "القاهرة، 1 ديسمبر 2025"],
           "خطة التنفيذ", "تعتمد الإدارة القانونية هذه الخطة لتنفيذ الاستنتاج بشأن تحسين جودة "
           "الوثائق وتقليل عدد الاجتماعات.",
           ["تتولى إدارة التشريع المراجعة قبل 30 يونيو 2026.", "يعد المكتب تقريرا كل ربع سنة."],
           [["الرقم", "المهمة", "الموعد"], ["1", "مراجعة اللوائح", "الربع الأول 2026"]],
           "المرسل إليهم: كما ورد أعلاه."),
}


def _body(lang: str, labels: tuple[str, str] = ("1. ", "2. ")) -> list:  # type: ignore[type-arg]
    """The draft's body; PDF items carry their label as text, DOCX ones get it from Word's
    numbering (List Number)."""
    _, _, heading, para, items, rows, closing = DRAFTS[lang]
    return [Heading(heading), para, Item(labels[0] + items[0]), Item(labels[1] + items[1]),
            Table(rows), PageBreak(), closing]


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFKC", text)))


def _letters(text: str) -> Counter[str]:
    """Shaped Arabic comes back from pdfplumber in visual order: compare letters, not words."""
    return Counter(c for c in unicodedata.normalize("NFKC", text) if c.isalnum())


def _without_style(blocks: tuple[Block, ...]) -> list[Block]:
    return [dataclasses.replace(b, style=None) for b in blocks]


@pytest.mark.parametrize("lang", sorted(DRAFTS))
def test_pdf_fast_and_full_paths_agree(tmp_path: Path, lang: str) -> None:
    import pdfplumber

    left, right = DRAFTS[lang][:2]
    path = write_pdf(tmp_path / f"{lang}.pdf", _body(lang), two_column_header=(left, right),
                     text_shaping=lang == "ar")
    fast, full = parse(path, TEXT), parse(path, FULL)
    # opening pdfplumber for the layout layer adds fonts, and changes no block
    assert _without_style(full.blocks) == list(fast.blocks)
    assert any(b.style is not None for b in full.blocks)
    compare = _letters if lang == "ar" else _words
    with pdfplumber.open(str(path)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            ours = " ".join(b.text for b in fast.blocks if b.location.page == number)
            assert compare(ours) == compare(page.extract_text()), number
        cells = [[compare(c or "") for c in row] for page in pdf.pages
                 for table in page.extract_tables() for row in table]
    assert [[compare(c.text) for c in b.cells] for b in fast.blocks if b.cells] == cells
    # the header's columns are read one after the other, each line a block of its own
    texts = [b.text for b in fast.blocks]
    assert texts[:6] == left + right


@pytest.mark.parametrize("lang", sorted(DRAFTS))
def test_docx_fast_and_full_paths_agree(tmp_path: Path, lang: str) -> None:
    left, right = DRAFTS[lang][:2]
    header = [[a, b] for a, b in zip(left, right)]
    path = write_docx(tmp_path / f"{lang}.docx", [b for b in _body(lang, ("", ""))
                                                  if not isinstance(b, PageBreak)],
                      header_table=header)
    fast, full = parse(path, TEXT), parse(path, FULL)
    assert _without_style(full.blocks) == list(fast.blocks)
    assert all(b.style is not None for b in full.blocks if not b.cells)
    assert body_view(fast) == python_docx_view(path)
    items = [b for b in fast.blocks if b.number]
    assert [b.number for b in items] == ["1.", "2."]
