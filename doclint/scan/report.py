"""The scan's report: the JSON contract's files (with DL103 added) plus clusters and
statistics, and its JSON and CSV forms (the HTML page is doclint.scan.html)."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable

from doclint import __version__
from doclint.model import Severity
from doclint.rules.registry import matches
from doclint.scan.clusters import Pairs, Peers, find_clusters

if TYPE_CHECKING:
    from doclint.engine import Engine
    from doclint.scan.runner import ScanRun

DL103 = "DL103"


def _dl103_findings(files: list[dict[str, Any]], clusters: list[dict[str, Any]],
                    engine: "Engine") -> None:
    from doclint.rules.scan.dl103_duplicate_peer import DuplicatePeer

    by_path = {f["path"]: f for f in files}
    severity = engine.settings.severity.get(DL103, DuplicatePeer.severity)
    for cluster in clusters:
        peers = [m["path"] for m in cluster["members"]]
        for m in cluster["members"]:
            f = by_path[m["path"]]
            if matches(DL103, engine.settings.ignored_for(f["path"])):
                continue
            f["findings"].append({
                "code": DL103, "name": DuplicatePeer.name, "severity": Severity(severity).value,
                "message": f"largely repeats {m['nearest']} ({m['overlap']:.0%} of the shorter "
                           f"text shared; cluster {cluster['id']} of {len(peers)} documents)",
                "location": m["location"], "excerpt": m["excerpt"],
                "evidence": {"cluster": cluster["id"], "peers": [p for p in peers if p != m["path"]],
                             "nearest": m["nearest"], "overlap": m["overlap"],
                             "repeated_share": m["repeated_share"],
                             **({"similarity": m["similarity"]} if "similarity" in m else {})}})
            f["findings"].sort(key=lambda x: (x["location"].get("block", 0),
                                              x["location"].get("cell", 0), x["code"]))


def build_report(root: Path, run: "ScanRun", engine: "Engine",
                 join: Callable[[list[dict[int, list[int]]]], Iterable[Pairs]] | None = None,
                 info: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything the reporters print; `join` distributes the duplicate join (dask)."""
    import numpy as np

    from doclint.scan.stats import statistics

    files = [{**scanned.result, "facts": scanned.facts} for _, scanned in run.records]
    clusters: list[dict[str, Any]] = []
    if any(r.code == DL103 for r in engine.rules):
        threshold = engine.settings.rule_option(DL103, "threshold", 0.5)
        clusters = find_clusters([f["path"] for f in files],
                                 [np.frombuffer(s.fingerprints, dtype=np.int32)
                                  for _, s in run.records],
                                 [s.blocks for _, s in run.records], Peers(threshold), join)
        _dl103_findings(files, clusters, engine)
    summary = {"files": len(files), "findings": sum(len(f["findings"]) for f in files),
               "errors": sum(1 for f in files if f["error"]), "clusters": len(clusters)}
    return {"doclint": __version__, "archive": str(root), "files": files, "clusters": clusters,
            "statistics": statistics(files), "summary": summary,
            "scan": {"scanned": run.scanned, "reused": run.reused,
                     "seconds": round(run.seconds, 3), **(info or {})}}


def exit_status(report: dict[str, Any], engine: "Engine") -> int:
    """The check command's policy: 2 when a file had an error, 1 for findings at fail-on."""
    from doclint.engine import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS

    if report["summary"]["errors"]:
        return EXIT_ERROR
    floor = engine.settings.fail_on.rank
    if any(Severity(x["severity"]).rank >= floor for f in report["files"] for x in f["findings"]):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def write_json(report: dict[str, Any], out: IO[str]) -> None:
    json.dump(report, out, ensure_ascii=False, indent=2)
    out.write("\n")


CSV_COLUMNS = ("path", "code", "name", "severity", "page", "block", "message", "excerpt")


def write_csv(report: dict[str, Any], out: IO[str]) -> None:
    """One row per finding and one per file error (code DL9xx, severity error)."""
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    for f in report["files"]:
        if f["error"]:
            w.writerow((f["path"], f["error"]["code"], "", "error", "", "",
                        f["error"]["message"], ""))
        for x in f["findings"]:
            w.writerow((f["path"], x["code"], x["name"], x["severity"],
                        x["location"].get("page", ""), x["location"].get("block", ""),
                        x["message"], x["excerpt"]))
