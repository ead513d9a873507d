"""How fast is parsing? Prints pages/s and documents/s of doclint's parsers next to the bare
libraries on the same files, and the wall time of `doclint check --select DL9` over them.

    .venv/bin/python bench/bench_parse.py            # generates a varied set (5 languages)
    .venv/bin/python bench/bench_parse.py FOLDER     # your own DOCX/PDF files

Wall times on a shared machine move between runs; instruction counts do not. `--once check
FOLDER` runs the check's in-process work once (parse, language, metadata, kind, citations) and
`--once bare FOLDER` the bare extraction, without timing, to be counted with
`valgrind --tool=cachegrind --cache-sim=no .venv/bin/python bench/bench_parse.py --once …`.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from doclint.model import TEXT_AND_TABLES  # noqa: E402  (what every rule but DL9xx asks for)
from doclint.parsers import parse  # noqa: E402

if TYPE_CHECKING:
    from doclint.engine import Engine

TEXT = frozenset({"text"})  # what `--select DL9` asks for
ROUNDS = 5
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# (task items, a table after every n-th item or 0 for none): letters, plans, long programmes
SHAPES = ((1, 0), (2, 0), (4, 3), (6, 0), (12, 3), (16, 5), (24, 0), (40, 4), (60, 6))


def generate(folder: Path) -> None:
    """A varied set about the size of the issue's (56 PDFs, 261 pages): plans in five languages
    from one-page letters to long programmes, with and without task tables, two-column
    headers, page numbers and shaped Arabic; 60-row task tables; and the 59 realistic drafts
    of bench/realistic (DOCX and PDF), with their tables, numbering and odd headers."""
    from builders import Heading, Item, PageBreak, Table, write_docx, write_pdf
    from test_parsers_pdf import LONG, _task_rows
    from test_parsers_docx import HEADER_LEFT, HEADER_RIGHT, LANGS

    sys.path.insert(0, str(ROOT / "bench" / "realistic"))
    import make_set

    for lang, (heading, para, items, rows, closing) in LANGS.items():
        shaping = lang == "ar"
        for n, (size, every) in enumerate(SHAPES):
            body: list = [Heading(heading), para]
            for k in range(size):
                body += [LONG[lang], Item(f"{k + 1}. " + items[k % len(items)]), para]
                if every and k % every == every - 1:
                    body += [Table([rows[0], rows[2]] * 4), PageBreak()]
            body.append(closing)
            header = (HEADER_LEFT, HEADER_RIGHT) if lang == "vi" else None
            write_pdf(folder / f"{lang}-{n}.pdf", body, two_column_header=header,
                      page_numbers=size > 4, text_shaping=shaping)
            write_docx(folder / f"{lang}-{n}.docx", body,
                       header_table=[[a, b] for a, b in zip(HEADER_LEFT, HEADER_RIGHT)])
        write_docx(folder / f"{lang}-tasks.docx", [Heading(heading), Table(_task_rows(), merged_rows={1, 22, 43})])
    with tempfile.TemporaryDirectory() as tmp:
        make_set.build(Path(tmp), hostile=False)
        for f in sorted((Path(tmp) / "set").iterdir()):
            if f.suffix in (".pdf", ".docx"):
                shutil.copy(f, folder / f"realistic-{f.name}")


def timed(fn: Callable[[Path], int], files: list[Path], repeat: int = 3) -> tuple[float, int]:
    """(best seconds over `repeat` runs, units counted by fn)."""
    best, units = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        units = sum(fn(f) for f in files)
        best = min(best, time.perf_counter() - start)
    return best, units


def plumber_text(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def pdfium_text(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    for i in range(len(pdf)):
        pdf[i].get_textpage().get_text_range()
    n = len(pdf)
    pdf.close()
    return n


def doclint_pdf(path: Path) -> int:
    return len(parse(path, TEXT).pages)


def doclint_pdf_tables(path: Path) -> int:
    return len(parse(path, TEXT_AND_TABLES).pages)


def python_docx(path: Path) -> int:
    import docx

    d = docx.Document(str(path))
    for p in d.paragraphs:
        p.text  # noqa: B018
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                cell.text  # noqa: B018
    return 1


def lxml_walk(path: Path) -> int:
    from lxml import etree

    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    for p in root.iter(W + "p"):
        "".join(t.text or "" for t in p.iter(W + "t"))
    return 1


def doclint_docx(path: Path) -> int:
    parse(path, TEXT)
    return 1


def per_file_facts(files: list[Path]) -> float:
    """Seconds `check --select DL9` spends per run on what every file's result carries
    besides parsing (Engine.prepare and the JSON extras), on already parsed documents."""
    engine = _dl9_engine()
    docs = [parse(f, engine.layers) for f in files]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for doc in docs:
            engine.extras(engine.prepare(doc))
        best = min(best, time.perf_counter() - start)
    return best


def _dl9_engine() -> "Engine":
    import dataclasses

    from doclint.config import Settings
    from doclint.engine import Engine

    return Engine(dataclasses.replace(Settings(), select=("DL9",)))


def once(mode: str, folder: Path) -> None:
    """One untimed pass over the folder's files: the check's in-process work or the bare
    extraction (see the module docstring)."""
    files = sorted(folder.rglob("*.pdf")) + sorted(folder.rglob("*.docx"))
    if mode == "bare":
        for f in files:
            (pdfium_text if f.suffix == ".pdf" else lxml_walk)(f)
        return
    engine = _dl9_engine()
    for f in files:
        engine.extras(engine.prepare(parse(f, engine.layers)))


def start_up(command: list[str], files: list[Path]) -> float:
    """Best wall of the same check over the two smallest PDFs: interpreter, imports, engine
    and a worker process with its own imports, with almost nothing to parse."""
    small = sorted(files, key=lambda f: f.stat().st_size)[:2]
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        subprocess.run([*command[:-1], *map(str, small), "--jobs", "2"], capture_output=True,
                       check=False)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    if sys.argv[1:2] == ["--once"] and len(sys.argv) == 4 and sys.argv[2] in ("check", "bare"):
        once(sys.argv[2], Path(sys.argv[3]))
        return
    tmp = None
    if len(sys.argv) > 1:
        folder = Path(sys.argv[1])
    else:
        tmp = tempfile.TemporaryDirectory()
        folder = Path(tmp.name)
        generate(folder)
    pdfs = sorted(folder.rglob("*.pdf"))
    docxs = sorted(folder.rglob("*.docx"))
    print(f"{len(pdfs)} PDF, {len(docxs)} DOCX files in {folder}")
    plumber = 0.0
    if pdfs:
        ours, pages = timed(doclint_pdf, pdfs)
        tables, _ = timed(doclint_pdf_tables, pdfs)
        fast, _ = timed(pdfium_text, pdfs)
        slow, _ = timed(plumber_text, pdfs, repeat=1)
        plumber = slow
        print(f"PDF  {pages} pages")
        print(f"  {'pdfplumber extract_text':34} {pages / slow:5.0f} pages/s")
        print(f"  {'bare pypdfium2':34} {pages / fast:5.0f} pages/s")
        for label, secs in (("text", ours), ("text + tables", tables)):
            print(f"  {'doclint PDF parser, ' + label:34} {pages / secs:5.0f} pages/s   "
                  f"({slow / secs:.1f}x pdfplumber, {secs / fast:.1f}x the time of bare "
                  f"pypdfium2)")
    if docxs:
        ours, n = timed(doclint_docx, docxs)
        fast, _ = timed(lxml_walk, docxs)
        slow, _ = timed(python_docx, docxs)
        print(f"DOCX {n} documents")
        print(f"  {'python-docx':34} {n / slow:5.0f} docs/s")
        print(f"  {'bare lxml walk':34} {n / fast:5.0f} docs/s")
        print(f"  {'doclint DOCX parser':34} {n / ours:5.0f} docs/s    "
              f"({slow / ours:.1f}x python-docx, {ours / fast:.1f}x the time of the bare walk)")
    facts = per_file_facts(pdfs + docxs)
    print(f"per-file facts (language, metadata, kind, citations) of a DL9 run: {facts:.2f} s "
          f"for {len(pdfs) + len(docxs)} files, one core")
    exe = Path(sys.executable).parent / "doclint"
    command = [str(exe), "check", "--select", "DL9", "--format", "json", "--no-cache", str(folder)]
    # bare extraction and the check take turns, so a busy machine slows both alike
    walls, bares = [], []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        walls.append(time.perf_counter() - start)
        start = time.perf_counter()
        for f in pdfs:
            pdfium_text(f)
        for f in docxs:
            lxml_walk(f)
        bares.append(time.perf_counter() - start)
    wall, bare = min(walls), min(bares)
    ratios = sorted(w / b for w, b in zip(walls, bares))
    print(f"doclint check --select DL9: {wall:.2f} s wall for {len(pdfs) + len(docxs)} files "
          f"(best of {ROUNDS}), start-up and workers included")
    print(f"  {wall / bare:.1f}x the time of bare pypdfium2 + lxml extraction ({bare:.2f} s; "
          f"round by round {ratios[0]:.1f}x to {ratios[-1]:.1f}x, median "
          f"{ratios[len(ratios) // 2]:.1f}x)")
    startup = start_up(command, pdfs or docxs)
    print(f"  of which start-up {startup:.2f} s (the same check of two one-page files: the "
          f"fixed part); the rest is {(wall - startup) / bare:.1f}x bare extraction")
    if plumber:
        print(f"  {plumber / wall:.1f}x faster than pdfplumber extract_text on the PDFs alone "
              f"({plumber:.2f} s)")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
