from doclint.rules.input.base import InputRule


class UnreliableTextLayer(InputRule):
    """The text layer exists but cannot be trusted (bad OCR, wrong glyph mapping).

    **What it checks**
    Raised when the share of valid words of the document's language is too low: Vietnamese OCR
    that lost its diacritics ("CONG HOA xA HO! CHIJ NGHIA"), or fonts whose glyphs map to the
    wrong characters ("BØ CÔNG AN … TÈNH LÂM ÒNG"). The message says which test failed.

    **Why**
    Linting garbage produces false findings (no owner, no deadline) and misses real ones; the
    drafter needs a readable text layer first.

    **Example**
    `scan.pdf: text layer unreliable: 31 % of Vietnamese syllables are valid (needs 70 %)
    [DL904]` — re-run OCR with Vietnamese enabled, or export the PDF from the source document.

    **Options**
    None.
    """

    code = "DL904"
    name = "unreliable-text-layer"
