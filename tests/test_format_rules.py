"""DL401–DL408 on generated state and Party documents (DOCX with the header table, PDF with two
header columns, plain text with tabs): the correct ones are clean, each variant breaking one
element gets exactly its code."""
from __future__ import annotations

from pathlib import Path

import pytest
from builders import Table, write_docx, write_pdf, write_text

from doclint.config import Settings
from doclint.engine import Engine

BODY = [
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
    "1. Sở Nội vụ chủ trì rà soát các văn bản hướng dẫn, hoàn thành trước ngày 30/6/2026.",
    "2. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc và tổng hợp kết quả thực hiện.",
]
STATE = dict(issuer="ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH",
             title="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
             number="Số: 125/KH-UBND", date="Quảng Ninh, ngày 15 tháng 3 năm 2026",
             type_line="KẾ HOẠCH", summary="Triển khai thực hiện Kết luận số 226-KL/TW của Ban Bí thư",
             recipients="Nơi nhận:\n- Như trên;\n- Lưu: VT, NC.",
             signature="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A")
PARTY = dict(STATE, issuer="ĐẢNG BỘ TỈNH QUẢNG NINH\nTỈNH ỦY\n*", title="ĐẢNG CỘNG SẢN VIỆT NAM",
             number="Số 45-KH/TU", date="Quảng Ninh, ngày 05 tháng 01 năm 2026",
             summary="thực hiện Kết luận số 226-KL/TW của Ban Bí thư",
             recipients="Nơi nhận:\n- Các huyện ủy, thành ủy,\n- Lưu Văn phòng Tỉnh ủy.",
             signature="T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn B")


def _body(parts: dict[str, str]) -> list:  # type: ignore[type-arg]
    lines = [x for x in (parts["type_line"], parts["summary"]) if x]
    return lines + BODY + [Table([[parts["recipients"], parts["signature"]]])]


def docx(tmp_path: Path, parts: dict[str, str], name: str = "d.docx", **kw: object) -> Path:
    party = "ĐẢNG CỘNG SẢN" in parts["title"]
    if party:  # the Party header: issuer and number left, Party header and date right
        header = [[f"{parts['issuer']}\n{parts['number']}", f"{parts['title']}\n{parts['date']}"]]
    else:
        header = [[parts["issuer"], parts["title"]], [parts["number"], parts["date"]]]
    kw.setdefault("size", 14)
    return write_docx(tmp_path / name, _body(parts), header_table=header, **kw)  # type: ignore[arg-type]


def pdf(tmp_path: Path, parts: dict[str, str], name: str = "d.pdf") -> Path:
    left = parts["issuer"].split("\n") + [parts["number"]]
    right = parts["title"].split("\n") + [parts["date"]]
    return write_pdf(tmp_path / name, _body(parts), two_column_header=(left, right))


def text(tmp_path: Path, parts: dict[str, str], name: str = "d.txt") -> Path:
    issuer, title = parts["issuer"].split("\n"), parts["title"].split("\n")
    head = [f"{a}\t\t{b}" for a, b in zip(issuer + [""] * 3, title + [""] * 3) if a or b]
    sig = parts["signature"].split("\n")
    return write_text(tmp_path / name, head + [f"{parts['number']}\t\t{parts['date']}", "",
                                               parts["type_line"], parts["summary"], ""]
                      + BODY + [""] + parts["recipients"].split("\n") + [""] + sig)


def codes(path: Path, **settings: object) -> list[str]:
    engine = Engine(Settings(select=("DL4",), **settings))  # type: ignore[arg-type]
    result = engine.check_file(path)
    assert result.error is None, result.error
    assert result.language == "vi"
    return sorted(f.code for f in result.findings)


@pytest.mark.parametrize("build", [docx, pdf, text])
@pytest.mark.parametrize("parts", [STATE, PARTY], ids=["state", "party"])
def test_correct_documents_are_clean(tmp_path: Path, build, parts) -> None:  # type: ignore[no-untyped-def]
    assert codes(build(tmp_path, parts)) == []


