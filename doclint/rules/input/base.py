"""Input rules are raised by the parsers as DoclintErrors, not found by reading a Document."""
from __future__ import annotations

from typing import Iterable

from doclint.model import Document, Finding, Severity
from doclint.rules.base import Context, Rule


class InputRule(Rule):
    severity = Severity.ERROR
    layers = frozenset({"text"})  # judged on the text alone: a DL9 run skips table structure

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        """A parsed Document has passed this check already: the parser raised it otherwise."""
        return ()
