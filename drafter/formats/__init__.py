"""File formats: readers that turn a file into source blocks, and writers that lay a model out.

``text/`` reads plain text (XML renders, PDF extractions, typed drafts); ``docx/`` reads and
writes Word files (the UN layout, the editor's native save with its embedded model) over the
OOXML layer in ``docx/ooxml/``. Readers hand their blocks to :mod:`drafter.parsing`; nothing
here knows about checks, comparison or the interface.
"""
