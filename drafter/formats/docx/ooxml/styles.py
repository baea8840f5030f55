"""The UN style sheet: style ids, names and values as in the Secretariat's Word files.

Copied from ``word/styles.xml`` of the official A/RES/72/248 (corpus
``GA_72_248_en.docx``; the same definitions are in A/RES/72/73 and E/RES/2018/5),
with revision ids dropped and two deliberate changes:

* ``FootnoteText`` carries the tab stops and hanging indent that the official
  files repeat on every note (right tab 1195, left 1267, indent 1267/1260,
  hanging 432), so an exported note needs only its style;
* ``docDefaults`` names Times New Roman instead of theme fonts, so that the look
  does not depend on the theme part.

Measurements these values produce are in ``drafting-rules.md`` section 6: text
block 63.35 pt inside 60 pt page margins, TNR 10 pt on 12 pt, 6 pt after
paragraphs, tab stops every 23.75 pt from the text's left edge (first-line "tab"
at 23.8 pt, text after "1."/"(a)" at 47.5 pt).
"""

from __future__ import annotations

from lxml import etree

from drafter.core.paper import paper_layout
from drafter.formats.docx.ooxml.xml import W_VAL, fragment, w

# Body and footnote values from resources/export/layout.json, which the editor's page reads
# too (drafter.core.paper): tab stops and indents in twentieths of a point (official SingleTxt).
_BODY = paper_layout().body
_NOTE = paper_layout().footnote
BODY_TABS = tuple(_BODY["tabs"])
_TABS = "".join(f'<w:tab w:val="left" w:pos="{pos}"/>' for pos in BODY_TABS)
_NOTE_TABS = "".join(f'<w:tab w:val="left" w:pos="{pos}"/>' for pos in _NOTE["tabs"])
_HEADING_TABS = f'<w:tabs><w:tab w:val="right" w:pos="1022"/>{_TABS}</w:tabs>'
_TNR = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
_BODY_RPR = (
    f'{_TNR}<w:spacing w:val="{_BODY["letter_spacing"]}"/>'
    f'<w:w w:val="{_BODY["character_width_percent"]}"/><w:kern w:val="14"/>'
    f'<w:sz w:val="{_BODY["font_half_points"]}"/><w:szCs w:val="{_BODY["font_half_points"]}"/>'
    '<w:lang w:eastAsia="en-US"/>'
)

# Style ids the exporter uses (and tests check); all exist in the official files.
STYLE_IDS = (
    "Normal", "SingleTxt", "TitleH1", "TitleHCH", "TitleH2", "H1", "HCh", "HM", "XLarge", "H23",
    "H4", "H56", "Session", "AgendaItemNormal", "AgendaTitleH2", "FootnoteText",
    "FootnoteReference", "Header", "Footer", "Publication", "ReleaseDate0",
)

