"""Training of the components shipped in models/ (run by `make models`, never by tests)."""
