"""Logical text of right-to-left lines read from a PDF.

Word processors write Arabic shaped and in visual order: glyphs left to right as they are seen,
digit and Latin runs inside them left to right, joined letters drawn from presentation forms
(U+FB50–U+FDFF, U+FE70–U+FEFE) or mapped back to base letters. pdfium's own reordering of such
lines breaks ligatures (lam-alef comes back alef-lam), numbers ("226-KL/TW" as "-226TW/KL")
and list labels. So the characters of a line holding right-to-left letters are put in visual
order by their positions and reordered here with the Unicode bidirectional algorithm (no
explicit embeddings: a PDF text layer has none), which turns a visual line of Arabic, digits
and Latin back into the order it was typed in; presentation forms become base letters (NFKC,
for those characters only).
"""
from __future__ import annotations

import re
import unicodedata
from operator import itemgetter

RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
_LATIN = re.compile("[A-Za-z]")
_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
_MIRROR = dict(zip("()[]{}«»", ")(][}{»«"))
_ALEFS = "\u0622\u0623\u0625\u0627"
_LAM = "\u0644"
_NUMBER = ("EN", "AN")


def has_rtl(text: str) -> bool:
    return RTL_LETTER.search(text) is not None


def rtl_base(text: str) -> bool:
    """Is a line right to left: at least as many right-to-left letters as Latin ones?"""
    rtl = len(RTL_LETTER.findall(text))
    return rtl > 0 and rtl >= len(_LATIN.findall(text))


def base_letters(text: str) -> str:
    """Arabic presentation forms as base letters (ﻻ -> لا, lam then alef); nothing else is
    touched, so compatibility characters of other scripts keep what the drafter typed."""
    return _FORMS.sub(lambda m: _form(m.group()), text)


def _form(char: str) -> str:
    out = unicodedata.normalize("NFKC", char)
    # isolated harakat forms (U+FE70…) decompose to space + mark: the mark belongs to a letter
    return out.lstrip(" ") if char <= "\ufe7f" else out


def logical_line(chars: list[tuple[str, float, float, float]], rtl: bool) -> str:
    """The typed text of one line from its characters (character, left, right, height) in
    pdfium's order. Characters of one glyph share a box; a lam-alef ligature is put in visual
    order (alef left of lam) whichever order the writer and pdfium gave them in. A gap as wide
    as a space between two glyphs is a space, whether or not pdfium generated one."""
    order = sorted(chars, key=lambda c: c[1] + c[2])
    gap = 0.3 * max(map(itemgetter(3), chars), default=0.0)
    visual: list[str] = []
    prev_left = prev_right = float("nan")  # the previous character's box (none: equals nothing)
    prev_space = True  # nothing before the first character to keep apart from it
    for char, left, right, _ in order:
        space = char.isspace()
        if not space and not prev_space and left - prev_right > gap:
            visual.append(" ")
        visual.append(char)
        if char in _ALEFS and left == prev_left and right == prev_right and visual[-2] == _LAM:
            visual[-2], visual[-1] = char, _LAM
        prev_left, prev_right, prev_space = left, right, space
    return _brackets(base_letters(visual_to_logical("".join(visual), rtl)))


def _brackets(text: str) -> str:
    """Brackets as typed. Writers map a mirrored glyph to the bracket it shows or to the one
    typed, and pdfium mirrors some itself: a line whose brackets close before they open but
    balance once mirrored, ")المادة 5(", is mirrored."""
    if not any(c in _MIRROR for c in text) or _nesting(text) == 0:
        return text
    mirrored = "".join(_MIRROR.get(c, c) for c in text)
    return mirrored if _nesting(mirrored) == 0 else text


def _nesting(text: str) -> int:
    """0 when every bracket closes after it opens, -1 when one closes first, else the number
    left open."""
    depth = 0
    for c in text:
        if c in "([{«":
            depth += 1
        elif c in ")]}»":
            depth -= 1
            if depth < 0:
                return -1
    return depth


