from __future__ import annotations

from typing import Iterable

from doclint.meetings.agenda import untimed_items
from doclint.model import Document, Finding, Severity
from doclint.rules.base import Context
from doclint.rules.meetings.base import MeetingRule


class AgendaWithoutTimes(MeetingRule):
    """The agenda gives no times, so speaking limits cannot be checked.

    **What it checks**
    A programme or invitation lists agenda items (opening, reports, discussion, conclusion) but
    not one of them carries a time, a range or a duration. The rule says so once instead of
    guessing how long each speech is; DL601–DL603 need the times.

    **Why**
    Conclusion 226-KL/TW §2.2 sets speaking times ("opening remarks should not exceed 10
    minutes … presentations should not exceed 10 minutes"); a programme without times cannot
    show that it keeps them.

    **Example**
    Bad: `1. Phát biểu khai mạc` / `2. Báo cáo kết quả` / `3. Thảo luận` / `4. Kết luận`.
    Fixed: `8h00 - 8h10: Phát biểu khai mạc` / `8h10 - 8h20: Báo cáo kết quả` / ….

    **Options**
    None.
    """

    code = "DL606"
    name = "agenda-without-times"
    severity = Severity.INFO

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        agenda = self.meeting(ctx).agenda
        if agenda.timed:
            return
        blocks = [i.block for i in agenda.items] or untimed_items(doc, ctx.lexicons)
        if len(blocks) >= 2:
            yield self.finding(blocks[0], f"the agenda lists {len(blocks)} items but gives no "
                               "time or duration for any of them; DL601–DL603 cannot check "
                               "the speaking limits of Conclusion 226-KL/TW §2.2",
                               evidence={"items": len(blocks)})
