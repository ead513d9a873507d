"""Meeting documents (invitations, conference programmes) and what §2.2 of Conclusion
226-KL/TW limits in them. `meeting_facts(doc)` gives archive statistics their per-document facts.
"""
from doclint.meetings.facts import Meeting, meeting_analysis, meeting_facts, read_meeting

__all__ = ["Meeting", "meeting_analysis", "meeting_facts", "read_meeting"]
