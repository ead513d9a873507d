"""Bad input never crashes a run: each hostile or broken file gets its DL9xx error, the exit
status is 2, and the good files of the same run are still reported (DL901–DL904)."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from builders import Table, write_docx, write_image_pdf, write_pdf

from doclint.errors import NoTextLayer, OverLimits, UnreadableFile, UnreliableText
from doclint.model import TEXT_AND_TABLES
from doclint.parsers import parse
from doclint.parsers.limits import Limits

TEXT = TEXT_AND_TABLES
BODY = ["KẾ HOẠCH", "Sở Tư pháp chủ trì thực hiện kế hoạch, hoàn thành trước ngày 30/6/2026."]


def _good_docx(path: Path) -> Path:
    return write_docx(path, BODY)


def _with_member(src: Path, dst: Path, name: str, data: bytes) -> Path:
    """A copy of a DOCX with one member replaced (or added)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename != name:
                zout.writestr(item, zin.read(item.filename))
        zout.writestr(name, data)
    return dst


def entity_bomb(tmp_path: Path) -> Path:
    lol = "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{lol}]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>").encode()
    return _with_member(_good_docx(tmp_path / "src.docx"), tmp_path / "bomb-entities.docx",
                        "word/document.xml", xml)


def zip_bomb(tmp_path: Path, size: int = 3 * 2**20) -> Path:
    """A DOCX with a member of zeros that compresses about 1000×."""
    return _with_member(_good_docx(tmp_path / "src2.docx"), tmp_path / "bomb-zip.docx",
                        "word/media/padding.bin", bytes(size))


def encrypted_docx(tmp_path: Path) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    with (_good_docx(tmp_path / "plain.docx")).open("rb") as fh:
        OOXMLFile(fh).encrypt("secret", out)
    path = tmp_path / "encrypted.docx"
    path.write_bytes(out.getvalue())
    return path


def renamed_png(tmp_path: Path) -> Path:
    from PIL import Image

    path = tmp_path / "photo.docx"
    Image.new("RGB", (8, 8)).save(path, format="PNG")
    return path


def truncated_docx(tmp_path: Path) -> Path:
    data = _good_docx(tmp_path / "full.docx").read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a pdf\n")
    return path


def truncated_pdf(tmp_path: Path) -> Path:
    """A real PDF cut off in the middle, as an interrupted download or copy leaves it."""
    data = write_pdf(tmp_path / "whole.pdf", BODY).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def broken_page_pdf(tmp_path: Path) -> Path:
    """A PDF whose second page object is damaged: pdfium opens the file, not the page."""
    import re

    from builders import PageBreak

    data = write_pdf(tmp_path / "pages.pdf", BODY + [PageBreak(), "Trang hai."]).read_bytes()
    second = [m.start() for m in re.finditer(rb"/Type /Page\b(?!s)", data)][1]
    path = tmp_path / "broken-page.pdf"
    path.write_bytes(data[:second] + b"/Type /Pxge" + data[second + len(b"/Type /Page"):])
    return path


def damaged_member_docx(tmp_path: Path) -> Path:
    """A DOCX whose zip directory is intact but whose document.xml deflate data is damaged."""
    import struct

    raw = bytearray(write_docx(tmp_path / "long.docx", BODY * 20).read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as zf:
        info = zf.getinfo("word/document.xml")
    name_len, extra_len = struct.unpack("<HH", raw[info.header_offset + 26:info.header_offset + 30])
    middle = info.header_offset + 30 + name_len + extra_len + info.compress_size // 2
    raw[middle:middle + 8] = bytes(b ^ 0xFF for b in raw[middle:middle + 8])
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(raw))
    return path


def empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    return path


def garbled_pdf(tmp_path: Path) -> Path:
    """A text layer from a legacy Vietnamese font (TCVN3) read as Latin-1."""
    garbage = ("Céng hoµ x· héi chñ nghÜa ViÖt Nam §éc lËp - Tù do - H¹nh phóc ñy ban nh©n d©n "
               "tØnh L©m §ång KÕ ho¹ch triÓn khai thùc hiÖn KÕt luËn sè 226-KL/TW cña Bé ChÝnh "
               "trÞ vÒ tiÕp tôc ®æi míi, n©ng cao chÊt l­îng ban hµnh v¨n b¶n.")
    return write_pdf(tmp_path / "garbled.pdf", [garbage])


CASES = {
    "empty": (empty, UnreadableFile, "empty file"),
    "truncated-docx": (truncated_docx, UnreadableFile, "corrupt or truncated"),
    "corrupt-pdf": (corrupt_pdf, UnreadableFile, "corrupt or truncated PDF"),
    "truncated-pdf": (truncated_pdf, UnreadableFile, "corrupt or truncated PDF"),
    "broken-page-pdf": (broken_page_pdf, UnreadableFile, "page 2 of 2 is corrupt"),
    "damaged-member-docx": (damaged_member_docx, UnreadableFile,
                            "word/document.xml is corrupt or truncated"),
    "renamed-png": (renamed_png, UnreadableFile, "PNG image"),
    "encrypted-pdf": (lambda t: write_pdf(t / "locked.pdf", BODY, user_password="secret"),
                      UnreadableFile, "encrypted with a password"),
    "encrypted-docx": (encrypted_docx, UnreadableFile, "encrypted with a password"),
    "image-only-pdf": (lambda t: write_image_pdf(t / "scan.pdf"), NoTextLayer, "no page has a text layer"),
    "entity-bomb": (entity_bomb, UnreadableFile, "DOCTYPE or entities"),
    "zip-bomb": (zip_bomb, OverLimits, "zip bomb"),
    "garbled-text": (garbled_pdf, UnreliableText, "legacy TCVN3 (.VnTime) font encoding"),
}
CODES = {UnreadableFile: "DL901", NoTextLayer: "DL902", OverLimits: "DL903",
         UnreliableText: "DL904"}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_bad_file_raises_its_coded_error(tmp_path, case):
    make, error, message = CASES[case]
    path = make(tmp_path)
    with pytest.raises(error) as err:
        parse(path, TEXT)
    assert message in err.value.message
    assert err.value.code == CODES[error]
    assert str(path) in str(err.value)


