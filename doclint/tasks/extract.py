"""Task extraction: the tasks a document assigns, with owners, timings and resources.

Entry point: `extract_tasks(doc, ctx)`; rules call `ctx.analysis(extract_tasks)` so it runs
once per document. Three sources, in document order:

- "table": rows of task tables (doclint.tasks.tables); the lead, cooperating, deadline and
  budget columns are read cell by cell, the task cell for anything they leave out;
- "list": numbered paragraphs and bullets under a task heading (task-headings.txt: "Nhiệm vụ",
  "Tổ chức thực hiện", "Tasks", "Задачи", "Oppgaver", "المهام") or under a unit heading
  ("1. Sở Tư pháp:" followed by its items); an item that only titles the items under it
  ("1. Về công tác tuyên truyền") is a group heading, not a task;
- "sentence": elsewhere, a sentence that addresses a unit through a directive verb or lead
  marker ("Giao Sở Tài chính bố trí kinh phí …", "The Ministry of Finance shall …").

Inheritance (documented in docs/tasks.md): a task without a lead of its own takes the unit of
the group heading it sits under ("1. Sở Tư pháp:" → its bullets); a task without a timing of its
own takes the timing of its group heading, task heading or table section row ("II. NHIỆM VỤ
HOÀN THÀNH TRONG QUÝ I/2026"), marked `inherited`. The document header (place-date line, number,
title) and the boilerplate (doclint.boilerplate: salutation, recipients, signature) never give
tasks, owners or timings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from doclint.boilerplate import boilerplate_blocks
from doclint.lang.lexicon import Lexicons
from doclint.model import Block, BlockKind, Document
from doclint.parsers.structure import split_label
from doclint.tasks.model import Task, Timing
from doclint.tasks.owners import OwnerFinder
from doclint.tasks.tables import Columns, find_columns, is_section_row
from doclint.tasks.text import Words, sentences, strip_span
from doclint.tasks.timing import TimingFinder

if TYPE_CHECKING:
    from doclint.rules.base import Context

HEADING_WORDS = 14  # a title is short: "II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM NĂM 2026"
BODY_RANK = 9
SIGNATURE_WORDS = 5  # "Министр", "vụ trưởng vụ pháp chế", "وزير الموارد البشرية"
_ROMAN = re.compile(r"^[IVXLC]{1,6}[.)]?$")
_DECIMAL = re.compile(r"^\d{1,3}((?:\.\d{1,3})*)[.)]?$")
_LETTER = re.compile(r"^(?:\(?[a-zđ\d]{1,3}\)|[a-zđ][.)])$")


def extract_tasks(doc: Document, ctx: "Context") -> list[Task]:
    """The tasks `doc` assigns, in document order (see the module docstring)."""
    return list(_Extractor(doc, ctx.lexicons).run())


@dataclass
class _Group:
    """An open heading or group item that tasks below it belong to."""

    rank: int
    text: str
    leads: tuple[str, ...] = ()
    timings: tuple[Timing, ...] = ()
    tasks: bool = False  # a task heading: its items are tasks


def rank(block: Block) -> int:
    """Outline depth: I. < 1. < 1.1. < a) < - < +; unlabelled paragraphs are body text."""
    label = (block.number or "").strip()
    if not label and block.kind is BlockKind.HEADING:
        label = (split_label(block.text)[0] or "").strip()  # "## II. NHIỆM VỤ" in Markdown
    if label:
        if _ROMAN.match(label):
            return 0
        if m := _DECIMAL.match(label):
            return 1 + m.group(1).count(".")
        if _LETTER.match(label):
            return 4
        return 6 if label in "+*◦·▪" else 5
    if block.kind is BlockKind.HEADING:  # unlabelled: Heading 1 and 2 open top sections
        return max((block.level or 1) - 2, 0)
    if block.kind is BlockKind.LIST_ITEM:
        return 1 + 2 * (block.level or 0)
    return BODY_RANK


def body_text(block: Block) -> str:
    """The block's text without a typed list label ("1.", "a)", "-")."""
    label, rest = split_label(block.text)
    return rest if label is not None and block.number and label.strip() == block.number.strip() \
        else block.text


