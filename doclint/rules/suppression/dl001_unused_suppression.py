from typing import Iterable

from doclint.model import Document, Finding, Severity
from doclint.rules.base import Context, Rule


class UnusedSuppression(Rule):
    """A `doclint: ignore …` directive in the document silences nothing.

    **What it checks**
    After every other rule has run, each in-document suppression (`doclint: ignore DL203` in a
    paragraph or a Word comment, `doclint: ignore-file DL4` anywhere) is matched against the
    findings it could silence. A directive that silenced none of them is reported on the
    paragraph that holds it (or that its comment is anchored on). Codes of rules that did not
    run on the document (not selected, ignored for the file, other language) are not judged.

    **Why**
    A suppression records a reviewed exception. Once the text it excused is rewritten, a stale
    directive would silently excuse the next problem written there; Conclusion 226-KL/TW §2.1
    asks for documents that are concise and to the point, and leftover review notes are neither.

    **Example**
    Bad: `doclint: ignore DL203` above a task that now has a deadline ("… hoàn thành trước
    30/6/2026") — DL001 reports the directive. Fixed: delete the directive.

    **Options**
    None. Select or ignore it like any rule (`ignore = ["DL001"]` keeps stale directives quiet).
    """

    code = "DL001"
    name = "unused-suppression"
    severity = Severity.INFO

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        """Reported by doclint.suppress once the findings it judges exist."""
        return ()
