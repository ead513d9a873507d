from doclint.rules.base import Option
from doclint.rules.meetings.speaking import ItemLimitRule


class OpeningRemarksTooLong(ItemLimitRule):
    """Opening remarks scheduled for more than 10 minutes.

    **What it checks**
    Agenda items of an invitation or conference programme whose text names the opening speech
    ("Phát biểu khai mạc", "Opening remarks", "Вступительное слово", "Åpning", "الكلمة
    الافتتاحية") and whose time — its own range ("8h00 - 8h20"), a written duration ("(20
    phút)") or the time until the next item starts — is over the limit.

    **Why**
    Conclusion 226-KL/TW §2.2: "opening remarks should not exceed 10 minutes, concluding remarks
    by leaders should not exceed 50 minutes in total; and presentations should not exceed 10
    minutes."

    **Example**
    Bad: `8h00 - 8h20 | Phát biểu khai mạc | Chủ tịch UBND tỉnh`.
    Fixed: `8h00 - 8h10 | Phát biểu khai mạc | Chủ tịch UBND tỉnh`.

    **Options**
    `max_minutes` (int, default 10): the longest opening speech allowed.
    """

    code = "DL601"
    name = "opening-remarks-too-long"
    options = {"max_minutes": Option(10, "longest opening speech in minutes")}
    role = "opening"
    label = "the opening remarks take"
