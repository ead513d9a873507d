"""The HTML report renders in a real browser (headless Chromium, Debian `chromium`, installed by
`make system-deps`) with its charts and tables, and needs nothing from the network."""
from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from test_scan_archive import make_archive

from doclint.engine import Engine
from doclint.scan.html import render
from doclint.scan.run import run_scan

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class _Dom(HTMLParser):
    """Counts elements by tag and class, and table rows by table class."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.rows: dict[str, int] = {}
        self._table: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.elements.append((tag, a))
        if tag == "table":
            self._table.append(a.get("class") or "")
        if tag == "tr" and self._table:
            self.rows[self._table[-1]] = self.rows.get(self._table[-1], 0) + 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self._table:
            self._table.pop()

    def inside(self, svg_id: str, tag: str, cls: str) -> int:
        count, inside = 0, False
        for t, a in self.elements:
            if t == "svg":
                inside = a.get("id") == svg_id
            elif inside and t == tag and a.get("class") == cls:
                count += 1
        return count


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian chromium: make system-deps")
def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    make_archive(root, scale=0.2, seed=5, hang=False)
    report = run_scan(root, Engine(), jobs=2)
    page = tmp_path / "report.html"
    page.write_text(render(report), encoding="utf-8")
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link)\b|src=|https?://(?!www\.w3\.org/2000/svg)", text)

    dom = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                          "--disable-background-networking", "--disable-component-update",
                          "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'c'}",
                          "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=90, check=True).stdout
    parsed = _Dom()
    parsed.feed(dom)
    years = report["statistics"]["per_year"]
    assert parsed.inside("chart-years", "rect", "bar") == len(years) >= 4
    assert parsed.inside("chart-years", "polyline", "target") == 1
    rules = report["statistics"]["findings_per_rule"]
    assert parsed.inside("chart-rules", "rect", "bar") == min(len(rules), 20) > 0
    assert parsed.rows["years"] == len(years) + 1  # header row + one per year
    members = sum(len(c["members"]) for c in report["clusters"])
    assert members and parsed.rows["clusters"] == members + 1
    assert parsed.rows["worst"] == len(report["statistics"]["worst_files"]) + 1
    assert parsed.rows["errors"] == report["summary"]["errors"] + 1
    meeting_years = report["statistics"]["meetings"]["per_year"]
    assert meeting_years and parsed.rows["meeting-years"] == len(meeting_years) + 1
    first_cluster = report["clusters"][0]["members"][0]
    assert first_cluster["path"] in dom and "Documents per year" in dom

    shot = tmp_path / "shot.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", f"--user-data-dir={tmp_path / 'c'}",
                    f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri()],
                   capture_output=True, timeout=90, check=True)
    assert shot.stat().st_size > 20_000  # a page with content, not a blank image
