"""Task tables: columns recognised from their header cells (column-<role>.txt lexicons), rows
read as tasks, section rows ("I. CẢI CÁCH THỂ CHẾ", merged across the table) read as headings.

A table is a task table when its header names a task column and a lead, cooperating or
deadline column. A table without its own header that has as many columns as the task table
before it continues that table (a table split over pages). A row without a number under a
numbered row, with its lead or deadline cell empty, continues that row (a PDF row broken over
lines or pages).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from doclint.lang.lexicon import Lexicons
from doclint.model import Block

# Checked in this order: "Cơ quan phối hợp" is cooperating before it is a lead-ish "cơ quan",
# "Thời gian hoàn thành" a deadline before "hoàn thành" reads as a task.
ROLES = ("number", "monitor", "cooperating", "lead", "deadline", "resources", "product", "task")
HEADER_ROWS = 3  # the header may follow a title row merged across the table
_SECTION_LABEL = re.compile(r"^\s*(?:[IVXLC]{1,6}|[A-ZĐ])\s*[.)]?\s*$")


@dataclass(frozen=True, slots=True)
class Columns:
    roles: dict[int, str]  # grid column -> role

    def values(self, row: Block) -> dict[str, str]:
        """Cell texts of a row by role (a role over several columns joins them)."""
        out: dict[str, list[str]] = {}
        for cell in row.cells:
            role = next((self.roles[c] for c in range(cell.col, cell.col + cell.span)
                         if c in self.roles), None)
            if role and cell.text.strip():
                out.setdefault(role, []).append(cell.text.strip())
        return {k: "\n".join(v) for k, v in out.items()}

    @property
    def width(self) -> int:
        return max(self.roles) + 1 if self.roles else 0


def header_columns(row: Block, lexicons: Lexicons, lang: str) -> Columns | None:
    roles: dict[int, str] = {}
    for cell in row.cells:
        text = cell.text.strip()
        if not text or len(text) > 80:
            continue
        for role in ROLES:
            if lexicons.get(lang, f"column-{role}").find(text):
                roles[cell.col] = role
                break
    found = set(roles.values())
    if "task" in found and found & {"lead", "cooperating", "deadline"}:
        return Columns(roles)
    return None


def find_columns(rows: list[Block], lexicons: Lexicons, lang: str,
                 previous: Columns | None) -> tuple[Columns | None, set[int]]:
    """The columns of a table and the indexes of its header rows."""
    for row in rows[:HEADER_ROWS]:
        cols = header_columns(row, lexicons, lang)
        if cols is not None:
            header = {r.index for r in rows[:rows.index(row) + 1]}
            # a repeated header row on a later page is a header too
            header |= {r.index for r in rows if r.text == row.text}
            return cols, header
    if previous is not None and rows and max(c.col + c.span for c in rows[0].cells) == previous.width:
        return previous, set()
    return None, set()


def is_section_row(row: Block, values: dict[str, str]) -> bool:
    """A heading row: one text merged across the table, or a label and a title alone."""
    texts = {c.text.strip() for c in row.cells if c.text.strip()}
    if len(texts) == 1 and (len(row.cells) == 1 or max(c.span for c in row.cells) > 1
                            or len([c for c in row.cells if c.text.strip()]) > 1):
        return True
    filled = set(values)
    if filled <= {"number", "task"} and "task" in filled:
        number = values.get("number", "")
        title = values["task"]
        letters = [c for c in title if c.isalpha()]
        upper = bool(letters) and all(c.isupper() for c in letters)
        return bool(_SECTION_LABEL.match(number)) or upper
    return False
