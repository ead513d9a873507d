"""The rule registry: every rule documented, codes unique and stable, each code tested."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from doclint.rules.base import DOC_SECTIONS
from doclint.rules.registry import all_rules, selected

TESTS = Path(__file__).parent


def test_codes_are_unique_and_well_formed():
    codes = [r.code for r in all_rules()]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"DL\d{3}", c) for c in codes)
    names = [r.name for r in all_rules()]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z0-9-]+", n) for n in names)


def test_every_rule_has_every_doc_section():
    for rule in all_rules():
        sections = rule.doc_sections()
        missing = [s for s in DOC_SECTIONS if not sections.get(s)]
        assert not missing, f"{rule.code} docstring lacks {missing}"
        assert rule.summary(), rule.code


def test_every_code_appears_in_a_test():
    text = "\n".join(p.read_text(encoding="utf-8") for p in TESTS.rglob("test_*.py")
                     if p.name != "test_registry.py")
    untested = [r.code for r in all_rules() if r.code not in text]
    assert not untested, f"codes without a test: {untested}"


def test_prefix_selection():
    chosen = [r.code for r in selected(["DL9"], [])]
    assert chosen and all(c.startswith("DL9") for c in chosen)
    assert "DL902" not in [r.code for r in selected(["ALL"], ["DL902"])]


def test_selection_decides_the_parser_layers():
    """Input rules read text alone; any other rule asks for table structure; format rules
    for layout as well."""
    import dataclasses

    from doclint.config import Settings
    from doclint.engine import Engine

    def layers(*select: str) -> frozenset[str]:
        return Engine(dataclasses.replace(Settings(), select=select)).layers

    assert layers("DL9") == {"text"}
    assert layers("DL9", "DL201") == {"text", "tables"}
    assert layers("DL407") == {"text", "tables", "layout"}
    assert layers("ALL") == {"text", "tables", "layout"}


def test_selecting_by_code_imports_only_the_selected_rules():
    """`--select DL9` must not pay for importing the task, copy or meeting rules: codes come
    from the file names. Run in a fresh interpreter, where nothing is imported yet."""
    import subprocess
    import sys

    probe = ("import sys; from doclint.rules.registry import selected, check_selectors; "
             "check_selectors(['DL9', 'dl2']); r = selected(['DL9', 'dl2'], ['DL903']); "
             "print(' '.join(x.code for x in r)); "
             "print(' '.join(sorted(m for m in sys.modules if m.startswith('doclint.rules.')"
             " and '.dl' in m)))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    codes, modules = out[0].split(), out[1].split()
    assert codes == ["DL201", "DL202", "DL203", "DL204", "DL205", "DL206", "DL901", "DL902",
                     "DL904"]
    assert len(modules) == 10 and all(m.rsplit(".", 1)[-1][:3] in ("dl2", "dl9") for m in modules)


def test_unknown_code_prefix_is_refused_and_names_still_select():
    from doclint.errors import ConfigError
    from doclint.rules.registry import check_selectors

    with pytest.raises(ConfigError, match="DL8"):
        check_selectors(["DL8"])
    check_selectors(["task-without-owner", "ALL", "DL10"])
