from __future__ import annotations

import re
import weakref
from typing import Any, Iterable

from doclint.lang.normalize import fold
from doclint.model import Document, Finding
from doclint.rules.base import Context
from doclint.rules.citations.base import CitationRule, citations_of

_BY_ID: "weakref.WeakKeyDictionary[Any, dict[str, Any]]" = weakref.WeakKeyDictionary()


def corpus_key(number: str) -> str:
    """"226-KL/TW", "226 - KL/TW", "226-kl/tw" -> one key (Đ and D alike)."""
    return re.sub(r"\s+", "", fold(number))


def _by_id(corpus: Any) -> dict[str, Any]:
    """The corpus documents by number, built once per corpus service (its `documents()`:
    SourceInfo with `id` and `status`)."""
    if corpus not in _BY_ID:
        _BY_ID[corpus] = {corpus_key(info.id): info for info in corpus.documents()}
    return _BY_ID[corpus]


class SupersededCitation(CitationRule):
    """A cited document is marked superseded in the corpus.

    **What it checks**
    Each citation of the document ("Chỉ thị số 05-CT/TW", "Nghị định 30/2020/NĐ-CP") is looked
    up by its number in the corpus (the shipped one plus `--corpus` folders); when the corpus
    marks that document `status = "superseded"` (in the folder's corpus.toml), the citation is
    reported with the corpus document's title and file.

    **Why**
    Conclusion 226-KL/TW §2.1 asks that documents be issued on a sound basis, within the proper
    authority; Decree 30/2020/NĐ-CP Appendix I §II.6 requires the basis of a document to cite
    the documents in force. A plan built on a replaced directive implements rules that no
    longer apply.

    **Example**
    "Căn cứ Chỉ thị số 05-CT/TW …" where the corpus marks 05-CT/TW superseded -> cite the
    document that replaced it.

    **Options**
    None. Mark documents superseded in the corpus folder's corpus.toml
    (`[[document]] file = "…" status = "superseded"`).
    """

    code = "DL501"
    name = "superseded-citation"
    services = frozenset({"corpus"})

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        known = _by_id(ctx.services["corpus"])
        for citation in ctx.analysis(citations_of):
            info = known.get(corpus_key(citation.number))
            if info is not None and str(info.status).lower() == "superseded":
                yield self.on(citation, f"cites {citation.number}, which the corpus marks "
                              f"superseded ({info.title or info.path})",
                              corpus_id=info.id, corpus_path=info.path, status=info.status)
