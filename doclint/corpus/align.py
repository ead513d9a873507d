"""Passage alignment: where, token by token, a draft repeats a source.

Seeds are k-grams (ALIGN_K folded words) that occur in both texts. Seeds are chained when they
follow each other in both texts with gaps of at most GAP words, so a chain survives substituted
words, a dropped or inserted sentence, and list renumbering; reordered paragraphs simply form
separate chains. Where chains overlap in the draft the stronger one keeps the shared words and
the weaker is cut back to its own seeds; chains that continue each other are then joined into
one passage. Each passage is scored with rapidfuzz's Indel similarity of the two token ranges
(1.0 = verbatim).
"""
from __future__ import annotations

from dataclasses import dataclass

from doclint.corpus.fingerprint import kgram_hashes
from doclint.corpus.tokens import TokenStream

ALIGN_K = 4  # seed length: shorter than the index k-grams, so light edits leave seeds behind
GAP = 24  # words a chain may skip in either text (a sentence dropped or inserted)
SKIP = 72  # source words a run of copying may leave out between two chains (dropped sentences)
REPEAT_LIMIT = 8  # k-grams this frequent in the source are formulae, not evidence
MAX_OVERLAP = 0.5

Seed = tuple[int, int]  # (draft position, source position) of a shared k-gram


@dataclass(frozen=True, slots=True)
class Alignment:
    """Token ranges (inclusive) of one passage in the draft and in the source."""

    draft_first: int
    draft_last: int
    source_first: int
    source_last: int
    similarity: float
    seeds: tuple[Seed, ...] = ()

    @property
    def draft_words(self) -> int:
        return self.draft_last - self.draft_first + 1


def _chains(draft: TokenStream, source: TokenStream) -> list[list[Seed]]:
    where: dict[int, list[int]] = {}
    for j, h in enumerate(kgram_hashes(source.tokens, ALIGN_K).tolist()):
        where.setdefault(h, []).append(j)
    active: list[list[Seed]] = []
    done: list[list[Seed]] = []
    for i, h in enumerate(kgram_hashes(draft.tokens, ALIGN_K).tolist()):
        positions = where.get(h)
        if not positions or len(positions) > REPEAT_LIMIT:
            continue
        done.extend(c for c in active if i - c[-1][0] > GAP)
        active = [c for c in active if i - c[-1][0] <= GAP]
        for j in positions:
            best, best_cost = None, GAP * 2
            for c in active:
                di, dj = i - c[-1][0], j - c[-1][1]
                if 0 < di and 0 < dj <= GAP and abs(di - dj) < best_cost:
                    best, best_cost = c, abs(di - dj)
            if best is None:
                active.append([(i, j)])
            else:
                best.append((i, j))
    return [trimmed for c in done + active if len(trimmed := _trim(c)) >= 2]


def _trim(chain: list[Seed]) -> list[Seed]:
    """The chain without lone seeds at its ends: a common k-gram ("ban hành văn bản") that
    happens to lie within GAP of a real passage must not stretch it."""
    def supported(a: Seed, b: Seed) -> bool:
        return b[0] - a[0] == 1 and b[1] - a[1] == 1

    start, end = 0, len(chain)
    while end - start >= 2 and not supported(chain[end - 2], chain[end - 1]):
        end -= 1
    while end - start >= 2 and not supported(chain[start], chain[start + 1]):
        start += 1
    return chain[start:end]


def _score(seeds: list[Seed] | tuple[Seed, ...], draft: TokenStream, source: TokenStream
           ) -> Alignment:
    from rapidfuzz.distance import Indel

    d0, d1 = min(i for i, _ in seeds), min(max(i for i, _ in seeds) + ALIGN_K - 1, len(draft) - 1)
    s0, s1 = min(j for _, j in seeds), min(max(j for _, j in seeds) + ALIGN_K - 1, len(source) - 1)
    similarity = Indel.normalized_similarity(draft.tokens[d0:d1 + 1], source.tokens[s0:s1 + 1])
    return Alignment(d0, d1, s0, s1, similarity, tuple(seeds))


def _strongest(alignments: list[Alignment], draft: TokenStream, source: TokenStream
               ) -> list[Alignment]:
    """Stronger alignments (longer × more similar) keep the draft words they cover; a weaker
    one loses its seeds there and is kept for what remains, if anything."""
    taken: set[int] = set()
    kept: list[Alignment] = []
    for a in sorted(alignments, key=lambda a: (-a.draft_words * a.similarity, a.draft_first)):
        seeds = [(i, j) for i, j in a.seeds
                 if not any(p in taken for p in range(i, i + ALIGN_K))]
        if len(seeds) < 2:
            continue
        if len(seeds) < len(a.seeds):
            a = _score(seeds, draft, source)
        taken.update(range(a.draft_first, a.draft_last + 1))
        kept.append(a)
    return kept


def _merge_runs(alignments: list[Alignment]) -> list[Alignment]:
    """Join chains that continue each other: next in the draft (at most GAP words apart, or
    overlapping) and further on in the source (at most SKIP words left out). A copied run whose
    drafter dropped a sentence or two is one passage; its similarity is the length-weighted
    mean of its parts'."""
    out: list[Alignment] = []
    for a in sorted(alignments, key=lambda a: (a.draft_first, a.source_first)):
        for k in range(len(out) - 1, -1, -1):
            cur = out[k]
            if (a.draft_first <= cur.draft_last + GAP
                    and cur.source_first <= a.source_first <= cur.source_last + SKIP
                    and a.source_last > cur.source_last):
                n_cur, n_a = cur.draft_words, a.draft_words
                out[k] = Alignment(cur.draft_first, max(cur.draft_last, a.draft_last),
                                   cur.source_first, a.source_last,
                                   (cur.similarity * n_cur + a.similarity * n_a) / (n_cur + n_a),
                                   cur.seeds + a.seeds)
                break
        else:
            out.append(a)
    return out


def align(draft: TokenStream, source: TokenStream, *, min_words: int = 12,
          min_similarity: float = 0.6) -> list[Alignment]:
    """Passages of at least `min_words` draft words that match the source closely enough."""
    scored = [a for a in (_score(c, draft, source) for c in _chains(draft, source))
              if a.draft_words >= ALIGN_K * 2 and a.similarity >= min_similarity]
    merged = _merge_runs(_strongest(scored, draft, source))
    return [Alignment(a.draft_first, a.draft_last, a.source_first, a.source_last,
                      round(a.similarity, 3)) for a in merged if a.draft_words >= min_words]
