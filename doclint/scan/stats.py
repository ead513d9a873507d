"""Archive statistics against the measurable targets of Conclusion 226-KL/TW: the number of
documents per year (cut by at least 15 % a year), their digitisation (95 % or more with a text
layer), findings per rule, and the higher-level documents most copied.

Input is the scan's file objects (the JSON contract's file object plus `facts`). Further
sections plug in through SECTIONS, "name" -> "module:function", each function taking the file
objects and returning a JSON-ready dict (the meetings statistics add themselves this way).
"""
from __future__ import annotations

import importlib
from collections import Counter
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

REDUCTION_TARGET = 0.15  # §2.1: at least 15 % fewer documents each year
DIGITISED_TARGET = 0.95  # §2.1: 95 % or more of documents digitised
UNREADABLE = ("DL900", "DL901", "DL903")  # the file was never read: no facts about it
NOT_DIGITISED = ("DL902", "DL904")
COPY_CODES = ("DL101", "DL102")
TOP = 15

SECTIONS: dict[str, str] = {"meetings": "doclint.scan.meetings:meeting_statistics"}


def year_of(f: dict[str, Any]) -> tuple[int | None, str]:
    """The year the document gives itself (its date line), else its file's modification year."""
    meta = f.get("metadata") or {}
    year = meta.get("year") or (int(meta["date"][:4]) if meta.get("date") else None)
    if year:
        return int(year), "document"
    mtime = (f.get("facts") or {}).get("mtime")
    if mtime:
        return datetime.fromtimestamp(mtime, tz=timezone.utc).year, "file"
    return None, "none"


def yearly_change(counts: Counter[int], reduction: float, noun: str = "documents"
                  ) -> list[dict[str, Any]]:
    """One row per year from the first to the last (empty years count 0), each with its change
    against the year before and the target that year had: last year's count less `reduction`."""
    rows = []
    previous: int | None = None
    for year in range(min(counts), max(counts) + 1) if counts else ():
        n = counts[year]
        row: dict[str, Any] = {"year": year, noun: n}
        if previous:
            row["change"] = round((n - previous) / previous, 4)
            row["target"] = round(previous * (1 - reduction), 1)
            row["target_met"] = n <= row["target"]
        rows.append(row)
        previous = n
    return rows


def per_year(files: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts: Counter[int] = Counter()
    from_file: Counter[int] = Counter()
    for f in files:
        year, source = year_of(f)
        if year is not None:
            counts[year] += 1
            from_file[year] += source == "file"
    rows = yearly_change(counts, REDUCTION_TARGET)
    for row in rows:
        row["dated_by_file"] = from_file[row["year"]]
    return rows


def digitisation(files: list[dict[str, Any]]) -> dict[str, Any]:
    layer = [f["facts"].get("text_layer") for f in files if (f.get("facts") or {})]
    with_text = sum(1 for v in layer if v is True)
    without = sum(1 for v in layer if v is False)
    judged = with_text + without
    share = round(with_text / judged, 4) if judged else None
    return {"with_text_layer": with_text, "without_text_layer": without,
            "unreadable": len(files) - judged, "share": share, "target": DIGITISED_TARGET,
            "target_met": share is not None and share >= DIGITISED_TARGET}


def _source_id(evidence: dict[str, Any]) -> str | None:
    source = evidence.get("source_id", evidence.get("source"))
    if isinstance(source, dict):
        source = source.get("id")
    return str(source) if source else None


def most_copied(files: list[dict[str, Any]]) -> list[dict[str, Any]]:
    documents: dict[str, set[str]] = {}
    findings: Counter[str] = Counter()
    for f in files:
        for finding in f["findings"]:
            if finding["code"] in COPY_CODES and (sid := _source_id(finding["evidence"])):
                documents.setdefault(sid, set()).add(f["path"])
                findings[sid] += 1
    ranked = sorted(documents, key=lambda s: (-len(documents[s]), -findings[s], s))
    return [{"source": s, "documents": len(documents[s]), "findings": findings[s]}
            for s in ranked[:TOP]]


def worst_files(files: list[dict[str, Any]], top: int = TOP) -> list[dict[str, Any]]:
    rows = []
    for f in files:
        sev = Counter(x["severity"] for x in f["findings"])
        if f["findings"]:
            rows.append({"path": f["path"], "findings": len(f["findings"]),
                         "error": sev["error"], "warning": sev["warning"], "info": sev["info"],
                         "codes": sorted({x["code"] for x in f["findings"]})})
    rows.sort(key=lambda r: (-r["error"], -r["warning"], -r["findings"], r["path"]))
    return rows[:top]


def _count(values: Iterable[str | None], unknown: str = "(unknown)") -> dict[str, int]:
    counts = Counter(" ".join(v.split()) if v else unknown for v in values)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def statistics(files: list[dict[str, Any]]) -> dict[str, Any]:
    readable = [f for f in files if not (f["error"] and f["error"]["code"] in UNREADABLE)]
    out: dict[str, Any] = {
        "documents": len(files),
        "readable": len(readable),
        "reduction_target": REDUCTION_TARGET,
        "per_year": per_year(readable),
        "per_issuer": _count((f.get("metadata") or {}).get("issuer") for f in readable),
        "per_type": _count(f["kind"] for f in readable),
        "digitisation": digitisation(files),
        "findings_per_rule": dict(sorted(Counter(x["code"] for f in files
                                                 for x in f["findings"]).items())),
        "errors_per_code": dict(sorted(Counter(f["error"]["code"] for f in files
                                               if f["error"]).items())),
        "most_copied": most_copied(files),
        "worst_files": worst_files(files),
    }
    for name, target in SECTIONS.items():
        module, func = target.split(":")
        section: Callable[[list[dict[str, Any]]], dict[str, Any]] = getattr(
            importlib.import_module(module), func)
        out[name] = section(files)
    return out
