"""The everyday path: `doclint check` on one draft and on a small folder (examples/), and where
its time goes. Prints figures; never run as a test.

Three ways to check the folder, each run REPEAT times in a fresh process with --no-cache:
  in-process     --jobs 1: everything in the doclint process
  few-files      the default for at most doclint.workers.IN_PROCESS_MAX files: DOCX/text here,
                 PDFs and special files in worker processes started alongside
  all-in-workers every file in worker processes (the default for larger runs)
Wall time is the median; CPU is summed over the process and all its descendants (the fork
server's workers are not waited-for children, so they are sampled with psutil).
Then one in-process pass splits the CPU time into parsing, each rule and each service.

    python bench/bench_check.py [FOLDER]
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
REPEAT = 3
RUN = ("import sys, doclint.workers as w; w.IN_PROCESS_MAX = int(sys.argv.pop(1)); "
       "from doclint.cli import main; main()")
MODES = {"in-process": ("16", ["--jobs", "1"]), "few-files": ("16", []),
         "all-in-workers": ("0", [])}


def timed(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds of the whole process tree: the process's own rusage (with
    the children it waited for) plus the last sample of every other descendant."""
    seen: dict[int, float] = {}
    start = time.perf_counter()
    popen = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    proc = psutil.Process(popen.pid)
    while True:
        pid, _, usage = os.wait4(popen.pid, os.WNOHANG)
        if pid:
            break
        try:
            for child in proc.children(recursive=True):
                t = child.cpu_times()
                seen[child.pid] = t.user + t.system
        except psutil.Error:
            pass
        time.sleep(0.02)
    wall = time.perf_counter() - start
    popen.returncode = 0  # reaped above
    return wall, usage.ru_utime + usage.ru_stime + sum(seen.values())


def breakdown(folder: Path) -> Counter[str]:
    """CPU seconds by stage in one in-process pass (first use of each lazy piece included)."""
    from doclint.engine import Engine, discover

    engine = Engine()
    spent: Counter[str] = Counter()
    for rule in engine.rules:
        def wrap(doc, ctx, _check=rule.check, _code=rule.code):  # type: ignore[no-untyped-def]
            t = time.process_time()
            out = list(_check(doc, ctx))
            spent[f"rule {_code}"] += time.process_time() - t
            return out
        rule.check = wrap  # type: ignore[method-assign]
    service = engine.service

    def timed_service(name: str):  # type: ignore[no-untyped-def]
        t = time.process_time()
        try:
            return service(name)
        finally:
            spent[f"service {name} (opened once)"] += time.process_time() - t
    engine.service = timed_service  # type: ignore[method-assign]
    files, _ = discover([folder])
    for f in files:
        t = time.process_time()
        try:
            doc = engine.load(f)
        except Exception:
            spent[f"parse {f.suffix}"] += time.process_time() - t
            continue
        spent[f"parse {f.suffix}"] += time.process_time() - t
        engine.check_document(doc)
        t = time.process_time()
        engine.extras(doc)
        spent["metadata+citations"] += time.process_time() - t
    return spent


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "examples"
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".docx", ".pdf", ".txt"))
    print(f"{folder}: {len(files)} files, {psutil.cpu_count()} cores, load average "
          f"{psutil.getloadavg()[0]:.1f}")
    one = min(files, key=lambda p: p.stat().st_size)
    walls = [timed([sys.executable, "-m", "doclint", "check", "--no-cache", str(one)])
             for _ in range(REPEAT)]
    print(f"one file ({one.name}):  wall {statistics.median(w for w, _ in walls):5.2f} s  "
          f"CPU {statistics.median(c for _, c in walls):5.2f} s")
    for name, (limit, extra) in MODES.items():
        runs = [timed([sys.executable, "-c", RUN, limit, "check", "--no-cache", *extra,
                       str(folder)]) for _ in range(REPEAT)]
        print(f"{name:15} wall {statistics.median(w for w, _ in runs):5.2f} s  "
              f"CPU {statistics.median(c for _, c in runs):5.2f} s (all processes)")
    spent = breakdown(folder)
    print(f"in-process CPU by stage ({sum(spent.values()):.2f} s in all):")
    for stage, seconds in spent.most_common(12):
        print(f"  {seconds:6.2f} s  {stage}")


if __name__ == "__main__":
    main()
