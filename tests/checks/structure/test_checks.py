"""Structural checks on resolutions built directly in the model (no reader involved).

Each test starts from a well-formed text, breaks one thing and asserts which rule
fires, where (address and span) and what its fix does; a clean text must give no
diagnostic at all, so every rule is also tested for false alarms.
"""

from __future__ import annotations

import pytest

from drafter.checks import CheckOptions
from drafter.checks.structure.family import check
from drafter.core.diagnostics import Diagnostic, Severity
from drafter.core.model import (
    Footnote,
    FootnoteRef,
    Metadata,
    Organ,
    Paragraph,
    ParagraphKind,
    Resolution,
    assign_addresses,
)

PP, OP, SUB = ParagraphKind.PREAMBULAR, ParagraphKind.OPERATIVE, ParagraphKind.SUBPARAGRAPH
FORMULAS = {
    ("en", Organ.GA): "The General Assembly,",
    ("en", Organ.SC): "The Security Council,",
    ("fr", Organ.GA): "L’Assemblée générale,",
    ("fr", Organ.SC): "Le Conseil de sécurité,",
    ("es", Organ.GA): "La Asamblea General,",
    ("es", Organ.SC): "El Consejo de Seguridad,",
    ("zh", Organ.GA): "大会，",
    ("ru", Organ.GA): "Генеральная Ассамблея,",
    ("ar", Organ.GA): "إن الجمعية العامة،",
}


def build(language: str, organ: Organ, rows: list[tuple], footnotes: dict[int, str] | None = None,
          formula: str | None = None) -> Resolution:
    """rows: (kind, text[, label[, level[, refs]]]); operative labels given as typed ("3.")."""
    paragraphs = []
    for row in rows:
        kind, text = row[0], row[1]
        label = row[2] if len(row) > 2 else None
        level = row[3] if len(row) > 3 else (1 if kind is SUB else 0)
        refs = [FootnoteRef(n, o) for n, o in (row[4] if len(row) > 4 else [])]
        paragraphs.append(Paragraph(kind, text, level=level, source_label=label, footnote_refs=refs))
    assign_addresses(paragraphs)
    return Resolution(
        meta=Metadata(organ=organ, language=language),
        formula=FORMULAS[(language, organ)] if formula is None else formula,
        paragraphs=paragraphs,
        footnotes=[Footnote(n, t) for n, t in (footnotes or {}).items()],
    )


def english_ga() -> list[tuple]:
    return [
        (PP, "Recalling its resolution 66/122 of 19 December 2011,"),
        (PP, "Recalling also the outcome document of the high-level meeting,", None, 0, [(1, 63)]),
        (PP, "Recalling further its resolution 68/131,"),
        (PP, "Deeply concerned that poverty persists,"),
        (OP, "Takes note of the report of the Secretary-General;", "1.", 0, [(2, 51)]),
        (OP, "Requests the Secretary-General to submit a report:", "2."),
        (SUB, "On the implementation of the present resolution;", "(a)"),
        (SUB, "On the measures taken:", "(b)"),
        (SUB, "By Member States;", "(i)", 2),
        (SUB, "By the United Nations system;", "(ii)", 2),
        (OP, "Also requests the Secretary-General to report;", "3."),
        (OP, "Further requests the Secretary-General to continue;", "4."),
        (OP, "Decides to include in the provisional agenda of its seventieth session the item.", "5."),
    ]


FOOTNOTES = {1: "Resolution 65/1.", 2: "A/68/169."}


def rules(diagnostics: list[Diagnostic]) -> list[tuple[str, str]]:
    return [(d.rule, d.paragraph) for d in diagnostics]


def only(diagnostics: list[Diagnostic], rule: str) -> Diagnostic:
    found = [d for d in diagnostics if d.rule == rule]
    assert len(found) == 1, rules(diagnostics)
    return found[0]


def apply_fix(resolution: Resolution, diagnostic: Diagnostic) -> str:
    assert diagnostic.fix is not None
    text = resolution.find(diagnostic.paragraph).text
    return text[: diagnostic.fix.start] + diagnostic.fix.replacement + text[diagnostic.fix.end:]


