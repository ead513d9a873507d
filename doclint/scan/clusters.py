"""DL103 duplicate-peer: clusters of archive documents that largely repeat each other.

This is computed by the scan across the whole archive (a single document cannot have it), on
the winnowed fingerprints each worker stored (doclint.corpus.fingerprint, the same ones the
copy index uses). The join is an inverted index split into buckets by fingerprint value:
each bucket yields, for every pair of documents sharing a fingerprint in it, the count of
shared fingerprints; fingerprints held by more than COMMON_LIMIT documents are formulae and
skipped. The pairing and its limits are those of doclint.corpus.peers.near_duplicates (which
takes texts and joins in one process); this version starts from the fingerprints the workers
already stored and splits the join into buckets, so the dask engine can distribute it. The work grows with the pairs that really share text, not with the square of the
archive, and the buckets are independent tasks (the dask engine runs them on its workers).

Two documents are peers when the shared fingerprints cover at least `threshold` of the
shorter one; peers are joined into clusters (union-find). Each member is then aligned with its
nearest peer (doclint.corpus.align) to quote its own repeated passage and measure the share of
its words that repeat.
"""
from __future__ import annotations

import json
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from doclint.corpus.peers import COMMON_LIMIT, MIN_SHARED  # the pairing of near_duplicates

if TYPE_CHECKING:
    import numpy as np

    from doclint.corpus.tokens import TokenStream

BUCKETS = 64
MIN_PRINTS = 4  # documents with fewer fingerprints (about 30 words) are too short to judge

Pairs = Counter  # (doc a, doc b) with a < b -> shared fingerprints


@dataclass(frozen=True)
class Peers:
    threshold: float = 0.5  # share of the shorter document's fingerprints shared
    min_prints: int = MIN_PRINTS


def bucket_postings(prints: Sequence["np.ndarray"], buckets: int = BUCKETS
                    ) -> list[dict[int, list[int]]]:
    """Fingerprint -> documents holding it, split into buckets by fingerprint value."""
    out: list[dict[int, list[int]]] = [{} for _ in range(buckets)]
    for doc, fps in enumerate(prints):
        for h in fps.tolist():
            out[h % buckets].setdefault(h, []).append(doc)
    return out


def bucket_pairs(postings: dict[int, list[int]], common_limit: int = COMMON_LIMIT) -> Pairs:
    pairs: Pairs = Counter()
    for docs in postings.values():
        if 1 < len(docs) <= common_limit:
            for i, a in enumerate(docs):
                for b in docs[i + 1:]:
                    pairs[(a, b)] += 1
    return pairs


def peer_pairs(pairs: Pairs, sizes: Sequence[int], peers: Peers) -> dict[tuple[int, int], float]:
    """Pairs whose shared fingerprints cover `threshold` of the shorter document."""
    out = {}
    for (a, b), shared in pairs.items():
        smaller = min(sizes[a], sizes[b])
        if shared >= MIN_SHARED and smaller >= peers.min_prints and \
                shared / smaller >= peers.threshold:
            out[(a, b)] = round(shared / smaller, 3)
    return out


def clusters_of(edges: dict[tuple[int, int], float]) -> list[list[int]]:
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for x in parent:
        groups.setdefault(root(x), []).append(x)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g[0]))


def stream_of(blocks: bytes) -> "TokenStream":
    from doclint.corpus.tokens import TextBlock, tokenize

    data = json.loads(zlib.decompress(blocks)) if blocks else []
    return tokenize(TextBlock.from_json(b) for b in data)


def find_clusters(paths: Sequence[str], prints: Sequence["np.ndarray"], blocks: Sequence[bytes],
                  peers: Peers = Peers(),
                  join: Callable[[list[dict[int, list[int]]]], Iterable[Pairs]] | None = None
                  ) -> list[dict[str, Any]]:
    """Clusters with their members' figures and own repeated passages (JSON-ready).

    `join` maps the bucket join over the buckets (the dask engine distributes it); by default
    the buckets are joined here, one after the other.
    """
    buckets = bucket_postings(prints)
    total: Pairs = Counter()
    for part in (join(buckets) if join else map(bucket_pairs, buckets)):
        total.update(part)
    edges = peer_pairs(total, [len(p) for p in prints], peers)
    out = []
    for number, members in enumerate(clusters_of(edges), start=1):
        out.append({"id": number, "members": [_member(m, members, edges, paths, blocks)
                                              for m in members]})
    return out


def _member(m: int, members: list[int], edges: dict[tuple[int, int], float],
            paths: Sequence[str], blocks: Sequence[bytes]) -> dict[str, Any]:
    from doclint.corpus.align import align

    overlap = {o: edges.get((min(m, o), max(m, o)), 0.0) for o in members if o != m}
    nearest = max(overlap, key=lambda o: (overlap[o], -o))
    mine, theirs = stream_of(blocks[m]), stream_of(blocks[nearest])
    passages = align(mine, theirs)
    repeated = len({i for a in passages for i in range(a.draft_first, a.draft_last + 1)})
    out: dict[str, Any] = {"path": paths[m], "nearest": paths[nearest],
                           "overlap": overlap[nearest],
                           "repeated_share": round(repeated / len(mine), 3) if len(mine) else 0.0,
                           "excerpt": "", "location": {"block": 0}}
    if passages:
        best = max(passages, key=lambda a: (a.draft_words, -a.draft_first))
        out["excerpt"] = mine.text_between(best.draft_first, best.draft_last)
        block = mine.blocks[mine.block_of[best.draft_first]]
        out["location"] = block.location
        out["similarity"] = best.similarity
    return out
