"""Near-duplicate documents within an archive (DL103), on the fingerprints the corpus index uses.

No pair of documents is compared directly: every (fingerprint, document) posting is sorted by
fingerprint, and only documents that share a fingerprint are paired, so the work grows with the
number of postings (and the pairs that really share text), not with the square of the archive.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from doclint.corpus.fingerprint import fingerprints
from doclint.lang.normalize import words

COMMON_LIMIT = 50  # a fingerprint in more documents is a formula, not a shared passage
MIN_SHARED = 3  # fingerprints two documents must share to be compared at all


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    """Two documents that repeat each other. Containment of a in b is the share of a's
    fingerprints found in b (1.0: all of a's text is in b); similarity is the Jaccard index."""

    id_a: str
    id_b: str
    containment_a: float
    containment_b: float
    similarity: float
    shared: int  # fingerprints in common

    @property
    def containment(self) -> float:
        return max(self.containment_a, self.containment_b)


def near_duplicates(docs: Iterable[tuple[str, str]], threshold: float = 0.5) -> list[NearDuplicate]:
    """Pairs of documents whose larger containment reaches `threshold`, largest first.

    `docs` are (id, substantive text) pairs: pass each document's text without boilerplate
    (`"\\n".join(b.text for b in doclint.boilerplate.substantive_blocks(doc, lexicons))`), or
    two letters of one office would match on their shared header and signature. Ids must be
    unique. Memory grows with the total number of fingerprints (about 15 % of the words).
    """
    import numpy as np

    ids: list[str] = []
    counts: list[int] = []
    chunks_h: list[np.ndarray] = []
    chunks_d: list[np.ndarray] = []
    for doc_id, text in docs:
        fps = fingerprints(words(text))
        chunks_h.append(fps)
        chunks_d.append(np.full(len(fps), len(ids), dtype=np.int64))
        ids.append(doc_id)
        counts.append(len(fps))
    if len(ids) < 2:
        return []
    hashes, owners = np.concatenate(chunks_h), np.concatenate(chunks_d)
    order = np.argsort(hashes, kind="stable")
    hashes, owners = hashes[order], owners[order]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    sizes = np.diff(np.r_[starts, len(hashes)])
    n = len(ids)
    pair_codes: list[np.ndarray] = []
    for size in range(2, COMMON_LIMIT + 1):
        group_starts = starts[sizes == size]
        if not len(group_starts):
            continue
        members = owners[group_starts[:, None] + np.arange(size)]  # one row per fingerprint
        left, right = np.triu_indices(size, 1)
        a, b = members[:, left].ravel(), members[:, right].ravel()
        pair_codes.append(np.minimum(a, b) * n + np.maximum(a, b))
    if not pair_codes:
        return []
    codes, shared = np.unique(np.concatenate(pair_codes), return_counts=True)
    out: list[NearDuplicate] = []
    for code, k in zip(codes.tolist(), shared.tolist()):
        a, b = divmod(code, n)
        if k < MIN_SHARED or a == b:
            continue
        ca, cb = k / counts[a], k / counts[b]
        if max(ca, cb) >= threshold:
            out.append(NearDuplicate(ids[a], ids[b], round(ca, 3), round(cb, 3),
                                     round(k / (counts[a] + counts[b] - k), 3), k))
    return sorted(out, key=lambda p: (-p.containment, p.id_a, p.id_b))
