"""Header metadata in the layouts and spellings real drafts use: table cells, tabs, runs of
spaces, PDF columns drawn row by row, missing diacritics, typos, blank placeholders."""
from __future__ import annotations

from pathlib import Path

import pytest
from builders import write_docx, write_pdf, write_text

from doclint.engine import Engine
from doclint.meta import find_phrase, fold_aligned, metadata_dict

STATE_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH", "Số: 125/KH-UBND"]
STATE_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Quảng Ninh, ngày 15 tháng 3 năm 2026"]
REST = ["KẾ HOẠCH", "Triển khai thực hiện Kết luận số 226-KL/TW của Ban Bí thư",
        "1. Sở Nội vụ chủ trì rà soát văn bản, hoàn thành trước ngày 30/6/2026."]
EXPECTED = {"national_title": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "motto": "Độc lập - Tự do - Hạnh phúc", "issuer": "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH",
            "number": "125/KH-UBND", "symbol": "KH-UBND", "place": "Quảng Ninh",
            "date": "2026-03-15", "year": 2026, "type_line": "KẾ HOẠCH",
            "title": "Triển khai thực hiện Kết luận số 226-KL/TW của Ban Bí thư"}


def meta(path: Path) -> dict:  # type: ignore[type-arg]
    return metadata_dict(Engine().load(path).metadata)


def _check(found: dict) -> None:  # type: ignore[type-arg]
    for key, value in EXPECTED.items():
        assert found.get(key) == value, (key, found)


def test_docx_header_table(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "t.docx", REST, header_table=[
        ["\n".join(STATE_LEFT[:2]), "\n".join(STATE_RIGHT[:2])], [STATE_LEFT[2], STATE_RIGHT[2]]])
    _check(meta(path))


def test_docx_three_column_header_with_spacer(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "t3.docx", REST, header_table=[
        ["\n".join(STATE_LEFT), "", "\n".join(STATE_RIGHT)]])
    _check(meta(path))


@pytest.mark.parametrize("sep", ["\t", "\t\t", " " * 12])
def test_text_header_with_tabs_or_spaces(tmp_path: Path, sep: str) -> None:
    lines = [a + sep + b for a, b in zip(STATE_LEFT, STATE_RIGHT)]
    _check(meta(write_text(tmp_path / "t.txt", lines + [""] + REST)))


@pytest.mark.parametrize("order", ["columns", "rows", "spaces"])
def test_pdf_two_columns(tmp_path: Path, order: str) -> None:
    path = write_pdf(tmp_path / "p.pdf", REST, two_column_header=(STATE_LEFT, STATE_RIGHT),
                     header_order=order)
    _check(meta(path))


def test_missing_diacritics_and_typos(tmp_path: Path) -> None:
    path = write_text(tmp_path / "d.txt", [
        "UY BAN NHAN DAN TINH LAM DONG\tCONG HOA XA HOI CHU NGHIA VIET NAM",
        "\tDoc lap - Tu do - Hanh phuc", "Số:        /KH-UBND\tLâm Đồng, ngày      tháng 12 năm 2025",
        "", "KẾ HOẠCH", "Triển khai công tác năm 2026"])
    found = meta(path)
    assert found["national_title"] == "CONG HOA XA HOI CHU NGHIA VIET NAM"
    assert found["motto"] == "Doc lap - Tu do - Hanh phuc"
    assert found["issuer"] == "UY BAN NHAN DAN TINH LAM DONG"
    assert found["number"] == "/KH-UBND" and found["number_placeholder"] is True
    assert found["place"] == "Lâm Đồng" and found["date_placeholder"] is True
    assert found["year"] == 2025 and "date" not in found
    typo = "CÔNG HÒA XÃ HÔI CHỦ NGHĨA VIỆT NAN"
    assert find_phrase(fold_aligned(typo), "cong hoa xa hoi chu nghia viet nam") == (0, len(typo))
    assert find_phrase(fold_aligned("BỘ Y TẾ"), "cong hoa xa hoi chu nghia viet nam") is None


def test_letter_placeholders_and_summary(tmp_path: Path) -> None:
    path = write_text(tmp_path / "l.txt", [
        "BỘ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: /BNV-TCPCP\tHà Nội, ngày tháng năm 2025",
        "V/v hướng dẫn triển khai Kết luận số 226-KL/TW", "", "Kính gửi: Ủy ban nhân dân các tỉnh"])
    found = meta(path)
    assert found["number"] == "/BNV-TCPCP" and found["number_placeholder"] is True
    assert found["place"] == "Hà Nội" and found["date_placeholder"] is True
    assert found["title"] == "V/v hướng dẫn triển khai Kết luận số 226-KL/TW"
    assert "type_line" not in found and found["issuer"] == "BỘ NỘI VỤ"


def test_party_header_and_preamble_citations(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "p.docx", [
        "KẾT LUẬN", "của Ban Thường vụ Tỉnh ủy về cải cách hành chính",
        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quyết định số 12/QĐ-TU ngày 05 tháng 3 năm 2020;"],
        header_table=[["ĐẢNG BỘ TỈNH QUẢNG NINH\nTỈNH ỦY\n*\nSố 12-KL/TU",
                       "ĐẢNG CỘNG SẢN VIỆT NAM\n\nHạ Long, ngày 05 tháng 01 năm 2026"]])
    found = meta(path)
    assert found["party_header"] == "ĐẢNG CỘNG SẢN VIỆT NAM" and "national_title" not in found
    assert found["issuer"] == "ĐẢNG BỘ TỈNH QUẢNG NINH TỈNH ỦY"
    assert found["number"] == "12-KL/TU" and found["symbol"] == "KL/TU"
    assert found["place"] == "Hạ Long" and found["date"] == "2026-01-05"
    assert found["type_line"] == "KẾT LUẬN"


def test_citations_in_the_preamble_are_not_the_number_or_date(tmp_path: Path) -> None:
    path = write_text(tmp_path / "n.txt", [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "KẾ HOẠCH", "Triển khai công tác văn thư",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;"])
    found = meta(path)
    assert "number" not in found and "date_text" not in found
