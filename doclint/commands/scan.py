"""`doclint scan ARCHIVE_DIR`: check a whole archive in parallel, resumably; statistics,
duplicate clusters (DL103) and reports. Exit status as `check`: 0, 1 findings, 2 errors."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from doclint.commands.options import check_options, jobs_option, settings_from
from doclint.errors import ConfigError


def _write(target: str, write: Any, report: dict[str, Any]) -> None:
    if target == "-":
        write(report, sys.stdout)
        return
    with open(target, "w", encoding="utf-8", newline="") as fh:
        write(report, fh)


def _summary(report: dict[str, Any]) -> str:
    stats = report["statistics"]
    dig = stats["digitisation"]
    lines = [f"{report['summary']['files']} document(s): {report['scan']['scanned']} checked, "
             f"{report['scan']['reused']} unchanged ({report['scan']['seconds']:.1f} s); "
             f"{report['summary']['findings']} finding(s), {report['summary']['errors']} "
             f"unreadable, {report['summary']['clusters']} duplicate cluster(s)"]
    for row in stats["per_year"]:
        change = f"  {row['change']:+.1%} ({'meets' if row['target_met'] else 'misses'} the " \
                 f"-{stats['reduction_target']:.0%} target)" if "change" in row else ""
        lines.append(f"  {row['year']}: {row['documents']} document(s){change}")
    if dig["share"] is not None:
        lines.append(f"  digitised: {dig['share']:.1%} with a text layer (target "
                     f"{dig['target']:.0%}: {'met' if dig['target_met'] else 'missed'})")
    meetings = stats.get("meetings") or {}
    if meetings.get("conferences"):
        share = meetings["in_person_share"]
        lines.append(f"  conferences: {meetings['conferences']}"
                     + ("" if share is None else f", {share:.0%} in person (ceiling "
                        f"{meetings['in_person_ceiling']:.0%})")
                     + f"; {len(meetings['over_scope_limit'])} issuer-year(s) over the "
                       f"province/commune limits")
    top = list(stats["findings_per_rule"].items())
    if top:
        lines.append("  findings: " + ", ".join(f"{code} {n}" for code, n in top))
    return "\n".join(lines) + "\n"


@click.command()
@click.argument("archive", type=click.Path(exists=True, file_okay=False))
@check_options
@jobs_option("one per core")
@click.option("--db", "db_path", type=click.Path(dir_okay=False),
              help="Scan database [default: ARCHIVE/.doclint-scan.sqlite].")
@click.option("--json", "json_path", metavar="PATH", help="Write the full report as JSON (- for stdout).")
@click.option("--csv", "csv_path", metavar="PATH", help="Write one row per finding as CSV.")
@click.option("--html", "html_path", metavar="PATH", help="Write a self-contained HTML report.")
@click.option("--engine", "engine_name", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Where the work runs: local processes or dask.distributed.")
@click.option("--scheduler", help="dask scheduler address (default: a local cluster).")
@click.option("--parse-timeout", type=click.FloatRange(min=0.1),
              help="Seconds one file may take before it is abandoned [default: 60].")
@click.option("--retry-errors", is_flag=True, help="Check again files that failed last time.")
def scan(archive: str, fmt: str, config_path: str | None, jobs: int | None, db_path: str | None,
         json_path: str | None, csv_path: str | None, html_path: str | None, engine_name: str,
         scheduler: str | None, parse_timeout: float | None, retry_errors: bool,
         **opts: Any) -> None:
    """Check every document of an archive folder: resumable, incremental, with statistics."""
    import dataclasses

    from doclint.engine import Engine
    from doclint.scan.html import render
    from doclint.scan.report import exit_status, write_csv, write_json
    from doclint.scan.run import run_scan

    if fmt not in ("text", "json"):
        raise click.UsageError("scan prints text or json; use --csv or --html for the others")
    root = Path(archive)
    try:
        settings = settings_from((archive,), config_path=config_path, **opts)
        engine = Engine(settings)
    except ConfigError as exc:
        raise click.UsageError(exc.message) from None
    if parse_timeout:
        engine.limits = dataclasses.replace(engine.limits, parse_seconds=parse_timeout)
    bar: Any = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label="scanning", file=sys.stderr,
                                    show_pos=True, show_eta=True)
            bar.__enter__()
        bar.update(done - bar.pos)

    try:
        report = run_scan(root, engine, db=Path(db_path) if db_path else None, jobs=jobs,
                          engine_name=engine_name, scheduler=scheduler, retry_errors=retry_errors,
                          progress=progress if sys.stderr.isatty() else None)
    except KeyboardInterrupt:
        click.echo("\ninterrupted: every finished file is kept; run the same command to resume",
                   err=True)
        sys.exit(130)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if json_path:
        _write(json_path, write_json, report)
    if csv_path:
        _write(csv_path, write_csv, report)
    if html_path:
        Path(html_path).write_text(render(report), encoding="utf-8")
    if fmt == "json" and json_path != "-":
        write_json(report, sys.stdout)
    elif json_path != "-" and csv_path != "-":
        click.echo(_summary(report), nl=False)
    sys.exit(exit_status(report, engine))
