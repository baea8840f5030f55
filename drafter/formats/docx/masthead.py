"""The header and footer parts of a UN-layout export: the first page's masthead
(United Nations, the symbol, the organ, distribution, date, original language) and
the running heads and feet of the following pages (symbol, short title, job number,
"n/N" page fields), mirrored on even and odd pages as the official files are.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from drafter.core.model import DocumentStatus, Organ
from drafter.formats.docx.layout import Layout
from drafter.formats.docx.ooxml import headers
from drafter.formats.docx.ooxml.template import text_width


def headers_and_footers(layout: Layout) -> None:
    meta, strings = layout.meta, layout.strings
    section = layout.document.sections[0]
    section.different_first_page_header_footer = True
    width = text_width(layout.paper)
    symbol = meta.symbol
    short_title = _short_title(meta.title) if meta.organ is not Organ.SC else ""
    adopted = meta.status is DocumentStatus.ADOPTED
    distribution = meta.distribution or ("General" if adopted else "Limited")
    right_lines = [_distribution_line(distribution, strings["distribution"])]
    if meta.date:
        right_lines.append(meta.date)
    if meta.reissued:
        right_lines.append(meta.reissued)
    original = meta.original_language.strip()
    if original and not adopted:
        # Readers keep "English"; new documents keep the whole "Original: English" line.
        right_lines.append(original if ":" in original else strings["original"].format(language=original))
    lang_rpr = f'<w:lang w:val="{strings["word_lang"]}"/>'
    _replace_part(section.first_page_header, headers.masthead(
        united_nations=strings["united_nations"], symbol=symbol, organ=layout.organ_name(),
        right_lines=right_lines, language_rpr=lang_rpr, rtl=layout.rtl,
    ))
    _replace_part(section.even_page_header, headers.continuation_header(symbol, short_title, width=width))
    _replace_part(section.header, headers.continuation_header(short_title, symbol, width=width))
    job = layout.options.job_number
    job_line = f"{job} ({strings['job_letter']})" if job else ""
    if meta.release_date:  # as official footers: "18-06886 (E)    300518"
        job_line = f"{job_line}    {meta.release_date}".strip()
    _replace_part(section.first_page_footer, headers.first_page_footer(job_line))
    even_footer = headers.continuation_footer(job, page_first=True, width=width)
    _replace_part(section.even_page_footer, even_footer)
    _replace_part(section.footer, headers.continuation_footer(job, page_first=False, width=width))


def _replace_part(header_or_footer: Any, elements: list[etree._Element]) -> None:
    root = header_or_footer._element
    for child in list(root):
        root.remove(child)
    for element in elements:
        root.append(element)


def _distribution_line(distribution: str, lines: dict[str, str]) -> str:
    """"Distr.: General" for "General", and for a reader's "Générale" the French line too."""
    wanted = distribution.strip().casefold()
    for key, line in lines.items():
        if wanted in (key.casefold(), line.casefold(), line.split()[-1].casefold()):
            return line
    return distribution


def _short_title(title: str, limit: int = 80) -> str:
    """The running-head title: the full title, cut at a word boundary when very long."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
