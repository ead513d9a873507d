"""Copied passages of a draft: alignments with candidate sources, each draft region credited to
the source that matches it best, mapped back to the texts of both documents."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from doclint.corpus.align import Alignment, align
from doclint.corpus.documents import SourceInfo
from doclint.corpus.tokens import TokenStream

SOURCE_EXCERPT_CHARS = 240
MAX_OVERLAP = 0.5  # a passage mostly inside a better one (another source, a repeat) is dropped
SNAP = 6  # words at a paragraph's edge left out of a passage (edited) that still belong to it


@dataclass(frozen=True)
class Passage:
    """One draft passage that repeats a source passage."""

    source: SourceInfo
    draft_first: int  # token range in the draft's TokenStream (inclusive)
    draft_last: int
    draft_blocks: tuple[int, ...]  # block indexes in the draft Document
    draft_text: str  # the draft's own text of the passage
    source_blocks: tuple[int, ...]
    source_location: dict[str, int]  # where the source passage starts
    source_text: str
    source_sentences: int  # sentences of the source the passage spans
    similarity: float  # Indel similarity of the two token ranges, 1.0 = verbatim

    @property
    def words(self) -> int:
        return self.draft_last - self.draft_first + 1

    def evidence(self) -> dict[str, Any]:
        return {"source": self.source.id, "source_title": self.source.title,
                "source_language": self.source.language, "source_file": self.source.path,
                "source_location": self.source_location,
                "source_excerpt": _clip(self.source_text), "similarity": self.similarity,
                "words": self.words, "draft_blocks": list(self.draft_blocks)}


def _clip(text: str) -> str:
    return text if len(text) <= SOURCE_EXCERPT_CHARS else text[:SOURCE_EXCERPT_CHARS - 1] + "…"


def _blocks(stream: TokenStream, first: int, last: int) -> tuple[int, ...]:
    positions = range(stream.block_of[first], stream.block_of[last] + 1)
    return tuple(stream.blocks[p].index for p in positions)


def find_passages(draft: TokenStream, sources: Sequence[tuple[SourceInfo, TokenStream]], *,
                  min_words: int = 12, min_similarity: float = 0.6) -> list[Passage]:
    """Passages in draft order; where sources compete for a region the best match keeps it."""
    found: list[tuple[Alignment, SourceInfo, TokenStream]] = []
    for info, stream in sources:
        found.extend((a, info, stream) for a in align(draft, stream, min_words=min_words,
                                                      min_similarity=min_similarity))
    found.sort(key=lambda f: (-f[0].draft_words * f[0].similarity, f[1].path))
    taken = [False] * len(draft)
    chosen: list[tuple[Alignment, SourceInfo, TokenStream]] = []
    for a, info, stream in found:
        overlap = sum(taken[a.draft_first:a.draft_last + 1])
        if overlap > MAX_OVERLAP * a.draft_words:
            continue
        for i in range(a.draft_first, a.draft_last + 1):
            taken[i] = True
        chosen.append((a, info, stream))
    kept: list[Passage] = []
    for a, info, stream in chosen:
        first, last = _snap(draft, taken, a.draft_first, a.draft_last)
        first_block = stream.blocks[stream.block_of[a.source_first]]
        kept.append(Passage(
            source=info, draft_first=first, draft_last=last,
            draft_blocks=_blocks(draft, first, last),
            draft_text=draft.text_between(first, last),
            source_blocks=_blocks(stream, a.source_first, a.source_last),
            source_location=first_block.location,
            source_text=stream.text_between(a.source_first, a.source_last),
            source_sentences=stream.sentence_of[a.source_last] - stream.sentence_of[a.source_first] + 1,
            similarity=a.similarity))
    return sorted(kept, key=lambda p: p.draft_first)


def _snap(draft: TokenStream, taken: list[bool], first: int, last: int) -> tuple[int, int]:
    """The passage widened to the first and last words of its paragraph (or table cell) when
    at most SNAP words of the same sentence, edited and copied by no other passage, lie
    between: the excerpt then shows the copied paragraph whole rather than starting after a
    substituted word, while a sentence or a cell of the draft's own (a lead unit, a deadline)
    stays out."""
    def apart(a: int) -> bool:  # tokens a and a + 1 are in different paragraphs or cells
        if a < 0 or a + 1 >= len(draft) or draft.block_of[a] != draft.block_of[a + 1]:
            return True
        return "|" in draft.blocks[draft.block_of[a]].text[draft.ends[a]:draft.starts[a + 1]]

    def free(new: int, edge: int) -> bool:
        return not taken[new] and draft.sentence_of[new] == draft.sentence_of[edge]

    i = first
    while not apart(i - 1) and first - i < SNAP and free(i - 1, first):
        i -= 1
    j = last
    while not apart(j) and j - last < SNAP and free(j + 1, last):
        j += 1
    return (i if apart(i - 1) else first), (j if apart(j) else last)


def covered_words(draft: TokenStream, passages: Sequence[Passage]) -> int:
    """Draft tokens inside some passage."""
    covered = [False] * len(draft)
    for p in passages:
        for i in range(p.draft_first, p.draft_last + 1):
            covered[i] = True
    return sum(covered)