def test_a_well_formed_text_gives_no_diagnostic() -> None:
    assert check(build("en", Organ.GA, english_ga(), FOOTNOTES), CheckOptions()) == []


def test_every_diagnostic_names_a_paragraph_and_a_span_inside_it() -> None:
    rows = english_ga()
    rows[1] = (PP, "Remembering the outcome;")
    rows[6] = (SUB, "On the implementation.", "(c)")
    resolution = build("en", Organ.GA, rows, {2: "A/68/169."})
    diagnostics = check(resolution, CheckOptions())
    assert len(diagnostics) >= 4
    for diagnostic in diagnostics:
        paragraph = resolution.find(diagnostic.paragraph)
        if paragraph is None:
            continue
        assert 0 <= diagnostic.start <= diagnostic.end <= len(paragraph.text)


def test_missing_final_comma_in_the_preamble() -> None:
    rows = english_ga()
    rows[3] = (PP, "Deeply concerned that poverty persists")
    resolution = build("en", Organ.GA, rows, FOOTNOTES)
    diagnostic = only(check(resolution), "preamble-final-comma")
    assert (diagnostic.paragraph, diagnostic.severity) == ("PP4", Severity.ERROR)
    assert apply_fix(resolution, diagnostic) == "Deeply concerned that poverty persists,"


def test_wrong_final_mark_in_french_drops_the_space_before_it() -> None:
    resolution = build("fr", Organ.GA, [
        (PP, "Rappelant sa résolution 66/122 ;"),
        (OP, "Prie le Secrétaire général de lui présenter un rapport,", "1."),
        (OP, "Décide de poursuivre l’examen de la question.", "2."),
    ])
    diagnostics = check(resolution)
    assert rules(diagnostics) == [("preamble-final-comma", "PP1"), ("operative-final-semicolon", "OP1")]
    assert apply_fix(resolution, diagnostics[0]) == "Rappelant sa résolution 66/122,"
    # French takes a no-break space before the semicolon.
    assert apply_fix(resolution, diagnostics[1]).endswith("un rapport\u00a0;")


def test_last_operative_paragraph_and_its_last_subparagraph_end_with_a_full_stop() -> None:
    rows = english_ga()[:10]  # ends with OP2(b)(ii)
    resolution = build("en", Organ.GA, rows, FOOTNOTES)
    diagnostic = only(check(resolution), "operative-last-full-stop")
    assert diagnostic.paragraph == "OP2(b)(ii)"
    assert apply_fix(resolution, diagnostic) == "By the United Nations system."


def test_lead_in_and_subparagraph_punctuation() -> None:
    rows = english_ga()
    rows[5] = (OP, "Requests the Secretary-General to submit a report;", "2.")
    rows[6] = (SUB, "On the implementation of the present resolution.", "(a)")
    resolution = build("en", Organ.GA, rows, FOOTNOTES)
    diagnostics = check(resolution)
    assert rules(diagnostics) == [("lead-in-colon", "OP2"), ("subparagraph-final-semicolon", "OP2(a)")]
    assert apply_fix(resolution, diagnostics[0]).endswith("a report:")


def test_items_joined_by_and_still_end_with_a_semicolon() -> None:
    rows = english_ga()
    rows[6] = (SUB, "On the implementation of the present resolution; and", "(a)")
    assert check(build("en", Organ.GA, rows, FOOTNOTES)) == []


def test_noun_instead_of_an_operative_verb_is_a_warning_with_suggestions() -> None:
    rows = english_ga()
    rows[5] = (OP, "Request the Secretary-General to submit a report:", "2.")
    resolution = build("en", Organ.GA, rows, FOOTNOTES)
    diagnostic = only(check(resolution), "operative-unknown-verb")
    assert (diagnostic.paragraph, diagnostic.start, diagnostic.end) == ("OP2", 0, 7)
    assert diagnostic.severity is Severity.WARNING
    assert "Requests" in diagnostic.data["suggestions"]
    assert "Requests" in diagnostic.message


