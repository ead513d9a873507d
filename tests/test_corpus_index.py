"""The corpus index: incremental sync by content hash, user folders (--corpus, config), the
`doclint corpus add/list` commands, sidecar overrides and header metadata."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from builders import write_docx, write_pdf, write_text
from test_copy_detection import CORPUS, HEADER, OWN, TAIL, TYPE_LINE, section


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DOCLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("DOCLINT_CORPUS_DIR", raising=False)


def folder_with_three(tmp_path: Path) -> Path:
    folder = tmp_path / "directives"
    folder.mkdir()
    write_text(folder / "a.txt", HEADER["vi"] + ["KẾ HOẠCH", "Cải cách hành chính năm 2026",
                                                 *OWN["vi"][:3]])
    write_docx(folder / "b.docx", ["BÁO CÁO", *OWN["vi"][3:6]])
    write_pdf(folder / "c.pdf", ["PLAN", *OWN["en"][:4]])
    return folder


def test_sync_reindexes_only_what_changed(tmp_path: Path) -> None:
    from doclint.corpus.index import open_index

    folder = folder_with_three(tmp_path)
    first = open_index([folder])
    assert len(first.last_sync.indexed) == 3 and not first.last_sync.problems
    first.close()
    again = open_index([folder])
    assert again.last_sync.indexed == [] and again.last_sync.unchanged == 3
    again.close()
    # touched but identical content: hashed, not parsed again
    os.utime(folder / "a.txt", ns=(1, 1))
    assert open_index([folder]).last_sync.indexed == []
    # modify one, add one, remove one
    write_text(folder / "a.txt", ["KẾ HOẠCH", *OWN["vi"][6:8]])
    write_text(folder / "d.txt", OWN["nb"][:3])
    (folder / "c.pdf").unlink()
    index = open_index([folder])
    sync = index.last_sync
    assert sorted(Path(p).name for p in sync.indexed) == ["a.txt", "d.txt"]
    assert [Path(p).name for p in sync.removed] == ["c.pdf"]
    assert sync.unchanged == 1
    names = sorted(Path(d.path).name for d in index.documents())
    assert names == ["a.txt", "b.docx", "d.txt"]
    # the modified text is what is matched now, the old text is gone
    from doclint.corpus.tokens import TextBlock
    _, found = index.match([TextBlock(0, " ".join(OWN["vi"][6:8]), {"block": 0})])
    assert found and Path(found[0].source.path).name == "a.txt"
    _, gone = index.match([TextBlock(0, " ".join(OWN["vi"][:3]), {"block": 0})])
    assert gone == []


def test_documents_described_by_their_headers_and_sidecar(tmp_path: Path) -> None:
    from doclint.corpus.index import open_index

    folder = tmp_path / "own"
    folder.mkdir()
    write_docx(folder / "kh.docx", ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
                                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                    "Số: 125/KH-UBND", "Lâm Đồng, ngày 15 tháng 12 năm 2025",
                                    "KẾ HOẠCH", "Thực hiện chuyển đổi số năm 2026", *OWN["vi"][:4]])
    write_text(folder / "old.txt", ["KẾ HOẠCH", *OWN["vi"][4:6]])
    (folder / "corpus.toml").write_text(
        '[[document]]\nfile = "old.txt"\nid = "99/KH-UBND"\nstatus = "superseded"\n'
        'level = "province"\n', encoding="utf-8")
    docs = {Path(d.path).name: d for d in open_index([folder]).documents()}
    kh = docs["kh.docx"]
    assert (kh.id, kh.date, kh.language, kh.type) == ("125/KH-UBND", "2025-12-15", "vi", "plan")
    assert kh.title == "Thực hiện chuyển đổi số năm 2026"
    assert "LÂM ĐỒNG" in (kh.issuer or "")
    old = docs["old.txt"]
    assert (old.id, old.status, old.level) == ("99/KH-UBND", "superseded", "province")


def test_shipped_corpus_metadata(tmp_path: Path) -> None:
    from doclint.config import Settings
    from doclint.corpus.service import open_corpus

    docs = open_corpus(Settings()).documents()
    langs = sorted(d.language for d in docs if d.id == "226-KL/TW")
    assert langs == ["ar", "en", "nb", "ru", "vi"]
    assert any(d.id == "155-KL/TW" and d.language == "ru" for d in docs)
    for d in docs:
        assert d.issuer and d.level == "central" and d.date and d.source.startswith("https://")
        assert d.words > 500
    assert {d.translation for d in docs if d.language == "vi"} == {"working"}


def _user_draft(tmp_path: Path) -> Path:
    return write_text(tmp_path / "draft.txt", HEADER["en"] + [TYPE_LINE["en"], *OWN["en"][:6],
                                                              *TAIL["en"]])


def _user_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "ministry"
    folder.mkdir()
    write_docx(folder / "ministry-plan.docx", ["PLAN", *OWN["en"][:7]])
    return folder


def _codes(run_cli, *args: str) -> list[str]:  # type: ignore[no-untyped-def]
    data = json.loads(run_cli("check", "--select", "DL101,DL102", "--format", "json", *args).output)
    return sorted(f["code"] for f in data["files"][0]["findings"])


def test_user_corpus_via_option_and_config(run_cli, tmp_path: Path) -> None:
    draft, folder = _user_draft(tmp_path), _user_corpus(tmp_path)
    assert _codes(run_cli, draft) == []  # not in the shipped corpus
    assert "DL101" in _codes(run_cli, "--corpus", folder, draft)
    (tmp_path / "doclint.toml").write_text('corpus = ["ministry"]\n', encoding="utf-8")
    assert "DL101" in _codes(run_cli, draft)
    # the folder's documents are not used by runs that do not name it
    (tmp_path / "doclint.toml").unlink()
    assert _codes(run_cli, draft) == []


def test_a_file_in_the_corpus_is_not_its_own_source(run_cli, tmp_path: Path) -> None:
    folder = _user_corpus(tmp_path)
    assert _codes(run_cli, "--corpus", folder, folder / "ministry-plan.docx") == []


def test_corpus_add_and_list(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tmp_path / "shipped"
    shutil.copytree(CORPUS, shipped)
    monkeypatch.setenv("DOCLINT_CORPUS_DIR", str(shipped))
    doc = write_docx(tmp_path / "circular.docx", ["CÔNG VĂN", *section("vi")[:1], *OWN["vi"][:2]])
    result = run_cli("corpus", "add", doc, "--id", "45/CV-BNV", "--issuer", "Bộ Nội vụ",
                     "--level", "ministry", "--date", "2025-10-01", "--status", "superseded")
    assert result.exit_code == 0 and (shipped / "circular.docx").is_file()
    listed = json.loads(run_cli("corpus", "list", "--format", "json").output)
    (entry,) = [d for d in listed if d["id"] == "45/CV-BNV"]
    assert (entry["issuer"], entry["level"], entry["status"], entry["language"]) == (
        "Bộ Nội vụ", "ministry", "superseded", "vi")
    assert entry["words"] > 50
    # adding again updates the entry instead of duplicating it; comments survive
    run_cli("corpus", "add", doc, "--status", "in-force")
    text = (shipped / "corpus.toml").read_text(encoding="utf-8")
    assert text.count('file = "circular.docx"') == 1 and text.startswith("# The shipped corpus")
    table = run_cli("corpus", "list").output
    assert "45/CV-BNV" in table and "in-force" in table.split("45/CV-BNV")[1].splitlines()[0]
    assert table.count("226-KL/TW") == 5


def test_corpus_add_refuses_unreadable_files(run_cli, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCLINT_CORPUS_DIR", str(tmp_path / "shipped"))
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    result = run_cli("corpus", "add", bad)
    assert result.exit_code != 0 and "DL901" in result.output
    assert not (tmp_path / "shipped" / "broken.docx").exists()


def test_retrieval_finds_the_source_among_many(tmp_path: Path) -> None:
    import random

    from doclint.corpus.documents import LoadedDocument, SourceInfo
    from doclint.corpus.index import CorpusIndex
    from doclint.corpus.tokens import TextBlock

    rng = random.Random(3)
    vocab = sorted({w.strip(".,;:") for s in OWN["vi"] + OWN["en"] for w in s.split()})
    index = CorpusIndex(["bench"], tmp_path / "index.sqlite3")

    def doc(n: int) -> LoadedDocument:
        text = " ".join(rng.choice(vocab) for _ in range(300))
        return LoadedDocument(SourceInfo(f"mem/{n}", f"{n}/QD"), [TextBlock(0, text, {"block": 0})])

    docs = [doc(n) for n in range(400)]
    index.add_documents("bench", docs)
    draft = docs[123].blocks[0].text.split()
    _, passages = index.match([TextBlock(0, "Mở đầu riêng của cấp dưới. " + " ".join(draft[40:140]),
                                         {"block": 0})])
    assert [p.source.id for p in passages] == ["123/QD"]
    assert passages[0].words >= 95


def test_index_opened_only_when_needed_and_reused_unchanged(run_cli, tmp_path: Path) -> None:
    draft = write_text(tmp_path / "draft.txt", HEADER["vi"] + [TYPE_LINE["vi"], *section("vi")[:4],
                                                             *TAIL["vi"]])
    db = tmp_path / "cache" / "corpus.sqlite3"
    run_cli("check", "--no-cache", "--select", "DL203", draft)
    assert not db.exists()  # no rule asked for the corpus: the index was never opened
    assert "DL101" in _codes(run_cli, "--no-cache", draft)
    assert db.exists()
    stamps = {p.name: p.stat().st_mtime_ns for p in db.parent.glob("corpus.sqlite3*")}
    from doclint.config import Settings
    from doclint.corpus.service import open_corpus

    index = open_corpus(Settings())
    assert index.last_sync.indexed == [] and index.last_sync.unchanged == 6
    assert "DL101" in _codes(run_cli, "--no-cache", draft)
    # an unchanged corpus is read, never written: no rebuild, no lock taken
    assert stamps == {p.name: p.stat().st_mtime_ns for p in db.parent.glob("corpus.sqlite3*")}
