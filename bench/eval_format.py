"""Precision and recall of DL401–DL408 on the labelled drafts of tests/format_drafts.py.

Every correct draft and every one-defect variant is written as DOCX, PDF and text (layout
defects as DOCX only) into a temporary folder and checked with the DL4xx rules; the codes
raised are compared with the labels. Prints totals, per-rule and per-format figures and every
mismatch. Run: .venv/bin/python bench/eval_format.py [--issued]
"""
from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from format_drafts import DEFECTS, DRAFTS, HELD_OUT, HELD_OUT_DEFECTS, labelled  # noqa: E402

from doclint.config import Settings  # noqa: E402
from doclint.engine import Engine  # noqa: E402


def _figures(tp: int, fp: int, fn: int) -> str:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return f"precision {precision:.2f}, recall {recall:.2f} ({tp} TP, {fp} FP, {fn} FN)"


def main() -> int:
    engine = Engine(Settings(select=("DL4",)))
    for title, drafts in (("tuning set", DRAFTS + DEFECTS), ("held-out set", HELD_OUT + HELD_OUT_DEFECTS)):
        print(f"== {title}")
        evaluate(engine, drafts)
    return 0


def evaluate(engine: Engine, drafts: list) -> None:  # type: ignore[type-arg]
    per_rule: dict[str, Counter] = {}
    per_format: dict[str, Counter] = {}
    clean = dirty = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        files = labelled(Path(tmp), drafts)
        for path, draft in files:
            result = engine.check_file(path)
            got = Counter(f.code for f in result.findings)
            want = Counter(draft.expected)
            for code in set(got) | set(want):
                hit = min(got[code], want[code])
                c = per_rule.setdefault(code, Counter())
                c["tp"] += hit
                c["fp"] += got[code] - hit
                c["fn"] += want[code] - hit
                f = per_format.setdefault(path.suffix, Counter())
                f["tp"] += hit
                f["fp"] += got[code] - hit
                f["fn"] += want[code] - hit
            if not draft.expected:
                clean += 1
                dirty += bool(got)
            if got != want:
                print(f"  {path.name}: expected {sorted(want.elements())}, got "
                      f"{sorted(got.elements())}: "
                      + "; ".join(f"{f.code} {f.message}" for f in result.findings))
    elapsed = (time.perf_counter() - started) / len(files) * 1000
    total = sum(per_rule.values(), Counter())
    correct = sum(1 for d in drafts if not d.expected)
    print(f"{correct} correct drafts and {len(drafts) - correct} one-defect variants -> "
          f"{len(files)} files; {elapsed:.0f} ms/file (parse + DL4xx)")
    print(f"correct files with any DL4xx finding: {dirty} of {clean}")
    print(f"all DL4xx: {_figures(total['tp'], total['fp'], total['fn'])}")
    for code in sorted(per_rule):
        c = per_rule[code]
        print(f"  {code}: {_figures(c['tp'], c['fp'], c['fn'])}")
    for fmt in sorted(per_format):
        c = per_format[fmt]
        print(f"  {fmt}: {_figures(c['tp'], c['fp'], c['fn'])}")


if __name__ == "__main__":
    sys.exit(main())
