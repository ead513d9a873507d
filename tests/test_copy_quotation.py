"""Real drafts: an attributed quotation relayed from a superior, and letters that share only
their boilerplate (issue 13)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from builders import write_docx, write_pdf, write_text
from test_copy_detection import HEADER, OWN, TAIL, section


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    monkeypatch.setenv("DOCLINT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "quote-cache"))
    monkeypatch.delenv("DOCLINT_CORPUS_DIR", raising=False)


def check(run_cli, path: Path, *extra: str) -> list[dict]:  # type: ignore[no-untyped-def]
    data = json.loads(run_cli("check", "--select", "DL1", "--format", "json", *extra,
                              path).output)
    assert data["files"][0]["error"] is None
    return data["files"][0]["findings"]


def relay(quoted: list[str]) -> list[str]:
    first, *rest = quoted
    body = [f"“1. {first}", *(f"{n}. {p}" for n, p in enumerate(rest, start=2))]
    body[-1] += "”"
    return ["Thực hiện Công văn số 1234/BNV-TCPCP ngày 05/12/2025 của Bộ Nội vụ về việc thực hiện "
            "Kết luận của Ban Bí thư, Bộ Nội vụ có ý kiến như sau:", *body]


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_attributed_quotation_is_marked_and_still_counted(run_cli, tmp_path: Path,
                                                           kind: str) -> None:
    lines = HEADER["vi"] + ["BÁO CÁO", *relay(section("vi")[2:6]), *TAIL["vi"]]
    writer = write_docx if kind == "docx" else write_pdf
    found = check(run_cli, writer(tmp_path / f"relay.{kind}", lines))
    passages = [f for f in found if f["code"] == "DL102"]
    assert passages
    for p in passages:
        assert p["severity"] == "info"
        assert p["evidence"]["quotation"]["quoted_document"] == "1234/BNV-TCPCP"
        assert "ý kiến như sau" in p["evidence"]["quotation"]["attribution"]
        assert "attributed quotation" in p["message"]
    (mere,) = [f for f in found if f["code"] == "DL101"]
    assert mere["evidence"]["quoted_words"] > 0.8 * mere["evidence"]["copied_words"]
    assert "quotation marks" in mere["message"]


def test_unquoted_copy_is_not_a_quotation(run_cli, tmp_path: Path) -> None:
    lines = HEADER["vi"] + ["BÁO CÁO", "Bộ Nội vụ có ý kiến như sau:", *section("vi")[2:6],
                            *TAIL["vi"]]
    found = check(run_cli, write_text(tmp_path / "plain.txt", lines))
    passages = [f for f in found if f["code"] == "DL102"]
    assert passages and all("quotation" not in p["evidence"] for p in passages)
    assert all(p["severity"] == "warning" for p in passages)


LETTER_HEAD = ["UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "Độc lập - Tự do - Hạnh phúc", "Số:      /SNV-TCBC", "Lâm Đồng, ngày    tháng 12 năm 2025",
               "V/v phối hợp thực hiện nhiệm vụ năm 2026",
               "Kính gửi: Các sở, ban, ngành; UBND các xã, phường, đặc khu."]
LETTER_TAIL = ["Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.",
               "Nơi nhận:", "- Như trên;", "- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;",
               "- Lưu: VT, TCBC.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"]


def test_letters_sharing_only_boilerplate_are_not_copies(run_cli, tmp_path: Path) -> None:
    peers = tmp_path / "peers"
    peers.mkdir()
    write_docx(peers / "letter-a.docx", LETTER_HEAD + OWN["vi"][:2] + LETTER_TAIL)
    letter_b = write_docx(tmp_path / "letter-b.docx", LETTER_HEAD + OWN["vi"][4:6] + LETTER_TAIL)
    assert check(run_cli, letter_b, "--corpus", peers) == []
    # the same letter body is found in that folder: the folder is really searched
    same = write_docx(tmp_path / "letter-c.docx", LETTER_HEAD + OWN["vi"][:2] + LETTER_TAIL)
    codes = sorted(f["code"] for f in check(run_cli, same, "--corpus", peers))
    assert "DL101" in codes


def test_near_duplicates_ignore_boilerplate() -> None:
    from doclint.corpus.peers import near_duplicates

    a = "\n".join(OWN["vi"][:3])
    b = "\n".join(OWN["vi"][5:8])
    pairs = near_duplicates([("a", a), ("b", b), ("a-copy", a.upper()), ("a-half", OWN["vi"][0])],
                            threshold=0.5)
    found = {(p.id_a, p.id_b) for p in pairs}
    assert ("a", "a-copy") in found
    assert any({"a-half"} < {p.id_a, p.id_b} and p.containment == 1.0 for p in pairs)
    assert not any("b" in (p.id_a, p.id_b) for p in pairs)
    full = next(p for p in pairs if {p.id_a, p.id_b} == {"a", "a-copy"})
    assert full.similarity == 1.0 and full.containment_a == full.containment_b == 1.0


def test_stray_quotation_mark_does_not_make_a_quotation(run_cli, tmp_path: Path) -> None:
    # an opening mark never closed before a silently copied section
    lines = HEADER["vi"] + ["BÁO CÁO", "Theo ý kiến của “Tổ công tác, đơn vị đề xuất như sau:",
                            *section("vi")[2:6], *TAIL["vi"]]
    found = check(run_cli, write_text(tmp_path / "stray.txt", lines))
    passages = [f for f in found if f["code"] == "DL102"]
    assert passages and all(p["severity"] == "warning" for p in passages)
    assert all("quotation" not in p["evidence"] for p in passages)


def test_english_relay_with_apostrophes_is_one_quotation(run_cli, tmp_path: Path) -> None:
    quoted = section("en")[2:5]
    body = [f"“In the Secretariat’s words. {quoted[0]}", *quoted[1:-1], f"{quoted[-1]}”"]
    lines = HEADER["en"] + ["REPORT", "Under Conclusion No. 226-KL/TW, the Secretariat wrote:",
                            *body, *TAIL["en"]]
    found = check(run_cli, write_text(tmp_path / "relay-en.txt", lines))
    passages = [f for f in found if f["code"] == "DL102"]
    assert passages and all(p["severity"] == "info" for p in passages)
    assert {p["evidence"]["quotation"]["quoted_document"] for p in passages} == {"226-KL/TW"}
