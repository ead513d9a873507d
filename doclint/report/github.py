"""GitHub Actions workflow commands: one `::warning file=…,line=…::…` line per finding, which
the Actions runner turns into annotations on the pull request's files."""
from __future__ import annotations

from typing import IO

from doclint.model import FileResult, Finding

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
EXCERPT_CHARS = 200


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def where(f: Finding) -> str:
    """The place a reader finds the text in, in words (DOCX/PDF have no line numbers)."""
    loc = f.location
    parts = [f"page {loc.page}"] if loc.page is not None else []
    if loc.table is not None:
        parts.append(f"table {loc.table + 1}, row {(loc.row or 0) + 1}")
    parts.append(f"block {loc.block}")
    return ", ".join(parts)


class GithubReporter:
    def __init__(self, out: IO[str], *, color: bool = False) -> None:
        self.out = out

    def file(self, result: FileResult) -> None:
        if result.error is not None:
            self.out.write(f"::error file={_prop(result.path)},title={_prop(result.error.code)}"
                           f"::{_data(result.error.message)}\n")
        for f in result.findings:
            props = f"file={_prop(result.path)}"
            if f.location.line is not None:
                props += f",line={f.location.line}"
            props += f",title={_prop(f'{f.code} {f.name}')}"
            excerpt = f.excerpt if len(f.excerpt) <= EXCERPT_CHARS else \
                f.excerpt[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
            body = f"{f.message} ({where(f)})" + (f"\n> {excerpt}" if excerpt else "")
            self.out.write(f"::{LEVELS[f.severity.value]} {props}::{_data(body)}\n")

    def finish(self, summary: dict[str, int]) -> None:
        self.out.write(f"doclint: {summary['files']} file(s) checked: {summary['findings']} "
                       f"finding(s), {summary['errors']} error(s)\n")
