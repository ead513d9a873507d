from __future__ import annotations

from typing import Iterable

from doclint.model import Document, Finding, Location
from doclint.rules.base import Context
from doclint.rules.format.base import FormatRule
from doclint.rules.format.facts import FormatFacts

A4 = (210.0, 297.0)
PAPER_TOLERANCE_MM = 2.0  # rounding of twips and PDF points
MARGIN_TOLERANCE_MM = 0.5
MARGINS = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}


def _is_a4(width: float, height: float) -> bool:
    return any(abs(width - w) <= PAPER_TOLERANCE_MM and abs(height - h) <= PAPER_TOLERANCE_MM
               for w, h in (A4, A4[::-1]))


class PaperMargins(FormatRule):
    """The paper is not A4, or the margins are outside the prescribed ranges.

    **What it checks**
    DOCX: each section's page size must be A4 (210 × 297 mm, either orientation) and its
    margins top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm (±0.5 mm for unit
    rounding). PDF: the page size only (a PDF's margins are not recorded as such). Plain text
    has neither. Needs the layout layer.

    **Why**
    Decree 30/2020/NĐ-CP Art. 9 and Appendix I §I.1–2 (A4 paper; margins: top and bottom
    20–25 mm, left 30–35 mm, right 15–20 mm); Hướng dẫn 36-HD/VPTW §III (the same for Party
    documents). Conclusion 226-KL/TW §2.1: "the correct format and presentation".

    **Example**
    A DOCX on US Letter with 25.4 mm margins -> A4, margins 20/20/30/15 mm.

    **Options**
    None.
    """

    code = "DL408"
    name = "paper-margins"
    layers = FormatRule.layers | {"layout"}

    def check_format(self, doc: Document, ctx: Context, facts: FormatFacts) -> Iterable[Finding]:
        where = Location(block=0)
        for i, section in enumerate(doc.page_setup):
            if not _is_a4(section.width_mm, section.height_mm):
                yield self.finding(None, f"paper {section.width_mm:.0f} × {section.height_mm:.0f} mm "
                                   f"in section {i + 1}; documents use A4 (210 × 297 mm)",
                                   location=where, excerpt="",
                                   evidence={"section": i + 1, "width_mm": section.width_mm,
                                             "height_mm": section.height_mm})
            bad = {}
            for side, (low, high) in MARGINS.items():
                value = getattr(section, f"{side}_mm")
                if value is not None and not low - MARGIN_TOLERANCE_MM <= value <= high + MARGIN_TOLERANCE_MM:
                    bad[side] = round(value, 1)
            if bad:
                said = ", ".join(f"{side} {v:g} mm (allowed {MARGINS[side][0]}–{MARGINS[side][1]})"
                                 for side, v in bad.items())
                yield self.finding(None, f"margins outside the prescribed ranges in section "
                                   f"{i + 1}: {said}", location=where, excerpt="",
                                   evidence={"section": i + 1, "margins_mm": bad})
        if doc.format == "pdf":
            for page in doc.pages:
                if page.width_mm and page.height_mm and not _is_a4(page.width_mm, page.height_mm):
                    first = next((b for b in doc.blocks if b.location.page == page.number), None)
                    yield self.finding(None, f"page {page.number} is {page.width_mm:.0f} × "
                                       f"{page.height_mm:.0f} mm; documents use A4 (210 × 297 mm)",
                                       location=first.location if first else where, excerpt="",
                                       evidence={"page": page.number, "width_mm": page.width_mm,
                                                 "height_mm": page.height_mm})
                    break