def visual_to_logical(text: str, rtl: bool) -> str:
    """The typed order of a line given in visual order (left to right as drawn); `rtl` is the
    paragraph direction.

    Right to left, the line read backwards is already the typed order except for its runs of
    digits and Latin, which are turned back; their levels are resolved on that reversed line
    because it puts each number next to what precedes it when typed: the visual "KL/TW-226"
    after Arabic is "226-KL/TW" (the same picture as a typed "KL/TW-226" would give; the
    Arabic context decides)."""
    if not text:
        return text
    if rtl and _all_rtl_or_neutral(text):  # every level is 1: reading backwards is all it takes
        return text[::-1]
    chars = list(text[::-1] if rtl else text)
    levels = _levels("".join(chars), rtl)
    n = len(chars)
    for level in range(max(levels), 1 if rtl else 0, -1):  # rule L2, from the highest level
        i = 0
        while i < n:
            if levels[i] < level:
                i += 1
                continue
            j = i
            while j < n and levels[j] >= level:
                j += 1
            chars[i:j] = chars[i:j][::-1]
            levels[i:j] = levels[i:j][::-1]
            i = j
    return "".join(chars)


_LEFT_OR_NUMBER: dict[str, bool] = {}  # character -> is its bidi type L, EN or AN


def _all_rtl_or_neutral(text: str) -> bool:
    """No left-to-right letter and no digit: the levels of a right-to-left line are all 1."""
    for c in set(text):
        found = _LEFT_OR_NUMBER.get(c)
        if found is None:
            found = _LEFT_OR_NUMBER[c] = unicodedata.bidirectional(c) in ("L", "EN", "AN")
        if found:
            return False
    return True


def _levels(text: str, rtl: bool) -> list[int]:
    """Embedding levels by rules W1–W7, N1–N2 and I1–I2 of UAX #9."""
    sos = "R" if rtl else "L"
    types = [unicodedata.bidirectional(c) or "ON" for c in text]
    n = len(types)
    for i, t in enumerate(types):  # W1: a mark takes the type of its letter
        if t == "NSM":
            types[i] = types[i - 1] if i else sos
    last = sos
    for i, t in enumerate(types):  # W2: digits after Arabic letters are Arabic numbers
        if t in ("L", "R", "AL"):
            last = t
        elif t == "EN" and last == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]  # W3
    for i in range(1, n - 1):  # W4: one separator inside a number ("30/6/2026", "12.480")
        prev, nxt = types[i - 1], types[i + 1]
        if types[i] == "ES" and prev == nxt == "EN" or types[i] == "CS" and prev == nxt in _NUMBER:
            types[i] = prev
    i = 0
    while i < n:  # W5: terminators ("%", "$") next to a number belong to it
        j = i
        while j < n and types[j] == "ET":
            j += 1
        if j > i and (i > 0 and types[i - 1] == "EN" or j < n and types[j] == "EN"):
            types[i:j] = ["EN"] * (j - i)
        i = max(j, i + 1)
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]  # W6
    last = sos
    for i, t in enumerate(types):  # W7: numbers inside Latin text are Latin
        if t in ("L", "R"):
            last = t
        elif t == "EN" and last == "L":
            types[i] = "L"
    i = 0
    while i < n:  # N1/N2: neutrals between two of one direction take it, else the paragraph's
        if types[i] in ("L", "R", "EN", "AN"):
            i += 1
            continue
        j = i
        while j < n and types[j] not in ("L", "R", "EN", "AN"):
            j += 1
        before = _strong(types[i - 1]) if i else sos
        after = _strong(types[j]) if j < n else sos
        types[i:j] = [before if before == after else sos] * (j - i)
        i = j
    if rtl:  # I2
        return [1 if t == "R" else 2 for t in types]
    return [0 if t == "L" else 1 if t == "R" else 2 for t in types]  # I1


def _strong(kind: str) -> str:
    return "R" if kind in ("R", "EN", "AN") else "L"
