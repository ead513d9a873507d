"""`doclint rules`: the rule table, generated from the rules' docstrings."""
from __future__ import annotations

import json

import click


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def rules(fmt: str) -> None:
    """List every rule: code, name, default severity, summary."""
    from doclint.rules.registry import all_rules

    table = all_rules()
    if fmt == "json":
        click.echo(json.dumps([{
            "code": r.code, "name": r.name, "severity": r.severity.value,
            "languages": sorted(r.languages) if r.languages else "all",
            "kinds": sorted(r.kinds) if r.kinds else "all",
            "options": {k: {"default": o.default, "help": o.help} for k, o in r.options.items()},
            "doc": r.doc_sections()} for r in table], ensure_ascii=False, indent=2))
        return
    for r in table:
        click.echo(f"{r.code}  {r.name:<28} {r.severity.value:<8} {r.summary()}")
