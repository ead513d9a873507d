"""Resources a document states anywhere in its own text (DL205): funding, budget source, staff,
equipment (resources.txt), plus the budget cells of its task tables."""
from __future__ import annotations

from typing import TYPE_CHECKING

from doclint.boilerplate import boilerplate_blocks
from doclint.model import Document
from doclint.tasks.extract import extract_tasks
from doclint.tasks.text import Words, strip_span

if TYPE_CHECKING:
    from doclint.rules.base import Context


def stated_resources(doc: Document, ctx: "Context") -> tuple[str, ...]:
    """Resource cues as written, in document order (empty: the document states none)."""
    lexicon = ctx.lexicon("resources")
    skip = boilerplate_blocks(doc, ctx.lexicons)
    found: list[str] = []
    for block in doc.body():
        if block.index in skip:
            continue
        w = Words(block.text)
        found.extend(strip_span(w.span(h.start, h.end)) for h in w.find(lexicon))
    for task in ctx.analysis(extract_tasks):
        found.extend(task.resources)
    return tuple(dict.fromkeys(found))
