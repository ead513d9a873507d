"""Language detection and normalisation on real document text."""
from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from doclint.lang.detect import script_counts, detect_language
from doclint.lang.normalize import fold, nfc, words

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize("name, lang", [
    ("226-KL-TW.vi.txt", "vi"), ("226-KL-TW.en.txt", "en"), ("226-KL-TW.ru.txt", "ru"),
    ("226-KL-TW.nb.txt", "nb"), ("226-KL-TW.ar.txt", "ar"), ("155-KL-TW.ru.txt", "ru")])
def test_detects_the_corpus_languages(name, lang):
    assert detect_language((CORPUS / name).read_text(encoding="utf-8")) == lang


@pytest.mark.parametrize("text, lang", [
    ("Sở Tư pháp chủ trì, hoàn thành trước ngày 30/6/2026.", "vi"),
    ("So Tu phap chu tri phoi hop voi cac so, ban, nganh de trien khai thuc hien ke hoach nay "
     "va bao cao ket qua ve UBND tinh trong thang 6 nam 2026", "vi"),
    ("The Department of Justice shall lead the review.", "en"),
    ("Budget and staff for the plan", "en"),
    ("Arkivtjenesten har ansvaret for digitaliseringen.", "nb"),
    ("Отдел делопроизводства подготовит перечень.", "ru"),
    ("تتولى إدارة الشؤون الإدارية رقمنة الأرشيف.", "ar"),
])
def test_detects_short_sentences(text, lang):
    assert detect_language(text) == lang


def test_too_little_text_is_undetermined():
    assert detect_language("1.") == "und"


def test_fold_ignores_case_diacritics_and_arabic_variants():
    assert fold("KẾ HOẠCH Đề Án") == fold("ke hoach de an") == "ke hoach de an"
    assert fold("إدارة") == fold("ادارة")
    assert fold("Ещё") == fold("еще")


def test_nfc_composes_and_cleans():
    decomposed = unicodedata.normalize("NFD", "Hà Nội\u00a0ngày\x0c")
    assert nfc(decomposed) == "Hà Nội ngày"
    assert unicodedata.is_normalized("NFC", nfc(decomposed))


def test_words_keep_dates_and_symbols_whole():
    assert words("Số 125/KH-UBND trước ngày 30/6/2026.") == [
        "so", "125/kh-ubnd", "truoc", "ngay", "30/6/2026"]


def _count_by_ranges(text: str) -> dict[str, int]:
    """The script counts by code point ranges, one character at a time."""
    ranges = {"ar": [(0x600, 0x6FF)], "ru": [(0x400, 0x4FF)],
              "latin": [(0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x27F), (0x1E00, 0x1EFF)]}
    return {script: sum(1 for c in text if any(lo <= ord(c) <= hi for lo, hi in spans))
            for script, spans in ranges.items()}


def testscript_counts_on_bytes_equal_a_count_by_code_point():
    rnd = random.Random(7)
    samples = ["Kế hoạch số 125/KH-UBND ngày 30/6/2026", "Приказ № 12 от 15.03.2026 г.",
               "خطة رقم 45 لسنة 2026 (KL/TW-226)", "Æøå plan for Årdal — “quoted”"]
    samples += ["".join(chr(rnd.randrange(0x20, 0x2000)) for _ in range(500)) for _ in range(20)]
    for text in samples:
        assert script_counts(text) == _count_by_ranges(text), text


@pytest.mark.parametrize("raw, clean", [
    ("Hà Nội  ngày   30", "Hà Nội ngày 30"),  # composed and printable: only spaces collapse
    ("Приказ о  назначении", "Приказ о назначении"),
    ("a\u200bb\u00a0c", "a b c"),  # special spaces are not printable: the full path
    ("x\t\t y", "x\ty"),
    (unicodedata.normalize("NFD", "Quảng Ninh"), "Quảng Ninh"),  # printable, not composed
])
def test_nfc_of_lines_with_and_without_work_to_do(raw, clean):
    assert nfc(raw) == clean
