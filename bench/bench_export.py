"""Benchmark: exporting the oceans omnibus (A/RES/76/72) as a UN-layout Word file.

GA_76_72_en.txt has about 430 paragraphs and 165 footnotes. Prints medians of
several runs, measured in the same process:

* export: :func:`drafter.export_docx` (template, heading block, italic openers,
  labels, real footnotes, headers/footers, save);
* baseline: python-docx writing the same paragraph texts plainly —
  ``Document()``, one ``add_paragraph(text)`` per paragraph (formula, body,
  closing, annexes) and the footnote texts as paragraphs, then save — no styles,
  no footnotes part.

Target: export under 700 ms and at most 2x the baseline.
Run: ``.venv/bin/python bench/bench_export.py [runs]``.
"""

from __future__ import annotations

import io
import sys

import docx
from timing import CORPUS, median_seconds

import drafter
from drafter.core.model import Resolution


def plain_write(resolution: Resolution) -> None:
    document = docx.Document()
    texts = [resolution.formula, *(p.text for p in resolution.paragraphs), *resolution.closing]
    texts += [text for annex in resolution.annexes for text in (annex.title, *annex.paragraphs)]
    texts += [note.text for note in resolution.footnotes]
    for text in texts:
        document.add_paragraph(text)
    document.save(io.BytesIO())


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    resolution = drafter.read(CORPUS / "GA_76_72_en.txt")
    counts = resolution.counts()
    # warm-up: imports, template and lexicon caches
    drafter.export_docx(resolution, io.BytesIO())
    plain_write(resolution)
    export = median_seconds(lambda: drafter.export_docx(resolution, io.BytesIO()), runs)
    baseline = median_seconds(lambda: plain_write(resolution), runs)
    paragraphs = len(resolution.paragraphs)
    print(f"GA_76_72_en: {paragraphs} paragraphs, {counts['footnotes']} footnotes, {runs} runs")
    print(f"export (UN layout, real footnotes): {export * 1000:7.1f} ms median")
    print(f"baseline (python-docx plain write): {baseline * 1000:7.1f} ms median")
    ratio = export / baseline
    verdict = "OK" if export < 0.7 and ratio <= 2 else "OVER TARGET"
    print(f"ratio {ratio:.2f}x (target < 700 ms and <= 2x): {verdict}")


if __name__ == "__main__":
    main()
