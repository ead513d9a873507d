"""Train the DL301 "personnel paragraph" classifier: `make models` or
`python -m doclint.training.train_personnel [--out DIR] [--all]`.

A blank multilingual spaCy pipeline ("xx") with a bag-of-words textcat (unigrams of folded
words, 2**16 hashed features: the model is well under 1 MB; unigrams scored better than bigrams
in 5-fold cross-validation on the training split). Trained on CPU with a fixed seed on the
training split only (the held-out split is for bench/eval_personnel.py); `--all` trains on
every paragraph instead. Same data, same seed -> the same weights.
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path
from typing import Any

from doclint.rules.personnel.classifier import LABEL, MODEL_NAME, model_text
from doclint.training.personnel_data import Example, load_examples, split

SEED = 7
EPOCHS = 20
BATCH = 8
HASH_LENGTH = 2 ** 16
OUT = Path(__file__).resolve().parents[2] / "models" / MODEL_NAME
TEXTCAT = {"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
                     "ngram_size": 1, "no_output_layer": False, "length": HASH_LENGTH}}


def build(examples: list[Example], *, seed: int = SEED, epochs: int = EPOCHS,
          verbose: bool = True) -> Any:
    """A trained spaCy pipeline (not saved): used by `main` and the cross-validation."""
    import spacy
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("xx")
    textcat = nlp.add_pipe("textcat", config=TEXTCAT)
    textcat.add_label(LABEL)
    textcat.add_label("OTHER")
    data = [SpacyExample.from_dict(nlp.make_doc(model_text(e.text)),
                                   {"cats": {LABEL: float(e.label), "OTHER": float(1 - e.label)}})
            for e in examples]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=BATCH):
            nlp.update(batch, sgd=optimizer, losses=losses)
        if verbose:
            print(f"epoch {epoch + 1:2d}  loss {losses.get('textcat', 0.0):.4f}")
    nlp.meta.update({"name": MODEL_NAME, "version": "1.0.0", "description":
                     "doclint DL301: is this paragraph about personnel matters?",
                     "labels": {"textcat": [LABEL, "OTHER"]}})
    return nlp


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--all", action="store_true", help="train on the held-out split too")
    args = parser.parse_args(argv)
    examples = load_examples()
    train_set, held_out = split(examples)
    chosen = examples if args.all else train_set
    print(f"{len(examples)} paragraphs: training on {len(chosen)}, {len(held_out)} held out")
    args.out.mkdir(parents=True, exist_ok=True)
    build(chosen).to_disk(args.out)
    print(f"model written to {args.out}")


if __name__ == "__main__":
    main()
