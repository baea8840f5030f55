"""Report how much of a French redline is typography alone, with and without the export's typography.

For every French text of the shared corpus, a base is made from it as a drafter
would type it in a plain editor (straight quotes, no no-break space before ; : ! ?,
straight apostrophes), and the official text is compared with that base: once as
the texts are, once with the UN typography on both (what the redline export does,
:mod:`drafter.redline.typeset`). Since the words are the same, every change and
every revision mark listed is typography. Prints one line per text and the totals.

    .venv/bin/python tools/redline_typography_report.py [CORPUS_FOLDER]
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import drafter
from drafter.core.typography import TypographyOptions
from drafter.redline.typeset import typeset_comparison
from drafter.redline.writer import write_comparison

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def typed_plainly(text: str) -> str:
    """``text`` as typed without typography: straight quotes and apostrophes, no spaces before marks."""
    text = re.sub(r"«\s*", '"', text)
    text = re.sub(r"\s*»", '"', text)
    text = re.sub("[\u00a0\u202f]([;:!?])", r"\1", text)
    return text.replace("\u2019", "'")


def figures(official: Path, folder: Path, typography: TypographyOptions | None) -> tuple[int, int]:
    """(listed changes, revision marks) of the redline from the plainly typed base to ``official``."""
    base_path = folder / "base.txt"
    base_path.write_text(typed_plainly(official.read_text(encoding="utf-8")), encoding="utf-8")
    comparison = typeset_comparison(drafter.read(base_path), drafter.read(official), typography)
    marks = write_comparison(comparison, folder / "redline.docx", track_renumbering=False)
    return len(comparison.changes), marks


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else DEFAULT_CORPUS
    texts = sorted(corpus.glob("*_fr.txt"))
    if not texts:
        print(f"{corpus}: no French .txt texts", file=sys.stderr)
        return 2
    totals = [0, 0, 0, 0]
    with tempfile.TemporaryDirectory() as temporary:
        for official in texts:
            as_is = figures(official, Path(temporary), None)
            typeset = figures(official, Path(temporary), TypographyOptions())
            print(f"{official.name}: as they are {as_is[0]} changes, {as_is[1]} marks; "
                  f"with the typography {typeset[0]} changes, {typeset[1]} marks")
            for index, value in enumerate((*as_is, *typeset)):
                totals[index] += value
    print(f"{len(texts)} texts: as they are {totals[0]} changes, {totals[1]} marks; "
          f"with the typography {totals[2]} changes, {totals[3]} marks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
