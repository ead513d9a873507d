"""Language of a document: script and stop-word evidence first, py3langid for the rest.

Arabic and Cyrillic script decide at once; Vietnamese letters (ơ ư ă đ and the stacked tone
marks) are unmistakable. For the remaining Latin-script texts (English, Norwegian, Vietnamese
typed without diacritics) the shipped stop-word lists (lexicons/<lang>/stopwords.txt) usually
decide; only a close call loads py3langid (its model ships in the wheel, ~1 s to load), limited
to the languages doclint has lexicons for.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Callable

from doclint.lang.lexicon import available_languages, file_entries
from doclint.lang.normalize import words

# Characters of a script are counted on the UTF-8 bytes, where each range starts with its own
# lead bytes: U+0600–U+06FF with D8–DB, U+0400–U+04FF with D0–D3, Latin-1 letters and Latin
# Extended-A/B (U+00C0–U+027F) with C3–C9, U+1E00–U+1EFF with E1 B8–BB. Counting bytes runs
# at memory speed; a regex pass over a 20,000-character sample costs about 0.4 ms per script.
_LEADS = {"ar": (b"\xd8", b"\xd9", b"\xda", b"\xdb"), "ru": (b"\xd0", b"\xd1", b"\xd2", b"\xd3"),
          "latin": (b"\xc3", b"\xc4", b"\xc5", b"\xc6", b"\xc7", b"\xc8", b"\xc9",
                    b"\xe1\xb8", b"\xe1\xb9", b"\xe1\xba", b"\xe1\xbb")}
_ASCII_LETTERS = bytes(range(0x41, 0x5b)) + bytes(range(0x61, 0x7b))
# letters are counted by runs (one match per word, not per letter: several times faster)
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]+")
_NORDIC = re.compile("[æøåÆØÅ]")

SAMPLE_CHARS = 20000


@lru_cache(maxsize=None)
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(t for e in file_entries(lang, "stopwords") for t in e.tokens)


def _letters(script: re.Pattern[str], text: str) -> int:
    return sum(map(len, script.findall(text)))


def script_counts(sample: str) -> dict[str, int]:
    """Characters of each script ("ar", "ru", "latin") in `sample`, by the ranges above."""
    data = sample.encode("utf-8", "surrogatepass")
    counts = {script: sum(map(data.count, leads)) for script, leads in _LEADS.items()}
    counts["latin"] += len(data) - len(data.translate(None, _ASCII_LETTERS))
    return counts


def _stopword_scores(tokens: list[str]) -> Counter[str]:
    scores: Counter[str] = Counter()
    for lang in available_languages():
        sw = _stopwords(lang)
        if sw:
            scores[lang] = sum(1 for t in tokens if t in sw)
    return scores


def detect_language(text: str) -> str:
    """ISO 639-1 code of the document's main language, or "und" for too little text."""
    sample = text[:SAMPLE_CHARS]
    counts = script_counts(sample)
    total = sum(counts.values())
    if total < 20:
        return "und"
    script = max(counts, key=lambda k: counts[k])
    if script != "latin":
        return script
    if _letters(_VIETNAMESE, sample) > 0.03 * counts["latin"]:
        return "vi"
    tokens = words(sample)
    scores = _stopword_scores(tokens)
    ranked = scores.most_common(2)
    if ranked and ranked[0][1] >= 5 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    if _NORDIC.search(sample):
        return "nb"
    return _langid(sample)


# langid separates Norwegian variants and its Scandinavian neighbours; doclint has one lexicon.
_ALIASES = {"no": "nb", "nn": "nb", "da": "nb", "sv": "nb"}


def _langid(sample: str) -> str:
    lang, _ = _classifier()(sample)
    return _ALIASES.get(lang, lang)


@lru_cache(maxsize=1)
def _classifier() -> Callable[[str], tuple[str, float]]:
    """py3langid's classifier, limited to doclint's languages once (each limiting costs ms)."""
    import py3langid.langid as langid

    # langid knows Norwegian as no/nn, not nb: asking for nb raises ValueError
    langid.set_languages([c for c in available_languages() if c != "nb"] + list(_ALIASES))
    return langid.classify
