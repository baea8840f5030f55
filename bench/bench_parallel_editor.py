"""Benchmark: the parallel version in the editor (Compare ▸ Open Parallel Version…).

The page shows GA_76_72_en.txt; the parallel version is GA_76_72_fr.txt (455 paragraphs
each). Prints medians of several runs (offscreen):

* open: the whole command with the file named (read the French, load its page, align, show);
* realign, GUI thread: what an edit costs the GUI thread before the worker aligns (both
  pages read back into models);
* realign, worker: :func:`drafter.parallel.parallel` on those models (off the GUI thread);
* page checks, worker: the French page's own structure and style checks (its check scheduler,
  off the GUI thread) after an edit of one paragraph (the style rules' cache keeps the others);
* scroll: the second page following one scroll of the first (no reading back: block maps);
* highlight: the current paragraph and its partner highlighted on both pages.

The GUI-thread figures are what typing and scrolling feel; the worker's is how soon the
findings follow. Run: ``.venv/bin/python bench/bench_parallel_editor.py [runs]``.
"""

from __future__ import annotations

import os
import sys

from timing import CORPUS, editor_window, median_seconds

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(runs: int) -> None:
    from drafter.checks.incremental import IncrementalChecker
    from drafter.parallel import parallel

    english, french = CORPUS / "GA_76_72_en.txt", CORPUS / "GA_76_72_fr.txt"
    app, window = editor_window(english)
    app.processEvents()
    controller = window.parallel
    opened = median_seconds(lambda: (controller.open_parallel(french), app.processEvents()), runs)
    page = controller.page
    snapshots = median_seconds(lambda: (window.editor.snapshot(), page.snapshot()), runs)
    mine, theirs = window.editor.snapshot(), page.snapshot()
    aligned = median_seconds(lambda: parallel(mine.resolution, theirs.resolution), runs)
    checker, options = IncrementalChecker(), window.checks.options  # the page's (this window has none)
    checker(theirs.resolution, options)  # the first run, when the version opens
    edits = iter(range(runs + 1))

    def check_after_an_edit() -> None:
        theirs.resolution.paragraphs[0].text += f" {next(edits)}"
        checker(theirs.resolution, options)

    checked = median_seconds(check_after_an_edit, runs)
    bar = window.editor.verticalScrollBar()
    positions = iter(range(0, bar.maximum(), max(1, bar.maximum() // (runs + 1))))
    scrolled = median_seconds(lambda: bar.setValue(next(positions)), runs)
    pages = controller.pages
    middle = window.editor.document().blockCount() // 2
    partner = pages.aligned_block(window.editor, middle)
    highlighted = median_seconds(lambda: pages.highlight(middle, partner), runs)
    print(f"GA_76_72 en ~ fr in the editor: {len(mine.resolution.paragraphs)} paragraphs")
    print(f"  open (read, load, align, show)   {opened * 1000:7.1f} ms")
    print(f"  realign, GUI thread (read back)  {snapshots * 1000:7.1f} ms")
    print(f"  realign, worker (align + check)  {aligned * 1000:7.1f} ms")
    print(f"  page checks, worker (one edit)   {checked * 1000:7.1f} ms")
    print(f"  scroll: the other page follows   {scrolled * 1000:7.1f} ms")
    print(f"  highlight on both pages          {highlighted * 1000:7.1f} ms")
    window.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
