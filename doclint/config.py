"""Settings from `[tool.doclint]` in pyproject.toml or from doclint.toml, found upward.

Keys (all optional):

    select = ["ALL"]            extend-select = []      ignore = []
    fail-on = "warning"         # info | warning | error: the lowest severity that fails a run
    severity = {DL204 = "info"} # per-code severity overrides
    per-file-ignores = {"archive/**" = ["DL4"]}
    corpus = ["../directives"]  # folders added to the shipped corpus
    issued = false              # documents are issued: placeholders in number/date are findings
    kind = "technical"          # force the document kind instead of detecting it
    languages = {DL401 = ["vi", "en"]}   # run a rule on other languages than its default
    [tool.doclint.rules.DL101]  threshold = 0.6    # each rule's options (doclint explain CODE)
    [tool.doclint.lexicons.vi]  owners = ["Ban Quản lý dự án"]  # extra lexicon entries
    cache-dir = ".doclint_cache"   # where `doclint check` keeps results of unchanged files

Relative paths (corpus, cache-dir) are relative to the config file; per-file-ignores patterns
match the path as given, the path relative to the config file's folder, or the file name.
Unknown keys and bad values raise ConfigError naming the file and the key.
"""
from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from doclint.errors import ConfigError
from doclint.model import KINDS, Severity

CONFIG_FILES = ("doclint.toml", "pyproject.toml")
_TOP_KEYS = {"select", "extend-select", "ignore", "fail-on", "severity", "per-file-ignores",
             "corpus", "issued", "kind", "languages", "rules", "lexicons", "cache-dir"}
# Settings fields that never change findings, left out of the cache fingerprint.
_NOT_IN_FINGERPRINT = ("source", "cache_dir", "fail_on")


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    severity: dict[str, Severity] = field(default_factory=dict)
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    corpus: tuple[str, ...] = ()
    issued: bool = False
    kind: str | None = None
    languages: dict[str, tuple[str, ...]] = field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    lexicons: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    cache_dir: str | None = None
    source: str | None = None  # the file these settings came from

    def rule_option(self, code: str, key: str, default: Any) -> Any:
        return self.rules.get(code, {}).get(key, default)

    def rule_languages(self, code: str, default: frozenset[str] | None) -> frozenset[str] | None:
        langs = self.languages.get(code)
        return frozenset(langs) if langs is not None else default

    def ignored_for(self, path: str) -> tuple[str, ...]:
        candidates = [path, Path(path).name]
        if self.source:
            try:
                candidates.append(Path(path).resolve().relative_to(
                    Path(self.source).resolve().parent).as_posix())
            except ValueError:
                pass  # the file lies outside the config's folder
        out: list[str] = []
        for pattern, codes in self.per_file_ignores.items():
            if any(fnmatch.fnmatch(c, pattern) for c in candidates):
                out.extend(codes)
        return tuple(out)

    def with_(self, **changes: Any) -> "Settings":
        return replace(self, **changes)

    def fingerprint(self) -> str:
        """A stable text of everything that changes results (cache keys)."""
        import json

        data = {k: v for k, v in self.__dict__.items() if k not in _NOT_IN_FINGERPRINT}
        return json.dumps(data, sort_keys=True, default=str)


def find_config(start: Path) -> Path | None:
    """The nearest doclint.toml, or pyproject.toml with a [tool.doclint] table, upward."""
    here = start.resolve()
    for folder in [here, *here.parents] if here.is_dir() else [here.parent, *here.parent.parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                if name == "doclint.toml" or "doclint" in _read_toml(candidate).get("tool", {}):
                    return candidate
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc


def load(path: Path | None) -> Settings:
    if path is None:
        return Settings()
    data = _read_toml(path)
    table = data if path.name == "doclint.toml" else data.get("tool", {}).get("doclint", {})
    return from_mapping(table, source=str(path))


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key} must be a list of strings, got {value!r}")
    return tuple(value)


