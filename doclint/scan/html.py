"""The scan report as one self-contained HTML page for a head of office: inline SVG charts and
plain tables, no script, no external file, readable offline and printable."""
from __future__ import annotations

from html import escape
from typing import Any

from doclint.scan.stats import REDUCTION_TARGET

STYLE = """
body{font:15px/1.45 system-ui,'DejaVu Sans',sans-serif;color:#1d2733;margin:2em auto;max-width:1100px;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:2px solid #d8dee6;padding-bottom:.2em}
.cards{display:flex;flex-wrap:wrap;gap:1em}.card{border:1px solid #d8dee6;border-radius:6px;padding:.7em 1em;min-width:10em}
.card b{display:block;font-size:1.7em}.ok{color:#1b7f3b}.bad{color:#b3261e}
table{border-collapse:collapse;width:100%;margin:.6em 0}th,td{border-bottom:1px solid #e3e8ee;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f3f5f8}td.n{text-align:right;font-variant-numeric:tabular-nums}.ex{color:#52606d;font-size:.9em}
svg text{font:12px system-ui,'DejaVu Sans',sans-serif;fill:#1d2733}
"""


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.1f} %"


def _table(cls: str, head: list[str], rows: list[list[Any]], numeric: set[int] = frozenset()
           ) -> str:
    if not rows:
        return f'<p class="{cls}-empty">None.</p>'
    out = [f'<table class="{cls}"><thead><tr>']
    out += [f"<th>{escape(h)}</th>" for h in head]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>" + "".join(
            f'<td{" class=n" if i in numeric else ""}>{escape(str(v))}</td>'
            for i, v in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def year_chart(rows: list[dict[str, Any]]) -> str:
    """Bars of documents per year, with each year's target (last year minus 15 %) as a line."""
    if not rows:
        return '<p>No dated documents.</p>'
    width, height, pad = 760, 280, 40
    top = max(max(r["documents"] for r in rows), max(r.get("target", 0) for r in rows)) or 1
    step = (width - 2 * pad) / len(rows)
    bar = step * 0.6
    out = [f'<svg id="chart-years" role="img" aria-label="Documents per year" '
           f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}">',
           f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" '
           f'stroke="#8895a3"/>']
    scale = (height - 2 * pad) / top
    target_points = []
    for i, r in enumerate(rows):
        x = pad + i * step + (step - bar) / 2
        h = r["documents"] * scale
        met = r.get("target_met")
        color = "#4a78b5" if met is None else ("#3b9a57" if met else "#c8553d")
        out.append(f'<rect class="bar" x="{x:.1f}" y="{height - pad - h:.1f}" width="{bar:.1f}" '
                   f'height="{h:.1f}" fill="{color}"><title>{r["year"]}: {r["documents"]} '
                   f'documents</title></rect>')
        out.append(f'<text x="{x + bar / 2:.1f}" y="{height - pad + 16}" '
                   f'text-anchor="middle">{r["year"]}</text>')
        out.append(f'<text x="{x + bar / 2:.1f}" y="{height - pad - h - 4:.1f}" '
                   f'text-anchor="middle">{r["documents"]}</text>')
        if "target" in r:
            target_points.append(f'{x + bar / 2:.1f},{height - pad - r["target"] * scale:.1f}')
    if target_points:
        out.append(f'<polyline class="target" points="{" ".join(target_points)}" fill="none" '
                   f'stroke="#b3261e" stroke-width="2" stroke-dasharray="6 4"/>')
        out.append(f'<text x="{width - pad}" y="{pad - 12}" text-anchor="end" fill="#b3261e">'
                   f'- - target: {REDUCTION_TARGET:.0%} fewer than the year before</text>')
    out.append("</svg>")
    return "".join(out)


def bar_chart(chart_id: str, label: str, counts: dict[str, int]) -> str:
    """Horizontal bars, one per key (findings per rule)."""
    if not counts:
        return "<p>None.</p>"
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    row, left, width = 22, 90, 760
    height = row * len(items) + 10
    top = max(v for _, v in items) or 1
    out = [f'<svg id="{chart_id}" role="img" aria-label="{escape(label)}" '
           f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}">']
    for i, (key, value) in enumerate(items):
        w = (width - left - 60) * value / top
        y = 5 + i * row
        out.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end">{escape(key)}</text>')
        out.append(f'<rect class="bar" x="{left}" y="{y}" width="{w:.1f}" height="{row - 6}" '
                   f'fill="#4a78b5"><title>{escape(key)}: {value}</title></rect>')
        out.append(f'<text x="{left + w + 6:.1f}" y="{y + 14}">{value}</text>')
    out.append("</svg>")
    return "".join(out)


