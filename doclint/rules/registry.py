"""The rule registry, built by walking the rules package (no list that imports mutate).

A rule lives in `dlNNN_<name>.py` and its code is read from that file name, so a selection
by code (`--select DL9`, a pre-commit hook's `DL2,DL3`) imports only the selected rules'
modules; names and "ALL" import them all. Importing a module checks that its rule's code
is the one its file name says.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache

from doclint import rules as rules_pkg
from doclint.errors import ConfigError
from doclint.rules.base import Rule

_CODE_PREFIX = re.compile(r"DL\d{0,3}")


@lru_cache(maxsize=1)
def _modules() -> tuple[tuple[str, str], ...]:
    """(code, module name) of every rule module, from the file names alone."""
    out: dict[str, str] = {}
    for info in pkgutil.walk_packages(rules_pkg.__path__, rules_pkg.__name__ + "."):
        leaf = info.name.rsplit(".", 1)[-1]
        if re.match(r"dl\d{3}_", leaf):
            code = leaf[:5].upper()
            if code in out:
                raise RuntimeError(f"duplicate rule code {code}: {out[code]} and {info.name}")
            out[code] = info.name
    return tuple(out.items())


@lru_cache(maxsize=None)
def _rule_of(code: str, name: str) -> type[Rule]:
    module = importlib.import_module(name)
    found = [obj for obj in vars(module).values()
             if isinstance(obj, type) and issubclass(obj, Rule)
             and obj.__module__ == module.__name__ and "code" in vars(obj)]
    if len(found) != 1 or found[0].code != code:
        raise RuntimeError(f"{name} must define one rule, coded {code} as its file name says")
    return found[0]


def _rules(codes: tuple[str, ...] | list[str] | None = None) -> tuple[type[Rule], ...]:
    """The rules whose codes match the code prefixes `codes` (all for None), by code."""
    return tuple(sorted((_rule_of(code, name) for code, name in _modules()
                         if codes is None or matches(code, codes)), key=lambda r: r.code))


@lru_cache(maxsize=1)
def all_rules() -> tuple[type[Rule], ...]:
    return _rules()


def _by_code_alone(selectors: tuple[str, ...] | list[str]) -> bool:
    return all(_CODE_PREFIX.fullmatch(s.strip().upper()) for s in selectors)


def by_code(code: str) -> type[Rule]:
    for rule in all_rules():
        if rule.code == code.upper() or rule.name == code.lower():
            return rule
    raise ConfigError(f"unknown rule {code!r}; `doclint rules` lists them")


def matches(code: str, selectors: tuple[str, ...] | list[str]) -> bool:
    """Ruff-style selection: "DL2" selects DL201…DL206, "ALL" everything; names work too."""
    for sel in selectors:
        s = sel.strip().upper()
        if s == "ALL" or code.startswith(s):
            return True
    return False


def check_selectors(selectors: list[str] | tuple[str, ...]) -> None:
    codes = [code for code, _ in _modules()]
    names = None if _by_code_alone(selectors) else {r.name.upper() for r in all_rules()}
    for sel in selectors:
        s = sel.strip().upper()
        if s != "ALL" and s not in (names or ()) and not any(c.startswith(s) for c in codes):
            raise ConfigError(f"unknown rule selector {sel!r}; `doclint rules` lists the codes")


def selected(select: list[str], ignore: list[str]) -> list[type[Rule]]:
    def hit(rule: type[Rule], sels: list[str]) -> bool:
        return matches(rule.code, sels) or rule.name.upper() in {s.upper() for s in sels}

    pool = _rules(select) if _by_code_alone(select) else all_rules()
    return [r for r in pool if hit(r, select) and not hit(r, ignore)]
