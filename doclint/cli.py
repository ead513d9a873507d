"""The `doclint` command: a lazy click group, so `doclint check one.docx` imports only what
that command needs (a pre-commit run must start fast). Each command lives in commands/."""
from __future__ import annotations

import importlib

import click

from doclint import __version__

COMMANDS: dict[str, str] = {
    "check": "doclint.commands.check:check",
    "corpus": "doclint.commands.corpus:corpus",
    "scan": "doclint.commands.scan:scan",
    "rules": "doclint.commands.rules:rules",
    "explain": "doclint.commands.explain:explain",
    "config": "doclint.commands.config_cmd:config_cmd",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr = COMMANDS[name].split(":")
        return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="doclint")
def main() -> None:
    """Lint administrative documents before sign-off (Conclusion 226-KL/TW)."""
