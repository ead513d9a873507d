"""Task extraction shared by the concretization rules (DL201–DL206) and the reports rules.

Stable API:
    extract_tasks(doc, ctx) -> list[Task]      call it as ctx.analysis(extract_tasks)
    Task(block, text, leads, cooperating, timings, resources, section, source)
    Timing(text, cls, date, inherited)         cls: concrete | periodic | vague | reference
    TimingFinder(lexicons, lang).in_text(text) / .in_cell(text)   timings of any text
    OwnerFinder(lexicons, lang).analyse(text)  leads and cooperating units of any text

A report's "next tasks" section is found like any task section; filter on Task.section.
"""
from doclint.tasks.extract import extract_tasks
from doclint.tasks.model import Task, Timing

__all__ = ["Task", "Timing", "extract_tasks"]
