"""`doclint explain CODE`: one rule's documentation, generated from its docstring."""
from __future__ import annotations

import json
import textwrap

import click


@click.command()
@click.argument("code")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def explain(code: str, fmt: str) -> None:
    """Explain a rule (by code, DL203, or name, task-without-deadline): what it checks, why,
    an example and its options."""
    from doclint.commands.options import ConfigFailure
    from doclint.commands.rules import options_lines, rule_dict, scope
    from doclint.errors import ConfigError
    from doclint.rules.registry import by_code

    try:
        rule = by_code(code)
    except ConfigError as exc:
        raise ConfigFailure(exc.message) from None
    if fmt == "json":
        click.echo(json.dumps(rule_dict(rule), ensure_ascii=False, indent=2))
        return
    sections = rule.doc_sections()
    click.echo(click.style(f"{rule.code} {rule.name}", bold=True) + f" ({scope(rule)})")
    click.echo(sections.get("", ""))
    for title in ("What it checks", "Why", "Example", "Options"):
        if sections.get(title):
            click.echo("\n" + click.style(title, bold=True))
            click.echo(textwrap.indent(sections[title], "  "))
    if rule.options:
        click.echo(f"\n  [tool.doclint.rules.{rule.code}]")
        click.echo(textwrap.indent("\n".join(options_lines(rule)), "  "))
