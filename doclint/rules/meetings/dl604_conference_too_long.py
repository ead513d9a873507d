from __future__ import annotations

from typing import Iterable

from doclint.model import Document, Finding
from doclint.rules.base import Context, Option
from doclint.rules.meetings.base import MeetingRule

_PURPOSE_NAMES = {"dissemination": "a conference disseminating resolutions and directives",
                  "professional": "a professional or technical conference",
                  "important": "an important conference needing discussion"}


class ConferenceTooLong(MeetingRule):
    """A conference longer than §2.2 allows for its purpose.

    **What it checks**
    The conference's purpose is read from its title and opening lines: disseminating
    resolutions, directives and policies ("Hội nghị quán triệt …"), professional or technical
    ("tập huấn", "chuyên đề", "training", "семинар", "fagsamling"), or an important conference
    that needs discussion ("tổng kết", "review"). Its length is the largest the document states:
    a count of days or sessions ("02 ngày", "02 buổi"), a date range, the time line's sessions
    ("sáng và chiều", "cả ngày") and the half-day sessions its timed agenda occupies. A
    conference whose purpose is not recognised is held to the longest limit.

    **Why**
    Conclusion 226-KL/TW §2.2: "Conferences for disseminating resolutions, directives and major
    policies shall not exceed half a day; professional and technical conferences shall not
    exceed one day; and important conferences of ministries, sectors and localities requiring
    discussion shall not exceed 1.5 days" (the Russian and Norwegian texts; the English summary
    leaves the figures out).

    **Example**
    Bad: `Hội nghị quán triệt Nghị quyết số 57-NQ/TW … Thời gian: cả ngày 15/12/2025`.
    Fixed: `… Thời gian: buổi sáng ngày 15/12/2025, từ 8h00 đến 11h00`.

    **Options**
    `max_days_dissemination` (float, default 0.5), `max_days_professional` (float, default 1.0),
    `max_days_important` (float, default 1.5): the longest conference of each purpose, in days.
    """

    code = "DL604"
    name = "conference-too-long"
    options = {"max_days_dissemination": Option(0.5, "days for a dissemination conference"),
               "max_days_professional": Option(1.0, "days for a professional conference"),
               "max_days_important": Option(1.5, "days for an important conference")}

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        meeting = self.meeting(ctx)
        if meeting.days is None:
            return
        purpose = meeting.purpose or "important"
        limit = ctx.option(self, f"max_days_{purpose}")
        if meeting.days > limit:
            block = meeting.days_evidence
            yield self.finding(
                block, f"{_PURPOSE_NAMES[purpose]} lasts {meeting.days:g} day(s); Conclusion "
                f"226-KL/TW §2.2 allows {limit:g}",
                evidence={"days": meeting.days, "limit": limit, "purpose": purpose,
                          "purpose_recognised": meeting.purpose is not None})
