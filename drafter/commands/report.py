"""``drafter report PATH... -o report.html``: a batch's findings as one page an editor can send on.

The files are collected and checked exactly as ``drafter check`` does (folders walked,
``--jobs N``, unreadable files one line each on stderr), then the page is written by
:mod:`drafter.commands.report_html`. Exit status as for ``drafter check``: 0 when no file
has an error, 1 when one has, 2 when a file or folder could not be read or the page could
not be written.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from drafter.commands.batch import add_batch_arguments, run_batch
from drafter.commands.batch_files import collect
from drafter.commands.report_html import render
from drafter.core.diagnostics import Severity


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drafter report",
        description="Check resolution files and folders and write the findings as one HTML page.",
    )
    add_batch_arguments(parser)
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="REPORT.html",
                        help="the page to write")
    parser.add_argument("--title", default="Drafter report", help="the page's title")
    return parser


def _disabled_rules() -> set[str]:
    from drafter.commands.check import _user_settings

    settings = _user_settings()
    return set(settings.disabled_rules) if settings else set()


def write_page(path: Path, page: str) -> str:
    """Write atomically; the one-line reason on failure, else ""."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(page, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        return f"{path}: cannot write the report ({error.strerror or type(error).__name__})"
    return ""


def run(argv: list[str]) -> int:
    try:
        options = _parser().parse_args(argv)
    except SystemExit as stop:  # argparse has printed its one-line usage error
        return int(stop.code or 0)
    found = collect(options.files)
    results = list(run_batch(found, options.lang, _disabled_rules(), options.jobs, sys.stderr))
    problem = write_page(options.output, render(results, found.problems, options.title))
    if problem:
        print(f"drafter: {problem}", file=sys.stderr)
        return 2
    if found.problems or any(r.problem for r in results):
        return 2
    return 1 if any(d.severity is Severity.ERROR for r in results for d in r.diagnostics) else 0
