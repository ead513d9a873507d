from typing import Iterable

from doclint.model import Document, Finding, Location, Severity
from doclint.rules.base import Context, Rule


class NoTextLayer(Rule):
    """Pages are images without a text layer (a scan), so their text cannot be checked.

    **What it checks**
    A PDF whose pages carry no text is an error for the whole file (nothing can be linted).
    When only some pages lack text, each such page is reported here as a warning and the
    remaining pages are checked as usual.

    **Why**
    Conclusion 226-KL/TW §2.1 asks for documents to be digitised: a scan without a text layer
    can be neither searched nor checked. Silently yielding no findings would read as "clean".

    **Example**
    `plan.pdf:3:-: DL902 [warning] page 3 has no text layer (scanned image)` — export the PDF
    from the word processor, or run OCR before checking.

    **Options**
    None.
    """

    code = "DL902"
    name = "no-text-layer"
    severity = Severity.WARNING
    layers = frozenset({"text"})

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        for page in doc.pages:
            if not page.has_text:
                block = next((b.index for b in doc.blocks if (b.location.page or 0) >= page.number),
                             max(len(doc.blocks) - 1, 0))
                yield self.finding(None, f"page {page.number} has no text layer (scanned image)",
                                   location=Location(block=block, page=page.number), excerpt="")
