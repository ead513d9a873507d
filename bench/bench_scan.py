"""Archive scan throughput: `doclint scan` over a generated archive next to bare parsing of the
same files, and a rescan with nothing changed. Prints figures; never run as a test.

    python bench/bench_scan.py [--docs 5000] [--jobs N]
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_scan_archive import YEARS, make_archive  # noqa: E402

from doclint.engine import Engine, discover  # noqa: E402
from doclint.parsers import parse  # noqa: E402
from doclint.scan.run import run_scan  # noqa: E402


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class WorkerMemory(threading.Thread):
    """Samples the resident memory of this process's descendants (the fork server's workers
    are not waited-for children, so getrusage cannot see them)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_one = self.peak_all = 0.0
        self.stop = threading.Event()

    def run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self.stop.wait(0.2):
            sizes = []
            for child in me.children(recursive=True):
                try:
                    sizes.append(child.memory_info().rss / 2**20)
                except psutil.Error:
                    continue
            if sizes:
                self.peak_one = max(self.peak_one, max(sizes))
                self.peak_all = max(self.peak_all, sum(sizes))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "archive"
        t = time.perf_counter()
        make_archive(root, scale=args.docs / sum(YEARS.values()), hang=False)
        files, _ = discover([root])
        print(f"archive: {len(files)} files generated in {time.perf_counter() - t:.1f} s "
              f"({sum(f.stat().st_size for f in files) / 2**20:.1f} MiB); {args.jobs} job(s), "
              f"{os.cpu_count()} core(s)")

        t = time.perf_counter()
        for f in files:
            try:
                parse(f)
            except Exception:
                pass
        bare = time.perf_counter() - t
        print(f"bare parsing, 1 process:     {len(files) / bare:8.1f} files/s  ({bare:.1f} s)")

        engine = Engine()
        memory = WorkerMemory()
        memory.start()
        t = time.perf_counter()
        report = run_scan(root, engine, jobs=args.jobs)
        first = time.perf_counter() - t
        print(f"doclint scan, {args.jobs} workers:     {len(files) / first:8.1f} files/s  "
              f"({first:.1f} s; {report['summary']['findings']} findings, "
              f"{report['summary']['clusters']} duplicate clusters)")
        t = time.perf_counter()
        again = run_scan(root, engine, jobs=args.jobs)
        rescan = time.perf_counter() - t
        print(f"rescan, nothing changed:     {rescan:8.2f} s  ({again['scan']['scanned']} "
              f"files checked again)")
        memory.stop.set()
        memory.join()
        print(f"peak memory: scan process {_peak_mib():.0f} MiB (bare parsing ran in it too); "
              f"largest worker {memory.peak_one:.0f} MiB, all workers and the fork server "
              f"together {memory.peak_all:.0f} MiB")


if __name__ == "__main__":
    main()
