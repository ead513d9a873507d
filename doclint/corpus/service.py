"""The "corpus" service rules ask for (engine.SERVICES): the shipped corpus plus the folders of
the settings (config key `corpus`, `--corpus DIR`), indexed and in step with the files.

The shipped corpus is the repository's top-level `corpus/` folder (found next to the package in
a source checkout or an editable install, which `make` uses); a wheel installs it under
`<prefix>/share/doclint/corpus`. DOCLINT_CORPUS_DIR points elsewhere (tests use a copy).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from doclint.config import Settings
from doclint.corpus.index import CorpusIndex, open_index


def shipped_corpus_dir() -> Path:
    if os.environ.get("DOCLINT_CORPUS_DIR"):
        return Path(os.environ["DOCLINT_CORPUS_DIR"])
    checkout = Path(__file__).resolve().parents[2] / "corpus"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "doclint" / "corpus"


def corpus_folders(settings: Settings) -> list[Path]:
    folders = [shipped_corpus_dir(), *(Path(c) for c in settings.corpus)]
    unique: dict[str, Path] = {}
    for f in folders:
        unique.setdefault(str(f.resolve()), f)
    return list(unique.values())


def open_corpus(settings: Settings) -> CorpusIndex:
    """The index of the shipped corpus and the configured folders, synced."""
    return open_index(corpus_folders(settings))
