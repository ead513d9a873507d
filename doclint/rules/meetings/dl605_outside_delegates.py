from __future__ import annotations

from typing import Iterable

from doclint.meetings.facts import title_text
from doclint.meetings.invitees import outsiders
from doclint.model import Document, Finding
from doclint.rules.base import Context
from doclint.rules.meetings.base import MeetingRule

_WHAT = {"central": "central-level bodies", "other-sector": "other ministries or sectors",
         "other-locality": "other provinces or localities"}


class OutsideDelegates(MeetingRule):
    """An internal conference of a ministry or province that invites outside delegates.

    **What it checks**
    When the issuer is a ministry or a province/city (or one of its departments), the invitee
    part of the invitation ("Kính gửi", "Thành phần mời", "Invited", "Приглашаются") must not
    name central bodies ("Trung ương", "Chính phủ"), other ministries, or other provinces and
    localities. Conferences whose title says they are inter-sector or inter-local, congresses
    and anniversaries are exempt, as the clause exempts them.

    **Why**
    Conclusion 226-KL/TW §2.2: "Conferences organized by ministries, departments, provinces and
    cities are internal in nature: only delegates from their own level and sector are invited;
    delegates from the central government and other sectors and localities are not invited
    (except where the content is inter-sector or inter-local and requires a coordinated
    solution; congresses and traditional day celebrations are regulated separately)."

    **Example**
    Bad: `UBND TỈNH LÂM ĐỒNG … Thành phần mời: đại diện Bộ Tài chính; lãnh đạo các sở, ngành`.
    Fixed: `Thành phần mời: lãnh đạo các sở, ngành; Chủ tịch UBND các xã, phường`.

    **Options**
    None; the exemptions are the lexicon meeting-exception, the outsiders the lexicons
    meeting-invitee-central, meeting-invitee-ministry and meeting-invitee-province.
    """

    code = "DL605"
    name = "outside-delegates"

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        meeting = self.meeting(ctx)
        if meeting.organiser is None:
            return
        lead = title_text(doc) + " " + " ".join(b.text for b in list(doc.body())[:12])
        if ctx.lexicon("meeting-exception").find(lead):
            return
        by_block: dict[int, list] = {}
        for o in outsiders(doc, ctx.lexicons, meeting.organiser):
            by_block.setdefault(o.block.index, []).append(o)
        for found in by_block.values():
            kinds = sorted({o.what for o in found})
            yield self.finding(
                found[0].block, f"an internal conference of a {meeting.organiser} invites "
                f"{' and '.join(_WHAT[k] for k in kinds)}; Conclusion 226-KL/TW §2.2 invites "
                "only its own level and sector",
                evidence={"organiser": meeting.organiser,
                          "invitees": [{"what": o.what, "name": o.name} for o in found]})
