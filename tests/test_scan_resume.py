"""An interrupted scan resumes where it stopped and ends with the same report as one that was
never interrupted. The interruption is real: the scan runs as a separate process, killed with
SIGKILL (no clean-up) once its database holds some results."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from test_scan_archive import make_archive

from doclint.engine import Engine
from doclint.scan.run import run_scan

KILL_AFTER = 8


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM results").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created yet


def test_killed_scan_resumes_with_identical_results(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    arc = make_archive(root, scale=0.25, seed=11, hang=False)
    db = tmp_path / "scan.sqlite"
    proc = subprocess.Popen([sys.executable, "-m", "doclint", "scan", str(root), "--db", str(db),
                             "--jobs", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.monotonic() + 60
    while _stored(db) < KILL_AFTER and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the scan and its worker processes, mid-run
    proc.wait()
    kept = _stored(db)
    assert kept >= KILL_AFTER, proc.stderr.read().decode() if proc.stderr else ""
    files = sum(arc.per_year.values()) + len(arc.bad) - arc.scanned_pdfs
    assert kept < files  # it really was cut short

    resumed = run_scan(root, Engine(), db=db, jobs=2)
    assert resumed["scan"]["reused"] >= kept  # nothing finished before the kill was lost
    assert resumed["scan"]["scanned"] + resumed["scan"]["reused"] == files

    fresh = run_scan(root, Engine(), db=tmp_path / "fresh.sqlite", jobs=2)
    for key in ("files", "clusters", "statistics", "summary"):
        assert resumed[key] == fresh[key], key
    assert resumed["clusters"]  # the planted duplicates are found in the resumed scan too
