"""Benchmark: the editor's "Compare with Base Text…" and "Export with Track Changes…".

The page shows GA_78_69_en.txt (A/RES/78/69, about 430 paragraphs); the base is
GA_76_72_en.txt (A/RES/76/72), the oceans omnibus two sessions earlier. Prints
medians of several runs (offscreen, scripted file dialogs):

* baseline: :func:`drafter.comparison.build_comparison` on the page's model alone
  (what the engine costs, without reading the base or showing anything);
* compare: the whole command (read the base, take the page's model, compare,
  fill the list of ~400 changes);
* export: the whole command (read the base, compare, write the redline .docx).

A drafter waits for these with the wait cursor: both should stay near a second.
Run: ``.venv/bin/python bench/bench_compare_ui.py [runs]``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from timing import CORPUS, editor_window, median_seconds

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(runs: int) -> None:
    import drafter
    from drafter.comparison import build_comparison
    from drafter.gui.compare_actions import ScriptedCompareDialogs, install_compare_actions

    base_path, page_path = CORPUS / "GA_76_72_en.txt", CORPUS / "GA_78_69_en.txt"
    app, window = editor_window(page_path)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "redline.docx"
        dialogs = ScriptedCompareDialogs(base=[str(base_path)], redline=[str(out)])
        controller = install_compare_actions(window, dialogs)
        base = drafter.read(base_path)
        page = window.resolution()

        def compare() -> None:
            controller.compare_with_base()
            app.processEvents()

        engine = median_seconds(lambda: build_comparison(base, page), runs)
        command = median_seconds(compare, runs)
        export = median_seconds(controller.export_with_track_changes, runs)
        assert dialogs.errors == [], dialogs.errors
        changes = len(controller.dialog.changes) if controller.dialog else 0
    window.close()
    print(f"page: {len(page.paragraphs)} paragraphs, base: {len(base.paragraphs)}, {changes} changes listed")
    print(f"baseline  build_comparison alone        median {engine:.3f} s")
    print(f"compare   Compare with Base Text…       median {command:.3f} s")
    print(f"export    Export with Track Changes…    median {export:.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
