"""The JSON contract of ../shared/DESIGN.md: one object with every file and a summary."""
from __future__ import annotations

import json
from typing import IO, Any

from doclint import __version__
from doclint.model import FileResult


class JsonReporter:
    def __init__(self, out: IO[str], *, color: bool = False) -> None:
        self.out = out
        self.files: list[dict[str, Any]] = []

    def file(self, result: FileResult) -> None:
        self.files.append(result.to_dict())

    def finish(self, summary: dict[str, int]) -> None:
        json.dump({"doclint": __version__, "files": self.files, "summary": summary}, self.out,
                  ensure_ascii=False, indent=2)
        self.out.write("\n")
