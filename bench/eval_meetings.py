"""Precision and recall of DL6xx/DL7xx on the labelled sets tests/data/meetings and
tests/data/reports (labels.json: file -> expected codes, repeated once per finding).

Run: .venv/bin/python bench/eval_meetings.py
"""
from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from doclint.config import Settings
from doclint.engine import Engine

ROOT = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = {"meetings": "DL6", "reports": "DL7"}


def main() -> None:
    for folder, family in SETS.items():
        labels = json.loads((ROOT / folder / "labels.json").read_text(encoding="utf-8"))
        engine = Engine(Settings(select=(family,)))
        tp = fp = fn = 0
        started = time.perf_counter()
        for name, expected in sorted(labels.items()):
            result = engine.check_file(ROOT / folder / name)
            got = Counter(f.code for f in result.findings)
            want = Counter(expected)
            hit = sum((got & want).values())
            tp, fp, fn = tp + hit, fp + sum(got.values()) - hit, fn + sum(want.values()) - hit
            if got != want:
                print(f"  {folder}/{name}: expected {sorted(want.elements())}, "
                      f"got {sorted(got.elements())}")
        elapsed = (time.perf_counter() - started) / max(1, len(labels)) * 1000
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"{folder}: {len(labels)} documents, {tp + fn} labelled findings; "
              f"precision {precision:.2f}, recall {recall:.2f} ({tp} TP, {fp} FP, {fn} FN); "
              f"{elapsed:.1f} ms/document")


if __name__ == "__main__":
    main()
