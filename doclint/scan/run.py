"""One call from the command (and the bench) to a finished scan report."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from doclint.scan.runner import LocalExecutor, default_db, scan_archive
from doclint.scan.store import ScanStore

if TYPE_CHECKING:
    from doclint.engine import Engine


def run_scan(root: Path, engine: "Engine", *, db: Path | None = None, jobs: int | None = None,
             engine_name: str = "local", scheduler: Any = None, retry_errors: bool = False,
             progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Scan `root` (resuming from its database) and build the report.

    `engine_name` "dask" runs the files and the duplicate join on dask.distributed: on the
    cluster at `scheduler` (an address or a Client), else on a LocalCluster of `jobs` workers.
    """
    from doclint.cache import run_fingerprint
    from doclint.scan.report import build_report

    from doclint.scan.job import FACTS_VERSION

    store = ScanStore(db or default_db(root),
                      f"{run_fingerprint(engine, code=False)}:{FACTS_VERSION}")
    try:
        if engine_name == "dask":
            from doclint.scan.distributed import DaskExecutor

            with DaskExecutor.connect(scheduler, jobs) as executor:
                run = scan_archive(root, engine, store, executor, retry_errors=retry_errors,
                                   progress=progress)
                return build_report(root, run, engine, join=executor.join,
                                    info={"engine": "dask", "workers": executor.workers})
        executor = LocalExecutor(jobs)
        run = scan_archive(root, engine, store, executor, retry_errors=retry_errors,
                           progress=progress)
        return build_report(root, run, engine, info={"engine": "local"})
    finally:
        store.close()
