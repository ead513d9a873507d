"""Rules: one module per rule under rules/<family>/, found by walking this package."""
