"""Worker isolation: a file that crashes or hangs its parser costs only that file.

Hangs are real: a named pipe with no writer blocks `open()` in the parser forever, as a file on
a stalled network share does. Crashes are real signals in the worker process: `_plant_faults`
(passed as the pool's `initializer`, so it runs only inside workers) wraps the text parser so
that a file holding a marker dereferences a NULL pointer through ctypes (SIGSEGV, as a pdfium
bug would) or calls os.abort() (SIGABRT). Everything else is the production path.
"""
from __future__ import annotations

import ctypes
import json
import os
import time
from pathlib import Path

import pytest

from builders import write_docx, write_pdf, write_text
from doclint.config import Settings
from doclint.engine import Engine
from doclint.parsers.limits import Limits
import doclint.workers as workers
from doclint.workers import check_files, needs_isolation, run_jobs

SEGV, ABORT = "<<segfault-marker>>", "<<abort-marker>>"
# The hung file's time limit: long enough that a good file never reaches it on a loaded
# machine (the deadline is wall time), short enough to keep the tests quick.
LIMIT = 3.0


def _plant_faults() -> None:
    import doclint.parsers.text as text_parser

    real = text_parser.parse_text

    def faulty(data: bytes, path: str):  # type: ignore[no-untyped-def]
        if SEGV.encode() in data:
            ctypes.string_at(0)  # NULL dereference in C: the process gets SIGSEGV
        if ABORT.encode() in data:
            os.abort()
        return real(data, path)

    text_parser.parse_text = faulty


def _plant_pdf_faults() -> None:
    """In workers only: every PDF crashes its parser (SIGSEGV), text files with the marker too."""
    import doclint.parsers.pdf as pdf_parser

    _plant_faults()

    def crash(*args, **kwargs):  # type: ignore[no-untyped-def]
        ctypes.string_at(0)

    pdf_parser.parse_pdf = crash


def _archive(tmp_path: Path) -> dict[str, Path]:
    files = {
        "vi": write_text(tmp_path / "a_vi.txt", [
            "ỦY BAN NHÂN DÂN TỈNH AN GIANG", "Số: 12/KH-UBND", "KẾ HOẠCH",
            "1. Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2026."]),
        "segv": write_text(tmp_path / "b_crash.txt", ["Report", SEGV]),
        "ru": write_text(tmp_path / "c_ru.txt", [
            "ПЛАН", "1. Министерству финансов подготовить проект до 1 июля 2026 г."]),
        "hang": tmp_path / "d_hang.txt",
        "abort": write_text(tmp_path / "e_abort.txt", ["Plan", ABORT]),
        "docx": write_docx(tmp_path / "f_en.docx", [
            "ACTION PLAN", "1. The Ministry of Finance shall submit the draft by 30 June 2026."]),
        "nb": write_text(tmp_path / "g_nb.txt", [
            "Handlingsplan", "1. Departementet skal levere utkastet innen 30. juni 2026."]),
    }
    os.mkfifo(files["hang"])  # open() blocks until a writer appears: never
    return files


def test_crash_and_hang_cost_only_their_file(tmp_path: Path) -> None:
    files = _archive(tmp_path)
    paths = list(files.values())
    limits = Limits(parse_seconds=LIMIT)
    results = list(run_jobs(paths, Settings(), limits=limits, jobs=2, initializer=_plant_faults))
    assert [o.path for o in results] == paths  # input order, one outcome per file
    by_name = {name: results[i] for i, name in enumerate(files)}

    assert by_name["segv"].failure.code == "DL901"
    assert "parser crashed (signal SIGSEGV)" in by_name["segv"].failure.message
    assert by_name["abort"].failure.code == "DL901"
    assert "signal SIGABRT" in by_name["abort"].failure.message
    assert by_name["hang"].failure.code == "DL903"
    assert f"parse time limit of {LIMIT:g} s" in by_name["hang"].failure.message
    assert str(files["hang"]) in by_name["hang"].failure.message

    # the good files after each crash were checked by restarted workers, exactly as in-process
    engine = Engine()
    for name in ("vi", "ru", "docx", "nb"):
        outcome = by_name[name]
        assert outcome.failure is None
        assert outcome.value == engine.check_file(files[name])
    assert by_name["vi"].value.language == "vi" and by_name["ru"].value.language == "ru"


def test_completion_order_streams_every_file(tmp_path: Path) -> None:
    files = _archive(tmp_path)
    paths = list(files.values())
    outcomes = list(run_jobs(paths, Settings(), limits=Limits(parse_seconds=LIMIT), jobs=3,
                             ordered=False, initializer=_plant_faults))
    assert sorted(o.index for o in outcomes) == list(range(len(paths)))
    failures = {o.path: o.failure.code for o in outcomes if o.failure is not None}
    assert failures == {files["segv"]: "DL901", files["hang"]: "DL903", files["abort"]: "DL901"}


def test_check_files_gives_file_results(tmp_path: Path) -> None:
    files = _archive(tmp_path)
    del files["segv"], files["abort"]  # no planted faults without the initializer
    results = list(check_files(files.values(), Settings(), limits=Limits(parse_seconds=LIMIT)))
    assert [r.path for r in results] == [str(p) for p in files.values()]
    assert results[list(files).index("hang")].error.code == "DL903"
    engine = Engine()
    for name in ("vi", "ru", "docx", "nb"):
        assert results[list(files).index(name)] == engine.check_file(files[name])
    assert results[list(files).index("vi")].error is None


