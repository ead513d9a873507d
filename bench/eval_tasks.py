"""Precision and recall of the concretization rules (DL201–DL206) on labelled drafts.

Two labelled sets:
- tests/data/tasks/drafts/*.txt: whole documents as offices write them (five languages; DOCX,
  PDF and text; numbered paragraphs, bullets under unit headings, task tables with section
  rows, missing diacritics, typos, named officials). Each task line ends with a label
  `⟦<leads> <timing>⟧` (leads 0, 1, 2 or ?; timing none, vague, firm or ?); `?` leaves that
  part unscored. Front matter gives the format, the split (dev: looked at while fixing;
  holdout: measured only) and the document-level verdicts (`resources: no` → DL205,
  `concrete: no` → DL206). See tests/data/tasks/README.md.
- tests/data/tasks/labelled.tsv: single tasks put into a small plan of their language.

A finding is counted on the labelled task whose text its excerpt holds (or is part of); a
finding on no labelled task (a purpose line, a header) is a false positive. Task extraction
itself is scored too (labelled tasks found / extracted tasks that are labelled). Every finding's
excerpt is also checked to be the document's own text.

Run: .venv/bin/python bench/eval_tasks.py [--split dev|holdout|fresh|fresh2|all] [--misses]
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from builders import Item, Table, write_docx, write_pdf, write_text  # noqa: E402
from doclint.config import Settings  # noqa: E402
from doclint.engine import Engine  # noqa: E402
from doclint.parsers.text import parse_text  # noqa: E402
from doclint.rules.base import Context  # noqa: E402
from doclint.tasks import extract_tasks  # noqa: E402

DATA = ROOT / "tests" / "data" / "tasks"
TASK_CODES = ("DL201", "DL202", "DL203", "DL204")
CODES = (*TASK_CODES, "DL205", "DL206")
_LABEL = re.compile(r"\s*⟦([012?]) (none|vague|firm|\?)⟧\s*$")


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@dataclass
class Labelled:
    key: str  # normalised task text (the task cell for table rows)
    line: str  # normalised whole line or row
    leads: str
    timing: str

    def expected(self) -> set[str] | None:
        out = set()
        if self.leads == "0":
            out.add("DL201")
        if self.leads == "2":
            out.add("DL202")
        if self.timing == "none":
            out.add("DL203")
        if self.timing == "vague":
            out.add("DL204")
        return out

    def scored(self, code: str) -> bool:
        return (self.leads != "?") if code in ("DL201", "DL202") else (self.timing != "?")


@dataclass
class Draft:
    path: Path
    meta: dict[str, str]
    body: list  # builder items
    header: list[list[str]] = field(default_factory=list)
    tasks: list[Labelled] = field(default_factory=list)
    source: str = ""  # all text, normalised, for the own-text check

    @property
    def lang(self) -> str:
        return self.path.stem.split("-")[1]


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def load_draft(path: Path) -> Draft:
    head, _, text = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    draft = Draft(path, meta, [])
    table: Table | None = None
    texts: list[str] = []
    labelled_rows: list[tuple[Labelled, list[str]]] = []
    for raw in text.splitlines():
        m = _LABEL.search(raw)
        line = raw[:m.start()] if m else raw
        if line.startswith("|h "):
            draft.header.append(_cells(line[3:]))
            texts += draft.header[-1]
            continue
        if line.startswith("|"):
            if table is None:
                table = Table([])
                draft.body.append(table)
            if line.startswith("|= "):
                table.merged_rows.add(len(table.rows))
                width = len(table.rows[0]) if table.rows else 1
                table.rows.append([_cells(line[3:])[0]] * width)
            else:
                table.rows.append(_cells(line))
            texts += table.rows[-1]
            if m:
                cells = table.rows[-1]
                draft.tasks.append(Labelled("", norm(" | ".join(c for c in cells if c)), *m.groups()))
                labelled_rows.append((draft.tasks[-1], cells))
            continue
        table = None
        if not line.strip():
            continue
        item = Item(line[2:]) if line.startswith("~ ") else line
        draft.body.append(item)
        texts.append(line)
        if m:
            draft.tasks.append(Labelled(norm(line), norm(line), *m.groups()))
    # a row is found by its longest cell that no other row repeats (a lead cell may recur)
    for task, cells in labelled_rows:
        others = {c for t, cs in labelled_rows if t is not task for c in cs}
        task.key = norm(max([c for c in cells if c not in others] or cells, key=len))
    draft.source = norm("\n".join(texts))
    return draft


def render(draft: Draft, folder: Path) -> Path:
    fmt = draft.meta.get("format", "text")
    stem = folder / draft.path.stem
    if fmt == "docx":
        return write_docx(stem.with_suffix(".docx"), draft.body, header_table=draft.header or None)
    header_lines = [c for row in draft.header for c in row if c]
    if fmt == "pdf":
        two = ([r[0] for r in draft.header], [r[1] for r in draft.header if len(r) > 1])
        # Arabic is laid out right to left with joined letters, as word processors write it
        return write_pdf(stem.with_suffix(".pdf"), draft.body, size=10,
                         two_column_header=two if draft.header else None,
                         text_shaping=draft.lang == "ar")
    lines: list[str] = [*header_lines, ""]
    for item in draft.body:
        if isinstance(item, Table):
            for i, row in enumerate(item.rows):
                lines.append(f"| {row[0]} |" if i in item.merged_rows else "| " + " | ".join(row) + " |")
            lines.append("")
        else:
            lines += [item if isinstance(item, str) else item.text, ""]
    return write_text(stem.with_suffix(".txt"), lines)


def owner_of(tasks: list[Labelled], excerpt: str) -> Labelled | None:
    e = norm(excerpt)
    for t in tasks:
        if t.key[:50] in e or (len(e) >= 20 and e in t.line):
            return t
    return None


class Score:
    def __init__(self) -> None:
        self.counts = {c: Counter() for c in CODES}
        self.by_lang: dict[str, Counter] = {}
        self.misses: list[str] = []

    def add(self, lang: str, code: str, want: bool, got: bool, note: str = "") -> None:
        key = ("tp" if got else "fn") if want else ("fp" if got else "tn")
        self.counts[code][key] += 1
        if code in TASK_CODES:  # the by-language lines are DL201–DL204, like the pooled one
            self.by_lang.setdefault(lang, Counter())[key] += 1
        if key in ("fp", "fn"):
            self.misses.append(f"  {key} {code} {note}")


def pr(c: Counter) -> str:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return f"precision {p:6.1%}  recall {r:6.1%}  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})"


def eval_drafts(split: str, show: bool) -> None:
    drafts = [load_draft(p) for p in sorted((DATA / "drafts").glob("*.txt"))]
    drafts = [d for d in drafts if split == "all" or d.meta.get("split") == split]
    engine = Engine(Settings(select=CODES))
    score, extraction, not_own = Score(), Counter(), []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for d in drafts:
            path = render(d, Path(tmp))
            result = engine.check_file(path)
            name = d.path.stem
            if result.error is not None:
                print(f"  {name}: {result.error}")
                continue
            doc = engine.load(path)
            extracted = extract_tasks(doc, Context(doc, engine.settings, engine.lexicons))
            matched = {id(t) for x in extracted if (t := owner_of(d.tasks, x.text))}
            extraction["found"] += sum(id(t) in matched for t in d.tasks)
            extraction["labelled"] += len(d.tasks)
            extraction["extracted"] += len(extracted)
            extraction["spurious"] += sum(owner_of(d.tasks, x.text) is None for x in extracted)
            if show:
                for t in d.tasks:
                    if id(t) not in matched:
                        score.misses.append(f"  not extracted  {name}: {t.line[:110]}")
                for x in extracted:
                    if owner_of(d.tasks, x.text) is None:
                        score.misses.append(f"  spurious task  {name}: {x.text[:110]!r}")
            got: dict[int, set[str]] = {}
            for f in result.findings:
                if norm(f.excerpt) not in d.source and not all(
                        norm(c) in d.source for c in f.excerpt.split(" | ")):
                    not_own.append(f"{name} {f.code}: {f.excerpt[:80]!r}")
                if f.code in ("DL205", "DL206"):
                    continue
                t = owner_of(d.tasks, f.excerpt)
                if t is None:
                    score.add(d.lang, f.code, False, True, f"{name} (no labelled task): {f.excerpt[:100]!r}"
                              f" {f.evidence.get('leads')} {[x['text'] for x in f.evidence.get('timings', [])]}")
                    continue
                got.setdefault(id(t), set()).add(f.code)
            for t in d.tasks:
                codes, want = got.get(id(t), set()), t.expected()
                for code in TASK_CODES:
                    if t.scored(code):
                        score.add(d.lang, code, code in want, code in codes, f"{name}: {t.line[:110]}")
            doc_codes = {f.code for f in result.findings}
            score.add(d.lang, "DL205", d.meta.get("resources") == "no", "DL205" in doc_codes, name)
            score.add(d.lang, "DL206", d.meta.get("concrete") == "no", "DL206" in doc_codes, name)
    elapsed = time.perf_counter() - started
    print(f"drafts ({split}): {len(drafts)} documents, {extraction['labelled']} labelled tasks, "
          f"{elapsed:.1f} s")
    found_r = extraction["found"] / max(extraction["labelled"], 1)
    found_p = 1 - extraction["spurious"] / max(extraction["extracted"], 1)
    print(f"tasks  extraction precision {found_p:6.1%}  recall {found_r:6.1%}  "
          f"(extracted {extraction['extracted']}, spurious {extraction['spurious']}, "
          f"labelled found {extraction['found']}/{extraction['labelled']})")
    report(score, show)
    print(f"excerpts not the document's own text: {len(not_own)}")
    for line in not_own[:10]:
        print("  " + line)


def report(score: Score, show: bool) -> None:
    for code in CODES:
        print(f"{code}  {pr(score.counts[code])}")
    print(f"DL201-204 {pr(sum((score.counts[c] for c in TASK_CODES), Counter()))}")
    for lang, c in sorted(score.by_lang.items()):
        print(f"  {lang}   {pr(c)}")
    if show:
        print(f"{len(score.misses)} miss(es):")
        print("\n".join(sorted(score.misses)) or "  none")


SCAFFOLD = {  # header lines, type line, title, task heading, table header (labelled.tsv)
    "vi": (["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: 125/KH-UBND", "Lâm Đồng, ngày 15 tháng 12 năm 2025"],
           "KẾ HOẠCH", "Thực hiện Kết luận số 226-KL/TW", "II. NHIỆM VỤ VÀ GIẢI PHÁP",
           "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Kinh phí"),
    "en": (["PEOPLE'S COMMITTEE OF LAM DONG PROVINCE", "No. 125/KH-UBND", "Lam Dong, 15/12/2025"],
           "PLAN", "Implementing Conclusion No. 226-KL/TW", "II. TASKS AND SOLUTIONS",
           "No. | Task | Lead agency | Cooperating agencies | Deadline | Budget"),
    "ru": (["МИНИСТЕРСТВО ЮСТИЦИИ", "№ 125-р", "Москва, 15.12.2025"],
           "ПЛАН", "мероприятий по реализации Заключения № 226", "II. ЗАДАЧИ И МЕРЫ",
           "№ п/п | Мероприятие | Ответственный исполнитель | Соисполнители | Срок исполнения | "
           "Источник финансирования"),
    "nb": (["FINANSDEPARTEMENTET", "Nr. 125/2025", "Oslo, 15.12.2025"],
           "HANDLINGSPLAN", "for oppfølging av konklusjon nr. 226", "II. OPPGAVER OG TILTAK",
           "Nr. | Tiltak | Ansvarlig | Samarbeidspartnere | Frist | Budsjett"),
    "ar": (["وزارة العدل", "رقم: 125/2025", "الرياض، 15/12/2025"],
           "خطة تنفيذ الاستنتاج رقم 226", "", "ثانيا: المهام والحلول",
           "م | المهمة | الجهة المسؤولة | الجهات المتعاونة | الموعد النهائي | الميزانية"),
}


def scaffold_text(lang: str, form: str, text: str) -> str:
    header, type_line, title, heading, columns = SCAFFOLD[lang]
    lines = [*header, "", type_line, title, ""]
    if form == "row":
        cells = [c.strip() for c in text.split("|")]
        lines += [f"| {columns} |", "| --- | --- | --- | --- | --- | --- |",
                  "| 1 | " + " | ".join(cells + [""]) + " |"]
    else:
        lines += [f"## {heading}", "", f"1. {text}"]
    return "\n".join(lines) + "\n"


def eval_tsv(show: bool) -> None:
    engine = Engine(Settings(select=TASK_CODES))
    score = Score()
    items = [line.split("\t") for line in (DATA / "labelled.tsv").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    for n, (lang, form, expected, text) in enumerate(items, 1):
        doc = engine.prepare(parse_text(scaffold_text(lang, form, text).encode(), f"{lang}-{n}.txt"))
        findings, _error = engine.check_document(doc)
        got = {f.code for f in findings}
        want = set() if expected == "-" else set(expected.split(","))
        for code in TASK_CODES:
            score.add(lang, code, code in want, code in got, f"{lang} {form}: {text[:100]}")
    score.counts = {c: score.counts[c] for c in TASK_CODES}
    print(f"labelled.tsv: {len(items)} single tasks")
    for code in TASK_CODES:
        print(f"{code}  {pr(score.counts[code])}")
    if show:
        print("\n".join(sorted(score.misses)) or "  no misses")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "holdout", "fresh", "fresh2", "all"), default="all")
    parser.add_argument("--misses", action="store_true", help="list every wrong verdict")
    args = parser.parse_args()
    eval_drafts(args.split, args.misses)
    print()
    eval_tsv(args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
