"""Every shipped lexicon: no empty or duplicate entries, regexes compile, examples match."""
from __future__ import annotations

import pytest

from doclint.lang.lexicon import LEXICON_ROOT, Lexicon, Lexicons, available_languages, parse_entry

FILES = sorted((lang, p.name[:-4]) for lang in available_languages()
               for p in (LEXICON_ROOT / lang).iterdir() if p.name.endswith(".txt"))


def test_the_five_languages_are_shipped():
    assert {"vi", "en", "ru", "nb", "ar"} <= set(available_languages())


@pytest.mark.parametrize("lang, name", FILES)
def test_lexicon_file_is_clean(lang, name):
    text = (LEXICON_ROOT / lang / f"{name}.txt").read_text(encoding="utf-8")
    entries = [e for line in text.splitlines() if (e := parse_entry(line)) is not None]
    assert entries, f"{lang}/{name}.txt has no entries"
    keys = [e.regex.pattern if e.regex else e.tokens for e in entries]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, f"{lang}/{name}.txt repeats {dupes}"
    for e in entries:
        assert e.regex is not None or e.tokens, f"{lang}/{name}.txt: {e.text!r} has no tokens"
        if e.example:
            assert Lexicon("one", [e]).find(e.example), \
                f"{lang}/{name}.txt: {e.text!r} does not match its example {e.example!r}"


def test_user_terms_extend_a_lexicon():
    lex = Lexicons({"vi": {"kind-plan": ["cẩm nang"]}})
    assert lex.get("vi", "kind-plan").find("CẨM NANG thực hiện")
    assert not Lexicons().get("vi", "kind-plan").find("CẨM NANG thực hiện")


def test_prefix_entries_match_inflections_and_arabic_proclitics():
    lex = Lexicon("t", [parse_entry("назнач*"), parse_entry("تقرير")])
    assert lex.find("о назначении директора")
    assert lex.find("والتقرير السنوي")
    assert not lex.find("о наказании")