def test_cli_reports_every_bad_file_and_still_checks_the_good_ones(tmp_path, run_cli):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, (make, _, _) in CASES.items():
        made = make(tmp_path)
        made.rename(folder / f"{name}{made.suffix}")
    _good_docx(folder / "good-plan.docx")
    write_pdf(folder / "good-report.pdf", BODY + [Table([["STT", "Nhiệm vụ"], ["1", "Rà soát"]])])
    result = run_cli("check", "--format", "json", "--select", "DL9", str(folder))
    assert result.exit_code == 2
    files = {Path(f["path"]).stem: f for f in json.loads(result.output)["files"]}
    for name, (_, error, message) in CASES.items():
        assert files[name]["error"]["code"] == CODES[error], name
        assert message in files[name]["error"]["message"]
    for good in ("good-plan", "good-report"):
        assert files[good]["error"] is None and files[good]["language"] == "vi"


def test_limits_are_configurable(tmp_path):
    docx = _good_docx(tmp_path / "plan.docx")
    with pytest.raises(OverLimits, match="unpack to"):
        parse(docx, TEXT, Limits(max_unpacked_bytes=10_000))
    pdf = write_pdf(tmp_path / "three.pdf", ["Một.", Table([["a", "b"], ["c", "d"]])])
    parse(pdf, TEXT, Limits(max_pages=1))
    with pytest.raises(OverLimits, match="page limit"):
        from builders import PageBreak

        parse(write_pdf(tmp_path / "two.pdf", ["Một.", PageBreak(), "Hai."]), TEXT, Limits(max_pages=1))
    with pytest.raises(OverLimits, match="over the"):
        parse(docx, TEXT, Limits(max_file_bytes=1000))
    # a small member that compresses well is no bomb; past the floor it is
    small = zip_bomb(tmp_path, size=200_000)
    parse(small, TEXT)
    with pytest.raises(OverLimits, match="zip bomb"):
        parse(small, TEXT, Limits(ratio_floor_bytes=100_000))


def test_doc_without_antiword_names_what_to_install(tmp_path, monkeypatch):
    import shutil

    from doclint.parsers import doc as doc_parser

    fixture = Path(__file__).parent / "fixtures" / "doc" / "plan-vi.doc"
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(UnreadableFile, match="antiword"):
        doc_parser.parse_doc(fixture, TEXT, Limits())


def test_other_office_files_are_named(tmp_path):
    from doclint.parsers.doc import ole_kind

    assert ole_kind(b"\xd0\xcf\x11\xe0" + "Workbook".encode("utf-16-le")) == "an Excel workbook"
    assert ole_kind(b"\xd0\xcf\x11\xe0" + "WordDocument".encode("utf-16-le")) == "word"


def test_broken_pdfs_in_worker_processes_cost_only_themselves(tmp_path):
    """The production path for PDFs: parsed in workers under a time limit. Truncated, corrupt
    and damaged-page PDFs come back as DL901 and the good files as if checked in-process."""
    from doclint.config import Settings
    from doclint.engine import Engine
    from doclint.workers import run_jobs

    good = [write_pdf(tmp_path / "good-vi.pdf", BODY),
            write_docx(tmp_path / "good-en.docx", ["PLAN", "The Office reports by 1 May 2026."])]
    bad = [truncated_pdf(tmp_path), corrupt_pdf(tmp_path), broken_page_pdf(tmp_path)]
    paths = [bad[0], good[0], bad[1], good[1], bad[2]]
    outcomes = list(run_jobs(paths, Settings(), limits=Limits(parse_seconds=20), jobs=2))
    assert [o.path for o in outcomes] == paths
    for outcome in (outcomes[0], outcomes[2], outcomes[4]):  # the worker survived: no failure
        assert outcome.failure is None and outcome.value.error.code == "DL901"
        assert "corrupt" in outcome.value.error.message
        assert str(outcome.path) in outcome.value.error.message
    engine = Engine()
    for outcome in (outcomes[1], outcomes[3]):
        assert outcome.failure is None and outcome.value == engine.check_file(outcome.path)


def test_oversized_text_file_is_refused_before_parsing(tmp_path):
    """A plain-text file over its own limit is DL903 at once; one just under it is read."""
    line = "Sở Tài chính chủ trì rà soát thủ tục hành chính, hoàn thành trước ngày 30/6/2026.\n\n"
    big = tmp_path / "big.txt"
    big.write_text(line * 200, encoding="utf-8")
    size = big.stat().st_size
    with pytest.raises(OverLimits, match="limit for plain text") as err:
        parse(big, TEXT, Limits(max_text_bytes=size - 1))
    assert err.value.code == "DL903"
    doc = parse(big, TEXT, Limits(max_text_bytes=size))
    assert len(doc.blocks) == 200 and doc.blocks[0].text == line.strip()
