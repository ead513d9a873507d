"""One module per CLI command; options shared by several commands live in options.py."""
