"""DL3xx: content that does not belong in the document (personnel matters in technical texts)."""
