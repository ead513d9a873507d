"""Corpus index benchmark: build rate, on-disk size, query latency of a 10-page draft, memory.

Synthetic corpora of directive-like documents (about 1,500 words in 20 paragraphs each, in
Vietnamese, Russian, Norwegian/English-like Latin and Arabic vocabularies with Zipf word
frequencies) are indexed through CorpusIndex.add_documents (parsing files is not measured).
A draft of about 5,000 words (ten pages) holds three 300-word passages copied from three corpus
documents in a new text; its latency is the time of CorpusIndex.match, median of several drafts
with the index open, plus the first (cold) query.

    python bench/bench_corpus.py                 # 1,000 and 10,000 documents
    python bench/bench_corpus.py 1000 10000 100000
Each size runs in its own process so that its peak memory is its own. Figures print as a table.
"""
from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS_PER_DOC = 1500
PARAGRAPHS = 20
VOCAB = 6000
QUERIES = 7
SYLLABLES = {
    "vi": "ba bá bà bả bạ cán công chính dân đạo điều đơn giải hành hóa hội kế khoa lý nghị "
          "nhà nhiệm phát quản quy quyết sở tài thực tổ trình triển ương văn việc xã",
    "ru": "ва ве ги да до ка ко ли ма ме на но об пе по ра ре ро се со та те то ус чи ше",
    "nb": "al an ba be da de ell en fo ga he in ka le mo ne or pa re se sk st te un ve",
    "ar": "اب ال بر تن ثم جد حق خط دل رس سم شر صل طب عد غر فق قل كت لم من هد وع يس",
}


def vocabulary(lang: str, rng) -> list[str]:  # type: ignore[no-untyped-def]
    syl = SYLLABLES[lang].split()
    words: set[str] = set()
    while len(words) < VOCAB:  # 1-3 syllables, the length drawn apart from the syllables
        for *picks, length in rng.integers(0, len(syl), (VOCAB, 4)).tolist():
            words.add("".join(syl[i] for i in picks[:1 + length % 3]))
    return sorted(words)[:VOCAB]


def synthetic_docs(n: int, seed: int = 1):  # type: ignore[no-untyped-def]
    """(LoadedDocument) generator; a document's words depend only on (seed, its number)."""
    import numpy as np

    from doclint.corpus.documents import LoadedDocument, SourceInfo
    from doclint.corpus.tokens import TextBlock

    rng = np.random.default_rng(seed)
    langs = list(SYLLABLES)
    vocabs = {lang: np.array(vocabulary(lang, rng), dtype=object) for lang in langs}
    zipf = 1.0 / np.arange(1, VOCAB + 1)
    zipf /= zipf.sum()
    per = WORDS_PER_DOC // PARAGRAPHS
    for k in range(n):
        lang = langs[k % len(langs)]
        r = np.random.default_rng((seed, k))
        words = vocabs[lang][r.choice(VOCAB, WORDS_PER_DOC, p=zipf)]
        blocks = [TextBlock(p, " ".join(words[p * per:(p + 1) * per]) + ".", {"block": p})
                  for p in range(PARAGRAPHS)]
        yield LoadedDocument(SourceInfo(f"synthetic/{k}", f"{k}/QD-{lang.upper()}",
                                        language=lang), blocks)


def build(n: int, db: Path) -> dict[str, float]:
    from doclint.corpus.index import CorpusIndex

    index = CorpusIndex(["synthetic"], db)
    seconds = 0.0  # indexing only, not the generation of the synthetic texts
    batch = []
    for k, doc in enumerate(synthetic_docs(n), start=1):
        batch.append(doc)
        if len(batch) == 5000 or k == n:
            start = time.perf_counter()
            index.add_documents("synthetic", batch)
            seconds += time.perf_counter() - start
            batch = []
    index.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    index.close()
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    return {"docs": n, "build_s": round(seconds, 1), "docs_per_s": round(n / seconds),
            "disk_mb": round(size / 2**20, 1), "build_rss_mb": _rss_mb()}


def query(n: int, db: Path) -> dict[str, float]:
    import numpy as np

    from doclint.corpus.index import CorpusIndex
    from doclint.corpus.tokens import TextBlock

    rng = np.random.default_rng(99)
    opened = time.perf_counter()
    index = CorpusIndex(["synthetic"], db)
    open_ms = (time.perf_counter() - opened) * 1000
    fresh = list(synthetic_docs(QUERIES + 1, seed=12345))  # text that is in no corpus document
    wanted = sorted({int(x) for x in rng.integers(0, n, 3 * (QUERIES + 1))})
    sources = {k: d for k, d in enumerate(synthetic_docs(max(wanted) + 1)) if k in wanted}
    times, found = [], []
    for q in range(QUERIES + 1):
        picks = [wanted[(3 * q + i) % len(wanted)] for i in range(3)]
        blocks = [b.text for d in (fresh[q], fresh[(q + 1) % len(fresh)]) for b in d.blocks]
        blocks += [b.text for d in (fresh[(q + 2) % len(fresh)],) for b in d.blocks[:6]]
        for i, k in enumerate(picks):  # three 300-word passages (4 paragraphs) from the corpus
            blocks[5 + 12 * i:5 + 12 * i] = [b.text for b in sources[k].blocks[4:8]]
        draft = [TextBlock(i, t, {"block": i}) for i, t in enumerate(blocks)]
        start = time.perf_counter()
        _, passages = index.match(draft)
        times.append((time.perf_counter() - start) * 1000)
        found.append(sorted({p.source.id for p in passages}) ==
                     sorted({f"{k}/QD-{['VI', 'RU', 'NB', 'AR'][k % 4]}" for k in picks}))
    words = sum(len(t.split()) for t in blocks)
    return {"draft_words": words, "open_ms": round(open_ms, 1), "first_query_ms": round(times[0], 1),
            "median_query_ms": round(statistics.median(times[1:]), 1),
            "max_query_ms": round(max(times[1:]), 1), "sources_found": f"{sum(found)}/{len(found)}",
            "query_rss_mb": _rss_mb()}


def _rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory(prefix="doclint-bench-") as tmp:
        rows = []
        for n in sizes:
            db = Path(tmp) / f"corpus-{n}.sqlite3"
            row = {}
            for step in ("build", "query"):
                out = subprocess.run([sys.executable, __file__, "--" + step, str(n), str(db)],
                                     check=True, capture_output=True, text=True).stdout
                row.update(json.loads(out))
            rows.append(row)
            print(json.dumps(row), flush=True)
            db.unlink()
        keys = list(rows[0])
        print("\n" + " | ".join(keys))
        for row in rows:
            print(" | ".join(str(row[k]) for k in keys))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] in ("--build", "--query"):
        step = build if sys.argv[1] == "--build" else query
        print(json.dumps(step(int(sys.argv[2]), Path(sys.argv[3]))))
    else:
        main([int(a) for a in sys.argv[1:]] or [1000, 10000])
