"""Reporters format FileResults; they never compute findings or decide the exit status.

A reporter gets each file's result as soon as it is ready (`file`), then the totals
(`finish`), so streaming formats (text, jsonl, github) print while the run goes on.
"""
from __future__ import annotations

import importlib
from typing import IO, Protocol

from doclint.model import FileResult

FORMATS: dict[str, str] = {
    "text": "doclint.report.text:TextReporter",
    "json": "doclint.report.json:JsonReporter",
    "jsonl": "doclint.report.jsonl:JsonlReporter",
    "sarif": "doclint.report.sarif:SarifReporter",
    "github": "doclint.report.github:GithubReporter",
}


class Reporter(Protocol):
    def __init__(self, out: IO[str], *, color: bool = False) -> None: ...

    def file(self, result: FileResult) -> None: ...

    def finish(self, summary: dict[str, int]) -> None: ...


def reporter(name: str, out: IO[str], *, color: bool = False) -> Reporter:
    module, cls = FORMATS[name].split(":")
    return getattr(importlib.import_module(module), cls)(out, color=color)  # type: ignore[no-any-return]


def summarize(results: list[FileResult]) -> dict[str, int]:
    return {"files": len(results), "findings": sum(len(r.findings) for r in results),
            "errors": sum(1 for r in results if r.error is not None)}