def test_check_command_jobs_gives_the_same_report(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    files = _archive(tmp_path)
    for name in ("segv", "abort", "hang"):
        files.pop(name).unlink()
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 truncated")
    serial = run_cli("check", "--format", "json", "--jobs", "1", tmp_path)
    parallel = run_cli("check", "--format", "json", "--jobs", "2", tmp_path)
    assert serial.exit_code == parallel.exit_code == 2
    assert parallel.output == serial.output
    data = json.loads(parallel.output)
    assert "bad.docx" in [Path(f["path"]).name for f in data["files"] if f["error"]]
    assert [f["language"] for f in data["files"] if f["path"].endswith(("vi.txt", "ru.txt"))] \
        == ["vi", "ru"]
    assert data["summary"]["files"] == len(files) + 1


@pytest.mark.parametrize("jobs", [1, None])
def test_check_paths_same_results_in_process_and_in_workers(tmp_path: Path, jobs) -> None:  # type: ignore[no-untyped-def]
    files = _archive(tmp_path)
    for name in ("segv", "abort", "hang"):
        files.pop(name).unlink()
    engine = Engine()
    in_process = [engine.check_file(p) for p in sorted(files.values())]
    assert list(engine.check_paths([tmp_path], jobs=jobs)) == in_process


def test_a_few_files_keep_pdfs_and_pipes_isolated_and_the_rest_in_process(tmp_path: Path) -> None:
    """`doclint check` on a few drafts: DOCX and text files are checked in this process (no pool
    start-up), PDFs and special files still in workers. A PDF disguised as .docx is sniffed."""
    files = {
        "vi": write_text(tmp_path / "a_vi.txt", [
            "KẾ HOẠCH", "1. Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2026."]),
        "pdf": write_pdf(tmp_path / "b_ru.pdf", [
            "ПЛАН", "1. Министерству финансов подготовить проект до 1 июля 2026 г."]),
        "marked": write_text(tmp_path / "c_marked.txt", ["Report", SEGV]),
        "disguised": write_pdf(tmp_path / "d_plan.docx", [
            "PLAN", "1. The Ministry of Finance shall submit the draft by 30 June 2026."]),
        "hang": tmp_path / "e_hang.txt",
        "nb": write_docx(tmp_path / "f_nb.docx", [
            "Handlingsplan", "1. Departementet skal levere utkastet innen 30. juni 2026."]),
    }
    os.mkfifo(files["hang"])
    assert [name for name, p in files.items() if needs_isolation(p)] == \
        ["pdf", "disguised", "hang"]
    engine = Engine()
    results = list(check_files(files.values(), Settings(), limits=Limits(parse_seconds=LIMIT),
                               engine=engine, initializer=_plant_pdf_faults))
    assert [r.path for r in results] == [str(p) for p in files.values()]
    by_name = dict(zip(files, results))
    # the planted faults live only in workers: the PDFs crashed there and cost only themselves
    for name in ("pdf", "disguised"):
        assert by_name[name].error.code == "DL901"
        assert "parser crashed (signal SIGSEGV)" in by_name[name].error.message
    assert by_name["hang"].error.code == "DL903"
    # the text and DOCX files never went to a worker: the marker did not crash anything
    for name in ("vi", "marked", "nb"):
        assert by_name[name] == engine.check_file(files[name])
        assert by_name[name].error is None
    assert by_name["vi"].findings == engine.check_file(files["vi"]).findings


def test_a_larger_run_sends_every_file_to_workers(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    files = [write_text(tmp_path / "a.txt", ["Plan", "1. The unit shall report by 1 May 2026."]),
             write_text(tmp_path / "b.txt", ["Report", SEGV])]
    monkeypatch.setattr(workers, "IN_PROCESS_MAX", 1)
    results = list(check_files(files, Settings(), engine=Engine(), initializer=_plant_faults))
    assert results[0] == Engine().check_file(files[0])
    assert results[1].error.code == "DL901" and "SIGSEGV" in results[1].error.message


def test_a_consumer_that_stops_ends_the_hung_worker(tmp_path: Path) -> None:
    """Ctrl-C or a closed report in a small run: the worker stuck on a pipe is killed at once,
    not left behind (its time limit here is far away)."""
    import psutil

    good = write_text(tmp_path / "a.txt", ["Plan", "1. The unit shall report by 1 May 2026."])
    hang = tmp_path / "b_hang.pdf"
    os.mkfifo(hang)

    def workers_alive() -> list[psutil.Process]:
        me = psutil.Process()
        return [p for p in me.children(recursive=True)
                if p.ppid() != me.pid and p.status() != psutil.STATUS_ZOMBIE]

    stream = check_files([good, hang], Settings(), limits=Limits(parse_seconds=600),
                         engine=Engine())
    assert next(stream).path == str(good)
    for _ in range(200):  # the worker has started and holds the pipe's file
        if workers_alive():
            break
        time.sleep(0.05)
    assert workers_alive()
    stream.close()
    assert workers_alive() == []
