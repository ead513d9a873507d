"""What a worker does with one archive file: check it with every rule and keep the facts the
archive-level analyses need, so the parent never parses a document itself."""
from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from doclint.model import FileError, FileResult

if TYPE_CHECKING:
    from doclint.engine import Engine
    from doclint.model import Document

NO_TEXT_CODES = ("DL902", "DL904")  # opened, but no usable text layer: not digitised
# Version of what `facts` holds; part of the store's key, so records made before a fact was
# added are made again instead of silently lacking it.
FACTS_VERSION = "facts-2"  # 2: meeting facts


@dataclass(frozen=True)
class Scanned:
    """One file's scan: its result (the JSON contract's file object) and archive facts.

    `fingerprints` are the winnowed k-gram hashes of the substantive text (int32 bytes,
    doclint.corpus.fingerprint); `blocks` the substantive blocks, zlib-compressed JSON, kept so
    the duplicate clusters can quote each member's own repeated passage.
    """

    result: dict[str, Any]
    facts: dict[str, Any] = field(default_factory=dict)
    fingerprints: bytes = b""
    blocks: bytes = b""


def facts_of(path: Path, doc: "Document | None", error: FileError | None) -> dict[str, Any]:
    try:
        stat = path.stat()
        size, mtime = stat.st_size, stat.st_mtime
    except OSError:
        size, mtime = 0, 0.0
    facts: dict[str, Any] = {"size": size, "mtime": mtime}
    if doc is not None:
        facts.update(format=doc.format, pages=len(doc.pages), words=len(doc.text.split()),
                     text_layer=all(p.has_text for p in doc.pages) if doc.pages else True)
    else:
        # an unreadable file says nothing about digitisation; a scanned one says "not digitised"
        facts["text_layer"] = False if error is not None and error.code in NO_TEXT_CODES else None
    return facts


def scan_job(engine: "Engine", path: Path) -> Scanned:
    import numpy as np

    from doclint.corpus.fingerprint import fingerprints
    from doclint.corpus.tokens import substantive_text_blocks, tokenize
    from doclint.meetings.facts import is_meeting_document, meeting_facts

    result, doc = engine.check_file_and_document(path)
    facts = facts_of(path, doc, result.error)
    if doc is None:
        return Scanned(result.to_dict(), facts)
    if is_meeting_document(doc, engine.lexicons):  # the conference statistics of §2.2
        facts["meeting"] = meeting_facts(doc, engine.lexicons)
    blocks = substantive_text_blocks(doc, engine.lexicons)
    prints = fingerprints(tokenize(blocks).tokens).astype(np.int32).tobytes()
    packed = zlib.compress(json.dumps([b.to_json() for b in blocks], ensure_ascii=False)
                           .encode("utf-8"))
    return Scanned(result.to_dict(), facts, prints, packed)


def failed(path: Path, error: FileError) -> Scanned:
    """The record of a file whose worker crashed or ran out of time."""
    return Scanned(FileResult(str(path), error=error).to_dict(),
                   facts_of(path, None, error))
