"""DL5xx: citations of other documents (doclint.citations): superseded or wrongly numbered."""
