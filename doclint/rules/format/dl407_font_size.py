from __future__ import annotations

import re
from typing import Iterable

from doclint.model import Block, BlockKind, Document, Finding
from doclint.rules.base import Context, Option
from doclint.rules.format.base import FormatRule
from doclint.rules.format.facts import FormatFacts

# Body text only: the header, titles and signature use other sizes by design.
MIN_BODY_CHARS = 40
# Formats whose styles are the drafter's own settings; PDF fonts are embedded subsets of a
# rendering and sizes of a print, so PDFs are not checked here.
STYLED_FORMATS = ("docx", "odt", "doc")


def _font_key(name: str) -> str:
    """"ABCDEF+TimesNewRomanPSMT" / "Times New Roman" -> "timesnewroman"."""
    name = name.split("+", 1)[-1]
    return re.sub(r"[^a-z]", "", name.lower()).removesuffix("psmt").removesuffix("mt")


class FontSize(FormatRule):
    """The body text is not in Times New Roman, or its size is outside the prescribed range.

    **What it checks**
    On DOCX (and ODT/DOC where the parser reads styles), the effective font and size of the
    body paragraphs (at least 40 characters, below the header and above the recipients and
    signature, which the decree sets in 11–12 pt): the font must be Times New
    Roman; the size 13–14 pt for state documents, 14–15 pt for Party documents. One finding
    per problem, placed on the first paragraph that has it, with the number of paragraphs
    affected. Needs the layout layer (fonts and sizes), which the engine then builds.

    **Why**
    Decree 30/2020/NĐ-CP Art. 9 and Appendix I §I.3 (font: Times New Roman, Unicode TCVN
    6909:2001) and §II.6 (content: size 13 to 14); Hướng dẫn 36-HD/VPTW §III (Party
    documents: Times New Roman, content size 14 to 15). Conclusion 226-KL/TW §2.1: "the correct
    format and presentation".

    **Example**
    A plan typed in Arial 12 -> Times New Roman 14.

    **Options**
    `font` (default "Times New Roman"); `state_sizes` (default "13-14") and `party_sizes`
    (default "14-15"): the accepted body sizes in points.
    """

    code = "DL407"
    name = "font-size"
    layers = FormatRule.layers | {"layout"}
    options = {"font": Option("Times New Roman", "the prescribed font"),
               "state_sizes": Option("13-14", "body sizes of state documents, in points"),
               "party_sizes": Option("14-15", "body sizes of Party documents, in points")}

    def check_format(self, doc: Document, ctx: Context, facts: FormatFacts) -> Iterable[Finding]:
        if doc.format not in STYLED_FORMATS:
            return
        start = max((e.unit.block.index for e in facts.header.elements.values()), default=-1)
        # the recipients block (12/11 pt by the decree) and the signature close the body
        closing = [u.block.index for u in (facts.recipients, facts.signature) if u is not None]
        end = min(closing) if closing and min(closing) > start else len(doc.blocks)
        body = [b for b in doc.body() if start < b.index < end and b.style is not None
                and b.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
                and len(b.text) >= MIN_BODY_CHARS]
        font = str(ctx.option(self, "font"))
        low, high = _range(str(ctx.option(self, f"{facts.family}_sizes")))
        wrong_font = [b for b in body if b.style and b.style.font
                      and _font_key(b.style.font) != _font_key(font)]
        wrong_size = [b for b in body if b.style and b.style.size is not None
                      and not low - 0.01 <= b.style.size <= high + 0.01]
        if wrong_font:
            fonts = sorted({b.style.font for b in wrong_font if b.style and b.style.font})
            yield self._on(wrong_font, body, f"body text in {', '.join(fonts)}, not {font}",
                           fonts=fonts)
        if wrong_size:
            sizes = sorted({b.style.size for b in wrong_size if b.style and b.style.size})
            yield self._on(wrong_size, body, f"body text in {', '.join(f'{s:g}' for s in sizes)} pt; "
                           f"{facts.family} documents use {low:g}–{high:g} pt", sizes=sizes)

    def _on(self, wrong: list[Block], body: list[Block], message: str, **evidence: object) -> Finding:
        return self.finding(wrong[0], f"{message} ({len(wrong)} of {len(body)} paragraphs)",
                            evidence={"paragraphs": len(wrong), "of": len(body), **evidence})


def _range(text: str) -> tuple[float, float]:
    low, _, high = text.partition("-")
    return float(low), float(high or low)
