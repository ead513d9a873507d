"""Clock times and durations as agendas write them, in five languages.

Clock times are read as minutes after midnight: "8h00", "8h", "14 giờ 00", "08:00", "8.00",
"kl. 09.00", "2:00 pm", "٩:٠٠" (Arabic-Indic digits). Ranges join two times with a dash or a word
("8h00 - 8h10", "с 9:00 до 9:15", "fra 9 til 10", "من ٩:٠٠ إلى ٩:١٥"); durations are minutes or
hours written as such ("(10 phút)", "10 minutes", "10 мин", "1 tiếng", "(30')").

An agenda never starts at 1–6 a.m., so an hour from 1 to 6 without a.m./p.m. is read as the
afternoon; a range whose end is earlier than its start ("11:30 - 1:30") crosses noon.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Arabic-Indic and Persian digits, dashes and the Arabic decimal/time separator, one-for-one so
# offsets in the translated text are offsets in the original.
_ASCII = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)},
                        **{chr(0x06F0 + i): str(i) for i in range(10)},
                        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
                        "\u066b": ".", "\u066c": ",", "\u066a": "%", "\u2032": "'", "\u2019": "'"})

_AMPM = r"(?P<ap{n}>[ap]\.?\s?m\b\.?|صباحا?ً?|مساءً?|ص\b|م\b|утра|вечера|дня)"
_CLOCK_BODY = (
    r"(?P<pre{n}>kl\.?\s*|в\s+|at\s+|lúc\s+|luc\s+|الساعة\s*)?"
    r"(?P<h{n}>[01]?\d|2[0-4])"
    r"(?:"
    r"\s*(?P<hw{n}>giờ|gio|час(?:ов|а)?|ч\.?|h|g)(?![^\W\d])\s*(?P<m1{n}>[0-5]\d)?"
    r"(?:\s*(?:'|phút|phut|p|мин\.?)(?!\w))?"
    r"|[:.](?P<m2{n}>[0-5]\d)(?![./:]?\d)"
    r"|(?![\d.,:/])"
    r")"
    r"(?:\s*" + _AMPM + r")?"
)
_CLOCK = re.compile(r"(?<![\w./:])" + _CLOCK_BODY.format(n=""), re.IGNORECASE)
# "÷" and arrows join ranges in Vietnamese programmes too ("8h00 ÷ 8h30", "8h00 → 8h30")
_JOIN = r"\s*(?:-|÷|->|→|to|until|till|đến|den|tới|toi|до|по|til|إلى|الى|حتى)\s*"
_RANGE = re.compile(
    r"(?<![\w./:])(?:(?:từ|tu|from|с|fra|من)\s+)?" + _CLOCK_BODY.format(n="a")
    + _JOIN + _CLOCK_BODY.format(n="b"), re.IGNORECASE)
_MINUTES = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:[.,]\d)?)\s*(?:phút|phut|minutes?|mins?\.?|мин(?:ут[аы]?)?\.?|"
    r"minutt(?:er)?|دقيقة|دقائق|دقيقه)(?!\w)", re.IGNORECASE)
_HOURS = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:tiếng|tieng|hours?|hrs?\.?|час(?:а|ов)?|"
    r"timer?|ساعة|ساعات|ساعتان)(?!\w)", re.IGNORECASE)
# In parentheses anything reads as a duration: "(30')", "(01 giờ)", "(1 h)".
_PAREN = re.compile(r"\(\s*(?P<n>\d{1,3}(?:[.,]\d)?)\s*(?P<u>'|p|phút|phut|giờ|gio|h|min\.?|"
                    r"minutes?|мин\.?|минут[аы]?|час(?:а|ов)?|timer?|minutt(?:er)?|دقيقة|دقائق|"
                    r"ساعة)\s*\)", re.IGNORECASE)
_HOUR_UNITS = ("giờ", "gio", "h", "час", "часа", "часов", "time", "timer", "ساعة")


@dataclass(frozen=True, slots=True)
class Clock:
    minutes: int  # after midnight
    ampm: bool  # a.m./p.m. (or its Arabic/Russian word) was written
    start: int  # character span in the text
    end: int


@dataclass(frozen=True, slots=True)
class Timing:
    """What one agenda line or cell says about time: a start, an end, a duration (minutes)."""

    start: int | None = None
    end: int | None = None
    minutes: int | None = None  # end - start, or the written duration
    span: tuple[int, int] = (0, 0)  # where the leading time or range was written

    @property
    def empty(self) -> bool:
        return self.start is None and self.minutes is None


def ascii_digits(text: str) -> str:
    return text.translate(_ASCII)


def _clock(m: re.Match[str], n: str = "") -> Clock | None:
    if not (m.group(f"hw{n}") or m.group(f"m2{n}") or m.group(f"ap{n}") or m.group(f"pre{n}")):
        return None  # a bare number is not a time
    hour = int(m.group(f"h{n}"))
    minute = m.group(f"m1{n}") or m.group(f"m2{n}") or "0"
    ap = (m.group(f"ap{n}") or "").lower().replace(".", "").replace(" ", "")
    if hour == 24:
        hour = 0 if int(minute) == 0 else 99
    if hour > 23:
        return None
    if ap:
        pm = ap.startswith(("p", "م", "вечер", "дня"))
        if hour > 12:
            return None
        hour = hour % 12 + (12 if pm else 0)
    return Clock(hour * 60 + int(minute), bool(ap), m.start(), m.end())


def _afternoon(clock: int, ampm: bool) -> int:
    """1–6 o'clock without a.m./p.m. is the afternoon of an agenda."""
    if not ampm and 60 <= clock < 7 * 60:
        return clock + 12 * 60
    return clock


