"""``drafter export FILE -o OUT.docx|OUT.xml``: write the UN-layout Word file or AKN4UN XML.

FILE is anything :func:`drafter.read` accepts (.txt, .docx or Akoma Ntoso .xml). The
writer is chosen by the output's suffix: ``.docx`` for Word, ``.xml`` for Akoma Ntoso
(``--validate`` then checks the result against the Akoma Ntoso 3.0 schema). ``--final``
writes the clean text of a negotiation draft, and is refused with exit status 1 and the
open paragraphs listed one per line while brackets, alternatives or bis labels remain; an
Akoma Ntoso file is always a final text, so the same check applies to it. Errors are
one line on stderr with exit status 2 (raised as DrafterError and printed by drafter.cli).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from drafter.api import read
from drafter.commands.check import _user_settings
from drafter.core.model import Resolution
from drafter.core.negotiation_state import final_resolution, is_negotiation_draft, unresolved
from drafter.core.typography import normalize_resolution
from drafter.errors import DrafterError
from drafter.formats.akn.schema import schema_errors
from drafter.formats.akn.writer import export_akn
from drafter.formats.docx.writer import export_docx

_SUFFIXES = (".docx", ".xml")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drafter export",
        description="Write a resolution as a Word file in the United Nations layout, "
                    "or as Akoma Ntoso (AKN4UN) XML.",
    )
    parser.add_argument("file", help="the resolution to export (.txt, .docx or .xml)")
    parser.add_argument("-o", "--output", required=True,
                        help="the file to write: .docx (Word) or .xml (Akoma Ntoso)")
    parser.add_argument("--paper", choices=("letter", "a4"), default=None,
                        help="page size: US Letter (New York) or A4; default A4 for the Human Rights "
                             "Council (Geneva), Letter otherwise")
    parser.add_argument("--language", help="language of FILE when detection is not wanted (en, fr …)")
    parser.add_argument("--job-number", default="", help='job number for the footers, e.g. "17-23338"')
    parser.add_argument("--keep-typography", action="store_true",
                        help="write quotes, dashes and French spaces as they are in FILE (by default they "
                             "are converted as the editor converts them, following its Settings)")
    parser.add_argument("--italics", choices=("source", "lexicon"), default="source",
                        help="keep a Word source's italics (source) or italicize exactly the openers")
    parser.add_argument("--final", action="store_true",
                        help="write the clean text for submission; refused (exit status 1, the "
                             "paragraphs listed) while brackets, alternatives or bis labels remain")
    parser.add_argument("--validate", action="store_true",
                        help="(.xml) check the written file against the Akoma Ntoso 3.0 schema")
    return parser


def _write_akn(resolution: Resolution, output: Path, validate: bool) -> None:
    export_akn(resolution, output)
    if validate:
        from lxml import etree

        errors = schema_errors(etree.parse(str(output)).getroot())
        if errors:
            raise DrafterError(f"{output}: not valid Akoma Ntoso 3.0 ({errors[0]})")


def run(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    output = Path(args.output)
    suffix = output.suffix.lower()
    if suffix not in _SUFFIXES:
        raise DrafterError(f"{output}: the output must be a .docx (Word) or .xml (Akoma Ntoso) file")
    if output.resolve() == Path(args.file).resolve():
        raise DrafterError(f"{output}: refusing to overwrite the input file")
    resolution = read(args.file, language=args.language)
    if args.final or (suffix == ".xml" and is_negotiation_draft(resolution)):
        still_open = unresolved(resolution)
        if still_open:
            what = "as final" if args.final else "as Akoma Ntoso (use --final once the text is agreed)"
            print(f"drafter: {args.file}: cannot export {what}: brackets, alternatives or labels remain in",
                  file=sys.stderr)
            for line in still_open:
                print(line.partition(": ")[0], file=sys.stderr)
            return 1
        resolution = final_resolution(resolution)
    if not args.keep_typography:
        resolution = normalize_resolution(resolution, _user_settings().typography())
    if suffix == ".xml":
        _write_akn(resolution, output, args.validate)
    else:
        notices = export_docx(
            resolution, output, paper=args.paper, italics=args.italics, job_number=args.job_number
        )
        for notice in notices:  # what could not be written where it stood: never silent
            print(f"{output}: note: {notice}", file=sys.stderr)
    counts = resolution.counts()
    print(
        f"wrote {output} ({counts['preamble']} preambular, {counts['operative']} operative, "
        f"{counts['subparagraphs']} sub-paragraphs, {counts['footnotes']} footnotes)",
        file=sys.stdout,
    )
    return 0
