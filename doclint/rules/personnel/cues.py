"""The lexicon baseline of DL301: which words of a paragraph make it personnel content.

Three per-language lists (lexicons/<lang>/personnel*.txt):
- `personnel`: cues that decide on their own ("bổ nhiệm", "salary", "надбавка", "lønn");
- `personnel-ambiguous`: cues that count only in a sentence that also names people from
  `personnel-subject` ("điều động cán bộ" yes, "điều động xe cứu hỏa" no; "transfer of staff"
  yes, "data transfer" no);
- `personnel-skip`: openings of a legal-basis citation ("Căn cứ Nghị định … về tiền lương"),
  which cite a personnel text rather than regulate personnel matters.
Cues are quoted from the paragraph's own text, not from the folded form.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from doclint.lang.lexicon import Lexicon, Lexicons, Match
from doclint.lang.normalize import fold_token, word_spans

_SENTENCE_END = re.compile(r"(?<=[.;!?؟:])\s+|\n")


@dataclass(frozen=True, slots=True)
class Cue:
    text: str  # the paragraph's own words that matched
    entry: str  # the lexicon entry
    subject: str | None = None  # for an ambiguous cue: the person word that confirmed it


def quote(text: str, match: Match) -> str:
    """The document's own words for a lexicon match (phrase: token span; regex: folded span)."""
    if match.entry.regex is None:
        spans = word_spans(text)
        if match.end <= len(spans):
            return text[spans[match.start][1]:spans[match.end - 1][2]]
        return match.text
    # regexes run on fold(text): whitespace tokens folded one by one, joined by single spaces
    offset, picked = 0, []
    for raw in text.split():
        folded = fold_token(raw)
        if offset < match.end and offset + len(folded) > match.start:
            picked.append(raw)
        offset += len(folded) + 1
    return " ".join(picked).strip(".,;:()\"'«»“”") or match.text


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def is_citation(text: str, skip: Lexicon) -> bool:
    return any(m.start == 0 for m in skip.find(text[:200]))


def personnel_cues(text: str, lang: str, lexicons: Lexicons) -> list[Cue]:
    """The personnel cues of one paragraph, strongest first; empty for non-personnel text."""
    if is_citation(text, lexicons.get(lang, "personnel-skip")):
        return []
    found = [Cue(quote(text, m), m.entry.text) for m in lexicons.get(lang, "personnel").find(text)]
    ambiguous = lexicons.get(lang, "personnel-ambiguous")
    subjects = lexicons.get(lang, "personnel-subject")
    for sentence in _sentences(text):
        hits = ambiguous.find(sentence)
        if not hits:
            continue
        who = subjects.find(sentence)
        if who:
            found += [Cue(quote(sentence, m), m.entry.text, quote(sentence, who[0])) for m in hits]
    unique: dict[str, Cue] = {}
    for cue in found:
        unique.setdefault(cue.text.casefold(), cue)
    return list(unique.values())


def names_personnel(text: str, lang: str, lexicons: Lexicons) -> bool:
    """The paragraph names people or an ambiguous personnel act: the context a classifier
    score needs, since the model reads folded single words and "viec" (vụ việc, công việc)
    or "thanh" (Thành ủy) weigh as much as "thôi việc" or "thành viên"."""
    return bool(lexicons.get(lang, "personnel-subject").find(text)
                or lexicons.get(lang, "personnel-ambiguous").find(text))