def find_clocks(text: str) -> list[Clock]:
    """Every clock time in `text`, in order (a bare number needs h/giờ/kl/a.m. to be a time)."""
    text = ascii_digits(text)
    out = []
    for m in _CLOCK.finditer(text):
        clock = _clock(m)
        if clock is not None:
            out.append(Clock(_afternoon(clock.minutes, clock.ampm), clock.ampm, clock.start,
                             clock.end))
    return out


def find_ranges(text: str) -> list[tuple[int, int, tuple[int, int]]]:
    """Every "A - B" time range in `text`: (start, end, span), each end after its start."""
    text = ascii_digits(text)
    out = []
    for m in _RANGE.finditer(text):
        a, b = _clock(m, "a"), _clock(m, "b")
        if a is None or b is None:
            continue
        start, end = a.minutes, b.minutes
        if b.ampm and not a.ampm and start < 12 * 60 <= end and start + 12 * 60 <= end:
            start += 12 * 60  # "2:00 - 3:00 pm": the first time shares the second's p.m.
        start, end = _afternoon(start, a.ampm or b.ampm), _afternoon(end, b.ampm)
        if end < start and not b.ampm and end + 12 * 60 > start:
            end += 12 * 60  # "11:30 - 1:30": across noon
        if end >= start:
            out.append((start, end, (m.start(), m.end())))
    return out


def parse_range(text: str) -> tuple[int, int, tuple[int, int]] | None:
    """The first time range in `text`."""
    found = find_ranges(text)
    return found[0] if found else None


def parse_duration(text: str) -> int | None:
    """A written duration in minutes: "(10 phút)", "10 minutes", "1 tiếng", "(30')"."""
    text = ascii_digits(text)
    if m := _PAREN.search(text):
        value = float(m.group("n").replace(",", "."))
        return round(value * 60) if m.group("u").lower() in _HOUR_UNITS else round(value)
    if m := _MINUTES.search(text):
        return round(float(m.group("n").replace(",", ".")))
    if m := _HOURS.search(text):
        return round(float(m.group("n").replace(",", ".")) * 60)
    return None


def parse_timing(text: str, *, leading: bool = False) -> Timing:
    """The time facts of one agenda line or cell.

    With `leading`, a start time counts only when it opens the text (after a list label), as
    in "8h00 - 8h10: Phát biểu khai mạc"; a time inside running text is not an item's start.
    """
    ascii_text = ascii_digits(text)
    duration = parse_duration(ascii_text)
    rng = parse_range(ascii_text)
    if rng and (not leading or _opens(ascii_text, rng[2][0])):
        start, end, span = rng
        return Timing(start, end, end - start, span)
    paren = _PAREN.search(ascii_text)
    clocks = [c for c in find_clocks(ascii_text)
              if not (paren and paren.start() <= c.start < paren.end())]
    if clocks and (not leading or _opens(ascii_text, clocks[0].start)):
        c = clocks[0]
        return Timing(c.minutes, None, duration, (c.start, c.end))
    return Timing(minutes=duration)


def split_items(text: str) -> list[tuple[str, Timing]]:
    """One line that runs several timed items together ("kl. 08.00–08.10: Åpning kl.
    08.10–08.20: Innlegg", as hard-wrapped text and PDF lines join them) split at each range."""
    ranges = find_ranges(text)
    if len(ranges) >= 2 and not _opens(ascii_digits(text), ranges[0][2][0]):
        # the items joined onto a line before them ("Thời gian: sáng 28/12 8h00 - 8h15: Khai
        # mạc 8h15 - 8h45: Báo cáo …"): cut at the ranges that open an item, drop the head
        ranges = [r for r in ranges if _ITEM_AFTER.match(text, r[2][1])]
    if len(ranges) < 2:
        return [(text, parse_timing(text, leading=True))]
    cuts = [r[2][0] for r in ranges] + [len(text)]
    parts = [text[a:b].strip() for a, b in zip(cuts, cuts[1:])]
    return [(part, parse_timing(part, leading=True)) for part in parts]


# What follows the range of an agenda item: its title, after a colon or dash or directly
_ITEM_AFTER = re.compile(r"\s*[:.)\-–—]?\s*[^\W\d_]", re.UNICODE)


def _opens(text: str, pos: int) -> bool:
    """Only a list label, a bracket or a 'from' word precedes position `pos`."""
    head = text[:pos].strip().lower()
    return not head or bool(re.fullmatch(r"[-+•*–—▪●◦·(\[]|\d{1,2}[.)]|[a-z][.)]|từ|tu|from|с|fra|من"
                                         r"|kl\.?|lúc|luc|at|в|الساعة", head))
