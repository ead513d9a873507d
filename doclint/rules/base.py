"""The rule contract. A rule reads a Document (and shared analyses) and yields Findings.

A rule is a class in its own module with a stable `code`, a `name`, a default `severity`, and a
docstring with the sections What it checks / Why / Example / Options; `doclint rules`,
`doclint explain` and docs/rules.md are generated from it. Rules never open files.
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterable, TypeVar

from doclint.model import TEXT_AND_TABLES, Block, Document, Finding, Location, Severity

if TYPE_CHECKING:
    from doclint.config import Settings
    from doclint.lang.lexicon import Lexicon, Lexicons

T = TypeVar("T")

DOC_SECTIONS = ("What it checks", "Why", "Example", "Options")


@dataclass(frozen=True, slots=True)
class Option:
    """A configurable value of a rule: `[tool.doclint.rules.DL101] threshold = 0.6`."""

    default: Any
    help: str

    def validate(self, key: str, value: Any) -> Any:
        expected = type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ValueError(f"{key} must be {expected.__name__}, got {value!r}")
        return value


class Context:
    """What a rule may use besides the Document: settings, lexicons, shared analyses.

    `analysis(fn)` computes `fn(doc, ctx)` once per document and shares it, so the task
    extraction used by DL201–DL206 and the report rules runs once, and the copy alignment used
    by DL101 and DL102 runs once.
    """

    def __init__(self, doc: Document, settings: "Settings", lexicons: "Lexicons",
                 services: dict[str, Any] | None = None) -> None:
        self.doc = doc
        self.settings = settings
        self.lexicons = lexicons
        self.services = services if services is not None else {}  # name -> object, see engine.SERVICES
        self._analyses: dict[Callable[..., Any], Any] = {}

    def analysis(self, fn: Callable[[Document, "Context"], T]) -> T:
        if fn not in self._analyses:
            self._analyses[fn] = fn(self.doc, self)
        return self._analyses[fn]  # type: ignore[no-any-return]

    def lexicon(self, name: str, lang: str | None = None) -> "Lexicon":
        return self.lexicons.get(lang or self.doc.language, name)

    def option(self, rule: "type[Rule] | Rule", key: str) -> Any:
        return self.settings.rule_option(rule.code, key, rule.options[key].default)


class Rule(ABC):
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    languages: ClassVar[frozenset[str] | None] = None  # None: every language
    kinds: ClassVar[frozenset[str] | None] = None  # None: every kind of document
    layers: ClassVar[frozenset[str]] = TEXT_AND_TABLES  # parser layers needed (model.py)
    services: ClassVar[frozenset[str]] = frozenset()  # e.g. {"corpus"}: opened once per run
    options: ClassVar[dict[str, Option]] = {}

    @abstractmethod
    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        """Yield the rule's findings on `doc`."""

    def applies_to(self, doc: Document, ctx: Context) -> bool:
        langs = ctx.settings.rule_languages(self.code, self.languages)
        if langs is not None and doc.language not in langs:
            return False
        return self.kinds is None or doc.kind in self.kinds

    def finding(self, block: Block | None, message: str, *, excerpt: str | None = None,
                location: Location | None = None, evidence: dict[str, Any] | None = None,
                severity: Severity | None = None) -> Finding:
        """A finding on `block`; its excerpt defaults to the block's own text."""
        if location is None:
            location = block.location if block is not None else Location(block=0)
        if excerpt is None:
            excerpt = block.text if block is not None else ""
        return Finding(code=self.code, name=self.name, severity=severity or self.severity,
                       message=message, location=location, excerpt=excerpt,
                       evidence=evidence or {})

    @classmethod
    def doc_sections(cls) -> dict[str, str]:
        """The docstring split into its sections (summary under the key "")."""
        text = _dedent(cls.__doc__ or "")
        sections: dict[str, str] = {}
        current = ""
        buf: list[str] = []
        for line in text.splitlines():
            m = re.fullmatch(r"\*\*(.+?)\*\*:?\s*", line.strip())
            if m and m.group(1) in DOC_SECTIONS:
                sections[current] = "\n".join(buf).strip()
                current, buf = m.group(1), []
            else:
                buf.append(line)
        sections[current] = "\n".join(buf).strip()
        return sections

    @classmethod
    def summary(cls) -> str:
        return cls.doc_sections().get("", "").split("\n\n")[0].replace("\n", " ")


def _dedent(doc: str) -> str:
    import inspect

    return inspect.cleandoc(doc)
