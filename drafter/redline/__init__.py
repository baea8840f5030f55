"""Track Changes output: the new text in the UN layout, each difference from the base a revision.

Sits above :mod:`drafter.comparison` (which says what changed) and
:mod:`drafter.formats.docx` (which lays the page out): ``layout`` plugs a tracked-change run
emitter into the exporter, ``revisions`` writes the ``w:ins``/``w:del`` markup, ``labels`` tracks
renumbered labels, ``post_layout`` fixes what only the finished document can show (the title
line, which paragraph mark carries an insertion), and ``writer`` is the entry point.
"""
