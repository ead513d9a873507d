"""Attributed quotations: a draft that relays a superior's text inside quotation marks after
naming it ("Bộ Nội vụ có ý kiến như sau: “1. Theo quy định tại …”"). Such a passage is an
honest citation, not a silent copy; the copy rules mark it as one and name what it quotes."""
from __future__ import annotations

import re
from dataclasses import dataclass

from doclint.corpus.tokens import TokenStream

# opening mark -> the marks that close it („…“ and „…” in Russian, “…” in English, «…»)
_PAIRS = {"“": "”", "«": "»", "„": "“”", "‘": "’"}
ATTRIBUTION_CHARS = 240
# "số 226-KL/TW", "Công văn 1234/BNV-TCPCP", "No. 151-TTr/VPTW": a number, a separator, a symbol
_DOC_NUMBER = re.compile(r"\b\d{1,5}\s*[/-]\s*[A-ZĐa-zđ\u0400-\u04ff][\wĐđ.&]*(?:\s*[/-]\s*[\wĐđ.&]+)*")


@dataclass(frozen=True, slots=True)
class Quotation:
    attribution: str  # the draft's text before the opening mark: who is quoted
    quoted_document: str | None  # the document number the attribution names, if any


class QuoteMap:
    """Which character offsets of a token stream's text lie inside quotation marks."""

    def __init__(self, stream: TokenStream) -> None:
        self.text = "\n".join(b.text for b in stream.blocks)
        self.block_start: list[int] = []
        at = 0
        for b in stream.blocks:
            self.block_start.append(at)
            at += len(b.text) + 1
        self.stream = stream
        # the offset of the opening mark that encloses each character, or -1; only closed
        # quotations count (a stray mark must not turn the rest of the draft into a quotation),
        # and a closing mark must match its opener (the apostrophe ’ closes only a ‘)
        self._opener = [-1] * len(self.text)
        stack: list[int] = []
        straight = -1
        for i, ch in enumerate(self.text):
            if stack and ch in _PAIRS[self.text[stack[-1]]]:
                self._mark(stack.pop(), i)  # an enclosing quotation closes later and wins
            elif ch in _PAIRS:
                stack.append(i)
            elif ch == '"':
                if straight < 0:
                    straight = i
                else:
                    self._mark(straight, i)
                    straight = -1

    def _mark(self, start: int, end: int) -> None:
        self._opener[start:end + 1] = [start] * (end + 1 - start)

    def offset(self, token: int) -> int:
        s = self.stream
        return self.block_start[s.block_of[token]] + s.starts[token]

    def quotation(self, first: int) -> Quotation | None:
        """The attributed quotation token `first` opens or continues, if it is quoted."""
        opener = self._opener[self.offset(first)]
        if opener < 0:
            return None
        before = self.text[max(0, opener - ATTRIBUTION_CHARS):opener]
        attribution = re.split(r"(?<=[.!?])\s|\n", before.rstrip())[-1].strip()
        if not attribution:
            return None
        found = _DOC_NUMBER.findall(before)
        return Quotation(" ".join(attribution.split()), found[-1].replace(" ", "") if found else None)
