"""Cold start of `doclint check` on one draft with the shipped corpus: what the corpus costs.

Each run is a fresh process (`python -m doclint check --no-cache --format json DRAFT`), the way
a drafter or an editor integration runs it. Steps:
1. a new cache dir, DL203 only (a rule that needs no corpus): the index must not be created;
2. the same cache dir, DL101+DL102: the first run builds the on-disk index;
3. again, several times: the index is reused (the sync parses nothing; printed);
4. DL203 only, several times: the baseline without the corpus.
The corpus part of a single-file check is the median of 3 minus the median of 4; in-process
figures (importing numpy and rapidfuzz, open + sync of the index, match of the draft) are
printed beside it.

    .venv/bin/python bench/bench_corpus_start.py
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
IN_PROCESS = """
import json, time
t = time.perf_counter()
import numpy, rapidfuzz.distance  # what the fingerprints and the alignment need
imports_ms = round((time.perf_counter() - t) * 1000, 1)
t0 = time.perf_counter()
from doclint.config import Settings
from doclint.corpus.service import open_corpus
from doclint.corpus.tokens import TextBlock
index = open_corpus(Settings())
t1 = time.perf_counter()
text = open({draft!r}, encoding="utf-8").read().splitlines()
_, found = index.match([TextBlock(i, t, {{"block": i}}) for i, t in enumerate(text)])
t2 = time.perf_counter()
print(json.dumps({{"numpy_rapidfuzz_import_ms": imports_ms,
                   "open_sync_ms": round((t1 - t0) * 1000, 1),
                   "match_ms": round((t2 - t1) * 1000, 1), "passages": len(found),
                   "parsed": len(index.last_sync.indexed),
                   "unchanged": index.last_sync.unchanged}}))
"""


def draft(folder: Path) -> Path:
    """A ten-paragraph Vietnamese plan: half its own tasks, half §2.1 of 226-KL/TW."""
    source = (ROOT / "corpus" / "226-KL-TW.vi.txt").read_text(encoding="utf-8").splitlines()
    copied = [line.lstrip("- ") for line in source[5:11]]
    own = [f"{n}. Sở Nội vụ chủ trì rà soát nhóm văn bản thứ {n}, hoàn thành trước ngày "
           f"{n + 10}/6/2026, kinh phí {n * 20} triệu đồng từ ngân sách tỉnh." for n in range(1, 6)]
    path = folder / "draft.txt"
    path.write_text("\n".join(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số:    /KH-UBND", "KẾ HOẠCH",
                               *own, *copied]), encoding="utf-8")
    return path


def run(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, *args], env=env, cwd=ROOT, capture_output=True,
                         text=True)
    return (time.perf_counter() - start) * 1000, out.stdout


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="doclint-start-") as tmp:
        env = {**os.environ, "DOCLINT_CACHE_DIR": str(Path(tmp) / "cache")}
        env.pop("DOCLINT_CORPUS_DIR", None)
        path = draft(Path(tmp))
        check = ["-m", "doclint", "check", "--no-cache", "--format", "json", str(path)]
        plain = check + ["--select", "DL203"]
        copy = check + ["--select", "DL101,DL102"]
        db = Path(env["DOCLINT_CACHE_DIR"]) / "corpus.sqlite3"
        run(plain, env)
        print(f"index created by a run without corpus rules: {db.exists()}")
        first_ms, out = run(copy, env)
        codes = sorted(f["code"] for f in json.loads(out)["files"][0]["findings"])
        print(f"first run (builds the index): {first_ms:.0f} ms, findings {codes}")
        stamp = db.stat().st_mtime_ns
        reused = [run(copy, env)[0] for _ in range(RUNS)]
        base = [run(plain, env)[0] for _ in range(RUNS)]
        _, inproc = run(["-c", IN_PROCESS.format(draft=str(path))], env)
        print(f"index file rewritten by later runs: {db.stat().st_mtime_ns != stamp}")
        print(f"DL101+DL102, index reused: median {statistics.median(reused):.0f} ms "
              f"(runs {', '.join(f'{t:.0f}' for t in reused)})")
        print(f"DL203 only, no corpus:     median {statistics.median(base):.0f} ms")
        print(f"corpus part of a single-file check: "
              f"{statistics.median(reused) - statistics.median(base):.0f} ms")
        print(f"in process: {inproc.strip()}")


if __name__ == "__main__":
    main()
