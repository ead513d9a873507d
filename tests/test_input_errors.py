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
from doclint.parsers import parse
from doclint.parsers.limits import Limits

TEXT = frozenset({"text"})
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
    "renamed-png": (renamed_png, UnreadableFile, "PNG image"),
    "encrypted-pdf": (lambda t: write_pdf(t / "locked.pdf", BODY, user_password="secret"),
                      UnreadableFile, "encrypted with a password"),
    "encrypted-docx": (encrypted_docx, UnreadableFile, "encrypted with a password"),
    "image-only-pdf": (lambda t: write_image_pdf(t / "scan.pdf"), NoTextLayer, "no page has a text layer"),
    "entity-bomb": (entity_bomb, UnreadableFile, "DOCTYPE or entities"),
    "zip-bomb": (zip_bomb, OverLimits, "zip bomb"),
    "garbled-text": (garbled_pdf, UnreliableText, "legacy font encoding"),
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
