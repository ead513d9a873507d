"""The labelled paragraphs of models/data/personnel/<lang>.tsv and their fixed held-out split."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from doclint.lang.normalize import fold

DATA_DIR = Path(__file__).resolve().parents[2] / "models" / "data" / "personnel"
HELD_OUT_SHARE = 4  # one paragraph in four is held out


@dataclass(frozen=True, slots=True)
class Example:
    lang: str
    label: int  # 1 = personnel paragraph
    text: str
    line: int


def load_examples(data_dir: Path = DATA_DIR) -> list[Example]:
    out: list[Example] = []
    for path in sorted(data_dir.glob("*.tsv")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            label, text = line.split("\t", 1)
            out.append(Example(path.stem, int(label), text.strip(), n))
    return out


def is_held_out(example: Example) -> bool:
    """Decided by a hash of the folded text, so adding paragraphs never reshuffles others."""
    digest = hashlib.sha1(fold(example.text).encode("utf-8")).digest()
    return digest[0] % HELD_OUT_SHARE == 0


def split(examples: list[Example]) -> tuple[list[Example], list[Example]]:
    train = [e for e in examples if not is_held_out(e)]
    test = [e for e in examples if is_held_out(e)]
    return train, test
