"""Rules computed by the archive scan across documents (doclint.scan), not on one document."""
