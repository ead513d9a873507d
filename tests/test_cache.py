"""Repeated runs answer unchanged files from the cache; any change that matters re-checks."""
from __future__ import annotations

import json
from pathlib import Path

from builders import write_docx, write_text
from doclint import config
from doclint.cache import DIR_NAME, ResultCache, check_cached, result_to_dict
from doclint.engine import Engine


PIN = ("DL0", "DL9")  # the rules whose findings these tests count


def _drafts(root: Path) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    return [
        write_text(root / "vi.txt", ["KẾ HOẠCH", "doclint: ignore DL902", "Sở Tư pháp chủ trì."]),
        write_text(root / "ru.txt", ["ПЛАН", "doclint: ignore DL902", "Министерству поручить."]),
        write_docx(root / "nb.docx", ["PLAN", "doclint: ignore DL902",
                                      "Departementet skal utarbeide en plan for arbeidet med "
                                      "digitalisering, og det er viktig at kommunene får svar "
                                      "innen fristen."]),
        write_text(root / "clean.txt", ["KẾ HOẠCH", "Sở Nội vụ chủ trì."]),
    ]


def _run(engine: Engine, paths: list[Path]) -> tuple[list[dict], ResultCache]:
    cache = ResultCache.for_engine(engine)
    results = [result_to_dict(r) for r in check_cached(engine, [str(p) for p in paths], cache,
                                                        jobs=1)]
    return results, cache


def test_second_run_is_answered_from_the_cache(tmp_path):
    paths = _drafts(tmp_path / "d")
    engine = Engine(config.Settings(select=PIN, cache_dir=str(tmp_path / "c")))
    first, cache = _run(engine, paths)
    assert cache.hits == 0
    second, cache = _run(Engine(config.Settings(select=PIN, cache_dir=str(tmp_path / "c"))), paths)
    assert cache.hits == len(paths) and second == first
    assert [len(r["findings"]) for r in first] == [1, 1, 1, 0]
    assert (tmp_path / "c" / ".gitignore").read_text().strip().endswith("*")


def test_a_changed_file_is_checked_again(tmp_path):
    paths = _drafts(tmp_path / "d")
    settings = config.Settings(select=PIN, cache_dir=str(tmp_path / "c"))
    _run(Engine(settings), paths)
    write_text(paths[0], ["KẾ HOẠCH", "Sở Tư pháp chủ trì."])  # the directive is gone
    results, cache = _run(Engine(settings), paths)
    assert cache.hits == len(paths) - 1
    assert results[0]["findings"] == []


def test_changed_settings_invalidate_every_entry(tmp_path):
    paths = _drafts(tmp_path / "d")
    _run(Engine(config.Settings(select=PIN, cache_dir=str(tmp_path / "c"))), paths)
    ignoring = config.Settings(select=PIN, cache_dir=str(tmp_path / "c"), ignore=("DL001",))
    results, cache = _run(Engine(ignoring), paths)
    assert cache.hits == 0 and all(r["findings"] == [] for r in results)
    # fail-on decides the exit status only: it keeps the entries valid
    _, cache = _run(Engine(ignoring.with_(fail_on=config.Severity.ERROR)), paths)
    assert cache.hits == len(paths)


def test_errors_are_not_cached_and_bad_entries_are_ignored(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    good = write_text(tmp_path / "a.txt", ["KẾ HOẠCH", "doclint: ignore DL902", "Nội dung."])
    settings = config.Settings(select=PIN, cache_dir=str(tmp_path / "c"))
    first, _ = _run(Engine(settings), [broken, good])
    assert first[0]["error"]["code"] == "DL901"
    entries = list((tmp_path / "c").rglob("*.json"))
    assert len(entries) == 1  # only the readable file
    entries[0].write_text("{not json")
    again, cache = _run(Engine(settings), [broken, good])
    assert cache.hits == 0 and again == first


def test_cli_cache_lives_beside_the_config_and_no_cache_bypasses_it(tmp_path, run_cli):
    project = tmp_path / "project"
    paths = _drafts(project / "drafts")
    (project / "doclint.toml").write_text("")
    result = run_cli("check", "--no-cache", "--select", "DL0,DL9", "--format", "json", project / "drafts")
    assert not (project / DIR_NAME).exists()
    first = run_cli("check", "--select", "DL0,DL9", "--format", "json", project / "drafts")
    assert (project / DIR_NAME).is_dir()
    assert len(list((project / DIR_NAME).rglob("*.json"))) == len(paths)
    second = run_cli("check", "--select", "DL0,DL9", "--format", "json", project / "drafts")
    assert json.loads(first.output) == json.loads(second.output) == json.loads(result.output)


def test_cache_dir_from_the_environment(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DOCLINT_CACHE_DIR", str(tmp_path / "elsewhere"))
    _drafts(tmp_path / "d")
    assert run_cli("check", "--select", "DL0,DL9", "d").exit_code == 0
    assert not (tmp_path / DIR_NAME).exists()
    assert len(list((tmp_path / "elsewhere").rglob("*.json"))) == 4
