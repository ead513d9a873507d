"""`doclint rules`: the rule table, generated from the rules' docstrings (text, JSON, or the
Markdown of docs/rules.md)."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from doclint.rules.base import Rule


def rule_dict(r: "type[Rule]") -> dict[str, Any]:
    return {"code": r.code, "name": r.name, "severity": r.severity.value,
            "languages": sorted(r.languages) if r.languages else "all",
            "kinds": sorted(r.kinds) if r.kinds else "all",
            "options": {k: {"default": o.default, "help": o.help} for k, o in r.options.items()},
            "doc": r.doc_sections()}


def scope(r: "type[Rule]") -> str:
    langs = ", ".join(sorted(r.languages)) if r.languages else "all languages"
    kinds = ", ".join(sorted(r.kinds)) if r.kinds else "every kind"
    return f"{r.severity.value}; {langs}; {kinds}"


def options_lines(r: "type[Rule]") -> list[str]:
    return [f"{key} = {json.dumps(o.default, ensure_ascii=False)}  # {o.help}"
            for key, o in r.options.items()]


def rules_markdown() -> str:
    """docs/rules.md: every rule's documentation, from the registry."""
    from doclint.rules.registry import all_rules

    table = all_rules()
    out = ["# Rules", "",
           "Generated from the rules' docstrings by `doclint rules --format markdown`; "
           "do not edit by hand.", "",
           "| code | name | severity | summary |", "|---|---|---|---|"]
    out += [f"| [{r.code}](#{r.code.lower()}) | {r.name} | {r.severity.value} | "
            f"{r.summary().replace('|', '&#124;')} |" for r in table]
    for r in table:
        sections = r.doc_sections()
        out += ["", f"## {r.code}", "", f"**{r.name}** ({scope(r)})", "", sections.get("", "")]
        for title in ("What it checks", "Why", "Example", "Options"):
            if sections.get(title):
                out += ["", f"### {title}", "", sections[title]]
        if r.options:
            out += ["", "```toml", f"[tool.doclint.rules.{r.code}]", *options_lines(r), "```"]
    return "\n".join(out) + "\n"


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True)
def rules(fmt: str) -> None:
    """List every rule: code, name, default severity, summary."""
    from doclint.rules.registry import all_rules

    if fmt == "json":
        click.echo(json.dumps([rule_dict(r) for r in all_rules()], ensure_ascii=False, indent=2))
    elif fmt == "markdown":
        click.echo(rules_markdown(), nl=False)
    else:
        for r in all_rules():
            click.echo(f"{r.code}  {r.name:<28} {r.severity.value:<8} {r.summary()}")
