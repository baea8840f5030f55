"""Checking many files, on one process or several, with the same results in the same order.

``drafter check`` and ``drafter report`` hand their list of files to :func:`check_files`.
Each file is read and checked by :func:`check_file`, a top-level function so that it can
run in worker processes started with *spawn* (the only start method on Windows and macOS,
and the one that is safe beside Qt on Linux). The results come back in input order, so
``--jobs 2`` prints exactly what one process prints. What a worker would print on stderr
(a family that failed) is captured and handed back, so the command prints each notice once.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TextIO

from drafter.commands.batch_files import Collected
from drafter.commands.output import Recognised, plural
from drafter.commands.progress import MIN_FILES, Progress
from drafter.core.diagnostics import Diagnostic, Severity
from drafter.core.lexicon import LANGUAGES
from drafter.core.model import Resolution
from drafter.errors import DrafterError

# Files handed to a worker at a time: enough to pay for the trip, few enough to balance the load
# (each worker gets about CHUNKS_PER_WORKER chunks, of at most MAX_CHUNK files).
CHUNKS_PER_WORKER = 8
MAX_CHUNK = 32


@dataclass
class FileResult:
    """One file's outcome: what was recognised and found, or the one-line reason it was not read.

    The whole resolution comes back from a worker only when asked (the grammar pass needs
    it): sending it costs more than reading it in a batch of small files.
    """

    name: str
    recognised: Recognised | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    problem: str = ""  # "path: reason" when the file could not be read
    reason: str = ""  # the reason alone
    notices: list[str] = field(default_factory=list)  # what the checks printed on stderr
    resolution: Resolution | None = None  # only with keep_resolution

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.diagnostics if d.severity is severity)


def check_file(path: Path, language: str | None, disabled: frozenset[str],
               keep_resolution: bool = False) -> FileResult:
    """Read and check one file (in this process or in a worker)."""
    from drafter.commands import check  # the command's reader and pipeline (imported late: it imports us)

    name = str(path)
    captured = io.StringIO()
    with contextlib.redirect_stderr(captured):
        try:
            resolution = check._read(path, language)
        except DrafterError as error:
            return FileResult(name, problem=str(error), reason=getattr(error, "reason", str(error)))
        diagnostics = check._all_checks(resolution, set(), set(disabled))
    return FileResult(name, Recognised.of(resolution), diagnostics, notices=captured.getvalue().splitlines(),
                      resolution=resolution if keep_resolution else None)


def jobs_argument(text: str) -> int:
    """The value of ``--jobs``: a whole number, 0 or more (argparse prints the one-line error)."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a number of processes (0: one per core), not {text!r}")
    return int(text)


def add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments every batch command takes: the paths, the texts' language, ``--jobs``."""
    parser.add_argument("files", nargs="+", type=Path, metavar="PATH",
                        help="resolution files, or folders (every .docx, .txt and .xml in them, recursively)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the texts (detected when omitted)")
    parser.add_argument("--jobs", "-j", type=jobs_argument, default=1, metavar="N",
                        help="check on N processes (0: one per core); the output is the same")


def job_count(requested: int) -> int:
    """``--jobs 0`` means one process per core."""
    return requested if requested > 0 else (os.cpu_count() or 1)


def check_files(
    files: list[Path], language: str | None, disabled: set[str], jobs: int = 1,
    worker: Callable[..., FileResult] = check_file, keep_resolution: bool = False,
) -> Iterator[FileResult]:
    """Each file's result, in the order of ``files``, checked on ``jobs`` processes."""
    task = partial(worker, language=language, disabled=frozenset(disabled), keep_resolution=keep_resolution)
    jobs = min(job_count(jobs), len(files))
    if jobs <= 1:
        yield from map(task, files)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        chunk = max(1, min(MAX_CHUNK, len(files) // (jobs * CHUNKS_PER_WORKER)))
        yield from pool.map(task, files, chunksize=chunk)


TOP_RULES = 5  # how many of the most frequent rules the closing summary names


def summary_lines(results: list[FileResult], problems: int) -> list[str]:
    """The closing summary of a batch: files, errors, warnings, the most frequent rules."""
    from collections import Counter

    read = [r for r in results if not r.problem]
    unreadable = len(results) - len(read) + problems
    totals = Counter(d.severity for r in read for d in r.diagnostics)
    rules = Counter(d.rule for r in read for d in r.diagnostics)
    lines = [
        f"drafter: {plural(len(read), 'file')} checked, {unreadable} not readable: "
        f"{plural(totals[Severity.ERROR], 'error')}, {plural(totals[Severity.WARNING], 'warning')}, "
        f"{totals[Severity.INFO]} info"
    ]
    if rules:
        frequent = ", ".join(f"{rule} ({count})" for rule, count in rules.most_common(TOP_RULES))
        lines.append(f"drafter: most frequent rules: {frequent}")
    return lines


def run_batch(found: Collected, language: str | None, disabled: set[str], jobs: int,
              stream: TextIO, keep_resolution: bool = False) -> Iterator[FileResult]:
    """The results of a collected batch, with its one-line problems and notices on ``stream``.

    The progress bar is cleared while the caller prints a result and drawn again after,
    so that a terminal showing both stdout and stderr never mixes them on one line.
    """
    progress = Progress(len(found.files), stream)
    for problem in found.problems:
        print(f"drafter: {problem}", file=stream)
    notices: set[str] = set()
    try:
        for result in check_files(found.files, language, disabled, jobs, keep_resolution=keep_resolution):
            progress.clear()
            for notice in result.notices:
                if notice not in notices:
                    notices.add(notice)
                    print(notice, file=stream)
            if result.problem:
                print(f"drafter: {result.problem}", file=stream)
            yield result
            progress.advance(Path(result.name).name)
    finally:
        progress.clear()


def is_batch(found: Collected) -> bool:
    """A folder, or more than a few files: worth a closing summary."""
    return found.folders > 0 or len(found.files) > MIN_FILES
