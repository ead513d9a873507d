"""Word-level view of a text for the task analyses: folded words with their character spans,
the punctuation between them, and lexicon matches expressed as word ranges (phrase entries and
regex entries alike), so owners, markers and timings can be located and excerpted as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from doclint.lang.lexicon import Lexicon
from doclint.lang.normalize import fold_token, word_spans

# What the gap between two words says: a clause ends there, or a list goes on.
CLAUSE, LIST, NONE = 2, 1, 0
_CLAUSE_GAP = re.compile(r"[;؛:()\[\]\n!?]|\.(?:\s|$)")
_LIST_GAP = re.compile(r"[,،/+–—-]")


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon match as a range of words [start, end)."""

    start: int
    end: int
    entry_text: str


class Words:
    def __init__(self, text: str) -> None:
        self.text = text
        spans = word_spans(text)
        self.folded = [t for t, _, _ in spans]
        self.starts = [s for _, s, _ in spans]
        self.ends = [e for _, _, e in spans]

    def __len__(self) -> int:
        return len(self.folded)

    def gap(self, i: int) -> int:
        """Kind of the gap before word i (CLAUSE for the start of the text)."""
        if i <= 0 or i >= len(self.folded):
            return CLAUSE
        between = self.text[self.ends[i - 1]:self.starts[i]]
        if _CLAUSE_GAP.search(between):
            return CLAUSE
        return LIST if _LIST_GAP.search(between) else NONE

    def is_capitalised(self, i: int) -> bool:
        return self.text[self.starts[i]:self.starts[i] + 1].isupper()

    def span(self, start: int, end: int) -> str:
        """The original text of words [start, end)."""
        if start >= end:
            return ""
        return self.text[self.starts[start]:self.ends[end - 1]]

    @cached_property
    def _folded_text(self) -> tuple[str, list[int]]:
        """Folded whitespace tokens joined by spaces, and the original start of each."""
        parts, origins = [], []
        for m in re.finditer(r"\S+", self.text):
            parts.append(fold_token(m.group()))
            origins.append(m.start())
        return " ".join(parts), origins

    def _char_to_word(self, orig: int, *, end: bool) -> int:
        if end:
            return sum(1 for s in self.starts if s < orig)
        return sum(1 for e in self.ends if e <= orig)

    def find(self, lexicon: Lexicon) -> list[Hit]:
        """Matches of `lexicon` as word ranges, in text order, longest first at a position."""
        hits: list[Hit] = []
        for m in lexicon.find(self.text):
            if m.entry.regex is None:
                hits.append(Hit(m.start, m.end, m.entry.text))
                continue
            folded, origins = self._folded_text
            # map folded character offsets back: whitespace tokens keep their order
            tok_start = folded.count(" ", 0, m.start)
            tok_end = folded.count(" ", 0, max(m.end - 1, m.start))
            if tok_start >= len(origins):
                continue
            orig_start = origins[tok_start]
            nxt = origins[tok_end + 1] if tok_end + 1 < len(origins) else len(self.text)
            start = self._char_to_word(orig_start, end=False)
            stop = self._char_to_word(nxt, end=True)
            if start < stop:
                hits.append(Hit(start, stop, m.entry.text))
        return sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))


def strip_span(text: str) -> str:
    """A matched span without surrounding punctuation and spaces."""
    return text.strip(" \t\n,;:.()[]–—-\"'“”")


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"“(\[]?[^\W\d_a-zđ])|(?<=\./\.)\s*")


def sentences(text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences of a paragraph (a new one starts after .!?; and a
    capital, so "30.6.2026" and "Nghị định số 52/2015/NĐ-CP." do not split wrongly)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]
