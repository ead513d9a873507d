from __future__ import annotations

import math
from typing import Iterable

from doclint.model import Document, Finding
from doclint.rules.base import Context, Option, Rule


class ReportTooLong(Rule):
    """A report longer than its page budget.

    **What it checks**
    The length of a report in pages: the PDF's own page count, or for other formats its words
    divided by `words_per_page` (a page of 14-point Times New Roman holds about 400 words).
    Over `max_pages`, the report is flagged once, on its type line.

    **Why**
    Conclusion 226-KL/TW §2.3: "… ensuring that reports are concise, clearly state timelines and
    accountability, quantify results, and reduce the number of reports". The conclusion gives no
    page figure; the budget is the team's to set.

    **Example**
    Bad: a quarterly report of 14 pages restating every directive it implements.
    Fixed: 5 pages of figures against targets, with the tasks ahead and their owners.

    **Options**
    `max_pages` (int, default 10): the page budget of a report. `words_per_page` (int, default
    400): words counted as one page where the format has no pages.
    """

    code = "DL703"
    name = "report-too-long"
    kinds = frozenset({"report"})
    options = {"max_pages": Option(10, "page budget of a report"),
               "words_per_page": Option(400, "words per page where the format has no pages")}

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        limit = ctx.option(self, "max_pages")
        words = sum(len(b.text.split()) for b in doc.body())
        if doc.format == "pdf" and doc.pages:
            pages, measured = len(doc.pages), "pages"
        else:
            pages, measured = math.ceil(words / max(1, ctx.option(self, "words_per_page"))), "words"
        if pages <= limit:
            return
        block = next((b for b in doc.body() if b.text == doc.metadata.type_line), None)
        block = block or next(iter(doc.body()), None)
        yield self.finding(block, f"the report runs to {pages} page(s) ({words} words); the "
                           f"budget is {limit}: Conclusion 226-KL/TW §2.3 asks for concise "
                           "reports", evidence={"pages": pages, "words": words, "limit": limit,
                                                "measured_by": measured})
