"""Block structure from text alone: list labels, headings. Shared by every parser whose
format does not mark structure itself (plain text, PDF lines, DOCX paragraphs typed by hand).
"""
from __future__ import annotations

import re

from doclint.model import BlockKind

# "1.", "1.2.", "1)", "a)", "đ)", "а)" (Cyrillic), "أ)" / "1-" (Arabic), "I.", "IV.", "-", "+",
# "•", "–", "*" (markdown); "Điều 3." is an article heading (ARTICLE)
_LABEL = re.compile(
    r"^\s*(?P<label>(?:\d{1,3}(?:\.\d{1,3})*[.)]?(?=\s)|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[-–]"
    r"|[a-zđ][.)]|[а-яё]\)|[\u0621-\u064a][)\-–]|\(\s*[a-zđа-яё\d]{1,3}\s*\)|[IVXLC]{1,6}[.)]"
    r"|[-+•–—*▪●◦·]))\s+(?P<rest>\S.*)$")
_ROMAN = re.compile(r"^[IVXLC]{1,6}[.)]$")
ARTICLE = re.compile(r"^\s*(Điều|Dieu|Article|Статья|Artikkel|§|المادة)\s+\d+", re.IGNORECASE)
CHAPTER = re.compile(r"^\s*(Chương|Chuong|Phần|Phan|Mục|Muc|Chapter|Part|Глава|Раздел|"
                      r"Kapittel|Del|الفصل|الباب)\s+[\dIVXLC]+\b", re.IGNORECASE)


def split_label(text: str) -> tuple[str | None, str]:
    """("1.", "rest") for a labelled line, (None, text) otherwise."""
    m = _LABEL.match(text)
    if not m:
        return None, text
    return m.group("label"), m.group("rest")


# An agenda line opens with a clock time and a range or a colon: "8h00 - 8h15: …", "08:00–08:10",
# "14 giờ 00: …"; a time merely wrapped onto a line ("lúc\n14 giờ ngày 5/12") has neither.
_AGENDA_TIME = re.compile(r"^\d{1,2}\s*(?:h|g|giờ|gio|:|\.)\s*\d{0,2}['’]?\s*(?:[-–—÷→]|:\s)",
                          re.IGNORECASE)


def starts_item(text: str, prev_ends: bool) -> bool:
    """Does a line that follows a wrapped line open a new list item? A bare number ("10 phút")
    or a number before a lowercase word ("1. september", "3. июля") is a count or a date
    wrapped onto the line, unless the line before ended a sentence."""
    if _AGENDA_TIME.match(text):
        return True
    label, rest = split_label(text)
    if label is None:
        return False
    if prev_ends:
        return True
    return not (label[:1].isdigit() and (label[-1].isdigit() or rest[:1].islower()))


def label_level(label: str) -> int:
    """0 for "1." or "a)", depth-1 for "1.2.3", 0 for bullets."""
    if re.match(r"^\d", label):
        return label.rstrip(".)").count(".")
    return 1 if re.match(r"^[a-zđа-яё(\u0621-\u064a]", label) else 0


def is_upper_heading(text: str) -> bool:
    if len(text) > 160 or not text.isupper():  # isupper: no lower-case letter, some upper
        return False
    letters = [c for c in text if c.isalpha()]
    return 3 <= len(letters) and all(c.isupper() for c in letters)


def classify(text: str) -> tuple[BlockKind, int | None, str | None]:
    """Kind, level and label of one paragraph of running text."""
    if CHAPTER.match(text) or ARTICLE.match(text):
        return BlockKind.HEADING, 2, None
    label, rest = split_label(text)
    if label is not None:
        if _ROMAN.match(label):
            return BlockKind.HEADING, 1, label
        if re.match(r"^\d", label) and is_upper_heading(rest):
            return BlockKind.HEADING, 2 + label_level(label), label
        return BlockKind.LIST_ITEM, label_level(label), label
    if is_upper_heading(text):
        return BlockKind.HEADING, 1, None
    return BlockKind.PARAGRAPH, None, None
