"""The scan loop: find the archive's files, skip what the store already has, run the rest on an
executor (local worker processes or dask), store each result as it arrives."""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Protocol, Sequence

from doclint.parsers.limits import Limits
from doclint.scan.job import Scanned, failed, scan_job
from doclint.scan.store import ScanStore, content_hash

if TYPE_CHECKING:
    from doclint.engine import Engine


class Executor(Protocol):
    def run(self, paths: Sequence[Path], engine: "Engine") -> Iterator[tuple[Path, Scanned]]:
        """Scan each path (in any order), yielding results as they are produced."""


@dataclass
class LocalExecutor:
    """Worker processes on this machine (doclint.workers): crash and time-limit isolation."""

    jobs: int | None = None

    def run(self, paths: Sequence[Path], engine: "Engine") -> Iterator[tuple[Path, Scanned]]:
        from doclint.workers import default_jobs, run_jobs

        jobs = self.jobs or default_jobs(len(paths))
        for outcome in run_jobs(paths, engine.settings, job=scan_job, limits=engine.limits,
                                jobs=jobs, ordered=False):
            yield outcome.path, outcome.value if outcome.failure is None else \
                failed(outcome.path, outcome.failure)


@dataclass
class ScanRun:
    """What a scan found: each current file with its record, and how the work was split."""

    records: list[tuple[Path, Scanned]]
    scanned: int = 0  # files checked in this run
    reused: int = 0  # files answered from the store
    seconds: float = 0.0


def _key(path: Path) -> tuple[str, int, int] | None:
    """The store key of a file: its content hash; a file that cannot be read (a pipe, no
    permission) is keyed by its name, size and mtime so its recorded error is reused too."""
    try:
        st = path.stat()
    except OSError:
        return None
    return str(path), st.st_size, st.st_mtime_ns


def plan(store: ScanStore, files: list[Path]) -> dict[Path, str]:
    """Each file's content key, reading only the files whose size or mtime changed."""
    keys: dict[Path, str] = {}
    for path in files:
        stat = _key(path)
        if stat is None:
            keys[path] = "missing:" + str(path)
            continue
        _, size, mtime_ns = stat
        sha = store.known_hash(path, size, mtime_ns)
        if sha is None:
            if not path.is_file():  # a pipe or device: reading it could block the scan
                sha = "special:" + hashlib.sha256(repr(stat).encode()).hexdigest()
            else:
                sha = content_hash(path) or "unreadable:" + hashlib.sha256(
                    repr(stat).encode()).hexdigest()
            store.remember(path, size, mtime_ns, sha)
        keys[path] = sha
    return keys


def scan_archive(root: Path, engine: "Engine", store: ScanStore, executor: Executor, *,
                 retry_errors: bool = False,
                 progress: Callable[[int, int], None] | None = None) -> ScanRun:
    """Scan every document under `root`; `progress(done, total)` follows the work."""
    from doclint.engine import discover

    started = time.perf_counter()
    files, _ = discover([root])
    files = [f for f in files if f.resolve() != store.path.resolve()]
    keys = plan(store, files)
    if retry_errors:
        store.forget_errors(keys.values())
    done = store.done(keys.values())
    todo: dict[str, Path] = {}
    for path, sha in keys.items():
        if sha not in done:
            todo.setdefault(sha, path)  # identical files are checked once
    by_path = {path: sha for sha, path in todo.items()}
    finished = len(files) - len(todo)
    if progress:
        progress(finished, len(files))
    for path, scanned in executor.run(list(todo.values()), engine):
        store.put(by_path[path], path, scanned)
        finished += 1
        if progress:
            progress(finished, len(files))
    store.prune(files)
    by_hash: dict[str, list[Path]] = {}
    for path, sha in keys.items():
        by_hash.setdefault(sha, []).append(path)
    records = sorted(store.load(by_hash), key=lambda r: str(r[0]))
    return ScanRun(records, scanned=len(todo), reused=len(files) - len(todo),
                   seconds=time.perf_counter() - started)


def default_db(root: Path) -> Path:
    from doclint.scan.store import DB_NAME

    return root / DB_NAME if os.access(root, os.W_OK) else Path.cwd() / DB_NAME
