"""Generate the realistic evaluation set, its labels and a folder of hostile inputs.

    .venv/bin/python bench/realistic/make_set.py OUT_DIR

writes OUT_DIR/set/ (the labelled drafts: DOCX, PDF, text), OUT_DIR/texts.json (what the
drafter typed, per file: the reference for "is the excerpt the document's own text"),
OUT_DIR/hostile/ (broken and malicious files, plus one good file) and refreshes
bench/realistic/labels.json. Everything is deterministic: same code, same bytes of text.
bench/eval_realistic.py calls build() itself; run this by hand only to look at the files.
"""
from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import render  # noqa: E402
from docs_other import DOCS as OTHER_DOCS, DOCS_BATCH2 as OTHER_BATCH2  # noqa: E402
from docs_vi import DOCS as VI_DOCS  # noqa: E402
from docs_vi_extra import DOCS as VI_EXTRA  # noqa: E402
from docs_heldout import DOCS as HELDOUT  # noqa: E402

DOCS = VI_DOCS + OTHER_DOCS + VI_EXTRA + OTHER_BATCH2 + HELDOUT
LABELS = HERE / "labels.json"
HOSTILE_BIG_TEXT_MB = 50


def labels() -> dict:
    files = {}
    for d in DOCS:
        expected = [{"code": c, "substring": s} for c, s in d["expect"]]
        expected_codes = {c for c, _ in d["expect"]}
        files[d["file"]] = {
            "language": d["lang"],
            "batch": d.get("batch", 1),
            "note": d["note"],
            "expected": expected,
            "optional": [{"code": c, "substring": s} for c, s in d["optional"]],
            "must_not": sorted(_relevant_codes(d) - expected_codes - {c for c, _ in d["optional"]}),
        }
    return {"about": "Expected findings of the realistic evaluation set; see docs/evaluation.md. "
                     "substring: short piece of the flagged block's own text (list: any of them; "
                     "null: a whole-document finding whose excerpt is not judged). Every finding "
                     "that matches no expected or optional entry counts as a false positive; "
                     "must_not lists the rules that were considered and must stay silent.",
            "files": files}


def _relevant_codes(d: dict) -> set[str]:
    codes = {"DL101", "DL102", "DL201", "DL202", "DL203", "DL204", "DL205", "DL206", "DL301",
             "DL601", "DL602", "DL603", "DL604", "DL605", "DL606", "DL701", "DL702", "DL703"}
    if d["lang"] == "vi":
        codes |= {"DL401", "DL402", "DL403", "DL404", "DL405", "DL406", "DL502"}
        if d["file"].endswith(".docx"):
            codes |= {"DL407", "DL408"}
    return codes


