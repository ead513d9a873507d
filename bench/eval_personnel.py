"""DL301: lexicon baseline vs trained classifier on the held-out paragraphs, per language.

    .venv/bin/python bench/eval_personnel.py [--misses] [--threshold 0.7] [--cv 5] [--fresh]

Prints precision/recall/F1 per language and overall for: the lexicon cues alone, the model
alone, either of them (lexicon OR model) and both (lexicon AND model); --misses lists the
held-out paragraphs each method gets wrong. The model is the shipped one in models/, which
`make models` trains on the training split only. --fresh scores bench/data/personnel_fresh.tsv
instead: paragraphs written after the method and threshold were chosen (a generalisation check).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from doclint.lang.lexicon import Lexicons  # noqa: E402
from doclint.rules.personnel.classifier import LABEL, load_classifier, model_text  # noqa: E402
from doclint.rules.personnel.cues import names_personnel, personnel_cues  # noqa: E402
from doclint.training.personnel_data import Example, load_examples, split  # noqa: E402
from doclint.training.train_personnel import build  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
FRESH = Path(__file__).resolve().parent / "data" / "personnel_fresh.tsv"


def load_fresh(path: Path = FRESH) -> list[Example]:
    """lang<TAB>label<TAB>paragraph lines, `#` comments."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            lang, label, text = line.split("\t", 2)
            out.append(Example(lang, int(label), text.strip(), n))
    return out


def prf(pairs: list[tuple[int, bool]]) -> tuple[float, float, float, int, int]:
    tp = sum(1 for gold, pred in pairs if gold and pred)
    fp = sum(1 for gold, pred in pairs if not gold and pred)
    fn = sum(1 for gold, pred in pairs if gold and not pred)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, fp, fn


def out_of_fold_scores(train: list[Example], folds: int) -> list[float]:
    """Each training paragraph scored by a model trained on the other folds."""
    scores = [0.0] * len(train)
    for k in range(folds):
        fit = [e for i, e in enumerate(train) if i % folds != k]
        nlp = build(fit, verbose=False)
        idx = [i for i in range(len(train)) if i % folds == k]
        for i, doc in zip(idx, nlp.pipe([model_text(train[i].text) for i in idx])):
            scores[i] = doc.cats[LABEL]
    return scores


def cross_validate(train: list[Example], lexicons: Lexicons, folds: int) -> None:
    """Choose the combination and threshold on the training split only (k-fold)."""
    scores = out_of_fold_scores(train, folds)
    lexicon = [bool(personnel_cues(e.text, e.lang, lexicons)) for e in train]
    print(f"{folds}-fold cross-validation on the training split ({len(train)} paragraphs)")
    print(f"{'method':26} {'P':>6} {'R':>6} {'F1':>6} {'FP':>3} {'FN':>3}")
    p, r, f, fp, fn = prf([(e.label, x) for e, x in zip(train, lexicon)])
    print(f"{'lexicon':26} {p:6.3f} {r:6.3f} {f:6.3f} {fp:3d} {fn:3d}")
    for t in THRESHOLDS:
        for name, preds in (("model", [s >= t for s in scores]),
                            ("lexicon OR model", [a or s >= t for a, s in zip(lexicon, scores)])):
            p, r, f, fp, fn = prf([(e.label, x) for e, x in zip(train, preds)])
            print(f"{name + f' >= {t}':26} {p:6.3f} {r:6.3f} {f:6.3f} {fp:3d} {fn:3d}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--threshold", type=float, default=0.7)
    parser.add_argument("--split", choices=("held-out", "train", "all"), default="held-out")
    parser.add_argument("--fresh", action="store_true",
                        help="score bench/data/personnel_fresh.tsv (written after choosing)")
    parser.add_argument("--cv", type=int, default=0, metavar="K",
                        help="k-fold cross-validation on the training split instead")
    args = parser.parse_args()
    examples = load_examples()
    train, held_out = split(examples)
    if args.cv:
        cross_validate(train, Lexicons(), args.cv)
        return
    chosen = load_fresh() if args.fresh else \
        {"held-out": held_out, "train": train, "all": examples}[args.split]
    if args.fresh:
        args.split = "fresh"
    lexicons = Lexicons()
    start = time.perf_counter()
    import spacy  # noqa: F401  (timed apart: every spaCy pipeline pays it once per process)
    loaded = time.perf_counter()
    classifier = load_classifier()
    if classifier is None:
        sys.exit("no model in models/personnel_textcat: run `make models`")
    size = sum(p.stat().st_size for p in classifier.path.rglob("*") if p.is_file())
    print(f"model {classifier.path}: {size / 2 ** 20:.2f} MiB; import spacy "
          f"{loaded - start:.2f} s, load model {time.perf_counter() - loaded:.2f} s")
    scores = classifier.scores([e.text for e in chosen])
    lexicon = [bool(personnel_cues(e.text, e.lang, lexicons)) for e in chosen]
    model = [s >= args.threshold for s in scores]
    methods = {"lexicon": lexicon, "model": model,
               "lexicon OR model": [a or b for a, b in zip(lexicon, model)],
               "lexicon AND model": [a and b for a, b in zip(lexicon, model)],
               # what DL301 "combined" flags: a model-only hit needs people named in the paragraph
               "DL301 combined": [a or (b and names_personnel(e.text, e.lang, lexicons))
                                  for a, b, e in zip(lexicon, model, chosen)]}
    langs = sorted({e.lang for e in chosen})
    pos = sum(e.label for e in chosen)
    print(f"{args.split} split: {len(chosen)} paragraphs ({pos} personnel, {len(chosen) - pos} not);"
          f" training split {len(train)}; threshold {args.threshold}")
    print(f"{'method':18} {'lang':4} {'n':>3} {'P':>6} {'R':>6} {'F1':>6} {'FP':>3} {'FN':>3}")
    for name, preds in methods.items():
        for lang in [*langs, "all"]:
            pairs = [(e.label, p) for e, p in zip(chosen, preds) if lang in ("all", e.lang)]
            p, r, f, fp, fn = prf(pairs)
            print(f"{name:18} {lang:4} {len(pairs):3d} {p:6.3f} {r:6.3f} {f:6.3f} {fp:3d} {fn:3d}")
    if args.misses:
        for name, preds in methods.items():
            print(f"\n== {name}: misses")
            for e, pred, score in zip(chosen, preds, scores):
                if bool(e.label) != pred:
                    kind = "FN" if e.label else "FP"
                    print(f"  {kind} {e.lang} score={score:.2f} {e.text[:110]}")


if __name__ == "__main__":
    main()
