"""Folded token streams of a document's substantive text, with the way back to its blocks.

Copy detection compares folded words (`doclint.lang.normalize.word_spans`), so case,
diacritics, whitespace and punctuation never matter; list labels ("1.", "2.1.", "a)", "-")
are left out, so renumbering a copied list changes nothing. Each token keeps its block and
character offsets, so a matched token range maps back to the document's own text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from doclint.lang.normalize import word_spans, words
from doclint.parsers.structure import split_label

if TYPE_CHECKING:
    from doclint.lang.lexicon import Lexicons
    from doclint.model import Document

_SENTENCE_END = re.compile(r"[.!?…]")


@dataclass(frozen=True, slots=True)
class TextBlock:
    """One block of substantive text: its index in the document, its text, its location."""

    index: int
    text: str
    location: dict[str, int]

    def to_json(self) -> list[Any]:
        return [self.index, self.text, self.location]

    @classmethod
    def from_json(cls, data: Sequence[Any]) -> "TextBlock":
        return cls(int(data[0]), str(data[1]), dict(data[2]))


@dataclass
class TokenStream:
    """Folded tokens of a sequence of blocks; parallel lists say where each token came from."""

    blocks: list[TextBlock]
    tokens: list[str] = field(default_factory=list)
    block_of: list[int] = field(default_factory=list)  # position in `blocks`
    starts: list[int] = field(default_factory=list)  # character offsets in that block's text
    ends: list[int] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)  # running sentence number

    def __len__(self) -> int:
        return len(self.tokens)

    def text_between(self, first: int, last: int) -> str:
        """The document's own text from token `first` to token `last` (inclusive); blocks
        joined by newlines as in Document.text."""
        b0, b1 = self.block_of[first], self.block_of[last]
        if b0 == b1:
            return self.blocks[b0].text[self.starts[first]:self.ends[last]]
        parts = [self.blocks[b0].text[self.starts[first]:]]
        parts += [b.text for b in self.blocks[b0 + 1:b1]]
        parts.append(self.blocks[b1].text[:self.ends[last]])
        return "\n".join(parts)


def _label_end(text: str) -> int:
    """Where the text after a list label ("1.", "2.1.", "a)", "-") starts."""
    label, rest = split_label(text)
    return len(text) - len(rest) if label is not None and text.endswith(rest) else 0


def folded_words(blocks: Iterable[TextBlock]) -> list[str]:
    """The tokens of `tokenize(blocks)` alone, fast (what the index stores)."""
    out: list[str] = []
    for block in blocks:
        out.extend(words(block.text[_label_end(block.text):]))
    return out


def tokenize(blocks: Iterable[TextBlock]) -> TokenStream:
    stream = TokenStream(blocks=list(blocks))
    sentence = -1
    for pos, block in enumerate(stream.blocks):
        offset = _label_end(block.text)
        ends = [m.start() for m in _SENTENCE_END.finditer(block.text, offset)]
        spans = word_spans(block.text[offset:])
        sentence += 1
        k = 0  # sentence ends passed so far
        for token, start, end in spans:
            start, end = start + offset, end + offset
            before = k
            while k < len(ends) and ends[k] < start:
                k += 1
            if k > before and stream.block_of and stream.block_of[-1] == pos:
                sentence += 1
            stream.tokens.append(token)
            stream.block_of.append(pos)
            stream.starts.append(start)
            stream.ends.append(end)
            stream.sentence_of.append(sentence)
    return stream


def substantive_text_blocks(doc: "Document", lexicons: "Lexicons") -> list[TextBlock]:
    """The document's blocks minus boilerplate (doclint.boilerplate), as TextBlocks."""
    from doclint.boilerplate import substantive_blocks

    return [TextBlock(b.index, b.text, b.location.to_dict())
            for b in substantive_blocks(doc, lexicons) if b.text.strip()]
