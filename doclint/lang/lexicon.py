"""Cue-word lexicons kept as data: doclint/lang/lexicons/<lang>/<name>.txt.

File format (one entry per line, `#` starts a comment):

    chủ trì                      a phrase, matched on folded tokens (case, diacritics ignored)
    назнач*                      `*` at the end of a word matches any ending (inflection)
    re:\\bquy\\s+[ivx]+/\\d{4}     a regular expression over the folded text
    chủ trì  ## Sở Tư pháp chủ trì   text after `##` is an example the entry must match (tested)

Users add entries per language through the config (`[tool.doclint.lexicons.<lang>] <name> =
["…"]`); those are merged when `Lexicons.extend` is called by the engine.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from doclint.lang.normalize import fold, words

# the shipped lexicons: a folder of the installed package, read as files (importing
# importlib.resources cost every run about 12 ms of start-up, by python -X importtime)
LEXICON_ROOT = Path(__file__).resolve().parent / "lexicons"


@dataclass(frozen=True, slots=True)
class Entry:
    text: str  # as written in the file
    tokens: tuple[str, ...] = ()  # folded; a token ending in "*" is a prefix
    regex: re.Pattern[str] | None = None
    example: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    start: int  # token index (phrases) or character offset in folded text (regexes)
    end: int
    text: str  # the folded text that matched


# Arabic writes the article and some prepositions/conjunctions onto the word: "والتقرير".
_AR_PROCLITICS = ("وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف")


def _is_arabic(token: str) -> bool:
    return "\u0600" <= token[:1] <= "\u06ff"


def _token_matches(pattern: str, token: str) -> bool:
    if pattern.endswith("*"):
        return token.startswith(pattern[:-1])
    if token == pattern:
        return True
    if _is_arabic(token):
        return any(token.startswith(p) and token[len(p):] == pattern for p in _AR_PROCLITICS)
    return False


def _keys(token: str) -> list[str]:
    """Index keys a token may be filed under: itself, and without Arabic proclitics."""
    keys = [token]
    if _is_arabic(token):
        keys += [token[len(p):] for p in _AR_PROCLITICS if token.startswith(p) and len(token) > len(p) + 1]
    return keys


class Lexicon:
    """A set of entries matched against folded tokens (phrases) or folded text (regexes)."""

    def __init__(self, name: str, entries: Iterable[Entry]) -> None:
        self.name = name
        self.entries = tuple(entries)
        # candidates by first token; prefix entries ("назнач*") by their prefix's first letter
        self._by_first: dict[str, list[Entry]] = {}
        self._by_letter: dict[str, list[Entry]] = {}
        self._regexes = [e for e in self.entries if e.regex is not None]
        for e in self.entries:
            if not e.tokens:
                continue
            first = e.tokens[0]
            if first.endswith("*"):
                self._by_letter.setdefault(first[0], []).append(e)
            else:
                self._by_first.setdefault(first, []).append(e)
        self._firsts = frozenset(self._by_first)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def _candidates(self, tok: str) -> list[Entry]:
        """Entries whose first token matches `tok`: whole-word entries, then prefix entries."""
        prefixed = self._by_letter.get(tok[:1])
        if not prefixed and not _is_arabic(tok):  # the common case, once per token and lexicon
            return self._by_first.get(tok, [])
        found = [e for key in _keys(tok) for e in self._by_first.get(key, ())]
        found += [e for e in prefixed or () if _token_matches(e.tokens[0], tok)]
        return found

    def _phrase_matches(self, tokens: tuple[str, ...], arabic: bool) -> Iterator[Match]:
        # most texts hold no entry's first word: one C-level pass tells, where neither prefix
        # entries nor Arabic proclitics can make a token match under another key
        if not self._by_letter and not arabic and self._firsts.isdisjoint(tokens):
            return
        for i, tok in enumerate(tokens):
            for e in self._candidates(tok):
                n = len(e.tokens)
                if i + n <= len(tokens) and all(
                        _token_matches(p, t) for p, t in zip(e.tokens[1:], tokens[i + 1:i + n])):
                    yield Match(e, i, i + n, " ".join(tokens[i:i + n]))

    def find(self, text: str) -> list[Match]:
        """All matches in `text` (raw NFC text; folding happens here)."""
        out = list(self._phrase_matches(*_words(text)))
        if self._regexes:
            folded = fold(text)
            for e in self._regexes:
                assert e.regex is not None
                out.extend(Match(e, m.start(), m.end(), m.group()) for m in e.regex.finditer(folded))
        return out

    def first(self, text: str) -> Match | None:
        found = self.find(text)
        return found[0] if found else None

    def __contains__(self, text: str) -> bool:
        return bool(self.find(text))


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[str, ...], bool]:
    """The folded tokens of `text`, and whether one is Arabic. One text is matched against
    many lexicons in a row (kinds, tasks): it is tokenised once."""
    tokens = tuple(words(text))
    return tokens, any(map(_is_arabic, tokens))


def parse_entry(line: str) -> Entry | None:
    """One line of a lexicon file, or None for blanks and comments."""
    example = None
    if " ## " in line:
        line, example = line.split(" ## ", 1)
        example = example.strip()
    elif line.lstrip().startswith("#"):
        return None
    text = line.strip()
    if not text:
        return None
    if text.startswith("re:"):
        return Entry(text, regex=re.compile(text[3:]), example=example)
    return Entry(text, tokens=tuple(_fold_pattern(text)), example=example)


def _fold_pattern(text: str) -> list[str]:
    out = []
    for raw in text.split():
        star = raw.endswith("*")
        toks = words(raw.rstrip("*"))
        if star and toks:
            toks[-1] += "*"
        out.extend(toks)
    return out


def available_languages() -> list[str]:
    return list(_shipped_languages())


@lru_cache(maxsize=1)
def _shipped_languages() -> tuple[str, ...]:
    # the package's own folders: they do not change while doclint runs
    return tuple(sorted(p.name for p in LEXICON_ROOT.iterdir()
                        if p.is_dir() and not p.name.startswith("_")))


@lru_cache(maxsize=None)
def file_entries(lang: str, name: str) -> tuple[Entry, ...]:
    path = LEXICON_ROOT / lang / f"{name}.txt"
    if not path.is_file():
        return ()
    return tuple(e for line in path.read_text(encoding="utf-8").splitlines()
                 if (e := parse_entry(line)) is not None)


class Lexicons:
    """The lexicons of one run: shipped files plus the user's extra terms from the config."""

    def __init__(self, extra: dict[str, dict[str, list[str]]] | None = None) -> None:
        self._extra = extra or {}
        self._cache: dict[tuple[str, str], Lexicon] = {}

    def get(self, lang: str, name: str) -> Lexicon:
        key = (lang, name)
        if key not in self._cache:
            entries = list(file_entries(lang, name))
            for line in self._extra.get(lang, {}).get(name, []):
                if (e := parse_entry(line)) is not None:
                    entries.append(e)
            self._cache[key] = Lexicon(f"{lang}/{name}", entries)
        return self._cache[key]
