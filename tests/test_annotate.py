"""`doclint check draft.docx --annotate reviewed.docx`: Word comments on the flagged paragraphs
of a copy, read back from the saved file; the original stays byte-identical."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from builders import Heading, Table, write_docx
from doclint.model import Finding, Location, Severity
from doclint.report.annotate import annotate_docx, comment_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_comments(path: Path) -> list[tuple[str, str, str]]:
    """(anchored paragraph text, comment text, author) for each comment in the file."""
    import docx

    document = docx.Document(str(path))
    texts = {c.comment_id: (c.text, c.author) for c in document.comments}
    out = []
    for start in document.element.body.iter(W + "commentRangeStart"):
        cid = int(start.get(W + "id"))
        para = start.getparent()
        while para.tag != W + "p":
            para = para.getparent()
        anchored = "".join(t.text or "" for t in para.iter(W + "t"))
        out.append((anchored, *texts[cid]))
    return out


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_annotated_copy_has_a_comment_on_each_flagged_paragraph(tmp_path, run_cli):
    draft = write_docx(tmp_path / "draft.docx", [
        Heading("KẾ HOẠCH"),
        "Triển khai thực hiện Kết luận số 226-KL/TW năm 2026",
        "doclint: ignore DL902",
        "1. Sở Tư pháp chủ trì xây dựng đề án.",
        Table([["STT", "Nhiệm vụ", "Ghi chú"],
               ["1", "Rà soát văn bản", "doclint: ignore DL903"]]),
        "doclint: ignore DL902",  # the same text again: each finding keeps its own paragraph
    ], page_header="UBND TỈNH BẮC NINH")
    before = _sha(draft)
    reviewed = tmp_path / "out" / "reviewed.docx"
    result = run_cli("check", "--no-cache", "--select", "DL0,DL9", "--format", "json", draft, "--annotate", reviewed)
    assert result.exit_code == 0  # DL001 is info
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [f["code"] for f in findings] == ["DL001", "DL001", "DL001"]
    assert "annotated copy" in result.stderr and "(3 comment(s))" in result.stderr
    assert _sha(draft) == before  # the original is never modified
    assert read_comments(draft) == []
    comments = read_comments(reviewed)
    assert [c[0] for c in comments] == ["doclint: ignore DL902", "doclint: ignore DL903",
                                        "doclint: ignore DL902"]
    for (anchored, text, author), f in zip(comments, findings):
        assert author == "doclint"
        assert text.startswith("DL001 unused-suppression [info]: ") and f["message"] in text
    # the two identical paragraphs each got one comment: they are different elements
    import docx

    paras = [p for p in docx.Document(str(reviewed)).paragraphs
             if p.text == "doclint: ignore DL902"]
    assert len(paras) == 2 and all(p._p.xpath(".//w:commentRangeStart") for p in paras)


def test_annotating_several_files_writes_into_a_folder(tmp_path, run_cli):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    write_docx(drafts / "vi.docx", ["KẾ HOẠCH", "doclint: ignore DL902", "Sở Nội vụ chủ trì."])
    write_docx(drafts / "ru.docx", ["ПЛАН", "doclint: ignore DL902",
                                    "Министерству юстиции поручить разработать проект."])
    (drafts / "notes.txt").write_text("doclint: ignore DL902\n", encoding="utf-8")
    out = tmp_path / "reviewed"
    result = run_cli("check", "--no-cache", "--select", "DL0,DL9", drafts, "--annotate", out)
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["ru.docx", "vi.docx"]
    for name in ("ru.docx", "vi.docx"):
        [(anchored, text, _)] = read_comments(out / name)
        assert anchored == "doclint: ignore DL902" and text.startswith("DL001")


def test_annotate_without_a_docx_is_an_error(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text("KẾ HOẠCH\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", "DL0,DL9", tmp_path / "a.txt", "--annotate", tmp_path / "x.docx")
    assert result.exit_code == 2 and "no readable DOCX" in result.stderr


def test_findings_are_anchored_by_table_coordinates_excerpt_and_block(tmp_path):
    draft = write_docx(tmp_path / "plan.docx", [
        "KẾ HOẠCH",
        "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ xây dựng đề án tinh giản biên chế.",
        Table([["STT", "Nhiệm vụ"], ["1", "Rà soát"], ["2", "Báo cáo kết quả"]]),
        "Giao Sở Tài chính bố trí kinh phí.",
    ])

    def finding(code, excerpt, **loc):
        return Finding(code, "x", Severity.WARNING, f"message {code}", Location(**loc), excerpt,
                       {"source": "155-KL/TW", "source_location": "§2"} if code == "DL102" else {})

    findings = [
        finding("DL203", "2 | Báo cáo kết quả", block=4, table=0, row=2),
        # a passage inside a paragraph, with a block number that is off: the excerpt decides
        finding("DL102", "phối hợp với Sở Nội vụ xây dựng đề án", block=7),
        finding("DL902", "", block=5),  # no text: the block number decides
    ]
    dst = tmp_path / "reviewed.docx"
    assert annotate_docx(draft, dst, findings) == 3
    comments = {anchored: text for anchored, text, _ in read_comments(dst)}
    assert comments == {
        "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ xây dựng đề án tinh giản biên chế.":
            "DL102 x [warning]: message DL102\nSource: id: 155-KL/TW; location: §2",
        "Báo cáo kết quả": "DL203 x [warning]: message DL203",
        "Giao Sở Tài chính bố trí kinh phí.": "DL902 x [warning]: message DL902"}


def test_comment_text_names_the_source_of_a_copy():
    f = Finding("DL102", "copied-passage", Severity.WARNING, "copied from a higher-level document",
                Location(block=3), "Tăng cường công tác", {"source_id": "155-KL/TW",
                                                           "similarity": 0.97})
    assert comment_text(f) == ("DL102 copied-passage [warning]: copied from a higher-level "
                               "document\nSource: id: 155-KL/TW")


def test_the_copy_must_not_replace_the_original(tmp_path):
    draft = write_docx(tmp_path / "d.docx", ["KẾ HOẠCH"])
    import pytest

    with pytest.raises(ValueError):
        annotate_docx(draft, tmp_path / "." / "d.docx", [])
