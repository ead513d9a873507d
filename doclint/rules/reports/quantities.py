"""Quantified results in a report's text: percentages, counts, amounts, ratios against targets.

A number is a quantity unless it is part of a code ("57-NQ/TW", "KH-UBND"), a date or a year,
a list label, or follows a reference word ("Nghị quyết số 57", "Điều 8", "No. 12") or stands next
to a month name ("15 December"); the words are the lexicons report-reference and report-month.
"""
from __future__ import annotations

import re

from doclint.lang.lexicon import Lexicons
from doclint.lang.normalize import fold_token
from doclint.meetings.times import ascii_digits

_DATES = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}[/.-]\d{4}\b|\b\d{4}[-/]\d{4}\b")
_NUMBER = re.compile(r"(?<![\w/-])\d+(?:[.,]\d+)*(?:\s*%)?(?![\w/-]*[^\W\d])")
_WORD = re.compile(r"\w+", re.UNICODE)
_LABEL = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[IVXLC]+[.)])\s")


def _word_before(text: str, pos: int) -> str:
    found = _WORD.findall(text[:pos][-40:])
    return fold_token(found[-1]) if found else ""


def _word_after(text: str, pos: int) -> str:
    m = _WORD.search(text[pos:pos + 40])
    return fold_token(m.group()) if m else ""


def quantities(text: str, lang: str, lexicons: Lexicons) -> list[str]:
    """The quantities `text` states, as written."""
    text = ascii_digits(text)
    text = _DATES.sub(lambda m: " " * len(m.group()), text)
    if m := _LABEL.match(text):
        text = " " * m.end() + text[m.end():]
    reference = lexicons.get(lang, "report-reference")
    months = lexicons.get(lang, "report-month")
    out = []
    for m in _NUMBER.finditer(text):
        value = m.group()
        if value.endswith("%"):
            out.append(value)
            continue
        digits = value.replace(".", "").replace(",", "")
        if len(digits) == 4 and 1900 <= int(digits) <= 2100:
            continue  # a year
        before = text[:m.start()].rstrip()
        if before.endswith(("№", "#")):
            continue
        prev, nxt = _word_before(text, m.start()), _word_after(text, m.end())
        if (prev and reference.find(prev)) or (nxt and months.find(nxt)):
            continue
        out.append(value)
    return out
