"""Kind accuracy on the realistic set (bench/realistic/).

    .venv/bin/python bench/eval_kinds.py

The labels do not give kinds, so the expected kind is read from what each document is by its
type line, as a reader would name it; the table below is that reading, written once per file
name pattern. Prints accuracy per set and every disagreement.
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "realistic"))

import make_set  # noqa: E402

from doclint.config import Settings  # noqa: E402
from doclint.engine import Engine  # noqa: E402

# file-name slug -> the kind its type line names (first match wins)
EXPECTED = [
    (r"quyet-dinh-bo-nhiem|prikaz-naznach", "personnel-decision"),
    (r"ke-hoach|plan|khitta|handlingsplan|tiltaksplan|programma-meropr|chuong-trinh", "plan"),
    (r"chi-thi|directive|taamim|prikaz|poruch|rundskriv|direktiv|quyet-dinh|vedtak|qarar", "directive"),
    (r"huong-dan|guidance|guideline|veileder|metodich|instrukc|dalil|quy-trinh", "technical"),
    (r"bao-cao|report|otchet|rapport|taqrir", "report"),
    (r"giay-moi|programme|programma-sovesh|barnamaj|invitation|innkalling", "invitation"),
    (r"cong-van|memo|pismo|letter|brev", "letter"),
]


def expected(name: str) -> str | None:
    return next((kind for pattern, kind in EXPECTED if re.search(pattern, name)), None)


def score(paths: list[Path], label: str) -> None:
    engine = Engine(Settings(select=("DL902",)))
    right, judged, wrong = 0, 0, []
    for path in paths:
        want = expected(path.name)
        if want is None:
            continue
        got = engine.check_file(path).kind
        judged += 1
        right += got == want
        if got != want:
            wrong.append(f"  {path.name}: {got} (expected {want})")
    print(f"{label}: kind accuracy {right}/{judged} = {right / max(judged, 1):.1%}")
    print("\n".join(wrong))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        make_set.build(Path(tmp), hostile=False)
        score(sorted((Path(tmp) / "set").iterdir()), "realistic set")


if __name__ == "__main__":
    main()
