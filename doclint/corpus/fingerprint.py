"""Winnowed k-gram fingerprints of folded word sequences (Schleimer, Wilkerson & Aiken 2003).

A k-gram is k consecutive folded words; its hash is stable across processes (blake2b of each
word, combined polynomially), so an index written by one run is read by the next. Winnowing
keeps the minimum hash of every window of W consecutive k-grams: any passage shared by two
texts that is at least W + K - 1 words long yields at least one shared fingerprint, while only
about 2 / (W + 1) of the positions are stored.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import numpy as np

K = 5  # words per k-gram: long enough to be rare, short enough to survive light edits
W = 12  # winnowing window: passages of W + K - 1 = 16 words are always caught
HASH_BITS = 31  # stored fingerprints fit SQLite's 4-byte integers; collisions only add candidates
_MULT = 0x9E3779B97F4A7C15
_MIX = 0xBF58476D1CE4E5B9


@lru_cache(maxsize=1 << 18)
def token_id(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little")


def kgram_hashes(tokens: Sequence[str], k: int = K) -> "np.ndarray":
    """One hash (0 <= h < 2**HASH_BITS) for each k-gram of `tokens`, in order."""
    import numpy as np

    n = len(tokens) - k + 1
    if n <= 0:
        return np.zeros(0, dtype=np.int64)
    ids = np.fromiter((token_id(t) for t in tokens), dtype=np.uint64, count=len(tokens))
    h = ids[:n].copy()
    with np.errstate(over="ignore"):
        for j in range(1, k):
            h = h * np.uint64(_MULT) + ids[j:j + n]
        h ^= h >> np.uint64(29)
        h *= np.uint64(_MIX)
    return (h >> np.uint64(64 - HASH_BITS)).astype(np.int64)


def winnow(hashes: "np.ndarray", w: int = W) -> "np.ndarray":
    """The sorted distinct fingerprints winnowing selects from a hash sequence."""
    import numpy as np
    from numpy.lib.stride_tricks import sliding_window_view

    if len(hashes) == 0:
        return hashes
    if len(hashes) <= w:
        return np.unique(hashes[[int(np.argmin(hashes))]])
    windows = sliding_window_view(hashes, w)
    positions = np.arange(len(windows)) + windows.argmin(axis=1)
    return np.unique(hashes[positions])


def fingerprints(tokens: Sequence[str]) -> "np.ndarray":
    return winnow(kgram_hashes(tokens))
