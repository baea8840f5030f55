"""What surrounds the text of a UN-layout export: the style sheet in the document's
language, the paper, the links on document symbols and the core properties.

The language goes on the styles (not only on runs) so that Word's proofing and
font choice follow it for anything a drafter types later; the core properties carry
the title and, as subject, the symbol, which is how document registries list a file.
"""

from __future__ import annotations

from datetime import UTC, datetime

from drafter.formats.docx.layout import Layout
from drafter.formats.docx.ooxml import hyperlinks
from drafter.formats.docx.ooxml.styles import apply_language
from drafter.formats.docx.ooxml.template import set_paper
from drafter.formats.docx.ooxml.xml import xml_safe


def prepare(layout: Layout) -> None:
    """The styles in the document's language and the page size, before any text is written."""
    strings = layout.strings
    apply_language(
        layout.document.styles.element,
        strings["word_lang"],
        east_asia=strings.get("east_asia"),
        bidi=strings.get("bidi"),
        east_asia_font=strings.get("east_asia_font"),
    )
    set_paper(layout.document, layout.paper)
    layout.sect_pr = layout.body[-1]  # the body section's properties: paragraphs go before it


def link_symbols(layout: Layout) -> None:
    """Document symbols become links to the Official Document System, as in official files."""
    if not layout.plain:
        return
    hyperlinks.ensure_style(layout.document.styles.element)
    hyperlinks.link_symbols(layout.body, layout.document.part)
    notes_part = layout.runs.footnotes.part
    hyperlinks.link_symbols(notes_part.element, notes_part)


def core_properties(layout: Layout) -> None:
    core = layout.document.core_properties
    core.title = _property(layout.meta.title)  # core properties hold at most 255 characters
    core.subject = _property(layout.meta.symbol)
    core.language = layout.strings["word_lang"]
    core.author = core.last_modified_by = "Drafter"
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    core.created = core.modified = now
    core.revision = 1


def _property(value: str, limit: int = 255) -> str:
    value = " ".join(xml_safe(value).split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"