def test_unknown_preambular_opener_suggests_known_ones() -> None:
    rows = english_ga()
    rows[3] = (PP, "Recallng its resolution 70/1,")
    diagnostic = only(check(build("en", Organ.GA, rows, FOOTNOTES)), "preamble-unknown-opener")
    assert diagnostic.paragraph == "PP4"
    assert diagnostic.data["suggestions"][0] == "Recalling"


def test_opener_from_the_wrong_part_is_an_error() -> None:
    rows = english_ga()
    rows[3] = (PP, "Recalls its resolution 70/1,")
    rows[10] = (OP, "Recognizing the role of the Secretary-General;", "3.")
    rows[11] = (OP, "Also requests the Secretary-General to continue;", "4.")
    diagnostics = check(build("en", Organ.GA, rows, FOOTNOTES))
    assert rules(diagnostics) == [("preamble-operative-verb", "PP4"), ("operative-preamble-opener", "OP3")]
    assert all(d.severity is Severity.ERROR for d in diagnostics)


def test_preamble_after_the_operative_part() -> None:
    rows = english_ga()
    rows.insert(11, (PP, "Recognizing the role of the Commission,"))
    diagnostic = only(check(build("en", Organ.GA, rows, FOOTNOTES)), "preamble-after-operative")
    assert diagnostic.paragraph == "PP5" and diagnostic.severity is Severity.ERROR


def test_numbering_gap_is_reported_once_at_the_gap() -> None:
    rows = english_ga()
    rows[10] = (OP, "Also requests the Secretary-General to report;", "4.")
    rows[11] = (OP, "Further requests the Secretary-General to continue;", "5.")
    rows[12] = (OP, "Decides to include in the provisional agenda the item.", "6.")
    diagnostic = only(check(build("en", Organ.GA, rows, FOOTNOTES)), "operative-numbering-gap")
    assert diagnostic.paragraph == "OP3"
    assert diagnostic.data == {"found_label": "4.", "expected_label": "3"}
    assert "4" in diagnostic.message and "3" in diagnostic.message


def test_a_number_typed_twice_is_reported_once() -> None:
    """"1, 2, 2, 4, 5": the second "2" is a mistyped 3 (the next number follows the
    position), one diagnostic; "1, 2, 4, 5" (a skip) stays one diagnostic too."""
    rows = english_ga()
    rows[10] = (OP, "Also requests the Secretary-General to report;", "2.")
    rows[11] = (OP, "Further requests the Secretary-General to continue;", "4.")
    rows[12] = (OP, "Decides to include in the provisional agenda the item.", "5.")
    gaps = [r for r in rules(check(build("en", Organ.GA, rows, FOOTNOTES))) if r[0].endswith("numbering-gap")]
    assert gaps == [("operative-numbering-gap", "OP3")]
    rows[10:13] = [(OP, "Also requests the Secretary-General to report;", "4."),
                   (OP, "Decides to include in the provisional agenda the item.", "5.")]
    gaps = [r for r in rules(check(build("en", Organ.GA, rows, FOOTNOTES))) if r[0].endswith("numbering-gap")]
    assert gaps == [("operative-numbering-gap", "OP3")]


def test_repeated_number_and_arabic_dash_numbers() -> None:
    rows = english_ga()
    rows[10] = (OP, "Also requests the Secretary-General to report;", "2.")
    assert rules(check(build("en", Organ.GA, rows, FOOTNOTES))).count(("operative-numbering-gap", "OP3")) == 1
    arabic = build("ar", Organ.GA, [
        (PP, "إذ تشير إلى قرارها 66/122،"),
        (OP, "تطلب إلى الأمين العام أن يقدم تقريرا؛", "1 - "),
        (OP, "تقرر أن تواصل النظر في المسألة.", "٢ -"),
    ])
    assert [d.rule for d in check(arabic) if d.severity is Severity.ERROR] == []


