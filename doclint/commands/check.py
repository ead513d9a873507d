"""`doclint check PATH...`: lint files and folders; exit 0 clean, 1 findings, 2 errors."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from doclint.commands.options import ConfigFailure, check_options, jobs_option, settings_from
from doclint.errors import ConfigError

if TYPE_CHECKING:
    from doclint.model import FileResult


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@check_options
@jobs_option("1 for one file, else one per core")
@click.option("--no-cache", is_flag=True,
              help="Check every file again instead of reusing results of unchanged files.")
@click.option("--annotate", "annotate_to", type=click.Path(dir_okay=True),
              help="Write a copy of each DOCX with a Word comment on every flagged paragraph: "
                   "a file path for one DOCX, else a folder.")
def check(paths: tuple[str, ...], fmt: str, config_path: str | None, jobs: int | None,
          no_cache: bool, annotate_to: str | None, **opts: object) -> None:
    """Check documents (DOCX, PDF, TXT/MD, DOC, ODT); folders are searched recursively."""
    from doclint.engine import Engine
    from doclint.report import reporter, summarize

    try:
        settings = settings_from(paths, config_path=config_path, **opts)  # type: ignore[arg-type]
        engine = Engine(settings)
    except ConfigError as exc:
        raise ConfigFailure(exc.message) from None
    out = sys.stdout
    rep = reporter(fmt, out, color=fmt == "text" and sys.stdout.isatty())
    if no_cache:
        stream = engine.check_paths(paths, jobs=jobs)
    else:
        from doclint.cache import ResultCache, check_cached

        stream = check_cached(engine, paths, ResultCache.for_engine(engine), jobs=jobs)
    results = []
    for result in stream:
        results.append(result)
        rep.file(result)
        out.flush()
    rep.finish(summarize(results))
    status = engine.exit_status(results)
    if annotate_to is not None:
        if not _write_annotated(results, Path(annotate_to)):
            status = max(status, 2)
    sys.exit(status)


def _write_annotated(results: list["FileResult"], target: Path) -> bool:
    """Annotated copies of the DOCX files checked: `target` is the copy's path when one DOCX
    was checked, else a folder. Messages go to stderr so stdout stays the report."""
    from doclint.report.annotate import annotate_docx

    docs = [r for r in results if r.error is None and r.path.lower().endswith(".docx")]
    if not docs:
        click.echo("doclint: --annotate: no readable DOCX among the files checked", err=True)
        return False
    single = len(docs) == 1 and not target.is_dir() and target.suffix.lower() == ".docx"
    ok = True
    taken: set[Path] = set()
    for r in docs:
        dst = target if single else target / Path(r.path).name
        n = 2
        while dst in taken:
            dst = target / f"{Path(r.path).stem}-{n}.docx"
            n += 1
        taken.add(dst)
        try:
            added = annotate_docx(Path(r.path), dst, r.findings)
        except Exception as exc:  # a file python-docx cannot rewrite must not end the report
            click.echo(f"doclint: --annotate: {r.path}: {type(exc).__name__}: {exc}", err=True)
            ok = False
            continue
        click.echo(f"doclint: annotated copy {dst} ({added} comment(s))", err=True)
    return ok
