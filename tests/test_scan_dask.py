"""`--engine dask` on a local dask.distributed cluster gives the local engine's report."""
from __future__ import annotations

from pathlib import Path

from test_scan_archive import make_archive

from doclint.engine import Engine
from doclint.scan.run import run_scan


def test_dask_engine_gives_the_local_report(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "archive"
    arc = make_archive(root, scale=0.2, seed=3, hang=False)
    local = run_scan(root, Engine(), db=tmp_path / "local.sqlite", jobs=2)
    dask = run_scan(root, Engine(), db=tmp_path / "dask.sqlite", jobs=2, engine_name="dask")
    assert dask["scan"]["engine"] == "dask" and dask["scan"]["scanned"] == local["scan"]["scanned"]
    for key in ("files", "clusters", "statistics", "summary"):
        assert dask[key] == local[key], key
    assert [{m["path"] for m in c["members"]} for c in dask["clusters"]] == \
        sorted(arc.clusters, key=lambda c: (-len(c), min(c)))
    # the command line: a dask rescan finds everything in its database
    result = run_cli("scan", root, "--engine", "dask", "--db", tmp_path / "dask.sqlite",
                     "--format", "json")
    assert '"scanned": 0' in result.output and result.exit_code == 2
