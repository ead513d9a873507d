"""DL1xx: copies of higher-level documents (the corpus) and of peers (archive scans)."""
