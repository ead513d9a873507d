"""Is a text layer trustworthy? (DL904)

Two kinds of garbage reach us as "text": OCR run without Vietnamese, which drops the
diacritics and mixes in stray symbols ("CONG HOA xA HO! CHIJ NGHIA"), and fonts whose glyphs
map to the wrong characters (legacy TCVN3/VNI fonts, broken ToUnicode maps: "BØ CÔNG AN …
TÈNH LÂM ÒNG", "Céng hoµ x· héi chñ nghÜa"). Both are measured on the words themselves:

* noise: words holding a symbol or a letter that belongs to none of our Latin alphabets
  (ä, ñ, Ü, µ), or upper case after lower case inside the word ("xA", "ViÖt");
* for text meant to be Vietnamese (Vietnamese letters or function words): the share of
  words that are valid syllables (onset + rhyme + one tone mark, from the data file
  lexicons/vi/syllables.tsv), both overall and among the words that carry diacritics;
* Vietnamese without any diacritics is fine when a drafter typed it (clean, valid toneless
  syllables), and suspect only together with noise or invalid syllables.

Cyrillic and Arabic words are never judged here; English and Norwegian words are judged
only for noise.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from doclint.lang.normalize import fold_token

SAMPLE_WORDS = 4000
MIN_WORDS = 12

_TONES = {"\u0300": "huyen", "\u0301": "sac", "\u0303": "nga", "\u0309": "hoi", "\u0323": "nang"}
_SHAPES = {"\u0302": "aeo", "\u0306": "a", "\u031b": "ou"}  # circumflex, breve, horn
_STOP_CODAS = ("c", "ch", "p", "t")
_NORDIC = set("æøåÆØÅ")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_EDGE = re.compile(r"^[\"'“”‘’«»(\[…,.;:?–—-]+|[\"'“”‘’«»)\],.;:?…–—-]+$")
_INNER = re.compile(r"[-/.'’]")
_VI_MARKED = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ"
                        "ÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ]")
_VOWELS = set("aeiouyăâêôơư")


@lru_cache(maxsize=1)
def _structure() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """(onsets, rhymes, rhymes folded to plain letters) from lexicons/vi/syllables.tsv."""
    from doclint.lang.lexicon import LEXICON_ROOT

    text = (LEXICON_ROOT / "vi" / "syllables.tsv").read_text("utf-8")
    onsets, rhymes = [""], set()
    for line in text.splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        kind, value = line.split("\t", 1)
        (onsets.append if kind == "onset" else rhymes.add)(value.strip())
    folded = {fold_token(r) for r in rhymes}
    return tuple(onsets), frozenset(rhymes), frozenset(folded)


@lru_cache(maxsize=65536)
def is_vietnamese_letter(ch: str) -> bool:
    """ASCII letters, đ, and vowels with Vietnamese marks only (not ä, ñ, û, ç)."""
    if ch.isascii():
        return ch.isalpha()
    if ch in "đĐ":
        return True
    parts = unicodedata.normalize("NFD", ch.lower())
    base, marks = parts[0], parts[1:]
    if base not in "aeiouy" or not marks:
        return False
    tones = [m for m in marks if m in _TONES]
    shapes = [m for m in marks if m in _SHAPES]
    return (len(tones) + len(shapes) == len(marks) and len(tones) <= 1 and len(shapes) <= 1
            and all(base in _SHAPES[s] for s in shapes))


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """A valid Vietnamese syllable (with or without diacritics); `word` is one letter run."""
    lower = word.lower()
    nfd = unicodedata.normalize("NFD", lower)
    tones = [c for c in nfd if c in _TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
    plain = base.isascii() and not tones
    onsets, rhymes, folded = _structure()
    valid = folded if plain else rhymes
    for onset in onsets:
        if not base.startswith(onset):
            continue
        rhyme = base[len(onset):]
        if rhyme not in valid:
            continue
        if tones and rhyme.endswith(_STOP_CODAS) and _TONES[tones[0]] not in ("sac", "nang"):
            continue
        return True
    return False


@dataclass(frozen=True, slots=True)
class Quality:
    words: int  # Latin words judged
    noise: float  # share with stray symbols, foreign letters or broken case
    vietnamese: bool  # the text is meant to be Vietnamese
    valid: float  # share of valid Vietnamese syllables (Vietnamese texts)
    marked: int  # words carrying Vietnamese diacritics
    marked_valid: float  # share of those that are valid syllables
    foreign: float = 0.0  # share of English/Norwegian function words among the non-syllables

    def problem(self) -> str | None:
        """Why the text layer cannot be trusted, or None."""
        if self.words < MIN_WORDS:
            return None
        pct = lambda x: f"{100 * x:.0f} %"  # noqa: E731
        if self.noise >= 0.08:
            return (f"{pct(self.noise)} of words hold stray symbols, foreign letters or broken "
                    "case (a legacy font encoding such as TCVN3/VNI, or OCR noise)")
        if not self.vietnamese:
            return None
        if self.marked >= 10 and self.marked_valid < 0.85:
            return (f"{pct(1 - self.marked_valid)} of words with Vietnamese diacritics are not "
                    "Vietnamese syllables (glyphs mapped to the wrong characters)")
        if self.valid < 0.6 and self.foreign < 0.15:  # else a Vietnamese header on a foreign text
            return f"only {pct(self.valid)} of words are valid Vietnamese syllables (needs 60 %)"
        if self.marked <= 0.02 * self.words and (self.valid < 0.9 or self.noise >= 0.03):
            return (f"Vietnamese without diacritics, {pct(1 - self.valid)} of words not syllables "
                    f"and {pct(self.noise)} noisy: OCR that lost the diacritics")
        return None


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    from doclint.lang.lexicon import file_entries

    return frozenset(t for e in file_entries(lang, "stopwords") for t in e.tokens)


def _function_shares(words: Counter[str]) -> dict[str, float]:
    """Share of each language's function words (stop words) among `words` (with counts)."""
    total = max(sum(words.values()), 1)
    folded = [(fold_token(w), n) for w, n in words.items()]
    return {lang: sum(n for w, n in folded if w in _stop_words(lang)) / total
            for lang in ("vi", "en", "nb")}


