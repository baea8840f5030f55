"""Document settings as in the official files (``word/settings.xml`` of A/RES/72/248).

Kept: the 475-twip default tab stop (the UN tab grid), odd/even headers (the
continuation headers mirror on facing pages), no hyphenation of capitals, the
footnote and endnote properties naming the separator notes, and Word 2013+
compatibility mode. Dropped: document variables, revision ids and the zoom,
which are the Secretariat's workflow data, not layout.
"""

from __future__ import annotations

from lxml import etree

from drafter.formats.docx.namespaces import WORD_COMPATIBILITY
from drafter.formats.docx.ooxml.xml import fragment

_COMPAT = WORD_COMPATIBILITY
_SETTINGS = (
    "<w:settings>"
    '<w:defaultTabStop w:val="475"/>'
    '<w:hyphenationZone w:val="20"/>'
    "<w:doNotHyphenateCaps/>"
    "<w:evenAndOddHeaders/>"
    '<w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    "<w:compat>"
    f'<w:compatSetting w:name="compatibilityMode" w:uri="{_COMPAT}" w:val="15"/>'
    f'<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="{_COMPAT}" w:val="1"/>'
    f'<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="{_COMPAT}" w:val="1"/>'
    f'<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="{_COMPAT}" w:val="1"/>'
    "</w:compat>"
    '<w:themeFontLang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
    '<w:decimalSymbol w:val="."/>'
    '<w:listSeparator w:val=","/>'
    "</w:settings>"
)


def un_settings_element() -> etree._Element:
    """A fresh ``w:settings`` root with the UN layout settings."""
    return fragment(_SETTINGS)
