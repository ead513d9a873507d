"""The commands users type: explain, rules (text/json/markdown), and the generated docs."""
from __future__ import annotations

import json
from pathlib import Path

from doclint.rules.base import DOC_SECTIONS
from doclint.rules.registry import all_rules

ROOT = Path(__file__).parent.parent


def test_explain_prints_every_section_of_the_docstring(run_cli):
    for rule in all_rules():
        result = run_cli("explain", rule.code)
        assert result.exit_code == 0
        sections = rule.doc_sections()
        assert result.output.startswith(f"{rule.code} {rule.name} ({rule.severity.value};")
        for title in DOC_SECTIONS:
            assert f"\n{title}\n" in result.output
            first_line = sections[title].splitlines()[0]
            assert first_line in result.output
        for key, opt in rule.options.items():
            assert f"{key} = {json.dumps(opt.default, ensure_ascii=False)}" in result.output


def test_explain_by_name_and_unknown_code(run_cli):
    by_name = run_cli("explain", "unused-suppression")
    assert by_name.exit_code == 0 and by_name.output.startswith("DL001 unused-suppression")
    assert json.loads(run_cli("explain", "dl001", "--format", "json").output)["code"] == "DL001"
    unknown = run_cli("explain", "DL999")
    assert unknown.exit_code == 2
    assert unknown.output.strip() == "doclint: error: unknown rule 'DL999'; `doclint rules` lists them"


def test_rules_json_lists_every_rule_with_its_documentation(run_cli):
    data = json.loads(run_cli("rules", "--format", "json").output)
    assert [r["code"] for r in data] == [r.code for r in all_rules()]
    for entry, rule in zip(data, all_rules()):
        assert entry["name"] == rule.name and entry["severity"] == rule.severity.value
        assert all(entry["doc"][s] for s in DOC_SECTIONS)
        assert set(entry["options"]) == set(rule.options)


def test_docs_rules_md_is_up_to_date(run_cli):
    """Regenerate with: doclint rules --format markdown > docs/rules.md"""
    generated = run_cli("rules", "--format", "markdown").output
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == generated
    for rule in all_rules():
        assert f"\n## {rule.code}\n" in generated and f"**{rule.name}**" in generated


def _snippets(lang: str) -> list[str]:
    import re

    text = (ROOT / "docs" / "integrations.md").read_text(encoding="utf-8")
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.S)


def _doclint_commands() -> list[list[str]]:
    """The `doclint …` command lines of the YAML `run:` steps and shell blocks of the docs."""
    import shlex

    import yaml

    lines = [line for block in _snippets("sh") for line in block.splitlines()]
    for block in _snippets("yaml"):
        for step in yaml.safe_load(block):
            if isinstance(step, dict) and "run" in step:
                lines.append(step["run"])
    return [shlex.split(line.split(">")[0]) for line in lines if line.startswith("doclint ")]


def test_integration_snippets_run_on_real_drafts(tmp_path, run_cli, monkeypatch):
    import jsonschema

    from builders import write_docx, write_text

    monkeypatch.chdir(tmp_path)
    (tmp_path / "doclint.toml").write_text('select = ["DL0", "DL9"]\n')
    for folder in ("docs", "drafts"):
        (tmp_path / folder).mkdir()
        write_text(tmp_path / folder / "plan.txt", ["KẾ HOẠCH", "doclint: ignore DL902", "Nội dung."])
        write_docx(tmp_path / folder / "plan.docx", ["KẾ HOẠCH", "doclint: ignore DL902", "Nội dung."])
    write_docx(tmp_path / "draft.docx", ["KẾ HOẠCH", "doclint: ignore DL902", "Sở Tư pháp chủ trì."])
    commands = _doclint_commands()
    assert {c[c.index("--format") + 1] for c in commands if "--format" in c} == {"github", "sarif"}
    assert any("--annotate" in c for c in commands)
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
    for argv in commands:
        result = run_cli(*argv[1:])
        assert result.exit_code == 0, (argv, result.output)
        if "sarif" in argv:
            jsonschema.Draft4Validator(schema).validate(json.loads(result.stdout))
        if "github" in argv:
            assert result.stdout.startswith("::notice file=docs/plan")
        if "--annotate" in argv:
            assert Path(argv[argv.index("--annotate") + 1]).exists()


def test_integration_config_snippet_is_a_valid_config(tmp_path):
    import tomllib

    from doclint import config

    [toml] = _snippets("toml")
    (tmp_path / "doclint.toml").write_text(toml, encoding="utf-8")
    s = config.load(tmp_path / "doclint.toml")
    assert s.source == str(tmp_path / "doclint.toml") and tomllib.loads(toml)["fail-on"] == "warning"
    assert s.lexicons["vi"]["personnel-title"] == ["Trưởng ban điều phối"]


def test_integration_precommit_snippets_name_the_shipped_hook():
    import yaml

    [by_url, local] = [yaml.safe_load(b) for b in _snippets("yaml") if "repos:" in b]
    [shipped] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert by_url["repos"][0]["hooks"][0]["id"] == shipped["id"]
    hook = local["repos"][0]["hooks"][0]
    assert hook["files"] == shipped["files"] and hook["entry"] == shipped["entry"]


def test_readme_snippets_are_the_tested_ones_and_list_every_rule(tmp_path):
    """README's integration snippets are those of docs/integrations.md (run above), its config
    loads, and its rules table names every rule of the registry."""
    import re

    from doclint import config
    from doclint.rules.registry import all_rules

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    docs = (ROOT / "docs" / "integrations.md").read_text(encoding="utf-8")
    snippets = re.findall(r"```(yaml|sh)\n(.*?)```", readme.split("### Use it in")[1], flags=re.S)
    assert len(snippets) >= 4 and all(body in docs for _, body in snippets)
    [toml] = re.findall(r"```toml\n(.*?)```", readme, flags=re.S)
    (tmp_path / "doclint.toml").write_text(toml, encoding="utf-8")
    assert config.load(tmp_path / "doclint.toml").lexicons["vi"]["personnel-title"]
    for rule in all_rules():
        assert f"| {rule.code} | {rule.name} |" in readme, rule.code
