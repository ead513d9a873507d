"""Errors with codes. Input errors (DL9xx) end one file's check, never the run."""
from __future__ import annotations


class DoclintError(Exception):
    """Base of every error doclint raises on purpose; `code` is stable and documented."""

    code = "DL900"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class UnreadableFile(DoclintError):
    """Corrupt, truncated, encrypted, of an unknown format, or malicious (entity bombs)."""

    code = "DL901"


class NoTextLayer(DoclintError):
    """A scanned document: pages are images without text to lint."""

    code = "DL902"


class OverLimits(DoclintError):
    """Over a safety limit: file size, uncompressed size, page count or parse time."""

    code = "DL903"


class UnreliableText(DoclintError):
    """A text layer exists but is garbage: OCR lost the diacritics, or glyphs map wrongly."""

    code = "DL904"


class ConfigError(DoclintError):
    """Bad configuration or command-line usage: exit status 2, no file is checked."""

    code = "DL000"
