"""DL0xx: doclint's own directives inside documents (suppressions)."""