def _meetings(m: dict[str, Any] | None) -> list[str]:
    """Conferences (§2.2): per year against the 10 % reduction and the 40 % in-person ceiling,
    and the issuers over the province-wide / commune-wide limits."""
    if not m or not m["conferences"]:
        return []
    yes_no = {True: "yes", False: "no"}
    return [
        f"<h2 id=meetings>Conferences (§2.2)</h2><p>{m['conferences']} conference(s) found in "
        f"invitations and programmes; targets: {m['reduction_target']:.0%} fewer a year, at most "
        f"{m['in_person_ceiling']:.0%} in person (hybrid counts as in person), at most "
        f"{m['scope_limits']['province']} province-wide and {m['scope_limits']['commune']} "
        f"commune-wide a year.</p>",
        _table("meeting-years", ["Year", "Conferences", "Change", "Target met", "In person",
                                 "Hybrid", "Online", "Form not stated", "In-person share",
                                 "Within 40 %"],
               [[r["year"], r["conferences"], _pct(r.get("change")) if "change" in r else "–",
                 yes_no.get(r.get("target_met"), "–"), r["in_person"], r["hybrid"], r["online"],
                 r["form_unknown"], _pct(r["in_person_share"]), yes_no.get(r["ceiling_met"], "–")]
                for r in m["per_year"]], {1, 4, 5, 6, 7}),
        "<h3>Over the province-wide / commune-wide limit</h3>",
        _table("meeting-over", ["Year", "Issuer", "Scope", "Conferences", "Limit"],
               [[o["year"], o["issuer"], o["scope"], o["conferences"], o["limit"]]
                for o in m["over_scope_limit"]], {3, 4}),
    ]


def render(report: dict[str, Any]) -> str:
    stats = report["statistics"]
    summary = report["summary"]
    dig = stats["digitisation"]
    years = stats["per_year"]
    last = years[-1] if years else {}
    change = last.get("change")
    cards = [
        ("Documents", str(summary["files"]), ""),
        ("Digitised (text layer)", _pct(dig["share"]),
         "ok" if dig["target_met"] else "bad"),
        (f"Change {last.get('year', '')}", _pct(change) if change is not None else "–",
         "" if change is None else ("ok" if last.get("target_met") else "bad")),
        ("Findings", str(summary["findings"]), ""),
        ("Unreadable files", str(summary["errors"]), "bad" if summary["errors"] else "ok"),
        ("Duplicate clusters", str(summary["clusters"]), "bad" if summary["clusters"] else "ok"),
    ]
    parts = [
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>",
        "<meta name=viewport content='width=device-width,initial-scale=1'>",
        f"<title>doclint archive report: {escape(report['archive'])}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>Archive report</h1><p>{escape(report['archive'])} · doclint {report['doclint']} · "
        f"targets of Conclusion 226-KL/TW §2.1: at least {REDUCTION_TARGET:.0%} fewer documents "
        f"a year, {dig['target']:.0%} or more digitised.</p>",
        '<div class="cards">' + "".join(
            f'<div class="card"><b class="{c}">{escape(v)}</b>{escape(k)}</div>'
            for k, v, c in cards) + "</div>",
        "<h2 id=years>Documents per year</h2>", year_chart(years),
        _table("years", ["Year", "Documents", "Change", f"Target (−{REDUCTION_TARGET:.0%})",
                         "Target met", "Dated by file only"],
               [[r["year"], r["documents"], _pct(r.get("change")) if "change" in r else "–",
                 r.get("target", "–"), {True: "yes", False: "no"}.get(r.get("target_met"), "–"),
                 r["dated_by_file"]] for r in years], {1, 3, 5}),
        "<h2 id=rules>Findings by rule</h2>",
        bar_chart("chart-rules", "Findings by rule", stats["findings_per_rule"]),
        "<h2 id=clusters>Documents that repeat each other (DL103)</h2>",
        _table("clusters", ["Cluster", "Document", "Nearest peer", "Overlap", "Own words repeated",
                            "Repeated passage"],
               [[c["id"], m["path"], m["nearest"], _pct(m["overlap"]), _pct(m["repeated_share"]),
                 m["excerpt"][:240]] for c in report["clusters"] for m in c["members"]],
               {0, 3, 4}),
        "<h2 id=worst>Files with the most findings</h2>",
        _table("worst", ["File", "Errors", "Warnings", "Info", "Rules"],
               [[w["path"], w["error"], w["warning"], w["info"], " ".join(w["codes"])]
                for w in stats["worst_files"]], {1, 2, 3}),
        "<h2 id=copied>Higher-level documents most copied</h2>",
        _table("copied", ["Source", "Documents copying it", "Findings"],
               [[s["source"], s["documents"], s["findings"]] for s in stats["most_copied"]],
               {1, 2}),
        *_meetings(stats.get("meetings")),
        "<h2 id=issuers>Documents per issuer</h2>",
        _table("issuers", ["Issuer", "Documents"],
               [[k, v] for k, v in list(stats["per_issuer"].items())[:20]], {1}),
        "<h2 id=types>Documents per type</h2>",
        _table("types", ["Type", "Documents"], [[k, v] for k, v in stats["per_type"].items()],
               {1}),
        "<h2 id=errors>Files that could not be checked</h2>",
        _table("errors", ["File", "Code", "Cause"],
               [[f["path"], f["error"]["code"], f["error"]["message"]]
                for f in report["files"] if f["error"]]),
        f"<p class=ex>{report['scan']['scanned']} file(s) checked in this run, "
        f"{report['scan']['reused']} unchanged file(s) taken from the scan database.</p>",
        "</body></html>",
    ]
    return "\n".join(parts)
