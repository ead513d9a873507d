"""The one place where a file becomes findings: file -> parser -> Document -> rules -> Findings.

The engine decides which rules run (selection, language, kind), which parser layers and
services they need, applies severity overrides, per-file ignores and in-document suppressions,
sorts findings, and decides the exit status. Reporters only format what it returns.
"""
from __future__ import annotations

import importlib
import os
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from doclint.config import Settings
from doclint.errors import DoclintError
from doclint.lang.lexicon import Lexicons
from doclint.model import Document, FileError, FileResult, Finding, Severity
from doclint.parsers import EXTENSIONS
from doclint.parsers.limits import DEFAULT_LIMITS, Limits
from doclint.rules.base import Context, Rule
from doclint.rules.registry import matches, selected

# Services that rules ask for by name: "module:function(settings) -> object", opened lazily once.
SERVICES: dict[str, str] = {"corpus": "doclint.corpus.service:open_corpus"}

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileResult]]:
    """Files to check (folders walked recursively by extension) and results for bad paths."""
    files: list[Path] = []
    missing: list[FileResult] = []
    for p in map(Path, paths):
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(Path(root) / n for n in sorted(names)
                             if n.lower().endswith(EXTENSIONS) and not n.startswith(("~$", ".")))
        elif p.exists():
            files.append(p)
        else:
            missing.append(FileResult(str(p), error=FileError("DL901", f"{p}: no such file")))
    return files, missing


@dataclass
class Engine:
    settings: Settings = field(default_factory=Settings)
    limits: Limits = DEFAULT_LIMITS
    rules: list[Rule] = field(init=False)
    _services: dict[str, Any] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.rules = [r() for r in selected(list(self.settings.select), list(self.settings.ignore))]
        self.lexicons = Lexicons(self.settings.lexicons)

    @property
    def layers(self) -> frozenset[str]:
        out: set[str] = {"text"}
        for rule in self.rules:
            out |= rule.layers
        return frozenset(out)

    def service(self, name: str) -> Any:
        if name not in self._services:
            module, func = SERVICES[name].split(":")
            factory: Callable[[Settings], Any] = getattr(importlib.import_module(module), func)
            self._services[name] = factory(self.settings)
        return self._services[name]

    def prepare(self, doc: Document) -> Document:
        """Language, kind and metadata: what every rule may rely on."""
        from doclint.kinds import classify_kind
        from doclint.lang.detect import detect_language
        from doclint.meta import extract_metadata

        doc = doc.with_(language=detect_language(doc.text))
        doc = doc.with_(metadata=extract_metadata(doc, self.lexicons))
        return doc.with_(kind=self.settings.kind or classify_kind(doc, self.lexicons))

    def load(self, path: Path) -> Document:
        from doclint.parsers import parse

        return self.prepare(parse(path, self.layers, self.limits))

    def check_document(self, doc: Document) -> tuple[list[Finding], FileError | None]:
        """Run every applicable rule; a rule that crashes costs only its own findings."""
        ignored = self.settings.ignored_for(doc.path)
        services = {}
        findings: list[Finding] = []
        error = None
        ctx = Context(doc, self.settings, self.lexicons, services)
        ran: list[str] = []  # rules that completed: unused suppressions are judged on these
        for rule in self.rules:
            if ignored and matches(rule.code, ignored):
                continue
            if not rule.applies_to(doc, ctx):
                continue
            try:
                for name in rule.services:
                    services.setdefault(name, self.service(name))
                findings.extend(rule.check(doc, ctx))
                ran.append(rule.code)
            except DoclintError as exc:
                error = FileError(exc.code, f"{doc.path}: {rule.code}: {exc.message}")
            except Exception as exc:  # a bug in one rule must not lose the other rules' findings
                where = traceback.extract_tb(exc.__traceback__)[-1]
                error = FileError("DL900", f"{doc.path}: internal error in {rule.code} "
                                           f"({type(exc).__name__}: {exc} at "
                                           f"{Path(where.filename).name}:{where.lineno})")
        from doclint.suppress import apply_suppressions

        findings = apply_suppressions(doc, findings, ran)
        findings = [self._with_severity(f) for f in findings]
        return sorted(findings, key=Finding.sort_key), error

    def _with_severity(self, f: Finding) -> Finding:
        sev = self.settings.severity.get(f.code)
        if sev is None or sev is f.severity:
            return f
        import dataclasses

        return dataclasses.replace(f, severity=sev)

    def check_file(self, path: Path) -> FileResult:
        return self.check_file_and_document(path)[0]

    def check_file_and_document(self, path: Path) -> tuple[FileResult, Document | None]:
        """The file's result and the Document it was read into (None when unreadable): the
        archive scan takes further facts from the Document without parsing twice."""
        try:
            doc = self.load(path)
        except DoclintError as exc:
            return FileResult(str(path), error=FileError(exc.code, str(exc) if exc.path else
                                                         f"{path}: {exc.message}")), None
        except (MemoryError, RecursionError) as exc:
            return FileResult(str(path), error=FileError(
                "DL903", f"{path}: the file exhausts the parser ({type(exc).__name__})")), None
        except Exception as exc:  # a parser bug on a hostile file is still that file's error
            return FileResult(str(path), error=FileError(
                "DL901", f"{path}: cannot parse ({type(exc).__name__}: {exc})")), None
        findings, error = self.check_document(doc)
        return FileResult(str(path), language=doc.language, kind=doc.kind,
                          findings=tuple(findings), error=error, extra=self.extras(doc)), doc

    def extras(self, doc: Document) -> dict[str, Any]:
        """Per-file facts the JSON output carries besides findings (metadata, citations)."""
        from doclint.citations import citations_list
        from doclint.meta import metadata_dict

        return {"metadata": metadata_dict(doc.metadata),
                "citations": citations_list(doc, self.lexicons)}

    def check_paths(self, paths: Iterable[str | Path], jobs: int | None = None
                    ) -> Iterator[FileResult]:
        """Results in input order. Several files go to worker processes (doclint.workers), so
        a file that crashes or hangs its parser costs only that file (a few files: only the
        PDFs and special files go); `jobs=1` stays in-process."""
        files, missing = discover(paths)
        yield from missing
        if len(files) > 1 and jobs != 1:
            from doclint.workers import check_files

            yield from check_files(files, self.settings, limits=self.limits, jobs=jobs,
                                   engine=self)
            return
        for path in files:
            yield self.check_file(path)

    def exit_status(self, results: Iterable[FileResult]) -> int:
        status = EXIT_CLEAN
        for r in results:
            if r.error is not None:
                return EXIT_ERROR
            if any(f.severity.rank >= self.settings.fail_on.rank for f in r.findings):
                status = EXIT_FINDINGS
        return status


def severity_counts(results: Iterable[FileResult]) -> dict[Severity, int]:
    counts = {s: 0 for s in Severity}
    for r in results:
        for f in r.findings:
            counts[f.severity] += 1
    return counts
