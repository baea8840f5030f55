"""The OOXML namespaces Drafter reads and writes, named once.

Word writes the Transitional namespaces; ISO Strict files (Word's "Strict Open XML" save)
use the ``purl.oclc.org`` ones, which the reader also accepts.
"""

from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
CUSTOM_XML_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
STYLES_WITH_EFFECTS_RELATIONSHIP = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
WORD_COMPATIBILITY = "http://schemas.microsoft.com/office/word"