def test_arabic_list_letters_in_presentation_forms_keep_their_sequence() -> None:
    """"(ﻫ)" (U+FEEB, kept by a PDF extraction, GA 75/159) is the fifth letter "(هـ)"."""
    letters = ["(أ)", "(ب)", "(ج)", "(د)", "(\ufeeb)"]
    rows = [(PP, "إذ تشير إلى قرارها 66/122،"), (OP, "تطلب إلى الأمين العام ما يلي:", "1 - ")]
    rows += [(SUB, "أن يقدم تقريرا؛", label) for label in letters]
    rows[-1] = (SUB, "أن يقدم تقريرا.", letters[-1])
    assert "subparagraph-label-sequence" not in [d.rule for d in check(build("ar", Organ.GA, rows))]


def test_a_sole_operative_paragraph_is_not_numbered() -> None:
    rows = [(PP, "Recalling its resolution 66/122,"), (OP, "Takes note of the report.", "1.")]
    diagnostic = only(check(build("en", Organ.GA, rows)), "operative-single-numbered")
    assert diagnostic.paragraph == "OP1"
    assert check(build("en", Organ.GA, [rows[0], (OP, "Takes note of the report.")])) == []


def test_subparagraph_c_after_a() -> None:
    rows = english_ga()
    rows[7] = (SUB, "On the measures taken:", "(c)")
    diagnostic = only(check(build("en", Organ.GA, rows, FOOTNOTES)), "subparagraph-label-sequence")
    assert diagnostic.paragraph == "OP2(b)"
    assert diagnostic.data["expected_label"] == "(b)"


def test_letter_i_after_h_is_not_roman_one() -> None:
    letters = "abcdefghij"
    rows = [(PP, "Recalling its resolution 66/122,"), (OP, "Decides the following:")]
    rows += [(SUB, f"Item {n};", f"({c})") for n, c in enumerate(letters)]
    rows[-1] = (SUB, "Last item.", "(j)")
    assert check(build("en", Organ.GA, rows)) == []


def test_label_style_follows_the_language() -> None:
    rows = [
        (PP, "Rappelant sa résolution 66/122,"),
        (OP, "Prie le Secrétaire général :"),
        (SUB, "De faire une chose ;", "a)"),
        (SUB, "De faire une autre chose.", "(b)"),
    ]
    diagnostic = only(check(build("fr", Organ.GA, rows)), "subparagraph-label-style")
    assert diagnostic.paragraph == "OP1(b)"
    assert diagnostic.data["expected_label"] == "b)"
    english = [(PP, "Recalling its resolution 66/122,"), (OP, "Decides:"), (SUB, "To act.", "a)")]
    assert rules(check(build("en", Organ.GA, english))) == [("subparagraph-label-style", "OP1(a)")]


def test_recalling_further_before_recalling_also() -> None:
    rows = english_ga()
    rows[1] = (PP, "Recalling further the outcome document,")
    rows[2] = (PP, "Recalling also its resolution 68/131,")
    resolution = build("en", Organ.GA, rows, {2: "A/68/169."})
    diagnostic = only(check(resolution), "sequencing-order")
    assert diagnostic.paragraph == "PP2"
    assert resolution.find("PP2").text[diagnostic.start:diagnostic.end] == "further"
    assert apply_fix(resolution, diagnostic) == "Recalling also the outcome document,"


def test_further_requests_before_also_requests() -> None:
    rows = english_ga()
    rows[10], rows[11] = rows[11], rows[10]
    resolution = build("en", Organ.GA, rows, FOOTNOTES)
    diagnostic = only(check(resolution), "sequencing-order")
    assert diagnostic.paragraph == "OP3"
    assert apply_fix(resolution, diagnostic) == "Also requests the Secretary-General to continue;"


@pytest.mark.parametrize(("language", "first", "wrong", "right"), [
    ("fr", "Prie le Secrétaire général ;", "Prie en outre le Secrétaire général ;",
     "Prie également le Secrétaire général ;"),
    ("es", "Solicita al Secretario General;", "Solicita además al Secretario General;",
     "Solicita también al Secretario General;"),
    ("zh", "请秘书长提出报告；", "还请秘书长继续；", "又请秘书长继续；"),
])
def test_sequencing_in_other_languages(language: str, first: str, wrong: str, right: str) -> None:
    preamble = {"fr": "Rappelant sa résolution 66/122,", "es": "Recordando su resolución 66/122,",
                "zh": "回顾其第66/122号决议，"}[language]
    last = {"fr": "Décide de poursuivre l’examen de la question.",
            "es": "Decide seguir ocupándose de la cuestión.", "zh": "决定继续审议此问题。"}[language]
    rows = [(PP, preamble), (OP, first, "1."), (OP, wrong, "2."), (OP, last, "3.")]
    resolution = build(language, Organ.GA, rows)
    diagnostic = only(check(resolution), "sequencing-order")
    assert diagnostic.paragraph == "OP2"
    assert apply_fix(resolution, diagnostic) == right


