"""`doclint config [PATH]`: the effective settings for PATH (default: the working folder) and
the file they come from, as TOML to paste into doclint.toml, or as JSON."""
from __future__ import annotations

import json
from typing import Any

import click


def _toml_value(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    if hasattr(value, "value"):  # Severity
        value = value.value
    return json.dumps(value, ensure_ascii=False)  # strings, numbers and booleans read as TOML


def _toml_key(key: str) -> str:
    return key if key.replace("-", "").replace("_", "").isalnum() else json.dumps(key)


def effective(settings: Any) -> dict[str, Any]:
    """Every setting with its value, and each selected rule's options (configured or default)."""
    from doclint.cache import cache_dir
    from doclint.engine import Engine

    engine = Engine(settings)
    return {
        "select": list(settings.select), "ignore": list(settings.ignore),
        "fail-on": settings.fail_on.value,
        "severity": {k: v.value for k, v in settings.severity.items()},
        "per-file-ignores": {k: list(v) for k, v in settings.per_file_ignores.items()},
        "corpus": list(settings.corpus), "issued": settings.issued, "kind": settings.kind,
        "languages": {k: list(v) for k, v in settings.languages.items()},
        "lexicons": settings.lexicons,
        "cache-dir": str(cache_dir(settings)),
        "rules": {r.code: {k: settings.rule_option(r.code, k, o.default)
                           for k, o in r.options.items()} for r in engine.rules if r.options},
        "selected": [r.code for r in engine.rules],
    }


@click.command(name="config")
@click.argument("path", required=False, type=click.Path(exists=True))
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="Config file (default: doclint.toml or pyproject.toml found upward).")
@click.option("--format", "fmt", type=click.Choice(["toml", "json"]), default="toml",
              show_default=True)
def config_cmd(path: str | None, config_path: str | None, fmt: str) -> None:
    """Print the settings `doclint check PATH` would use, and where they come from."""
    from doclint.commands.options import settings_from

    settings = settings_from((path,) if path else (), config_path=config_path, select=None,
                             extend_select=None, ignore=None, fail_on=None, corpora=(),
                             kind=None, issued=None)
    data = effective(settings)
    if fmt == "json":
        click.echo(json.dumps({"source": settings.source, **data}, ensure_ascii=False, indent=2))
        return
    source = settings.source or "defaults (no doclint.toml, no pyproject.toml with [tool.doclint])"
    click.echo(f"# settings from {source}")
    click.echo(f"# rules selected: {', '.join(data.pop('selected'))}")
    tables = {k: data.pop(k) for k in ("rules", "lexicons")}
    for key, value in data.items():
        if value is not None:
            click.echo(f"{key} = {_toml_value(value)}")
    for code, opts in tables["rules"].items():
        click.echo(f"\n[rules.{code}]")
        for key, value in opts.items():
            click.echo(f"{key} = {_toml_value(value)}")
    for lang, names in tables["lexicons"].items():
        click.echo(f"\n[lexicons.{lang}]")
        for name, terms in names.items():
            click.echo(f"{name} = {_toml_value(terms)}")
