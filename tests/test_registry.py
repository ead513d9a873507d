"""The rule registry: every rule documented, codes unique and stable, each code tested."""
from __future__ import annotations

import re
from pathlib import Path

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
