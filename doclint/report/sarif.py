"""SARIF 2.1.0 (OASIS), the format GitHub code scanning and IDE viewers read.

One run; `tool.driver.rules` describes every rule that fired (from its docstring); a result per
finding in the order of the other formats. DOCX and PDF have no text lines: the region is the
block's line where the parser knows it (text files, PDF lines), else line 1, and the block,
page and table coordinates travel in the result's properties with the excerpt as the snippet.
Unreadable files become tool execution notifications, and the invocation is then unsuccessful.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from doclint import __version__
from doclint.model import FileResult, Finding

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/doclint/doclint"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A relative URI for paths under the working folder (what code scanning expects)."""
    p = Path(path)
    try:
        p = p.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return p.resolve().as_uri()
    return quote(p.as_posix())


def _descriptor(code: str) -> dict[str, Any]:
    from doclint.errors import ConfigError
    from doclint.rules.registry import by_code

    try:
        rule = by_code(code)
    except ConfigError:  # DL900 internal errors have no rule class
        return {"id": code}
    sections = rule.doc_sections()
    return {"id": rule.code, "name": rule.name,
            "shortDescription": {"text": rule.summary()},
            "fullDescription": {"text": sections.get("What it checks", "")},
            "help": {"text": "\n\n".join(f"{s}\n{sections[s]}" for s in
                                         ("Why", "Example", "Options") if sections.get(s))},
            "defaultConfiguration": {"level": LEVELS[rule.severity.value]}}


class SarifReporter:
    def __init__(self, out: IO[str], *, color: bool = False) -> None:
        self.out = out
        self.results: list[dict[str, Any]] = []
        self.notifications: list[dict[str, Any]] = []
        self.rule_index: dict[str, int] = {}

    def _index(self, code: str) -> int:
        return self.rule_index.setdefault(code, len(self.rule_index))

    def _result(self, path: str, f: Finding) -> dict[str, Any]:
        loc = f.location
        region: dict[str, Any] = {"startLine": loc.line or 1}
        if f.excerpt:
            region["snippet"] = {"text": f.excerpt}
        return {
            "ruleId": f.code, "ruleIndex": self._index(f.code), "level": LEVELS[f.severity.value],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)},
                                                "region": region}}],
            # the same finding on the same text keeps its identity across edits elsewhere
            "partialFingerprints": {"doclintExcerpt/v1": hashlib.sha256(
                f"{f.code}\n{f.excerpt}".encode()).hexdigest()},
            "properties": {"name": f.name, "location": loc.to_dict(), "evidence": f.evidence},
        }

    def file(self, result: FileResult) -> None:
        if result.error is not None:
            self.notifications.append({
                "level": "error", "message": {"text": result.error.message},
                "descriptor": {"id": result.error.code},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(result.path)}}}]})
        self.results.extend(self._result(result.path, f) for f in result.findings)

    def finish(self, summary: dict[str, int]) -> None:
        rules = [_descriptor(code) for code in self.rule_index]
        log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [{
            "tool": {"driver": {"name": "doclint", "version": __version__,
                                "informationUri": INFO_URI, "rules": rules}},
            "invocations": [{"executionSuccessful": not self.notifications,
                             "toolExecutionNotifications": self.notifications}],
            "results": self.results,
            "properties": {"summary": summary}}]}
        json.dump(log, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
