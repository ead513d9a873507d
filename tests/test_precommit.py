"""The pre-commit hook for real: a git repository of drafts, the hook installed, a bad commit
refused with the finding shown, a fixed one accepted.

pre-commit would build a virtualenv and pip-install this checkout for `language: python`
(network); the test uses the offline `repo: local` snippet of docs/integrations.md
(`language: system`, the shipped hook's `files` pattern) with `doclint` resolved to this
interpreter, so the hook definition users copy is the one under test.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from builders import write_docx, write_text

ROOT = Path(__file__).parent.parent
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _hook() -> dict:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return hook


def test_hook_definition_runs_doclint_check_on_documents_only():
    hook = _hook()
    assert hook["id"] == "doclint" and hook["entry"] == "doclint check"
    assert hook["language"] == "python"
    files = re.compile(hook["files"])
    for name in ("a.docx", "b.pdf", "c.txt", "README.md", "old.doc", "x.odt", "SCAN.PDF",
                 "Kế hoạch 2026.DOCX"):
        assert files.search(name), name
    for name in ("a.py", "a.docx.bak", "image.png", "docx", "notes.mdx"):
        assert not files.search(name), name


def _git(repo: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=120)


def test_commit_is_refused_on_a_bad_draft_and_accepted_when_fixed(tmp_path):
    repo = tmp_path / "documents"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "GIT_AUTHOR_NAME": "Văn thư", "GIT_AUTHOR_EMAIL": "vt@example.org",
           "GIT_COMMITTER_NAME": "Văn thư", "GIT_COMMITTER_EMAIL": "vt@example.org",
           "PRE_COMMIT_COLOR": "never"}
    env.pop("GIT_DIR", None)
    # the offline snippet of docs/integrations.md, with `doclint` resolved to this checkout
    [local] = [b for b in re.findall(r"```yaml\n(.*?)```", (ROOT / "docs" / "integrations.md")
                                     .read_text(encoding="utf-8"), flags=re.S)
               if "repo: local" in b]
    config = yaml.safe_load(local)
    hook = config["repos"][0]["hooks"][0]
    assert hook["entry"] == "doclint check" and hook["files"] == _hook()["files"]
    hook["entry"] = f"{sys.executable} -m doclint check"
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True),
                                                   encoding="utf-8")
    # the repository's own doclint settings: a stale exception note fails the commit
    (repo / "doclint.toml").write_text('select = ["DL0", "DL9"]\n[severity]\nDL001 = "warning"\n')
    assert _git(repo, "init", "-q", env=env).returncode == 0
    installed = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo,
                               env=env, capture_output=True, text=True, timeout=120)
    assert installed.returncode == 0, installed.stderr
    _git(repo, "add", ".pre-commit-config.yaml", "doclint.toml", env=env)
    assert _git(repo, "commit", "-q", "-m", "set up doclint", env=env).returncode == 0

    draft = write_docx(repo / "ke-hoach.docx", [
        "KẾ HOẠCH", "doclint: ignore DL902", "Sở Tư pháp chủ trì xây dựng đề án."])
    # not a document: the hook must not see it, though its text would be a finding
    write_text(repo / "script.py", ["# doclint: ignore DL902", "print('ok')"])
    _git(repo, "add", "ke-hoach.docx", "script.py", env=env)
    refused = _git(repo, "commit", "-m", "draft plan", env=env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "doclint" in output and "Failed" in output
    assert "ke-hoach.docx" in output and "DL001" in output
    assert "script.py" not in output
    assert _git(repo, "log", "--oneline", env=env).stdout.count("\n") == 1  # nothing committed

    write_docx(draft, ["KẾ HOẠCH", "Sở Tư pháp chủ trì xây dựng đề án."])  # note removed
    _git(repo, "add", "ke-hoach.docx", env=env)
    accepted = _git(repo, "commit", "-m", "draft plan", env=env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "Passed" in accepted.stdout + accepted.stderr
    assert _git(repo, "status", "--porcelain", env=env).stdout.strip() == ""  # cache ignored
