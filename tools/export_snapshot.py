"""Write the XML parts of the Word exports of a folder of texts, to compare two versions of the writer.

A change meant to leave the UN-layout export as it is (moving code between modules,
reading a measure from data instead of a literal) is checked by running this once with
the main checkout and once with the branch on ``PYTHONPATH``, then ``diff -r`` of the
two outputs. For every .txt, .docx and .xml below FOLDER it writes, under
OUT/<file>/<variant>/, each part of the export (document.xml, footnotes.xml,
styles.xml, headers, footers, relationships …) in canonical XML (C14N), so that only a
real difference in the markup shows. The variants: the default export, A4 paper, and
lexicon italics with a job number; with ``--redlines``, also a redline of each .docx
against the .txt of the same name. ``docProps/core.xml`` is left out: it holds the time
of the export.

Usage: python tools/export_snapshot.py FOLDER OUT [--redlines]
"""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

import drafter
from drafter.comparison import build_comparison
from drafter.errors import DrafterError
from drafter.redline.writer import build_redline

VARIANTS: dict[str, dict[str, Any]] = {
    "default": {},
    "a4": {"paper": "a4"},
    "lexicon": {"italics": "lexicon", "job_number": "17-23338"},
}
_SKIPPED = {"docProps/core.xml"}


def write_parts(package: bytes, target: Path) -> int:
    """Each part of the .docx ``package`` under ``target``, XML canonicalized; how many parts."""
    count = 0
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        for name in archive.namelist():
            if name in _SKIPPED or name.endswith("/"):
                continue
            data = archive.read(name)
            if name.endswith((".xml", ".rels")):
                data = etree.tostring(etree.fromstring(data), method="c14n")
            path = target / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            count += 1
    return count


def snapshot(folder: Path, out: Path, redlines: bool = False) -> list[str]:
    """Write the parts of every export of the texts below ``folder``; returns one line per
    file that could not be read or exported (the others are still written)."""
    problems = []
    texts = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".txt", ".docx", ".xml"))
    for path in texts:
        name = str(path.relative_to(folder))
        try:
            resolution = drafter.read(path)
            for variant, options in VARIANTS.items():
                buffer = io.BytesIO()
                notices = drafter.export_docx(resolution, buffer, **options)
                write_parts(buffer.getvalue(), out / name / variant)
                (out / name / variant / "notices.txt").write_text("\n".join(notices), encoding="utf-8")
        except DrafterError as error:
            problems.append(f"{name}: {error}")
    if redlines:
        for path in sorted(folder.rglob("*.docx")):
            base = path.with_suffix(".txt")
            if base.is_file():
                comparison = build_comparison(drafter.read(base), drafter.read(path))
                buffer = io.BytesIO()
                build_redline(comparison, date="2020-01-01").save(buffer)
                write_parts(buffer.getvalue(), out / str(path.relative_to(folder)) / "redline")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--redlines", action="store_true",
                        help="also a redline of each .docx against the .txt of the same name")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"{args.folder}: not a folder", file=sys.stderr)
        return 2
    problems = snapshot(args.folder, args.out, args.redlines)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
