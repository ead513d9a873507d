"""Plain text: encodings detected (UTF-8/16, legacy code pages), paragraphs, NFC."""
from __future__ import annotations

import unicodedata

import pytest
from builders import write_text

from doclint.model import BlockKind
from doclint.parsers import parse
from doclint.parsers.encoding import decode

TEXTS = {
    "vi": ["KẾ HOẠCH", "Ủy ban nhân dân tỉnh Lâm Đồng ban hành kế hoạch thực hiện Kết luận.",
           "1. Sở Tư pháp chủ trì, hoàn thành trước ngày 30/6/2026."],
    "ru": ["ПЛАН", "Администрация области утверждает план выполнения заключения.",
           "1. Юридический отдел обеспечивает проверку до 30 июня 2026 года."],
    "ar": ["خطة", "تعتمد الإدارة خطة تنفيذ الاستنتاج الصادر عن الأمانة العامة.",
           "1. تتولى الإدارة القانونية المراجعة قبل 30 يونيو 2026."],
    "nb": ["HANDLINGSPLAN", "Fylkeskommunen vedtar planen for gjennomføring av konklusjonen.",
           "1. Juridisk avdeling gjennomgår forskriftene innen 30. juni 2026."],
}


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese editors wrote it: base letters precomposed where the code
    page has them, tone marks as separate combining characters."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return out


@pytest.mark.parametrize("lang,encoding", [("vi", "cp1258"), ("ru", "cp1251"), ("ru", "koi8_r"),
                                           ("ar", "cp1256"), ("nb", "cp1252"), ("vi", "utf-16"),
                                           ("ru", "utf-16-le"), ("vi", "utf-8-sig")])
def test_legacy_and_unicode_encodings_round_trip(tmp_path, lang, encoding):
    lines = TEXTS[lang]
    path = tmp_path / f"{lang}-{encoding}.txt"
    if encoding == "cp1258":
        path.write_bytes(_cp1258("\n\n".join(lines)))
    else:
        path.write_bytes("\n\n".join(lines).encode(encoding))
    doc = parse(path, frozenset({"text"}))
    assert [b.text for b in doc.blocks] == lines
    if lang != "ar":  # Arabic has no upper case to mark a heading line
        assert doc.blocks[0].kind is BlockKind.HEADING
    assert (doc.blocks[2].kind, doc.blocks[2].number) == (BlockKind.LIST_ITEM, "1.")


def test_windows_1258_decodes_to_nfc():
    text, name = decode(_cp1258("Ủy ban nhân dân tỉnh Lâm Đồng"), "x.txt")
    assert name == "cp1258"
    assert unicodedata.normalize("NFC", text) == "Ủy ban nhân dân tỉnh Lâm Đồng"


def test_nfd_utf8_comes_out_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh ban hành kế hoạch.")
    doc = parse(write_text(tmp_path / "nfd.txt", [nfd]), frozenset({"text"}))
    assert doc.blocks[0].text == unicodedata.normalize("NFC", nfd)
    assert doc.blocks[0].text != nfd


def test_hard_wrapped_lines_join_and_markdown_tables_keep_cells(tmp_path):
    path = write_text(tmp_path / "plan.md", [
        "# Kế hoạch", "", "Các sở, ngành tổ chức thực hiện",
        "nghiêm túc kế hoạch này.", "",
        "| STT | Nhiệm vụ | Thời gian |", "|---|---|---|", "| 1 | Rà soát | Quý I/2026 |"])
    doc = parse(path, frozenset({"text"}))
    assert [b.text for b in doc.blocks[:2]] == [
        "Kế hoạch", "Các sở, ngành tổ chức thực hiện nghiêm túc kế hoạch này."]
    assert [c.text for c in doc.blocks[2].cells] == ["STT", "Nhiệm vụ", "Thời gian"]
    assert (doc.blocks[3].location.table, doc.blocks[3].location.row) == (0, 1)
    assert [b.location.line for b in doc.blocks] == [1, 3, 6, 8]


def test_numbers_wrapped_to_a_line_start_stay_in_their_sentence(tmp_path):
    """Hard-wrapped text: "10 phút" or "1. september" after a line that ends mid-sentence is
    the sentence going on; a label after a sentence end, or any letter/bullet label, is an item."""
    path = write_text(tmp_path / "wrapped.txt", [
        "Phát biểu khai mạc không quá", "10 phút, tham luận không quá 5 phút.",
        "Avdelingen skal levere utkastet innen", "1. september 2026.",
        "1. Sở Nội vụ chủ trì rà soát.", "2. Sở Tư pháp phối hợp thực hiện", "theo quy định.",
        "a) Nội dung thứ nhất;", "- Gạch đầu dòng."])
    doc = parse(path, frozenset({"text"}))
    assert [(b.text, b.number) for b in doc.blocks] == [
        ("Phát biểu khai mạc không quá 10 phút, tham luận không quá 5 phút.", None),
        ("Avdelingen skal levere utkastet innen 1. september 2026.", None),
        ("1. Sở Nội vụ chủ trì rà soát.", "1."),
        ("2. Sở Tư pháp phối hợp thực hiện theo quy định.", "2."),
        ("a) Nội dung thứ nhất;", "a)"), ("- Gạch đầu dòng.", "-")]


def test_agenda_lines_after_an_unfinished_line_stay_apart(tmp_path):
    """"8h00 - 8h15: …" opens an agenda item even after a line without final punctuation,
    while a time wrapped inside a sentence ("lúc\\n14 giờ ngày …") still joins it."""
    path = tmp_path / "agenda.txt"
    path.write_text("Thời gian: ngày 15/12/2026\n8h00 - 8h15: Khai mạc hội nghị\n"
                    "08:15–08:25: Báo cáo kết quả\n\nHội nghị họp lúc\n14 giờ ngày 16/12/2026.\n",
                    encoding="utf-8")
    assert [b.text for b in parse(path).blocks] == [
        "Thời gian: ngày 15/12/2026", "8h00 - 8h15: Khai mạc hội nghị",
        "08:15–08:25: Báo cáo kết quả", "Hội nghị họp lúc 14 giờ ngày 16/12/2026."]
