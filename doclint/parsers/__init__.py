"""File -> Document. The format is sniffed from the bytes, never trusted from the extension.

`parse(path, layers)` builds only the layers asked for: "text" (blocks and locations: the
fast C-core path), "tables" (table structure: rows and cells; in a PDF the grid is read from
the page's rulings, without it a table's text comes as lines in reading order; DOCX and ODT
tables come with the body walk at no extra cost), "layout" (fonts, sizes, page setup:
python-docx / pdfplumber).
Every failure is a DoclintError with a DL9xx code naming the cause.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from doclint.errors import OverLimits, UnreadableFile, UnreliableText
from doclint.model import TEXT_AND_TABLES, Document
from doclint.parsers.limits import DEFAULT_LIMITS, Limits

EXTENSIONS = (".docx", ".pdf", ".txt", ".md", ".doc", ".odt")

_MAGIC = ((b"%PDF", "pdf"), (b"PK\x03\x04", "zip"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
          (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"), (b"\x7fELF", "a program"),
          (b"MZ", "a Windows program"), (b"\x1f\x8b", "gzip data"), (b"Rar!", "a RAR archive"),
          (b"7z\xbc\xaf", "a 7-Zip archive"), (b"{\\rtf", "an RTF document"))


def sniff(head: bytes, path: Path) -> str:
    """The parser for these first bytes: pdf, docx, odt, doc or text."""
    # PDF headers may follow a little junk (the spec allows 1 KiB)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            if what == "zip":
                return _zip_kind(path)
            if what == "ole":
                return "doc"
            raise UnreadableFile(f"not a document: the file is {what}", path=str(path))
    return "text"


def _zip_kind(path: Path) -> str:
    from doclint.parsers.container import ZIP_ERRORS

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and zf.read("mimetype").startswith(
                    b"application/vnd.oasis.opendocument.text"):
                return "odt"
    except ZIP_ERRORS as exc:
        raise UnreadableFile(f"corrupt or truncated ZIP container: {exc}", path=str(path)) from None
    if "EncryptedPackage" in names or "[Content_Types].xml" not in names:
        raise UnreadableFile("a ZIP archive that is not a Word document", path=str(path))
    raise UnreadableFile("an Office file that is not a Word document", path=str(path))


def parse(path: Path, layers: frozenset[str] = TEXT_AND_TABLES,
          limits: Limits = DEFAULT_LIMITS) -> Document:
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(2048)
    except OSError as exc:
        raise UnreadableFile(f"cannot read the file: {exc.strerror or exc}", path=str(path)) from None
    if size > limits.max_file_bytes:
        raise OverLimits(f"file is {size / 2**20:.0f} MiB, over the {limits.max_file_bytes / 2**20:.0f}"
                         f" MiB limit", path=str(path))
    if size == 0:
        raise UnreadableFile("empty file", path=str(path))
    fmt = sniff(head, path)
    if fmt == "pdf":
        from doclint.parsers.pdf import parse_pdf

        doc = parse_pdf(path, layers, limits)
    elif fmt == "docx":
        from doclint.parsers.docx import parse_docx

        doc = parse_docx(path, layers, limits)
    elif fmt == "odt":
        from doclint.parsers.odt import parse_odt

        doc = parse_odt(path, layers, limits)
    elif fmt == "doc":
        from doclint.parsers.doc import parse_doc

        doc = parse_doc(path, layers, limits)
    else:
        if size > limits.max_text_bytes:
            raise OverLimits(f"a text file of {size / 2**20:.0f} MiB, over the "
                             f"{limits.max_text_bytes / 2**20:.0f} MiB limit for plain text",
                             path=str(path))
        from doclint.parsers.text import parse_text

        doc = parse_text(path.read_bytes(), str(path))
    if len(doc.blocks) > limits.max_blocks:
        raise OverLimits(f"{len(doc.blocks)} blocks, over the {limits.max_blocks} limit",
                         path=str(path))
    from doclint.lang.quality import text_problem

    problem = text_problem(doc.text)
    if problem:
        from doclint.lang.tcvn3 import from_tcvn3

        if text_problem(from_tcvn3(doc.text)) is None:
            problem = ("the text is in the legacy TCVN3 (.VnTime) font encoding: convert it to "
                       "Unicode (e.g. with Unikey's converter) and check it again")
        raise UnreliableText(f"text layer unreliable: {problem}", path=str(path))
    return doc