STATE_VARIANTS = {
    "no-title-motto": (dict(title="BẢN DỰ THẢO"), ["DL401"]),
    "no-motto": (dict(title="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ["DL401"]),
    "type-abbr": (dict(number="Số: 125/BC-UBND"), ["DL402"]),
    "party-shaped-number": (dict(number="Số: 125-KH/UBND"), ["DL402"]),
    "no-number": (dict(number="V/v không số"), ["DL402"]),
    "no-date": (dict(date="Độc lập - Tự do"), ["DL403"]),
    "numeric-date": (dict(date="Quảng Ninh, ngày 15/3/2026"), ["DL403"]),
    "no-leading-zero": (dict(date="Quảng Ninh, ngày 5 tháng 3 năm 2026"), ["DL403"]),
    "impossible-date": (dict(date="Quảng Ninh, ngày 31 tháng 02 năm 2026"), ["DL403"]),
    "no-type-line": (dict(type_line="", summary=""), ["DL404"]),
    "no-summary": (dict(summary=""), ["DL404"]),
    "no-recipients": (dict(recipients="Ghi chú: gửi bản điện tử"), ["DL405"]),
    "no-archive-copy": (dict(recipients="Nơi nhận:\n- Như trên."), ["DL405"]),
    "deputy-without-kt": (dict(signature="TM. ỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A"), ["DL406"]),
    "kt-head-signs": (dict(signature="KT. CHỦ TỊCH\nCHỦ TỊCH\n\nNguyễn Văn A"), ["DL406"]),
    "tm-before-title": (dict(signature="TM. CHỦ TỊCH\nCHỦ TỊCH\n\nNguyễn Văn A"), ["DL406"]),
    "party-marks": (dict(signature="T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A"), ["DL406"]),
}


@pytest.mark.parametrize("variant", sorted(STATE_VARIANTS))
def test_state_variants_docx(tmp_path: Path, variant: str) -> None:
    change, expected = STATE_VARIANTS[variant]
    assert codes(docx(tmp_path, {**STATE, **change})) == expected


@pytest.mark.parametrize("variant", ["no-title-motto", "type-abbr", "numeric-date",
                                     "no-recipients", "deputy-without-kt"])
def test_state_variants_pdf_and_text(tmp_path: Path, variant: str) -> None:
    change, expected = STATE_VARIANTS[variant]
    assert codes(pdf(tmp_path, {**STATE, **change})) == expected
    assert codes(text(tmp_path, {**STATE, **change})) == expected


PARTY_VARIANTS = {
    "no-party-header": (dict(title="BẢN DỰ THẢO"), ["DL401"]),
    "state-shaped-number": (dict(number="Số: 45/KH-TU"), ["DL402"]),
    "type-abbr": (dict(number="Số 45-BC/TU"), ["DL402"]),
    "state-marks": (dict(signature="TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn B"), ["DL406"]),
    "conclusion-by-order": (dict(type_line="KẾT LUẬN", number="Số 12-KL/TU",
                                 summary="của Ban Thường vụ Tỉnh ủy về cải cách hành chính",
                                 signature="T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn C"),
                            ["DL406"]),
    "deputy-head-of-agency": (dict(issuer="TỈNH ỦY QUẢNG NINH\nBAN TUYÊN GIÁO",
                                   signature="TRƯỞNG BAN\n\nNguyễn Văn D"), []),
}


@pytest.mark.parametrize("variant", sorted(PARTY_VARIANTS))
def test_party_variants(tmp_path: Path, variant: str) -> None:
    change, expected = PARTY_VARIANTS[variant]
    assert codes(docx(tmp_path, {**PARTY, **change})) == expected
    assert codes(text(tmp_path, {**PARTY, **change})) == expected


def test_collective_authority_message_names_conclusion_226(tmp_path: Path) -> None:
    change, _ = PARTY_VARIANTS["conclusion-by-order"]
    result = Engine(Settings(select=("DL406",))).check_file(docx(tmp_path, {**PARTY, **change}))
    messages = " ".join(f.message for f in result.findings)
    assert "general authority" in messages and "226-KL/TW" in messages
    assert all("T/L BAN THƯỜNG VỤ" in f.excerpt for f in result.findings)


def test_font_and_size_docx(tmp_path: Path) -> None:
    assert codes(docx(tmp_path, STATE, font="Arial")) == ["DL407"]
    assert codes(docx(tmp_path, STATE, size=12)) == ["DL407"]
    # 15 pt is a Party size, not a state one
    assert codes(docx(tmp_path, STATE, size=15)) == ["DL407"]
    assert codes(docx(tmp_path, PARTY, size=15)) == []
    finding = Engine(Settings(select=("DL407",))).check_file(
        docx(tmp_path, STATE, font="Arial")).findings[0]
    assert "Arial" in finding.message and finding.excerpt in "\n".join(BODY)


def test_recipients_in_11_pt_and_an_appendix_are_not_body_text(tmp_path: Path) -> None:
    """Decree 30 sets "Nơi nhận:" in 12 pt and its entries in 11 pt; an appendix table after
    the signature may hold the closing far from the end of the file."""
    from docx import Document
    from docx.shared import Pt

    recipients = ["Nơi nhận:", "- Thường trực Tỉnh ủy, Thường trực HĐND tỉnh (để báo cáo);",
                  "- Lưu: VT, NC."]
    rows = [["STT", "Nhiệm vụ", "Chủ trì", "Thời gian"]] + [
        [str(i), f"Rà soát nhóm văn bản thứ {i}", "Sở Nội vụ", "Quý II/2026"] for i in range(1, 31)]
    body = ["KẾ HOẠCH", STATE["summary"], *BODY, *recipients, *STATE["signature"].split("\n"),
            "PHỤ LỤC", "(Kèm theo Kế hoạch số 125/KH-UBND ngày 15/3/2026)", Table(rows)]
    path = write_docx(tmp_path / "r.docx", body, header_table=[
        [STATE["issuer"], STATE["title"]], [STATE["number"], STATE["date"]]])
    doc = Document(str(path))
    for para in doc.paragraphs:
        if para.text in recipients[1:]:
            for run in para.runs:
                run.font.size = Pt(11)
    doc.save(str(path))
    assert codes(path) == []
    for para in doc.paragraphs:
        if para.text == BODY[1]:
            for run in para.runs:
                run.font.size = Pt(12)
    doc.save(str(path))
    result = Engine(Settings(select=("DL4",))).check_file(path)
    assert [(f.code, f.excerpt) for f in result.findings] == [("DL407", BODY[1])]


def test_paper_and_margins_docx(tmp_path: Path) -> None:
    assert codes(docx(tmp_path, STATE, margins_mm=(20, 20, 20, 15))) == ["DL408"]
    assert codes(docx(tmp_path, STATE, margins_mm=(30, 20, 30, 15))) == ["DL408"]
    assert codes(docx(tmp_path, STATE, page_mm=(215.9, 279.4))) == ["DL408"]
    assert codes(docx(tmp_path, STATE, margins_mm=(25, 25, 35, 20))) == []


def test_placeholders_pass_in_drafts_and_fail_when_issued(tmp_path: Path) -> None:
    draft = {**STATE, "number": "Số:        /KH-UBND", "date": "Quảng Ninh, ngày      tháng 3 năm 2026"}
    for build in (docx, pdf, text):
        path = build(tmp_path, draft)
        assert codes(path) == []
        assert codes(path, issued=True) == ["DL402", "DL403"]
    letter = {**STATE, "number": "Số: /BNV-TCPCP", "issuer": "BỘ NỘI VỤ", "type_line": "",
              "summary": "", "date": "Hà Nội, ngày tháng năm 2025"}
    path = docx(tmp_path, letter)
    assert codes(path) == ["DL404"]  # an official letter still needs its "V/v" summary
    letter["number"] = "Số: /BNV-TCPCP\nV/v triển khai Kết luận số 226-KL/TW"
    path = docx(tmp_path, letter)
    assert codes(path) == []
    assert codes(path, issued=True) == ["DL402", "DL403"]


def test_letter_symbol_with_type_abbreviation(tmp_path: Path) -> None:
    letter = {**STATE, "type_line": "", "summary": "",
              "number": "Số: 125/KH-UBND\nV/v triển khai Kết luận số 226-KL/TW"}
    assert codes(docx(tmp_path, letter)) == ["DL402"]


def test_other_languages_skipped_unless_configured(tmp_path: Path) -> None:
    path = write_text(tmp_path / "en.txt", [
        "MINISTRY OF HOME AFFAIRS", "No. 12/BNV-VP", "Hanoi, 15.03.2026", "REPORT",
        "on the review of documents", "The ministry reviewed all documents issued in 2025.",
        "Recipients: as above."])
    engine = Engine(Settings(select=("DL4",)))
    assert engine.check_file(path).findings == ()
    widened = Engine(Settings(select=("DL401",), languages={"DL401": ("en",)}))
    assert [f.code for f in widened.check_file(path).findings] == ["DL401"]


def test_notes_without_format_elements_are_not_checked(tmp_path: Path) -> None:
    path = write_text(tmp_path / "note.txt", ["Ghi chú cuộc họp", *BODY])
    assert codes(path) == []