def _vi_function_share(words: Counter[str]) -> float:
    shares = _function_shares(words)
    return shares["vi"] if shares["vi"] > 2 * max(shares["en"], shares["nb"]) else 0.0


@lru_cache(maxsize=65536)
def _noisy(token: str, vietnamese: bool) -> bool:
    letters = [c for c in token if c.isalpha()]
    for c in token:
        if c.isalpha():
            if not is_vietnamese_letter(c) and (vietnamese or c not in _NORDIC):
                return True
        elif not c.isdigit() and not _INNER.match(c):
            return True
    # upper case after lower case inside a word ("xA", "ViÖt"); "iPhone"-style names are rare
    return any(a.islower() and b.isupper() for a, b in zip(letters, letters[1:]))


@lru_cache(maxsize=65536)
def _token(raw: str) -> str | None:
    """The word a whitespace-separated piece stands for, or None when it is not judged."""
    token = _EDGE.sub("", raw)
    if token and _LATIN.search(token) and not any(c.isdigit() for c in token):
        return token
    return None


@lru_cache(maxsize=65536)
def _judge_part(part: str) -> tuple[bool, bool, bool]:
    """(judged, valid syllable, carries Vietnamese marks) for one letter run of a word."""
    if len(part) < 2 or not any(c.lower() in _VOWELS or not c.isascii() for c in part):
        return False, False, False
    if part.isupper() and len(part) <= 5 and not is_syllable(part) and part.isascii():
        return False, False, False  # an abbreviation: UBND, ATTP
    good = all(is_vietnamese_letter(c) for c in part) and is_syllable(part)
    return True, good, _VI_MARKED.search(part) is not None


def assess(text: str) -> Quality:
    # Documents repeat their words: each distinct word is judged once (and cached across
    # documents), then weighted by how often it occurs.
    tokens: Counter[str] = Counter()
    for raw, n in Counter(text.split(maxsplit=SAMPLE_WORDS)[:SAMPLE_WORDS]).items():
        if (token := _token(raw)) is not None:
            tokens[token] += n
    judged = marked = marked_ok = ok = 0
    invalid: Counter[str] = Counter()
    for token, n in tokens.items():
        for part in _INNER.split(token):
            is_judged, good, is_marked = _judge_part(part)
            if not is_judged:
                continue
            judged += n
            ok += n * good
            if not good and part.isascii():
                invalid[part] += n
            if is_marked:
                marked += n
                marked_ok += n * good
    count = sum(tokens.values())
    valid = ok / judged if judged else 1.0
    vietnamese = (marked >= 0.1 * max(judged, 1) or (valid >= 0.8 and judged >= MIN_WORDS)
                  or _vi_function_share(tokens) >= 0.05)
    noise = sum(n for t, n in tokens.items() if _noisy(t, vietnamese)) / max(count, 1)
    return Quality(words=count, noise=noise, vietnamese=vietnamese,
                   valid=valid, marked=marked,
                   marked_valid=marked_ok / marked if marked else 1.0,
                   foreign=max(v for k, v in _function_shares(invalid).items() if k != "vi")
                   if invalid else 0.0)


def text_problem(text: str) -> str | None:
    """Why this text layer is unreliable (DL904), or None when it reads as text."""
    return assess(text).problem()
