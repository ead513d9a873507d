"""DL7xx: reports that are concise, state timelines and accountability, quantify results (§2.3)."""
