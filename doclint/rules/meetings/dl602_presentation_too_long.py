from doclint.rules.base import Option
from doclint.rules.meetings.speaking import ItemLimitRule


class PresentationTooLong(ItemLimitRule):
    """A presentation, report or paper scheduled for more than 10 minutes.

    **What it checks**
    Agenda items that present a report or paper ("Báo cáo", "Tham luận", "Presentation",
    "Доклад", "Innlegg", "عرض") and last longer than the limit, by their own time range, a
    written duration or the time until the next item starts. Lectures that disseminate a
    resolution ("Quán triệt Nghị quyết") are the substance of their conference and are not
    counted as presentations.

    **Why**
    Conclusion 226-KL/TW §2.2: "Speeches at conferences should be concise, focused … opening
    remarks should not exceed 10 minutes … and presentations should not exceed 10 minutes."

    **Example**
    Bad: `9h00 - 9h30: Báo cáo kết quả thực hiện năm 2025 (Sở Tài chính)`.
    Fixed: `9h00 - 9h10: Báo cáo kết quả thực hiện năm 2025 (Sở Tài chính)`.

    **Options**
    `max_minutes` (int, default 10): the longest presentation allowed.
    """

    code = "DL602"
    name = "presentation-too-long"
    options = {"max_minutes": Option(10, "longest presentation in minutes")}
    role = "presentation"
    label = "the presentation takes"
