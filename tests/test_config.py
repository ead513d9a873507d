"""Config files found upward from the checked files, validated, with clear one-line errors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from builders import write_text
from doclint import config
from doclint.errors import ConfigError

PIN = ("--select", "DL0,DL9", "--jobs", "1")  # the rules whose findings these tests count
DRAFT = ["KẾ HOẠCH", "Triển khai nhiệm vụ năm 2026", "doclint: ignore DL9",
         "1. Sở Tư pháp chủ trì xây dựng đề án."]


def _project(tmp_path: Path, name: str, body: str) -> Path:
    (tmp_path / name).write_text(body, encoding="utf-8")
    sub = tmp_path / "drafts" / "2026"
    sub.mkdir(parents=True)
    return write_text(sub / "plan.txt", DRAFT)


def test_doclint_toml_found_upward_from_the_checked_file(tmp_path):
    draft = _project(tmp_path, "doclint.toml",
                     'ignore = ["DL001"]\nfail-on = "error"\n[severity]\nDL902 = "info"\n')
    found = config.find_config(draft)
    assert found == tmp_path / "doclint.toml"
    s = config.load(found)
    assert s.ignore == ("DL001",) and s.fail_on.value == "error"
    assert s.severity["DL902"].value == "info"


def test_pyproject_without_a_doclint_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.doclint]\nignore = ["DL902"]\n')
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n')
    draft = write_text(inner / "a.txt", DRAFT)
    assert config.find_config(draft) == tmp_path / "pyproject.toml"
    assert config.load(config.find_config(draft)).ignore == ("DL902",)


def test_config_changes_what_check_reports(tmp_path, run_cli):
    draft = _project(tmp_path, "pyproject.toml", "[tool.doclint]\n")
    plain = json.loads(run_cli("check", "--no-cache", *PIN, "--format", "json", draft).output)
    assert [f["code"] for f in plain["files"][0]["findings"]] == ["DL001"]
    (tmp_path / "pyproject.toml").write_text('[tool.doclint]\nignore = ["DL001"]\n')
    quiet = json.loads(run_cli("check", "--no-cache", *PIN, "--format", "json", draft).output)
    assert quiet["files"][0]["findings"] == []


def test_severity_override_and_fail_on_decide_the_exit_status(tmp_path, run_cli):
    draft = _project(tmp_path, "doclint.toml", "")
    assert run_cli("check", "--no-cache", *PIN, draft).exit_code == 0  # DL001 is info
    (tmp_path / "doclint.toml").write_text('[severity]\nDL001 = "warning"\n')
    result = run_cli("check", "--no-cache", *PIN, "--format", "json", draft)
    assert result.exit_code == 1
    assert json.loads(result.output)["files"][0]["findings"][0]["severity"] == "warning"
    (tmp_path / "doclint.toml").write_text('fail-on = "info"\n')
    assert run_cli("check", "--no-cache", *PIN, draft).exit_code == 1


def test_per_file_ignores_match_paths_relative_to_the_config(tmp_path, run_cli):
    draft = _project(tmp_path, "doclint.toml", '[per-file-ignores]\n"drafts/2026/*" = ["DL0"]\n')
    other = write_text(tmp_path / "other.txt", DRAFT)
    out = json.loads(run_cli("check", "--no-cache", *PIN, "--format", "json", draft, other).output)
    codes = {Path(f["path"]).name: [x["code"] for x in f["findings"]] for f in out["files"]}
    assert codes == {"plan.txt": [], "other.txt": ["DL001"]}


def test_extend_select_adds_to_the_configured_selection(tmp_path):
    s = config.from_mapping({"select": ["DL9"], "extend-select": ["DL001"]})
    assert s.select == ("DL9", "DL001")
    from doclint.engine import Engine

    codes = [r.code for r in Engine(s).rules]
    assert "DL001" in codes and "DL902" in codes


def test_corpus_and_cache_dir_are_relative_to_the_config_file(tmp_path):
    (tmp_path / "directives").mkdir()
    (tmp_path / "doclint.toml").write_text('corpus = ["directives"]\ncache-dir = "build/cache"\n')
    s = config.load(tmp_path / "doclint.toml")
    assert s.corpus == (str((tmp_path / "directives").resolve()),)
    assert s.cache_dir == str((tmp_path / "build" / "cache").resolve())


def test_lexicon_terms_extend_the_shipped_lexicon(tmp_path):
    from doclint.engine import Engine

    (tmp_path / "doclint.toml").write_text(
        '[lexicons.vi]\npersonnel-title = ["Trưởng ban điều phối liên ngành"]\n')
    s = config.load(tmp_path / "doclint.toml")
    lex = Engine(s).lexicons.get("vi", "personnel-title")
    assert "Trưởng ban điều phối liên ngành" in [e.text for e in lex.entries]
    assert lex.find("Bổ nhiệm ông A làm Truong ban dieu phoi lien nganh")  # folded match


@pytest.mark.parametrize("body, needle", [
    ('selct = ["DL2"]\n', "unknown key(s) selct"),
    ('ignore = ["DL777"]\n', "unknown rule selector 'DL777'"),
    ('fail-on = "fatal"\n', "fail-on must be one of info, warning, error"),
    ('[severity]\nDL001 = "loud"\n', "severity.DL001 must be one of"),
    ('[severity]\nDL999 = "info"\n', "unknown rule 'DL999'"),
    ('kind = "memo"\n', "kind must be one of"),
    ('issued = "yes"\n', "issued must be true or false"),
    ('[rules.DL001]\nthreshold = 0.5\n', "DL001 has no option 'threshold'"),
    ('[lexicons.xx]\nowners = ["a"]\n', "lexicons.xx: unknown language"),
    ('[lexicons.vi]\nnot-a-lexicon = ["a"]\n', "lexicons.vi.not-a-lexicon: no such lexicon"),
    ('[lexicons.vi]\npersonnel-title = "Giám đốc"\n', None),  # a single string is accepted
    ('[languages]\nDL001 = ["klingon"]\n', "unknown language(s) klingon"),
    ('severity = "info"\n', "severity must be a table"),
    ('ignore = [1, 2]\n', "ignore must be a list of strings"),
    ('select = [\n', "cannot read"),
])
def test_bad_config_is_one_clear_line_and_exit_2(tmp_path, run_cli, body, needle):
    draft = _project(tmp_path, "doclint.toml", body)
    if needle is None:
        assert config.load(tmp_path / "doclint.toml").lexicons["vi"]["personnel-title"] == ["Giám đốc"]
        return
    with pytest.raises(ConfigError) as err:
        config.load(tmp_path / "doclint.toml")
    assert needle in err.value.message and "doclint.toml" in err.value.message
    result = run_cli("check", "--no-cache", *PIN, draft)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("doclint: error: ") and needle in lines[0]


def test_bad_command_line_value_is_a_config_error_too(tmp_path, run_cli):
    draft = write_text(tmp_path / "a.txt", DRAFT)
    result = run_cli("check", "--select", "DL77x", draft)
    assert result.exit_code == 2 and "unknown rule selector 'DL77x'" in result.output


def test_rule_options_are_validated_against_the_rule():
    from doclint.rules.registry import all_rules

    with_options = [r for r in all_rules() if r.options]
    if not with_options:
        pytest.skip("no rule declares options yet")
    rule = with_options[0]
    key, opt = next(iter(rule.options.items()))
    s = config.from_mapping({"rules": {rule.code: {key: opt.default}}})
    assert s.rule_option(rule.code, key, None) == opt.default
    with pytest.raises(ConfigError, match=key):
        config.from_mapping({"rules": {rule.code: {key: ["not", "a", type(opt.default).__name__]}}})


def test_config_command_prints_the_effective_settings(tmp_path, run_cli):
    draft = _project(tmp_path, "doclint.toml",
                     'ignore = ["DL902"]\n[per-file-ignores]\n"old/*" = ["DL0"]\n'
                     '[lexicons.ru]\npersonnel-title = ["начальник отдела"]\n')
    result = run_cli("config", draft)
    assert result.exit_code == 0
    out = result.output
    assert f"# settings from {tmp_path / 'doclint.toml'}" in out
    assert 'ignore = ["DL902"]' in out and 'per-file-ignores = {"old/*" = ["DL0"]}' in out
    assert "[lexicons.ru]" in out and "начальник отдела" in out
    assert "DL902" not in out.split("# rules selected:")[1].splitlines()[0]
    # the printed TOML is itself a valid config with the same meaning
    import tomllib

    printed = tomllib.loads("\n".join(line for line in out.splitlines()
                                      if not line.startswith("cache-dir")))
    again = config.from_mapping({k: v for k, v in printed.items() if k != "rules"})
    assert again.ignore == ("DL902",) and again.per_file_ignores == {"old/*": ("DL0",)}
    data = json.loads(run_cli("config", "--format", "json", draft).output)
    assert data["source"] == str(tmp_path / "doclint.toml") and data["ignore"] == ["DL902"]


def test_config_command_without_a_config_shows_defaults(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = run_cli("config").output
    assert "defaults" in out and 'select = ["ALL"]' in out and 'fail-on = "warning"' in out
