"""JSON Lines: one object per finding (with its file's path, language and kind) and one per
file that could not be read (`{"path", "error"}`), printed as results arrive. The finding
fields are those of the JSON contract, so tools can read either format."""
from __future__ import annotations

import json
from typing import IO

from doclint.model import FileResult


class JsonlReporter:
    def __init__(self, out: IO[str], *, color: bool = False) -> None:
        self.out = out

    def _line(self, obj: dict[str, object]) -> None:
        self.out.write(json.dumps(obj, ensure_ascii=False) + "\n")

    def file(self, result: FileResult) -> None:
        if result.error is not None:
            self._line({"path": result.path, "error": result.error.to_dict()})
        for f in result.findings:
            self._line({"path": result.path, "language": result.language, "kind": result.kind,
                        **f.to_dict()})

    def finish(self, summary: dict[str, int]) -> None:
        """Nothing: every line is a finding or a file error, so streams can be concatenated."""
