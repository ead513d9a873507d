"""DL103 duplicate-peer. Its findings are computed across documents by doclint.scan.clusters."""
from __future__ import annotations

from typing import Iterable

from doclint.model import Document, Finding, Severity
from doclint.rules.base import Context, Option, Rule


class DuplicatePeer(Rule):
    """Two or more documents of the same archive largely repeat each other.

    **What it checks**
    Across an archive (`doclint scan`, or `doclint check` over several files), documents whose
    substantive text (header and signature boilerplate left out) shares winnowed word
    fingerprints covering at least `threshold` of the shorter one are peers; peers are grouped
    into clusters. Each member gets one finding that names its cluster, its nearest peer, the
    share of fingerprints they share (`overlap`) and the share of its own words found in
    passages repeated from that peer (`repeated_share`); the excerpt is its own longest
    repeated passage. A single document on its own never has this finding: `check()` here
    yields nothing, and the scan computes it once every document has been read.

    **Why**
    Conclusion 226-KL/TW §2.1 asks for "automatic control to avoid duplication of content"
    and for cutting the number of documents by at least 15 % a year: a plan that repeats the
    plan of the neighbouring department, or last year's plan re-dated, is a document too many.

    **Example**
    `2025/kh-12.docx` repeats 92 % of `2024/kh-40.docx` (cluster 3): merge them, or write only
    what is new and cite the earlier plan by its number.

    **Options**
    `threshold` (float, default 0.5): share of the shorter document's fingerprints two
    documents must share to be peers.
    """

    code = "DL103"
    name = "duplicate-peer"
    severity = Severity.WARNING
    options = {"threshold": Option(0.5, "share of the shorter document's fingerprints shared")}

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        """Nothing on one document: doclint.scan.clusters computes DL103 across documents."""
        return ()
