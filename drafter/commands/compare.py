"""``drafter compare BASE NEW``: the list of changes, or a Track Changes redline.

Without ``-o`` the changes are printed one per line as negotiators write them
(or as JSON with ``--format json``); with ``-o REDLINE.docx`` the new text is
written as a Word file where every difference from the base is a tracked change,
with the UN typography of the plain export (both texts, following the Settings).

The list is in the language of the new text (it travels with the document, like
the export's own words), or in ``--language``; English where no phrase file exists.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from drafter.api import read
from drafter.commands.check import _user_settings
from drafter.comparison.phrases import has_phrases, phrase_languages, phrases
from drafter.core.model import Resolution
from drafter.errors import DrafterError, UnreadableFileError
from drafter.redline.revisions import iso_date
from drafter.redline.typeset import typeset_comparison
from drafter.redline.writer import write_comparison


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drafter compare",
        description="Compare two versions of a resolution (.docx or .txt), paragraph by paragraph.",
    )
    parser.add_argument("base", type=Path, help="the base text (e.g. the adopted A/RES or the issued L.)")
    parser.add_argument("new", type=Path, help="the new text")
    parser.add_argument("-o", "--output", type=Path, help="write a Track Changes redline .docx here")
    parser.add_argument("--author", default="Drafter", help="author of the tracked changes")
    parser.add_argument("--date", help="date of the tracked changes, ISO 8601 (default: now)")
    parser.add_argument("--format", choices=("text", "json"), default="text", dest="output_format",
                        help="how to print the list of changes")
    parser.add_argument("--language", help=f"language of the list of changes "
                                           f"({', '.join(phrase_languages())}); default: the language of NEW")
    parser.add_argument("--keep-typography", action="store_true",
                        help="write the redline's quotes, dashes and French spaces as they are in the "
                             "texts (by default both are converted as the export converts them)")
    return parser


def _read(path: Path) -> Resolution:
    try:
        return read(path)
    except DrafterError:
        raise
    except Exception as error:  # a reader's own failure: still one line for the user
        raise UnreadableFileError(path, f"cannot be read as a resolution ({error})") from error


def _check_date(value: str | None) -> None:
    if value is None:
        return
    try:
        iso_date(value)
    except ValueError as error:
        raise DrafterError(f"--date {value!r} is not an ISO date (e.g. 2026-11-27T08:00:00Z)") from error


def run(argv: list[str]) -> int:
    options = _parser().parse_args(argv)
    try:
        _check_date(options.date)
        base, new = _read(options.base), _read(options.new)
        language = _language(options.language, new)
        keep = options.keep_typography or options.output is None  # the list alone ignores typography
        typography = None if keep else _user_settings().typography()
        comparison = typeset_comparison(base, new, typography, language)
        if options.output is not None:
            try:
                write_comparison(comparison, options.output, author=options.author, date=options.date)
            except OSError as error:
                raise DrafterError(f"{options.output}: cannot write ({error.strerror or error})") from error
    except DrafterError as error:
        print(f"drafter: {error}", file=sys.stderr)
        return 2
    changes = comparison.changes
    if options.output_format == "json":
        print(json.dumps({"base": str(options.base), "new": str(options.new),
                          "changes": [c.to_json() for c in changes]}, ensure_ascii=False, indent=2))
    else:
        for change in changes:
            print(change.description)
        words = phrases(language)
        summary = words.counted("summary.changes", len(changes), base=options.base.name, new=options.new.name)
        if options.output is not None:
            summary = words.say("summary.written", summary=summary, path=options.output)
        print(summary, file=sys.stderr)
    return 0


def _language(asked: str | None, new: Resolution) -> str:
    """The list's language: the one asked for, else the new text's (English without phrases)."""
    if asked:
        if not has_phrases(asked):
            raise DrafterError(f"--language {asked!r}: no list of changes in that language "
                               f"(try {', '.join(phrase_languages())})")
        return asked
    return new.meta.language if has_phrases(new.meta.language) else "en"
