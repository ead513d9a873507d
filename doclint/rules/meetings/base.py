"""What every DL6xx rule shares: it runs on meeting documents only and reads one Meeting."""
from __future__ import annotations

from doclint.meetings.facts import Meeting, is_meeting_document, meeting_analysis
from doclint.model import Document
from doclint.rules.base import Context, Rule


class MeetingRule(Rule):
    """A rule over an invitation or a conference programme/plan (see meetings.facts)."""

    def applies_to(self, doc: Document, ctx: Context) -> bool:
        # the kind and title test is cheap; the agenda is read only for meeting documents
        return super().applies_to(doc, ctx) and is_meeting_document(doc, ctx.lexicons)

    @staticmethod
    def meeting(ctx: Context) -> Meeting:
        return ctx.analysis(meeting_analysis)
