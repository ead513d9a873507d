"""Decode bytes of a plain-text document: detected, never guessed.

Order: a BOM decides (UTF-8/16/32); then strict UTF-8; then every other candidate is decoded
and scored: UTF-16 without a BOM (little and big endian) and the legacy code pages our users'
archives hold (Windows-1252 for Norwegian/English, Windows-1258 for Vietnamese, Windows-1251
and KOI8-R for Russian, Windows-1256 and ISO-8859-6 for Arabic). The score is the share of
words that read as words of one of our alphabets: letters of a single script, no upper case
after lower case inside the word (KOI8-R read as Windows-1251 swaps the case), no symbols
or control characters inside. Ties go to the earlier candidate. A file no candidate reads
well is DL901.
"""
from __future__ import annotations

import codecs
import unicodedata

from doclint.errors import UnreadableFile
from doclint.lang.quality import is_vietnamese_letter

LEGACY = ("cp1252", "cp1258", "cp1251", "koi8_r", "cp1256", "iso8859_6")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_INNER = set("-/.'’,:;()%&+")
_NORDIC = set("æøåÆØÅéÉ")
SAMPLE_BYTES = 200_000
MIN_SCORE = 0.8


def _script(ch: str) -> str | None:
    if "\u0400" <= ch <= "\u04ff":
        return "cyrillic"
    if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f":
        return "arabic"
    if is_vietnamese_letter(ch) or ch in _NORDIC:
        return "latin"
    return None


def _word_ok(word: str) -> bool:
    scripts = set()
    prev_lower = False
    for ch in word:
        if ch.isdigit() or ch in _INNER or unicodedata.category(ch) == "Mn":
            continue
        script = _script(ch) if ch.isalpha() else None
        if script is None:
            return False
        scripts.add(script)
        if ch.isupper() and prev_lower:
            return False
        prev_lower = ch.islower()
    return len(scripts) <= 1


def score(text: str) -> float:
    """Share of words that read as words of our alphabets (0 when control characters abound)."""
    text = unicodedata.normalize("NFC", text)
    controls = sum(1 for c in text if unicodedata.category(c) in ("Cc", "Co", "Cn") and c not in "\r\n\t\f")
    words = [w.strip("\"'“”‘’«»!?.,;:()[]…*#|-–—") for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return 0.0
    return sum(map(_word_ok, words)) / len(words) - 10 * controls / max(len(text), 1)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """(text, encoding name)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise UnreadableFile(f"broken {name} text: {exc.reason}", path=path) from None
    try:
        text = data.decode("utf-8")
        # UTF-16 without a BOM is often valid UTF-8 too, full of control characters
        if sum(1 for c in text[:20000] if c < " " and c not in "\r\n\t\f") <= len(text[:20000]) // 100:
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:SAMPLE_BYTES - SAMPLE_BYTES % 2]
    candidates = (("utf-16-le", "utf-16-be") if len(data) % 2 == 0 else ()) + LEGACY
    best, best_name = -1.0, None
    for name in candidates:
        try:
            value = score(sample.decode(name))
        except UnicodeDecodeError:
            continue
        if value > best:
            best, best_name = value, name
    if best_name is None or best < MIN_SCORE:
        raise UnreadableFile("binary data or an unknown text encoding", path=path)
    return data.decode(best_name, errors="replace"), best_name
