"""Citations are extracted once per document and shared by the DL5xx rules."""
from __future__ import annotations

from doclint.citations import Citation, extract_citations
from doclint.model import Document, Finding
from doclint.rules.base import Context, Rule


def citations_of(doc: Document, ctx: Context) -> list[Citation]:
    return extract_citations(doc, ctx.lexicons)


class CitationRule(Rule):
    languages = frozenset({"vi"})

    def on(self, citation: Citation, message: str, **evidence: object) -> Finding:
        return self.finding(None, message, location=citation.location, excerpt=citation.text,
                            evidence={"number": citation.number, **evidence})