def _table(value: Any, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{key} must be a table (key = value pairs), got {value!r}")
    return value


def _severity(value: Any, key: str) -> Severity:
    try:
        return Severity(str(value).lower())
    except ValueError:
        raise ConfigError(f"{key} must be one of info, warning, error; got {value!r}") from None


def from_mapping(table: dict[str, Any], *, source: str | None = None,
                 base: Settings | None = None) -> Settings:
    """Settings from a parsed config table, validated against the rule registry."""
    from doclint.rules.registry import by_code, check_selectors

    where = f" in {source}" if source else ""
    unknown = set(table) - _TOP_KEYS
    if unknown:
        raise ConfigError(f"unknown key(s) {', '.join(sorted(unknown))}{where}; "
                          f"known: {', '.join(sorted(_TOP_KEYS))}")
    s = base or Settings()
    try:
        select = _strings(table.get("select", list(s.select)), "select")
        select += _strings(table.get("extend-select", []), "extend-select")
        ignore = _strings(table.get("ignore", list(s.ignore)), "ignore")
        check_selectors(select + ignore)
        severity = {by_code(k).code: _severity(v, f"severity.{k}")
                    for k, v in _table(table.get("severity", {}), "severity").items()}
        pfi = {k: _strings(v, f"per-file-ignores.{k}")
               for k, v in _table(table.get("per-file-ignores", {}), "per-file-ignores").items()}
        for codes in pfi.values():
            check_selectors(codes)
        kind = table.get("kind", s.kind)
        if kind is not None and kind not in KINDS:
            raise ConfigError(f"kind must be one of {', '.join(KINDS)}; got {kind!r}")
        issued = table.get("issued", s.issued)
        if not isinstance(issued, bool):
            raise ConfigError(f"issued must be true or false; got {issued!r}")
        languages = {by_code(k).code: _languages(v, f"languages.{k}")
                     for k, v in _table(table.get("languages", {}), "languages").items()}
        fail_on = _severity(table.get("fail-on", s.fail_on.value), "fail-on")
        rules: dict[str, dict[str, Any]] = {}
        for code, opts in _table(table.get("rules", {}), "rules").items():
            rule = by_code(code)
            if not isinstance(opts, dict):
                raise ConfigError(f"rules.{code} must be a table of options")
            for key, value in opts.items():
                if key not in rule.options:
                    known = ", ".join(rule.options) or "none"
                    raise ConfigError(f"{rule.code} has no option {key!r}; options: {known}")
                rules.setdefault(rule.code, {})[key] = rule.options[key].validate(
                    f"rules.{rule.code}.{key}", value)
        lexicons = _lexicons(table.get("lexicons", {}))
        corpus = tuple(_relative_to(source, c) for c in _strings(table.get("corpus", []), "corpus"))
        cache_dir = table.get("cache-dir")
        if cache_dir is not None:
            if not isinstance(cache_dir, str) or not cache_dir:
                raise ConfigError(f"cache-dir must be a folder name; got {cache_dir!r}")
            cache_dir = _relative_to(source, cache_dir)
    except ValueError as exc:
        raise ConfigError(f"{exc}{where}") from None
    except ConfigError as exc:
        raise ConfigError(f"{exc.message}{where}") from None
    return s.with_(select=select, ignore=ignore,
                   fail_on=fail_on,
                   severity={**s.severity, **severity},
                   per_file_ignores={**s.per_file_ignores, **pfi},
                   corpus=s.corpus + corpus, issued=issued, kind=kind,
                   languages={**s.languages, **languages}, rules={**s.rules, **rules},
                   lexicons=_merge_lexicons(s.lexicons, lexicons),
                   cache_dir=cache_dir or s.cache_dir, source=source or s.source)


def _languages(value: Any, key: str) -> tuple[str, ...]:
    from doclint.lang.lexicon import available_languages

    langs = _strings(value, key)
    unknown = [lang for lang in langs if lang not in available_languages()]
    if unknown:
        raise ConfigError(f"{key}: unknown language(s) {', '.join(unknown)}; "
                          f"known: {', '.join(available_languages())}")
    return langs


def _relative_to(source: str | None, path: str) -> str:
    return str((Path(source).parent / path).resolve()) if source else path


def _lexicons(table: Any) -> dict[str, dict[str, list[str]]]:
    """Extra lexicon terms, checked against the shipped languages and lexicon names."""
    from doclint.lang.lexicon import LEXICON_ROOT, available_languages

    langs = available_languages()
    # a term may extend a lexicon that only other languages ship (the rule reads it by name)
    known = sorted({p.name[:-4] for lang in langs for p in (LEXICON_ROOT / lang).iterdir()
                    if p.name.endswith(".txt")})
    out: dict[str, dict[str, list[str]]] = {}
    for lang, names in _table(table, "lexicons").items():
        if lang not in langs:
            raise ConfigError(f"lexicons.{lang}: unknown language; known: {', '.join(langs)}")
        for name, terms in _table(names, f"lexicons.{lang}").items():
            if name not in known:
                raise ConfigError(f"lexicons.{lang}.{name}: no such lexicon; "
                                  f"known: {', '.join(known)}")
            entries = list(_strings(terms, f"lexicons.{lang}.{name}"))
            if any(not e.strip() for e in entries):
                raise ConfigError(f"lexicons.{lang}.{name} has an empty entry")
            out.setdefault(lang, {})[name] = entries
    return out


def _merge_lexicons(base: dict[str, dict[str, list[str]]],
                    extra: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    out = {lang: dict(names) for lang, names in base.items()}
    for lang, names in extra.items():
        for name, terms in names.items():
            out.setdefault(lang, {})[name] = out.get(lang, {}).get(name, []) + terms
    return out
