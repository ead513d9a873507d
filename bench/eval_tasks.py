"""Precision and recall of DL201–DL204 on the hand-labelled set tests/data/tasks/labelled.tsv.

Each labelled task is put into a small plan of its language (header with a place-date line,
type line, task heading; or a task table with the usual header) as plain text, checked with
DL201–DL204, and the codes raised are compared with the labels. Prints per-rule figures,
per-language figures and every miss. Run: .venv/bin/python bench/eval_tasks.py
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from doclint.config import Settings
from doclint.engine import Engine
from doclint.parsers.text import parse_text

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "tasks" / "labelled.tsv"
CODES = ("DL201", "DL202", "DL203", "DL204")

SCAFFOLD = {  # header lines, type line, title, task heading, table header
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


def document_text(lang: str, form: str, text: str) -> str:
    header, type_line, title, heading, columns = SCAFFOLD[lang]
    lines = [*header, "", type_line, title, ""]
    if form == "row":
        cells = [c.strip() for c in text.split("|")]
        lines += [f"| {columns} |", "| --- | --- | --- | --- | --- | --- |",
                  "| 1 | " + " | ".join(cells + [""]) + " |"]
    else:
        lines += [f"## {heading}", "", f"1. {text}"]
    return "\n".join(lines) + "\n"


def main() -> int:
    engine = Engine(Settings(select=CODES))
    counts = {c: Counter() for c in CODES}
    by_lang: dict[str, Counter] = {}
    misses: list[str] = []
    items = [line.split("\t") for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    for n, (lang, form, expected, text) in enumerate(items, 1):
        doc = engine.prepare(parse_text(document_text(lang, form, text).encode(), f"{lang}-{n}.txt"))
        findings, error = engine.check_document(doc)
        got = {f.code for f in findings}
        want = set() if expected == "-" else set(expected.split(","))
        lang_counts = by_lang.setdefault(lang, Counter())
        for code in CODES:
            key = ("tp" if code in got else "fn") if code in want else ("fp" if code in got else "tn")
            counts[code][key] += 1
            lang_counts[key] += 1
        if got != want or error:
            misses.append(f"  {lang} {form:4} want {','.join(sorted(want)) or '-':12} got "
                          f"{','.join(sorted(got)) or '-':12} {text[:90]}")
    elapsed = time.perf_counter() - started

    def pr(c: Counter) -> str:
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        return f"precision {p:6.1%}  recall {r:6.1%}  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})"

    print(f"{len(items)} labelled tasks, {elapsed:.2f} s ({1000 * elapsed / len(items):.1f} ms/document)")
    for code in CODES:
        print(f"{code}  {pr(counts[code])}")
    total = sum(counts.values(), Counter())
    print(f"all    {pr(total)}")
    for lang, c in sorted(by_lang.items()):
        print(f"  {lang}   {pr(c)}")
    print(f"{len(misses)} task(s) with a wrong verdict:")
    print("\n".join(misses) or "  none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
