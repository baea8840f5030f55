"""``drafter check PATH...``: structural (and optionally grammar) diagnostics for resolution files.

A PATH may be a folder: every .docx, .txt and .xml in it is checked (:mod:`.batch_files`),
on ``--jobs N`` processes if asked (:mod:`.batch`), with the same output in the same
order. A batch (a folder, or more than a few files) ends with a summary on stderr, and
shows a progress bar there when stderr is a terminal.

Exit status: 0 when no file has an error-level diagnostic, 1 when one has, 2 when a
file or folder cannot be read (its one-line reason goes to stderr and the other files are
still checked). Grammar checking (``--grammar``) is optional: when the grammar module or a
LanguageTool source is missing, a single notice says so and the structural check runs
as usual.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from drafter import checks
from drafter.api import read
from drafter.checks.pipeline import in_text_order
from drafter.commands.batch import add_batch_arguments, is_batch, run_batch, summary_lines
from drafter.commands.batch_files import collect
from drafter.commands.output import diagnostic_line, json_line, summary_line
from drafter.core.diagnostics import Diagnostic, Severity
from drafter.core.model import Resolution
from drafter.errors import DrafterError, UnreadableFileError
from drafter.settings import Settings, SettingsFileError

if TYPE_CHECKING:
    from drafter.grammar import GrammarConfig

GRAMMAR_UNAVAILABLE = (
    "drafter: grammar checking is unavailable in this installation ({reason}); structure only"
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drafter check",
        description="Check resolution files (.txt, .docx) against UN drafting rules.",
    )
    add_batch_arguments(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text", dest="output_format",
                        help="compiler-style lines (default) or one JSON object per file")
    parser.add_argument("--grammar", action="store_true",
                        help="also check grammar and spelling (LanguageTool)")
    parser.add_argument("--languagetool-url", metavar="URL", help="LanguageTool server to use with --grammar")
    return parser


def _read(path: Path, language: str | None) -> Resolution:
    try:
        return read(path, language=language)
    except DrafterError:
        raise
    except Exception as error:  # a reader's own failure is still one line for the user
        reason = f"cannot be read as a resolution ({type(error).__name__}: {error})"
        raise UnreadableFileError(path, reason) from error


class _Grammar:
    """The optional grammar pass, imported once; prints each of its notices once per run."""

    def __init__(self, url: str | None, config: object | None = None) -> None:
        self.url = url
        self.config = config  # the user's LanguageTool source from settings, if any
        self.notices: set[str] = set()
        try:
            from drafter.grammar import check_resolution_grammar
        except Exception as error:  # missing module or a broken optional dependency
            self.function = None
            self._notice(GRAMMAR_UNAVAILABLE.format(reason=f"{type(error).__name__}: {error}"))
        else:
            self.function = check_resolution_grammar

    def _notice(self, text: str) -> None:
        if text not in self.notices:
            self.notices.add(text)
            print(text, file=sys.stderr)

    def diagnostics(self, resolution: Resolution) -> list[Diagnostic]:
        if self.function is None:
            return []
        try:
            report = self.function(resolution, url=self.url, ui_language="en", config=self.config)
        except Exception as error:
            reason = f"{type(error).__name__}: {error}"
            self._notice(f"drafter: grammar checking failed ({reason}); structure only")
            return []
        for notice in getattr(report, "notices", []):
            self._notice(str(notice))
        return list(getattr(report, "diagnostics", []))


def _all_checks(resolution: Resolution, notices: set[str], disabled: set[str]) -> list[Diagnostic]:
    """Every check family through the pipeline; one that fails is skipped with a single notice.

    ``disabled`` are the rules the user switched off everywhere (settings).
    """
    options = checks.CheckOptions(families=checks.FAMILIES, disabled_rules=disabled)
    run = checks.run_checks(resolution, options)
    for family, reason in run.failures.items():
        notice = f"drafter: the {family} checks failed ({reason}); skipped"
        if notice not in notices:
            notices.add(notice)
            print(notice, file=sys.stderr)
    return run.diagnostics


def _user_settings() -> Settings:
    """The user's settings (rules off everywhere, LanguageTool source), read without Qt.

    A damaged settings file must not stop a check: one line says so and the
    defaults apply.
    """
    try:
        return Settings.load()
    except SettingsFileError as error:
        print(f"drafter: {error}; using the default settings", file=sys.stderr)
        return Settings()


def _grammar_config(settings: Settings) -> GrammarConfig | None:
    try:
        from drafter.grammar import GrammarConfig
    except ImportError:  # grammar checking is not installed: _Grammar says so once
        return None
    return GrammarConfig.from_settings(settings)


def run(argv: list[str]) -> int:
    try:
        options = _parser().parse_args(argv)
    except SystemExit as stop:  # argparse has printed its one-line usage error
        return int(stop.code or 0)
    settings = _user_settings()
    disabled = set(settings.disabled_rules)
    grammar = None
    if options.grammar:
        grammar = _Grammar(options.languagetool_url, _grammar_config(settings))
    found = collect(options.files)
    status = 2 if found.problems else 0
    results = []
    for result in run_batch(found, options.lang, disabled, options.jobs, sys.stderr,
                            keep_resolution=grammar is not None):
        results.append(result)
        if result.problem:
            if options.output_format == "json":  # one object per file, readable ones or not
                print(json.dumps({"file": result.name, "error": result.reason}, ensure_ascii=False))
            status = 2
            continue
        diagnostics = result.diagnostics
        if grammar is not None and result.resolution is not None:
            resolution = result.resolution
            diagnostics = in_text_order(diagnostics + grammar.diagnostics(resolution), resolution)
            result.diagnostics = diagnostics  # the closing summary counts them too
        if options.output_format == "json":
            print(json_line(result.name, result.recognised, diagnostics))
        else:
            for diagnostic in diagnostics:
                print(diagnostic_line(result.name, diagnostic))
            print(summary_line(result.name, result.recognised, diagnostics))
        if status == 0 and any(d.severity is Severity.ERROR for d in diagnostics):
            status = 1
        result.resolution = None  # printed: a batch of thousands need not keep them all (grammar)
    if is_batch(found) and options.output_format == "text":
        for line in summary_lines(results, len(found.problems)):
            print(line, file=sys.stderr)
    return status
