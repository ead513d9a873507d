"""In-document suppressions: paragraph, Word comment and document-level forms; DL001 reports
the ones that silence nothing.

The findings suppressed here come from real rules on real files: DL902 (a page without a text
layer) on documents whose second page is a scan, and DL001 itself through the CLI.
"""
from __future__ import annotations

import dataclasses
import json

from builders import Table, add_docx_comment, write_docx, write_text
from doclint.config import Settings
from doclint.engine import Engine
from doclint.model import Page
from doclint.parsers import parse
from doclint.suppress import suppressions

BODY = ["KẾ HOẠCH", "Triển khai nhiệm vụ năm 2026",
        "1. Sở Tư pháp chủ trì xây dựng đề án.", "2. Sở Nội vụ rà soát biên chế."]


def _check(path, *, scanned_block: int, select=("DL001", "DL902")):
    """Findings of `path` as if the page starting at `scanned_block` were a scan."""
    engine = Engine(Settings(select=select))
    doc = engine.prepare(parse(path))
    blocks = tuple(dataclasses.replace(b, location=dataclasses.replace(
        b.location, page=2 if b.index >= scanned_block else 1)) for b in doc.blocks)
    doc = doc.with_(blocks=blocks, pages=(Page(1), Page(2, has_text=False)))
    findings, error = engine.check_document(doc)
    assert error is None
    return doc, findings


def test_without_a_directive_the_scanned_page_is_reported(tmp_path):
    path = write_text(tmp_path / "plan.txt", BODY)
    _, findings = _check(path, scanned_block=2)
    assert [(f.code, f.location.block) for f in findings] == [("DL902", 2)]


def test_paragraph_directive_covers_itself_and_the_next_block(tmp_path):
    lines = BODY[:2] + ["doclint: ignore DL902 (trang 2 là bản scan đã được duyệt)"] + BODY[2:]
    path = write_text(tmp_path / "plan.txt", lines)
    doc, findings = _check(path, scanned_block=3)  # the block right after the directive
    assert findings == []
    doc, findings = _check(path, scanned_block=4)  # two blocks later: not covered
    assert [(f.code, f.location.block) for f in findings] == [("DL001", 2), ("DL902", 4)]
    unused = [f for f in findings if f.code == "DL001"]
    assert unused[0].excerpt == doc.blocks[2].text  # the document's own text
    assert unused[0].evidence["source"] == "paragraph"


def test_prefix_and_several_codes(tmp_path):
    for directive in ("doclint: ignore DL9", "doclint: ignore DL203, DL902",
                      "DOCLINT: IGNORE dl201 dl902", "doclint: ignore ALL"):
        path = write_text(tmp_path / "plan.txt", BODY[:2] + [directive] + BODY[2:])
        _, findings = _check(path, scanned_block=3)
        assert [f.code for f in findings if f.code != "DL001"] == [], directive


def test_file_directive_silences_the_code_anywhere(tmp_path):
    path = write_text(tmp_path / "plan.txt",
                      ["doclint: ignore-file DL902"] + BODY)
    _, findings = _check(path, scanned_block=4)
    assert findings == []
    other = write_text(tmp_path / "other.txt", ["doclint: ignore-file DL4"] + BODY)
    _, findings = _check(other, scanned_block=4)
    assert [f.code for f in findings] == ["DL902"]  # DL4 did not run: not judged unused


def test_word_comment_directive_covers_the_commented_paragraph(tmp_path):
    path = write_docx(tmp_path / "plan.docx", BODY + [Table([["STT", "Nhiệm vụ"], ["1", "Rà soát"]])])
    add_docx_comment(path, "Sở Tư pháp", "doclint: ignore DL902 — đã duyệt, bản scan chữ ký")
    doc = parse(path)
    supp = suppressions(doc)
    assert len(supp) == 1 and supp[0].in_comment
    commented = next(b.index for b in doc.blocks if "Sở Tư pháp" in b.text)
    assert supp[0].scope == (commented,)
    _, findings = _check(path, scanned_block=commented)
    assert findings == []
    # the comment covers only its own paragraph, not the one after it
    _, findings = _check(path, scanned_block=commented + 1)
    assert [f.code for f in findings] == ["DL001", "DL902"]
    unused = findings[0]
    assert unused.location.block == commented and unused.evidence["source"] == "comment"
    assert "the commented paragraph" in unused.message


def test_unused_suppressions_through_the_cli_in_several_languages(tmp_path, run_cli):
    texts = {
        "vi.txt": ["KẾ HOẠCH", "doclint: ignore DL902", "Sở Tư pháp chủ trì."],
        "ru.txt": ["ПЛАН", "doclint: ignore DL902", "Министерству поручить разработать план."],
        "en.txt": ["PLAN", "doclint: ignore-file DL902",
                   "The Ministry of Justice shall draft the plan and report to the Government."],
        "ar.txt": ["خطة", "doclint: ignore DL902", "تتولى الوزارة إعداد الخطة."],
    }
    paths = [write_text(tmp_path / name, lines) for name, lines in texts.items()]
    out = json.loads(run_cli("check", "--no-cache", "--select", "DL0,DL9", "--format", "json",
                             *paths).output)
    for f in out["files"]:
        assert [x["code"] for x in f["findings"]] == ["DL001"], f["path"]
        assert f["findings"][0]["excerpt"].startswith("doclint: ignore")
    # DL001 can be ignored like any rule, and is not reported when DL902 does not run
    out = json.loads(run_cli("check", "--no-cache", "--format", "json", "--select", "DL0,DL9",
                             "--ignore", "DL001",
                             *paths).output)
    assert all(f["findings"] == [] for f in out["files"])
    out = json.loads(run_cli("check", "--no-cache", "--format", "json", "--select", "DL001",
                             *paths).output)
    assert all(f["findings"] == [] for f in out["files"])
