"""The trained "personnel paragraph" text classifier of DL301 (models/personnel_textcat).

A spaCy blank multilingual pipeline with a bag-of-words `textcat`, trained by
`make models` (doclint.training.train_personnel). spaCy costs about a second to import, so
this module imports it only when DL301 actually scores a technical document, and loads the
model once per process. Paragraphs are normalised by `model_text` both in training and here,
so the model sees folded words (case, diacritics, Arabic letter variants ignored).
"""
from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from doclint.lang.normalize import word_spans

MODEL_NAME = "personnel_textcat"
LABEL = "PERSONNEL"
_AR_ARTICLE = ("وال", "بال", "كال", "فال", "لل", "ال")


def model_text(text: str) -> str:
    """What the model reads: folded words, numbers as "0", Arabic articles split off."""
    out = []
    for token, _, _ in word_spans(text):
        if any(ch.isdigit() for ch in token):
            token = "0"
        elif token[:1] and "\u0600" <= token[0] <= "\u06ff":
            for article in _AR_ARTICLE:
                if token.startswith(article) and len(token) > len(article) + 2:
                    token = token[len(article):]
                    break
        out.append(token)
    return " ".join(out)


def model_dirs() -> list[Path]:
    """Where the shipped model is looked for, first hit wins: $DOCLINT_MODELS, the source
    tree's models/ (checkouts and editable installs), <prefix>/share/doclint/models."""
    dirs = [Path(p) for p in os.environ.get("DOCLINT_MODELS", "").split(os.pathsep) if p]
    dirs.append(Path(__file__).resolve().parents[3] / "models")
    dirs.append(Path(sys.prefix) / "share" / "doclint" / "models")
    return dirs


def find_model(explicit: str = "") -> Path | None:
    candidates = [Path(explicit)] if explicit else [d / MODEL_NAME for d in model_dirs()]
    return next((p for p in candidates if (p / "config.cfg").is_file()), None)


class PersonnelClassifier:
    """P(personnel) for paragraphs; `strongest_word` names the word the score rests on."""

    def __init__(self, path: Path) -> None:
        import spacy

        self.path = path
        self.nlp: Any = spacy.load(path)

    def scores(self, texts: Sequence[str]) -> list[float]:
        docs = self.nlp.pipe([model_text(t) for t in texts], batch_size=64)
        return [float(doc.cats.get(LABEL, 0.0)) for doc in docs]

    def strongest_word(self, text: str) -> str:
        """The paragraph's own word whose removal lowers the score most (the cue to quote)."""
        spans = word_spans(text)
        if not spans:
            return ""
        variants = [text[:start] + text[end:] for _, start, end in spans]
        base = self.scores([text])[0]
        drops = [base - s for s in self.scores(variants)]
        best = max(range(len(spans)), key=lambda i: drops[i])
        return text[spans[best][1]:spans[best][2]]


@lru_cache(maxsize=4)
def load_classifier(explicit: str = "") -> PersonnelClassifier | None:
    """The classifier, loaded once per process; None when no model is installed."""
    path = find_model(explicit)
    return PersonnelClassifier(path) if path is not None else None
