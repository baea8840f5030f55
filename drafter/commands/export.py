"""``drafter export FILE -o OUT.docx [--paper letter|a4]``: write the UN-layout Word file.

FILE is anything :func:`drafter.read` accepts (.txt or .docx). Errors are one line
on stderr with exit status 2 (raised as DrafterError and printed by drafter.cli).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from drafter.api import read
from drafter.errors import DrafterError
from drafter.formats.docx.writer import export_docx


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drafter export",
        description="Write a resolution as a Word file in the United Nations layout.",
    )
    parser.add_argument("file", help="the resolution to export (.txt or .docx)")
    parser.add_argument("-o", "--output", required=True, help="the Word file to write (.docx)")
    parser.add_argument("--paper", choices=("letter", "a4"), default=None,
                        help="page size: US Letter (New York) or A4; default A4 for the Human Rights "
                             "Council (Geneva), Letter otherwise")
    parser.add_argument("--language", help="language of FILE when detection is not wanted (en, fr …)")
    parser.add_argument("--job-number", default="", help='job number for the footers, e.g. "17-23338"')
    parser.add_argument("--italics", choices=("source", "lexicon"), default="source",
                        help="keep a Word source's italics (source) or italicize exactly the openers")
    return parser


def run(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    output = Path(args.output)
    if output.suffix.lower() != ".docx":
        raise DrafterError(f"{output}: the output must be a .docx file")
    if output.resolve() == Path(args.file).resolve():
        raise DrafterError(f"{output}: refusing to overwrite the input file")
    resolution = read(args.file, language=args.language)
    export_docx(resolution, output, paper=args.paper, italics=args.italics, job_number=args.job_number)
    counts = resolution.counts()
    print(
        f"wrote {output} ({counts['preamble']} preambular, {counts['operative']} operative, "
        f"{counts['subparagraphs']} sub-paragraphs, {counts['footnotes']} footnotes)",
        file=sys.stdout,
    )
    return 0
