"""Corpus folders: which files they hold, what each document is (id, title, issuer, date…).

Any folder of txt/docx/pdf (doc, odt) files is a corpus: each document's facts are read from
its own header (doclint.meta: number, type line, title, issuer, date) and an optional
`corpus.toml` in the folder overrides them:

    [[document]]
    file = "226-KL-TW.en.txt"
    id = "226-KL/TW"
    title = "Conclusion of the Secretariat on rectifying working methods …"
    issuer = "Ban Bí thư / Secretariat"
    level = "central"          # central, ministry, province, commune, … (free text)
    date = "2025-12-11"
    language = "en"
    status = "in-force"        # or "superseded"
    source = "https://…"
    translation = "published"  # published | working (our own rendering)
"""
from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from doclint.corpus.tokens import TextBlock, substantive_text_blocks
from doclint.errors import DoclintError

if TYPE_CHECKING:
    from doclint.engine import Engine

SIDECAR = "corpus.toml"
INFO_KEYS = ("id", "title", "issuer", "level", "date", "language", "status", "type", "source",
             "translation")
TITLE_CHARS = 160


@dataclass(frozen=True)
class SourceInfo:
    """What a corpus document is. `path` identifies the file; `id` is the document's number
    ("226-KL/TW"), shared by its language versions."""

    path: str
    id: str
    title: str | None = None
    issuer: str | None = None
    level: str | None = None
    date: str | None = None
    language: str | None = None
    status: str = "in-force"
    type: str | None = None
    source: str | None = None
    translation: str | None = None
    words: int = 0

    def with_overrides(self, overrides: dict[str, Any]) -> "SourceInfo":
        known = {k: str(v) for k, v in overrides.items() if k in INFO_KEYS}
        return replace(self, **known) if known else self

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


@dataclass
class LoadedDocument:
    info: SourceInfo
    blocks: list[TextBlock] = field(default_factory=list)


def corpus_files(folder: Path) -> list[Path]:
    """Documents of a corpus folder, recursively, in a stable order (hidden files skipped)."""
    from doclint.engine import discover

    files, _missing = discover([folder])
    return [f.resolve() for f in files]


def read_sidecar(folder: Path) -> dict[str, dict[str, Any]]:
    """corpus.toml entries by resolved file path; a broken sidecar is an error naming it."""
    path = folder / SIDECAR
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DoclintError(f"cannot read {path}: {exc}") from None
    out: dict[str, dict[str, Any]] = {}
    for entry in data.get("document", []):
        if isinstance(entry, dict) and isinstance(entry.get("file"), str):
            out[str((folder / entry["file"]).resolve())] = entry
    return out


@lru_cache(maxsize=1)
def _engine() -> "Engine":
    """An engine with default settings: its `prepare` reads language, metadata and kind."""
    from doclint.engine import Engine

    return Engine()


def load_document(path: Path) -> LoadedDocument:
    """Parse one corpus file and read its facts from its header. Raises DoclintError."""
    from doclint.parsers import parse

    engine = _engine()
    doc = engine.prepare(parse(path))
    blocks = substantive_text_blocks(doc, engine.lexicons)
    meta = doc.metadata
    title = meta.title or meta.type_line or (blocks[0].text if blocks else None)
    info = SourceInfo(path=str(path), id=meta.number or path.stem,
                      title=title[:TITLE_CHARS] if title else None, issuer=meta.issuer,
                      date=meta.date, language=doc.language, type=doc.kind)
    return LoadedDocument(info, blocks)
