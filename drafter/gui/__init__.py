"""The PySide6 editor (issue 6). Importing it first guards against a PySide6 refcount bug.

Map of the package (each module has one job):

- ``launch``: ``drafter [FILE]`` and ``--screenshot``; ``main_window``: wiring, menus, actions;
- ``editor``: the page (keys, painted numbers, moves, paste, footnote insertion, diagnostics);
- ``kinds`` / ``structure_rules``: what a block is, and the order rules (pure, no widgets);
- ``document_sync``: Resolution <-> QTextDocument; ``footnote_marks``: footnotes as marks;
- ``highlighter``: italics, bold headings, wavy underlines; ``completion``: openers;
- ``checking`` / ``incremental_checks``: debounced checks on a worker thread;
- docks: ``outline_dock``, ``issues_dock``, ``footnotes_dock``, ``metadata_dock``;
  ``find_replace``; files, settings and recovery (issue 7) attach from outside.
"""

from drafter.gui.none_guard import keep_none_alive

keep_none_alive()