def test_arabic_adverb_with_its_vowel_mark_is_removed_whole() -> None:
    """"تعيد أيضاً تأكيد" (GA 75/108 ar OP2) with no plain "تعيد تأكيد" before it: the message
    and the fix take "أيضاً" with its tanween, leaving no stray mark ("تعيد ً تأكيد")."""
    rows = [(PP, "إذ تشير إلى قرارها 74/100،"), (OP, "تحيط علما بتقرير الأمين العام؛", "1 -"),
            (OP, "تعيد أيضاً تأكيد أنه لا بديل عن مبدأ تقرير المصير؛", "2 -"),
            (OP, "تقرر أن تبقي المسألة قيد نظرها.", "3 -")]
    resolution = build("ar", Organ.GA, rows)
    diagnostic = only(check(resolution), "sequencing-order")
    assert diagnostic.paragraph == "OP2"
    assert diagnostic.message.endswith("use “تعيد تأكيد”")
    assert apply_fix(resolution, diagnostic) == "تعيد تأكيد أنه لا بديل عن مبدأ تقرير المصير؛"


def test_conscient_in_a_general_assembly_text() -> None:
    resolution = build("fr", Organ.GA, [
        (PP, "Conscient que personne ne doit rester à la traîne,"),
        (OP, "Prie le Secrétaire général de lui présenter un rapport.", "1."),
    ])
    diagnostic = only(check(resolution), "opener-agreement")
    assert (diagnostic.paragraph, diagnostic.start, diagnostic.end) == ("PP1", 0, 9)
    assert diagnostic.severity is Severity.ERROR
    assert apply_fix(resolution, diagnostic).startswith("Consciente que")


@pytest.mark.parametrize(("language", "organ", "text", "fixed"), [
    ("fr", Organ.SC, "Consciente de la gravité de la situation,", "Conscient de la gravité"),
    ("fr", Organ.SC, "Profondément préoccupée par la situation,", "Profondément préoccupé par"),
    ("fr", Organ.GA, "Profondément préoccupé par la situation,", "Profondément préoccupée par"),
    ("fr", Organ.GA, "Consciente en outre que la situation demeure,", None),
    ("es", Organ.SC, "Convencida de que la situación,", "Convencido de que"),
    ("es", Organ.GA, "Preocupado por la situación,", "Preocupada por"),
])
def test_agreement_with_the_organ(language: str, organ: Organ, text: str, fixed: str | None) -> None:
    last = {"fr": "Décide de rester saisi de la question.", "es": "Decide seguir ocupándose de la cuestión."}
    resolution = build(language, organ, [(PP, text), (OP, last[language], "1.")])
    found = [d for d in check(resolution) if d.rule == "opener-agreement"]
    if fixed is None:
        assert found == []
    else:
        assert len(found) == 1 and apply_fix(resolution, found[0]).startswith(fixed)
    assert [d.rule for d in check(resolution) if d.rule == "preamble-unknown-opener"] == []


def test_reserved_verbs_warn_in_a_general_assembly_text_only() -> None:
    rows = [
        (PP, "Acting under Chapter VII of the Charter of the United Nations,"),
        (OP, "Demands that all parties cease hostilities;", "1."),
        (OP, "Decides, under Chapter VII of the Charter, that all States shall act;", "2."),
        (OP, "Decides to remain seized of the matter.", "3."),
    ]
    general_assembly = check(build("en", Organ.GA, rows))
    assert rules(general_assembly) == [
        ("reserved-verb", "PP1"), ("reserved-verb", "OP1"), ("reserved-verb", "OP2")
    ]
    assert all(d.severity is Severity.WARNING for d in general_assembly)
    assert check(build("en", Organ.SC, rows)) == []


