"""The rule registry, built once by walking the rules package (no list that imports mutate)."""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from doclint import rules as rules_pkg
from doclint.errors import ConfigError
from doclint.rules.base import Rule


@lru_cache(maxsize=1)
def all_rules() -> tuple[type[Rule], ...]:
    found: dict[str, type[Rule]] = {}
    for info in pkgutil.walk_packages(rules_pkg.__path__, rules_pkg.__name__ + "."):
        if not info.name.rsplit(".", 1)[-1].startswith("dl"):
            continue
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, Rule) and obj.__module__ == module.__name__ \
                    and "code" in vars(obj):
                if obj.code in found:
                    raise RuntimeError(f"duplicate rule code {obj.code}: {found[obj.code]} and {obj}")
                found[obj.code] = obj
    return tuple(sorted(found.values(), key=lambda r: r.code))


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
    codes = [r.code for r in all_rules()]
    names = {r.name.upper() for r in all_rules()}
    for sel in selectors:
        s = sel.strip().upper()
        if s != "ALL" and s not in names and not any(c.startswith(s) for c in codes):
            raise ConfigError(f"unknown rule selector {sel!r}; `doclint rules` lists the codes")


def selected(select: list[str], ignore: list[str]) -> list[type[Rule]]:
    def hit(rule: type[Rule], sels: list[str]) -> bool:
        return matches(rule.code, sels) or rule.name.upper() in {s.upper() for s in sels}

    return [r for r in all_rules() if hit(r, select) and not hit(r, ignore)]
