"""Conference statistics of Conclusion 226-KL/TW §2.2 from the invitations and conference
programmes an archive holds (`facts["meeting"]`, from doclint.meetings.meeting_facts):

* conferences per year, with the change against the year before and the **10 %** yearly
  reduction ("reduce the number of conferences by 10 % annually");
* the share held in person against the **40 %** ceiling ("in-person conferences no more than
  40 %, online no less than 60 % of the total in the year"). A hybrid conference needs a hall
  and travel, so it counts as in person; conferences whose form the document does not state
  are counted apart and left out of the share;
* conferences per year and issuer, with the province-wide (at most **2** a year) and
  commune-wide (at most **3** a year) conferences each issuer held, and the issuer-years over
  those limits.

One conference per document: an invitation and the programme of the same conference are
counted twice, as the archive holds no link between them.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from doclint.scan.stats import year_of, yearly_change

IN_PERSON_CEILING = 0.40
REDUCTION_TARGET = 0.10
SCOPE_LIMITS = {"province": 2, "commune": 3}
IN_PERSON_FORMS = ("in-person", "hybrid")
UNKNOWN = "(unknown)"


def _share(in_person: int, known: int) -> dict[str, Any]:
    share = round(in_person / known, 4) if known else None
    return {"in_person_share": share,
            "ceiling_met": None if share is None else share <= IN_PERSON_CEILING}


def meeting_statistics(files: list[dict[str, Any]]) -> dict[str, Any]:
    """The `meetings` section of the scan's statistics."""
    per_year: Counter[int] = Counter()
    forms: dict[int, Counter[str]] = {}
    by_issuer: dict[tuple[int, str], Counter[str]] = {}
    undated = 0
    for f in files:
        meeting = (f.get("facts") or {}).get("meeting")
        if not meeting or not meeting.get("is_meeting"):
            continue
        year, _ = year_of(f)
        if year is None:
            undated += 1
            continue
        issuer = " ".join((meeting.get("issuer") or "").split()) or UNKNOWN
        form = meeting.get("form") or "unknown"
        per_year[year] += 1
        forms.setdefault(year, Counter())[form] += 1
        counts = by_issuer.setdefault((year, issuer), Counter())
        counts["conferences"] += 1
        counts["in_person"] += form in IN_PERSON_FORMS
        if meeting.get("scope") in SCOPE_LIMITS:
            counts[meeting["scope"]] += 1

    years = yearly_change(per_year, REDUCTION_TARGET, noun="conferences")
    for row in years:
        c = forms.get(row["year"], Counter())
        row.update({"in_person": c["in-person"], "hybrid": c["hybrid"], "online": c["online"],
                    "form_unknown": c["unknown"]})
        row.update(_share(c["in-person"] + c["hybrid"], sum(c.values()) - c["unknown"]))
    issuers = []
    over = []
    for (year, issuer), c in sorted(by_issuer.items(), key=lambda kv: (kv[0][0], -kv[1][
            "conferences"], kv[0][1])):
        issuers.append({"year": year, "issuer": issuer, "conferences": c["conferences"],
                        "in_person": c["in_person"], "province_wide": c["province"],
                        "commune_wide": c["commune"]})
        for scope, limit in SCOPE_LIMITS.items():
            if c[scope] > limit:
                over.append({"year": year, "issuer": issuer, "scope": scope,
                             "conferences": c[scope], "limit": limit})
    total = sum(forms.values(), Counter())
    return {"conferences": sum(per_year.values()), "undated": undated,
            "in_person_ceiling": IN_PERSON_CEILING, "reduction_target": REDUCTION_TARGET,
            "scope_limits": dict(SCOPE_LIMITS),
            **_share(total["in-person"] + total["hybrid"], sum(total.values()) - total["unknown"]),
            "per_year": years, "per_issuer": issuers, "over_scope_limit": over}
