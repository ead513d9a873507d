"""DL904: unreliable text layers (OCR without diacritics, wrong glyph maps, legacy fonts) are
told from clean text, in Vietnamese typed with or without diacritics and in en/ru/nb/ar."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from builders import write_docx, write_pdf, write_text

from doclint.errors import UnreliableText
from doclint.lang.quality import assess, is_syllable, text_problem
from doclint.parsers import parse

SEEDS = Path("/work/shared/seeds")
VI = ("Ủy ban nhân dân tỉnh Lâm Đồng ban hành kế hoạch triển khai thực hiện Kết luận số "
      "226-KL/TW ngày 15/9/2025 của Bộ Chính trị về tiếp tục đổi mới, nâng cao chất lượng ban "
      "hành văn bản. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, UBND các xã, phường, đặc khu "
      "rà soát, hoàn thành trước ngày 30/6/2026. Kinh phí thực hiện từ nguồn ngân sách nhà nước "
      "theo phân cấp hiện hành; giám đốc các sở, ban, ngành chịu trách nhiệm báo cáo kết quả "
      "về Ủy ban nhân dân tỉnh qua Sở Tư pháp để tổng hợp. Nơi nhận: Như trên; Lưu: VT, TCBC.")
EN = ("The Ministry of Justice shall lead the review of provincial regulations and report the "
      "results to the People's Committee before 30 June 2026. Funding comes from the state budget "
      "under the current decentralisation; directors of departments are responsible for the "
      "implementation and shall report every quarter through the Legal Department.")
RU = ("Министерство юстиции проводит проверку нормативных актов области и докладывает о "
      "результатах администрации до 30 июня 2026 года. Финансирование осуществляется за счет "
      "средств бюджета; руководители департаментов отвечают за выполнение плана.")
NB = ("Justisdepartementet leder gjennomgangen av fylkets forskrifter og rapporterer resultatene "
      "til fylkeskommunen innen 30. juni 2026. Finansieringen skjer over statsbudsjettet; "
      "lederne for avdelingene er ansvarlige for gjennomføringen og rapporterer hvert kvartal.")
AR = ("تتولى وزارة العدل مراجعة لوائح المقاطعة ورفع النتائج إلى اللجنة الشعبية قبل 30 يونيو "
      "2026. ويتم التمويل من ميزانية الدولة؛ ويتحمل مديرو الإدارات مسؤولية التنفيذ ورفع "
      "تقارير فصلية عن طريق الإدارة القانونية.")
OCR_NO_DIACRITICS = (
    "CONG HOA xA HO! CHIJ NGHIA VIET NAM Doc lap - Tu do - Hanh phuc UY BAN NHAN DAN TINH LAM "
    "DONG So: /KH-UBND Lam Dong, ngay thang 12 nam 2025 KE HOACH Trien khai thuc hien Ket luan "
    "so 226-KL/TW cua Bo Chinh tri ve tiep tuc doi moi, nang cao chat luong ban hanh van ban.")
OCR_ENGLISH_MODEL = (
    "CONG HOA xA HO! CHIJ NGHIA VIET NAM Dc 1p - Tir do - Hnh phüc UY BAN NHAN DAN TINH LAM BONG "
    "S6: /KH-UBND Lam Bong, ngay thang 12 nàm 2025 KE HOACH Trien khai thuc hin Kt luan s6 "
    "226-KL/TW cüa B Chinh tn ve tip tuc di mi, nâng cao cht lucmg ban hânh van bàn. Can cir "
    "Lut T chirc chinh quyn dja phuong; S Tu phap chü tn, phi hçp vói S Ni vu ra soát.")
WRONG_GLYPHS = (
    "BØ CÔNG AN CÔNG AN TÈNH LÂM ÒNG CØNG HÒA XÃ HØI CHÚ NGHÏA VIÆT NAM Ðòc l§p - Tñ do - H¡nh "
    "phúc Sò: /KH-CAT Lâm Òng, ngày tháng 12 nåm 2025 K¾ HO CH triÃn khai thñc hiËn KÃt luÆn sÑ "
    "226-KL/TW cça BÙ Chính trË vÁ tiÃp tåc Õi mÛi, nâng cao chât l°ãng ban hành vn b£n.")
VNI_AS_LATIN1 = (
    "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam Ñoäc laäp - Töï do - Haïnh phuùc UÛy ban nhaân "
    "daân tænh Laâm Ñoàng Keá hoaïch trieån khai thöïc hieän Keát luaän soá 226-KL/TW cuûa Boä "
    "Chính trò veà tieáp tuïc ñoåi môùi, naâng cao chaát löôïng ban haønh vaên baûn.")


def _plain(text: str) -> str:
    out = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return out.replace("đ", "d").replace("Đ", "D")


@pytest.mark.parametrize("name,text", [("vi", VI), ("vi-typed-without-diacritics", _plain(VI)),
                                       ("en", EN), ("ru", RU), ("nb", NB), ("ar", AR)])
def test_clean_text_is_trusted(name, text):
    assert text_problem(text) is None, name


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")) if SEEDS.exists() else [])
def test_directives_in_every_language_are_trusted(seed):
    assert text_problem(seed.read_text(encoding="utf-8")) is None


@pytest.mark.parametrize("name,text,why", [
    ("ocr-lost-diacritics", OCR_NO_DIACRITICS, "lost the diacritics"),
    ("ocr-english-model", OCR_ENGLISH_MODEL, "stray symbols"),
    ("wrong-glyph-map", WRONG_GLYPHS, "stray symbols"),
    ("vni-font", VNI_AS_LATIN1, "legacy font encoding")])
def test_garbage_is_flagged_with_the_reason(name, text, why):
    problem = text_problem(text)
    assert problem is not None and why in problem, (name, problem)


def test_wrong_tone_marks_and_rhymes_are_not_syllables():
    assert is_syllable("nghiêng") and is_syllable("quyết") and is_syllable("Hoà")
    assert is_syllable("hoa") and is_syllable("nguoi")  # typed without diacritics
    assert not is_syllable("tènh")  # no rhyme "enh"
    assert not is_syllable("tìch")  # a stop coda takes only the sắc or nặng tone
    assert not is_syllable("chij") and not is_syllable("héi")


def test_glyph_mapped_vietnamese_with_few_symbols_fails_on_syllables():
    # diacritics present but landing on impossible rhymes: "ènh", "ÒNG" aside, "Ìa"…
    text = " ".join(["TÈNH LÂM ÒNG BÌC KÌT LUÂN VỀ CÔNG TÁC"] * 4)
    quality = assess(text)
    assert quality.vietnamese and quality.marked_valid < 0.85
    assert "not Vietnamese syllables" in text_problem(text)


def test_parsers_raise_dl904_for_docx_pdf_and_text(tmp_path):
    for path in (write_docx(tmp_path / "g.docx", [VNI_AS_LATIN1]),
                 write_pdf(tmp_path / "g.pdf", [OCR_ENGLISH_MODEL]),
                 write_text(tmp_path / "g.txt", [WRONG_GLYPHS])):
        with pytest.raises(UnreliableText) as err:
            parse(path, frozenset({"text"}))
        assert err.value.code == "DL904" and "text layer unreliable" in err.value.message
    assert parse(write_pdf(tmp_path / "ok.pdf", [VI]), frozenset({"text"})).blocks


@pytest.mark.parametrize("body", [EN, NB])
def test_vietnamese_header_above_a_foreign_body_is_trusted(tmp_path, body):
    """A bilingual draft: the Vietnamese national title and issuer over an English or
    Norwegian text is no broken text layer, whereas OCR that lost the diacritics still is."""
    header = [["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
              ["SỞ NGOẠI VỤ", "Độc lập - Tự do - Hạnh phúc"],
              ["Số: /KH-SNgV", "Lâm Đồng, ngày tháng 12 năm 2025"]]
    path = write_docx(tmp_path / "bilingual.docx", [body, body], header_table=header)
    assert parse(path, frozenset({"text"})).blocks[-1].text == body
    assert text_problem(" ".join(row[0] + " " + row[1] for row in header) + " " + body) is None
    assert text_problem(OCR_NO_DIACRITICS + " " + OCR_NO_DIACRITICS) is not None


TCVN3_AS_LATIN1 = (
    "Céng hoµ x· héi chñ nghÜa ViÖt Nam §éc lËp - Tù do - H¹nh phóc KÕ ho¹ch triÓn khai thùc "
    "hiÖn KÕt luËn sè 226-KL/TW cña Ban BÝ th\u00ad vÒ n©ng cao chÊt l\u00adîng ban hµnh v¨n b¶n.")


def test_tcvn3_text_is_named_so_the_drafter_can_convert_it(tmp_path):
    """The .VnTime encoding is recognised and named in DL904; other garbage is not called TCVN3."""
    from doclint.lang.tcvn3 import from_tcvn3

    assert from_tcvn3(TCVN3_AS_LATIN1).startswith("Cộng hoà xã hội chủ nghĩa Việt Nam Độc lập")
    assert text_problem(from_tcvn3(TCVN3_AS_LATIN1)) is None
    for name, text, tcvn3 in (("tcvn3", TCVN3_AS_LATIN1, True), ("vni", VNI_AS_LATIN1, False),
                              ("glyphs", WRONG_GLYPHS, False)):
        with pytest.raises(UnreliableText) as err:
            parse(write_docx(tmp_path / f"{name}.docx", [text, text]), frozenset({"text"}))
        assert ("TCVN3 (.VnTime)" in err.value.message) is tcvn3, (name, err.value.message)
