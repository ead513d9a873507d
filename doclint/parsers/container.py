"""Zip containers (DOCX, ODT) and their XML parts, opened defensively.

Every member is checked against the limits before anything is inflated: the total
uncompressed size and each member's compression ratio (zip bombs, DL903). XML is parsed by
lxml with entities left unresolved, no network and no huge trees, and any DOCTYPE is refused
outright (Office never writes one; entity bombs and external entities need one, DL901).
"""
from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import IO, Any

from doclint.errors import OverLimits, UnreadableFile
from doclint.parsers.limits import Limits

# what reading a damaged member raises: bad CRC, broken deflate data (zlib), a compression
# method zipfile cannot read (a RuntimeError subclass), a cut-off archive
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError)


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                           load_dtd=False, dtd_validation=False, remove_comments=True,
                           remove_pis=True)


class Container:
    """A checked zip archive: members are read only after the limits have passed."""

    def __init__(self, path: Path, limits: Limits, what: str) -> None:
        self.path = str(path)
        self.what = what
        try:
            self.zf = zipfile.ZipFile(path)
            infos = self.zf.infolist()
        except ZIP_ERRORS as exc:
            raise UnreadableFile(f"corrupt or truncated {what} (ZIP container): {exc}",
                                 path=self.path) from None
        self.names = {i.filename for i in infos}
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise UnreadableFile(f"the {what} is encrypted: remove the password and save it "
                                     "again", path=self.path)
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            # small parts compress extremely well without being bombs
            if info.file_size > limits.ratio_floor_bytes and ratio > limits.max_ratio:
                raise OverLimits(f"{info.filename} unpacks {ratio:.0f}× its compressed size "
                                 f"({info.file_size / 2**20:.0f} MiB), over the {limits.max_ratio}× "
                                 "limit (a zip bomb?)", path=self.path)
        if total > limits.max_unpacked_bytes:
            raise OverLimits(f"the parts unpack to {total / 2**20:.0f} MiB, over the "
                             f"{limits.max_unpacked_bytes / 2**20:.0f} MiB limit", path=self.path)

    def __enter__(self) -> "Container":
        return self

    def __exit__(self, *exc: object) -> None:
        self.zf.close()

    def open(self, name: str) -> IO[bytes]:
        return self.zf.open(name)

    def read(self, name: str) -> bytes | None:
        """The bytes of one member, or None when the member is absent."""
        if name not in self.names:
            return None
        try:
            return self.zf.read(name)
        except ZIP_ERRORS as exc:
            raise UnreadableFile(f"{name} is corrupt or truncated: {exc}", path=self.path) from None

    def xml(self, name: str) -> Any:
        """The root element of one XML member, or None when the member is absent."""
        data = self.read(name)
        return None if data is None else parse_xml(data, name, self.path)


def parse_xml(data: bytes, name: str, path: str) -> Any:
    """A hardened parse of one XML document: no DTD, no entities, no network."""
    from lxml import etree

    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise UnreadableFile(f"{name} declares a DOCTYPE or entities (an XML entity bomb or "
                             "external entity); refused", path=path)
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise UnreadableFile(f"{name} is not well-formed XML: {exc}", path=path) from None
