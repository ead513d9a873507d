"""The copy analysis DL101 and DL102 share (computed once per document via ctx.analysis):
the draft's substantive text aligned with the corpus."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from doclint.corpus.align import GAP
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


RUN_GAP = GAP  # draft words between two passages that still make them one run of copying
WHOLE = 0.8  # share of its draft sentences a passage covers to be pasted text, not a quotation


def copied_runs(draft: TokenStream, passages: list[Passage]) -> list[int]:
    """For each passage (in draft order), the words of the run of copying it belongs to:
    pasted passages (covering whole sentences of the draft) that follow each other at most
    RUN_GAP words apart, whatever their order in the source. A passage quoted inside a
    sentence of the draft's own (a title after "Căn cứ") joins no run; its run is itself."""
    sentence_words = Counter(draft.sentence_of)

    def pasted(p: Passage) -> bool:
        first, last = draft.sentence_of[p.draft_first], draft.sentence_of[p.draft_last]
        return p.words >= WHOLE * sum(sentence_words[s] for s in range(first, last + 1))

    totals = [p.words for p in passages]
    runs: list[list[int]] = []  # positions of the passages of each run
    for k, p in enumerate(passages):
        if not pasted(p):
            continue
        if runs and p.draft_first - passages[runs[-1][-1]].draft_last <= RUN_GAP:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        words = sum(passages[i].words for i in run)
        for i in run:
            totals[i] = words
    return totals


def copy_analysis(doc: Document, ctx: Context) -> CopyAnalysis:
    index = ctx.services["corpus"]
    blocks = substantive_text_blocks(doc, ctx.lexicons)
    draft, passages = index.match(blocks, exclude_path=doc.path)
    quotes = QuoteMap(draft)
    body_words = sum(len(words(b.text)) for b in doc.body())
    return CopyAnalysis(draft, passages, [quotes.quotation(p.draft_first) for p in passages],
                        boilerplate_words=max(0, body_words - len(draft)))
