"""Options shared by the commands that check documents (check, scan) and the settings they
produce: config file found upward from the first path, then command-line overrides."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import click

from doclint import config
from doclint.errors import ConfigError
from doclint.model import KINDS, Severity
from doclint.report import FORMATS


class ConfigFailure(click.ClickException):
    """Bad configuration or option value: one line on stderr and exit status 2, so a
    pre-commit hook or CI log shows the cause at once (click's usage errors print the usage)."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"doclint: error: {self.format_message()}", err=True)


def _codes(value: str | None) -> list[str]:
    return [c.strip() for c in value.split(",") if c.strip()] if value else []


def check_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    for decorator in reversed([
        click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text",
                     show_default=True, help="Output format."),
        click.option("--select", help="Rule codes or prefixes to run (DL2,DL301); default all."),
        click.option("--extend-select", help="Codes added to the configured selection."),
        click.option("--ignore", help="Rule codes or prefixes to skip."),
        click.option("--fail-on", type=click.Choice([s.value for s in Severity]),
                     help="Lowest severity that makes the exit status 1 [default: warning]."),
        click.option("--corpus", "corpora", multiple=True, type=click.Path(exists=True),
                     help="Folder of higher-level documents added to the shipped corpus."),
        click.option("--kind", type=click.Choice(KINDS), help="Force the document kind."),
        click.option("--issued", is_flag=True, default=None,
                     help="Documents are issued: blank number/day placeholders are findings."),
        click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
                     help="Config file (default: doclint.toml or pyproject.toml found upward)."),
    ]):
        fn = decorator(fn)
    return fn


def jobs_option(default_help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`--jobs N`: worker processes; each file is parsed in one, so a crash costs that file."""
    return click.option("--jobs", "-j", type=click.IntRange(min=1),
                        help=f"Worker processes [default: {default_help}].")


def settings_from(paths: tuple[str, ...], *, config_path: str | None, select: str | None,
                  extend_select: str | None, ignore: str | None, fail_on: str | None,
                  corpora: tuple[str, ...], kind: str | None,
                  issued: bool | None) -> config.Settings:
    """Configured settings with command-line overrides; ConfigFailure on bad values."""
    start = Path(paths[0]) if paths else Path.cwd()
    try:
        found = Path(config_path) if config_path else config.find_config(start)
        settings = config.load(found)
    except ConfigError as exc:
        raise ConfigFailure(exc.message) from None
    overrides: dict[str, Any] = {}
    if select:
        overrides["select"] = _codes(select)
    if extend_select:
        overrides["extend-select"] = _codes(extend_select)
    if ignore:
        overrides["ignore"] = list(settings.ignore) + _codes(ignore)
    if fail_on:
        overrides["fail-on"] = fail_on
    if corpora:
        overrides["corpus"] = [str(Path(c).resolve()) for c in corpora]
    if kind:
        overrides["kind"] = kind
    if issued is not None:
        overrides["issued"] = issued
    try:
        return config.from_mapping(overrides, base=settings)
    except ConfigError as exc:
        raise ConfigFailure(exc.message) from None
