"""Language detection and normalisation on real document text."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from doclint.lang.detect import detect_language
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
