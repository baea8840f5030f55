"""Benchmark: the editor with the oceans omnibus (GA_76_72_en.txt, ~450 paragraphs) open.

Prints, in one run:

* open: reading the file and showing it in the window until the first paint
  (checks are debounced, so they are not part of it); target under 1.5 s;
* keystroke: median and 95th percentile of one key (a letter typed, or a
  Backspace) from the key event to the editor idle again (events processed and
  the page repainted); the checks are excluded, they run on a 300 ms timer once
  typing pauses; target p95 under 16 ms;
* baseline: the same keys in a plain QTextEdit holding the same text, typed in
  the same run alternately with the editor's keys (so both see the same load on
  a shared machine); the cost of structure (highlighter, painted numbers, guards,
  completion) shows as the difference;
* the checks (run on a worker thread when typing pauses, so not on the key
  path): the first run, a re-check after one edit (style rules cached per
  paragraph), and keys typed while a check runs in the background.

Spelling/grammar (the grammar bridge) is left out: it runs on its own thread and
its cost is measured by bench_grammar.py.

Run: ``.venv/bin/python bench/bench_editor.py [keys]`` (offscreen when no display).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus"
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextEdit  # noqa: E402

import drafter  # noqa: E402
from drafter.gui.main_window import MainWindow  # noqa: E402
from drafter.settings import Settings  # noqa: E402


def _press(widget, key: Qt.Key, text: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def _place(app: QApplication, editor: QTextEdit, index: int) -> None:
    """Put the cursor in the middle of a paragraph chosen from ``index``."""
    document = editor.document()
    block = document.findBlockByNumber(10 + (index * 37) % max(1, document.blockCount() - 12))
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + block.length() // 2)
    editor.setTextCursor(cursor)
    app.processEvents()


def _one_key(app: QApplication, editor: QTextEdit, index: int) -> float:
    """One key (a letter, every fifth a Backspace) until the widget is idle and repainted."""
    key, text = (Qt.Key.Key_Backspace, "") if index % 5 == 4 else (Qt.Key.Key_E, "e")
    start = time.perf_counter()
    _press(editor, key, text)
    app.processEvents()
    editor.viewport().repaint()
    return time.perf_counter() - start


def _keystrokes(app: QApplication, widgets: list[QTextEdit], count: int) -> list[list[float]]:
    """Type ``count`` keys in each widget, alternating key by key so that every widget
    sees the same machine load (the machine is shared); seconds per key per widget."""
    times: list[list[float]] = [[] for _ in widgets]
    for index in range(count):
        for widget, out in zip(widgets, times, strict=True):
            if index % 20 == 0:  # another paragraph every 20 keys
                _place(app, widget, index)
            out.append(_one_key(app, widget, index))
    return times


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    path = CORPUS / "GA_76_72_en.txt"
    app = QApplication.instance() or QApplication([])

    start = time.perf_counter()
    resolution = drafter.read(path)
    read_seconds = time.perf_counter() - start
    window = MainWindow(settings=Settings(), grammar=False)
    window.resize(1400, 950)
    window.load_resolution(resolution, path)
    window.show()
    app.processEvents()
    window.editor.viewport().repaint()
    open_seconds = time.perf_counter() - start
    editor = window.editor
    editor.setFocus()
    check_start = time.perf_counter()
    window.checks.run_now(force=True)
    first_check = time.perf_counter() - check_start

    plain = QTextEdit()
    plain.resize(editor.size())
    plain.setPlainText(editor.toPlainText())
    plain.show()
    app.processEvents()
    editor_times, plain_times = _keystrokes(app, [editor, plain], count)

    check_start = time.perf_counter()
    window.checks.run_now()
    recheck = time.perf_counter() - check_start

    _press(editor, Qt.Key.Key_E, "e")
    window.checks.run_in_background()
    (busy_times,) = _keystrokes(app, [editor], 60)
    deadline = time.perf_counter() + 10
    while window.checks.is_stale() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)

    ms = 1000.0
    print(f"document: {path.name}, {editor.document().blockCount()} blocks, "
          f"{len(editor.toPlainText())} characters, {count} keys; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"open (read {read_seconds * ms:.0f} ms + window): {open_seconds * ms:.0f} ms   (target < 1500 ms)")
    print(f"keystroke, editor:            median {statistics.median(editor_times) * ms:.2f} ms, "
          f"p95 {_p95(editor_times) * ms:.2f} ms   (target p95 < 16 ms)")
    print(f"keystroke, plain QTextEdit:   median {statistics.median(plain_times) * ms:.2f} ms, "
          f"p95 {_p95(plain_times) * ms:.2f} ms   (baseline)")
    print(f"keystroke while a check runs: median {statistics.median(busy_times) * ms:.2f} ms, "
          f"p95 {_p95(busy_times) * ms:.2f} ms   (60 keys, worker thread busy)")
    print(f"checks (worker thread): first run {first_check * ms:.0f} ms, re-check after edits "
          f"{recheck * ms:.0f} ms, {len(editor.diagnostics)} diagnostics")


if __name__ == "__main__":
    main()
