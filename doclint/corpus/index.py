"""The corpus index: an SQLite file in the user's cache directory that holds every corpus
document's substantive text (compressed) and the retrieval backend's tables.

It is kept in step with the corpus folders incrementally: a file whose size and modification
time are unchanged is not read; a changed one is hashed, and only when its content hash differs
is it parsed and re-indexed; files gone from a folder are removed. Documents of folders not used
by this run stay cached but are not matched. A change of SCHEMA rebuilds everything.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from doclint import __version__
from doclint.corpus import fingerprint
from doclint.corpus.documents import (LoadedDocument, SourceInfo, corpus_files, load_document,
                                      read_sidecar)
from doclint.corpus.passages import Passage, find_passages
from doclint.corpus.retrieval import FingerprintRetriever, Retriever
from doclint.corpus.tokens import TextBlock, TokenStream, folded_words, tokenize
from doclint.errors import DoclintError

SCHEMA = f"1/{__version__}/k{fingerprint.K}/w{fingerprint.W}/b{fingerprint.HASH_BITS}"
DB_NAME = "corpus.sqlite3"
CANDIDATES = 12  # sources aligned per draft


def cache_dir() -> Path:
    """DOCLINT_CACHE_DIR, else $XDG_CACHE_HOME/doclint, else ~/.cache/doclint."""
    if os.environ.get("DOCLINT_CACHE_DIR"):
        return Path(os.environ["DOCLINT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "doclint"


@dataclass
class SyncReport:
    """What a sync did, by file path."""

    indexed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)  # files that could not be read


class CorpusIndex:
    """Corpus documents of some folders, their texts and fingerprints, on disk."""

    def __init__(self, folders: Sequence[str | Path], db_path: Path | None = None) -> None:
        self.roots = [str(Path(f).resolve()) for f in folders]
        path = db_path or cache_dir() / DB_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.conn = sqlite3.connect(str(path), timeout=120, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA cache_size=-65536")
        self._create()
        self.retriever: Retriever = FingerprintRetriever(self.conn)
        self._overrides: dict[str, dict[str, object]] = {}
        self._active: tuple[set[int] | None] | None = None  # computed once per sync
        self._streams: dict[int, TokenStream] = {}
        self.last_sync = SyncReport()

    def _create(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)")
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is not None and row[0] == SCHEMA:
            return  # an index this version wrote: opening it writes nothing
        if row is not None:
            for (name,) in self.conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'meta'").fetchall():
                self.conn.execute(f"DROP TABLE {name}")
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA,))
        self.conn.execute("""CREATE TABLE IF NOT EXISTS docs(
            id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, root TEXT NOT NULL,
            sha TEXT, mtime_ns INTEGER, size INTEGER, info TEXT, blocks BLOB, error TEXT)""")
        self.conn.execute("CREATE INDEX IF NOT EXISTS docs_root ON docs(root)")

    # -- keeping in step with the folders ---------------------------------------------------

    def sync(self) -> SyncReport:
        """Bring the index in step with the folders; only changed files are parsed."""
        report = SyncReport()
        for root in self.roots:
            folder = Path(root)
            files = corpus_files(folder) if folder.is_dir() else []
            try:
                self._overrides.update(read_sidecar(folder) if folder.is_dir() else {})
            except DoclintError as exc:
                report.problems.append(exc.message)
            known = {p: (k, sha, mt, size) for k, p, sha, mt, size in self.conn.execute(
                "SELECT id, path, sha, mtime_ns, size FROM docs WHERE root = ?", (root,))}
            pending: list[tuple[str, str, int, int]] = []
            for f in files:
                st = f.stat()
                old = known.pop(str(f), None)
                if old and (old[2], old[3]) == (st.st_mtime_ns, st.st_size):
                    report.unchanged += 1
                    continue
                sha = hashlib.sha256(f.read_bytes()).hexdigest()
                if old and old[1] == sha:
                    self.conn.execute("UPDATE docs SET mtime_ns = ?, size = ? WHERE id = ?",
                                      (st.st_mtime_ns, st.st_size, old[0]))
                    report.unchanged += 1
                    continue
                pending.append((str(f), sha, st.st_mtime_ns, st.st_size))
            if not pending and not known:
                continue  # nothing to write: no lock taken, no file touched
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self._remove([k for k, *_ in known.values()])
                report.removed.extend(known)
                for path, sha, mtime, size in pending:
                    try:
                        loaded = load_document(Path(path))
                        error = None
                    except DoclintError as exc:
                        loaded, error = LoadedDocument(SourceInfo(path, Path(path).stem)), exc.message
                        report.problems.append(f"{path}: {exc.message} [{exc.code}]")
                    self._store(root, loaded, sha, mtime, size, error, folded_words(loaded.blocks))
                    report.indexed.append(path)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        self._active = None
        return report

    def add_documents(self, root: str, docs: Iterable[LoadedDocument]) -> int:
        """Index documents that are not files of a folder (an API for archives and benchmarks);
        `root` names the collection (a path, resolved like the folders) and must be one of this
        index's roots for its documents to be matched."""
        root = str(Path(root).resolve())
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            n = 0
            batch: list[tuple[int, list[str]]] = []
            for doc in docs:
                tokens = folded_words(doc.blocks)
                key = self._store(root, doc, None, None, None, None, tokens, index=False)
                batch.append((key, tokens))
                n += 1
                if len(batch) >= 1000:
                    self.retriever.add(batch)
                    batch = []
            self.retriever.add(batch)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self._active = None
        return n

    def _store(self, root: str, doc: LoadedDocument, sha: str | None, mtime: int | None,
               size: int | None, error: str | None, tokens: list[str], *, index: bool = True
               ) -> int:
        info = json.dumps({**doc.info.to_dict(), "words": len(tokens)}, ensure_ascii=False)
        blocks = zlib.compress(json.dumps([b.to_json() for b in doc.blocks],
                                          ensure_ascii=False).encode("utf-8"))
        old = self.conn.execute("SELECT id FROM docs WHERE path = ?", (doc.info.path,)).fetchone()
        if old:
            self._remove([old[0]])
        key = self.conn.execute(
            "INSERT INTO docs(path, root, sha, mtime_ns, size, info, blocks, error) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.info.path, root, sha, mtime, size, info, blocks, error)).lastrowid
        assert key is not None
        if index:
            self.retriever.add([(key, tokens)])
        return key

    def _remove(self, keys: Sequence[int]) -> None:
        self.retriever.remove(keys)
        self.conn.executemany("DELETE FROM docs WHERE id = ?", [(k,) for k in keys])

    # -- reading -------------------------------------------------------------------------------

    def _active_keys(self) -> set[int] | None:
        """Keys of the documents of this run's folders; None when that is every document."""
        if self._active is None:
            marks = ",".join("?" * len(self.roots))
            active = {k for (k,) in self.conn.execute(
                f"SELECT id FROM docs WHERE root IN ({marks}) AND error IS NULL", self.roots)}
            total = self.conn.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
            self._active = (active if len(active) < total else None,)
        return self._active[0]

    def info(self, key: int) -> SourceInfo:
        (raw,) = self.conn.execute("SELECT info FROM docs WHERE id = ?", (key,)).fetchone()
        data = json.loads(raw)
        info = SourceInfo(**data)
        return info.with_overrides(self._overrides.get(info.path, {}))

    def stream(self, key: int) -> TokenStream:
        if key not in self._streams:
            (raw,) = self.conn.execute("SELECT blocks FROM docs WHERE id = ?", (key,)).fetchone()
            blocks = [TextBlock.from_json(b) for b in json.loads(zlib.decompress(raw))]
            self._streams[key] = tokenize(blocks)
        return self._streams[key]

    def documents(self) -> list[SourceInfo]:
        """The documents this run matches against, by id."""
        marks = ",".join("?" * len(self.roots))
        keys = [k for (k,) in self.conn.execute(
            f"SELECT id FROM docs WHERE root IN ({marks}) AND error IS NULL ORDER BY path",
            self.roots)]
        return sorted((self.info(k) for k in keys), key=lambda i: (i.id, i.language or ""))

    def match(self, blocks: Sequence[TextBlock], *, exclude_path: str | None = None,
              min_words: int = 12, min_similarity: float = 0.6) -> tuple[TokenStream, list[Passage]]:
        """The draft's token stream and its passages found in corpus documents."""
        draft = tokenize(blocks)
        active = self._active_keys()
        candidates = self.retriever.candidates(draft.tokens, active, CANDIDATES)
        excluded = str(Path(exclude_path).resolve()) if exclude_path else None
        sources = [(info, self.stream(key)) for key, _score in candidates
                   if (info := self.info(key)).path != excluded]
        return draft, find_passages(draft, sources, min_words=min_words,
                                    min_similarity=min_similarity)

    def close(self) -> None:
        self.conn.close()


def open_index(folders: Sequence[str | Path], db_path: Path | None = None) -> CorpusIndex:
    """An index of `folders`, brought in step with them."""
    index = CorpusIndex(folders, db_path)
    index.last_sync = index.sync()
    return index
