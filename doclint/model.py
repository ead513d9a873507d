"""The one document model: parsers build it, rules read it, reporters print findings.

Everything here is a frozen dataclass without I/O, so a Document can be cached, sent to a
worker process and compared in tests. Text is always NFC (the parsers normalise it).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Iterator


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    HEADER = "header"  # page header part (DOCX header, repeated PDF running head)
    FOOTER = "footer"


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)


KINDS = ("plan", "directive", "conclusion", "report", "technical", "personnel-decision",
         "invitation", "letter", "other")


@dataclass(frozen=True, slots=True)
class Location:
    """Where a block lives. `block` is the block's index in Document.blocks (always set).

    PDF: page (1-based) and line (1-based line on that page where the block starts).
    DOCX: table/row/cell (0-based) for table content; page is unknown in DOCX.
    """

    block: int
    page: int | None = None
    line: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None

    def to_dict(self) -> dict[str, int]:
        # the slots are the fields, in order: dataclasses.fields() costs more than the rest
        return {name: v for name in self.__slots__ if (v := getattr(self, name)) is not None}


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    col: int  # first grid column the cell occupies
    span: int = 1  # number of grid columns it spans (merged cells)


@dataclass(frozen=True, slots=True)
class Style:
    """Typographic facts of a block, where the format has them (DOCX; PDF on the layout layer)."""

    font: str | None = None
    size: float | None = None  # points
    bold: bool | None = None
    italic: bool | None = None
    align: str | None = None  # left, center, right, justify


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str
    location: Location
    level: int | None = None  # list level (0-based) or heading level (1-based)
    number: str | None = None  # the list label as rendered: "1.", "a)", "-", "II."
    cells: tuple[Cell, ...] = ()  # table rows only
    style: Style | None = None

    @property
    def index(self) -> int:
        return self.location.block


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based
    width_mm: float | None = None
    height_mm: float | None = None
    has_text: bool = True


@dataclass(frozen=True, slots=True)
class PageSetup:
    """Paper and margins of one DOCX section (millimetres)."""

    width_mm: float
    height_mm: float
    top_mm: float | None = None
    bottom_mm: float | None = None
    left_mm: float | None = None
    right_mm: float | None = None


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the document says about itself in its header, read from the text."""

    national_title: str | None = None  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto: str | None = None  # "Độc lập - Tự do - Hạnh phúc"
    party_header: str | None = None  # "ĐẢNG CỘNG SẢN VIỆT NAM"
    issuer: str | None = None
    number: str | None = None  # "125/KH-UBND" as written after "Số"
    number_placeholder: bool = False  # "Số:      /KH-UBND": the registry assigns it at issuance
    symbol: str | None = None  # "KH-UBND"
    place: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd when complete, else None
    date_text: str | None = None  # the date line as written
    date_placeholder: bool = False  # "ngày   tháng 12 năm 2025"
    year: int | None = None
    type_line: str | None = None  # "KẾ HOẠCH", "QUYẾT ĐỊNH", "REPORT"
    title: str | None = None  # the summary line(s) after the type line


# Parser layers: "text" (blocks, locations), "tables" (rows and cells), "layout" (fonts, page
# setup). Text and tables are what most rules read and what a body walk of DOCX/ODT/DOC gives.
TEXT_AND_TABLES = frozenset({"text", "tables"})


@dataclass(frozen=True, slots=True)
class Document:
    path: str
    format: str  # "docx", "pdf", "text", "doc", "odt"
    blocks: tuple[Block, ...]
    pages: tuple[Page, ...] = ()
    page_setup: tuple[PageSetup, ...] = ()  # DOCX sections (layout layer)
    layers: frozenset[str] = frozenset({"text"})  # what the parser built: text, tables, layout
    language: str = "und"
    kind: str = "other"
    metadata: Metadata = field(default_factory=Metadata)
    comments: tuple[tuple[int, str], ...] = ()  # (block index, comment text) from DOCX comments

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    def body(self) -> Iterator[Block]:
        """Blocks of the main flow, without running headers and footers."""
        return (b for b in self.blocks if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER))

    def tables(self) -> dict[int, list[Block]]:
        """Table rows grouped by table index, in document order."""
        out: dict[int, list[Block]] = {}
        for b in self.blocks:
            if b.kind is BlockKind.TABLE_ROW and b.location.table is not None:
                out.setdefault(b.location.table, []).append(b)
        return out

    def with_(self, **changes: Any) -> "Document":
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    location: Location
    excerpt: str
    evidence: dict[str, Any] = field(default_factory=dict)

    def sort_key(self) -> tuple[int, int, str]:
        return (self.location.block, self.location.cell or 0, self.code)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "severity": self.severity.value,
                "message": self.message, "location": self.location.to_dict(),
                "excerpt": self.excerpt, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class FileError:
    code: str  # DL9xx
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True, slots=True)
class FileResult:
    """The outcome for one input file: either findings (maybe none) or an error."""

    path: str
    language: str | None = None
    kind: str | None = None
    findings: tuple[Finding, ...] = ()
    error: FileError | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # metadata, citations: JSON extras

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "language": self.language, "kind": self.kind,
                               "error": self.error.to_dict() if self.error else None,
                               "findings": [f.to_dict() for f in self.findings]}
        out.update(self.extra)
        return out
