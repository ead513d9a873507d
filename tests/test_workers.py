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
from pathlib import Path

import pytest

from builders import write_docx, write_text
from doclint.config import Settings
from doclint.engine import Engine
from doclint.parsers.limits import Limits
from doclint.workers import check_files, run_jobs

SEGV, ABORT = "<<segfault-marker>>", "<<abort-marker>>"


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
    limits = Limits(parse_seconds=1.0)
    results = list(run_jobs(paths, Settings(), limits=limits, jobs=2, initializer=_plant_faults))
    assert [o.path for o in results] == paths  # input order, one outcome per file
    by_name = {name: results[i] for i, name in enumerate(files)}

    assert by_name["segv"].failure.code == "DL901"
    assert "parser crashed (signal SIGSEGV)" in by_name["segv"].failure.message
    assert by_name["abort"].failure.code == "DL901"
    assert "signal SIGABRT" in by_name["abort"].failure.message
    assert by_name["hang"].failure.code == "DL903"
    assert "parse time limit of 1 s" in by_name["hang"].failure.message
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
    outcomes = list(run_jobs(paths, Settings(), limits=Limits(parse_seconds=1.0), jobs=3,
                             ordered=False, initializer=_plant_faults))
    assert sorted(o.index for o in outcomes) == list(range(len(paths)))
    failures = {o.path: o.failure.code for o in outcomes if o.failure is not None}
    assert failures == {files["segv"]: "DL901", files["hang"]: "DL903", files["abort"]: "DL901"}


def test_check_files_gives_file_results(tmp_path: Path) -> None:
    files = _archive(tmp_path)
    del files["segv"], files["abort"]  # no planted faults without the initializer
    results = list(check_files(files.values(), Settings(), limits=Limits(parse_seconds=1.0)))
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
