"""Slips around the organ formula and the text's language (issue 13).

"L’Assembléegénérale," (a missing space, GA 75/112 fr) is still the formula: the text
is read normally and the slip is reported with its fix. A French text opened as English
(GA 75/274 fr, filed under text/en) is read and checked as French, once said; an
English text quoting French stays English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter
from drafter.cli import main
from drafter.core.diagnostics import Severity
from drafter.parsing.language import evident_language
from drafter.parsing.patterns import formula_of

FRENCH = """Nations Unies
A/RES/75/112
Assemblée générale
Distr. générale
21 décembre 2020
Soixante-quinzième session
Point 61 de l’ordre du jour

75/112. Question de la Polynésie française

{formula}

Ayant examiné la question de la Polynésie française,

Prenant note du document de travail établi par le Secrétariat sur la Polynésie française,

Réaffirmant le droit des peuples à disposer d’eux-mêmes, consacré dans la Charte des Nations Unies,

Rappelant sa résolution 67/265 du 17 mai 2013,

1. Réaffirme le droit inaliénable du peuple de la Polynésie française à l’autodétermination ;

2. Prie le Gouvernement de la Puissance administrante de coopérer avec le Comité spécial ;

3. Invite les organisations internationales à apporter leur concours ;

4. Prie le Secrétaire général de porter la présente résolution à l’attention des États Membres ;

5. Décide de poursuivre l’examen de la question à sa soixante-seizième session.

64e séance plénière
10 décembre 2020
"""

ENGLISH_QUOTING_FRENCH = """The General Assembly,

Recalling its resolution 75/1 of 21 September 2020,

Noting the motto of the Organisation internationale de la Francophonie,
« Égalité, complémentarité, solidarité »,

1. Takes note of the report of the Secretary-General;