class _Extractor:
    def __init__(self, doc: Document, lexicons: Lexicons) -> None:
        self.doc = doc
        lang = doc.language
        self.owners = OwnerFinder(lexicons, lang)
        self.timings = TimingFinder(lexicons, lang)
        self.headings = lexicons.get(lang, "task-headings")
        self.resources = lexicons.get(lang, "resources")
        self.not_task = lexicons.get(lang, "not-task")
        self.lead_ins = lexicons.get(lang, "task-lead-ins")
        self.directives = [lexicons.get(lang, "directive-verbs"), lexicons.get(lang, "lead-markers")]
        self.lexicons = lexicons
        self.skip = boilerplate_blocks(doc, lexicons)
        self.title_blocks = {b.index for b in doc.body() if b.text and b.text in
                             (doc.metadata.title, doc.metadata.type_line)}

    # -- helpers ---------------------------------------------------------------------------
    def resource_cues(self, text: str) -> tuple[str, ...]:
        w = Words(text)
        return tuple(dict.fromkeys(strip_span(w.span(h.start, h.end)) for h in w.find(self.resources)))

    def is_task_heading(self, text: str) -> bool:
        """A task heading names tasks first ("Nhiệm vụ …"), maybe after an ordinal word
        ("ثانيا: المهام")."""
        return len(text.split()) <= HEADING_WORDS and any(m.start <= 1 for m in self.headings.find(text))

    def looks_like_title(self, block: Block, text: str) -> bool:
        if block.kind is BlockKind.HEADING:
            return True
        return len(text.split()) <= HEADING_WORDS and not text.rstrip().endswith((".", ";", ".\u201d"))

    def analyse(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[Timing, ...], tuple[str, ...]]:
        owners = self.owners.analyse(text)
        return owners.leads, owners.cooperating, self.timings.in_text(text), self.resource_cues(text)

    def names_only(self, text: str) -> bool:
        """A line that is nothing but a unit or title ("Министр", "kommunedirektør"): a
        signature or a label, not a task."""
        if len(text.split()) > SIGNATURE_WORDS:
            return False
        rest = text
        for lead in self.owners.analyse(text).leads:
            rest = rest.replace(lead, " ", 1)
        return not re.search(r"\w{2,}", rest)

    def timing_only(self, text: str) -> bool:
        """A line that is nothing but a timing ("12 January 2026", "Quý II/2026"): a date line
        or a label, not a task."""
        rest = text
        for t in self.timings.in_text(text):
            rest = rest.replace(t.text, " ", 1)
        return not re.search(r"[^\W\d_]{2,}", rest)

    def is_lead_in(self, text: str, nxt: Block | None) -> bool:
        """A paragraph that introduces the list of tasks below it ("Chủ tịch UBND tỉnh yêu
        cầu:", "The Chairman directs:", "постановляет:", "تقرر ما يلي:")."""
        return (nxt is not None and rank(nxt) < BODY_RANK and text.rstrip().endswith(":")
                and bool(self.lead_ins.find(text)))

    def addressed(self, text: str) -> bool:
        """A sentence that names a lead through a directive verb or lead marker."""
        return any(lex.find(text) for lex in self.directives) and bool(self.owners.analyse(text).leads)

    # -- walk ------------------------------------------------------------------------------
    def run(self) -> Iterator[Task]:
        stack: list[_Group] = []
        blocks = [b for b in self.doc.body() if b.index not in self.skip]
        tables = self.doc.tables()
        seen_tables: set[int] = set()
        previous_columns: Columns | None = None
        for pos, block in enumerate(blocks):
            if block.kind is BlockKind.TABLE_ROW:
                t = block.location.table
                if t is None or t in seen_tables:
                    continue
                seen_tables.add(t)
                rows = [r for r in tables.get(t, []) if r.index not in self.skip]
                columns, header = find_columns(rows, self.lexicons, self.doc.language, previous_columns)
                if columns is not None:
                    previous_columns = columns
                    yield from self.table_tasks(rows, columns, header, stack)
                continue
            text = body_text(block)
            nxt = next((b for b in blocks[pos + 1:] if b.kind is not BlockKind.TABLE_ROW), None)
            # a lead-in read as the title when the document has none ("… تقرر ما يلي:") still leads in
            if not text.strip() or (block.index in self.title_blocks and not self.is_task_heading(text)
                                    and not self.is_lead_in(text, nxt)):
                continue
            r = rank(block)
            while stack and stack[-1].rank >= r:
                stack.pop()
            has_children = nxt is not None and rank(nxt) > r and r < BODY_RANK
            in_tasks = any(g.tasks for g in stack)
            if self.looks_like_title(block, text) and (has_children or block.kind is BlockKind.HEADING):
                stack.append(self.group(block, text, r))
                continue
            if r == BODY_RANK and self.looks_like_title(block, text) and self.is_task_heading(text):
                stack.clear()  # an unlabelled task heading in plain paragraphs: a top section
                stack.append(self.group(block, text, 0))
                continue
            if r == BODY_RANK and not in_tasks and self.is_lead_in(text, nxt):
                stack.clear()  # the lead-in of a directive: the items below are its tasks
                stack.append(_Group(0, text, tasks=True))
                continue
            if self.not_task.find(text) or self.names_only(text) or self.timing_only(text):
                continue
            under_unit = any(g.leads for g in stack)
            if (in_tasks or under_unit) and (r < BODY_RANK or self.addressed(text)
                                               or self.owners.analyse(text).leads):
                yield self.task(block, block.text, text, stack, "list")
                continue
            for start, end in sentences(block.text):
                sentence = block.text[start:end]
                if self.addressed(sentence) and not self.not_task.find(sentence):
                    yield self.task(block, sentence.strip(), sentence, stack, "sentence")

    def group(self, block: Block, text: str, r: int) -> _Group:
        """A heading or group item: a task heading, a unit heading, or a topic."""
        is_tasks = self.is_task_heading(text)
        leads = () if is_tasks else self.owners.analyse(text).leads
        timings = tuple(Timing(t.text, t.cls, t.date, inherited=True)
                        for t in self.timings.in_text(text) if t.cls != "vague")
        return _Group(r, text, leads, timings, is_tasks)

    def task(self, block: Block, excerpt: str, text: str, stack: list[_Group], source: str) -> Task:
        leads, coop, timings, resources = self.analyse(text)
        if not leads:
            leads = next((g.leads for g in reversed(stack) if g.leads), ())
        if not timings:
            timings = next((g.timings for g in reversed(stack) if g.timings), ())
        section = next((g.text for g in reversed(stack)), None)
        return Task(block, excerpt, leads, coop, timings, resources, section, source)

    def table_tasks(self, rows: list[Block], columns: Columns, header: set[int],
                    stack: list[_Group]) -> Iterator[Task]:
        section: str | None = next((g.text for g in reversed(stack)), None)
        section_timings: tuple[Timing, ...] = ()
        numbered = "number" in columns.roles.values()
        pending: list[tuple[Block, dict[str, str]]] = []  # a row and the rows continuing it
        for row in rows:
            if row.index in header:
                continue
            values = columns.values(row)
            if not values:
                continue
            if is_section_row(row, values):
                if pending:
                    yield self.row_task(pending, section, section_timings)
                    pending = []
                section = strip_span(values.get("task") or row.text)
                section_timings = tuple(Timing(t.text, t.cls, t.date, inherited=True)
                                        for t in self.timings.in_text(row.text) if t.cls != "vague")
                continue
            if (pending and numbered and not values.get("number")
                    and (not values.get("lead") or not values.get("deadline"))):
                pending.append((row, values))
                continue
            if pending:
                yield self.row_task(pending, section, section_timings)
            pending = [(row, values)]
        if pending:
            yield self.row_task(pending, section, section_timings)

    def row_task(self, parts: list[tuple[Block, dict[str, str]]], section: str | None,
                 section_timings: tuple[Timing, ...]) -> Task:
        """A task from a row, or from a row and the rows that continue it (broken over pages)."""
        values: dict[str, str] = {}
        for _, part in parts:
            for role, text in part.items():
                values[role] = f"{values[role]}\n{text}" if role in values else text
        task_text = values.get("task", "")
        if values.get("lead"):
            lead_owners = self.owners.analyse(values["lead"], cell=True)
        else:
            lead_owners = self.owners.analyse(task_text)
        leads, coop = lead_owners.leads, lead_owners.cooperating
        if values.get("cooperating"):
            coop += self.owners.analyse(values["cooperating"], cell=True).leads
        timings = self.timings.in_cell(values["deadline"]) if values.get("deadline") else ()
        timings = timings or self.timings.in_text(task_text) or section_timings
        resources = self.resource_cues(task_text)
        if values.get("resources") and any(c.isalnum() for c in values["resources"]):
            resources += (strip_span(values["resources"]),)
        text = "\n".join(row.text for row, _ in parts)
        return Task(parts[0][0], text, tuple(dict.fromkeys(leads)), tuple(dict.fromkeys(coop)),
                    timings, resources, section, "table")
