"""Citation extraction in five languages (JSON output included), DL501 against a real corpus
folder marked superseded, DL502 on misnumbered citations."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import write_docx, write_text

from doclint.config import Settings
from doclint.engine import Engine

SAMPLES = {
    "vi": ("Thực hiện Kết luận số 226-KL/TW của Ban Bí thư, Chỉ thị số 05-CT/TW và Nghị định "
           "30/2020/NĐ-CP của Chính phủ, các cơ quan rà soát văn bản.", "Kết luận số 226-KL/TW"),
    "en": ("Implementing Conclusion No. 226-KL/TW of the Secretariat, all agencies and localities "
           "shall review the documents that they have issued in the year and report to the Office.",
           "Conclusion No. 226-KL/TW"),
    "ru": ("Заключение № 226-KL/TW, подписанное от имени Секретариата, содержит следующее "
           "положение о работе.", "Заключение № 226-KL/TW"),
    "nb": ("Sekretariatet utstedte konklusjon nr. 226-KL/TW om å korrigere arbeidsmetoder i det "
           "politiske systemet.", "konklusjon nr. 226-KL/TW"),
    "ar": ("أصدرت الأمانة العامة الاستنتاج رقم 226-KL/TW بشأن تصحيح أساليب العمل في النظام "
           "السياسي.", "الاستنتاج رقم 226-KL/TW"),
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_citations_in_five_languages_reach_the_json(tmp_path: Path, lang: str, run_cli) -> None:  # type: ignore[no-untyped-def]
    body, cited = SAMPLES[lang]
    path = write_text(tmp_path / f"{lang}.txt", [body])
    result = run_cli("check", path, "--format", "json", "--select", "DL502")
    data = json.loads(result.output)["files"][0]
    assert data["language"] == lang
    first = data["citations"][0]
    assert first["text"] == cited and first["number"] == "226-KL/TW"
    assert first["type_code"] == "KL" and first["type_expected"] == ["KL"]
    assert first["system"] == "party" and first["location"]["block"] == 0
    if lang == "vi":
        assert [c["number"] for c in data["citations"]] == ["226-KL/TW", "05-CT/TW", "30/2020/NĐ-CP"]
        assert data["citations"][2]["year"] == 2020


def test_citation_in_a_table_cell_has_its_cell(tmp_path: Path) -> None:
    from builders import Table

    path = write_docx(tmp_path / "t.docx", ["Bảng nhiệm vụ", Table([
        ["STT", "Nhiệm vụ", "Căn cứ"],
        ["1", "Rà soát văn bản", "Kết luận số 226-KL/TW"]])])
    result = Engine(Settings(select=("DL502",))).check_file(path)
    (cited,) = result.extra["citations"]
    assert cited["location"]["cell"] == 2 and cited["location"]["row"] == 1


def test_own_number_is_not_a_citation(tmp_path: Path) -> None:
    path = write_text(tmp_path / "own.txt", ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "Số: 125/KH-UBND",
                                             "KẾ HOẠCH", "Thực hiện Kết luận số 226-KL/TW"])
    result = Engine(Settings(select=("DL502",))).check_file(path)
    assert [c["number"] for c in result.extra["citations"]] == ["226-KL/TW"]


MALFORMED = [
    ("Thực hiện Kết luận số 226/KL-TW của Ban Bí thư.", "226-KL/TW"),
    ("Căn cứ Nghị định số 30/NĐ-CP của Chính phủ.", "year"),
    ("Căn cứ Nghị định số 30/2200/NĐ-CP của Chính phủ.", "2200"),
    ("Thực hiện Kết luận số 226-CT/TW của Ban Bí thư.", "KL"),
    ("Căn cứ Nghị định số 30/2020/QĐ-CP của Chính phủ.", "NĐ"),
    ("Thực hiện văn bản số 226-KLL/TW của Ban Bí thư.", "KLL"),
]


@pytest.mark.parametrize("line,said", MALFORMED)
def test_malformed_citations(tmp_path: Path, line: str, said: str) -> None:
    path = write_text(tmp_path / "m.txt", [line])
    findings = Engine(Settings(select=("DL5",))).check_file(path).findings
    assert [f.code for f in findings] == ["DL502"]
    assert said in findings[0].message and findings[0].excerpt in line


def test_well_formed_citations_are_clean(tmp_path: Path) -> None:
    path = write_text(tmp_path / "ok.txt", [
        "Căn cứ Luật số 59/2020/QH14, Nghị định số 30/2020/NĐ-CP, Quyết định số 12/2025/QĐ-UBND;",
        "Thực hiện Kết luận số 226-KL/TW, Quy định số 08-QĐi/TW và Công văn số 125/UBND-VP."])
    assert Engine(Settings(select=("DL5",))).check_file(path).findings == ()


def test_superseded_citation_from_a_corpus_folder(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DOCLINT_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_text(corpus / "05-CT-TW.txt", [
        "BAN CHẤP HÀNH TRUNG ƯƠNG", "Số 05-CT/TW", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hà Nội, ngày 15 tháng 5 năm 2016", "CHỈ THỊ",
        "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Các cấp ủy, tổ chức đảng tổ chức quán triệt sâu rộng nội dung Chỉ thị này."])
    (corpus / "corpus.toml").write_text(
        '[[document]]\nfile = "05-CT-TW.txt"\nid = "05-CT/TW"\nstatus = "superseded"\n',
        encoding="utf-8")
    draft = write_text(tmp_path / "draft.txt", [
        "Căn cứ Chỉ thị số 05-CT/TW của Bộ Chính trị và Kết luận số 226-KL/TW của Ban Bí thư."])
    findings = Engine(Settings(select=("DL501",), corpus=(str(corpus),))).check_file(draft).findings
    assert [(f.code, f.excerpt) for f in findings] == [("DL501", "Chỉ thị số 05-CT/TW")]
    assert findings[0].evidence["corpus_id"] == "05-CT/TW"


@pytest.mark.parametrize("lang, body, expected", [
    ("ru", "В соответствии с Федеральным законом от 27.07.2006 № 149-ФЗ и постановлением "
           "Правительства Российской Федерации от 15.04.2014 № 313 министерство обязано провести "
           "проверку документов.",
     [("законом от 27.07.2006 № 149-ФЗ", "149-ФЗ"),
      ("постановлением Правительства Российской Федерации от 15.04.2014 № 313", "313")]),
    ("nb", "I samsvar med forskrift 15. desember 2000 nr. 1265 og lov 19. juni 2009 nr. 100 skal "
           "departementet gjennomgå dokumentene innen 30. juni 2026.",
     [("forskrift 15. desember 2000 nr. 1265", "1265"), ("lov 19. juni 2009 nr. 100", "100")]),
    ("ar", "وفقا للقانون رقم 15 لسنة 2020 والمرسوم رقم 30/2020/NĐ-CP، تقوم الوزارة بمراجعة "
           "الوثائق الصادرة خلال العام.",
     [("للقانون رقم 15 لسنة 2020", "15"), ("والمرسوم رقم 30/2020/NĐ-CP", "30/2020/NĐ-CP")]),
    ("en", "In accordance with Decree No. 30/2020/ND-CP and Decision No. 45 of the Minister, the "
           "ministry shall review all documents issued during the year; see item No. 3 below.",
     [("Decree No. 30/2020/ND-CP", "30/2020/ND-CP"), ("Decision No. 45", "45")]),
])
def test_national_numbering_is_extracted_after_a_type_word(
        tmp_path: Path, lang: str, body: str, expected: list[tuple[str, str]]) -> None:
    result = Engine(Settings(select=("DL5",))).check_file(write_text(tmp_path / "n.txt", [body]))
    assert result.language == lang
    assert [(c["text"], c["number"]) for c in result.extra["citations"]] == expected
    assert result.findings == ()  # a country's own numbering is not misnumbered
