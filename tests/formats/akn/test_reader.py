"""The UN's own Akoma Ntoso files read as resolutions.

Every file in ../shared/corpus/source_xml/ gives the manifest's counts (the same as
its rendered text) and the same footnote texts as the rendered text; the metadata
the cover lines leave out comes from the markup.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter
from drafter.formats.akn.reader import read_akn
from support.corpus import CORPUS, manifest_rows

SOURCE_XML = CORPUS / "source_xml"


def _xml_params() -> list[object]:
    if not SOURCE_XML.is_dir():
        return []
    return [pytest.param(path, id=path.name) for path in sorted(SOURCE_XML.glob("*.xml"))]


def _manifest() -> dict[str, dict[str, str]]:
    return {row["file"]: row for row in manifest_rows()}


def _norm(text: str) -> str:
    """Spacing aside (the XML keeps no-break spaces the text renderer made plain)."""
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("path", _xml_params())
def test_counts_are_the_manifests(path: Path) -> None:
    row = _manifest()[path.stem + ".txt"]
    expected = {"preamble": int(row["n_preamble"]), "operative": int(row["n_operative"]),
                "subparagraphs": int(row["n_subparagraphs"]), "footnotes": int(row["n_footnotes"])}
    assert drafter.read(path).counts() == expected


@pytest.mark.parametrize("path", _xml_params())
def test_footnote_texts_are_the_rendered_texts(path: Path) -> None:
    from_xml = drafter.read(path)
    from_text = drafter.read(CORPUS / (path.stem + ".txt"))
    assert [(n.number, _norm(n.text)) for n in from_xml.footnotes] == [
        (n.number, _norm(n.text)) for n in from_text.footnotes
    ]


@pytest.mark.parametrize("path", _xml_params())
def test_structure_is_the_rendered_texts(path: Path) -> None:
    """Kinds and levels agree paragraph by paragraph; where words differ, the text reader
    left a footnote number glued to a word ("VII/1113") that the markup places exactly."""
    from_xml = drafter.read(path)
    from_text = drafter.read(CORPUS / (path.stem + ".txt"))
    shape = [(p.kind, p.level) for p in from_xml.paragraphs]
    assert shape == [(p.kind, p.level) for p in from_text.paragraphs]
    assert [a.title for a in from_xml.annexes] == [a.title for a in from_text.annexes]
    for key in ("symbol", "number", "title", "organ", "adoption_date", "meeting", "adoption_basis"):
        assert getattr(from_xml.meta, key) == getattr(from_text.meta, key), key
    assert from_xml.formula == from_text.formula
    assert from_xml.closing == from_text.closing


def test_marks_stand_where_the_markup_puts_them(corpus: Path) -> None:
    resolution = read_akn(corpus / "source_xml" / "ECOSOC_2023_1_en.xml")
    last = resolution.preamble[-1]
    marks = [(ref.number, last.text[: ref.offset][-10:]) for ref in last.footnote_refs]
    assert marks == [(3, " follow-up"), (4, "pril 2023,")]
    assert resolution.footnotes[3].text.startswith("In the event that the observance of Eid al-Fitr")


def test_arabic_marks_lose_their_bracket_dress(corpus: Path) -> None:
    """Arabic files wrap each mark in superscript "(" ")": no stray "()" stays in the words."""
    resolution = read_akn(corpus / "source_xml" / "GA_75_100_ar.xml")
    assert not any("()" in p.text for p in resolution.paragraphs)
    assert resolution.footnotes[0].text.startswith("A/66/340")


def test_language_and_metadata_come_from_the_markup(corpus: Path) -> None:
    resolution = read_akn(corpus / "source_xml" / "GA_75_100_ar.xml")
    assert resolution.meta.language == "ar"
    assert resolution.meta.symbol == "A/RES/75/100"
    assert "55" in resolution.meta.agenda_item  # from the markup: the cover lines do not give it
    assert resolution.meta.number == "75/100"


def test_section_headings_keep_their_numerals(corpus: Path) -> None:
    resolution = read_akn(corpus / "source_xml" / "GA_76_72_en.xml")
    headings = [p for p in resolution.paragraphs if p.kind is drafter.ParagraphKind.HEADING]
    assert [h.source_label for h in headings][:3] == ["I", "II", "III"]
    assert headings[0].text == "Implementation of the Convention and related agreements and instruments"


def test_a_number_whose_paragraph_has_only_points_is_kept(tmp_path: Path) -> None:
    akn = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"'
    path = tmp_path / "points.xml"
    path.write_text(
        f'<akomaNtoso {akn}><statement name="resolution"><preamble>'
        '<formula name="enactingFormula"><p>The General Assembly,</p></formula>'
        '<container name="Recalling"><p>Recalling its resolution 75/1,</p></container></preamble>'
        '<mainBody><paragraph><num>1.</num><content><p>Decides to act;</p></content></paragraph>'
        '<paragraph><num>2.</num><list><point><num>(a)</num><content><p>To report;</p></content></point>'
        '<point><num>(b)</num><content><p>To act.</p></content></point></list></paragraph>'
        "</mainBody></statement></akomaNtoso>",
        encoding="utf-8",
    )
    resolution = drafter.read(path)
    assert resolution.counts()["operative"] == 2
    assert [p.address for p in resolution.paragraphs][-2:] == ["OP2(a)", "OP2(b)"]


def test_a_cover_line_like_a_formula_does_not_open_the_body(tmp_path: Path) -> None:
    """Arabic ECOSOC covers print the organ as "إن المجلس الاقتصادي والاجتماعي", the formula's
    words: read as text, the cover lines after it become preambular paragraphs."""
    akn = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"'
    path = tmp_path / "ecosoc_ar.xml"
    path.write_text(
        f'<akomaNtoso {akn}><statement name="resolution"><coverPage>'
        "<p><docNumber refersTo=\"#symbol\">E/RES/2021/1</docNumber></p>"
        "<p><docAuthority>إن المجلس الاقتصادي والاجتماعي</docAuthority></p>"
        "<p><docStatus>Distr.: General</docStatus></p><p>البند 2 من جدول الأعمال</p></coverPage>"
        "<preface><p><docNumber>2021/1</docNumber> <docTitle>ترتيبات العمل</docTitle></p></preface>"
        '<preamble><formula name="enactingFormula"><p>إن المجلس الاقتصادي والاجتماعي،</p></formula>'
        '<container name="x"><p>إذ يشير إلى قرارات الجمعية العامة 61/16،</p></container></preamble>'
        "<mainBody><paragraph><num>1 -</num><content><p>يقرر ما يلي؛</p></content></paragraph>"
        "<paragraph><num>2 -</num><content><p>يقرر أيضا ما يلي.</p></content></paragraph></mainBody>"
        "</statement></akomaNtoso>",
        encoding="utf-8",
    )
    resolution = drafter.read(path)
    assert resolution.counts() == {"preamble": 1, "operative": 2, "subparagraphs": 0, "footnotes": 0}
    assert resolution.formula == "إن المجلس الاقتصادي والاجتماعي،"
    assert resolution.meta.symbol == "E/RES/2021/1"
