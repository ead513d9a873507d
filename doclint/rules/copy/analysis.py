"""The copy analysis DL101 and DL102 share (computed once per document via ctx.analysis):
the draft's substantive text aligned with the corpus."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from doclint.corpus.passages import Passage, covered_words
from doclint.corpus.tokens import TokenStream, substantive_text_blocks
from doclint.lang.normalize import words
from doclint.model import Document
from doclint.rules.base import Context
from doclint.rules.copy.quotation import QuoteMap, Quotation


@dataclass
class CopyAnalysis:
    draft: TokenStream
    passages: list[Passage]
    quotations: list[Quotation | None]  # parallel to passages
    boilerplate_words: int  # body words left out as boilerplate
    counted_words: int = field(init=False)
    copied_words: int = field(init=False)

    def __post_init__(self) -> None:
        self.counted_words = len(self.draft)
        self.copied_words = covered_words(self.draft, self.passages)

    @property
    def containment(self) -> float:
        return self.copied_words / self.counted_words if self.counted_words else 0.0

    @property
    def quoted_words(self) -> int:
        return covered_words(self.draft, [p for p, q in zip(self.passages, self.quotations) if q])

    def sources(self) -> list[dict[str, Any]]:
        """Each source document with the share of the draft it covers, largest first."""
        by_path: dict[str, list[Passage]] = defaultdict(list)
        for p in self.passages:
            by_path[p.source.path].append(p)
        out = []
        for found in by_path.values():
            info = found[0].source
            n = covered_words(self.draft, found)
            out.append({"id": info.id, "language": info.language, "title": info.title,
                        "status": info.status, "file": info.path, "words": n,
                        "share": round(n / self.counted_words, 3) if self.counted_words else 0.0})
        return sorted(out, key=lambda s: -s["words"])


def copy_analysis(doc: Document, ctx: Context) -> CopyAnalysis:
    index = ctx.services["corpus"]
    blocks = substantive_text_blocks(doc, ctx.lexicons)
    draft, passages = index.match(blocks, exclude_path=doc.path)
    quotes = QuoteMap(draft)
    body_words = sum(len(words(b.text)) for b in doc.body())
    return CopyAnalysis(draft, passages, [quotes.quotation(p.draft_first) for p in passages],
                        boilerplate_words=max(0, body_words - len(draft)))
