"""Candidate retrieval: which corpus documents a draft may copy from, without reading them all.

`Retriever` is the protocol the index talks to. `FingerprintRetriever` is the lexical backend:
winnowed k-gram fingerprints (doclint.corpus.fingerprint) in an inverted SQLite table
`postings(hash, doc)` clustered by hash, so a query costs one B-tree seek per draft fingerprint
and reads at most COMMON_LIMIT postings for each: the work grows with the draft, not with the
corpus. A semantic backend (paraphrase, cross-language: sentence embeddings in a vector table)
can implement the same three methods and be used beside it.
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Container, Protocol, Sequence

from doclint.corpus.fingerprint import fingerprints

COMMON_LIMIT = 100  # postings read per fingerprint: a k-gram in more documents is a formula
BULK = 200  # documents at once: stage and insert in hash order instead of one by one
MIN_SHARED = 2  # fingerprints a candidate must share with the draft


class Retriever(Protocol):
    def add(self, items: Sequence[tuple[int, Sequence[str]]]) -> None:
        """Index documents given as (document key, folded tokens)."""

    def remove(self, keys: Sequence[int]) -> None:
        """Forget documents."""

    def candidates(self, tokens: Sequence[str], allowed: Container[int] | None,
                   limit: int) -> list[tuple[int, float]]:
        """(document key, score), best first: the documents worth aligning with the draft."""


class FingerprintRetriever:
    """Winnowed k-gram fingerprints in SQLite (the caller owns the connection's transactions)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.executescript("""
            CREATE TABLE IF NOT EXISTS postings(hash INTEGER NOT NULL, doc INTEGER NOT NULL,
                                                PRIMARY KEY (hash, doc)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS doc_fingerprints(doc INTEGER PRIMARY KEY, fps BLOB NOT NULL);
        """)

    def add(self, items: Sequence[tuple[int, Sequence[str]]]) -> None:
        import numpy as np

        rows: list[tuple[int, bytes]] = []
        postings: list[tuple[int, int]] = []
        for key, tokens in items:
            fps = fingerprints(tokens).astype(np.int32)
            rows.append((key, fps.tobytes()))
            postings.extend((h, key) for h in fps.tolist())
        self.conn.executemany("INSERT OR REPLACE INTO doc_fingerprints VALUES (?, ?)", rows)
        if len(items) < BULK:
            self.conn.executemany("INSERT OR IGNORE INTO postings VALUES (?, ?)", postings)
            return
        # Many documents: insert in hash order, so the B-tree is filled page by page.
        postings.sort()
        self.conn.executemany("INSERT OR IGNORE INTO postings VALUES (?, ?)", postings)

    def remove(self, keys: Sequence[int]) -> None:
        import numpy as np

        for key in keys:
            row = self.conn.execute("SELECT fps FROM doc_fingerprints WHERE doc = ?",
                                    (key,)).fetchone()
            if row is None:
                continue
            hashes = np.frombuffer(row[0], dtype=np.int32).tolist()
            self.conn.executemany("DELETE FROM postings WHERE hash = ? AND doc = ?",
                                  [(h, key) for h in hashes])
            self.conn.execute("DELETE FROM doc_fingerprints WHERE doc = ?", (key,))

    def candidates(self, tokens: Sequence[str], allowed: Container[int] | None,
                   limit: int) -> list[tuple[int, float]]:
        """Documents ranked by shared fingerprints, each weighted by 1 / its document count,
        so formulaic k-grams shared with many documents count for little."""
        score: dict[int, float] = defaultdict(float)
        shared: dict[int, int] = defaultdict(int)
        query = self.conn.execute
        for h in fingerprints(tokens).tolist():
            docs = [d for (d,) in query("SELECT doc FROM postings WHERE hash = ? LIMIT ?",
                                        (h, COMMON_LIMIT))]
            weight = 1.0 / len(docs) if docs else 0.0
            for d in docs:
                if allowed is None or d in allowed:
                    score[d] += weight
                    shared[d] += 1
        ranked = sorted((d for d in score if shared[d] >= MIN_SHARED), key=lambda d: -score[d])
        return [(d, round(score[d], 3)) for d in ranked[:limit]]
