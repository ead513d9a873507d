"""Results of unchanged files kept between runs of `doclint check`, the way ruff caches.

A file's entry is valid while its key holds: the file's path and content hash, the settings
fingerprint, the doclint version and code (a developer editing a rule or lexicon must not get
stale results), and, when a selected rule reads the corpus, the corpus folders' listing.
Entries live in `<cache dir>/v1/<xx>/<sha256 of the path>.json`, one per checked path, so a
changed file overwrites its entry and the cache grows with the number of files, not of runs.
Results that carry an error are never stored (a time limit or crash may not repeat).

The cache dir is `cache-dir` from the config, else $DOCLINT_CACHE_DIR, else `.doclint_cache`
beside the config file (or in the working folder when there is none); it holds a `.gitignore`
so a document repository never commits it.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from doclint import __version__
from doclint.model import FileError, FileResult, Finding, Location, Severity

if TYPE_CHECKING:
    from doclint.config import Settings
    from doclint.engine import Engine

FORMAT = "v1"
DIR_NAME = ".doclint_cache"


def cache_dir(settings: "Settings") -> Path:
    if settings.cache_dir:
        return Path(settings.cache_dir)
    if os.environ.get("DOCLINT_CACHE_DIR"):
        return Path(os.environ["DOCLINT_CACHE_DIR"])
    base = Path(settings.source).resolve().parent if settings.source else Path.cwd()
    return base / DIR_NAME


def _tree_listing(root: Path, suffixes: tuple[str, ...] | None = None) -> list[str]:
    """Names, sizes and modification times of a folder's files: cheap to take, and any edit
    changes them."""
    out = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(names):
            if suffixes is None or name.endswith(suffixes):
                st = (Path(folder) / name).stat()
                out.append(f"{Path(folder, name).relative_to(root)}:{st.st_size}:{st.st_mtime_ns}")
    return out


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    package = Path(__file__).parent
    return hashlib.sha256("\n".join(_tree_listing(package, (".py", ".txt", ".toml", ".json",
                                                            ".tsv"))).encode()).hexdigest()


def run_fingerprint(engine: "Engine", *, code: bool = True) -> str:
    """Everything besides the file itself that decides its findings. The archive scan leaves
    the code listing out (`code=False`): a release's version already names its code, and an
    archive of 100,000 files must not be rescanned because a source file was touched."""
    parts = [FORMAT, __version__, code_fingerprint() if code else "",
             engine.settings.fingerprint(),
             ",".join(r.code for r in engine.rules), repr(engine.limits)]
    if any("corpus" in r.services for r in engine.rules):
        for folder in engine.settings.corpus:
            if Path(folder).is_dir():
                parts += _tree_listing(Path(folder))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def result_to_dict(result: FileResult) -> dict[str, Any]:
    return {"path": result.path, "language": result.language, "kind": result.kind,
            "findings": [f.to_dict() for f in result.findings],
            "error": result.error.to_dict() if result.error else None, "extra": result.extra}


def result_from_dict(data: dict[str, Any], path: str) -> FileResult:
    findings = tuple(Finding(code=f["code"], name=f["name"], severity=Severity(f["severity"]),
                             message=f["message"], location=Location(**f["location"]),
                             excerpt=f["excerpt"], evidence=f["evidence"])
                     for f in data["findings"])
    error = FileError(**data["error"]) if data["error"] else None
    return FileResult(path, language=data["language"], kind=data["kind"], findings=findings,
                      error=error, extra=data["extra"])


class ResultCache:
    def __init__(self, root: Path, fingerprint: str) -> None:
        self.root = root
        self.fingerprint = fingerprint
        self.hits = 0
        self._writable = True

    @classmethod
    def for_engine(cls, engine: "Engine") -> "ResultCache":
        return cls(cache_dir(engine.settings), run_fingerprint(engine))

    def _entry(self, path: Path) -> Path:
        name = hashlib.sha256(str(path.resolve()).encode()).hexdigest()
        return self.root / FORMAT / name[:2] / f"{name}.json"

    def key(self, path: Path) -> str | None:
        try:
            content = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        return hashlib.sha256(f"{self.fingerprint}\n{path}\n{content}".encode()).hexdigest()

    def get(self, path: Path, key: str) -> FileResult | None:
        try:
            data = json.loads(self._entry(path).read_text(encoding="utf-8"))
            if data.get("key") != key:
                return None
            result = result_from_dict(data["result"], str(path))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # no entry, or one written by another version: check again
        self.hits += 1
        return result

    def put(self, path: Path, key: str, result: FileResult) -> None:
        if result.error is not None or not self._writable:
            return
        entry = self._entry(path)
        try:
            if not self.root.is_dir():
                self.root.mkdir(parents=True)
                (self.root / ".gitignore").write_text("# created by doclint\n*\n")
            entry.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"key": key, "result": result_to_dict(result)}, fh, ensure_ascii=False)
            os.replace(tmp, entry)  # atomic: a parallel run never reads half an entry
        except OSError:
            self._writable = False  # a read-only checkout still gets its results


def check_cached(engine: "Engine", paths: Iterable[str], cache: ResultCache,
                 **check_kw: Any) -> Iterator[FileResult]:
    """`engine.check_paths` with unchanged files answered from the cache, in input order."""
    from doclint.engine import discover

    files, missing = discover(paths)
    yield from missing
    keys = {f: cache.key(f) for f in files}
    hits: dict[Path, FileResult] = {}
    for f, key in keys.items():
        if key is not None and (hit := cache.get(f, key)) is not None:
            hits[f] = hit
    misses = [f for f in files if f not in hits]
    fresh = engine.check_paths([str(f) for f in misses], **check_kw) if misses else iter(())
    for f in files:
        if f in hits:
            yield hits[f]
            continue
        result = next(fresh)
        key = keys[f]
        if key is not None and result.path == str(f):
            cache.put(f, key, result)
        yield result
