"""What a Word style sheet (``styles.xml``) says about italics, numbering and names.

Italics in a UN Word file rarely come from the run alone: the UN template's
``H4`` style is italic, a character style may be, and ``w:i`` is a *toggle*
property (a character style's italic on top of an italic paragraph style gives
roman). Numbering may come from the paragraph style (``pStyle`` with a ``numPr``).
This module resolves styles through their ``basedOn`` chains once per file so the
paragraph reader can ask cheap questions.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from drafter.formats.docx.namespaces import W as W_TRANSITIONAL

_MAX_CHAIN = 32  # basedOn chains are short; a loop or absurd depth stops here

_FALSE_VALUES = {"0", "false", "off", "none"}


def on_off(element: etree._Element | None, w: str) -> bool | None:
    """The value of an on/off property element (``<w:i/>``, ``<w:i w:val="0"/>``); None if absent."""
    if element is None:
        return None
    value = element.get(f"{{{w}}}val")
    return value is None or value.strip().lower() not in _FALSE_VALUES


def safe_int(value: str | None, default: int | None = None) -> int | None:
    """An integer attribute, or ``default`` when it is missing or malformed."""
    if value is None:
        return default
    try:
        return int(value.strip())
    except ValueError:
        return default


def numbering_of(numpr: etree._Element | None, q: str) -> tuple[int | None, int | None]:
    """The list and level a ``w:numPr`` names (numId, ilvl), each None when absent or malformed;
    ``q`` is the WordprocessingML namespace in braces."""
    if numpr is None:
        return None, None
    num_el, lvl_el = numpr.find(f"{q}numId"), numpr.find(f"{q}ilvl")
    num_id = safe_int(num_el.get(f"{q}val")) if num_el is not None else None
    return num_id, safe_int(lvl_el.get(f"{q}val")) if lvl_el is not None else None


@dataclass
class _Style:
    style_id: str
    kind: str  # paragraph | character | table | numbering
    name: str
    based_on: str | None
    italic: bool | None  # direct w:i in the style's rPr
    superscript: bool  # the style's rPr raises its text (w:vertAlign superscript)
    num_id: int | None  # pPr/numPr/numId
    num_level: int | None  # pPr/numPr/ilvl


class StyleSheet:
    """Resolved style properties of one document."""

    def __init__(self, root: etree._Element | None, w: str = W_TRANSITIONAL) -> None:
        self.w = w
        self._styles: dict[str, _Style] = {}
        self.default_italic = False
        self.default_paragraph_style: str | None = None
        self._italic_cache: dict[str, bool | None] = {}
        self._numbering_cache: dict[str, tuple[int | None, int | None]] = {}
        self._reference_cache: dict[str, bool] = {}
        if root is None:
            return
        q = f"{{{w}}}"
        defaults = root.find(f"{q}docDefaults/{q}rPrDefault/{q}rPr")
        if defaults is not None:
            self.default_italic = bool(on_off(defaults.find(f"{q}i"), w))
        for element in root.iter(f"{q}style"):
            style_id = element.get(f"{q}styleId") or ""
            if not style_id:
                continue
            name_el = element.find(f"{q}name")
            based_el = element.find(f"{q}basedOn")
            rpr = element.find(f"{q}rPr")
            num_id, num_level = numbering_of(element.find(f"{q}pPr/{q}numPr"), q)
            style = _Style(
                style_id=style_id,
                kind=element.get(f"{q}type") or "paragraph",
                name=(name_el.get(f"{q}val") or "") if name_el is not None else "",
                based_on=based_el.get(f"{q}val") if based_el is not None else None,
                italic=on_off(rpr.find(f"{q}i"), w) if rpr is not None else None,
                superscript=rpr is not None and any(
                    v.get(f"{q}val") == "superscript" for v in rpr.findall(f"{q}vertAlign")
                ),
                num_id=num_id,
                num_level=num_level,
            )
            self._styles.setdefault(style_id, style)
            if style.kind == "paragraph" and element.get(f"{q}default") in ("1", "true", "on"):
                self.default_paragraph_style = self.default_paragraph_style or style_id

    def _chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and len(chain) < _MAX_CHAIN:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                break
            chain.append(style)
            style_id = style.based_on
        return chain

    def _paragraph_style(self, style_id: str | None) -> str | None:
        """The style a paragraph really has: an unknown or missing id means the default style."""
        return style_id if style_id in self._styles else self.default_paragraph_style

    def name(self, style_id: str | None) -> str:
        style = self._styles.get(style_id or "")
        return style.name if style else ""

    def _chain_italic(self, style_id: str | None) -> bool | None:
        """The italic a style chain sets (the most derived style that says wins), None if none says."""
        key = style_id or ""
        if key not in self._italic_cache:
            value = None
            for style in self._chain(style_id):
                if style.italic is not None:
                    value = style.italic
                    break
            self._italic_cache[key] = value
        return self._italic_cache[key]

    def paragraph_italic(self, style_id: str | None) -> bool:
        """Italic that a paragraph style (or the default style) gives its runs."""
        value = self._chain_italic(self._paragraph_style(style_id))
        return self.default_italic if value is None else value

    def character_italic(self, style_id: str | None) -> bool | None:
        """Italic a character style sets, None when it does not say (toggle semantics apply)."""
        if not style_id:
            return None
        return self._chain_italic(style_id)

    def numbering(self, style_id: str | None) -> tuple[int | None, int | None]:
        """(numId, ilvl) a paragraph style's chain links to, the nearest values that are set."""
        key = style_id or ""
        if key not in self._numbering_cache:
            self._numbering_cache[key] = self._chain_numbering(style_id)
        return self._numbering_cache[key]

    def _chain_numbering(self, style_id: str | None) -> tuple[int | None, int | None]:
        num_id = level = None
        for style in self._chain(self._paragraph_style(style_id)):
            if num_id is None and style.num_id is not None:
                num_id = style.num_id
            if level is None and style.num_level is not None:
                level = style.num_level
        return num_id, level

    def is_footnote_reference(self, style_id: str | None) -> bool:
        """Does this character style set a footnote mark as one: Word's footnote reference
        style (or one derived from it), or any style that raises its text? Official files
        use localized and house styles for their marks; what the reader sees is a raised mark."""
        key = style_id or ""
        if key not in self._reference_cache:
            self._reference_cache[key] = self._chain_is_footnote_reference(style_id)
        return self._reference_cache[key]

    def _chain_is_footnote_reference(self, style_id: str | None) -> bool:
        for style in self._chain(style_id):
            if style.superscript:
                return True
            ident = style.style_id.lower().replace(" ", "")
            name = style.name.lower().replace(" ", "")
            for text in (ident, name):
                if "footnote" in text and any(k in text for k in ("reference", "anchor", "character", "ref")):
                    return True
        return False
