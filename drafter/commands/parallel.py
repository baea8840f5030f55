"""``drafter parallel A B``: align two language versions of a resolution and report where they differ.

Exit status: 0 when no finding is an error, 1 when one is, 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from drafter.api import read
from drafter.errors import DrafterError
from drafter.parallel import parallel


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drafter parallel",
        description="Align two language versions of one resolution and check that they agree "
                    "(paragraphs, figures, dates, document symbols, footnotes).",
    )
    parser.add_argument("first", type=Path, metavar="A", help="one language version (.txt, .docx)")
    parser.add_argument("second", type=Path, metavar="B", help="another language version")
    parser.add_argument("--format", choices=("text", "json"), default="text", dest="output_format")
    return parser


def run(argv: Sequence[str]) -> int:
    try:
        options = _parser().parse_args(list(argv))
    except SystemExit as stop:
        return int(stop.code or 0)
    try:
        first, second = read(options.first), read(options.second)
    except DrafterError as error:
        print(f"drafter: {error}", file=sys.stderr)
        return 2
    report = parallel(first, second)
    if options.output_format == "json":
        print(json.dumps(report.to_json(str(options.first), str(options.second)), ensure_ascii=False))
    else:
        for finding in report.findings:
            where = " / ".join(address or "—" for address in (finding.a, finding.b))
            print(f"{where}: {finding.severity.value}: {finding.message} [{finding.rule}]")
        errors = sum(1 for f in report.findings if f.severity.value == "error")
        print(f"{options.first} ~ {options.second}: {report.aligned} paragraphs aligned, "
              f"{errors} errors, {len(report.findings) - errors} warnings")
    return 1 if report.has_errors else 0
