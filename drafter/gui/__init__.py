"""The PySide6 editor (issue 6).

Map of the package (each module has one job):

- ``launch``: ``drafter [FILE]`` and ``--screenshot``; ``main_window``: wiring, menus, actions;
- ``editor``: the page (keys, painted numbers, moves, paste, footnote insertion, diagnostics);
- ``kinds`` / ``editing_invariants``: what a block is, and the order rules (pure, no widgets);
- ``document_sync``: Resolution <-> QTextDocument; ``footnote_marks``: footnotes as marks;
- ``highlighter``: italics, bold headings, wavy underlines; ``completion``: openers;
- ``checking`` / ``incremental_checks``: debounced checks on a worker thread;
- docks: ``outline_dock``, ``issues_dock``, ``footnotes_dock``, ``metadata_dock``;
  ``find_replace``; files, settings and recovery (issue 7) attach from outside.
PySide6 6.12.0 leaks references to None on CPython 3.11 and aborts long sessions;
pyproject.toml therefore requires PySide6-Essentials < 6.12 (6.11.3 is clean).
"""
