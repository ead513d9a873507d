"""Word 97–2003 (.doc) -> Document through antiword's DocBook output.

`antiword -x db -m UTF-8.txt` writes DocBook XML: chapter/section titles (headings), paras,
ordered/itemized lists, and informal tables whose merged rows come out as a one-column
tgroup. antiword runs as a subprocess with the parse time limit; its own DOCTYPE line is
dropped and the rest goes through the hardened XML parser. Other OLE files (an encrypted
DOCX is an OLE "EncryptedPackage", Excel and PowerPoint files are OLE too) are named as such.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from doclint.errors import OverLimits, UnreadableFile
from doclint.lang.normalize import clean_line
from doclint.model import TEXT_AND_TABLES, Block, BlockKind, Cell, Document, Location
from doclint.parsers.container import parse_xml
from doclint.parsers.docx_styles import format_number
from doclint.parsers.limits import Limits
from doclint.parsers.structure import classify

_DOCTYPE = re.compile(rb"<!DOCTYPE[^>]*>", re.DOTALL)
_SECTIONS = {"chapter": 1, "sect1": 2, "sect2": 3, "sect3": 4, "sect4": 5, "sect5": 6}
_FORMATS = {"arabic": "decimal", "loweralpha": "lowerLetter", "upperalpha": "upperLetter",
            "lowerroman": "lowerRoman", "upperroman": "upperRoman"}


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def ole_kind(data: bytes) -> str:
    """What an OLE compound file holds, from its directory entry names."""
    if _utf16("EncryptedPackage") in data:
        return "encrypted"
    if _utf16("WordDocument") in data:
        return "word"
    if _utf16("Workbook") in data or _utf16("Book") in data:
        return "an Excel workbook"
    if _utf16("PowerPoint Document") in data:
        return "a PowerPoint presentation"
    return "an OLE file that is not a Word document"


def _antiword(path: Path, limits: Limits) -> bytes:
    exe = shutil.which("antiword")
    if exe is None:
        raise UnreadableFile("Word 97–2003 .doc files need antiword: install it (Debian/Ubuntu: "
                             "`apt-get install antiword`; `make test` does) or save the file as "
                             ".docx", path=str(path))
    try:
        proc = subprocess.run([exe, "-x", "db", "-m", "UTF-8.txt", str(path)], capture_output=True,
                              timeout=limits.parse_seconds, check=False)
    except subprocess.TimeoutExpired:
        raise OverLimits(f"antiword took longer than {limits.parse_seconds:.0f} s",
                         path=str(path)) from None
    if proc.returncode != 0 or not proc.stdout.strip():
        why = clean_line(proc.stderr.decode("utf-8", "replace"))[:200] or f"exit {proc.returncode}"
        if "encrypt" in why.lower():
            raise UnreadableFile("the .doc file is encrypted: remove the password and save it "
                                 "again", path=str(path))
        raise UnreadableFile(f"antiword cannot read this .doc file ({why})", path=str(path))
    return proc.stdout


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.tables = 0

    def add(self, kind: BlockKind, text: str, **kw: Any) -> None:
        loc = Location(len(self.blocks), table=kw.pop("table", None), row=kw.pop("row", None))
        self.blocks.append(Block(kind, text, loc, **kw))

    def walk(self, el: Any, depth: int = 0) -> None:
        for ch in el:
            tag = ch.tag if isinstance(ch.tag, str) else ""
            if tag in _SECTIONS:
                self.walk(ch, _SECTIONS[tag])
            elif tag == "title" and depth:
                if text := clean_line("".join(ch.itertext())):
                    self.add(BlockKind.HEADING, text, level=depth)
            elif tag == "para":
                self.para(ch, depth)
            elif tag in ("orderedlist", "itemizedlist"):
                self.list(ch, 0)
            elif tag in ("informaltable", "table"):
                self.table(ch)
            elif tag not in ("bookinfo", "title"):
                self.walk(ch, depth)

    def para(self, el: Any, depth: int) -> None:
        """A para's own text; tables and lists nested in it come after it."""
        text = clean_line(" ".join([el.text or "", *(c.tail or "" for c in el)]))
        if text:
            kind, level, number = classify(text)
            self.add(kind, text, level=level, number=number)
        self.walk(el, depth)

    def list(self, el: Any, level: int) -> None:
        fmt = _FORMATS.get(el.get("numeration", ""), "decimal") if el.tag == "orderedlist" else None
        for n, item in enumerate(el.iterfind("listitem"), start=1):
            label: str | None = f"{format_number(n, fmt)}." if fmt else "•"
            for ch in item:
                if ch.tag in ("orderedlist", "itemizedlist"):
                    self.list(ch, level + 1)
                    continue
                text = clean_line("".join(ch.itertext()))
                if not text:
                    continue
                kind, lvl = BlockKind.LIST_ITEM, level
                if label and (found := classify(f"{label} {text}"))[0] is BlockKind.HEADING:
                    kind, lvl = found[0], found[1]
                self.add(kind, text, level=lvl, number=label)
                label = None  # further paragraphs of the item carry no label

    def table(self, el: Any) -> None:
        index = self.tables
        self.tables += 1
        groups = list(el.iter("tgroup"))
        width = max((int(g.get("cols", "1")) for g in groups), default=1)
        r = 0
        for group in groups:
            cols = int(group.get("cols", "1"))
            for row in group.iter("row"):
                entries = ["\n".join(t for t in map(clean_line, "".join(e.itertext()).split("\n"))
                                      if t) for e in row.iterfind("entry")]
                cells = []
                col = 0
                for i, text in enumerate(entries):
                    span = width - col if i == len(entries) - 1 and cols < width else 1
                    cells.append(Cell(text, col, span))
                    col += span
                if any(c.text for c in cells):
                    self.add(BlockKind.TABLE_ROW,
                             " | ".join(" ".join(c.text.split()) for c in cells if c.text),
                             cells=tuple(cells), table=index, row=r)
                r += 1


def parse_doc(path: Path, layers: frozenset[str], limits: Limits) -> Document:
    kind = ole_kind(path.read_bytes())
    if kind == "encrypted":
        raise UnreadableFile("the Office document is encrypted with a password: remove the "
                             "password and save it again", path=str(path))
    if kind != "word":
        raise UnreadableFile(f"not a document: the file is {kind}", path=str(path))
    xml = _DOCTYPE.sub(b"", _antiword(path, limits), count=1)
    root = parse_xml(xml, "antiword output", str(path))
    walker = _Walker()
    walker.walk(root)
    return Document(path=str(path), format="doc", blocks=tuple(walker.blocks),
                    layers=TEXT_AND_TABLES)
