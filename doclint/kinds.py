"""The kind of a document (plan, directive, report, technical, personnel-decision, …).

Decided in three steps, each from per-language data (lexicons/<lang>/kind-*.txt):

1. the **type line** ("KẾ HOẠCH", "GUIDELINES", "ПРИКАЗ", "Veileder", "دليل"): the header
   metadata's type line (doclint.meta), else the first short, type-line-looking text of the
   opening blocks or table cells. The longest cue wins, so "QUYẾT ĐỊNH BỔ NHIỆM" is a personnel
   decision although "QUYẾT ĐỊNH" alone is a directive;
2. the **title** refines it — the title only, never the body: the texts after the type line
   up to the first sentence-like one (closing period, semicolon or colon). A directive proper
   (kind-instruction.txt: "CHỈ THỊ", "Директива", "Rundskriv", "تعميم") is never refined: it
   exists to instruct, so "CHỈ THỊ Về tăng cường kỷ luật, kỷ cương" stays a directive. A
   decision or regulation whose title is about personnel or
   regimes (personnel-title.txt: appointment, salaries, allowances…) is a personnel decision; a
   decision that promulgates another document ("ban hành Quy trình…", "об утверждении
   Инструкции…") takes that document's kind; any other decision whose title holds a DL301
   personnel cue (personnel.txt, or an ambiguous cue next to a person word) is a personnel
   decision;
3. without a type line, a **title-like opening** that names a kind within its first words
   ("Laboratory Safety Guidelines", "Sikkerhetsinstruks") decides; otherwise "other".

The config key `kind` or `--kind` overrides all of this (doclint.engine).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from doclint.lang.lexicon import Lexicons
from doclint.lang.normalize import words
from doclint.meta import kind_matches
from doclint.model import Block, BlockKind, Document
from doclint.rules.personnel.cues import personnel_cues

LEAD_BLOCKS = 40  # the type line sits in the header: never look further
TITLE_TEXTS = 3  # texts after the type line that may carry the title
MAX_EXTRA_WORDS = 14  # a type line is its cue plus a short title at most
TITLE_WORDS = 40  # a title line is shorter; a longer text is the body
OPENING_CUE_WORDS = 4  # "Laboratory Safety Guidelines": the kind word comes within these
# kinds whose title may turn them into a personnel decision or the kind they promulgate
_REFINABLE = frozenset({"directive", "technical"})


@dataclass(frozen=True, slots=True)
class KindCue:
    kind: str
    size: int  # words of the cue; the longest cue at the start of a line wins
    start: int  # index of the cue's first word


def cues(text: str, lang: str, lexicons: Lexicons) -> Iterator[KindCue]:
    """Every kind cue in `text`, with where it starts (token index; 0 for anchored regexes)."""
    for kind, m in kind_matches(text, lang, lexicons):
        start = m.start if m.entry.regex is None else len(words(text[:m.start]))
        yield KindCue(kind, len(m.text.split()), start)


def type_kind(text: str, lang: str, lexicons: Lexicons) -> str | None:
    """The kind a type line names at its start; the longest cue wins."""
    found = [c for c in cues(text, lang, lexicons) if c.start == 0]
    if not found:
        return None
    return max(found, key=lambda c: c.size).kind


def _opening_texts(doc: Document) -> Iterator[tuple[Block, str]]:
    for block in list(doc.body())[:LEAD_BLOCKS]:
        if block.cells:
            for cell in block.cells:
                yield from ((block, line) for line in cell.text.splitlines() if line.strip())
        else:
            yield block, block.text


def _looks_like_type_line(block: Block, text: str) -> bool:
    """Short, and set apart as a heading: upper case, a heading style or no closing period."""
    letters = [c for c in text if c.isalpha()]
    upper = bool(letters) and sum(c.isupper() for c in letters[:30]) >= 0.8 * min(len(letters), 30)
    return upper or block.kind is BlockKind.HEADING or not text.rstrip().endswith((".", ";", ","))


def find_type_line(doc: Document, lexicons: Lexicons) -> tuple[str | None, list[str]]:
    """The type line and the texts after it that may hold the title."""
    texts = list(_opening_texts(doc))
    meta = doc.metadata
    for i, (block, text) in enumerate(texts):
        if not (meta.type_line and text.strip() == meta.type_line.strip()) \
                and not _is_type_line(block, text, doc.language, lexicons):
            continue
        header = {meta.national_title, meta.motto, meta.party_header, meta.date_text}
        following = []
        for _, t in texts[i + 1:]:
            if t in header or (meta.number and meta.number in t):
                continue
            if len(following) == TITLE_TEXTS or _is_sentence(t):
                break  # the body starts: its words must not decide the kind
            following.append(t)
        if meta.title and meta.title not in following:
            following.insert(0, meta.title)
        return text, following
    return None, []


def _is_sentence(text: str) -> bool:
    """Body text rather than a title line: it closes like a sentence or is long."""
    return text.rstrip().endswith((".", ";", ":")) or len(words(text)) > TITLE_WORDS


def is_instruction(type_line: str, lang: str, lexicons: Lexicons) -> bool:
    """The type line names a directive proper ("CHỈ THỊ", "DIRECTIVE", "تعميم")."""
    return any(m.start == 0 for m in lexicons.get(lang, "kind-instruction").find(type_line))


def _is_type_line(block: Block, text: str, lang: str, lexicons: Lexicons) -> bool:
    if not _looks_like_type_line(block, text):  # the cheap test first: most lines fail it
        return False
    starting = [c.size for c in cues(text, lang, lexicons) if c.start == 0]
    return bool(starting) and len(words(text)) <= max(starting) + MAX_EXTRA_WORDS


def _refine(kind: str, type_line: str, title_texts: list[str], lang: str,
            lexicons: Lexicons) -> str:
    if kind not in _REFINABLE or is_instruction(type_line, lang, lexicons):
        return kind
    heading = " ".join([type_line, *title_texts[:2]])
    if lexicons.get(lang, "personnel-title").find(heading):
        return "personnel-decision"
    if kind == "directive":
        for text in [type_line, *title_texts[:2]]:
            promulgated = _promulgated_kind(text, lang, lexicons)
            if promulgated:
                return promulgated
        # a decision that promulgates nothing but whose title carries a DL301 personnel cue
        # ("О поощрении работников", "بشأن ترقية الموظفين") decides a personnel matter
        if personnel_cues(heading, lang, lexicons):
            return "personnel-decision"
    return kind


def _promulgated_kind(text: str, lang: str, lexicons: Lexicons) -> str | None:
    """"ban hành Quy trình …" -> technical: the kind named right after a promulgating word."""
    verbs = [m for m in lexicons.get(lang, "kind-promulgation").find(text) if m.entry.regex is None]
    if not verbs:
        return None
    after = min(m.end for m in verbs)
    named = [c for c in cues(text, lang, lexicons)
             if after <= c.start <= after + 2 and c.kind in ("technical", "plan")]
    return min(named, key=lambda c: c.start).kind if named else None


def _opening_kind(doc: Document, lexicons: Lexicons) -> str | None:
    """A title-like opening naming a kind in its first words: "Laboratory Safety Guidelines"."""
    for block, text in list(_opening_texts(doc))[:8]:
        if len(words(text)) > OPENING_CUE_WORDS + MAX_EXTRA_WORDS or \
                not _looks_like_type_line(block, text):
            continue
        near = [c for c in cues(text, doc.language, lexicons) if c.start < OPENING_CUE_WORDS]
        if near:
            best = min(near, key=lambda c: (c.start, -c.size))
            return _refine(best.kind, text, [], doc.language, lexicons)
    return None


def classify_kind(doc: Document, lexicons: Lexicons) -> str:
    type_line, title_texts = find_type_line(doc, lexicons)
    if type_line:
        kind = type_kind(type_line, doc.language, lexicons)
        if kind:
            return _refine(kind, type_line, title_texts, doc.language, lexicons)
    return _opening_kind(doc, lexicons) or "other"