2. Decides to include in the provisional agenda of its seventy-sixth session the item entitled
« Coopération entre l’Organisation des Nations Unies et l’Organisation internationale de la Francophonie ».
"""


def _rules(resolution) -> list[tuple[str, str]]:
    return [(d.rule, d.paragraph) for d in drafter.check(resolution)]


@pytest.mark.parametrize(
    ("written", "language", "organ"),
    [
        ("L’Assembléegénérale,", "fr", "GA"),
        ("L'Assemblée générale,", "fr", "GA"),
        ("TheGeneral Assembly,", "en", "GA"),
        ("El Consejo Económico ySocial,", "es", "ECOSOC"),
        ("ГенеральнаяАссамблея,", "ru", "GA"),
        ("إنالجمعية العامة،", "ar", "GA"),
    ],
)
def test_formula_is_recognized_through_spacing_slips(written: str, language: str, organ: str) -> None:
    assert formula_of(written) == (organ, language)


def test_cover_line_naming_the_organ_is_still_not_a_formula() -> None:
    assert formula_of("Assembléegénérale") is None  # a bare name needs its comma, squeezed or not


def test_missing_space_in_the_formula_is_read_through_and_reported() -> None:
    resolution = drafter.parse_text(FRENCH.format(formula="L’Assembléegénérale,"), language="fr")
    assert resolution.formula == "L’Assembléegénérale,"
    assert resolution.meta.organ.value == "GA"
    assert resolution.counts()["preamble"] == 4 and resolution.counts()["operative"] == 5
    diagnostics = drafter.check(resolution)
    assert not [d for d in diagnostics if d.severity is Severity.ERROR]
    slip = next(d for d in diagnostics if d.rule == "formula-slip")
    assert slip.severity is Severity.WARNING and slip.paragraph == "FORMULA"
    assert slip.message == (
        "The organ formula is written “L’Assembléegénérale,”; write “L’Assemblée générale,”"
    )
    assert (slip.start, slip.end, slip.fix.replacement) == (0, 19, "L’Assemblée générale")
    fixed = resolution.formula[: slip.fix.start] + slip.fix.replacement + resolution.formula[slip.fix.end:]
    assert fixed == "L’Assemblée générale,"
    same = drafter.parse_text(FRENCH.format(formula=fixed), language="fr")
    assert [rule for rule, _ in _rules(same) if rule.startswith("formula")] == []


def test_formula_slip_in_case_is_reported_but_apostrophes_and_spaces_are_not() -> None:
    case = drafter.parse_text(FRENCH.format(formula="L’assemblée générale,"), language="fr")
    assert ("formula-slip", "FORMULA") in _rules(case)
    plain = drafter.parse_text(FRENCH.format(formula="L'Assemblée\u00a0 générale,"), language="fr")
    assert not [rule for rule, _ in _rules(plain) if rule.startswith("formula")]


def test_formula_slip_without_its_comma_reports_both_slips() -> None:
    resolution = drafter.parse_text(FRENCH.format(formula="L’Assembléegénérale"), language="fr")
    rules = [rule for rule, _ in _rules(resolution) if rule.startswith("formula")]
    assert sorted(rules) == ["formula-punctuation", "formula-slip"]
    assert resolution.counts()["preamble"] == 4


def test_formula_slip_through_the_check_command(tmp_path: Path, capsys) -> None:
    path = tmp_path / "A_RES_75_112_F.txt"
    path.write_text(FRENCH.format(formula="L’Assembléegénérale,"), encoding="utf-8")
    main(["check", "--lang", "fr", str(path)])
    out = capsys.readouterr().out
    assert (f"{path}:FORMULA: warning: The organ formula is written “L’Assembléegénérale,”; "
            "write “L’Assemblée générale,” [formula-slip]") in out
    assert "formula-missing" not in out and "4 preambular, 5 operative" in out


def test_french_text_opened_as_english_is_checked_as_french(tmp_path: Path, capsys) -> None:
    resolution = drafter.parse_text(FRENCH.format(formula="L’Assemblée générale,"), language="en")
    assert resolution.meta.language == "fr"
    assert resolution.counts()["preamble"] == 4 and resolution.counts()["operative"] == 5
    diagnostics = drafter.check(resolution)
    said = [d for d in diagnostics if d.rule == "language-read-as"]
    assert [d.message for d in said] == [
        "This text reads as French, but it was opened as English; it is checked as French"
    ]
    rules = {d.rule for d in diagnostics}
    assert not {"spelling-ize", "formula-organ-mismatch"} & rules
    assert not [d for d in diagnostics if d.severity is Severity.ERROR]
    path = tmp_path / "filed_as_english.txt"
    path.write_text(FRENCH.format(formula="L’Assemblée générale,"), encoding="utf-8")
    main(["check", "--lang", "en", str(path)])
    out = capsys.readouterr().out
    assert out.count("[language-read-as]") == 1 and "spelling-ize" not in out
    assert "(fr, GA:" in out


def test_language_message_in_french() -> None:
    from drafter.checks import CheckOptions

    resolution = drafter.parse_text(FRENCH.format(formula="L’Assemblée générale,"), language="es")
    diagnostics = drafter.check(resolution, CheckOptions(ui_language="fr"))
    said = [d for d in diagnostics if d.rule == "language-read-as"]
    assert [d.message for d in said] == [
        "Ce texte est rédigé en français, mais il a été ouvert comme texte en espagnol ; "
        "il est vérifié comme texte en français"
    ]


def test_english_text_quoting_french_stays_english() -> None:
    resolution = drafter.parse_text(ENGLISH_QUOTING_FRENCH, language="en")
    assert resolution.meta.language == "en"
    assert "language-read-as" not in {rule for rule, _ in _rules(resolution)}
    assert evident_language(ENGLISH_QUOTING_FRENCH.splitlines(), "en") is None


def test_a_given_language_wins_without_robust_evidence() -> None:
    french_lines = FRENCH.format(formula="L’Assemblée générale,").splitlines()
    assert evident_language(french_lines, "en") == "fr"
    assert evident_language(french_lines, "fr") is None
    # the formula alone, or a few openers with no formula, are not enough
    assert evident_language(["L’Assemblée générale,", "Recalling its resolution 75/1,"], "en") is None
    openers = [line for line in french_lines if line[:1].isdigit() or line.startswith(("Ayant", "Prenant"))]
    assert evident_language(openers, "en") is None
    assert evident_language(french_lines, "ru") is None  # another script: the reader decides


def test_detected_language_is_unchanged_without_a_given_one() -> None:
    assert drafter.parse_text(FRENCH.format(formula="L’Assemblée générale,")).meta.language == "fr"
    resolution = drafter.parse_text(ENGLISH_QUOTING_FRENCH)
    assert resolution.meta.language == "en" and "language-read-as" not in {r for r, _ in _rules(resolution)}


def test_nested_draft_formula_with_a_missing_space_names_its_organ() -> None:
    from drafter.core.model import Metadata, Organ, Paragraph, ParagraphKind, Resolution, assign_addresses

    kinds = ParagraphKind
    paragraphs = [
        Paragraph(kinds.CLAUSE, "Recommends to the General Assembly the adoption of the following draft:"),
        Paragraph(kinds.DRAFT_FORMULA, "The GeneralAssembly,"),
        Paragraph(kinds.PREAMBULAR, "Emphasizing the responsibility of the United Nations,"),
        Paragraph(kinds.OPERATIVE, "Welcomes the report;", source_label="1."),
        Paragraph(kinds.OPERATIVE, "Requests a report.", source_label="2."),
    ]
    assign_addresses(paragraphs)
    resolution = Resolution(
        meta=Metadata(organ=Organ.ECOSOC), formula="The Economic and Social Council", paragraphs=paragraphs
    )
    found = [(d.paragraph, d.rule, d.fix and d.fix.replacement) for d in drafter.check(resolution)
             if d.rule.startswith("formula")]
    assert found == [("D1", "formula-slip", "The General Assembly")]
