"""What task extraction returns: one Task per assigned task, with its owners, timings and
resources. Frozen dataclasses, so rules and the reports rules can share them freely."""
from __future__ import annotations

from dataclasses import dataclass

from doclint.model import Block

TIMING_CLASSES = ("concrete", "periodic", "vague", "reference")


@dataclass(frozen=True, slots=True)
class Timing:
    """A timing as written ("trước ngày 30/6/2026", "Hằng năm", "Thường xuyên").

    cls is "concrete" (a date or bounded period), "periodic" (a recurring schedule), "vague"
    (no date: "kịp thời", "as soon as possible") or "reference" (set by a rule or an event:
    "Theo Điều 17 Nghị định 52/2015/NĐ-CP", "Ngay sau khi có Nghị quyết"). `date` is the ISO
    date when the text names a full day, else None.
    """

    text: str
    cls: str
    date: str | None = None
    inherited: bool = False  # taken from the section heading or table section row above


@dataclass(frozen=True, slots=True)
class Task:
    """One task a document assigns.

    text: the task's own text as written (a sentence, a list item, or a table row's text);
    leads / cooperating: unit or person names as written; section: the heading the task sits
    under (None outside a section); source: "list", "table" or "sentence".
    """

    block: Block
    text: str
    leads: tuple[str, ...]
    cooperating: tuple[str, ...]
    timings: tuple[Timing, ...]
    resources: tuple[str, ...]
    section: str | None
    source: str

    @property
    def timing_classes(self) -> frozenset[str]:
        return frozenset(t.cls for t in self.timings)

    @property
    def has_firm_timing(self) -> bool:
        """A timing that is not vague: a date, a period, a schedule or a reference."""
        return any(t.cls != "vague" for t in self.timings)
