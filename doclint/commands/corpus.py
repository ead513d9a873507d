"""`doclint corpus add PATH` and `doclint corpus list`: manage the shipped corpus of
higher-level documents (folder and metadata: doclint/corpus/documents.py)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import click

_FIELDS = ("id", "title", "issuer", "level", "date", "status", "language")


@click.group()
def corpus() -> None:
    """Manage the corpus of higher-level documents that copy detection compares against."""


@corpus.command("add")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--id", "doc_id", help='Document number, e.g. "226-KL/TW" (default: from its header).')
@click.option("--title", help="Title (default: from its header).")
@click.option("--issuer", help='Issuing body, e.g. "Ban Bí thư".')
@click.option("--level", help="Level: central, ministry, province, commune, …")
@click.option("--date", help="Date signed, YYYY-MM-DD.")
@click.option("--status", type=click.Choice(["in-force", "superseded"]), help="Legal status.")
@click.option("--language", help="Language code (default: detected).")
def add(path: str, doc_id: str | None, **fields: str | None) -> None:
    """Copy a document (txt, docx, pdf) into the shipped corpus and record its metadata."""
    from doclint.corpus.documents import SIDECAR, load_document
    from doclint.corpus.service import shipped_corpus_dir
    from doclint.errors import DoclintError

    source = Path(path)
    try:
        load_document(source)  # refuse a file doclint cannot read before copying it
    except DoclintError as exc:
        raise click.ClickException(f"{source}: {exc.message} [{exc.code}]") from None
    folder = shipped_corpus_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    if source.resolve() != target.resolve():
        shutil.copyfile(source, target)
    entry = {"file": source.name, "id": doc_id, **fields}
    _write_entry(folder / SIDECAR, {k: v for k, v in entry.items() if v})
    click.echo(f"added {target}")


def _write_entry(sidecar: Path, entry: dict[str, str]) -> None:
    """Add or replace the [[document]] entry of entry["file"], keeping the file's comments."""
    import tomllib

    text = sidecar.read_text(encoding="utf-8") if sidecar.is_file() else ""
    documents: list[dict[str, Any]] = tomllib.loads(text).get("document", []) if text else []
    if not any(d.get("file") == entry["file"] for d in documents):
        sep = "\n" if text and not text.endswith("\n\n") else ""
        sidecar.write_text(text + sep + _toml_entry(entry), encoding="utf-8")
        return
    documents = [{**d, **entry} if d.get("file") == entry["file"] else d for d in documents]
    head = "".join(line for line in text.splitlines(keepends=True)[:_first_table(text)])
    sidecar.write_text(head + "\n".join(_toml_entry(d) for d in documents), encoding="utf-8")


def _first_table(text: str) -> int:
    lines = text.splitlines()
    return next((i for i, line in enumerate(lines) if line.strip().startswith("[")), len(lines))


def _toml_entry(entry: dict[str, Any]) -> str:
    # JSON string escapes are valid TOML basic-string escapes
    body = "".join(f"{k} = {json.dumps(str(v), ensure_ascii=False)}\n" for k, v in entry.items())
    return "[[document]]\n" + body


@corpus.command("list")
@click.option("--corpus", "corpora", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Also list the documents of this folder.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def list_(corpora: tuple[str, ...], fmt: str) -> None:
    """List the corpus documents: id, title, language, status, words."""
    from doclint.config import Settings
    from doclint.corpus.service import open_corpus

    index = open_corpus(Settings(corpus=tuple(str(Path(c).resolve()) for c in corpora)))
    docs = index.documents()
    for problem in index.last_sync.problems:
        click.echo(f"warning: {problem}", err=True)
    if fmt == "json":
        click.echo(json.dumps([d.to_dict() for d in docs], ensure_ascii=False, indent=2))
        return
    for d in docs:
        title = (d.title or "")[:60]
        click.echo(f"{d.id:<16} {d.language or '-':<4} {d.status:<11} {d.words:>6}  {title}")
