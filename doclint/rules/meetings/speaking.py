"""Speaking-time checks shared by DL601 and DL602: agenda items of one role over a limit."""
from __future__ import annotations

from typing import Iterable

from doclint.model import Document, Finding
from doclint.rules.base import Context
from doclint.rules.meetings.base import MeetingRule


class ItemLimitRule(MeetingRule):
    """Flags each agenda item of `role` whose minutes exceed the `max_minutes` option."""

    role: str
    label: str  # how the message names the item

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        limit = ctx.option(self, "max_minutes")
        for item in self.meeting(ctx).agenda.items:
            if item.role == self.role and item.minutes is not None and item.minutes > limit:
                how = " (until the next item starts)" if item.inferred else ""
                yield self.finding(
                    item.block, f"{self.label} {item.minutes} minutes{how}; Conclusion "
                    f"226-KL/TW §2.2 allows {limit}", excerpt=item.excerpt,
                    evidence={"minutes": item.minutes, "limit": limit, "inferred": item.inferred,
                              "role": item.role})
