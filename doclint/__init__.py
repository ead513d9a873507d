"""doclint: a linter for the text of administrative documents."""
__version__ = "0.1.0"
