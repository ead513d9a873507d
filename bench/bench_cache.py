"""The result cache: a second `doclint check` over 200 unchanged files against the first.

Writes 200 drafts (plain text and DOCX, Vietnamese, Russian, English) into a temporary folder,
runs the real CLI in a subprocess three times (cold with an empty cache, warm, and with
--no-cache) and prints the wall times. The CLI runs from a snapshot of the doclint package, as
an installed release would: the cache key includes the code's listing, so edits made in the
working tree during the run (other engineers) would otherwise invalidate every entry.
Run: .venv/bin/python bench/bench_cache.py
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from builders import Table, write_docx, write_text  # noqa: E402

N = 200
TASKS = {
    "vi": ["KẾ HOẠCH", "Triển khai thực hiện Kết luận số 226-KL/TW năm 2026",
           "1. Sở Tư pháp chủ trì xây dựng đề án, hoàn thành trước ngày 30/6/2026.",
           "2. Sở Nội vụ phối hợp rà soát biên chế, thực hiện thường xuyên.",
           "3. Sở Tài chính bố trí kinh phí từ nguồn ngân sách tỉnh."],
    "ru": ["ПЛАН", "мероприятий по реализации решения коллегии",
           "1. Министерству юстиции разработать проект до 1 июля 2026 года.",
           "2. Департаменту финансов обеспечить финансирование."],
    "en": ["PLAN", "Implementing the digital transformation programme",
           "1. The Ministry of Justice shall draft the regulation by 30 June 2026.",
           "2. The Finance Department shall allocate the budget."],
}


def make(root: Path) -> None:
    langs = list(TASKS)
    for i in range(N):
        lang = langs[i % len(langs)]
        lines = TASKS[lang] + [f"{k}. " + TASKS[lang][2][3:] for k in range(4, 4 + i % 7)]
        if i % 2:
            write_docx(root / f"{lang}_{i:03}.docx", lines + [Table([["1", lines[2]]])])
        else:
            write_text(root / f"{lang}_{i:03}.txt", lines)


def timed(*args: str, cwd: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(cwd / "snapshot")}
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "doclint", "check", "--jobs", "1", *args, "docs"],
                          cwd=cwd, capture_output=True, text=True, env=env)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"doclint failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "docs").mkdir()
        make(root / "docs")
        (root / "doclint.toml").write_text("")
        shutil.copytree(Path(__file__).parent.parent / "doclint", root / "snapshot" / "doclint",
                        ignore=shutil.ignore_patterns("__pycache__"))
        cold = timed(cwd=root)
        warm = timed(cwd=root)
        nocache = timed("--no-cache", cwd=root)
    print(f"{N} files, one process (--jobs 1)")
    print(f"first run (empty cache):  {cold:6.2f} s")
    print(f"second run (unchanged):   {warm:6.2f} s   ({cold / warm:.1f}x faster)")
    print(f"--no-cache:               {nocache:6.2f} s")


if __name__ == "__main__":
    main()
