from __future__ import annotations

from typing import Iterable

from doclint.meta import date_parts
from doclint.model import Document, Finding
from doclint.rules.base import Context, Option
from doclint.rules.format.base import FormatRule
from doclint.rules.format.facts import FormatFacts


class PlaceDate(FormatRule):
    """The place and date line is missing or malformed.

    **What it checks**
    - no line "Quảng Ninh, ngày 15 tháng 3 năm 2026" in the header, or one without the place;
    - the date written with slashes ("ngày 15/3/2026") instead of "ngày … tháng … năm …";
    - an impossible date (31 tháng 2, tháng 13);
    - a day below 10 or a month 1–2 without its leading zero ("ngày 5 tháng 1" -> "ngày 05
      tháng 01"), unless `leading_zero = false`;
    - with `--issued` (or `issued = true`), a blank day or month ("ngày    tháng 12 năm
      2025"). Drafts keep the blank: the day is written at signing.

    **Why**
    Decree 30/2020/NĐ-CP Art. 8(1)(d) and Appendix I §II.4: the place and the date of issue
    are mandatory; the date is written "ngày … tháng … năm …" in Arabic numerals, with a
    leading 0 for days below 10 and for months 1 and 2. Hướng dẫn 36-HD/VPTW §II.1.4 sets the
    same for Party documents. Conclusion 226-KL/TW §2.1: "the correct format".

    **Example**
    `Quảng Ninh, ngày 5/3/2026` -> `Quảng Ninh, ngày 05 tháng 3 năm 2026`.

    **Options**
    `leading_zero` (default true): require "05", "01", "02" as the decree does. The `issued`
    setting (`--issued`) turns blank days into findings.
    """

    code = "DL403"
    name = "place-date"
    options = {"leading_zero": Option(True, "require a leading 0 for days below 10 and "
                                            "months 1-2 (Decree 30/2020/NĐ-CP App. I §II.4)")}

    def check_format(self, doc: Document, ctx: Context, facts: FormatFacts) -> Iterable[Finding]:
        meta = facts.header.metadata
        element = facts.header.elements.get("date")
        if not meta.date_text:
            yield self.at(None, facts, 'no place and date line ("Hà Nội, ngày 15 tháng 3 năm 2026")')
            return
        if not meta.place:
            yield self.at(element, facts, "the date line names no place (write "
                          '"<place>, ngày … tháng … năm …")')
        parts = date_parts(meta.date_text)
        if parts is None:  # a date in another language's form, as in "Oslo, 15.03.2026"
            return
        evidence = {"date_text": meta.date_text}
        if parts.numeric:
            yield self.at(element, facts, f'write the date as "ngày … tháng … năm …", not '
                          f'"{meta.date_text}"', evidence=evidence)
        if meta.date_placeholder:
            if ctx.settings.issued:
                yield self.at(element, facts, "the day of issue is blank in an issued document",
                              evidence=evidence)
            return
        if meta.date is None:
            yield self.at(element, facts, f'impossible date "{meta.date_text}"', evidence=evidence)
            return
        if ctx.option(self, "leading_zero"):
            day, month = parts.day or "", parts.month or ""
            missing = [w for w, v in (("day", day), ("month", month))
                       if len(v) == 1 and (w == "day" or v in "12")]
            if missing:
                yield self.at(element, facts, f"{' and '.join(missing)} written without "
                              'a leading 0 ("ngày 05 tháng 01", Decree 30/2020/NĐ-CP App. I §II.4)',
                              evidence=evidence)