_STYLES = f"""<w:styles>
<w:docDefaults><w:rPrDefault><w:rPr>{_TNR}<w:sz w:val="22"/><w:szCs w:val="22"/>
<w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
<w:pPr><w:suppressAutoHyphens/><w:spacing w:after="0" w:line="240" w:lineRule="exact"/></w:pPr>
<w:rPr>{_BODY_RPR}</w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>
</w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>
<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
<w:bottom w:w="0" w:type="dxa"/>
<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>
<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="H1"><w:name w:val="_ H_1"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="SingleTxt"/><w:pPr><w:keepNext/><w:keepLines/>{_HEADING_TABS}
<w:spacing w:line="270" w:lineRule="exact"/><w:ind w:left="1267" w:right="1267" w:hanging="1267"/>
<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="HCh"><w:name w:val="_ H _Ch"/>
<w:basedOn w:val="H1"/>
<w:next w:val="SingleTxt"/><w:pPr><w:spacing w:line="300" w:lineRule="exact"/>
<w:ind w:left="0" w:right="0" w:firstLine="0"/></w:pPr><w:rPr><w:spacing w:val="-2"/><w:sz w:val="28"/>
</w:rPr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="HM"><w:name w:val="_ H __M"/>
<w:basedOn w:val="HCh"/>
<w:next w:val="Normal"/><w:pPr><w:spacing w:line="360" w:lineRule="exact"/></w:pPr>
<w:rPr><w:spacing w:val="-3"/><w:w w:val="99"/><w:sz w:val="34"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="XLarge"><w:name w:val="XLarge"/>
<w:basedOn w:val="HM"/>
<w:pPr><w:spacing w:line="390" w:lineRule="exact"/></w:pPr>
<w:rPr><w:spacing w:val="-4"/><w:w w:val="98"/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="H23"><w:name w:val="_ H_2/3"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="H4"><w:name w:val="_ H_4"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="SingleTxt"/><w:pPr><w:keepNext/><w:keepLines/>{_HEADING_TABS}
<w:ind w:left="1267" w:right="1267" w:hanging="1267"/><w:outlineLvl w:val="3"/></w:pPr>
<w:rPr><w:i/><w:spacing w:val="3"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="H56"><w:name w:val="_ H_5/6"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/><w:pPr><w:keepNext/><w:keepLines/>{_HEADING_TABS}
<w:ind w:left="1267" w:right="1267" w:hanging="1267"/><w:outlineLvl w:val="4"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SingleTxt"><w:name w:val="__Single Txt"/>
<w:basedOn w:val="Normal"/><w:pPr><w:tabs>{_TABS}</w:tabs>
<w:spacing w:after="{_BODY["space_after"]}" w:line="{_BODY["line"]}"
 w:lineRule="atLeast"/>
<w:ind w:left="{_BODY["indent_left"]}" w:right="{_BODY["indent_right"]}"/>
<w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="AgendaItemNormal">
<w:name w:val="Agenda_Item_Normal"/>
<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
<w:rPr>{_BODY_RPR}</w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TitleH1"><w:name w:val="Title_H1"/>
<w:basedOn w:val="Normal"/><w:next w:val="SingleTxt"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>
<w:spacing w:line="270" w:lineRule="exact"/><w:ind w:left="1267" w:right="1267" w:hanging="1267"/>
<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="AgendaTitleH2"><w:name w:val="Agenda_Title_H2"/>
<w:basedOn w:val="TitleH1"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>
<w:spacing w:line="240" w:lineRule="exact"/>
<w:ind w:left="0" w:right="5040" w:firstLine="0"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>
<w:sz w:val="20"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TitleHCH"><w:name w:val="Title_H_CH"/>
<w:basedOn w:val="H1"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>
<w:spacing w:line="300" w:lineRule="exact"/>
<w:ind w:left="0" w:right="0" w:firstLine="0"/></w:pPr><w:rPr><w:spacing w:val="-2"/><w:sz w:val="28"/>
</w:rPr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TitleH2"><w:name w:val="Title_H2"/>
<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="1"/></w:pPr>
<w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Session"><w:name w:val="Session"/>
<w:basedOn w:val="H23"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>
<w:basedOn w:val="Normal"/>
<w:pPr><w:widowControl w:val="0"/><w:tabs>
<w:tab w:val="right" w:pos="{_NOTE["mark_tab"]}"/>
{_NOTE_TABS}
</w:tabs>
<w:spacing w:line="{_NOTE["line"]}" w:lineRule="exact"/>
<w:ind w:left="{_NOTE["indent_left"]}" w:right="{_NOTE["indent_right"]}"
 w:hanging="{_NOTE["hanging"]}"/></w:pPr>
<w:rPr><w:spacing w:val="{_NOTE["letter_spacing"]}"/>
<w:sz w:val="{_NOTE["font_half_points"]}"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>
<w:semiHidden/>
<w:rPr><w:color w:val="auto"/><w:spacing w:val="5"/><w:w w:val="103"/><w:kern w:val="14"/>
<w:position w:val="0"/>
<w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:pPr><w:tabs>
<w:tab w:val="center" w:pos="4320"/><w:tab w:val="right" w:pos="8640"/></w:tabs>
<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr>{_TNR}<w:noProof/><w:sz w:val="17"/>
<w:szCs w:val="20"/><w:lang w:val="en-US" w:eastAsia="en-US"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:pPr><w:tabs>
<w:tab w:val="center" w:pos="4320"/><w:tab w:val="right" w:pos="8640"/></w:tabs>
<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr>{_TNR}<w:b/><w:noProof/>
<w:sz w:val="17"/>
<w:szCs w:val="20"/><w:lang w:val="en-US" w:eastAsia="en-US"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Publication"><w:name w:val="Publication"/>
<w:next w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
<w:rPr>{_BODY_RPR}</w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseDate0"><w:name w:val="Release Date"/>
<w:next w:val="Footer"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
<w:rPr>{_BODY_RPR}</w:rPr></w:style>
</w:styles>"""


def un_styles_element() -> etree._Element:
    """A fresh ``w:styles`` root holding the UN style sheet."""
    return fragment(_STYLES.replace("\n", ""))


def apply_language(styles: etree._Element, tag: str, *, east_asia: str | None = None,
                   bidi: str | None = None, east_asia_font: str | None = None) -> None:
    """Make every style (and the defaults) proof in language ``tag`` ("fr-FR", …).

    Styles that carry their own ``w:lang`` (Normal, Header, Footer …) would
    otherwise keep the English of the official sheet.
    """
    langs = styles.iter(w("lang"))
    for lang in langs:
        lang.set(W_VAL, tag)
        if east_asia:
            lang.set(w("eastAsia"), east_asia)
        if bidi:
            lang.set(w("bidi"), bidi)
    if east_asia_font:
        for fonts in styles.iter(w("rFonts")):
            fonts.set(w("eastAsia"), east_asia_font)


def style_ids(styles: etree._Element) -> list[str]:
    return [s.get(w("styleId")) or "" for s in styles.iter(w("style"))]
