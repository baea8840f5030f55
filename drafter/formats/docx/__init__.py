"""Word (.docx): the safe reader, the UN-layout writer and the editor's native file.

Reading: ``safety`` refuses hostile or damaged packages before anything is parsed; the
``read_*`` modules turn body, styles, notes and headers into source blocks (``numbering``
computes the labels Word displays); ``reader`` hands them to :mod:`drafter.parsing`.
Writing: ``writer`` lays a resolution out in the UN layout, one module per part of the page
(``heading_block``, ``body_paragraphs``, ``annexes``, ``closing``, ``masthead``, ``document_setup``,
``leftovers``, sharing the export in progress, ``layout``), through the XML layer in ``ooxml/``
(python-docx objects underneath, lxml for what python-docx does not model); ``native_file`` and
``embedded_model`` add the editor's model as a Custom XML part so a saved file reopens exactly.
"""
