"""Reading order of PDF tables among paragraphs, and right-to-left (Arabic) PDFs written shaped
and in visual order, as word processors write them (fpdf2 with HarfBuzz), or spelled with
presentation forms, as older generators do."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from builders import Columns, Table, write_pdf
from doclint.model import BlockKind
from doclint.parsers import parse
from doclint.parsers.pdf_bidi import base_letters, visual_to_logical

TEXT = frozenset({"text", "tables"})

# (text before, table rows, text after, recipients, signature) per language
ORDER = {
    "vi": ("Các nhiệm vụ cụ thể như sau:",
           [["STT", "Nhiệm vụ", "Thời hạn"], ["1", "Rà soát quy chế làm việc", "30/6/2026"],
            ["2", "Tổng kết công tác văn thư", "31/12/2026"]],
           "Kế hoạch này có hiệu lực kể từ ngày ký.", ["Nơi nhận:", "- Như trên;", "- Lưu: VT."],
           ["CHỦ TỊCH", "Nguyễn Văn An"]),
    "en": ("The specific tasks are as follows:",
           [["No.", "Task", "Deadline"], ["1", "Review the working rules", "30 June 2026"],
            ["2", "Report on records management", "31 December 2026"]],
           "This plan takes effect on the date of signature.", ["Recipients:", "- As above;"],
           ["MINISTER", "John Smith"]),
    "ru": ("Конкретные задачи приведены ниже:",
           [["№", "Мероприятие", "Срок"], ["1", "Пересмотреть регламент работы", "30 июня 2026"],
            ["2", "Подготовить отчет о делопроизводстве", "31 декабря 2026"]],
           "Настоящий план вступает в силу со дня подписания.", ["Рассылка:", "- в дело;"],
           ["ГУБЕРНАТОР", "И. И. Иванов"]),
    "nb": ("Oppgavene er som følger:",
           [["Nr.", "Tiltak", "Frist"], ["1", "Gjennomgå arbeidsreglementet", "30. juni 2026"],
            ["2", "Rapportere om arkivarbeidet", "31. desember 2026"]],
           "Planen gjelder fra den dato den er signert.", ["Kopi til:", "- Arkiv;"],
           ["DIREKTØR", "Kari Nordmann"]),
    "ar": ("المهام المحددة على النحو التالي:",
           [["الرقم", "المهمة", "الموعد"], ["1", "مراجعة لائحة العمل", "30 يونيو 2026"],
            ["2", "إعداد تقرير عن الأرشيف خلال الربع الأول", "31 ديسمبر 2026"]],
           "يعمل بهذه الخطة اعتبارا من تاريخ التوقيع.", ["المرسل إليهم:", "- الأرشيف؛"],
           ["الوزير", "أحمد علي"]),
}

ARABIC = [
    "خطة العمل لعام 2026",
    "تلتزم الإدارة بتنفيذ المهام خلال الفترة المحددة وفق لائحة العمل المعتمدة (المادة 5)، على أن "
    "يتم رفع التقرير النهائي إلى المجلس قبل 30 يونيو 2026 استنادا إلى الخلاصة رقم 226-KL/TW "
    "الصادرة عن الأمانة العامة.",
    "1. إعداد خطة تفصيلية قبل 15 مارس 2026 بنسبة لا تقل عن 15%.",
    "2. لا يجوز عقد أكثر من 3 اجتماعات في الشهر، ويعرض الأمر على الوزير عند الضرورة القصوى "
    "وفقا للقرار رقم 17/2025 المؤرخ 30/6/2025 بشأن تنظيم العمل.",
    "يعمل بهذا القرار اعتبارا من تاريخ التوقيع، ويلغى كل ما يخالفه.",
]


def _kinds_and_texts(path: Path) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in parse(path, TEXT).blocks]


@pytest.mark.parametrize("lang", sorted(ORDER))
def test_table_rows_come_at_their_place_on_the_page(tmp_path: Path, lang: str) -> None:
    before, rows, after, recipients, signature = ORDER[lang]
    path = write_pdf(tmp_path / f"{lang}.pdf",
                     [before, Table(rows), after, Columns(recipients, signature)],
                     text_shaping=lang == "ar")
    blocks = parse(path, TEXT).blocks
    texts = [b.text for b in blocks]
    table = [b for b in blocks if b.kind is BlockKind.TABLE_ROW]
    assert [[c.text for c in b.cells] for b in table] == rows
    start = texts.index(table[0].text)
    # text before, the rows, text after, then the recipients | signature band column by column
    assert texts == [before, *texts[start:start + len(rows)], after, *recipients, *signature]
    assert texts.index(before) < start


@pytest.mark.parametrize("lang", ["vi", "ar"])
def test_table_over_pages_with_wrapped_cells(tmp_path: Path, lang: str) -> None:
    before, rows, after, recipients, signature = ORDER[lang]
    long_rows = [rows[0]] + [[str(i), f"{rows[1 + i % 2][1]} {rows[2][1]} {rows[1][1]} ({i})",
                              rows[1][2]] for i in range(1, 31)]
    path = write_pdf(tmp_path / f"{lang}-long.pdf",
                     [before, Table(long_rows), after, Columns(recipients, signature)],
                     text_shaping=lang == "ar")
    blocks = parse(path, TEXT).blocks
    table = [b for b in blocks if b.kind is BlockKind.TABLE_ROW]
    # one block per table row although cells wrap over lines and the table over pages
    assert [[c.text for c in b.cells] for b in table] == long_rows
    assert {b.location.table for b in table} == {0}
    assert [b.location.row for b in table] == list(range(len(long_rows)))
    pages = [b.location.page for b in table]
    assert pages == sorted(pages) and pages[-1] > 1
    texts = [b.text for b in blocks]
    assert texts[0] == before and texts[len(long_rows) + 1:] == [after, *recipients, *signature]


def test_two_column_header_then_table_then_text(tmp_path: Path) -> None:
    before, rows, after, recipients, signature = ORDER["vi"]
    left, right = ["UBND TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                            "Độc lập - Tự do - Hạnh phúc"]
    path = write_pdf(tmp_path / "hdr.pdf", [Table(rows), before, after],
                     two_column_header=(left, right))
    texts = [t for _, t in _kinds_and_texts(path)]
    assert texts == [*left, *right, *(" | ".join(r) for r in rows), before, after]


@pytest.mark.parametrize("writer", ["shaped", "forms"])
def test_arabic_paragraphs_come_back_as_typed(tmp_path: Path, writer: str) -> None:
    pytest.importorskip("uharfbuzz")
    path = write_pdf(tmp_path / f"ar-{writer}.pdf", ARABIC,
                     **({"text_shaping": True} if writer == "shaped" else {"arabic_forms": True}))
    blocks = parse(path, TEXT).blocks
    assert [b.text for b in blocks] == [unicodedata.normalize("NFC", p) for p in ARABIC]
    assert [b.number for b in blocks] == [None, None, "1.", "2.", None]
    assert "30 يونيو 2026" in blocks[1].text and "226-KL/TW" in blocks[1].text


def test_arabic_table_cells_with_presentation_forms(tmp_path: Path) -> None:
    pytest.importorskip("uharfbuzz")
    rows = [["الرقم", "المهمة", "الموعد"], ["1", "لائحة العمل", "30 يونيو 2026"],
            ["2", "خلال الربع (الأول)", "226-KL/TW"]]
    path = write_pdf(tmp_path / "ar-table.pdf", ["قبل الجدول.", Table(rows), "بعد الجدول."],
                     arabic_forms=True)
    blocks = parse(path, TEXT).blocks
    assert [b.text for b in blocks if not b.cells] == ["قبل الجدول.", "بعد الجدول."]
    assert [[c.text for c in b.cells] for b in blocks if b.cells] == rows
    assert blocks[0].text == "قبل الجدول." and blocks[-1].text == "بعد الجدول."


@pytest.mark.parametrize("visual, rtl, logical", [
    ("KL/TW-226 مقر", True, "رقم 226-KL/TW"),
    ("2026 وينوي 30 لبق", True, "قبل 30 يونيو 2026"),
    (".%15 ةبسنب", True, "بنسبة 15%."),
    ("30/6/2025 خيراتب", True, "بتاريخ 30/6/2025"),
    ("Decree 30 ةداملا", False, "Decree 30 المادة"),
])
def test_visual_to_logical(visual: str, rtl: bool, logical: str) -> None:
    assert visual_to_logical(visual, rtl) == logical


def test_presentation_forms_become_base_letters_only() -> None:
    # lam-alef ligature keeps lam then alef; Latin "ﬁ" and full-width digits are not touched
    assert base_letters("\ufee1\ufeee\ufe8e\ufedf\ufefc\ufe91 ﬁ １") == "مواللاب ﬁ １"