def build(out: Path, *, hostile: bool = True) -> None:
    target = out / "set"
    target.mkdir(parents=True, exist_ok=True)
    texts = {}
    for d in DOCS:
        render.write(target / d["file"], d["blocks"])
        texts[d["file"]] = render.plain_text(d["blocks"])
        if d["file"].endswith(".txt"):
            texts[d["file"]] += "\n" + (target / d["file"]).read_text(encoding="utf-8")
    (out / "texts.json").write_text(json.dumps(texts, ensure_ascii=False, indent=1), encoding="utf-8")
    LABELS.write_text(json.dumps(labels(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if hostile:
        build_hostile(out / "hostile")


# ------------------------------------------------------------------ hostile inputs
HOSTILE = ["truncated.pdf", "corrupt.docx", "zip-bomb.docx", "entity-expansion.docx", "encrypted.pdf",
           "image-only.pdf", "empty.docx", "photo-renamed.docx", "huge-50mb.txt"]
HOSTILE_GOOD = "good-letter.txt"


def _sample_pdf(password: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", render.DEJAVU)
    pdf.set_font("DejaVu", size=12)
    for page in range(3):
        pdf.add_page()
        for i in range(30):
            pdf.multi_cell(0, 6, f"Trang {page + 1}, dòng {i + 1}: Sở Tài chính chủ trì rà soát thủ tục, hoàn thành trước ngày 30/6/2026.",
                           new_x="LMARGIN", new_y="NEXT")
    if password:
        pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    return bytes(pdf.output())


def _docx_bytes(document_xml: bytes | None = None) -> bytes:
    from docx import Document

    buf = io.BytesIO()
    doc = Document()
    doc.add_paragraph("KẾ HOẠCH thực hiện Kết luận số 226-KL/TW")
    doc.save(buf)
    if document_xml is None:
        return buf.getvalue()
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = document_xml if item.filename == "word/document.xml" else src.read(item.filename)
            dst.writestr(item.filename, data)
    return out.getvalue()


def build_hostile(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    pdf = _sample_pdf()
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    docx = _docx_bytes()
    (folder / "corrupt.docx").write_bytes(docx[:200] + b"\x00" * 400 + docx[600: len(docx) - 300])
    _zip_bomb(folder / "zip-bomb.docx")
    laughs = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                                        for i in range(1, 10)]
    entity_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document [' + "".join(laughs)
                  + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  '<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>').encode()
    (folder / "entity-expansion.docx").write_bytes(_docx_bytes(entity_xml))
    (folder / "encrypted.pdf").write_bytes(_sample_pdf(password="secret"))
    _image_pdf(folder / "image-only.pdf")
    (folder / "empty.docx").write_bytes(b"")
    (folder / "photo-renamed.docx").write_bytes(_jpeg())
    _big_text(folder / "huge-50mb.txt")
    (folder / HOSTILE_GOOD).write_text(
        "UBND TỈNH BÌNH ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSở Nội vụ\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số:   /SNV-VP\tBình Định, ngày   tháng   năm 2026\nV/v báo cáo số liệu hội nghị năm 2025\n\n"
        "Kính gửi: Các phòng, đơn vị thuộc Sở.\n"
        "Sở Nội vụ đề nghị các phòng, đơn vị báo cáo số hội nghị đã tổ chức năm 2025 trước ngày 15/01/2026.\n\n"
        "Nơi nhận:\t\tKT. GIÁM ĐỐC\n- Như trên;\t\tPHÓ GIÁM ĐỐC\n- Lưu: VT, VP.\n", encoding="utf-8")


def _zip_bomb(path: Path) -> None:
    """A well-formed DOCX whose document.xml inflates to 400 MB (ratio ~1000:1)."""
    base = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for item in base.infolist():
            if item.filename != "word/document.xml":
                dst.writestr(item.filename, base.read(item.filename))
        with dst.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                    b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
            chunk = b"A" * (1 << 20)
            for _ in range(400):
                f.write(chunk)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")


def _jpeg() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (200, 120), (180, 30, 30)).save(buf, format="JPEG")
    return buf.getvalue()


def _image_pdf(path: Path) -> None:
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    img = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(img)
    for i in range(40):
        draw.text((120, 120 + i * 36), f"KE HOACH so {i} - van ban scan khong co lop chu", fill=0)
    pdf = FPDF(format="A4")
    for _ in range(2):
        pdf.add_page()
        pdf.image(img, x=0, y=0, w=210, h=297)
    pdf.output(str(path))


def _big_text(path: Path) -> None:
    line = ("Sở Tài chính chủ trì rà soát, cắt giảm thủ tục hành chính, hoàn thành trước ngày 30/6/2026; "
            "kinh phí từ ngân sách tỉnh.\n").encode()
    target = HOSTILE_BIG_TEXT_MB * 1024 * 1024
    with path.open("wb") as f:
        f.write("KẾ HOẠCH\nThực hiện Kết luận số 226-KL/TW\n".encode())
        written = 0
        block = line * 1000
        while written < target:
            f.write(block)
            written += len(block)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build(Path(sys.argv[1]))
    print(f"{len(DOCS)} documents, labels in {LABELS}")
