"""The kind of a document (plan, directive, report, technical, personnel-decision, …).

Decided from the type line first ("KẾ HOẠCH", "Report", "ПЛАН", "Rapport", "خطة"), then from
the title and the first paragraphs, using the per-language kind lexicons
(lexicons/<lang>/kind-<kind>.txt). The config key `kind` or `--kind` overrides it.
"""
from __future__ import annotations

from doclint.lang.lexicon import Lexicons
from doclint.meta import KIND_LEXICONS, kind_of_type_line
from doclint.model import Document

LEAD_BLOCKS = 40


def classify_kind(doc: Document, lexicons: Lexicons) -> str:
    meta = doc.metadata
    if meta.type_line:
        kind = kind_of_type_line(meta.type_line, doc.language, lexicons)
        if kind:
            return _refine(kind, doc, lexicons)
    for block in list(doc.body())[:LEAD_BLOCKS]:
        kind = kind_of_type_line(block.text, doc.language, lexicons)
        if kind:
            return _refine(kind, doc, lexicons)
    return "other"


def _refine(kind: str, doc: Document, lexicons: Lexicons) -> str:
    """A decision (QUYẾT ĐỊNH) whose title is about personnel is a personnel decision."""
    if kind == "directive" and doc.metadata.title:
        if lexicons.get(doc.language, "personnel-title").find(doc.metadata.title):
            return "personnel-decision"
    return kind