def test_footnotes_orphan_unreferenced_and_order() -> None:
    rows = english_ga()
    resolution = build("en", Organ.GA, rows, {1: "Resolution 65/1.", 3: "A/68/169."})
    diagnostics = check(resolution)
    orphan = only(diagnostics, "footnote-orphan-marker")
    assert orphan.paragraph == "OP1"
    assert resolution.find("OP1").text[orphan.start:orphan.end] == "Secretary-General;"
    assert only(diagnostics, "footnote-unreferenced").paragraph == "FN3"
    rows[1] = (PP, "Recalling also the outcome document of the high-level meeting,", None, 0, [(2, 63)])
    rows[4] = (OP, "Takes note of the report of the Secretary-General;", "1.", 0, [(1, 51)])
    order = only(check(build("en", Organ.GA, rows, FOOTNOTES)), "footnote-order")
    # Mark 2 comes first (a text may start above 1); mark 1 after it is out of order.
    assert (order.paragraph, order.data) == ("OP1", {"found": 1, "expected": 3})


def test_formula_missing_mismatched_and_tolerant_of_apostrophes() -> None:
    rows = english_ga()
    missing = only(check(build("en", Organ.GA, rows, FOOTNOTES, formula="")), "formula-missing")
    assert missing.paragraph == "FORMULA" and missing.fix.replacement == "The General Assembly,"
    mismatch = only(check(build("en", Organ.GA, rows, FOOTNOTES, formula="The Security Council,")),
                    "formula-organ-mismatch")
    assert mismatch.fix.replacement == "The General Assembly,"
    french = [(PP, "Rappelant sa résolution 66/122,"), (OP, "Décide de poursuivre l’examen.")]
    assert check(build("fr", Organ.GA, french, formula="L'Assemblée  générale,")) == []
    assert rules(check(build("fr", Organ.GA, french, formula="L’Assemblée générale"))) == [
        ("formula-punctuation", "FORMULA")
    ]


def test_messages_follow_the_interface_language() -> None:
    rows = english_ga()
    rows[3] = (PP, "Deeply concerned that poverty persists;")
    diagnostic = only(check(build("en", Organ.GA, rows, FOOTNOTES), CheckOptions(ui_language="fr")),
                      "preamble-final-comma")
    assert diagnostic.message.startswith("Un alinéa du préambule se termine par")


@pytest.mark.parametrize("language", ["ru", "ar", "zh"])
def test_well_formed_texts_in_other_scripts_have_no_error(language: str) -> None:
    rows = {
        "ru": [(PP, "ссылаясь на свою резолюцию 66/122,"),
               (OP, "просит Генерального секретаря представить доклад;", "1."),
               (OP, "постановляет продолжить рассмотрение этого вопроса.", "2.")],
        "ar": [(PP, "إذ تشير إلى قرارها 66/122،"),
               (OP, "تطلب إلى الأمين العام أن يقدم تقريرا؛", "1 -"),
               (OP, "تقرر أن تواصل النظر في المسألة.", "2 -")],
        "zh": [(PP, "回顾其第66/122号决议，"), (OP, "请秘书长提出报告；", "1."),
               (OP, "决定继续审议此问题。", "2.")],
    }[language]
    diagnostics = check(build(language, Organ.GA, rows))
    assert [d for d in diagnostics if d.severity is Severity.ERROR] == []
    broken = build(language, Organ.GA, [rows[0], rows[1], (rows[2][0], rows[2][1], "4.")])
    assert ("operative-numbering-gap", "OP2") in rules(check(broken))


def test_arabic_opener_variants_are_known() -> None:
    """إذ/وإذ alternate, and short vowels or tatweel may be written: none of it is an unknown opener."""
    resolution = build("ar", Organ.GA, [
        (PP, "إذ تشير إلى قرارها 66/122،"),
        (PP, "وإذ تشير إلى قرارها 67/123،"),
        (PP, "وإذ تسلّم بأهمية التعاون،"),
        (PP, "وإذ تشير أيضا إلى قرارها 68/85،"),
        (OP, "تحـــث الدول الأعضاء على التعاون؛", "1 -"),
        (OP, "تقرر أن تواصل النظر في المسألة.", "2 -"),
    ])
    assert check(resolution) == []


