"""Check many files in worker processes, so a file that crashes or hangs costs only that file.

pdfium is C code: a hostile PDF can kill the process that parses it (SIGSEGV, abort) or keep it
busy forever. Each worker process builds its own Engine once and takes one file at a time; the
parent watches every worker's pipe and process sentinel with the file's deadline
(`Limits.parse_seconds`). A worker that dies yields DL901 "parser crashed (signal …)" for its
file, a worker past the deadline is killed and yields DL903 "parse time limit …"; either way a
fresh worker takes its place and the run goes on.

`run_jobs` is the general pool (the scan runs its own job function in it); `check_files` is
`Engine.check_file` over many files, results in input order; for a few files it keeps the files
that cannot hurt the process (DOCX, text) in the caller and sends only PDFs and special files
to workers.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import traceback
import weakref
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from doclint.model import FileError, FileResult
from doclint.parsers.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from doclint.config import Settings
    from doclint.engine import Engine

# A job runs in a worker: job(engine, path) -> a picklable value. It must be a module-level
# function (workers receive it by reference).
Job = Callable[["Engine", Path], Any]


def check_job(engine: "Engine", path: Path) -> FileResult:
    return engine.check_file(path)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One file's end: the job's value, or the failure that ended its worker."""

    index: int  # position in the input
    path: Path
    value: Any = None
    failure: FileError | None = None


def default_jobs(files: int) -> int:
    return max(1, min(os.cpu_count() or 1, files))


def _context() -> multiprocessing.context.BaseContext:
    # fork where it is safe (Linux, no other thread that could hold a lock mid-fork): workers
    # start at once with everything the parent imported. Else forkserver: workers fork from a
    # clean single-threaded server that has the engine imported; spawn where there is no fork.
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["doclint.workers", "doclint.workers_preload"])
        return ctx
    return multiprocessing.get_context("spawn")


# The parent's ends of the workers' pipes. A forked worker inherits them and closes them at
# once: a copy left open would keep a sibling waiting forever after the parent died.
_PARENT_ENDS: "weakref.WeakSet[Connection]" = weakref.WeakSet()


READY = "ready"
STARTUP_SECONDS = 120.0  # a worker that cannot even start is a broken installation, not a file


