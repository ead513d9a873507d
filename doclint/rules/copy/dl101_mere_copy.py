from __future__ import annotations

from typing import Iterable

from doclint.model import Document, Finding, Severity
from doclint.rules.base import Context, Option, Rule
from doclint.rules.copy.analysis import copy_analysis


class MereCopy(Rule):
    """The document's substance is mostly text of higher-level documents.

    **What it checks**
    The share of the draft's substantive words (boilerplate such as the national title,
    "Kính gửi:", the recipients block and signature lines left out) that lie in passages
    repeating corpus documents. The document is reported when that share reaches `threshold`
    and it adds little of its own: at most `max-own-words` words, or at most `max-own-share` of
    its words (a whole directive pasted with a few tasks appended). The message says which
    sources, how much of each, and how many words were counted; the evidence carries the
    containment figure. Text relayed inside quotation marks counts as copied (a report that only relays its
    superior's words adds nothing of its own), and the message says how much was quoted.

    **Why**
    Conclusion 226-KL/TW §2.1: "Only issue documents when absolutely necessary to regulate,
    guide, and organize implementation; do not issue documents that merely copy the content of
    documents from higher levels."

    **Example**
    Bad: a plan whose body is §2.1–2.3 of Conclusion 226-KL/TW with the numbering changed.
    Fixed: a plan that names its own tasks, lead units, deadlines and resources, citing the
    Conclusion once by number.

    **Options**
    `threshold` (float, default 0.6): share of the substantive text that must be copied.
    `max-own-words` (int, default 250): a mere copy adds at most this many words of its own…
    `max-own-share` (float, default 0.2): …or at most this share of its words.
    `min-copied-words` (int, default 30): fewer copied words never make a mere copy.
    """

    code = "DL101"
    name = "mere-copy"
    severity = Severity.WARNING
    services = frozenset({"corpus"})
    options = {
        "threshold": Option(0.6, "share of the substantive words copied from the corpus"),
        "max-own-words": Option(250, "most words of its own a mere copy may add"),
        "max-own-share": Option(0.2, "or largest share of its words a mere copy may add"),
        "min-copied-words": Option(30, "fewest copied words that can make a mere copy"),
    }

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        result = ctx.analysis(copy_analysis)
        own = result.counted_words - result.copied_words
        adds_little = (own <= ctx.option(self, "max-own-words")
                       or own <= ctx.option(self, "max-own-share") * result.counted_words)
        if (not result.passages or result.containment < ctx.option(self, "threshold")
                or not adds_little or result.copied_words < ctx.option(self, "min-copied-words")):
            return
        sources = result.sources()
        named = ", ".join(f"{s['id']} ({s['language']}) {s['share']:.0%}" for s in sources[:4])
        quoted = result.quoted_words
        quote_note = f"; {quoted} of them inside quotation marks, relayed" if quoted else ""
        message = (f"{result.containment:.0%} of the substantive text ({result.copied_words} of "
                   f"{result.counted_words} words counted, boilerplate left out) repeats "
                   f"higher-level documents: {named}{quote_note}; only {own} words are its own")
        first = result.passages[0]
        yield self.finding(doc.blocks[first.draft_blocks[0]], message, excerpt=first.draft_text,
                           evidence={"containment": round(result.containment, 3),
                                     "counted_words": result.counted_words,
                                     "copied_words": result.copied_words, "own_words": own,
                                     "quoted_words": quoted,
                                     "boilerplate_words": result.boilerplate_words,
                                     "sources": sources})