def test_chinese_adverbs_before_the_verb() -> None:
    resolution = build("zh", Organ.GA, [
        (PP, "回顾其第66/122号决议，"),
        (OP, "请秘书长提出报告；", "1."),
        (OP, "在这方面又请秘书长继续；", "2."),
        (OP, "在这方面还请会员国合作；", "3."),
        (OP, "决定继续审议此问题。", "4."),
    ])
    assert check(resolution) == []
    resolution.paragraphs[2].text = "在这方面还请秘书长继续；"
    resolution.paragraphs[3].text = "在这方面又请会员国合作；"
    assert rules(check(resolution)) == [("sequencing-order", "OP2")]


def test_numbered_preambular_paragraph() -> None:
    rows = english_ga()
    rows[0] = (PP, "Recalling its resolution 66/122 of 19 December 2011,", "1.")
    diagnostic = only(check(build("en", Organ.GA, rows, FOOTNOTES)), "preamble-numbered")
    assert diagnostic.paragraph == "PP1" and diagnostic.data["label"] == "1."
    rows[0] = (PP, "Recalling its resolution 66/122 of 19 December 2011,", "PP1")
    assert check(build("en", Organ.GA, rows, FOOTNOTES)) == []


def test_preambular_items_keep_their_sequence_and_dashes_are_free() -> None:
    rows = english_ga()
    rows[3] = (PP, "Deeply concerned that the Commission shall assist the Council:")
    items = [(ParagraphKind.PREAMBULAR_ITEM, "In promoting statistics,", "(a)"),
             (ParagraphKind.PREAMBULAR_ITEM, "In coordinating work,", "(c)")]
    diagnostics = check(build("en", Organ.GA, rows[:4] + items + rows[4:], FOOTNOTES))
    assert rules(diagnostics) == [("subparagraph-label-sequence", "PP4(b)")]
    dashes = [(kind, text, "-") for kind, text, _ in items]
    assert check(build("en", Organ.GA, rows[:4] + dashes + rows[4:], FOOTNOTES)) == []


def test_opener_capitalization_follows_the_language() -> None:
    rows = english_ga()
    rows[0] = (PP, "recalling its resolution 66/122 of 19 December 2011,")
    resolution = build("en", Organ.GA, rows, FOOTNOTES)
    diagnostic = only(check(resolution), "opener-capitalization")
    assert diagnostic.paragraph == "PP1" and diagnostic.severity is Severity.WARNING
    assert apply_fix(resolution, diagnostic).startswith("Recalling its")
    russian = build("ru", Organ.GA, [
        (PP, "Ссылаясь на свою резолюцию 66/122,"),
        (OP, "постановляет продолжить рассмотрение этого вопроса."),
    ])
    assert rules(check(russian)) == [("opener-capitalization", "PP1")]


def test_an_unnumbered_clause_without_an_opener_keeps_its_capital() -> None:
    """GA 75/246 ru: a staffing table's rows ("Создание \t Начальник Группы …") and GA 75/325
    ru's quoted rules are clauses with no opener; Russian's lower-case openers do not apply."""
    russian = build("ru", Organ.GA, [
        (PP, "ссылаясь на свою резолюцию 66/122,"),
        (OP, "постановляет утвердить изменения в штатном расписании:"),
        (ParagraphKind.CLAUSE, "Создание \t Начальник Группы по реорганизации рабочих процессов \t С-5 \t 1"),
        (OP, "постановляет продолжить рассмотрение этого вопроса."),
    ])
    assert "opener-capitalization" not in [rule for rule, _ in rules(check(russian))]
    known = build("ru", Organ.GA, [
        (PP, "ссылаясь на свою резолюцию 66/122,"),
        (ParagraphKind.CLAUSE, "Постановляет продолжить рассмотрение этого вопроса."),
    ])
    assert ("opener-capitalization", "C1") in rules(check(known))
