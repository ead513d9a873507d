"""Safety limits applied by every parser (DL903 when exceeded)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_bytes: int = 100 * 1024 * 1024  # the file on disk
    max_text_bytes: int = 20 * 1024 * 1024  # a plain-text file (about 10,000 pages of prose)
    max_unpacked_bytes: int = 256 * 1024 * 1024  # all parts of a DOCX/ODT together
    max_ratio: int = 200  # uncompressed/compressed for one zip member (zip bombs)
    ratio_floor_bytes: int = 1 << 20  # members smaller than this are not judged by their ratio
    max_pages: int = 3000
    max_blocks: int = 200_000
    parse_seconds: float = 60.0  # per file, enforced by the worker that parses it


DEFAULT_LIMITS = Limits()
