"""Report how the multi-part and nested texts of the train set are read.

For every text of ``shared/train`` whose truth row has sections (``n_sections`` > 0:
Fifth Committee omnibus and ICSC texts with parts), and every ECOSOC text that
recommends a draft to the General Assembly, prints what the reader found next to
the XML-derived counts, then a summary line per kind:

- parts: the number of parts equals ``n_sections``, the main preamble (before the
  first part, the only one the markup counts) equals ``n_preamble``, the typed
  operative numbers equal ``n_operative`` where the markup marks them (not Arabic:
  see train/README.md), and no ``operative-numbering-gap`` is reported;
- drafts: a nested text (``D1``) with its own formula was found and no
  ``operative-numbering-gap`` is reported.

The code under test is the one on ``sys.path``, so running this with the main
checkout and with a branch on ``PYTHONPATH`` gives before/after figures (kinds are
compared by value so that code without parts runs it too).

With ``--all``, every other text is read too: how many were read with parts although
the markup has none, and how many equal the consensus counts.

Usage: python tools/train_parts_report.py [--train DIR] [--verbose] [--all]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import tempfile
from pathlib import Path

import drafter
from drafter.core.model import ParagraphKind, Resolution

TRAIN = Path(__file__).resolve().parent.parent.parent / "shared" / "train"
# A colon then a formula line: the shape of "Recommends … the following draft resolution:".
_RECOMMENDS = re.compile(
    r"[:：]\s*\n\s*\n\s*(The General Assembly,|L[’']Assemblée générale,|La Asamblea General,|"
    r"Генеральная Ассамблея,|إنَ?ّ?َ? الجمعية العامة ?،|大会，)"
)


def _part_count(resolution: Resolution) -> int:
    return sum(1 for p in resolution.paragraphs if p.kind.value == "part")


def _main_preamble(resolution: Resolution) -> int:
    count = 0
    for paragraph in resolution.paragraphs:
        if paragraph.kind.value in ("part", "draft_formula"):
            break
        count += paragraph.kind is ParagraphKind.PREAMBULAR
    return count


def _numbered(resolution: Resolution) -> int:
    return sum(1 for p in resolution.paragraphs if p.kind is ParagraphKind.OPERATIVE and p.source_label)


def _gaps(resolution: Resolution) -> int:
    return sum(1 for d in drafter.check(resolution) if d.rule == "operative-numbering-gap")


def _report_parts(root: Path, rows: list[dict], verbose: bool) -> tuple[int, int]:
    good = 0
    for row in rows:
        resolution = drafter.read(root / row["file"])
        parts, pre, ops, gaps = (_part_count(resolution), _main_preamble(resolution),
                                 _numbered(resolution), _gaps(resolution))
        ops_ok = row["lang"] == "ar" or ops == row["n_operative"]
        ok = parts == row["n_sections"] and pre == row["n_preamble"] and ops_ok and gaps == 0
        good += ok
        if verbose or not ok:
            print(f"{'ok ' if ok else 'BAD'} {row['file']}: parts {parts}/{row['n_sections']} "
                  f"preamble {pre}/{row['n_preamble']} operative {ops}/{row['n_operative']} gaps {gaps}")
    return good, len(rows)


def _report_drafts(root: Path, rows: list[dict], verbose: bool) -> tuple[int, int]:
    good = total = 0
    for row in rows:
        path = root / row["file"]
        if row["organ"] != "ECOSOC" or not _RECOMMENDS.search(path.read_text(encoding="utf-8")):
            continue
        total += 1
        resolution = drafter.read(path)
        drafts = sum(1 for p in resolution.paragraphs if p.kind.value == "draft_formula")
        gaps = _gaps(resolution)
        ok = drafts >= 1 and gaps == 0
        good += ok
        if verbose or not ok:
            print(f"{'ok ' if ok else 'BAD'} {row['file']}: nested texts {drafts} gaps {gaps}")
    return good, total


def _report_others(root: Path, rows: list[dict], verbose: bool) -> None:
    """Texts without sections: how many were read with parts (false parts) and how many
    match the consensus counts, so that a change to the reader shows what it costs."""
    false_parts = matched = compared = 0
    for row in rows:
        resolution = drafter.read(root / row["file"])
        if _part_count(resolution):
            false_parts += 1
            if verbose:
                print(f"parts found in {row['file']}")
        if row["consensus"]:
            compared += 1
            counts = resolution.counts()
            matched += all(counts[key] == row["consensus"][key] for key in row["consensus"])
    print(f"texts without sections read with parts: {false_parts}/{len(rows)}")
    print(f"texts equal to the consensus counts: {matched}/{compared}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--all", action="store_true", help="also sweep the texts without sections")
    args = parser.parse_args(argv)
    truth = (args.train / "truth.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in truth.splitlines()]
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(args.train / "akn-parallel.tar.xz") as archive:
            archive.extractall(folder, filter="data")
        root = Path(folder)
        parted = [r for r in rows if r["n_sections"] > 0]
        good, total = _report_parts(root, parted, args.verbose)
        print(f"multi-part texts read right: {good}/{total}")
        good, total = _report_drafts(root, rows, args.verbose)
        print(f"ECOSOC texts with a nested GA draft read as two texts: {good}/{total}")
        if args.all:
            _report_others(root, [r for r in rows if r["n_sections"] == 0], args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
