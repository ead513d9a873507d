from __future__ import annotations

from typing import Iterable

from doclint.model import Document, Finding
from doclint.rules.base import Context, Option
from doclint.rules.meetings.base import MeetingRule


class ConcludingRemarksTooLong(MeetingRule):
    """Leaders' concluding and directing remarks over 50 minutes in total.

    **What it checks**
    Adds up the minutes of every agenda item that is a leader's concluding, directing or
    closing speech ("Phát biểu kết luận", "Phát biểu chỉ đạo", "Concluding remarks",
    "Заключительное слово", "Avslutning", "الكلمة الختامية") and reports once, on the last of
    them, when the total is over the limit.

    **Why**
    Conclusion 226-KL/TW §2.2: "concluding remarks by leaders should not exceed 50 minutes in
    total".

    **Example**
    Bad: `10h30 - 11h00 Phát biểu chỉ đạo` and `11h00 - 11h30 Phát biểu kết luận` (60 minutes).
    Fixed: `10h30 - 10h50 Phát biểu chỉ đạo` and `10h50 - 11h20 Phát biểu kết luận` (50).

    **Options**
    `max_minutes` (int, default 50): the longest total of leaders' concluding remarks.
    """

    code = "DL603"
    name = "concluding-remarks-too-long"
    options = {"max_minutes": Option(50, "longest total of concluding remarks in minutes")}

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        limit = ctx.option(self, "max_minutes")
        items = [i for i in self.meeting(ctx).agenda.items
                 if i.role == "closing" and i.minutes is not None]
        total = sum(i.minutes or 0 for i in items)
        if items and total > limit:
            last = items[-1]
            yield self.finding(
                last.block, f"leaders' concluding remarks take {total} minutes in total "
                f"({len(items)} item(s)); Conclusion 226-KL/TW §2.2 allows {limit}",
                excerpt=last.excerpt,
                evidence={"minutes": total, "limit": limit,
                          "items": [{"block": i.block.index, "minutes": i.minutes,
                                     "inferred": i.inferred} for i in items]})
