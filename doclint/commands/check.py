"""`doclint check PATH...`: lint files and folders; exit 0 clean, 1 findings, 2 errors."""
from __future__ import annotations

import sys

import click

from doclint.commands.options import check_options, settings_from
from doclint.errors import ConfigError


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@check_options
def check(paths: tuple[str, ...], fmt: str, config_path: str | None, **opts: object) -> None:
    """Check documents (DOCX, PDF, TXT/MD, DOC, ODT); folders are searched recursively."""
    from doclint.engine import Engine
    from doclint.report import reporter, summarize

    try:
        settings = settings_from(paths, config_path=config_path, **opts)  # type: ignore[arg-type]
        engine = Engine(settings)
    except ConfigError as exc:
        raise click.UsageError(exc.message) from None
    out = click.get_text_stream("stdout")
    rep = reporter(fmt, out, color=fmt == "text" and sys.stdout.isatty())
    results = []
    for result in engine.check_paths(paths):
        results.append(result)
        rep.file(result)
        out.flush()
    rep.finish(summarize(results))
    sys.exit(engine.exit_status(results))