def _serve(conn: Connection, cwd: str, settings: "Settings", limits: Limits, job: Job,
           initializer: Callable[[], None] | None) -> None:
    """A worker: build the engine once, then run the job on each path the parent sends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for inherited in list(_PARENT_ENDS):
        inherited.close()
    os.chdir(cwd)  # the fork server may have started elsewhere; relative paths are the caller's
    if initializer is not None:
        initializer()
    from doclint.engine import Engine

    engine = Engine(settings, limits)
    conn.send(READY)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, path = message
        try:
            conn.send((index, job(engine, Path(path)), None))
        except Exception as exc:  # the job itself failed: still only this file's error
            where = traceback.extract_tb(exc.__traceback__)[-1]
            conn.send((index, None, FileError(
                "DL900", f"{path}: internal error ({type(exc).__name__}: {exc} at "
                         f"{Path(where.filename).name}:{where.lineno})")))


class _Worker:
    def __init__(self, ctx: multiprocessing.context.BaseContext, args: tuple[Any, ...]) -> None:
        self.conn, child = ctx.Pipe()
        _PARENT_ENDS.add(self.conn)
        self.process: BaseProcess = ctx.Process(target=_serve, args=(child, *args), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, Path] | None = None
        self.ready = False
        self.deadline = time.monotonic() + STARTUP_SECONDS

    def give(self, index: int, path: Path, seconds: float) -> None:
        self.task = (index, path)
        self.deadline = time.monotonic() + seconds
        self.conn.send((index, str(path)))

    def stop(self, *, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _signal_name(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit status {exitcode}"


def run_jobs(paths: Sequence[Path], settings: "Settings", *, job: Job = check_job,
             limits: Limits = DEFAULT_LIMITS, jobs: int | None = None, ordered: bool = True,
             initializer: Callable[[], None] | None = None,
             cancel: Connection | None = None) -> Iterator[Outcome]:
    """Run `job` on every path in worker processes; one Outcome per path, as they finish.

    `ordered` yields in input order (holding early finishers back); otherwise in completion
    order. `initializer` runs once in each new worker before its engine is built (a
    module-level function; tests use it to plant real crashes and hangs in the parser).
    `cancel`: a connection that becomes readable when the caller gives up (a thread drives
    this generator): the workers are then killed, busy or not.
    """
    if not paths:
        return
    ctx = _context()
    args = (os.getcwd(), settings, limits, job, initializer)
    pending = deque(enumerate(paths))
    workers = [_Worker(ctx, args) for _ in range(max(1, min(jobs or default_jobs(len(paths)),
                                                            len(paths))))]
    done: dict[int, Outcome] = {}
    next_out = 0
    try:
        while any(w.task is not None or not w.ready for w in workers):
            waiting = [w for w in workers if w.task is not None or not w.ready]
            timeout = max(0.0, min(w.deadline for w in waiting) - time.monotonic())
            ready = set(wait([w.conn for w in waiting] + [w.process.sentinel for w in waiting]
                             + ([cancel] if cancel is not None else []), timeout=timeout))
            if cancel is not None and cancel in ready:
                return
            finished: list[Outcome] = []
            for w in waiting:
                if not w.ready:
                    _start(w, ready)
                    outcome = None
                else:
                    outcome = _collect(w, ready, limits)
                    if outcome is None:
                        continue
                    finished.append(outcome)
                if w.task is not None:  # the worker died or was killed: a fresh one replaces it
                    w.stop(kill=True)
                    workers.remove(w)
                    if pending:
                        workers.append(_Worker(ctx, args))
                    continue
                if w.ready and w.task is None:
                    if pending:
                        w.give(*pending.popleft(), limits.parse_seconds)
                    else:
                        w.stop()
                        workers.remove(w)
            if not ordered:
                yield from finished
                continue
            for outcome in finished:
                done[outcome.index] = outcome
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    finally:
        for w in workers:
            w.stop(kill=w.task is not None)


def _start(w: _Worker, ready: set[Any]) -> None:
    """A starting worker's ready signal; one that dies or stalls before it is a broken
    installation (an initializer or the engine failed), which no file should be blamed for."""
    if w.conn in ready:
        try:
            if w.conn.recv() == READY:
                w.ready = True
                return
        except (EOFError, OSError):
            pass
    if w.conn in ready or w.process.sentinel in ready or time.monotonic() >= w.deadline:
        w.stop(kill=True)
        raise RuntimeError(f"a doclint worker process failed to start "
                           f"({_signal_name(w.process.exitcode)})")


def _collect(w: _Worker, ready: set[Any], limits: Limits) -> Outcome | None:
    """The busy worker's outcome if it has one: its result, its crash or its time-out.

    After a result the worker is idle (task cleared); after a crash or time-out `task` stays
    set so the caller replaces the worker.
    """
    assert w.task is not None
    index, path = w.task
    if w.conn in ready:
        try:
            _, value, failure = w.conn.recv()
            w.task = None
            return Outcome(index, path, value, failure)
        except (EOFError, OSError):
            pass  # died mid-send: a crash
    if w.conn in ready or w.process.sentinel in ready:
        w.process.join(timeout=5)
        return Outcome(index, path, failure=FileError(
            "DL901", f"{path}: parser crashed ({_signal_name(w.process.exitcode)}); "
                     f"the file was skipped"))
    if time.monotonic() >= w.deadline:
        return Outcome(index, path, failure=FileError(
            "DL903", f"{path}: parse time limit of {limits.parse_seconds:g} s exceeded; "
                     f"the file was skipped"))
    return None


# A run of at most this many files (`doclint check` on a few drafts, a pre-commit hook) is
# checked in the calling process, except the files that need isolation: starting worker
# processes costs about a second, more than such a run's DOCX and text files take.
IN_PROCESS_MAX = 16


def needs_isolation(path: Path) -> bool:
    """A file whose parsing can crash or hang the process: a PDF (pdfium is C code; sniffed
    from the bytes, as the parser does, not from the name) or anything that is not a regular
    file (a pipe or a stalled share blocks `open()`)."""
    try:
        if not path.is_file():
            return True
        with path.open("rb") as fh:
            return b"%PDF-" in fh.read(1024)
    except OSError:
        return False  # unreadable: the parser reports why, without touching pdfium


class _Background(threading.Thread):
    """Drives `run_jobs` from a thread, so its workers start and run while the caller checks
    its own files; outcomes (or the pool's failure) arrive on `queue`. `cancel()` ends the
    pool at once, killing its workers (Ctrl-C in the caller, or a consumer that stops)."""

    def __init__(self, paths: Sequence[Path], settings: "Settings", **run_kw: Any) -> None:
        super().__init__(daemon=True)
        self._cancel_read, self._cancel_write = multiprocessing.Pipe(duplex=False)
        self.outcomes = run_jobs(paths, settings, cancel=self._cancel_read, **run_kw)
        self.queue: queue.SimpleQueue[Outcome | BaseException | None] = queue.SimpleQueue()

    def run(self) -> None:
        try:
            for outcome in self.outcomes:
                self.queue.put(outcome)
            self.queue.put(None)
        except BaseException as exc:  # the caller re-raises it (a worker that cannot start)
            self.queue.put(exc)

    def cancel(self) -> None:
        if self.is_alive():
            self._cancel_write.send(None)
            self.join(timeout=10)
        self._cancel_read.close()
        self._cancel_write.close()


def _as_result(outcome: Outcome) -> FileResult:
    return outcome.value if outcome.failure is None else FileResult(
        str(outcome.path), error=outcome.failure)


def check_files(paths: Iterable[Path], settings: "Settings", *, limits: Limits = DEFAULT_LIMITS,
                jobs: int | None = None, engine: "Engine | None" = None,
                initializer: Callable[[], None] | None = None) -> Iterator[FileResult]:
    """`Engine.check_file` on each path, results in input order. Files go to worker processes;
    with `engine` given and a run of at most IN_PROCESS_MAX files, only the files that need
    isolation do, and `engine` checks the others here while the workers start. `initializer`
    is run_jobs' (tests plant faults in the workers with it)."""
    paths = list(paths)
    local = [] if engine is None or len(paths) > IN_PROCESS_MAX else [
        i for i, p in enumerate(paths) if not needs_isolation(p)]
    if not local:
        yield from map(_as_result, run_jobs(paths, settings, limits=limits, jobs=jobs,
                                            initializer=initializer))
        return
    assert engine is not None
    isolated = sorted(set(range(len(paths))) - set(local))
    done: dict[int, FileResult] = {}
    pool = None
    if isolated:  # this process is busy too: one worker fewer than the jobs asked for
        workers = max(1, min(len(isolated), (jobs or default_jobs(len(paths))) - 1))
        pool = _Background([paths[i] for i in isolated], settings, limits=limits,
                           jobs=workers, initializer=initializer)
        pool.start()
    todo = deque(local)
    try:
        for index in range(len(paths)):
            while index not in done:
                if todo:  # our own next file, while the workers run theirs
                    i = todo.popleft()
                    done[i] = engine.check_file(paths[i])
                    continue
                assert pool is not None
                item = pool.queue.get()
                if isinstance(item, BaseException):
                    raise item
                if item is None:
                    raise RuntimeError("doclint worker pool ended early")
                done[isolated[item.index]] = _as_result(item)
            yield done.pop(index)
    finally:
        if pool is not None:
            pool.cancel()
