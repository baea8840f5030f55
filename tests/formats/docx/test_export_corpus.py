"""The export against real texts: the official GA_72_248 layout, and export -> read round trips.

Round trip = ``drafter.read(text)`` -> ``export_docx`` -> ``drafter.read(docx)`` gives the
same model: paragraph kinds, texts, levels, footnote texts and mark offsets (by order
of reference: Word numbers notes itself), key metadata, formula, closing and annexes.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import drafter
from drafter.core.lexicon import language_settings
from drafter.core.model import (
    DocumentStatus,
    Footnote,
    FootnoteRef,
    Metadata,
    Organ,
    Paragraph,
    ParagraphKind,
    Resolution,
    assign_addresses,
)
from support.corpus import CORPUS, manifest_rows

K = ParagraphKind
META_KEYS = (
    "organ", "language", "symbol", "status", "session", "agenda_item", "title", "number",
    "adoption_date", "adoption_basis", "meeting", "committee",
)
def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _notes_in_reference_order(resolution: Resolution) -> list[tuple[int, int, str | None]]:
    texts = {note.number: _norm(note.text) for note in resolution.footnotes}
    return [
        (index, ref.offset, texts.get(ref.number))
        for index, paragraph in enumerate(resolution.paragraphs)
        for ref in paragraph.footnote_refs
    ]


def _kind(resolution: Resolution, paragraph) -> K:
    """A lone operative paragraph is printed without a number (UN practice), so Word
    cannot tell it from an unnumbered clause: both read back as a clause."""
    lone = sum(1 for p in resolution.paragraphs if p.kind is K.OPERATIVE) == 1
    return K.CLAUSE if lone and paragraph.kind is K.OPERATIVE else paragraph.kind


def _model_view(resolution: Resolution) -> dict[str, object]:
    return {
        "paragraphs": [(_kind(resolution, p), p.text, p.level) for p in resolution.paragraphs],
        "section numerals": [p.source_label for p in resolution.paragraphs if p.kind is K.HEADING],
        "notes": _notes_in_reference_order(resolution),
        "meta": {key: getattr(resolution.meta, key) for key in META_KEYS},
        "formula": resolution.formula,
        "closing": [_norm(line) for line in resolution.closing],
        "annexes": [(a.title, a.paragraphs) for a in resolution.annexes],
    }


def _round_trip(resolution: Resolution, tmp_path: Path) -> Resolution:
    path = tmp_path / "round.docx"
    drafter.export_docx(resolution, path)
    return drafter.read(path)


def _assert_same(before: dict[str, object], after: dict[str, object]) -> None:
    for key in before:
        assert after[key] == before[key], key


def _corpus_params() -> list[object]:
    if not CORPUS.is_dir():
        return []
    return [pytest.param(row["file"], id=row["file"]) for row in manifest_rows()]


@pytest.mark.parametrize("name", _corpus_params())
def test_corpus_round_trip(name: str, tmp_path: Path) -> None:
    original = drafter.read(CORPUS / name)
    again = _round_trip(original, tmp_path)
    _assert_same(_model_view(original), _model_view(again))


# --- the official GA_72_248 layout ------------------------------------------------

def _effective(paragraph: docx.text.paragraph.Paragraph, attribute: str) -> object:
    value = getattr(paragraph.paragraph_format, attribute)
    style = paragraph.style
    while value is None and style is not None:
        value = getattr(style.paragraph_format, attribute)
        style = style.base_style
    return value


def _font(paragraph: docx.text.paragraph.Paragraph) -> tuple[object, object]:
    style, name, size = paragraph.style, None, None
    while style is not None and (name is None or size is None):
        name = name or style.font.name
        size = size or style.font.size
        style = style.base_style
    return name, size


def _opener_italics(paragraph: docx.text.paragraph.Paragraph) -> str:
    """Italic characters before the first roman word (whitespace ignored)."""
    out = []
    for run in paragraph.runs:
        text = run.text
        if not text.strip():
            continue
        if run.italic:
            out.append(text)
        elif out and re.search(r"\w", text):
            # a roman word after the opener started: "Noting" " " "with concern" keep going
            # only when the roman piece is pure space
            break
    return re.sub(r"\s+", "", "".join(out))


# Lexicon gaps (resources/lexicons/en.json), not exporter defects: openers the lexicon
# does not know yet, and a phrase entry whose italic range covers its object.
KNOWN_LEXICON_GAPS = {
    "Further alarmed",  # not in the English lexicon
    "Noting with deep concern also",  # official: the trailing "also" italic too
}


def test_ga_72_248_paragraph_by_paragraph_against_the_official_file(corpus: Path, tmp_path: Path) -> None:
    exported = tmp_path / "GA_72_248.docx"
    drafter.export_docx(drafter.read(corpus / "GA_72_248_en.txt"), exported)
    official = [p for p in docx.Document(str(corpus / "GA_72_248_en.docx")).paragraphs if _norm(p.text)]
    ours = [p for p in docx.Document(str(exported)).paragraphs if _norm(p.text)]
    by_start = {_norm(p.text)[:40]: p for p in ours}
    matched = 0
    italic_differences = []
    for theirs in official:
        mine = by_start.get(_norm(theirs.text)[:40])
        if mine is None:
            continue
        matched += 1
        label = _norm(theirs.text)[:30]
        assert mine.style.style_id == theirs.style.style_id, label
        for attribute in ("left_indent", "right_indent", "first_line_indent", "alignment"):
            if attribute == "right_indent" and theirs.style.style_id in ("TitleH1", "TitleHCH", "H4"):
                continue  # official direct right indents of 1260 vs 1267: 0.35 pt
            assert _effective(mine, attribute) == _effective(theirs, attribute), (label, attribute)
        assert _font(mine) == _font(theirs), label
        assert mine.text.startswith("\t") == theirs.text.startswith("\t"), label
        if _opener_italics(mine) != _opener_italics(theirs):
            italic_differences.append(_norm(theirs.text))
    assert matched >= len(official) - 2  # the closing lines are one paragraph there, two here
    unexplained = [t for t in italic_differences if not any(t.startswith(g) for g in KNOWN_LEXICON_GAPS)]
    assert unexplained == []


@pytest.mark.parametrize("name", ["GA_72_248_en.docx", "GA_72_73_en.docx", "ECOSOC_2018_5_en.docx"])
def test_official_word_files_round_trip(corpus: Path, tmp_path: Path, name: str) -> None:
    original = drafter.read(corpus / name)
    again = _round_trip(original, tmp_path)
    _assert_same(_model_view(original), _model_view(again))
    # italics read from Word are written back as they were
    assert [p.italic_spans for p in again.paragraphs] == [p.italic_spans for p in original.paragraphs]


# --- generated resolutions --------------------------------------------------------

# Per language: words, openers (preamble, operative), closing lines, adoption basis.
_LANGUAGES = {
    "en": (
        "the of States Member report Secretary-General development rights cooperation "
        "international programme 2030 Agenda national efforts support implementation",
        ["Recalling", "Noting with concern", "Reaffirming", "Welcoming", "Bearing in mind"],
        ["Requests", "Encourages", "Calls upon", "Decides", "Invites", "Urges"],
        ["55th plenary meeting", "5 December 2025"], "5 December 2025",
        "[without reference to a Main Committee (A/80/L.1)]",
    ),
    "fr": (
        "les États Membres rapport du Secrétaire général développement droits coopération "
        "internationale programme efforts appui",
        ["Rappelant", "Notant avec préoccupation", "Réaffirmant", "Consciente"],
        ["Prie", "Encourage", "Demande", "Décide", "Invite", "Exhorte"],
        ["55e séance plénière", "5 décembre 2025"], "5 décembre 2025",
        "[sur la base du rapport de la Troisième Commission (A/80/448)]",
    ),
    "es": (
        "los Estados Miembros informe del Secretario General desarrollo derechos cooperación "
        "internacional programa esfuerzos apoyo",
        ["Recordando", "Observando con preocupación", "Reafirmando", "Consciente"],
        ["Solicita", "Alienta", "Exhorta", "Decide", "Invita", "Insta"],
        ["55ª sesión plenaria", "5 de diciembre de 2025"], "5 de diciembre de 2025",
        "[sin remisión previa a una Comisión Principal (A/80/L.1)]",
    ),
}
_ORGANS = {Organ.GA: ("A/RES/80/123", "80/123"), Organ.ECOSOC: ("E/RES/2025/12", "2025/12"),
           Organ.HRC: ("A/HRC/RES/58/12", "58/12")}


@st.composite
def _body_text(draw: st.DrawFn, words: str, opener: str, end: str) -> str:
    chosen = draw(st.lists(st.sampled_from(words.split()), min_size=2, max_size=12))
    return f"{opener} {' '.join(chosen)}{end}"


@st.composite
def resolutions(draw: st.DrawFn) -> Resolution:
    """Adopted GA, ECOSOC or HRC texts in English, French or Spanish, with sections,
    sub-paragraphs (up to (j), nested (i) items) and footnotes."""
    language = draw(st.sampled_from(sorted(_LANGUAGES)))
    words, preamble, operative, closing, date, basis = _LANGUAGES[language]
    organ = draw(st.sampled_from(sorted(_ORGANS)))
    paragraphs: list[Paragraph] = []
    for _ in range(draw(st.integers(1, 4))):
        opener = draw(st.sampled_from(preamble))
        paragraphs.append(Paragraph(K.PREAMBULAR, draw(_body_text(words, opener, ","))))
    for number in range(draw(st.integers(1, 5))):
        if number and draw(st.integers(0, 3)) == 0:
            title = draw(_body_text(words, "Title", "")).strip()
            paragraphs.append(Paragraph(K.HEADING, title, source_label=draw(st.sampled_from(["II", "B"]))))
        opener = draw(st.sampled_from(operative))
        paragraphs.append(Paragraph(K.OPERATIVE, draw(_body_text(words, opener, ";"))))
        # With labels at one indentation (the official layout) "(h) (i)" reads both ways — the
        # letter i or a roman i under (h) — when nothing after it decides: no nesting under (h)
        # or (i), and no list that ends on the letter (i).
        nested_under = draw(st.sampled_from([-1, 0, 1, 2, 3, 4, 5, 6, 9]))
        for index in range(draw(st.sampled_from([0, 1, 2, 3, 4, 5, 6, 7, 8, 10]))):
            paragraphs.append(Paragraph(K.SUBPARAGRAPH, draw(_body_text(words, "Text", ";")), level=1))
            if index == nested_under:
                paragraphs.append(Paragraph(K.SUBPARAGRAPH, draw(_body_text(words, "Sub", ";")), level=2))
    paragraphs[-1].text = paragraphs[-1].text[:-1] + "."
    footnotes: list[Footnote] = []
    for paragraph in paragraphs:
        if paragraph.kind is not K.HEADING and draw(st.integers(0, 3)) == 0:
            number = len(footnotes) + 1
            word_ends = [m.end() for m in re.finditer(r"\w(?=[\s,;.])", paragraph.text)]
            paragraph.footnote_refs = [FootnoteRef(number, draw(st.sampled_from(word_ends)))]
            footnotes.append(Footnote(number, f"A/{70 + number}/{draw(st.integers(100, 999))}."))
    assign_addresses(paragraphs)
    symbol, resolution_number = _ORGANS[organ]
    meta = Metadata(
        organ=organ, language=language, symbol=symbol, status=DocumentStatus.ADOPTED,
        title=draw(_body_text(words, "Title", "")).strip(), number=resolution_number,
        adoption_date=date, adoption_basis=basis if organ is Organ.GA else "",
    )
    formula = language_settings(language)["formulas"][organ.formula_key]
    return Resolution(meta=meta, formula=formula, paragraphs=paragraphs, footnotes=footnotes,
                      closing=list(closing))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(resolution=resolutions())
def test_generated_resolutions_round_trip(resolution: Resolution, tmp_path: Path) -> None:
    before = _model_view(resolution)
    before["meta"]["meeting"] = resolution.closing[0]  # type: ignore[index]  # read from the closing
    again = _round_trip(resolution, tmp_path)
    _assert_same(before, _model_view(again))


def _draft_with_title() -> Resolution:
    paragraphs = [Paragraph(K.PREAMBULAR, "Recalling its resolution 79/1,"),
                  Paragraph(K.OPERATIVE, "Decides to continue its consideration of the question.")]
    assign_addresses(paragraphs)
    meta = Metadata(
        organ=Organ.GA_COMMITTEE, language="en", symbol="A/C.3/80/L.10", status=DocumentStatus.DRAFT,
        session="Eightieth session", committee="Third Committee", agenda_item="25 (b)",
        agenda_title="Social development", title="Promoting social integration",
        sponsors=["Peru", "Chile"], distribution="Limited", date="20 October 2025",
        original_language="English",
    )
    return Resolution(meta=meta, formula="The General Assembly,", paragraphs=paragraphs)


def test_draft_round_trip_keeps_everything_but_the_title(tmp_path: Path) -> None:
    original = _draft_with_title()
    again = _round_trip(original, tmp_path)
    for key in ("symbol", "status", "session", "committee", "agenda_item", "sponsors", "distribution",
                "date", "original_language", "organ"):
        assert getattr(again.meta, key) == getattr(original.meta, key), key
    assert [(_kind(again, p), p.text) for p in again.paragraphs] == [
        (_kind(original, p), p.text) for p in original.paragraphs
    ]


def test_draft_round_trip_keeps_the_title(tmp_path: Path) -> None:
    """The line after the sponsor line is the draft's title, not more agenda title."""
    again = _round_trip(_draft_with_title(), tmp_path)
    expected = ("Promoting social integration", "Social development")
    assert (again.meta.title, again.meta.agenda_title) == expected


@pytest.mark.parametrize("before", [3, 8])
def test_nested_roman_item_round_trip(tmp_path: Path, before: int) -> None:
    """Labels sit at one indentation (official layout): a nested (i) under (c) or (h) must still
    read back as level 2, and the letters around it as level 1."""
    paragraphs = [Paragraph(K.PREAMBULAR, "Recalling its resolution 79/1,"),
                  Paragraph(K.OPERATIVE, "Requests the Secretary-General:")]
    for index in range(before):
        paragraphs.append(Paragraph(K.SUBPARAGRAPH, f"Item number {index + 1};", level=1))
    paragraphs.append(Paragraph(K.SUBPARAGRAPH, "Nested item;", level=2))
    paragraphs.append(Paragraph(K.SUBPARAGRAPH, "Next item;", level=1))
    paragraphs.append(Paragraph(K.SUBPARAGRAPH, "Last item.", level=1))
    assign_addresses(paragraphs)
    original = Resolution(meta=Metadata(symbol="A/RES/80/1", number="80/1", title="Test"),
                          formula="The General Assembly,", paragraphs=paragraphs)
    again = _round_trip(original, tmp_path)
    assert [(p.text, p.level) for p in again.paragraphs] == [(p.text, p.level) for p in original.paragraphs]
