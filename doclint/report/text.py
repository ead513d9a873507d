"""Terminal output: `path:page:block: CODE [severity] message`, then the excerpt, indented."""
from __future__ import annotations

import textwrap
from typing import IO

import click

from doclint.model import FileResult, Finding

_COLORS = {"error": "red", "warning": "yellow", "info": "cyan"}
EXCERPT_CHARS = 300


def position(path: str, f: Finding) -> str:
    loc = f.location
    return f"{path}:{loc.page if loc.page is not None else '-'}:{loc.block}"


class TextReporter:
    def __init__(self, out: IO[str], *, color: bool = False) -> None:
        self.out = out
        self.color = color

    def _style(self, text: str, **kw: object) -> str:
        return click.style(text, **kw) if self.color else text  # type: ignore[arg-type]

    def file(self, result: FileResult) -> None:
        if result.error is not None:
            msg = result.error.message
            self.out.write(self._style(f"{msg} ", bold=True) + self._style(
                f"[{result.error.code}]", fg="red") + "\n")
        for f in result.findings:
            sev = self._style(f"[{f.severity.value}]", fg=_COLORS[f.severity.value])
            self.out.write(f"{self._style(position(result.path, f), bold=True)}: "
                           f"{self._style(f.code, fg='magenta')} {sev} {f.message}\n")
            excerpt = f.excerpt if len(f.excerpt) <= EXCERPT_CHARS else \
                f.excerpt[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
            if excerpt:
                self.out.write(textwrap.indent(textwrap.fill(excerpt, 96), "    │ ") + "\n")

    def finish(self, summary: dict[str, int]) -> None:
        line = (f"{summary['files']} file(s) checked: {summary['findings']} finding(s), "
                f"{summary['errors']} error(s)")
        self.out.write(self._style(line, bold=True) + "\n")
