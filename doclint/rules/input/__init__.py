"""DL9xx: input problems. Parsers raise them as errors (the file cannot be linted); the rule
classes document them and let users select them (`--select DL9`)."""
