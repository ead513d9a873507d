"""Normalisation shared by every matcher: NFC for storage, a folded key for comparison.

`fold` is what lexicons and copy detection compare: casefolded, diacritics removed (drafters
type Vietnamese without them), Arabic harakat/tatweel dropped and letter variants unified,
quotes/dashes/spaces made uniform. Folding never changes what is *reported*: excerpts are
always the document's own NFC text.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A run of spaces becomes one space, or one tab when it holds a tab. Two passes without a
# callback: most texts have no tab, and their single spaces are left alone.
_SP = "\u00a0\u2000-\u200b\u202f\u205f\u3000"
_SPACE_RUN = re.compile(f"[ {_SP}]{{2,}}|[{_SP}]")
_TAB_RUN = re.compile(f"[ {_SP}]*\t[ \t{_SP}]*")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # category Cc less \t and \n
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_TRANSLATE = str.maketrans({
    "đ": "d", "Đ": "d", "ð": "d", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "å": "a", "Å": "a",
    "ё": "е", "Ё": "е", "й": "и", "Й": "и",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
})


def nfc(text: str) -> str:
    """NFC with uniform spaces and no control characters (except newlines and tabs)."""
    if text.isprintable() and unicodedata.is_normalized("NFC", text):
        # most lines: no control, tab, newline or special space (none is printable), already
        # composed; only runs of plain spaces may be left to collapse
        return text if "  " not in text else _SPACE_RUN.sub(" ", text)
    text = _CONTROLS.sub("", unicodedata.normalize("NFC", text))
    if "\t" in text:
        text = _TAB_RUN.sub("\t", text)
    return _SPACE_RUN.sub(" ", text)


def clean_line(text: str) -> str:
    """NFC text of one block: spaces collapsed, ends trimmed."""
    return " ".join(nfc(text).split())


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """The comparison key of one token (cached: vocabularies are small)."""
    decomposed = unicodedata.normalize("NFD", token.casefold().translate(_TRANSLATE))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _ARABIC_MARKS.sub("", stripped).translate(_TRANSLATE)


def fold(text: str) -> str:
    """The comparison key of a text: each whitespace-separated token folded, single spaces."""
    return " ".join(fold_token(t) for t in text.split())


# Combining marks belong to their word: Arabic harakat ("سنويًا") would otherwise split it.
_WCH = "[\\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670]"
_WORD = re.compile(rf"{_WCH}+(?:[-'’./]{_WCH}+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Folded word tokens (letters/digits, keeping '30/6/2026' and 'KH-UBND' whole)."""
    return [fold_token(m.group()) for m in _WORD.finditer(text)]


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """The tokens of `words` with their start/end character offsets in `text`."""
    return [(fold_token(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]
