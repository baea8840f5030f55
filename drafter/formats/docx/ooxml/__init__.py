"""The WordprocessingML layer under the Word export: parts python-docx has no API for.

python-docx 1.2 writes paragraphs, runs, sections and headers, but not footnotes,
UN styles or page fields. This package builds those pieces as plain lxml
elements, each module with one job:

* :mod:`.xml` — namespace helpers and fast element builders (runs, paragraphs);
* :mod:`.footnotes` — the footnotes part, its separator notes, notes and references;
* :mod:`.styles` — the UN style sheet (ids and values as in official files);
* :mod:`.settings` — document settings (tab stop, odd/even headers, footnote pr.);
* :mod:`.headers` — masthead, continuation headers and "n/N" footers;
* :mod:`.runs` — the run emitter interface: where a body paragraph's words become runs;
* :mod:`.paragraphs` — prototypes of heading-block and body paragraphs;
* :mod:`.template` — the base document the exporter starts from (built by
  ``tools/build_templates.py`` into ``templates/docx/``).

Nothing here knows about resolutions; :mod:`drafter.formats.docx.writer` composes.
"""
