"""Decode bytes of a plain-text document: detected, never guessed.

Order: a BOM decides (UTF-8/16/32); then strict UTF-8; then UTF-16 without BOM (many NULs in
alternate bytes); then every legacy code page our users' archives hold (Windows-1258 and
Windows-1252 for Vietnamese/Norwegian, Windows-1251 and KOI8-R for Russian, Windows-1256 and
ISO-8859-6 for Arabic) is tried, and the one whose result reads most like text of our
languages wins (share of letters in the expected alphabets; Vietnamese scores its composed
letters only when they form after NFC). A file no candidate reads well is DL901.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from doclint.errors import UnreadableFile

LEGACY = ("cp1258", "cp1252", "cp1251", "koi8_r", "cp1256", "iso8859_6")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_VI = "ăâđêôơưĂÂĐÊÔƠƯ"
_GOOD = re.compile(r"[\sA-Za-z0-9.,;:!?()\[\]\"'/%&+\-–—…“”‘’«»§№°*=<>_#@]|"
                   r"[\u00c0-\u00ff\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1"
                   r"\u01af\u01b0\u1ea0-\u1ef9\u0400-\u045f\u0600-\u06ff]")
_ODD = set("ÐðÕõÞþ¡¢£¤¥¦§¨©ª¬®¯±²³´µ¶·¸¹º¼½¾¿×÷ƒ‰Š‹ŒŽšœžŸ†‡ˆ˜™")


def _score(text: str) -> float:
    text = unicodedata.normalize("NFC", text)
    if not text:
        return 0.0
    good = len(_GOOD.findall(text))
    odd = sum(1 for c in text if c in _ODD or unicodedata.category(c) in ("Cc", "Co", "Mn"))
    return (good - 5 * odd) / len(text)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """(text, encoding name)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise UnreadableFile(f"broken {name} text: {exc.reason}", path=path) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if len(data) >= 4 and data.count(0) > len(data) // 4:
        even_nuls = data[1::2].count(0) > data[0::2].count(0)
        name = "utf-16-le" if even_nuls else "utf-16-be"
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            raise UnreadableFile("binary data, not text", path=path) from None
    sample = data[:200_000]
    scored = []
    for name in LEGACY:
        try:
            scored.append((_score(sample.decode(name)), name))
        except UnicodeDecodeError:
            continue
    if not scored:
        raise UnreadableFile("not text in any supported encoding", path=path)
    best, name = max(scored)
    if best < 0.85:
        raise UnreadableFile("binary data or an unknown text encoding", path=path)
    return data.decode(name, errors="replace"), name
