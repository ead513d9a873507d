"""The copy engine: corpus folders, the on-disk index, retrieval and passage alignment.

- documents.py  what a corpus document is (header facts, corpus.toml overrides)
- tokens.py     folded token streams of substantive text, mapped back to blocks
- fingerprint.py winnowed k-gram fingerprints
- retrieval.py  the Retriever protocol and the SQLite fingerprint backend
- align.py      seed-and-chain alignment scored with rapidfuzz
- passages.py   copied passages of a draft, credited to the best source
- index.py      the SQLite index, synced incrementally with the folders
- peers.py      near-duplicate pairs within an archive (DL103)
- service.py    `open_corpus(settings)`, the service rules ask for
"""
