"""The scan's state in SQLite: each file's result, written the moment it arrives.

`results` is keyed by the file's content hash (SHA-256) and the run fingerprint
(doclint.cache.run_fingerprint without the code listing: settings, doclint version,
selected rules, limits, corpus listing), so a rescan reuses every result whose file and settings are unchanged, also
for a file that was moved or copied. `files` remembers each path's size, mtime and hash, so an
unchanged file is not even read again. Each result is committed on its own in WAL mode: a scan
killed at any point keeps everything it had finished, and the next run resumes from there.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

from doclint.scan.job import Scanned

SCHEMA = """
CREATE TABLE IF NOT EXISTS files(path TEXT PRIMARY KEY, size INTEGER NOT NULL,
                                 mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results(sha256 TEXT NOT NULL, run TEXT NOT NULL, path TEXT NOT NULL,
                                   result TEXT NOT NULL, facts TEXT NOT NULL,
                                   fingerprints BLOB NOT NULL, blocks BLOB NOT NULL,
                                   PRIMARY KEY (sha256, run)) WITHOUT ROWID;
"""
DB_NAME = ".doclint-scan.sqlite"


def content_hash(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
    except OSError:
        return None  # unreadable (or a pipe): the worker will record why
    return h.hexdigest()


class ScanStore:
    def __init__(self, path: Path, run: str) -> None:
        self.path = path
        self.run = run
        self.conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")  # a killed process loses nothing
        self.conn.executescript(SCHEMA)

    def close(self) -> None:
        self.conn.close()

    def known_hash(self, path: Path, size: int, mtime_ns: int) -> str | None:
        row = self.conn.execute("SELECT sha256 FROM files WHERE path=? AND size=? AND mtime_ns=?",
                                (str(path), size, mtime_ns)).fetchone()
        return row[0] if row else None

    def remember(self, path: Path, size: int, mtime_ns: int, sha256: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                          (str(path), size, mtime_ns, sha256))

    def done(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes already have a result for this run."""
        wanted = list(set(hashes))
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            found.update(r[0] for r in self.conn.execute(
                f"SELECT sha256 FROM results WHERE run=? AND sha256 IN "
                f"({','.join('?' * len(chunk))})", (self.run, *chunk)))
        return found

    def put(self, sha256: str, path: Path, scanned: Scanned) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?)",
            (sha256, self.run, str(path), json.dumps(scanned.result, ensure_ascii=False),
             json.dumps(scanned.facts), scanned.fingerprints, scanned.blocks))

    def forget_errors(self, hashes: Iterable[str]) -> None:
        """Drop stored results that are errors, so `--retry-errors` runs those files again."""
        for sha in set(hashes):
            self.conn.execute("DELETE FROM results WHERE sha256=? AND run=? AND "
                              "json_extract(result, '$.error') IS NOT NULL", (sha, self.run))

    def load(self, by_hash: dict[str, list[Path]]) -> Iterator[tuple[Path, Scanned]]:
        """Every current path with its stored scan; a result made for another path of the same
        content is given this path."""
        hashes = list(by_hash)
        for i in range(0, len(hashes), 500):
            chunk = hashes[i:i + 500]
            rows = self.conn.execute(
                f"SELECT sha256, path, result, facts, fingerprints, blocks FROM results "
                f"WHERE run=? AND sha256 IN ({','.join('?' * len(chunk))})", (self.run, *chunk))
            for sha, made_for, result, facts, prints, blocks in rows:
                for path in by_hash[sha]:
                    data = json.loads(result)
                    if made_for != str(path):
                        data = _repath(data, made_for, str(path))
                    yield path, Scanned(data, json.loads(facts), prints, blocks)

    def prune(self, current: Iterable[Path]) -> None:
        """Forget paths that left the archive (their results stay while a copy remains)."""
        keep = {str(p) for p in current}
        gone = [(p,) for (p,) in self.conn.execute("SELECT path FROM files") if p not in keep]
        self.conn.executemany("DELETE FROM files WHERE path=?", gone)


def _repath(data: dict, old: str, new: str) -> dict:
    data["path"] = new
    if data.get("error"):
        data["error"]["message"] = data["error"]["message"].replace(old, new)
    return data
