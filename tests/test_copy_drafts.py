"""DL101/DL102 on drafts as drafters really produce them: Vietnamese typed without diacritics or
saved decomposed (NFD), numbering changed, paragraphs split and merged, copied text inside a
DOCX task table, PDFs whose lines wrap elsewhere, typos; and honest plans that cite 226-KL/TW
and repeat one or two of its standard phrases, which must not be reported."""
from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

import pytest

from builders import Item, Table, write_docx, write_pdf, write_text
from test_copy_detection import HEADER, INTRO, OWN, TAIL, TYPE_LINE, section


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    monkeypatch.setenv("DOCLINT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "drafts-cache"))
    monkeypatch.delenv("DOCLINT_CORPUS_DIR", raising=False)


def check(run_cli, path: Path) -> list[dict]:  # type: ignore[no-untyped-def]
    data = json.loads(run_cli("check", "--select", "DL101,DL102", "--format", "json",
                              path).output)
    (file,) = data["files"]
    assert file["error"] is None, file["error"]
    return file["findings"]


def plan(lang: str, body: list) -> list:  # type: ignore[type-arg]
    return HEADER[lang] + [TYPE_LINE[lang], INTRO[lang], *body, *TAIL[lang]]


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.;])\s+", text)


def mere_copy(found: list[dict]) -> dict:
    (mere,) = [f for f in found if f["code"] == "DL101"]
    return mere


def passages(found: list[dict]) -> list[dict]:
    return [f for f in found if f["code"] == "DL102"]


def test_vietnamese_typed_without_diacritics(run_cli, tmp_path: Path) -> None:
    from doclint.lang.normalize import fold

    body = section("vi")[:6]
    bare = [fold(p) for p in body]  # "chi ban hanh van ban khi that su can thiet"
    found = check(run_cli, write_text(tmp_path / "khong-dau.txt", plan("vi", bare)))
    assert mere_copy(found)["evidence"]["containment"] >= 0.8
    excerpts = " ".join(p["excerpt"] for p in passages(found))
    assert "chi ban hanh van ban khi that su can thiet" in excerpts  # the draft's own letters
    assert all(p["evidence"]["source"] == "226-KL/TW" for p in passages(found))


def test_decomposed_unicode_gives_nfc_excerpts(run_cli, tmp_path: Path) -> None:
    lines = [unicodedata.normalize("NFD", line) for line in plan("vi", section("vi")[:5])]
    path = write_text(tmp_path / "nfd.txt", lines)
    found = check(run_cli, path)
    assert mere_copy(found)
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    for f in found:
        assert unicodedata.is_normalized("NFC", f["excerpt"])
        assert all(piece in text for piece in f["excerpt"].split("\n"))


@pytest.mark.parametrize("lang", ["vi", "en", "ar"])
def test_reordered_and_renumbered_sentences_are_each_located(run_cli, tmp_path: Path,
                                                             lang: str) -> None:
    body = section(lang)[:6][::-1]
    labels = ["I.", "II.", "1.1.", "a)", "b)", "(3)"]
    found = check(run_cli, write_text(tmp_path / "renumbered.txt",
                                      plan(lang, [f"{lb} {p}" for lb, p in zip(labels, body)])))
    assert mere_copy(found)
    located = passages(found)
    # each pasted paragraph is its own passage, even the one-sentence ones, with its own place
    # in the source; the excerpt starts where the paragraph's text starts (label left out)
    assert len(located) >= 5
    starts = {p["excerpt"][:25] for p in located}
    assert sum(any(s == para[:25] for s in starts) for para in body) >= 5
    assert len({json.dumps(p["evidence"]["source_location"]) for p in located}) >= 5


