"""`--engine dask`: the same scan on dask.distributed, for archives beyond one machine.

Files go to the cluster in batches; each batch task runs doclint.workers.run_jobs on its
worker, so the crash and time-limit isolation of a local scan holds on every node (a worker
started as a daemon process cannot have children, so there the batch is parsed in the worker
itself and a crash costs the batch: its files get DL901 and the rest of the scan goes on). The
duplicate join's fingerprint buckets are scattered and joined as independent tasks. Results
are returned to the parent, which stores them exactly as the local engine does, so both
engines give the same report.
"""
from __future__ import annotations

import multiprocessing
import os
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from doclint.model import FileError
from doclint.parsers.limits import Limits
from doclint.scan.clusters import Pairs, bucket_pairs
from doclint.scan.job import Scanned, failed, scan_job

if TYPE_CHECKING:
    from distributed import Client

    from doclint.config import Settings
    from doclint.engine import Engine

BATCH = 32  # files per task: enough to amortise a task's overhead, small for load balance


def scan_batch(paths: list[str], settings: "Settings", limits: Limits) -> list[tuple[str, Scanned]]:
    """A dask task: scan these files on the worker that runs it."""
    if multiprocessing.current_process().daemon:
        from doclint.engine import Engine

        engine = Engine(settings, limits)
        return [(p, scan_job(engine, Path(p))) for p in paths]
    from doclint.workers import run_jobs

    return [(str(o.path), o.value if o.failure is None else failed(o.path, o.failure))
            for o in run_jobs([Path(p) for p in paths], settings, job=scan_job, limits=limits,
                              jobs=1, ordered=False)]


class DaskExecutor:
    def __init__(self, client: "Client") -> None:
        self.client = client

    @classmethod
    @contextmanager
    def connect(cls, scheduler: Any = None, jobs: int | None = None) -> Iterator["DaskExecutor"]:
        """On `scheduler` (an address or a Client), else on a LocalCluster of `jobs` threads
        (each thread drives its own parser process, so threads are enough)."""
        from distributed import Client, LocalCluster

        if isinstance(scheduler, Client):
            yield cls(scheduler)
            return
        if scheduler:
            with Client(scheduler) as client:
                yield cls(client)
            return
        with LocalCluster(n_workers=1, threads_per_worker=jobs or os.cpu_count() or 1,
                          processes=False, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield cls(client)

    @property
    def workers(self) -> int:
        return sum(self.client.nthreads().values())

    def run(self, paths: Sequence[Path], engine: "Engine") -> Iterator[tuple[Path, Scanned]]:
        from distributed import as_completed

        batches = [[str(p) for p in paths[i:i + BATCH]] for i in range(0, len(paths), BATCH)]
        futures = {self.client.submit(scan_batch, batch, engine.settings, engine.limits,
                                      pure=False): batch for batch in batches}
        for future in as_completed(futures):
            try:
                results = future.result()
            except Exception as exc:  # the worker died under the batch: its files, not the scan
                error = f"worker lost ({type(exc).__name__}); the file was skipped"
                results = [(p, failed(Path(p), FileError("DL901", f"{p}: {error}")))
                           for p in futures[future]]
            for path, scanned in results:
                yield Path(path), scanned

    def join(self, buckets: list[dict[int, list[int]]]) -> Iterator[Pairs]:
        from distributed import as_completed

        scattered = self.client.scatter(buckets)
        for future in as_completed(self.client.map(bucket_pairs, scattered)):
            yield future.result()
