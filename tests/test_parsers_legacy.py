"""Word 97–2003 (.doc, through antiword) and OpenDocument (.odt) files: the fixtures were made
from the DOCX builders by tests/fixtures/make_doc_fixtures.py (headless LibreOffice)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from doclint.model import TEXT_AND_TABLES, BlockKind
from doclint.parsers import parse

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = TEXT_AND_TABLES
VI = ["UBND TỈNH LÂM ĐỒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: /KH-UBND | Lâm Đồng, ngày tháng 12 năm 2025", "KẾ HOẠCH",
      "Triển khai thực hiện Kết luận số 226-KL/TW của Bộ Chính trị.",
      "Sở Tư pháp chủ trì, hoàn thành trước ngày 30/6/2026.", "Sở Nội vụ phối hợp thực hiện.",
      "STT | Nhiệm vụ | Thời gian", "I. CẢI CÁCH THỂ CHẾ",
      "1 | Rà soát văn bản quy phạm pháp luật | Quý I/2026", "Nơi nhận: Như trên; Lưu: VT."]
needs_antiword = pytest.mark.skipif(shutil.which("antiword") is None,
                                    reason="antiword is not installed (make test installs it)")


@pytest.mark.parametrize("fmt", ["odt", pytest.param("doc", marks=needs_antiword)])
def test_vietnamese_plan_with_header_list_and_merged_section_row(fmt):
    doc = parse(FIXTURES / fmt / f"plan-vi.{fmt}", TEXT)
    assert doc.format == fmt
    assert [b.text for b in doc.blocks] == VI
    assert [(b.kind, b.number) for b in doc.blocks[4:6]] == [(BlockKind.LIST_ITEM, "1."),
                                                             (BlockKind.LIST_ITEM, "2.")]
    header = doc.blocks[0]
    assert [c.text for c in header.cells] == ["UBND TỈNH LÂM ĐỒNG",
                                              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    section = doc.blocks[7]
    assert [(c.text, c.col, c.span) for c in section.cells] == [("I. CẢI CÁCH THỂ CHẾ", 0, 3)]
    assert [(b.location.table, b.location.row) for b in doc.blocks[6:9]] == [(1, 0), (1, 1), (1, 2)]
    assert doc.blocks[2].kind is BlockKind.HEADING


@pytest.mark.parametrize("fmt", ["odt", pytest.param("doc", marks=needs_antiword)])
def test_russian_plan(fmt):
    doc = parse(FIXTURES / fmt / f"plan-ru.{fmt}", TEXT)
    assert [b.text for b in doc.blocks] == [
        "ПЛАН", "Министерство обеспечивает выполнение Заключения № 226-KL/TW.",
        "Юридический отдел проводит проверку до 30 июня 2026 года.", "№ | Задача | Срок",
        "1 | Проверка актов | I квартал 2026"]


@needs_antiword
def test_doc_metadata_reads_placeholders(run_cli):
    import json

    result = run_cli("check", "--format", "json", "--select", "DL9",
                     str(FIXTURES / "doc" / "plan-vi.doc"))
    (entry,) = json.loads(result.output)["files"]
    assert entry["error"] is None and entry["language"] == "vi"
    assert entry["metadata"]["number_placeholder"] is True
