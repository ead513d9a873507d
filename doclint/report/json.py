"""The JSON contract of ../shared/DESIGN.md: one object with every file and a summary."""
from __future__ import annotations

import json
from typing import IO

from doclint import __version__
from doclint.model import FileResult


class JsonReporter:
    """Each file is encoded as its result arrives (while workers still parse the next files),
    so the end of a run only joins the pieces; the output is one indented JSON document."""

    def __init__(self, out: IO[str], *, color: bool = False) -> None:
        self.out = out
        self.files: list[str] = []

    def file(self, result: FileResult) -> None:
        # the file objects sit two levels deep: their own lines indented by four more spaces
        encoded = json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
        self.files.append("    " + encoded.replace("\n", "\n    "))

    def finish(self, summary: dict[str, int]) -> None:
        files = "[\n" + ",\n".join(self.files) + "\n  ]" if self.files else "[]"
        head = json.dumps(__version__, ensure_ascii=False)
        tail = json.dumps(summary, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        self.out.write(f'{{\n  "doclint": {head},\n  "files": {files},\n  "summary": {tail}\n}}\n')