@pytest.mark.parametrize("lang", ["vi", "ru"])
def test_split_and_merged_paragraphs(run_cli, tmp_path: Path, lang: str) -> None:
    body = section(lang)[:6]
    split = [s for p in body for s in sentences(p)]
    merged = [" ".join(split[i:i + 4]) for i in range(0, len(split), 4)]
    as_split = mere_copy(check(run_cli, write_docx(tmp_path / "split.docx", plan(lang, split))))
    as_merged = mere_copy(check(run_cli, write_text(tmp_path / "merged.txt", plan(lang, merged))))
    for mere in (as_split, as_merged):
        assert mere["evidence"]["containment"] >= 0.85
        assert mere["evidence"]["sources"][0]["id"] == "226-KL/TW"
    assert abs(as_split["evidence"]["copied_words"] - as_merged["evidence"]["copied_words"]) <= 10


TABLE = {"vi": (["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
                ("Sở Nội vụ", "Thường xuyên")),
         "ru": (["№", "Содержание", "Ответственный", "Срок"], ("Департамент", "Постоянно"))}


@pytest.mark.parametrize("lang", ["vi", "ru"])
def test_copied_text_in_a_docx_task_table(run_cli, tmp_path: Path, lang: str) -> None:
    head, (lead, when) = TABLE[lang]
    body = [p.lstrip("— ") for p in section(lang)[:6]]
    rows = [head] + [[str(n), p, lead, when] for n, p in enumerate(body, 1)]
    path = write_docx(tmp_path / "table.docx",
                      HEADER[lang] + [TYPE_LINE[lang], INTRO[lang], Table(rows), *TAIL[lang]])
    found = check(run_cli, path)
    assert mere_copy(found)["evidence"]["containment"] >= 0.8
    located = passages(found)
    assert located and all(p["location"].get("table") is not None for p in located)
    # the excerpt starts and ends with copied cells' text: the row number before and the lead
    # unit and deadline after them are the draft's own
    assert located[0]["excerpt"].startswith(body[0][:40])
    assert located[-1]["excerpt"].endswith(body[-1].rstrip(".;")[-20:])


@pytest.mark.parametrize("lang", ["vi", "nb"])
def test_pdf_lines_wrapped_elsewhere(run_cli, tmp_path: Path, lang: str) -> None:
    body = section(lang)[:6]
    small = mere_copy(check(run_cli, write_pdf(tmp_path / "small.pdf", plan(lang, body), size=9)))
    large = mere_copy(check(run_cli, write_pdf(tmp_path / "large.pdf", plan(lang, body), size=15)))
    plain = mere_copy(check(run_cli, write_text(tmp_path / "plain.txt", plan(lang, body))))
    figures = [m["evidence"]["containment"] for m in (small, large, plain)]
    assert min(figures) >= 0.85 and max(figures) - min(figures) <= 0.03


def typos(text: str, rng: random.Random) -> str:
    """Two neighbouring letters swapped in every sixth word."""
    tokens = text.split()
    for i in range(2, len(tokens), 6):
        t = tokens[i]
        if len(t) > 3:
            j = rng.randrange(len(t) - 1)
            tokens[i] = t[:j] + t[j + 1] + t[j] + t[j + 2:]
    return " ".join(tokens)


@pytest.mark.parametrize("lang", ["vi", "en", "ru", "nb", "ar"])
def test_typos_and_light_edits_at_paragraph_starts(run_cli, tmp_path: Path, lang: str) -> None:
    rng = random.Random(lang)
    body = [typos(p.lstrip("— "), rng) for p in section(lang)[:6]]
    body = [f"{p.split(' ', 1)[0]} {OWN[lang][0].split()[1]} {p.split(' ', 1)[1]}" for p in body]
    path = write_docx(tmp_path / "typos.docx", plan(lang, [Item(p) for p in body]))
    found = check(run_cli, path)
    assert mere_copy(found)["evidence"]["containment"] >= 0.75
    # an edit in a paragraph's first words still gives the whole paragraph as the excerpt
    assert any(p["excerpt"].startswith(body[0][:30]) for p in passages(found))


STANDARD = {
    "vi": ("Thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư về chấn chỉnh lề lối "
           "làm việc, nâng cao hiệu quả hoạt động của hệ thống chính trị, UBND tỉnh ban hành Kế "
           "hoạch như sau:",
           "Văn bản của cấp dưới phải cụ thể hóa chỉ đạo của cấp trên thành nhiệm vụ, giải pháp "
           "cụ thể của cấp mình, đơn vị mình.",
           "Hằng năm giảm ít nhất 15% số lượng văn bản hành chính so với năm trước."),
    "en": ("To implement Conclusion No. 226-KL/TW of the Secretariat on rectifying working methods "
           "and improving the effectiveness of the political system, the committee adopts this plan:",
           "Documents from lower levels must concretize directives from higher levels into specific "
           "tasks and solutions for their level or unit.",
           "We must reduce the number of administrative documents by at least 15% compared to the "
           "previous year."),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_honest_plan_repeating_standard_phrases(run_cli, tmp_path: Path, lang: str) -> None:
    cite, phrase, target = STANDARD[lang]
    own = OWN[lang]
    body = [cite, phrase, *own[:4], f"{own[4]} {target}", *own[5:]]
    lines = HEADER[lang] + [TYPE_LINE[lang], *body, *TAIL[lang]]
    for path in (write_docx(tmp_path / "honest.docx", lines),
                 write_pdf(tmp_path / "honest.pdf", lines)):
        assert check(run_cli, path) == []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_two_standard_phrases_side_by_side_are_a_short_quotation(run_cli, tmp_path: Path,
                                                                  lang: str) -> None:
    cite, phrase, target = STANDARD[lang]
    lines = HEADER[lang] + [TYPE_LINE[lang], cite, f"{phrase} {target}", *OWN[lang], *TAIL[lang]]
    found = check(run_cli, write_text(tmp_path / "side-by-side.txt", lines))
    assert found and all(f["code"] == "DL102" for f in found)
    for f in found:
        assert f["severity"] == "info" and f["evidence"]["short_quotation"] is True
        assert f["evidence"]["source"] == "226-KL/TW"
        assert f["excerpt"].startswith(phrase[:30])
    # a paragraph pasted after them makes them part of a run of copying: all are warnings
    lines.insert(lines.index(f"{phrase} {target}") + 1, section(lang)[0])
    longer = check(run_cli, write_text(tmp_path / "pasted.txt", lines))
    assert "DL101" not in {f["code"] for f in longer}
    assert len(longer) >= 2 and {f["severity"] for f in longer} == {"warning"}


@pytest.mark.parametrize("lang", ["vi", "ru"])
def test_whole_directive_with_own_tasks_appended(run_cli, tmp_path: Path, lang: str) -> None:
    lines = (Path(__file__).resolve().parents[1] / "corpus" / f"226-KL-TW.{lang}.txt").read_text(
        encoding="utf-8").splitlines()
    pasted = [line.lstrip("-— ") for line in lines[3:] if line.strip()]
    copied_words = sum(len(p.split()) for p in pasted)

    def own_tasks(words: int) -> list[str]:  # the language's own tasks, again as needed
        out: list[str] = []
        while sum(len(t.split()) for t in out) < words:
            out.append(OWN[lang][len(out) % len(OWN[lang])])
        return out

    few = own_tasks(270)
    found = check(run_cli, write_text(tmp_path / "whole.txt", plan(lang, [*pasted, *few])))
    ev = mere_copy(found)["evidence"]
    # more than max-own-words of its own, but a small share of a long copy
    assert ev["own_words"] > 250 and ev["containment"] >= 0.8
    # own tasks that make a real share of the text (over a third): no longer a mere copy
    many = own_tasks(copied_words * 0.6)
    found = check(run_cli, write_text(tmp_path / "more.txt", plan(lang, [*pasted, *many])))
    assert "DL101" not in {f["code"] for f in found}
    assert "DL102" in {f["code"] for f in found}
