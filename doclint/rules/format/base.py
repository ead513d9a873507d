"""What every format rule shares: Vietnamese by default, silent on texts that are not
administrative documents, findings placed on the header element they concern."""
from __future__ import annotations

from abc import abstractmethod
from typing import Any, Iterable

from doclint.meta import Element, Unit
from doclint.model import Document, Finding, Location
from doclint.rules.base import Context, Rule
from doclint.rules.format.facts import FormatFacts, format_facts


class FormatRule(Rule):
    languages = frozenset({"vi"})

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        facts = ctx.analysis(format_facts)
        if not facts.formal:
            return ()
        return self.check_format(doc, ctx, facts)

    @abstractmethod
    def check_format(self, doc: Document, ctx: Context, facts: FormatFacts) -> Iterable[Finding]:
        """Yield findings on a document that has the format elements of an official one."""

    def at(self, element: Element | None, facts: FormatFacts, message: str,
           evidence: dict[str, Any] | None = None) -> Finding:
        """A finding on a header element's unit (its own text), or on the first header text."""
        if element is None:
            units = facts.header.units
            if not units:
                return self.finding(None, message, location=Location(block=0), excerpt="",
                                    evidence=evidence)
            unit = units[0]
        else:
            unit = element.unit
        return self.finding(unit.block, message, excerpt=unit.text, location=_cell_location(unit),
                            evidence=evidence)


def _cell_location(unit: Unit) -> Location:
    block = unit.block
    for cell in block.cells:
        if cell.text == unit.text:
            return Location(block=block.location.block, page=block.location.page,
                            line=block.location.line, table=block.location.table,
                            row=block.location.row, cell=cell.col)
    return block.location
